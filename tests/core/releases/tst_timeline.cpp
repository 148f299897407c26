// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/posts/frontmatterreader.h"
#include "core/posts/post.h"
#include "core/releases/releaseextractor.h"
#include "core/releases/timeline.h"

#include "fixtureposts.h"
#include "fixtureset.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

class TestTimeline final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void takesTheLifecycleOfEachSeries_data();
    void takesTheLifecycleOfEachSeries();
    void linksReleasesToTheirAnnouncements_data();
    void linksReleasesToTheirAnnouncements();
    void listsEveryAnnouncedReleaseOnceAndNothingElseAsAnnounced();
    void findsMissingAnnouncements();
    void findsDisagreeingDates();
    void keepsOtherImplementationsApart();
    void buildsFromAnnouncementsAloneWithoutLifecycleData();
    void flagsOnlyWhatTheRulesSay_data();
    void flagsOnlyWhatTheRulesSay();
    void dropsExpectedReleasesANewerOneHasPassed();
    void buildsQuickly();
    void skipsFrontmatterLikeTheReader();
    void keepsAReleasesAnnouncementsOldestFirst_data();
    void keepsAReleasesAnnouncementsOldestFirst();

private:
    /// slug → "3.12.4,IronPython:2.7.5", from tests/data/releases/expected(-archive).tsv.
    QHash<QString, QString> m_contract;
    Test::FixtureSet m_set;
    QList<Post> m_posts;
    Lifecycle m_lifecycle;
    Timeline m_timeline;
};

void TestTimeline::initTestCase()
{
    m_set = Test::fixtureSet();
    m_posts = Test::fixturePosts(m_set.directory);
    QCOMPARE(m_posts.size(), m_set.pick(18, 327));
    m_lifecycle = Test::fixtureLifecycle(m_set.directory);
    QVERIFY(m_lifecycle.warnings().isEmpty());
    m_timeline = Timeline::build(m_posts, m_lifecycle);

    QFile contract(QString::fromUtf8(HERALD_TEST_DATA) + u"/releases/"_s
        + m_set.pick(u"expected-archive.tsv"_s, u"expected.tsv"_s));
    QVERIFY(contract.open(QIODevice::ReadOnly | QIODevice::Text));
    while (!contract.atEnd()) {
        const QStringList fields = QString::fromUtf8(contract.readLine()).chopped(1).split(u'\t');
        QCOMPARE(fields.size(), 2);
        m_contract.insert(fields.at(0), fields.at(1));
    }
}

void TestTimeline::takesTheLifecycleOfEachSeries_data()
{
    QTest::addColumn<QString>("series");
    QTest::addColumn<SeriesStatus>("status");
    QTest::addColumn<QDate>("endOfLife");
    QTest::addColumn<QString>("releaseManager");
    QTest::addColumn<int>("pep");
    QTest::addColumn<QString>("latest");

    QTest::newRow("3.16, nothing released")
        << u"3.16"_s << SeriesStatus::Feature << QDate(2032, 10, 31) << u"Savannah Ostrowski"_s << 826 << QString();
    QTest::newRow("3.15") << u"3.15"_s << SeriesStatus::Prerelease << QDate(2031, 10, 31) << u"Hugo van Kemenade"_s
                          << 790 << u"3.15.0rc1"_s;
    QTest::newRow("3.13") << u"3.13"_s << SeriesStatus::Bugfix << QDate(2029, 10, 31) << u"Thomas Wouters"_s << 719
                          << u"3.13.15"_s;
    QTest::newRow("3.12") << u"3.12"_s << SeriesStatus::Security << QDate(2028, 10, 31) << u"Thomas Wouters"_s << 693
                          << u"3.12.14"_s; // announced, not yet in python-releases.json
    QTest::newRow("3.9, end of life") << u"3.9"_s << SeriesStatus::EndOfLife << QDate(2025, 10, 31) << u"Łukasz Langa"_s
                                      << 596 << u"3.9.25"_s;
    // The archive lists no 2.6 releases at all.
    QTest::newRow("2.6, metadata only") << u"2.6"_s << SeriesStatus::EndOfLife << QDate(2013, 10, 29)
                                        << u"Barry Warsaw"_s << 361 << m_set.pick(QString(), u"2.6.9"_s);
}

void TestTimeline::takesTheLifecycleOfEachSeries()
{
    QFETCH(QString, series);
    QFETCH(SeriesStatus, status);
    QFETCH(QDate, endOfLife);
    QFETCH(QString, releaseManager);
    QFETCH(int, pep);
    QFETCH(QString, latest);
    const TimelineSeries *entry = m_timeline.findSeries(series);
    QVERIFY(entry);
    QCOMPARE(entry->status, status);
    QCOMPARE(entry->endOfLife, endOfLife);
    QCOMPARE(entry->releaseManager, releaseManager);
    QCOMPARE(entry->pep, pep);
    QCOMPARE(entry->latest() ? entry->latest()->version.toString() : QString(), latest);
}

void TestTimeline::linksReleasesToTheirAnnouncements_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("slug");
    QTest::addColumn<QDate>("official");

    QTest::newRow("3.14.0rc1") << u"3.14.0rc1"_s << u"python-314-release-candidate-1-is-go"_s << QDate(2025, 7, 22);
    QTest::newRow("series-only title") << u"3.3.0a4"_s << u"python-33-alpha-4-released"_s << QDate(2012, 5, 31);
    QTest::newRow("from the body of \"Untitled\"")
        << u"3.5.5"_s << m_set.pick(u"untitled"_s, u"python-3-3"_s) << QDate(2018, 2, 4);
}

void TestTimeline::linksReleasesToTheirAnnouncements()
{
    QFETCH(QString, version);
    QFETCH(QString, slug);
    QFETCH(QDate, official);
    const TimelineRelease *release = m_timeline.findRelease(*Version::parse(version));
    QVERIFY(release);
    QCOMPARE(release->officialDate, official);
    QStringList slugs;
    for (const qint64 id : release->postIds) {
        slugs += m_posts.at(id - 1).meta.slug;
    }
    QVERIFY2(slugs.contains(slug), qPrintable(slugs.join(u", "_s)));
    QVERIFY(!release->missingAnnouncement);
}

// Checked against the hand-written contract, not against ReleaseExtractor's own output.
void TestTimeline::listsEveryAnnouncedReleaseOnceAndNothingElseAsAnnounced()
{
    QHash<QString, QSet<QString>> expected; // version → slugs
    for (auto it = m_contract.cbegin(); it != m_contract.cend(); ++it) {
        for (const QString &version : it.value().split(u',', Qt::SkipEmptyParts)) {
            if (!version.contains(u':')) {
                expected[version].insert(it.key());
            }
        }
    }
    QHash<QString, QSet<QString>> actual;
    for (const TimelineSeries &series : m_timeline.series()) {
        QSet<QString> seen;
        for (const TimelineRelease &release : series.releases) {
            const QString version = release.version.toString();
            QCOMPARE(release.version.series(), series.series); // under the right series
            QVERIFY2(!seen.contains(version), qPrintable(version + u" twice"_s));
            seen.insert(version);
            QVERIFY2(release.isAnnounced() || release.officialDate.isValid(), qPrintable(version));
            for (const qint64 id : release.postIds) {
                actual[version].insert(m_posts.at(id - 1).meta.slug);
            }
        }
    }
    QCOMPARE(actual.size(), expected.size());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        QCOMPARE(actual.value(it.key()), it.value());
    }
    QCOMPARE(m_timeline.announcedCount(), int(expected.size()));
}

void TestTimeline::findsMissingAnnouncements()
{
    QVERIFY(m_timeline.missingAnnouncementCount() > 0);
    QCOMPARE(m_timeline.coverageStart(), m_set.pick(QDate(2012, 6, 1), QDate(2011, 3, 1)));
    int missing = 0;
    for (const TimelineSeries &series : m_timeline.series()) {
        for (const TimelineRelease &release : series.releases) {
            if (!release.missingAnnouncement) {
                continue;
            }
            ++missing;
            QVERIFY(!release.isAnnounced());
            QVERIFY(release.officialDate >= QDate(2011, 3, 1));
            QVERIFY(release.officialDate <= m_timeline.coverageEnd());
        }
    }
    QCOMPARE(missing, m_timeline.missingAnnouncementCount());
    // Made before the blog began: not missing, only undocumented here.
    const TimelineRelease *old = m_timeline.findRelease(Version(2, 7, 1));
    QVERIFY(old && !old->isAnnounced() && !old->missingAnnouncement);
    const TimelineRelease *ancient = m_timeline.findRelease(Version(2, 0, 1));
    QVERIFY(ancient && !ancient->missingAnnouncement);
}

void TestTimeline::findsDisagreeingDates()
{
    int disagreements = 0;
    for (const TimelineSeries &series : m_timeline.series()) {
        for (const TimelineRelease &release : series.releases) {
            if (release.datesDisagree()) {
                ++disagreements;
                QVERIFY(qAbs(release.officialDate.daysTo(release.announced)) > Timeline::toleranceDays);
            } else if (release.isAnnounced() && release.officialDate.isValid()) {
                QVERIFY(qAbs(release.officialDate.daysTo(release.announced)) <= Timeline::toleranceDays);
            }
        }
    }
    QCOMPARE(disagreements, m_timeline.disagreementCount());
    QVERIFY(!m_timeline.findRelease(Version(3, 14, 0, Version::Stage::Candidate, 1))->datesDisagree());
    // The archive announces 3.12.3 thirteen days late; the real blog did on the day.
    QCOMPARE(m_timeline.findRelease(Version(3, 12, 3))->datesDisagree(), m_set.pick(true, false));
}

void TestTimeline::keepsOtherImplementationsApart()
{
    const auto &other = m_timeline.otherReleases();
    const auto iron = std::find_if(other.cbegin(), other.cend(), [](const OtherRelease &release) {
        return release.implementation == u"IronPython"_s && release.version == Version(2, 7, 5);
    });
    QVERIFY(iron != other.cend());
    QCOMPARE(iron->postIds.size(), 1);
    QCOMPARE(m_posts.at(iron->postIds.constFirst() - 1).meta.slug, u"ironpython-275-released"_s);
    // CPython 2.7.5 exists too, and the IronPython post is not one of its announcements.
    const TimelineRelease *cpython = m_timeline.findRelease(Version(2, 7, 5));
    QVERIFY(cpython);
    QVERIFY(!cpython->postIds.contains(iron->postIds.constFirst()));
    for (const TimelineSeries &series : m_timeline.series()) {
        QVERIFY(series.series.at(0).isDigit());
    }
}

void TestTimeline::buildsFromAnnouncementsAloneWithoutLifecycleData()
{
    const Timeline timeline = Timeline::build(m_posts, Lifecycle());
    QVERIFY(!timeline.hasLifecycleData());
    QVERIFY(timeline.warnings().join(u'\n').contains(u"lifecycle data"_s));
    QCOMPARE(timeline.announcedCount(), m_timeline.announcedCount());
    QCOMPARE(timeline.missingAnnouncementCount(), 0);
    QCOMPARE(timeline.disagreementCount(), 0);
    for (const TimelineSeries &series : timeline.series()) {
        QCOMPARE(series.status, SeriesStatus::Unknown);
        QVERIFY(!series.endOfLife.isValid());
        for (const TimelineRelease &release : series.releases) {
            QVERIFY(release.isAnnounced());
            QVERIFY(!release.officialDate.isValid());
        }
    }
    QCOMPARE(timeline.series().constFirst().series, u"3.15"_s);
    QCOMPARE(timeline.findRelease(Version(3, 14, 0, Version::Stage::Candidate, 1))->postIds.size(), 1);
}

void TestTimeline::flagsOnlyWhatTheRulesSay_data()
{
    QTest::addColumn<QString>("stage");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("date");
    QTest::addColumn<bool>("inTimeline");
    QTest::addColumn<bool>("missing");
    QTest::addColumn<bool>("disagrees");

    // The blog below covers 2024-03-01 … 2024-06-15 and announces 3.12.3 on 2024-04-09.
    QTest::newRow("announced, same day") << u"3.12.3"_s << u"actual"_s << u"2024-04-09"_s << true << false << false;
    QTest::newRow("announced a week late") << u"3.12.3"_s << u"actual"_s << u"2024-04-02"_s << true << false << false;
    QTest::newRow("announced eight days late")
        << u"3.12.3"_s << u"actual"_s << u"2024-04-01"_s << true << false << true;
    QTest::newRow("announced eight days early")
        << u"3.12.3"_s << u"actual"_s << u"2024-04-17"_s << true << false << true;
    QTest::newRow("unannounced, covered") << u"3.12.4"_s << u"actual"_s << u"2024-06-06"_s << true << true << false;
    QTest::newRow("unannounced, first day covered")
        << u"3.12.2"_s << u"actual"_s << u"2024-03-01"_s << true << true << false;
    QTest::newRow("unannounced, before the blog")
        << u"3.12.1"_s << u"actual"_s << u"2024-02-29"_s << true << false << false;
    QTest::newRow("unannounced, after the newest post")
        << u"3.12.5"_s << u"actual"_s << u"2024-06-16"_s << true << false << false;
    QTest::newRow("expected, not made") << u"3.12.4"_s << u"expected"_s << u"2024-06-06"_s << false << false << false;
}

void TestTimeline::flagsOnlyWhatTheRulesSay()
{
    QFETCH(QString, stage);
    QFETCH(QString, state);
    QFETCH(QString, date);
    QFETCH(bool, inTimeline);
    QFETCH(bool, missing);
    QFETCH(bool, disagrees);
    QList<Post> posts(2);
    posts[0].id = 7;
    posts[0].meta.title = u"Python 3.12.3 is now available"_s;
    posts[0].meta.published = QDateTime(QDate(2024, 4, 9), QTime(), QTimeZone::UTC);
    posts[1].id = 8;
    posts[1].meta.title = u"Language Summit"_s;
    posts[1].meta.published = QDateTime(QDate(2024, 3, 20), QTime(), QTimeZone::UTC);
    posts.append(posts.at(1));
    posts[2].id = 9;
    posts[2].meta.published = QDateTime(QDate(2024, 6, 15), QTime(23, 0), QTimeZone::UTC);
    Lifecycle lifecycle;
    QVERIFY(lifecycle.readPythonReleases(uR"({"metadata": {}, "releases": {"3.12": [
        {"stage": "%1", "state": "%2", "date": "%3"}], "3.11": [
        {"stage": "3.11.9", "state": "actual", "date": "2024-04-02"}]}})"_s.arg(stage, state, date)
            .toUtf8()));
    const Timeline timeline = Timeline::build(posts, lifecycle);
    const TimelineRelease *release = timeline.findRelease(*Version::parse(stage));
    QCOMPARE(release != nullptr, inTimeline || stage == u"3.12.3"_s);
    if (release) {
        QCOMPARE(release->missingAnnouncement, missing);
        QCOMPARE(release->datesDisagree(), disagrees);
    }
    // A series the blog never announced is not held against it.
    QVERIFY(!timeline.findRelease(Version(3, 11, 9))->missingAnnouncement);
}

void TestTimeline::dropsExpectedReleasesANewerOneHasPassed()
{
    // 3.12.4 was skipped (3.12.5 came out), yet the data still expects it: it will never come.
    Lifecycle lifecycle;
    QVERIFY(lifecycle.readPythonReleases(uR"({"metadata": {}, "releases": {"3.12": [
        {"stage": "3.12.3", "state": "actual", "date": "2024-04-09"},
        {"stage": "3.12.4", "state": "expected", "date": "2024-06-04"},
        {"stage": "3.12.5", "state": "actual", "date": "2024-08-06"},
        {"stage": "3.12.6", "state": "expected", "date": "2024-09-03"},
        {"stage": "3.12.7", "state": "expected", "date": "2024-10-01"}]}})"_s.toUtf8()));
    const Timeline timeline = Timeline::build(QList<Post> {}, lifecycle);
    const TimelineSeries *series = timeline.findSeries(u"3.12"_s);
    QVERIFY(series);
    QCOMPARE(series->expected.size(), 2);
    QCOMPARE(series->nextExpected()->version.toString(), u"3.12.6"_s);
    // On 15 September 3.12.6 is late and 3.12.7 is the first still on time.
    QCOMPARE(series->upcoming(QDate(2024, 9, 15))->version.toString(), u"3.12.7"_s);
    QCOMPARE(series->upcoming(QDate(2024, 10, 2)), nullptr);
}

void TestTimeline::buildsQuickly()
{
    QElapsedTimer timer;
    timer.start();
    const Timeline small = Timeline::build(m_posts, m_lifecycle);
    const qint64 smallMs = timer.elapsed();

    QList<Post> many;
    many.reserve(50000);
    for (int i = 0; many.size() < 50000; ++i) {
        Post post = m_posts.at(i % m_posts.size());
        post.id = i + 1;
        many.append(post);
    }
    timer.restart();
    const Timeline large = Timeline::build(many, m_lifecycle);
    const qint64 largeMs = timer.elapsed();
    qInfo("%lld series, %d CPython releases announced, %d without an announcement, %d dates disagree, %lld other",
        qlonglong(small.series().size()), small.announcedCount(), small.missingAnnouncementCount(),
        small.disagreementCount(), qlonglong(small.otherReleases().size()));
    qInfo("Timeline::build: %lld ms for %lld posts, %lld ms for %lld posts", smallMs, qlonglong(m_posts.size()),
        largeMs, qlonglong(many.size()));
    QCOMPARE(small.announcedCount(), m_timeline.announcedCount());
    QCOMPARE(large.announcedCount(), m_timeline.announcedCount());
    QCOMPARE(
        large.findRelease(Version(3, 14, 0, Version::Stage::Candidate, 1))->postIds.size(), 50000 / m_posts.size() + 1);
}

// The timeline skips the YAML for speed; the Markdown it reads must be what read() returns.
void TestTimeline::skipsFrontmatterLikeTheReader()
{
    QStringList texts {u"No frontmatter\r\nat all"_s, u"---\r\ntitle: x\r\n---\r\nBody\r\n"_s,
        u"\uFEFF---\ntitle: x\n---\nBody"_s, u"---\ntitle: x\n--- \n"_s, u"---\ntitle: never closed\n"_s, u"---"_s,
        QString()};
    for (const Post &post : std::as_const(m_posts)) {
        texts << post.body;
    }
    for (const QString &text : std::as_const(texts)) {
        QCOMPARE(FrontmatterReader::body(text), FrontmatterReader::read(text.toUtf8()).body);
    }
}

void TestTimeline::keepsAReleasesAnnouncementsOldestFirst_data()
{
    // Posts by id: 1 announces 3.12.3 on 2024-04-09, 2 repeats it on 2024-04-20, 3 on
    // 2024-05-02, 4 has no date.
    QTest::addColumn<QList<qint64>>("order"); // the order the posts come in
    QTest::newRow("newest first, as the store lists them") << QList<qint64> {3, 2, 1, 4};
    QTest::newRow("oldest first") << QList<qint64> {1, 2, 3, 4};
    QTest::newRow("undated first, then mixed") << QList<qint64> {4, 2, 3, 1};
}

void TestTimeline::keepsAReleasesAnnouncementsOldestFirst()
{
    // The posts came in whatever order they were given, so a release opened (its first post)
    // the newest post that named it rather than its announcement.
    QFETCH(QList<qint64>, order);
    const QHash<qint64, QDate> dates
        = {{1, QDate(2024, 4, 9)}, {2, QDate(2024, 4, 20)}, {3, QDate(2024, 5, 2)}, {4, QDate()}};
    QList<Post> posts;
    for (const qint64 id : order) {
        Post post;
        post.id = id;
        post.meta.title = u"Python 3.12.3 is now available"_s;
        if (const QDate date = dates.value(id); date.isValid()) {
            post.meta.published = QDateTime(date, QTime(12, 0), QTimeZone::UTC);
        }
        posts << post;
    }
    const Timeline timeline = Timeline::build(posts, Lifecycle());
    const TimelineRelease *release = timeline.findRelease(*Version::parse(u"3.12.3"_s));
    QVERIFY(release);
    QCOMPARE(release->postIds, (QList<qint64> {1, 2, 3, 4}));
    QCOMPARE(release->announced, QDate(2024, 4, 9));
}

QTEST_GUILESS_MAIN(TestTimeline)
#include "tst_timeline.moc"
