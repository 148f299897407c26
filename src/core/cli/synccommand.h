// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/sync/syncsummary.h"

#include <QCoreApplication>

#include <optional>

class QTextStream;

namespace Herald {

class Backend;

/// `herald --sync`: one sync of every source, a progress line on stderr while it runs, and
/// a summary.
class SyncCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Herald::SyncCommand)

public:
    /// Returns the exit code: 1 when a source failed.
    /// `source`: only that source.
    static int run(Backend &backend, std::optional<qint64> source, QTextStream &out, QTextStream &err);
    /// One sync (of every source, or of `source`), waited for in a local event loop, saying nothing.
    static SyncSummary syncOnce(Backend &backend, std::optional<qint64> source = std::nullopt);
    /// The sync's warnings and errors, one a line, as text that cannot steer the terminal.
    static void printProblems(const SyncSummary &summary, QTextStream &err);
};

} // namespace Herald
