#pragma once

#include "core/sync/syncsummary.h"

#include <QCoreApplication>

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
    static int run(Backend &backend, QTextStream &out, QTextStream &err);
    /// One sync, waited for in a local event loop, saying nothing.
    static SyncSummary syncOnce(Backend &backend);
    /// The sync's warnings and errors, one a line, as text that cannot steer the terminal.
    static void printProblems(const SyncSummary &summary, QTextStream &err);
};

} // namespace Herald
