#pragma once

#include <QString>

class QTextStream;

namespace Herald::Bench {

struct Context {
    QString fixtures; ///< the fixture snapshot
    QString herald; ///< the herald executable, run as a user would
    int runs = 5;
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

/// The median of some samples.
double median(QList<double> samples);

} // namespace Herald::Bench
