// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "benchmarks.h"
#include "core/search/searchquery.h"
#include "core/store/database.h"
#include "core/store/poststore.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Herald::Bench {

namespace {

constexpr int PostCount = 100000;
constexpr int Batch = 1000;

QList<PostMeta> batch(int first)
{
    QList<PostMeta> posts;
    posts.reserve(Batch);
    const QDateTime start(QDate(2011, 3, 1), QTime(0, 0), QTimeZone::UTC);
    for (int i = first; i < first + Batch; ++i) {
        PostMeta meta;
        meta.slug = u"post-%1"_s.arg(i);
        meta.url = QUrl(u"https://example.org/posts/post-%1/"_s.arg(i));
        meta.title = u"Python 3.%1.%2 is now available"_s.arg(i % 20).arg(i % 97);
        meta.author = u"Release Manager %1"_s.arg(i % 13);
        meta.published = start.addSecs(qint64(i) * 3600);
        meta.tags = {u"releases"_s};
        meta.description = u"Release %1 brings many fixes; see the changelog for details."_s.arg(i);
        meta.bodyUrl = QUrl(u"https://example.org/posts/post-%1/index.md"_s.arg(i));
        posts << meta;
    }
    return posts;
}

} // namespace

void storeBenchmarks(const Context &context, QTextStream &out)
{
    out << Qt::endl << "== Store (SQLite in WAL mode) at " << PostCount << " posts" << Qt::endl;
    QTemporaryDir dir;
    QElapsedTimer timer;
    double insertSeconds = 0;
    {
        Database database;
        if (const Result<void> opened = database.open(dir.path()); !opened) {
            out << "cannot open the store: " << opened.error().message() << Qt::endl;
            return;
        }
        PostStore store(database);
        const Result<qint64> made = store.ensureSource(u"bench"_s, QUrl(u"https://example.org/"_s), u"Bench"_s);
        if (!made) {
            out << "cannot store the source: " << made.error().message() << Qt::endl;
            return;
        }
        const qint64 source = *made;
        timer.start();
        for (int first = 0; first < PostCount; first += Batch) {
            if (const auto stored = store.upsertPosts(source, batch(first)); !stored) {
                out << "cannot store the posts: " << stored.error().message() << Qt::endl;
                return;
            }
        }
        insertSeconds = timer.nsecsElapsed() / 1e9;

        QList<double> queries;
        for (int i = 0; i < context.runs; ++i) {
            timer.start();
            const auto posts = store.posts();
            queries << timer.nsecsElapsed() / 1e6;
        }
        QList<double> searches;
        for (int i = 0; i < context.runs; ++i) {
            timer.start();
            const auto hits = store.search(SearchQuery::parse(u"available"_s).ftsExpression());
            searches << timer.nsecsElapsed() / 1e6;
        }
        timer.start();
        const auto stored = store.upsertPosts(source, batch(0));
        const double unchanged = timer.nsecsElapsed() / 1e6;
        out << QString::asprintf("insert:              %8.0f ms   (%.0f posts/s, in batches of %d)",
            insertSeconds * 1000, PostCount / insertSeconds, Batch)
            << Qt::endl;
        if (stored) {
            out << QString::asprintf("re-upsert unchanged: %8.1f ms   per batch of %d", unchanged, Batch) << Qt::endl;
        } else {
            out << "re-upsert unchanged: failed: " << stored.error().message() << Qt::endl;
        }
        out << QString::asprintf("query all posts:     %8.1f ms", median(queries)) << Qt::endl;
        out << QString::asprintf("full-text search:    %8.1f ms", median(searches)) << Qt::endl;
    }

    QList<double> lists;
    for (int i = 0; i < context.runs; ++i) {
        QProcess process;
        process.setStandardOutputFile(QProcess::nullDevice());
        QEventLoop loop;
        QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        timer.start();
        process.start(context.herald, {u"--list"_s, u"--data-dir"_s, dir.path()});
        loop.exec();
        lists << timer.nsecsElapsed() / 1e6;
    }
    out << QString::asprintf("herald --list:       %8.0f ms   (the whole process, output to /dev/null)", median(lists))
        << Qt::endl;
}

} // namespace Herald::Bench
