#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

#include <functional>

class QTextStream;

namespace Herald {

class PostStore;
class Timeline;
struct TimelineRelease;
struct TimelineSeries;

/// `herald --releases [--json]`: the release timeline, newest series first, each with its
/// status and end of life, then its releases with their dates and announcing posts.
/// Releases the blog never announced and announcements off their official date are marked.
class ReleasesCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Herald::ReleasesCommand)

public:
    /// Returns the exit code: 1 when the store could not be read.
    static int run(const PostStore &store, bool json, QTextStream &out, QTextStream &err);

private:
    /// The slugs of the posts with these ids.
    using SlugsOf = std::function<QStringList(const QList<qint64> &)>;
    static QByteArray timelineJson(const Timeline &timeline, QDate today, const SlugsOf &slugsOf);
    static void printTimeline(QTextStream &out, const Timeline &timeline, QDate today, const SlugsOf &slugsOf);
    static void printSeries(QTextStream &out, const TimelineSeries &entry, QDate today);
    static void printRelease(QTextStream &out, const TimelineRelease &release, const SlugsOf &slugsOf);
};

} // namespace Herald
