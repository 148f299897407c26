#pragma once

class QTextStream;

namespace Herald {

class Backend;

/// `herald --sync`: one sync of every source, a progress line on stderr while it runs, and
/// a summary. Returns the exit code: 1 when a source failed.
int runSyncCommand(Backend &backend, QTextStream &out, QTextStream &err);

} // namespace Herald
