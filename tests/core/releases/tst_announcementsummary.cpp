// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/releases/announcementsummary.h"
#include "core/releases/timeline.h"
#include "core/sources/pythoninsider.h"
#include "core/sources/pythontimelineread.h"
#include "core/store/database.h"
#include "core/store/poststore.h"
#include "fixtureposts.h"
#include "fixtureset.h"
#include "storefixtures.h"
#include "verifyresult.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

/// What each post announces is stored with it (posts.announces) and the timeline is built from
/// that: it must give what the bodies give, follow every change of a post, and be worked out
/// again under other rules.
class TestAnnouncementSummary final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void storedFormRoundTrips();
    void refusesFormsItDoesNotKnow_data();
    void refusesFormsItDoesNotKnow();
    void storedTimelineIsTheOneTheBodiesGive();
    void readsStoredSummariesWithoutTheBodies();
    void aChangedPostIsSummarisedAgain();
    void otherRulesSummariseEveryPostAgain();
    void anUnreadableSummaryIsWorkedOutAgain();
    void theTimelineReadsOnlyTheIndex();
    void aSummaryOfAnOlderBodyIsNotStored();
    void theWindowReadsTheSameOnAnotherThread();
    void aReadOnAnotherThreadSaysWhatFailed();

private:
    /// Every fixture post stored as a sync stores it: metadata, then each Markdown body.
    void storeFixturePosts();
    /// The timeline as text: every series with its releases, their posts, dates and references.
    static QString describe(const Timeline &timeline);
    /// Runs SQL on the store's database directly: a test's way to change what is stored
    /// behind the store's back.
    void execute(const QString &sql);
    QList<AnnouncedRelease> storedReleasesOf(qint64 postId);

    Test::FixtureSet m_set;
    QList<Post> m_posts;
    Lifecycle m_lifecycle;
    std::unique_ptr<Test::TemporaryStore> m_temporary;
};

void TestAnnouncementSummary::initTestCase()
{
    m_set = Test::fixtureSet();
    m_posts = Test::fixturePosts(m_set.directory);
    QCOMPARE(m_posts.size(), m_set.pick(18, 327));
    m_lifecycle = Test::fixtureLifecycle(m_set.directory);
}

void TestAnnouncementSummary::init()
{
    m_temporary = std::make_unique<Test::TemporaryStore>();
    HERALD_VERIFY_RESULT(m_temporary->open());
}

void TestAnnouncementSummary::cleanup()
{
    m_temporary.reset();
}

void TestAnnouncementSummary::storeFixturePosts()
{
    PostStore &store = m_temporary->store();
    QList<PostMeta> metas;
    for (const Post &post : std::as_const(m_posts)) {
        metas << post.meta;
    }
    const auto results = store.upsertPosts(m_temporary->source(), metas);
    HERALD_VERIFY_RESULT(results);
    QCOMPARE(results->size(), m_posts.size());
    for (qsizetype i = 0; i < m_posts.size(); ++i) {
        // The ids the store gives are the fixture's: 1, 2, … in the same order.
        QCOMPARE(results->at(i).id, m_posts.at(i).id);
        if (m_posts.at(i).hasBody) {
            HERALD_VERIFY_RESULT(store.storeBody(results->at(i).id, m_posts.at(i).body, {}, {}));
        }
    }
}

QString TestAnnouncementSummary::describe(const Timeline &timeline)
{
    QString text;
    QTextStream out(&text);
    const auto ids = [](const QList<qint64> &postIds) {
        QStringList list;
        for (const qint64 id : postIds) {
            list << QString::number(id);
        }
        return list.join(u',');
    };
    for (const TimelineSeries &series : timeline.series()) {
        out << series.series << u' ' << int(series.status) << u'\n';
        for (const TimelineRelease &release : series.releases) {
            out << u"  " << release.version.toString() << u' ' << release.announced.toString(Qt::ISODate) << u" ["
                << ids(release.postIds) << u"] " << release.cves.join(u',') << u' ' << release.issues.join(u',')
                << (release.security ? u" security"_s : QString())
                << (release.missingAnnouncement ? u" missing"_s : QString()) << u'\n';
        }
    }
    for (const OtherRelease &other : timeline.otherReleases()) {
        out << other.implementation << u' ' << other.version.toString() << u" [" << ids(other.postIds) << u"]\n";
    }
    out << timeline.coverageStart().toString(Qt::ISODate) << u' ' << timeline.coverageEnd().toString(Qt::ISODate);
    out.flush();
    return text;
}

void TestAnnouncementSummary::execute(const QString &sql)
{
    QSqlQuery query(m_temporary->database().handle());
    QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
}

QList<AnnouncedRelease> TestAnnouncementSummary::storedReleasesOf(qint64 postId)
{
    const Result<QList<PostAnnouncement>> announcements = PythonInsider::storedAnnouncements(m_temporary->store());
    if (!announcements) {
        return {};
    }
    for (const PostAnnouncement &announcement : *announcements) {
        if (announcement.postId == postId) {
            return announcement.summary.releases;
        }
    }
    return {};
}

void TestAnnouncementSummary::storedFormRoundTrips()
{
    int announcing = 0;
    int withReferences = 0;
    for (const Post &post : std::as_const(m_posts)) {
        const AnnouncementSummary summary = AnnouncementSummary::of(post);
        const QString stored = summary.toStored();
        QCOMPARE(stored.isEmpty(), summary.releases.isEmpty());
        const std::optional<AnnouncementSummary> read = AnnouncementSummary::fromStored(stored);
        QVERIFY2(read, qPrintable(post.meta.slug + u": "_s + stored));
        QVERIFY2(*read == summary, qPrintable(post.meta.slug + u": "_s + stored));
        announcing += summary.releases.isEmpty() ? 0 : 1;
        withReferences += summary.references.cves.isEmpty() && summary.references.issues.isEmpty() ? 0 : 1;
    }
    // Not a round trip of empty summaries only.
    QVERIFY(announcing >= m_set.pick(10, 200));
    QVERIFY(withReferences >= m_set.pick(1, 20));
}

void TestAnnouncementSummary::refusesFormsItDoesNotKnow_data()
{
    QTest::addColumn<QString>("stored");
    QTest::newRow("no version") << u"r\tCPython\n"_s;
    QTest::newRow("not a version") << u"r\tCPython\tthree\n"_s;
    QTest::newRow("no implementation") << u"r\t\t3.12.1\n"_s;
    QTest::newRow("unknown fact") << u"x\tsomething\n"_s;
    QTest::newRow("security with a value") << u"s\tyes\n"_s;
    QTest::newRow("a CVE without its id") << u"c\n"_s;
}

void TestAnnouncementSummary::refusesFormsItDoesNotKnow()
{
    QFETCH(QString, stored);
    QVERIFY(!AnnouncementSummary::fromStored(stored));
    // While what it knows reads.
    const auto known = AnnouncementSummary::fromStored(u"r\tCPython\t3.12.1\nc\tCVE-2024-0450\ni\tgh-1\ns\n"_s);
    QVERIFY(known);
    QCOMPARE(known->releases.size(), 1);
    QCOMPARE(known->releases.constFirst().version.toString(), u"3.12.1"_s);
    QCOMPARE(known->references.cves, QStringList {u"CVE-2024-0450"_s});
    QCOMPARE(known->references.issues, QStringList {u"gh-1"_s});
    QVERIFY(known->references.security);
}

void TestAnnouncementSummary::storedTimelineIsTheOneTheBodiesGive()
{
    storeFixturePosts();
    const QString expected = describe(Timeline::build(m_posts, m_lifecycle));
    QVERIFY(expected.count(u'\n') > m_set.pick(10, 300));
    // First worked out from the bodies and stored, then read back as stored.
    for (int pass = 0; pass < 2; ++pass) {
        const Result<QList<PostAnnouncement>> announcements = PythonInsider::storedAnnouncements(m_temporary->store());
        HERALD_VERIFY_RESULT(announcements);
        QCOMPARE(announcements->size(), m_posts.size());
        QCOMPARE(describe(Timeline::build(*announcements, m_lifecycle)), expected);
    }
}

void TestAnnouncementSummary::readsStoredSummariesWithoutTheBodies()
{
    storeFixturePosts();
    HERALD_VERIFY_RESULT(PythonInsider::storedAnnouncements(m_temporary->store()));
    const QString expected = describe(Timeline::build(m_posts, m_lifecycle));
    // With the bodies gone behind the store's back (and the trigger that would notice), the
    // timeline is still the one they gave: it was built from what was stored.
    execute(u"DROP TRIGGER posts_announces_stale"_s);
    execute(u"UPDATE posts SET body = '', title = 'Nothing'"_s);
    const Result<QList<PostAnnouncement>> announcements = PythonInsider::storedAnnouncements(m_temporary->store());
    HERALD_VERIFY_RESULT(announcements);
    QCOMPARE(describe(Timeline::build(*announcements, m_lifecycle)), expected);
}

void TestAnnouncementSummary::aChangedPostIsSummarisedAgain()
{
    PostStore &store = m_temporary->store();
    PostMeta meta;
    meta.slug = u"untitled"_s;
    meta.title = u"Untitled"_s;
    meta.published = QDateTime(QDate(2024, 5, 1), QTime(12, 0), QTimeZone::UTC);
    const auto stored = store.upsertPosts(m_temporary->source(), {meta});
    HERALD_VERIFY_RESULT(stored);
    const qint64 id = stored->constFirst().id;
    QVERIFY(storedReleasesOf(id).isEmpty());

    // Its body arrives: it names the release.
    HERALD_VERIFY_RESULT(store.storeBody(id, u"Python 3.12.3 is now available.\n"_s, {}, {}));
    QCOMPARE(storedReleasesOf(id), (QList<AnnouncedRelease> {{Version(3, 12, 3), u"CPython"_s}}));
    // The body is corrected upstream.
    HERALD_VERIFY_RESULT(store.storeBody(id, u"Python 3.12.4 is now available.\n"_s, {}, {}));
    QCOMPARE(storedReleasesOf(id), (QList<AnnouncedRelease> {{Version(3, 12, 4), u"CPython"_s}}));
    // Then the title, which speaks first.
    meta.title = u"Python 3.13.0rc1 is now available"_s;
    HERALD_VERIFY_RESULT(store.upsertPosts(m_temporary->source(), {meta}));
    QCOMPARE(storedReleasesOf(id),
        (QList<AnnouncedRelease> {{Version(3, 13, 0, Version::Stage::Candidate, 1), u"CPython"_s}}));
    // Read and starred state are not what it is worked out from: nothing to do.
    HERALD_VERIFY_RESULT(store.setRead(id, true));
    QSqlQuery query(m_temporary->database().handle());
    QVERIFY(query.exec(u"SELECT announces IS NOT NULL FROM posts WHERE id = %1"_s.arg(id)) && query.next());
    QVERIFY(query.value(0).toBool());
}

void TestAnnouncementSummary::otherRulesSummariseEveryPostAgain()
{
    storeFixturePosts();
    HERALD_VERIFY_RESULT(PythonInsider::storedAnnouncements(m_temporary->store()));
    // A summary as other rules might have written it: this build's rules take it as it is…
    execute(u"UPDATE posts SET announces = 'r\tCPython\t9.9.9\n' WHERE id = 1"_s);
    QCOMPARE(storedReleasesOf(1), (QList<AnnouncedRelease> {{Version(9, 9, 9), u"CPython"_s}}));
    // …until the store says other rules wrote it: then every post is worked out again.
    HERALD_VERIFY_RESULT(m_temporary->store().setMetaValue(u"announcement_rules"_s, u"0"_s));
    QCOMPARE(storedReleasesOf(1), AnnouncementSummary::of(m_posts.constFirst()).releases);
    QCOMPARE(m_temporary->store().metaValue(u"announcement_rules"_s).value_or(QString()),
        QString::number(AnnouncementSummary::RulesVersion));
}

void TestAnnouncementSummary::anUnreadableSummaryIsWorkedOutAgain()
{
    storeFixturePosts();
    HERALD_VERIFY_RESULT(PythonInsider::storedAnnouncements(m_temporary->store()));
    const QString expected = describe(Timeline::build(m_posts, m_lifecycle));
    execute(u"UPDATE posts SET announces = 'nonsense'"_s);
    const Result<QList<PostAnnouncement>> announcements = PythonInsider::storedAnnouncements(m_temporary->store());
    HERALD_VERIFY_RESULT(announcements);
    QCOMPARE(describe(Timeline::build(*announcements, m_lifecycle)), expected);
}

void TestAnnouncementSummary::theTimelineReadsOnlyTheIndex()
{
    // What a start reads: the covering index, never a row (where the bodies are).
    QSqlQuery plan(m_temporary->database().handle());
    // Python Insider alone: one range of the index, in order, with nothing to sort.
    QVERIFY(plan.exec(u"EXPLAIN QUERY PLAN SELECT id, published_at, announces FROM posts INDEXED BY "
                      u"posts_by_announcement WHERE source_id = 1 ORDER BY published_at DESC, id DESC"_s));
    QString steps;
    while (plan.next()) {
        steps += plan.value(3).toString() + u'\n';
    }
    QVERIFY2(steps.contains(u"USING COVERING INDEX posts_by_announcement"_s), qPrintable(steps));
    QVERIFY2(!steps.contains(u"TEMP B-TREE"_s), qPrintable(steps));
}

void TestAnnouncementSummary::aSummaryOfAnOlderBodyIsNotStored()
{
    // Another Herald changed the post between reading it and storing what it announces: the
    // summary of the body it read is not kept, and the post is worked out again next time.
    PostStore &store = m_temporary->store();
    PostMeta meta;
    meta.slug = u"raced"_s;
    meta.title = u"Untitled"_s;
    const auto stored = store.upsertPosts(m_temporary->source(), {meta});
    HERALD_VERIFY_RESULT(stored);
    const qint64 id = stored->constFirst().id;
    HERALD_VERIFY_RESULT(store.storeBody(id, u"Python 3.12.4 is now available.\n"_s, {}, {}));
    const QString older = u"r\tCPython\t3.12.3\n"_s;
    HERALD_VERIFY_RESULT(
        store.storeAnnouncements({{id, older, u"Untitled"_s, u"Python 3.12.3 is now available.\n"_s}}));
    QSqlQuery query(m_temporary->database().handle());
    QVERIFY(query.exec(u"SELECT announces IS NULL FROM posts WHERE id = %1"_s.arg(id)) && query.next());
    QVERIFY(query.value(0).toBool());
    // Worked out from the body it has.
    QCOMPARE(storedReleasesOf(id), (QList<AnnouncedRelease> {{Version(3, 12, 4), u"CPython"_s}}));
}

void TestAnnouncementSummary::theWindowReadsTheSameOnAnotherThread()
{
    storeFixturePosts();
    const QString expected = describe(Timeline::build(m_posts, PythonInsider::storedLifecycle(m_temporary->store())));
    // The first read works out every summary (none is stored yet) and stores them, on the
    // pool's thread, through a connection of its own.
    const StoredPythonTimeline elsewhere = PythonTimelineRead::start(m_temporary->database()).result();
    QCOMPARE(elsewhere.error, QString());
    QCOMPARE(describe(elsewhere.timeline), expected);
    QSqlQuery unsummarised(m_temporary->database().handle());
    QVERIFY(unsummarised.exec(u"SELECT count(*) FROM posts WHERE announces IS NULL"_s) && unsummarised.next());
    QCOMPARE(unsummarised.value(0).toInt(), 0);
    unsummarised.finish();
    // Read here, from what that thread stored: the same timeline.
    const StoredPythonTimeline here = PythonTimelineRead::read(m_temporary->store());
    QCOMPARE(describe(here.timeline), expected);
    QCOMPARE(here.lifecycleCheckedAt, elsewhere.lifecycleCheckedAt);
}

void TestAnnouncementSummary::aReadOnAnotherThreadSaysWhatFailed()
{
    // A database that was never opened has no file to open another connection to.
    const Database unopened;
    const StoredPythonTimeline stored = PythonTimelineRead::start(unopened).result();
    QVERIFY2(stored.error.contains(u"does not exist"_s), qPrintable(stored.error));
    QVERIFY(!stored.connected); // the window reads through its own connection then
    QVERIFY(stored.timeline.series().isEmpty());
}

QTEST_GUILESS_MAIN(TestAnnouncementSummary)
#include "tst_announcementsummary.moc"
