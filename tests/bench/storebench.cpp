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
        database.open(dir.path());
        PostStore store(database);
        const qint64 source = store.ensureSource(u"bench"_s, QUrl(u"https://example.org/"_s), u"Bench"_s);
        timer.start();
        for (int first = 0; first < PostCount; first += Batch) {
            if (store.upsertPosts(source, batch(first)).isEmpty()) {
                out << "cannot store the posts: " << store.lastError() << Qt::endl;
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
        const bool stored = !store.upsertPosts(source, batch(0)).isEmpty();
        const double unchanged = timer.nsecsElapsed() / 1e6;
        out << QString::asprintf("insert:              %8.0f ms   (%.0f posts/s, in batches of %d)",
            insertSeconds * 1000, PostCount / insertSeconds, Batch)
            << Qt::endl;
        if (stored) {
            out << QString::asprintf("re-upsert unchanged: %8.1f ms   per batch of %d", unchanged, Batch) << Qt::endl;
        } else {
            out << "re-upsert unchanged: failed: " << store.lastError() << Qt::endl;
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
