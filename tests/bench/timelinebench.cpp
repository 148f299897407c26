// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "benchmarks.h"
#include "core/models/timelinemodel.h"
#include "core/releases/releaseextractor.h"
#include "core/releases/timeline.h"
#include "fixtureposts.h"

#include <QElapsedTimer>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Herald::Bench {

namespace {

constexpr int ManyPosts = 50000;

// The fixture posts over and over, as a blog ten times Python Insider's size would look to the
// timeline: every copy its own post (id, slug) on its own date, with the same titles and bodies,
// so that extraction does the same work on every copy.
QList<Post> manyPosts(const QList<Post> &fixture)
{
    QList<Post> posts;
    posts.reserve(ManyPosts);
    for (int i = 0; posts.size() < ManyPosts; ++i) {
        const int round = i / int(fixture.size());
        Post post = fixture.at(i % fixture.size());
        post.id = i + 1;
        post.meta.slug += u"-%1"_s.arg(round);
        // Seconds, not days, so that the copies stay on (almost always) the fixture's days and
        // the timeline keeps the fixture's shape.
        post.meta.published = post.meta.published.addSecs(round);
        posts.append(post);
    }
    return posts;
}

void measureExtraction(const QList<Post> &posts, int runs, QTextStream &out)
{
    QStringList titles;
    for (const Post &post : posts) {
        titles << post.meta.title;
    }
    QList<double> rates;
    qsizetype releases = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        qint64 rounds = 0;
        // At least half a second per run: one pass over 327 titles takes a few milliseconds.
        while (timer.elapsed() < 500 || rounds == 0) {
            releases = 0;
            for (const QString &title : std::as_const(titles)) {
                releases += ReleaseExtractor::extractFromText(title).size();
            }
            ++rounds;
        }
        rates << double(titles.size()) * double(rounds) / (timer.nsecsElapsed() / 1e9);
    }
    out << QString::asprintf("%-38s %9.0f titles/s (%lld titles, %lld releases a pass)",
        "extraction, fixture titles:", median(rates), qlonglong(titles.size()), qlonglong(releases))
        << Qt::endl;
}

void measureBuild(const QString &name, const QList<Post> &posts, const Lifecycle &lifecycle, int runs, QTextStream &out)
{
    QList<double> builds;
    QList<double> resets;
    Timeline timeline;
    TimelineModel model;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        timeline = Timeline::build(posts, lifecycle);
        builds << timer.nsecsElapsed() / 1e6;

        // The model takes the timeline as it is, replacing the previous one, as a refresh does.
        Timeline copy = timeline;
        timer.start();
        model.setTimeline(std::move(copy));
        resets << timer.nsecsElapsed() / 1e6;
    }
    out << QString::asprintf("%-38s %9.1f ms       (%d releases announced, %d missing, %lld series)",
        qPrintable(u"Timeline::build, %1:"_s.arg(name)), median(builds), timeline.announcedCount(),
        timeline.missingAnnouncementCount(), qlonglong(timeline.series().size()))
        << Qt::endl;
    out << QString::asprintf(
        "%-38s %9.3f ms", qPrintable(u"TimelineModel::setTimeline, %1:"_s.arg(name)), median(resets))
        << Qt::endl;
}

} // namespace

void timelineBenchmarks(const Context &context, QTextStream &out)
{
    out << Qt::endl << "== Release timeline (ReleaseExtractor, Timeline::build, TimelineModel)" << Qt::endl;
    const QList<Post> posts = Test::fixturePosts(context.fixtures);
    if (posts.isEmpty()) {
        out << "no posts in the fixture snapshot's search-index.json" << Qt::endl;
        return;
    }
    const Lifecycle lifecycle = Test::fixtureLifecycle(context.fixtures);
    measureExtraction(posts, context.runs, out);
    measureBuild(u"%1 posts"_s.arg(posts.size()), posts, lifecycle, context.runs, out);
    measureBuild(u"%1 posts"_s.arg(ManyPosts), manyPosts(posts), lifecycle, context.runs, out);
}

} // namespace Herald::Bench
