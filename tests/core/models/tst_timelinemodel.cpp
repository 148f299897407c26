// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/models/itemdataroles.h"
#include "core/models/timelinefiltermodel.h"
#include "core/models/timelinemodel.h"
#include "core/releases/timeline.h"

#include "../releases/fixtureposts.h"
#include "englishplurals.h"
#include "fixtureset.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

class TestTimelineModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsSeriesAndTheirReleases();
    void filters_data();
    void filters();
    void worksWithoutLifecycleData();
    void showsExpectedReleasesWithTheirCountdown();
    void marksWhatThisMachineRuns();

private:
    static QStringList rows(const QAbstractItemModel &model, const QModelIndex &parent = {});
    static QModelIndex seriesIndex(const QAbstractItemModel &model, const QString &series);

    Test::FixtureSet m_set;
    QList<Post> m_posts;
    Lifecycle m_lifecycle;
    Test::EnglishPlurals m_plurals;
};

void TestTimelineModel::initTestCase()
{
    m_set = Test::fixtureSet();
    m_posts = Test::fixturePosts(m_set.directory);
    m_lifecycle = Test::fixtureLifecycle(m_set.directory);
    QCoreApplication::installTranslator(&m_plurals);
}

QStringList TestTimelineModel::rows(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        result << model.index(row, 0, parent)
                      .data(parent.isValid() ? Roles::ReleaseVersionRole : Roles::SeriesRole)
                      .toString();
    }
    return result;
}

QModelIndex TestTimelineModel::seriesIndex(const QAbstractItemModel &model, const QString &series)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(Roles::SeriesRole).toString() == series) {
            return model.index(row, 0);
        }
    }
    return {};
}

void TestTimelineModel::showsSeriesAndTheirReleases()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setToday(QDate(2026, 8, 22));
    model.setTimeline(Timeline::build(m_posts, m_lifecycle));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), m_set.pick(14, 26));
    QCOMPARE(model.columnCount(), int(TimelineModel::ColumnCount));

    const QModelIndex python313 = seriesIndex(model, u"3.13"_s);
    QVERIFY(python313.isValid());
    QCOMPARE(python313.data(Roles::TimelineKindRole).toInt(), int(TimelineModel::SeriesKind));
    QCOMPARE(SeriesStatus(python313.data(Roles::SeriesStatusRole).toInt()), SeriesStatus::Bugfix);
    QCOMPARE(python313.data(Roles::EndOfLifeRole).toDate(), QDate(2029, 10, 31));
    QCOMPARE(
        python313.data(Roles::DaysUntilEndOfLifeRole).toInt(), int(QDate(2026, 8, 22).daysTo(QDate(2029, 10, 31))));
    QCOMPARE(python313.data(Roles::ReleaseManagerRole).toString(), u"Thomas Wouters"_s);
    QCOMPARE(model.index(python313.row(), TimelineModel::StatusColumn).data().toString(), u"bugfix"_s);

    const QStringList releases = rows(model, python313);
    // The snapshot's python-releases.json still expects 3.13.16: expected rows come first.
    QCOMPARE(releases.constFirst(), m_set.pick(u"3.13.15"_s, u"3.13.16"_s));
    QCOMPARE(model.index(0, 0, python313).data(Roles::TimelineKindRole).toInt(),
        int(m_set.pick(TimelineModel::ReleaseKind, TimelineModel::ExpectedKind)));
    const int rc2Row = int(releases.indexOf(u"3.13.0rc2"_s));
    QVERIFY(rc2Row >= 0);
    const QModelIndex rc2 = model.index(rc2Row, 0, python313);
    QCOMPARE(rc2.parent(), python313);
    QCOMPARE(rc2.data(Roles::TimelineKindRole).toInt(), int(TimelineModel::ReleaseKind));
    QCOMPARE(rc2.data(Roles::ReleaseStageRole).toString(), u"candidate 2"_s);
    QCOMPARE(rc2.data(Roles::ReleaseStageKindRole).toInt(), int(Herald::Version::Stage::Candidate));
    QCOMPARE(model.index(int(releases.indexOf(u"3.13.15"_s)), 0, python313).data(Roles::ReleaseStageKindRole).toInt(),
        int(Herald::Version::Stage::Final));
    QVERIFY(rc2.data(Roles::IsPrereleaseRole).toBool());
    QVERIFY(rc2.data(Roles::HasAnnouncementRole).toBool());
    QVERIFY(rc2.data(Roles::AnnouncementPostIdRole).isValid());
    const qint64 postId = rc2.data(Roles::AnnouncementPostIdRole).toLongLong();
    QVERIFY(m_posts.at(postId - 1).meta.title.contains(u"3.13.0"_s, Qt::CaseInsensitive));
    QVERIFY(rc2.data(Roles::OfficialDateRole).toDate().isValid());
    QVERIFY(!rc2.data(Roles::MissingAnnouncementRole).toBool());
    QCOMPARE(model.rowCount(rc2), 0);

    // The counts the roles report agree with the timeline's own.
    int missing = 0;
    int disagreements = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex series = model.index(row, 0);
        for (int child = 0; child < model.rowCount(series); ++child) {
            const QModelIndex release = model.index(child, 0, series);
            missing += release.data(Roles::MissingAnnouncementRole).toBool() ? 1 : 0;
            disagreements += release.data(Roles::DateDisagreementRole).toBool() ? 1 : 0;
            QCOMPARE(release.data(Roles::HasAnnouncementRole).toBool(),
                release.data(Roles::AnnouncementPostIdRole).isValid());
        }
    }
    QCOMPARE(missing, model.timeline().missingAnnouncementCount());
    QCOMPARE(disagreements, model.timeline().disagreementCount());
}

void TestTimelineModel::filters_data()
{
    QTest::addColumn<bool>("supportedOnly");
    QTest::addColumn<bool>("includePrereleases");
    QTest::addColumn<bool>("onlyMissing");
    QTest::addColumn<QStringList>("series");

    const QStringList supported {u"3.16"_s, u"3.15"_s, u"3.14"_s, u"3.13"_s, u"3.12"_s, u"3.11"_s, u"3.10"_s};
    const QStringList all = m_set.pick(
        supported + QStringList {u"3.9"_s, u"3.8"_s, u"3.5"_s, u"3.3"_s, u"2.7"_s, u"2.6"_s, u"2.0"_s},
        supported
            + QStringList {u"3.9"_s, u"3.8"_s, u"3.7"_s, u"3.6"_s, u"3.5"_s, u"3.4"_s, u"3.3"_s, u"3.2"_s, u"3.1"_s,
                u"3.0"_s, u"2.7"_s, u"2.6"_s, u"2.5"_s, u"2.4"_s, u"2.3"_s, u"2.2"_s, u"2.1"_s, u"2.0"_s, u"1.6"_s});
    QTest::newRow("defaults") << true << false << false << supported;
    QTest::newRow("with pre-releases") << true << true << false << supported;
    QTest::newRow("all series") << false << false << false << all;
    QTest::newRow("everything") << false << true << false << all;
    QTest::newRow("missing, supported") << true << true << true << QStringList();
    QTest::newRow("missing, everything") << false << true << true << QStringList();
}

void TestTimelineModel::filters()
{
    QFETCH(bool, supportedOnly);
    QFETCH(bool, includePrereleases);
    QFETCH(bool, onlyMissing);
    QFETCH(QStringList, series);

    TimelineModel model;
    model.setToday(QDate(2026, 8, 22));
    model.setTimeline(Timeline::build(m_posts, m_lifecycle));
    TimelineFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    QVERIFY(proxy.supportedOnly()); // on by default
    QVERIFY(!proxy.includePrereleases());
    QVERIFY(!proxy.onlyMissingAnnouncements());
    proxy.setSupportedOnly(supportedOnly);
    proxy.setIncludePrereleases(includePrereleases);
    proxy.setOnlyMissingAnnouncements(onlyMissing);

    if (onlyMissing) {
        // Exactly the series with a missing announcement, and only those releases.
        QStringList expected;
        int releases = 0;
        for (const TimelineSeries &entry : model.timeline().series()) {
            const bool eol = entry.statusOn(model.today()) == SeriesStatus::EndOfLife;
            const auto count = std::count_if(entry.releases.cbegin(), entry.releases.cend(),
                [](const TimelineRelease &release) { return release.missingAnnouncement; });
            if (count > 0 && (!supportedOnly || !eol)) {
                expected << entry.series;
                releases += int(count);
            }
        }
        QCOMPARE(rows(proxy), expected);
        int shown = 0;
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const QModelIndex parent = proxy.index(row, 0);
            for (int child = 0; child < proxy.rowCount(parent); ++child) {
                QVERIFY(proxy.index(child, 0, parent).data(Roles::MissingAnnouncementRole).toBool());
                ++shown;
            }
        }
        QCOMPARE(shown, releases);
        QVERIFY(shown > 0 || supportedOnly);
        return;
    }
    QCOMPARE(rows(proxy), series);
    const QModelIndex python313 = seriesIndex(proxy, u"3.13"_s);
    const QStringList releases = rows(proxy, python313);
    QCOMPARE(releases.contains(u"3.13.0rc2"_s), includePrereleases);
    QVERIFY(releases.contains(u"3.13.0"_s));
}

void TestTimelineModel::showsExpectedReleasesWithTheirCountdown()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setToday(QDate(2026, 8, 22));
    model.setTimeline(Timeline::build(m_posts, m_lifecycle));
    const QModelIndex python315 = seriesIndex(model, u"3.15"_s);
    QVERIFY(python315.isValid());
    // The latest day first, above the made releases.
    QCOMPARE(rows(model, python315).mid(0, 3), (QStringList {u"3.15.0"_s, u"3.15.0rc2"_s, u"3.15.0rc1"_s}));
    const QModelIndex rc2 = model.index(1, 0, python315);
    QCOMPARE(rc2.data(Roles::TimelineKindRole).toInt(), int(TimelineModel::ExpectedKind));
    QCOMPARE(rc2.data(Roles::NextExpectedDateRole).toDate(), QDate(2026, 9, 1));
    QCOMPARE(rc2.data(Roles::DaysUntilExpectedRole).toInt(), 10);
    QVERIFY(!rc2.data(Roles::OverdueRole).toBool());
    QVERIFY(!rc2.data(Roles::HasAnnouncementRole).toBool());
    QCOMPARE(model.index(1, TimelineModel::AnnouncementColumn, python315).data().toString(), u"expected in 10 days"_s);
    QCOMPARE(python315.data(Roles::NextExpectedVersionRole).toString(), u"3.15.0rc2"_s);
    QCOMPARE(model.index(python315.row(), TimelineModel::AnnouncementColumn).data().toString(),
        u"latest 3.15.0rc1 · next 3.15.0rc2 in 10 days"_s);

    // The filtered timeline shows the next one, not the schedule beyond it.
    TimelineFilterModel early;
    early.setSourceModel(&model);
    early.setIncludePrereleases(true);
    QCOMPARE(rows(early, early.mapFromSource(python315)).mid(0, 2), (QStringList {u"3.15.0rc2"_s, u"3.15.0rc1"_s}));

    // Later, on a controllable clock: both are overdue, and the views are told.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setToday(QDate(2026, 12, 6));
    QVERIFY(std::any_of(changed.cbegin(), changed.cend(),
        [&](const QList<QVariant> &args) { return args.at(0).toModelIndex().parent() == python315; }));
    QVERIFY(rc2.data(Roles::OverdueRole).toBool());
    QCOMPARE(rc2.data(Roles::DaysUntilExpectedRole).toInt(), -96);
    QCOMPARE(
        model.index(1, TimelineModel::AnnouncementColumn, python315).data().toString(), u"expected, 96 days overdue"_s);
    QCOMPARE(python315.data(Roles::OverdueRole).toInt(), 2);
    // The next one is still the late rc2: releases come in order.
    QCOMPARE(python315.data(Roles::NextExpectedVersionRole).toString(), u"3.15.0rc2"_s);
    QCOMPARE(python315.data(Roles::DaysUntilExpectedRole).toInt(), -96);
    QCOMPARE(model.index(python315.row(), TimelineModel::AnnouncementColumn).data().toString(),
        u"latest 3.15.0rc1 · next 3.15.0rc2 96 days overdue · 2 releases overdue"_s);
    // Nothing of 3.15 is out: still a pre-release, though its planned first release day passed.
    QCOMPARE(model.index(python315.row(), TimelineModel::StatusColumn).data().toString(), u"pre-release"_s);

    // Hidden with the other pre-releases, shown with them.
    TimelineFilterModel filter;
    filter.setSourceModel(&model);
    filter.setIncludePrereleases(false);
    const QModelIndex filtered315 = filter.mapFromSource(python315);
    QCOMPARE(rows(filter, filtered315).mid(0, 1), QStringList {u"3.15.0"_s});

    // 3.16.0a1 is late as well: it leads, and the countdown goes on to 3.16.0, which the
    // filtered timeline keeps beside it (the handwritten archive plans both; the snapshot
    // plans no 3.16 release that is still on time).
    const QModelIndex python316 = seriesIndex(model, u"3.16"_s);
    if (m_set.snapshot) {
        return;
    }
    QCOMPARE(python316.data(Roles::NextExpectedVersionRole).toString(), u"3.16.0a1"_s);
    QVERIFY2(python316.data(Qt::ToolTipRole).toString().contains(u"Then: 3.16.0, expected"_s),
        qPrintable(python316.data(Qt::ToolTipRole).toString()));
    TimelineFilterModel upcoming;
    upcoming.setSourceModel(&model);
    upcoming.setIncludePrereleases(true);
    upcoming.setSupportedOnly(false);
    QCOMPARE(rows(upcoming, upcoming.mapFromSource(python316)), (QStringList {u"3.16.0"_s, u"3.16.0a1"_s}));
}

void TestTimelineModel::marksWhatThisMachineRuns()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setToday(QDate(2026, 8, 22));
    model.setTimeline(Timeline::build(m_posts, m_lifecycle));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setInstalled({{u"3.14"_s, {u"3.14.7"_s, u"3.14.6 free-threaded"_s}}});
    QVERIFY(!changed.isEmpty());
    const QModelIndex python314 = seriesIndex(model, u"3.14"_s);
    QCOMPARE(
        python314.data(Roles::InstalledRole).toStringList(), (QStringList {u"3.14.7"_s, u"3.14.6 free-threaded"_s}));
    QVERIFY(seriesIndex(model, u"3.13"_s).data(Roles::InstalledRole).toStringList().isEmpty());
    const QStringList releases = rows(model, python314);
    QVERIFY(model.index(int(releases.indexOf(u"3.14.7"_s)), 0, python314).data(Roles::InstalledRole).toBool());
    QVERIFY(model.index(int(releases.indexOf(u"3.14.6"_s)), 0, python314).data(Roles::InstalledRole).toBool());
    QVERIFY(!model.index(int(releases.indexOf(u"3.14.5"_s)), 0, python314).data(Roles::InstalledRole).toBool());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const QString toolTip = python314.data(Qt::ToolTipRole).toString();
    QLocale::setDefault(QLocale::c());
    QVERIFY2(toolTip.contains(u"You run 3.14.7 and 3.14.6 free-threaded"_s), qPrintable(toolTip));
    // The same again changes nothing.
    changed.clear();
    model.setInstalled({{u"3.14"_s, {u"3.14.7"_s, u"3.14.6 free-threaded"_s}}});
    QVERIFY(changed.isEmpty());
}

void TestTimelineModel::worksWithoutLifecycleData()
{
    TimelineModel model;
    model.setTimeline(Timeline::build(m_posts, Lifecycle()));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    TimelineFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Nothing says any series is unsupported, so the default filter keeps them all.
    QCOMPARE(proxy.rowCount(), model.rowCount());
    const QModelIndex first = model.index(0, 0);
    QCOMPARE(SeriesStatus(first.data(Roles::SeriesStatusRole).toInt()), SeriesStatus::Unknown);
    QVERIFY(!first.data(Roles::EndOfLifeRole).toDate().isValid());
    QVERIFY(!first.data(Roles::DaysUntilEndOfLifeRole).isValid());
    QCOMPARE(model.index(0, TimelineModel::StatusColumn).data().toString(), u"unknown"_s);
}

QTEST_GUILESS_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
