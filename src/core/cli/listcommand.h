// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QtGlobal>

#include <optional>

class QTextStream;

namespace Herald {

class PostStore;

/// `herald --list [--json]`: the stored posts, newest first.
class ListCommand final
{
public:
    /// Returns the exit code: 1 when the store could not be read.
    /// `source`: only that source's posts.
    static int run(const PostStore &store, std::optional<qint64> source, bool json, QTextStream &out);
};

} // namespace Herald
