#pragma once

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
};

} // namespace Herald
