// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The sync engine against the fixtures (the handwritten archive, or the real Python Insider
// snapshot in the _snapshot run), served on loopback with the genuine default configuration
// (https:// URLs rewritten by --url-map) and faults injected.
#include "core/app/backend.h"
#include "core/net/httpclient.h"
#include "core/search/searchquery.h"
#include "core/sources/pythoninsider.h"
#include "core/store/poststore.h"
#include "core/sync/syncengine.h"
#include "englishplurals.h"
#include "eventloopwatch.h"
#include "fixtureserver.h"
#include "fixtureset.h"
#include "servedbackend.h"
#include "verifyresult.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Herald::Backend;
using Herald::SyncEngine;
using Herald::SyncSummary;
using Herald::Test::Fault;
using Herald::Test::FixtureServer;

namespace {
const QString PostsDir = u"raw.githubusercontent.com/python/python-insider-blog/main/content/posts/"_s;
const QString Slug = u"python-3140-alpha-4-is-out"_s;
} // namespace

class TestSyncEngine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void firstSyncStoresTheWholeArchive();
    void resyncWithNothingChangedDownloadsNothing();
    void newAndChangedPostsAreFetched();
    void oneFailedPostBlocksNothingAndIsRetried_data();
    void oneFailedPostBlocksNothingAndIsRetried();
    void aFailedSourceKeepsEverythingElse_data();
    void aFailedSourceKeepsEverythingElse();
    void oneSyncAtATime();
    void theFeedNeverHoldsTheEventLoopForAnotherParse();
    void aSyncEndsByItsDeadline_data();
    void aSyncEndsByItsDeadline();
    void reportsWhenServersWantNoVisit_data();
    void reportsWhenServersWantNoVisit();

private:
    SyncSummary sync();
    /// Serves only the `count` newest posts of the archive, and a feed without items, so the
    /// fault matrix runs in a fraction of the time a whole archive takes.
    void useSmallArchive(int count);
    void writeOverlay(const QString &path, const QByteArray &bytes);
    QByteArray fixture(const QString &path) const;

    Herald::Test::FixtureSet m_set;
    int m_archiveSize = 0; ///< posts in the fixtures' index
    std::unique_ptr<Herald::Test::ServedBackend> m_served;
    FixtureServer *m_server = nullptr; ///< m_served's
    Backend *m_backend = nullptr; ///< m_served's
    Herald::Test::EnglishPlurals m_plurals;
};

void TestSyncEngine::initTestCase()
{
    QVERIFY(QCoreApplication::installTranslator(&m_plurals));
    m_set = Herald::Test::fixtureSet();
    m_archiveSize = m_set.pick(18, 327);
}

void TestSyncEngine::init()
{
    m_served = std::make_unique<Herald::Test::ServedBackend>();
    QVERIFY(m_served->start(m_set.directory));
    m_server = m_served->server();
    m_backend = m_served->backend();
}

void TestSyncEngine::cleanup()
{
    m_served.reset();
}

SyncSummary TestSyncEngine::sync()
{
    QSignalSpy finished(&m_backend->sync(), &SyncEngine::finished);
    m_backend->sync().start();
    [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000); }();
    return finished.isEmpty() ? SyncSummary {} : finished.constFirst().constFirst().value<SyncSummary>();
}

void TestSyncEngine::writeOverlay(const QString &path, const QByteArray &bytes)
{
    QVERIFY(m_served->writeOverlay(path, bytes));
}

void TestSyncEngine::useSmallArchive(int count)
{
    const QJsonArray index = QJsonDocument::fromJson(fixture(u"blog.python.org/search-index.json"_s)).array();
    QJsonArray small;
    for (qsizetype i = 0; i < count && i < index.size(); ++i) {
        small.append(index.at(i));
    }
    // Make sure the post the fault tests aim at is among them.
    for (const auto &entry : index) {
        if (entry.toObject().value("id"_L1).toString() == Slug) {
            small.append(entry);
        }
    }
    writeOverlay(u"blog.python.org/search-index.json"_s, QJsonDocument(small).toJson());
    writeOverlay(u"blog.python.org/rss.xml"_s,
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Python Insider</title>"
        "<link>https://blog.python.org/</link><description>d</description></channel></rss>");
}

QByteArray TestSyncEngine::fixture(const QString &path) const
{
    QFile file(m_set.directory + u'/' + path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestSyncEngine::firstSyncStoresTheWholeArchive()
{
    QSignalSpy progress(&m_backend->sync(), &SyncEngine::progress);
    const SyncSummary summary = sync();
    QVERIFY2(summary.ok(), qPrintable(summary.sourceErrors.join(u'\n')));
    QCOMPARE(summary.newPosts, m_archiveSize);
    QCOMPARE(summary.failedPosts, 0);
    QCOMPARE(summary.bodiesDownloaded, m_archiveSize);
    // Every index.md, one index.mdx after its .md 404, the index, the feed, two lifecycle files.
    QCOMPARE(summary.requests, m_set.pick(23, 332));
    QCOMPARE(progress.constLast().at(0).toInt(), m_archiveSize);
    QCOMPARE(progress.constLast().at(1).toInt(), m_archiveSize);

    const auto &store = m_backend->store();
    QCOMPARE(store.count(), m_archiveSize);
    const QJsonArray index = QJsonDocument::fromJson(fixture(u"blog.python.org/search-index.json"_s)).array();
    for (const auto &value : index) {
        const QJsonObject entry = value.toObject();
        const auto id = store.idForSlug(entry.value("id"_L1).toString(), 1).value();
        QVERIFY2(id, qPrintable(entry.value("id"_L1).toString()));
        const auto post = store.post(*id);
        QCOMPARE(post->meta.title, entry.value("title"_L1).toString());
        QCOMPARE(post->meta.author, entry.value("author"_L1).toString());
        QCOMPARE(post->meta.published, QDateTime::fromString(entry.value("date"_L1).toString(), Qt::ISODateWithMs));
        QVERIFY2(post->hasBody && post->body.startsWith(u"---"_s), qPrintable(post->meta.slug));
        QVERIFY(post->bodyError.isEmpty());
    }
    const auto mdx = store.post(
        store.idForSlug(m_set.pick(u"blog-now-in-git"_s, u"the-python-insider-blog-has-moved"_s), 1).value().value());
    QVERIFY(mdx->meta.bodyUrl.path().endsWith(u"index.mdx"_s));
    QVERIFY(store.document(Herald::PythonInsider::releaseCycleUrl()));
    QVERIFY(store.document(Herald::PythonInsider::pythonReleasesUrl()));
    QVERIFY(!store.search(Herald::SearchQuery::parse(u"free-threaded"_s).ftsExpression()).value().isEmpty()); // offline
    // Each body was stored with the text search indexes of it, not its Markdown: none is left
    // for SearchTextFill, and a word only the frontmatter has ("published:", in the
    // project's own archive) finds nothing.
    QCOMPARE(store.postsWithoutSearchText(10).value().size(), 0);
    if (m_set.pick(true, false)) {
        QCOMPARE(store.search(u"published"_s).value().size(), 0);
    }
}

void TestSyncEngine::resyncWithNothingChangedDownloadsNothing()
{
    QVERIFY(sync().ok());
    m_server->clearRequests();
    const SyncSummary again = sync();
    QVERIFY(again.ok());
    QCOMPARE(again.newPosts, 0);
    QCOMPARE(again.updatedPosts, 0);
    QCOMPARE(again.unchangedPosts, m_archiveSize);
    QCOMPARE(again.bodiesDownloaded, 0);
    QCOMPARE(m_server->bodiesServed(), 0);
    QCOMPARE(m_server->requestCount(), 4);
    for (const auto &request : m_server->requests()) {
        QVERIFY2(request.headers.contains("if-none-match"), qPrintable(request.path));
        QCOMPARE(request.status, 304);
    }
}

void TestSyncEngine::newAndChangedPostsAreFetched()
{
    QVERIFY(sync().ok());
    QJsonArray index = QJsonDocument::fromJson(fixture(u"blog.python.org/search-index.json"_s)).array();
    // A new post on top, and an edited one.
    index.prepend(QJsonObject {{u"id"_s, u"python-3150-final"_s}, {u"url"_s, u"/2026/10/python-3150-final"_s},
        {u"title"_s, u"Python 3.15.0 is out!"_s}, {u"author"_s, u"Hugo van Kemenade"_s},
        {u"date"_s, u"2026-10-01T00:00:00.000Z"_s}, {u"tags"_s, QJsonArray {u"releases"_s}}});
    for (qsizetype i = 0; i < index.size(); ++i) {
        QJsonObject entry = index.at(i).toObject();
        if (entry.value("id"_L1).toString() == Slug) {
            entry.insert(u"title"_s, u"Python 3.14.0 alpha 4 is out (edited)"_s);
            index.replace(i, entry);
        }
    }
    writeOverlay(u"blog.python.org/search-index.json"_s, QJsonDocument(index).toJson());
    writeOverlay(PostsDir + u"python-3150-final/index.md"_s,
        "---\ntitle: 'Python 3.15.0 is out!'\npublishDate: '2026-10-01'\n---\nHello 3.15.\n");
    writeOverlay(PostsDir + Slug + u"/index.md"_s, fixture(PostsDir + Slug + u"/index.md"_s) + "\nEdited.\n");
    m_server->clearRequests();

    const SyncSummary summary = sync();
    QVERIFY2(summary.ok(), qPrintable(summary.sourceErrors.join(u'\n')));
    QCOMPARE(summary.newPosts, 1);
    QCOMPARE(summary.updatedPosts, 1);
    QCOMPARE(summary.bodiesDownloaded, 2);
    QCOMPARE(summary.newPostIds.size(), 1);
    const auto &store = m_backend->store();
    QCOMPARE(store.post(summary.newPostIds.constFirst())->meta.slug, u"python-3150-final"_s);
    QVERIFY(store.post(store.idForSlug(Slug, 1).value().value())->body.endsWith(u"Edited.\n"_s));
    QCOMPARE(store.posts().constFirst().meta.title, u"Python 3.15.0 is out!"_s);
}

void TestSyncEngine::oneFailedPostBlocksNothingAndIsRetried_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("fails");

    QTest::newRow("404 on .md and .mdx") << u"status:404"_s << u"neither index.md nor index.mdx"_s << true;
    QTest::newRow("500") << u"status:500"_s << u"HTTP 500"_s << true;
    QTest::newRow("hang") << u"hang"_s << u"timed out"_s << true;
    QTest::newRow("reset") << u"reset"_s << u"Could not fetch"_s << true;
    QTest::newRow("truncated") << u"truncate"_s << u"Could not fetch"_s << true;
    QTest::newRow("oversized") << u"oversize:6000000"_s << u"larger than the 5 MB limit"_s << true;
    QTest::newRow("429 once, then fine") << u"429:1x1"_s << QString() << false;
    QTest::newRow("slow") << u"delay:200"_s << QString() << false;
    QTest::newRow("wrong content type") << u"content-type:text/html"_s << QString() << false;
}

void TestSyncEngine::oneFailedPostBlocksNothingAndIsRetried()
{
    QFETCH(QString, fault);
    QFETCH(QString, message);
    QFETCH(bool, fails);
    useSmallArchive(10);
    m_server->setFault(u"*/"_s + Slug + u"/*"_s, *Fault::parse(fault));
    const SyncSummary summary = sync();
    QVERIFY2(summary.ok(), "a failed post is not a failed source");
    QCOMPARE(summary.newPosts, 11);
    QCOMPARE(summary.failedPosts, fails ? 1 : 0);
    QCOMPARE(summary.bodiesDownloaded, fails ? 10 : 11);
    const auto &store = m_backend->store();
    const auto post = store.post(store.idForSlug(Slug, 1).value().value());
    if (fails) {
        QVERIFY2(post->bodyError.contains(message), qPrintable(post->bodyError));
        QVERIFY(summary.postErrors.constFirst().startsWith(Slug + u": "_s));
        QVERIFY(!post->hasBody);
    } else {
        QVERIFY(post->hasBody);
    }

    // Next time the post is retried, and only it.
    m_server->clearFaults();
    m_server->clearRequests();
    const SyncSummary retry = sync();
    QCOMPARE(retry.failedPosts, 0);
    QCOMPARE(retry.bodiesDownloaded, fails ? 1 : 0);
    QVERIFY(store.post(store.idForSlug(Slug, 1).value().value())->hasBody);
    QVERIFY(store.post(store.idForSlug(Slug, 1).value().value())->bodyError.isEmpty());
}

void TestSyncEngine::aFailedSourceKeepsEverythingElse_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("replacement");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("stored");

    const QString index = u"blog.python.org/search-index.json"_s;
    const QString feed = u"blog.python.org/rss.xml"_s;
    // With the index gone, the feed still brings its newest posts (10 in the archive, 50 in
    // the snapshot).
    const int feedSize = m_set.pick(10, 50);
    QTest::newRow("index 500") << index << QByteArray() << u"status:500"_s << u"HTTP 500"_s << feedSize;
    QTest::newRow("index not JSON") << index << QByteArray("<html>oops</html>") << QString() << u"not valid JSON"_s
                                    << feedSize;
    QTest::newRow("index of the wrong shape")
        << index << QByteArray("{\"posts\": []}") << QString() << u"should be a JSON array"_s << feedSize;
    QTest::newRow("feed is an HTML page")
        << feed << QByteArray("<!DOCTYPE html><html><body>Hi</body></html>") << QString() << u"feed"_s << 11;
    QTest::newRow("feed empty") << feed << QByteArray("") << QString() << u"feed"_s << 11;
    QTest::newRow("feed times out") << feed << QByteArray() << u"hang"_s << u"timed out"_s << 11;
    QTest::newRow("lifecycle data is an array") << u"peps.python.org/api/release-cycle.json"_s << QByteArray("[1, 2]")
                                                << QString() << u"release-cycle.json"_s << 11;
}

void TestSyncEngine::aFailedSourceKeepsEverythingElse()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, replacement);
    QFETCH(QString, fault);
    QFETCH(QString, message);
    QFETCH(int, stored);
    if (!path.endsWith(u"search-index.json"_s)) {
        useSmallArchive(10); // the index works here; keep the run short
    }
    if (!fault.isEmpty()) {
        m_server->setFault(u"/"_s + path, *Fault::parse(fault));
    } else {
        writeOverlay(path, replacement);
    }
    const SyncSummary summary = sync();
    QVERIFY(!summary.ok());
    QCOMPARE(summary.sourceErrors.size(), 1);
    QVERIFY2(summary.sourceErrors.constFirst().contains(message, Qt::CaseInsensitive),
        qPrintable(summary.sourceErrors.constFirst()));
    QCOMPARE(m_backend->store().count(), stored);
    QCOMPARE(summary.failedPosts, 0);
}

void TestSyncEngine::theFeedNeverHoldsTheEventLoopForAnotherParse()
{
    // Python Insider's feed was parsed on the window's thread: while a followed project's large
    // feed was parsed on the sync's pool (holding Syndication's turn), the window froze until
    // that parse was done.
    useSmallArchive(3);
    QSignalSpy finished(&m_backend->sync(), &SyncEngine::finished);
    Herald::Test::EventLoopWatch watch;
    constexpr auto Held = 2s;
    bool afterTheTurn = false;
    watch.start();
    {
        const Herald::Test::SyndicationTurnHeld held(Held);
        connect(&m_backend->sync(), &SyncEngine::finished, this, [&] { afterTheTurn = held.givenBack(); });
        m_backend->sync().start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    }
    watch.stop();

    const auto summary = finished.constFirst().constFirst().value<SyncSummary>();
    QVERIFY2(summary.ok(), qPrintable(summary.sourceErrors.join(u'\n')));
    QCOMPARE(m_backend->store().count(), 4);
    QVERIFY(afterTheTurn); // the feed's parse waited for the turn
    // While it waited, the event loop turned: on the window's thread it stood still nearly
    // all of the time the turn was held.
    QVERIFY2(watch.longest() * 3 < std::chrono::milliseconds(Held).count(),
        qPrintable(
            u"the event loop waited %1 ms at once in a sync of %2 ms"_s.arg(watch.longest()).arg(watch.elapsed())));
}

void TestSyncEngine::oneSyncAtATime()
{
    QSignalSpy started(&m_backend->sync(), &SyncEngine::started);
    QSignalSpy finished(&m_backend->sync(), &SyncEngine::finished);
    m_backend->sync().start();
    m_backend->sync().start();
    QVERIFY(m_backend->sync().isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(started.count(), 1);
    QCOMPARE(finished.constFirst().constFirst().value<SyncSummary>().newPosts, m_archiveSize);
}

void TestSyncEngine::aSyncEndsByItsDeadline_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("withBodies");

    // A byte every 300 ms never trips the idle timeout, and each request's own deadline is far.
    QTest::newRow("posts trickle") << u"*/content/posts/*"_s << u"with 11 posts still to download"_s << 0;
    QTest::newRow("one post trickles") << u"*/"_s + Slug + u"/*"_s << u"with 1 post still to download"_s << 10;
    QTest::newRow("the index trickles") << u"*/search-index.json"_s << u"before the archive index"_s << 0;
}

void TestSyncEngine::aSyncEndsByItsDeadline()
{
    QFETCH(QString, pattern);
    QFETCH(QString, message);
    QFETCH(int, withBodies);
    useSmallArchive(10);
    m_server->setFault(pattern, *Fault::parse(u"trickle:300"_s));
    m_backend->sync().setDeadline(2s);
    QElapsedTimer clock;
    clock.start();
    const SyncSummary summary = sync();
    QVERIFY2(clock.elapsed() < 10000, "the sync ran far past its deadline");
    QCOMPARE(summary.sourceErrors.size(), 1);
    QVERIFY2(summary.sourceErrors.constFirst().contains(message), qPrintable(summary.sourceErrors.constFirst()));
    QVERIFY(summary.sourceErrors.constFirst().contains(u"2 seconds"_s));
    QCOMPARE(summary.bodiesDownloaded, withBodies);
    // Nothing is left under way, and no callback of the abandoned requests arrives later.
    QTRY_COMPARE(m_backend->http().inFlight(u"raw.githubusercontent.com"_s), 0);
    QCOMPARE(m_backend->http().inFlight(u"blog.python.org"_s), 0);
    QVERIFY(!m_backend->sync().isRunning());

    // The next sync, with the server well again, fetches what the first did not.
    m_server->clearFaults();
    m_backend->sync().setDeadline(60s);
    const SyncSummary next = sync();
    QVERIFY2(next.ok(), qPrintable(next.sourceErrors.join(u'\n')));
    QCOMPARE(next.bodiesDownloaded, 11 - withBodies);
    QCOMPARE(m_backend->store().count(), 11);
}

void TestSyncEngine::reportsWhenServersWantNoVisit_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("retryAfter"); // -1: none

    // The fixture server sends Cache-Control: max-age=600 with every file.
    QTest::newRow("all well: the max-age") << QString() << QString() << -1;
    QTest::newRow("feed 429 for an hour") << u"blog.python.org/rss.xml"_s << u"429:3600"_s << 3600;
    QTest::newRow("lifecycle data 503 for two hours")
        << u"peps.python.org/api/release-cycle.json"_s << u"503:7200"_s << 7200;
}

void TestSyncEngine::reportsWhenServersWantNoVisit()
{
    QFETCH(QString, path);
    QFETCH(QString, fault);
    QFETCH(int, retryAfter);
    useSmallArchive(10);
    if (!fault.isEmpty()) {
        m_server->setFault(u"/"_s + path, *Fault::parse(fault));
    }
    const SyncSummary summary = sync();
    QCOMPARE(summary.ok(), fault.isEmpty());
    QCOMPARE(summary.retryAfterSeconds, retryAfter < 0 ? std::nullopt : std::optional<int>(retryAfter));
    QCOMPARE(summary.maxAgeSeconds, std::optional<int>(600));
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
