// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

class QTextStream;

namespace Herald::Test {
class FixtureServer;
}

namespace Herald::Bench {

struct Context {
    QString fixtures; ///< the fixture snapshot
    QString herald; ///< the herald executable, run as a user would
    int runs = 5;
    int idleMinutes = 10;
    /// Set: the start-up group profiles each start (Callgrind, heaptrack) into this directory
    /// instead of timing it.
    QString profileDirectory;
};

/// First sync of the archive and a no-change re-sync, through the real binary over loopback.
void syncBenchmarks(const Context &context, QTextStream &out);
/// Feed parsing throughput on the fixture feed and on a synthetic 10,000-item feed.
void parseBenchmarks(const Context &context, QTextStream &out);
/// Store inserts and queries at 100,000 posts, and `herald --list` on them.
void storeBenchmarks(const Context &context, QTextStream &out);
/// Release extraction from the fixture titles, and the timeline and its model built from the
/// fixture posts and from 50,000 synthetic ones.
void timelineBenchmarks(const Context &context, QTextStream &out);
/// The release timeline sidebar's first paint, from the stored posts to pixels.
void sidebarBenchmarks(const Context &context, QTextStream &out);
/// Interpreter discovery with 30 interpreters (from files, by running them, from the cache)
/// and the Your Pythons card's first paint.
void pythonsBenchmarks(const Context &context, QTextStream &out);
/// Rendering every fixture post in the reader: time per post and memory after all of them.
void readerBenchmarks(const Context &context, QTextStream &out);
/// Herald left running with a sync every minute: CPU and memory between syncs.
void idleBenchmarks(const Context &context, QTextStream &out);
/// Start-up against a bare Qt window (herald-floor) on Xvfb: the first frame from inside and
/// outside, and memory after ten seconds, with an empty data dir, 327 posts and 100,000.
void startupBenchmarks(const Context &context, QTextStream &out);
/// Herald following 200 projects with 50,000 releases between them: the syncs, one
/// 10,000-item feed, the timelines built from the store, start-up and memory.
void projectsBenchmarks(const Context &context, QTextStream &out);

/// What one run of the herald executable did, seen from outside it.
struct HeraldRun {
    double seconds = 0;
    int requests = 0; ///< answered by the servers
    int bodies = 0; ///< of those, answers with a body
    long peakKiB = 0; ///< the process's resident high-water mark
    int exitCode = -1;
};
/// Runs herald with `arguments` while `servers` (on this thread) answer it, and measures it.
/// Each server's requests are cleared first, so its requests() are this run's.
HeraldRun runHerald(const QString &herald, const QStringList &arguments, const QList<Test::FixtureServer *> &servers);

/// A memory figure of a process from /proc/<pid>/status (Linux), in KiB, or 0: `field` is
/// "VmRSS:" (resident now) or "VmHWM:" (the high-water mark). `pid` 0 is this process.
long processMemoryKiB(qint64 pid, const char *field);
/// The median of some samples.
double median(QList<double> samples);

} // namespace Herald::Bench
