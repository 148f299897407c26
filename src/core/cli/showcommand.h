// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/posts/post.h"

#include <QCoreApplication>

#include <optional>

class QTextStream;

namespace Herald {

class PostStore;

/// `herald --show ID [--html]`: one stored post. ID is the post's id as `--list --json`
/// prints it (its slug), or its number in the store. As text: the header and the Markdown
/// body; with --html: the exact document the reader shows, rendered with the built-in light
/// palette (there is no application palette on the command line).
class ShowCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Herald::ShowCommand)

public:
    /// Returns the exit code: 1 when there is no such post or the store could not be read.
    static int run(const PostStore &store, const QString &id, bool html, QTextStream &out, QTextStream &err);
};

} // namespace Herald
