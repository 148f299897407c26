#pragma once

#include <QCoreApplication>

class QTextStream;

namespace Herald {

class Backend;

/// `herald --follow`, `--unfollow` and `--sources [--json]`: the followed sources from the
/// command line.
class SourcesCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Herald::SourcesCommand)

public:
    /// Previews what `input` names and follows it. 0 when it is followed; 1 when it could
    /// not be (nothing there, not a feed, followed already, the store failed).
    static int follow(Backend &backend, const QString &input, QTextStream &out, QTextStream &err);
    /// Stops following a source, with everything stored of it. 0 when done; 1 when there is no
    /// such source, it is built in, or the store failed.
    static int unfollow(Backend &backend, qint64 id, QTextStream &out, QTextStream &err);
    /// Lists the sources. 1 when the store could not be read.
    static int list(Backend &backend, bool json, QTextStream &out, QTextStream &err);
    /// Whether `id` names a source; says so on `err` when it does not.
    static bool exists(Backend &backend, qint64 id, QTextStream &err);
};

} // namespace Herald
