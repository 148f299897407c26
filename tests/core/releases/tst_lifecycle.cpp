// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/releases/lifecycle.h"

#include "fixtureposts.h"
#include "fixtureset.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Herald::Lifecycle;
using Herald::SeriesStatus;

class TestLifecycle final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEndOfLife_data();
    void readsEndOfLife();
    void readsStatuses_data();
    void readsStatuses();
    void keepsTheRestOfABadReleaseCycle_data();
    void keepsTheRestOfABadReleaseCycle();
    void rejectsDocumentsThatAreNotObjects_data();
    void rejectsDocumentsThatAreNotObjects();
    void readsReleasesAndTheirStages_data();
    void readsReleasesAndTheirStages();
    void skipsBadReleases_data();
    void skipsBadReleases();
    void fillsGapsFromTheMetadata();
    void judgesTheStatusByToday_data();
    void judgesTheStatusByToday();
    void readsTheFixtures();
};

void TestLifecycle::readsEndOfLife_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("month: end of October") << u"2030-10"_s << QDate(2030, 10, 31);
    QTest::newRow("month: end of a leap February") << u"2028-02"_s << QDate(2028, 2, 29);
    QTest::newRow("month: end of a plain February") << u"2027-02"_s << QDate(2027, 2, 28);
    QTest::newRow("month: end of June") << u"2026-06"_s << QDate(2026, 6, 30);
    QTest::newRow("day") << u"2025-10-07"_s << QDate(2025, 10, 7);
    QTest::newRow("day at the end of a month") << u"2021-12-23"_s << QDate(2021, 12, 23);
    QTest::newRow("month 13") << u"2030-13"_s << QDate();
    QTest::newRow("day 32") << u"2030-01-32"_s << QDate();
    QTest::newRow("year only") << u"2030"_s << QDate();
    QTest::newRow("words") << u"October 2030"_s << QDate();
    QTest::newRow("empty") << QString() << QDate();
}

void TestLifecycle::readsEndOfLife()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    const auto date = Lifecycle::parseEndOfLife(text);
    QCOMPARE(date.value_or(QDate()), expected);
}

void TestLifecycle::readsStatuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<SeriesStatus>("status");
    QTest::addColumn<bool>("warns");

    QTest::newRow("feature") << u"feature"_s << SeriesStatus::Feature << false;
    QTest::newRow("prerelease") << u"prerelease"_s << SeriesStatus::Prerelease << false;
    QTest::newRow("bugfix") << u"bugfix"_s << SeriesStatus::Bugfix << false;
    QTest::newRow("security") << u"security"_s << SeriesStatus::Security << false;
    QTest::newRow("end-of-life") << u"end-of-life"_s << SeriesStatus::EndOfLife << false;
    QTest::newRow("unknown word") << u"frozen"_s << SeriesStatus::Unknown << true;
    QTest::newRow("wrong case") << u"Bugfix"_s << SeriesStatus::Unknown << true;
}

void TestLifecycle::readsStatuses()
{
    QFETCH(QString, text);
    QFETCH(SeriesStatus, status);
    QFETCH(bool, warns);
    Lifecycle lifecycle;
    const QString json = uR"({"3.13": {"branch": "3.13", "pep": 719, "status": "%1", "first_release": "2024-10-07",
        "end_of_life": "2029-10", "release_manager": "Thomas Wouters"}})"_s.arg(text);
    QVERIFY(lifecycle.readReleaseCycle(json.toUtf8()));
    const auto series = lifecycle.series(u"3.13"_s);
    QVERIFY(series);
    QCOMPARE(series->status, status);
    QCOMPARE(series->statusText, text); // kept as written, known or not
    QCOMPARE(series->endOfLife, QDate(2029, 10, 31));
    QCOMPARE(series->releaseManager, u"Thomas Wouters"_s);
    QCOMPARE(series->pep, 719);
    QCOMPARE(lifecycle.warnings().size(), warns ? 1 : 0);
    if (warns) {
        QVERIFY2(lifecycle.warnings().constFirst().contains(text), qPrintable(lifecycle.warnings().constFirst()));
    }
}

void TestLifecycle::keepsTheRestOfABadReleaseCycle_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<bool>("kept");
    QTest::addColumn<QString>("warning");

    QTest::newRow("not an object") << u"42"_s << false << u"3.12: expected an object"_s;
    QTest::newRow("missing status") << uR"({"end_of_life": "2028-10"})"_s << true << u"3.12: no status"_s;
    QTest::newRow("status of the wrong type")
        << uR"({"status": 7, "end_of_life": "2028-10"})"_s << true << u"3.12: no status"_s;
    QTest::newRow("missing end of life") << uR"({"status": "security"})"_s << true << u"3.12: no end_of_life"_s;
    QTest::newRow("bad end of life") << uR"({"status": "security", "end_of_life": "soon"})"_s << true
                                     << u"unreadable end_of_life \"soon\""_s;
    QTest::newRow("bad first release") << uR"({"status": "security", "end_of_life": "2028-10",
        "first_release": "2023-02-30"})"_s
                                       << true << u"unreadable first_release"_s;
}

void TestLifecycle::keepsTheRestOfABadReleaseCycle()
{
    QFETCH(QString, entry);
    QFETCH(bool, kept);
    QFETCH(QString, warning);
    const QString json = uR"({"3.13": {"status": "bugfix", "end_of_life": "2029-10"}, "3.12": %1,
        "three": {"status": "bugfix", "end_of_life": "2029-10"}})"_s.arg(entry);
    Lifecycle lifecycle;
    QVERIFY(lifecycle.readReleaseCycle(json.toUtf8()));
    QVERIFY(lifecycle.hasReleaseCycle());
    QCOMPARE(lifecycle.series(u"3.13"_s)->status, SeriesStatus::Bugfix); // the good entry stays
    QCOMPARE(lifecycle.series(u"3.12"_s).has_value(), kept);
    QVERIFY(!lifecycle.series(u"three"_s)); // not X.Y
    const QString warnings = lifecycle.warnings().join(u'\n');
    QVERIFY2(warnings.contains(warning), qPrintable(warnings));
    QVERIFY2(warnings.contains(u"release-cycle.json: three: not an X.Y series"_s), qPrintable(warnings));
}

void TestLifecycle::rejectsDocumentsThatAreNotObjects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("warning");

    QTest::newRow("empty") << QByteArray() << u"not JSON"_s;
    QTest::newRow("HTML") << QByteArray("<html>502 Bad Gateway</html>") << u"not JSON"_s;
    QTest::newRow("truncated") << QByteArray(R"({"3.13": {"status": "bug)") << u"not JSON"_s;
    QTest::newRow("array") << QByteArray("[1, 2]") << u"expected a JSON object"_s;
}

void TestLifecycle::rejectsDocumentsThatAreNotObjects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, warning);
    Lifecycle lifecycle;
    QVERIFY(!lifecycle.readReleaseCycle(json));
    QVERIFY(!lifecycle.readPythonReleases(json));
    QVERIFY(lifecycle.isEmpty());
    QCOMPARE(lifecycle.warnings().size(), 2);
    QVERIFY(lifecycle.warnings().at(0).startsWith(u"release-cycle.json: "_s + warning));
    QVERIFY(lifecycle.warnings().at(1).startsWith(u"python-releases.json: "_s + warning));
    QVERIFY(lifecycle.series().isEmpty());
}

void TestLifecycle::readsReleasesAndTheirStages_data()
{
    QTest::addColumn<QString>("stage");
    QTest::addColumn<QString>("version");

    QTest::newRow("alpha") << u"3.14.0 alpha 1"_s << u"3.14.0a1"_s;
    QTest::newRow("beta") << u"3.14.0 beta 4"_s << u"3.14.0b4"_s;
    QTest::newRow("candidate") << u"3.14.0 candidate 2"_s << u"3.14.0rc2"_s;
    QTest::newRow("final") << u"3.14.0 final"_s << u"3.14.0"_s;
    QTest::newRow("bare") << u"3.14.3"_s << u"3.14.3"_s;
}

void TestLifecycle::readsReleasesAndTheirStages()
{
    QFETCH(QString, stage);
    QFETCH(QString, version);
    const QString json = uR"({"metadata": {}, "releases": {"3.14": [
        {"stage": "%1", "state": "actual", "date": "2025-05-07", "note": "n"}]}})"_s.arg(stage);
    Lifecycle lifecycle;
    QVERIFY(lifecycle.readPythonReleases(json.toUtf8()));
    QVERIFY2(lifecycle.warnings().isEmpty(), qPrintable(lifecycle.warnings().join(u'\n')));
    const auto releases = lifecycle.releases(u"3.14"_s);
    QCOMPARE(releases.size(), 1);
    QCOMPARE(releases.constFirst().version.toString(), version);
    QCOMPARE(releases.constFirst().stage, stage);
    QVERIFY(releases.constFirst().actual);
    QCOMPARE(releases.constFirst().date, QDate(2025, 5, 7));
    QCOMPARE(releases.constFirst().note, u"n"_s);
}

void TestLifecycle::skipsBadReleases_data()
{
    QTest::addColumn<QString>("release");
    QTest::addColumn<QString>("warning");

    QTest::newRow("stage without a number")
        << uR"({"stage": "3.14.0 alpha", "state": "actual", "date": "2025-01-01"})"_s
        << u"unreadable stage \"3.14.0 alpha\""_s;
    QTest::newRow("stage of another series")
        << uR"({"stage": "3.13.1", "state": "actual", "date": "2025-01-01"})"_s << u"unreadable stage \"3.13.1\""_s;
    QTest::newRow("series only") << uR"({"stage": "3.14", "state": "actual", "date": "2025-01-01"})"_s
                                 << u"unreadable stage \"3.14\""_s;
    QTest::newRow("unknown state") << uR"({"stage": "3.14.1", "state": "rumoured", "date": "2025-01-01"})"_s
                                   << u"unknown state \"rumoured\""_s;
    QTest::newRow("bad date") << uR"({"stage": "3.14.1", "state": "actual", "date": "2025-13-01"})"_s
                              << u"unreadable date \"2025-13-01\""_s;
    QTest::newRow("missing date") << uR"({"stage": "3.14.1", "state": "actual"})"_s << u"unreadable date \"\""_s;
    QTest::newRow("not an object") << u"\"3.14.1\""_s << u"unreadable stage \"\""_s;
}

void TestLifecycle::skipsBadReleases()
{
    QFETCH(QString, release);
    QFETCH(QString, warning);
    const QString json = uR"({"metadata": {}, "releases": {"3.14": [%1,
        {"stage": "3.14.0 final", "state": "actual", "date": "2025-10-07"},
        {"stage": "3.14.9", "state": "expected", "date": "2026-12-01"}], "3.13": "none"}})"_s.arg(release);
    Lifecycle lifecycle;
    QVERIFY(lifecycle.readPythonReleases(json.toUtf8()));
    const auto releases = lifecycle.releases(u"3.14"_s);
    QCOMPARE(releases.size(), 2);
    QCOMPARE(releases.at(0).version.toString(), u"3.14.0"_s);
    QVERIFY(!releases.at(1).actual);
    const QString warnings = lifecycle.warnings().join(u'\n');
    QVERIFY2(warnings.contains(u"python-releases.json: 3.14: "_s), qPrintable(warnings));
    QVERIFY2(warnings.contains(warning), qPrintable(warnings));
    QVERIFY2(warnings.contains(u"python-releases.json: 3.13: expected a list"_s), qPrintable(warnings));
}

void TestLifecycle::fillsGapsFromTheMetadata()
{
    Lifecycle lifecycle;
    QVERIFY(lifecycle.readReleaseCycle(R"({"3.13": {"status": "bugfix", "end_of_life": "2029-10"}})"));
    QVERIFY(lifecycle.readPythonReleases(R"({"releases": {}, "metadata": {
        "3.13": {"status": "security", "end_of_life": "2029-10-01", "release_manager": "Thomas Wouters", "pep": 719},
        "2.6": {"status": "end-of-life", "end_of_life": "2013-10-29"}}})"));
    const auto series = lifecycle.series();
    QCOMPARE(series.size(), 2);
    QCOMPARE(series.at(0).series, u"3.13"_s);
    QCOMPARE(series.at(0).status, SeriesStatus::Bugfix); // release-cycle.json wins
    QCOMPARE(series.at(0).endOfLife, QDate(2029, 10, 31));
    QCOMPARE(series.at(0).releaseManager, u"Thomas Wouters"_s); // the gap is filled
    QCOMPARE(series.at(0).pep, 719);
    QCOMPARE(series.at(1).series, u"2.6"_s);
    QCOMPARE(series.at(1).endOfLife, QDate(2013, 10, 29));
}

void TestLifecycle::readsTheFixtures()
{
    const Herald::Test::FixtureSet set = Herald::Test::fixtureSet();
    const Lifecycle lifecycle = Herald::Test::fixtureLifecycle(set.directory);
    QVERIFY(lifecycle.hasReleaseCycle());
    QVERIFY(lifecycle.hasPythonReleases());
    QVERIFY2(lifecycle.warnings().isEmpty(), qPrintable(lifecycle.warnings().join(u'\n')));
    const auto series = lifecycle.series();
    QCOMPARE(series.size(), set.pick(14, 26)); // 2.0 (1.6) to 3.16
    QCOMPARE(series.constFirst().series, u"3.16"_s);
    QCOMPARE(series.constLast().series, set.pick(u"2.0"_s, u"1.6"_s));
    const auto python313 = lifecycle.series(u"3.13"_s);
    QCOMPARE(python313->status, SeriesStatus::Bugfix);
    QCOMPARE(python313->endOfLife, QDate(2029, 10, 31));
    QCOMPARE(python313->releaseManager, u"Thomas Wouters"_s);
    QCOMPARE(lifecycle.series(u"3.9"_s)->endOfLife, QDate(2025, 10, 31));
    QCOMPARE(lifecycle.series(u"2.7"_s)->endOfLife, QDate(2020, 1, 1));
    QCOMPARE(lifecycle.releases(u"3.15"_s).size(), set.pick(10, 15));
    // Not in release-cycle.json: python-releases.json's metadata alone makes the series.
    QCOMPARE(lifecycle.series(u"2.6"_s)->endOfLife, QDate(2013, 10, 29));
}

void TestLifecycle::judgesTheStatusByToday_data()
{
    QTest::addColumn<QString>("series");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<SeriesStatus>("expected");

    // As a snapshot of 2026-08-22 has them: 3.10 "security" until 2026-10; 3.15
    // "prerelease" with 3.15.0 due 2026-10-01; 3.9 "end-of-life" since 2025-10-31.
    QTest::newRow("3.10 before its end of life") << u"3.10"_s << QDate(2026, 10, 31) << SeriesStatus::Security;
    QTest::newRow("3.10 the day after its end of life") << u"3.10"_s << QDate(2026, 11, 1) << SeriesStatus::EndOfLife;
    QTest::newRow("3.10 on 2026-12-05") << u"3.10"_s << QDate(2026, 12, 5) << SeriesStatus::EndOfLife;
    QTest::newRow("3.15 before 3.15.0 is due") << u"3.15"_s << QDate(2026, 9, 30) << SeriesStatus::Prerelease;
    QTest::newRow("3.15 on the day 3.15.0 is due") << u"3.15"_s << QDate(2026, 10, 1) << SeriesStatus::Bugfix;
    QTest::newRow("3.15 on 2026-12-05") << u"3.15"_s << QDate(2026, 12, 5) << SeriesStatus::Bugfix;
    QTest::newRow("3.14 stays bugfix") << u"3.14"_s << QDate(2026, 12, 5) << SeriesStatus::Bugfix;
    QTest::newRow("3.9 stays end of life") << u"3.9"_s << QDate(2026, 12, 5) << SeriesStatus::EndOfLife;
    QTest::newRow("3.14 long after its end of life") << u"3.14"_s << QDate(2031, 1, 1) << SeriesStatus::EndOfLife;
}

void TestLifecycle::judgesTheStatusByToday()
{
    QFETCH(QString, series);
    QFETCH(QDate, today);
    QFETCH(SeriesStatus, expected);
    const QByteArray cycle = R"({
        "3.15": {"branch": "3.15", "pep": 790, "status": "prerelease", "first_release": "2026-10-01",
                 "end_of_life": "2031-10", "release_manager": "Hugo van Kemenade"},
        "3.14": {"branch": "3.14", "pep": 745, "status": "bugfix", "first_release": "2025-10-07",
                 "end_of_life": "2030-10", "release_manager": "Hugo van Kemenade"},
        "3.10": {"branch": "3.10", "pep": 619, "status": "security", "first_release": "2021-10-04",
                 "end_of_life": "2026-10", "release_manager": "Pablo Galindo Salgado"},
        "3.9": {"branch": "3.9", "pep": 596, "status": "end-of-life", "first_release": "2020-10-05",
                "end_of_life": "2025-10-31", "release_manager": "Łukasz Langa"}
    })";
    Lifecycle lifecycle;
    QVERIFY(lifecycle.readReleaseCycle(cycle));
    const auto info = lifecycle.series(series);
    QVERIFY(info);
    QCOMPARE(info->statusOn(today), expected);
    // The data's word is kept as it was written.
    QCOMPARE(Lifecycle::statusOn(info->status, info->firstRelease, info->endOfLife, QDate()), info->status);
}

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
