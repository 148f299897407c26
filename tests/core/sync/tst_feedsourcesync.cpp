// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Followed sources through the sync engine, against the fixture server serving
// tests/data/projects: a source's first stored feed is its past (seen, never told), also when
// its first sync failed; a release after it is news; unfollowing forgets the feed's
// validators, so following again stores it again; a feed a page named never reaches a local
// address; a source still under way at the deadline is named in its own part; and a large
// feed never holds the event loop for long; search finds the words of release notes, not
// their markup.
#include "core/app/backend.h"
#include "core/net/httpclient.h"
#include "core/releases/productlifecycle.h"
#include "core/sources/projectlifecycles.h"
#include "core/sources/sourcefollower.h"
#include "core/sources/sourcespec.h"
#include "core/store/poststore.h"
#include "core/store/sourcestore.h"
#include "core/sync/syncengine.h"
#include "eventloopwatch.h"
#include "fixtureserver.h"
#include "servedbackend.h"
#include "verifyresult.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Herald::Backend;
using Herald::SourceSpec;
using Herald::SyncEngine;
using Herald::SyncSummary;
using Herald::Test::Fault;
using Herald::Test::FixtureServer;

class TestFeedSourceSync final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void theFirstStoredFeedIsThePastEvenAfterAFailure();
    void followingAgainStoresTheFeedAgain();
    void aDiscoveredFeedNeverReachesALocalAddress();
    void theDeadlineNamesTheSourcesStillUnderWay();
    void fetchesEachLifecycleWhenDue();
    void aLargeFeedNeverHoldsTheEventLoop();
    void theDeadlineWhileStoringEndsTheRunThere();
    void theDeadlineBeforeTheLastBatchEndsTheRunOnce();
    void searchFindsTheWordsOfReleaseNotesNotTheirMarkup();
    void aPreviewNeverHoldsTheEventLoopForAnotherParse();
    void unfollowingASourceDuringItsSyncEndsItThere();

private:
    /// The requests since the last clearRequests() for paths under `prefix`, with their status.
    [[nodiscard]] QStringList requestsUnder(const QString &prefix) const;
    SyncSummary syncSource(qint64 id);
    qint64 follow(const QString &input);
    [[nodiscard]] int unseen();
    /// bigowner/monorepo's releases.atom with LargeFeedReleases releases and GitHub-like
    /// notes (some 4 MB).
    [[nodiscard]] bool writeLargeFeed();
    static constexpr int LargeFeedReleases = 3000;

    std::unique_ptr<Herald::Test::ServedBackend> m_served;
    FixtureServer *m_server = nullptr; ///< m_served's
    Backend *m_backend = nullptr; ///< m_served's
};

void TestFeedSourceSync::init()
{
    m_served = std::make_unique<Herald::Test::ServedBackend>();
    QVERIFY(m_served->start(QStringLiteral(HERALD_TEST_DATA "/projects")));
    m_server = m_served->server();
    m_backend = m_served->backend();
}

void TestFeedSourceSync::cleanup()
{
    m_served.reset();
}

SyncSummary TestFeedSourceSync::syncSource(qint64 id)
{
    QSignalSpy finished(&m_backend->sync(), &SyncEngine::finished);
    m_backend->sync().startSource(id);
    [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000); }();
    return finished.isEmpty() ? SyncSummary {} : finished.constFirst().constFirst().value<SyncSummary>();
}

qint64 TestFeedSourceSync::follow(const QString &input)
{
    return m_backend->sources().add(SourceSpec::read(input).value()).value_or(0);
}

int TestFeedSourceSync::unseen()
{
    return int(m_backend->store().takeUnseenPosts(false).value_or(QList<Herald::Post>()).size());
}

void TestFeedSourceSync::theFirstStoredFeedIsThePastEvenAfterAFailure()
{
    const qint64 django = follow(u"django/django"_s);
    m_server->setFault(u"*/releases.atom"_s, *Fault::parse(u"status:500"_s));
    SyncSummary failed = syncSource(django);
    QVERIFY(failed.ok()); // Python Insider's part was not asked for
    QVERIFY(!failed.followedOk());
    QCOMPARE(failed.sources.size(), 1);
    QVERIFY2(failed.sources.first().error.contains(u"HTTP 500"_s), qPrintable(failed.sources.first().error));
    QVERIFY(!m_backend->sources().source(django).value()->baselined);

    m_server->clearFaults();
    const SyncSummary first = syncSource(django);
    QVERIFY(first.followedOk());
    QCOMPARE(first.sources.first().newPosts, 5);
    QCOMPARE(unseen(), 0); // the past, after a failed first sync too
    QVERIFY(m_backend->sources().source(django).value()->baselined);

    // A new release: news, once.
    QFile original(QStringLiteral(HERALD_TEST_DATA "/projects/github.com/django/django/releases.atom"));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QByteArray feed = original.readAll();
    const QByteArray entry = R"(<entry>
    <id>tag:github.com,2008:Repository/4164482/5.2.9</id>
    <updated>2026-12-03T10:00:00Z</updated>
    <link rel="alternate" type="text/html" href="https://github.com/django/django/releases/tag/5.2.9"/>
    <title>Django 5.2.9</title>
    <content type="html">&lt;p&gt;Bug fixes.&lt;/p&gt;</content>
  </entry>
  <entry>)";
    feed.replace(feed.indexOf("<entry>"), 7, entry);
    QVERIFY(m_served->writeOverlay(u"github.com/django/django/releases.atom"_s, feed));
    const SyncSummary next = syncSource(django);
    QCOMPARE(next.sources.first().newPosts, 1);
    const auto fresh = m_backend->store().takeUnseenPosts(false);
    HERALD_VERIFY_RESULT(fresh);
    QCOMPARE(fresh->size(), 1);
    QCOMPARE(fresh->first().meta.version, u"5.2.9"_s);
}

void TestFeedSourceSync::followingAgainStoresTheFeedAgain()
{
    const qint64 requests = follow(u"pypi:requests"_s);
    QCOMPARE(syncSource(requests).sources.first().newPosts, 5);
    HERALD_VERIFY_RESULT(m_backend->sources().remove(requests));
    QCOMPARE(m_backend->store().count(), 0);
    const qint64 again = follow(u"pypi:requests"_s);
    const SyncSummary synced = syncSource(again);
    QVERIFY(!synced.sources.first().notModified);
    QCOMPARE(synced.sources.first().newPosts, 5);
    QCOMPARE(unseen(), 0);
    // And PyPI's yanked marks with them.
    Herald::PostStore::Query query;
    query.sourceId = again;
    int yanked = 0;
    for (const auto &post : m_backend->store().posts(query)) {
        yanked += post.yanked ? 1 : 0;
    }
    QCOMPARE(yanked, 2);
}

void TestFeedSourceSync::aDiscoveredFeedNeverReachesALocalAddress()
{
    // A page named a feed on this machine; the user followed the page, not the address.
    auto source
        = SourceSpec::read(u"http://127.0.0.1:%1/tools.example.org/blog/releases.atom"_s.arg(m_server->port())).value();
    source.discovered = true;
    const qint64 id = m_backend->sources().add(source).value();
    m_server->clearRequests();
    const SyncSummary synced = syncSource(id);
    QVERIFY(!synced.followedOk());
    QVERIFY2(synced.sources.first().error.contains(u"local"_s), qPrintable(synced.sources.first().error));
    QVERIFY(m_server->requests().isEmpty());
    // The same address typed by the user is the user's to reach.
    auto typed = source;
    typed.discovered = false;
    typed.feedUrl.setQuery(u"typed"_s);
    const qint64 mine = m_backend->sources().add(typed).value();
    QVERIFY(syncSource(mine).followedOk());
}

void TestFeedSourceSync::theDeadlineNamesTheSourcesStillUnderWay()
{
    const qint64 django = follow(u"django/django"_s);
    const qint64 pydantic = follow(u"pydantic/pydantic"_s);
    m_server->setFault(u"*/pydantic/releases.atom"_s, *Fault::parse(u"hang"_s));
    m_backend->sync().setRequestTimeout(30s);
    m_backend->sync().setDeadline(1s);
    QSignalSpy finished(&m_backend->sync(), &SyncEngine::finished);
    m_backend->sync().start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    const auto summary = finished.constFirst().constFirst().value<SyncSummary>();
    QString pydanticError;
    QString djangoError = u"not reported"_s;
    for (const auto &part : summary.sources) {
        (part.sourceId == pydantic ? pydanticError : djangoError) = part.error;
    }
    QVERIFY2(pydanticError.contains(u"the sync stopped after 1 second"_s), qPrintable(pydanticError));
    QCOMPARE(djangoError, QString());
    QCOMPARE(m_backend->sources().source(pydantic).value()->lastError, pydanticError);
    QVERIFY(m_backend->sources().source(django).value()->lastError.isEmpty());
    // The hanging request ended with the sync: left to its own timeout, it held one of its
    // host's places and went on downloading for the sync that was over.
    QCOMPARE(m_backend->http().requestsUnderWay(), 0);
}

QStringList TestFeedSourceSync::requestsUnder(const QString &prefix) const
{
    QStringList found;
    for (const Herald::Test::ServedRequest &request : m_server->requests()) {
        if (request.path.startsWith(prefix)) {
            found << u"%1 %2"_s.arg(request.path).arg(request.status);
        }
    }
    return found;
}

void TestFeedSourceSync::fetchesEachLifecycleWhenDue()
{
    using Herald::ProductLifecycle;
    using Herald::ProjectLifecycles;
    const QString lifecycles = u"/endoflife.date/api/"_s;
    const qint64 django = follow(u"django/django"_s);
    m_server->clearRequests();
    const SyncSummary first = syncSource(django);
    QVERIFY(first.followedOk());
    QCOMPARE(requestsUnder(lifecycles), QStringList({u"/endoflife.date/api/django.json 200"_s}));
    // The fixture's two flawed cycles are warnings that name the product; the rest is kept.
    QVERIFY2(first.warnings.join(u'\n').contains(u"cycle 6 has no name"_s), qPrintable(first.warnings.join(u'\n')));
    auto sources = m_backend->sources().sources().value();
    QHash<qint64, ProductLifecycle> stored = ProjectLifecycles::stored(m_backend->store(), sources);
    QVERIFY(stored.contains(django));
    QCOMPARE(stored.value(django).cycle(u"5.2"_s)->endOfLife, QDate(2028, 4, 30));

    // Fetched today: not asked for again until it is due.
    m_server->clearRequests();
    QVERIFY(syncSource(django).followedOk());
    QCOMPARE(requestsUnder(lifecycles), QStringList());

    // A product endoflife.date does not know: no lifecycle, no error, and not asked again.
    const qint64 requests = follow(u"pypi:requests"_s);
    m_server->clearRequests();
    const SyncSummary unknown = syncSource(requests);
    QVERIFY(unknown.followedOk());
    QCOMPARE(requestsUnder(lifecycles), QStringList({u"/endoflife.date/api/requests.json 404"_s}));
    QCOMPARE(m_backend->store().document(ProductLifecycle::apiUrl(u"requests"_s)), std::optional(QByteArray()));
    m_server->clearRequests();
    QVERIFY(syncSource(requests).followedOk());
    QCOMPARE(requestsUnder(lifecycles), QStringList());

    // A document that is no lifecycle: a warning naming it, the releases still synced, nothing stored.
    HERALD_VERIFY_RESULT(m_backend->sources().setLifecycleProduct(requests, u"broken"_s));
    QVERIFY(m_served->writeOverlay(u"endoflife.date/api/broken.json"_s, "{\"cycle\": "));
    m_server->clearRequests();
    const SyncSummary broken = syncSource(requests);
    QVERIFY(broken.followedOk());
    QVERIFY2(broken.warnings.join(u'\n').contains(u"https://endoflife.date/api/broken.json is no lifecycle"_s),
        qPrintable(broken.warnings.join(u'\n')));
    QVERIFY(!m_backend->store().document(ProductLifecycle::apiUrl(u"broken"_s)));

    // A source whose lifecycle the user cleared asks for none.
    HERALD_VERIFY_RESULT(m_backend->sources().setLifecycleProduct(requests, QString()));
    m_server->clearRequests();
    QVERIFY(syncSource(requests).followedOk());
    QCOMPARE(requestsUnder(lifecycles), QStringList());
    sources = m_backend->sources().sources().value();
    stored = ProjectLifecycles::stored(m_backend->store(), sources);
    QCOMPARE(stored.keys(), QList<qint64>({django}));
}

void TestFeedSourceSync::theDeadlineWhileStoringEndsTheRunThere()
{
    // The deadline comes between two batches of a first sync. The run ends there, once: no
    // batch is stored after it, what was stored is the project's past (never news), and the
    // next sync stores the rest.
    QVERIFY(writeLargeFeed());
    const qint64 monorepo = follow(u"bigowner/monorepo"_s);
    auto *deadline = m_backend->sync().findChild<QTimer *>(u"deadline"_s);
    QVERIFY(deadline);
    QSignalSpy finished(&m_backend->sync(), &SyncEngine::finished);
    m_backend->sync().startSource(monorepo);
    const Herald::PostStore &store = m_backend->store();
    QTRY_VERIFY_WITH_TIMEOUT(store.count(monorepo) > 0, 60000);
    QVERIFY2(store.count(monorepo) < LargeFeedReleases, "every batch was stored before the test could look");
    deadline->start(0);
    QTRY_COMPARE(finished.count(), 1);
    const int stored = store.count(monorepo);
    const auto stopped = finished.constFirst().constFirst().value<SyncSummary>();
    QCOMPARE(stopped.sources.size(), 1);
    QVERIFY2(
        stopped.sources.first().error.contains(u"the sync stopped after"_s), qPrintable(stopped.sources.first().error));
    QCOMPARE(unseen(), 0);
    QVERIFY(!m_backend->sources().source(monorepo).value()->baselined);
    // Nothing of that run comes after it: no batch, no second finish. (What could come was
    // queued when the deadline came; half a second is many turns of the loop.)
    QTest::qWait(500);
    QCOMPARE(store.count(monorepo), stored);
    QCOMPARE(finished.count(), 1);

    const SyncSummary next = syncSource(monorepo);
    QVERIFY2(next.followedOk(), qPrintable(next.sources.value(0).error));
    QCOMPARE(store.count(monorepo), LargeFeedReleases);
    QCOMPARE(unseen(), 0);
    QVERIFY(m_backend->sources().source(monorepo).value()->baselined);
}

void TestFeedSourceSync::theDeadlineBeforeTheLastBatchEndsTheRunOnce()
{
    // The deadline's timeout is queued just before the last batch: the run ends with it, and
    // the batch, queued for a run that is over, never finishes the sync a second time.
    QVERIFY(writeLargeFeed());
    const qint64 monorepo = follow(u"bigowner/monorepo"_s);
    auto *deadline = m_backend->sync().findChild<QTimer *>(u"deadline"_s);
    QVERIFY(deadline);
    const Herald::PostStore &store = m_backend->store();
    bool queued = false;
    // Emitted inside a batch's store, before the next batch is queued: a call queued here
    // comes first.
    connect(&store, &Herald::PostStore::postsChanged, this, [&] {
        if (!queued && store.count(monorepo) == LargeFeedReleases - 200) {
            queued = true;
            QMetaObject::invokeMethod(
                this, [deadline] { QMetaObject::invokeMethod(deadline, "timeout"); }, Qt::QueuedConnection);
        }
    });
    QSignalSpy finished(&m_backend->sync(), &SyncEngine::finished);
    m_backend->sync().startSource(monorepo);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QVERIFY(queued);
    QTest::qWait(500);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(store.count(monorepo), LargeFeedReleases - 200);
    QCOMPARE(unseen(), 0);
}

void TestFeedSourceSync::searchFindsTheWordsOfReleaseNotesNotTheirMarkup()
{
    // Django 5.2.8's notes: <p onclick="steal()">See the <a href="javascript:…">advisory</a>
    // and <a href="https://docs.djangoproject.com/…">the release notes</a>.</p>
    const qint64 django = follow(u"django/django"_s);
    QVERIFY(syncSource(django).followedOk());
    const Herald::PostStore &store = m_backend->store();
    for (const QString &markup : {u"href"_s, u"onclick"_s, u"steal"_s, u"djangoproject"_s, u"javascript"_s}) {
        const auto hits = store.search(markup);
        HERALD_VERIFY_RESULT(hits);
        QVERIFY2(
            hits->isEmpty(), qPrintable(u"\"%1\" is markup, yet found %2 post(s)"_s.arg(markup).arg(hits->size())));
    }
    const auto advisory = store.search(u"advisory"_s);
    HERALD_VERIFY_RESULT(advisory);
    QCOMPARE(advisory->size(), 1);
    QCOMPARE(store.post(advisory->first().id)->meta.version, u"5.2.8"_s);
    const QString snippet = advisory->first().snippet;
    QVERIFY2(snippet.contains(u"See the \x02"
                              u"advisory\x03 and the release notes"_s),
        qPrintable(snippet));
    QVERIFY2(!snippet.contains(u'<'), qPrintable(snippet));
}

bool TestFeedSourceSync::writeLargeFeed()
{
    constexpr int Releases = 3000;
    const QString notes = u"<h2>What's Changed</h2><ul><li>Fix a crash by <a href=\"https://github.com/a\">@a</a> in "
                          u"<a href=\"https://github.com/bigowner/monorepo/pull/%1\">#%1</a></li></ul>"
                          u"<p>This release fixes the bugs reported since the last one and is recommended for "
                          u"everyone on the series; the upgrade notes say what to change.</p>"
                          u"<pre><code>pip install --upgrade monorepo==1.%1.0</code></pre>"_s;
    QByteArray feed = R"(<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>tag:github.com,2008:https://github.com/bigowner/monorepo/releases</id>
  <title>Release notes from monorepo</title>
  <updated>2026-12-01T10:00:00Z</updated>
)";
    const QDateTime newest(QDate(2026, 12, 1), QTime(10, 0), QTimeZone::UTC);
    for (int minor = Releases; minor > 0; --minor) {
        feed += uR"(  <entry>
    <id>tag:github.com,2008:Repository/424242/v1.%1.0</id>
    <updated>%2</updated>
    <link rel="alternate" type="text/html" href="https://github.com/bigowner/monorepo/releases/tag/v1.%1.0"/>
    <title>monorepo 1.%1.0</title>
    <content type="html">%3</content>
  </entry>
)"_s.arg(minor)
                    .arg(newest.addSecs(3600LL * (minor - Releases)).toString(Qt::ISODate),
                        notes.arg(minor).toHtmlEscaped())
                    .toUtf8();
    }
    feed += "</feed>\n";
    return m_served->writeOverlay(u"github.com/bigowner/monorepo/releases.atom"_s, feed);
}

void TestFeedSourceSync::aLargeFeedNeverHoldsTheEventLoop()
{
    // Reading and storing a large feed all at once held the window for the whole sync.
    QVERIFY(writeLargeFeed());
    const qint64 monorepo = follow(u"bigowner/monorepo"_s);

    Herald::Test::EventLoopWatch watch;
    QEventLoop loop;
    QList<SyncSummary> finished;
    connect(&m_backend->sync(), &SyncEngine::finished, &loop, [&](const SyncSummary &summary) {
        finished << summary;
        loop.quit();
    });
    QTimer::singleShot(120s, &loop, &QEventLoop::quit);
    watch.start();
    m_backend->sync().startSource(monorepo);
    loop.exec();
    watch.stop();
    const qint64 longest = watch.longest();
    const qint64 elapsed = watch.elapsed();

    QCOMPARE(finished.size(), 1);
    QVERIFY2(finished.first().followedOk(), qPrintable(finished.first().sources.value(0).error));
    QCOMPARE(finished.first().sources.first().newPosts, LargeFeedReleases);
    QCOMPARE(m_backend->store().count(monorepo), LargeFeedReleases);
    QCOMPARE(unseen(), 0); // stored in batches, and still the project's past
    QVERIFY(m_backend->sources().source(monorepo).value()->baselined);
    // Read on a pool and stored in batches, the longest wait is one batch's, a small part of
    // the whole: all at once, it was nearly all of it.
    QVERIFY2(longest * 4 < elapsed,
        qPrintable(u"the event loop waited %1 ms at once in a sync of %2 ms"_s.arg(longest).arg(elapsed)));
}

void TestFeedSourceSync::aPreviewNeverHoldsTheEventLoopForAnotherParse()
{
    // The Follow dialog's preview parsed its feed on the window's thread, so while a sync
    // parsed a large feed on its pool (holding Syndication's turn), the dialog froze until that
    // parse was done.
    Herald::SourceFollower follower(m_backend->http());
    QObject context;
    std::optional<Herald::Result<Herald::SourceFollower::Preview>> found;
    Herald::Test::EventLoopWatch watch;
    constexpr auto Held = 2s;
    bool afterTheTurn = false;
    watch.start();
    {
        const Herald::Test::SyndicationTurnHeld held(Held);
        follower.preview(u"django/django"_s, &context, [&](Herald::Result<Herald::SourceFollower::Preview> preview) {
            afterTheTurn = held.givenBack();
            found = std::move(preview);
        });
        QTRY_VERIFY_WITH_TIMEOUT(found.has_value(), 10000);
    }
    watch.stop();

    HERALD_VERIFY_RESULT(*found);
    const Herald::SourceFollower::Preview &preview = **found;
    QCOMPARE(preview.source.identifier, u"django/django"_s);
    QCOMPARE(preview.items, 5);
    QCOMPARE(preview.latestTitle, u"Django 5.2.8"_s);
    QCOMPARE(preview.latestVersion, u"6.0rc1"_s);
    QVERIFY(afterTheTurn); // its parse waited for the turn
    // It waited on the pool: the longest the event loop went without a turn is far from the
    // time the turn was held (on the window's thread, nearly all of it).
    QVERIFY2(watch.longest() * 3 < std::chrono::milliseconds(Held).count(),
        qPrintable(
            u"the event loop waited %1 ms at once in a preview of %2 ms"_s.arg(watch.longest()).arg(watch.elapsed())));
}

void TestFeedSourceSync::unfollowingASourceDuringItsSyncEndsItThere()
{
    // Unfollowed between two batches of its store, a source's later batches failed on it, and
    // the sync reported "FOREIGN KEY constraint failed" for a source that was no more.
    QVERIFY(writeLargeFeed());
    const qint64 monorepo = follow(u"bigowner/monorepo"_s);
    const qint64 django = follow(u"django/django"_s);
    QVERIFY(monorepo > 0 && django > 0);

    // As the window's Unfollow comes: between two turns of the event loop, once the first
    // batch is in.
    QTimer watch;
    watch.setInterval(0);
    bool unfollowed = false;
    connect(&watch, &QTimer::timeout, this, [&] {
        if (m_backend->store().count(monorepo) > 0) {
            watch.stop();
            unfollowed = bool(m_backend->sources().remove(monorepo));
        }
    });
    QSignalSpy finished(&m_backend->sync(), &SyncEngine::finished);
    watch.start();
    m_backend->sync().startSource(monorepo);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QVERIFY(unfollowed);

    const auto summary = finished.constFirst().constFirst().value<SyncSummary>();
    QVERIFY2(summary.sources.isEmpty(), qPrintable(summary.sources.value(0).error)); // nothing left to report on
    QVERIFY2(summary.warnings.isEmpty(), qPrintable(summary.warnings.join(u'\n')));
    QCOMPARE(m_backend->store().count(monorepo), 0);
    QCOMPARE(m_backend->store().count(), 0);
    // No batch comes late, and the next sync runs as ever.
    QTest::qWait(200);
    QCOMPARE(m_backend->store().count(), 0);
    const SyncSummary next = syncSource(django);
    QVERIFY2(next.followedOk(), qPrintable(next.sources.value(0).error));
    QCOMPARE(next.sources.first().newPosts, 5);
}

QTEST_GUILESS_MAIN(TestFeedSourceSync)
#include "tst_feedsourcesync.moc"
