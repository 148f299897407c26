// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/notify/notificationrules.h"
#include "core/releases/lifecycle.h"
#include "core/settings/settings.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Herald::Lifecycle;
using Herald::NewItem;
using Herald::NotificationRules;
using Herald::Post;
using Mode = Herald::NotificationRules::Mode;
using Scope = Herald::NotificationRules::Scope;

class TestNotificationRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void decidesByModeAndSeries_data();
    void decidesByModeAndSeries();
    void findsSecurityReleases_data();
    void findsSecurityReleases();
    void judgesSeriesSupport_data();
    void judgesSeriesSupport();
    void readsReleasesFromTheBodyOnlyWithoutAVersionInTheTitle();
    void comparesAProjectsReleaseWithTheVersionUsed_data();
    void comparesAProjectsReleaseWithTheVersionUsed();
    void quietHours_data();
    void quietHours();
    void pausesAndResumes();
    void silenceEndsAfterPauseAndQuietHours_data();
    void silenceEndsAfterPauseAndQuietHours();
    void allowsOnlyOutsideTheSilence();
    void roundTripsThroughSettings();
    void readsDefaultsAndIgnoresNonsense();

private:
    static Post post(const QString &title, const QStringList &tags = {});

    Lifecycle m_lifecycle;
};

Post TestNotificationRules::post(const QString &title, const QStringList &tags)
{
    Post post;
    post.id = 1;
    post.meta.title = title;
    post.meta.tags = tags;
    return post;
}

void TestNotificationRules::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Statuses are judged by the day (Today::date()): the one of the snapshot below.
    qputenv("HERALD_TODAY", "2026-08-22");
    // The series statuses of the fixture snapshot (August 2026), less 3.16 and 3.6 on purpose.
    const QByteArray json = R"({
        "3.15": {"status": "prerelease", "end_of_life": "2031-10"},
        "3.14": {"status": "bugfix", "end_of_life": "2030-10"},
        "3.13": {"status": "bugfix", "end_of_life": "2029-10"},
        "3.12": {"status": "security", "end_of_life": "2028-10"},
        "3.11": {"status": "security", "end_of_life": "2027-10"},
        "3.10": {"status": "security", "end_of_life": "2026-10"},
        "3.9": {"status": "end-of-life", "end_of_life": "2025-10-31"},
        "3.8": {"status": "end-of-life", "end_of_life": "2024-10-07"},
        "3.7": {"status": "end-of-life", "end_of_life": "2023-06-27"},
        "2.7": {"status": "end-of-life", "end_of_life": "2020-04-20"}
    })";
    QVERIFY(m_lifecycle.readReleaseCycle(json));
    QVERIFY2(m_lifecycle.warnings().isEmpty(), qPrintable(m_lifecycle.warnings().join(u'\n')));
}

void TestNotificationRules::decidesByModeAndSeries_data()
{
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("scope");
    QTest::addColumn<QStringList>("chosen");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<bool>("expected");

    const QList<std::pair<Mode, const char *>> modes = {{Mode::AllPosts, "all posts"}, {Mode::Releases, "releases"},
        {Mode::FinalReleases, "final releases"}, {Mode::SecurityReleases, "security releases"}};
    // One post, and whether each mode (in the order above) tells of it: "1101".
    const auto rows = [&](const char *kind, Scope scope, const QStringList &chosen, const QString &title,
                          const QStringList &tags, const char *expected, bool enabled = true) {
        for (int i = 0; i < modes.size(); ++i) {
            QTest::addRow("%s, %s, %s", kind, modes.at(i).second,
                scope == Scope::AllSeries             ? "all series"
                    : scope == Scope::SupportedSeries ? "supported series"
                    : scope == Scope::ChosenSeries    ? "chosen series"
                                                      : "installed series")
                << enabled << int(modes.at(i).first) << int(scope) << chosen << title << tags << (expected[i] == '1');
        }
    };
    const QStringList releases = {u"releases"_s};
    const Scope supported = Scope::SupportedSeries;

    rows("news", supported, {}, u"The Python Insider Blog Has Moved!"_s, {u"community"_s}, "1000");
    rows("security advisory", supported, {}, u"Mitigated API authentication bypass for python.org download metadata"_s,
        {u"security"_s}, "1000");
    rows("bugfix releases", supported, {}, u"Python 3.14.7 and 3.13.15 are now available!"_s, releases, "1110");
    rows("pre-release", supported, {}, u"Python 3.15.0 beta 4 is here!"_s, releases, "1100");
    rows("pre-release beside finals", supported, {}, u"Python 3.15.0a8, 3.14.4 and 3.13.13 are out!"_s, releases,
        "1110");
    rows("security series", supported, {}, u"Python 3.12.14, 3.11.16 and 3.10.21 are now available!"_s, releases,
        "1111");
    rows("security in the title, one series supported", supported, {},
        u"Python 3.10.3, 3.9.11, 3.8.13, and 3.7.13 are now available with security content"_s, {}, "1111");
    rows("security tag", supported, {}, u"Python 3.14.9 is out"_s, {u"releases"_s, u"security"_s}, "1111");
    rows("end-of-life series", supported, {}, u"Python 3.7.12 and 3.6.15 security updates now available"_s, releases,
        "1000");
    rows("a series newer than the data", supported, {}, u"Python 3.16.0 alpha 1"_s, releases, "1100");
    rows("another implementation", supported, {}, u"IronPython 2.7.5 released"_s, {}, "1000");

    const Scope all = Scope::AllSeries;
    rows("end-of-life series", all, {}, u"Python 3.7.12 and 3.6.15 security updates now available"_s, releases, "1111");
    rows("another implementation", all, {}, u"IronPython 2.7.5 released"_s, {}, "1110");
    rows("news", all, {}, u"The Python Insider Blog Has Moved!"_s, {}, "1000");

    const Scope chosen = Scope::ChosenSeries;
    const QStringList only313 = {u"3.13"_s};
    rows("bugfix releases, 3.13 chosen", chosen, only313, u"Python 3.14.7 and 3.13.15 are now available!"_s, releases,
        "1110");
    rows("pre-release, 3.13 chosen", chosen, only313, u"Python 3.15.0 beta 4 is here!"_s, releases, "1000");
    rows("security series, 3.13 chosen", chosen, only313, u"Python 3.12.14, 3.11.16 and 3.10.21 are now available!"_s,
        releases, "1000");
    // The only chosen release in the post is a pre-release.
    rows("pre-release beside finals, 3.15 chosen", chosen, {u"3.15"_s},
        u"Python 3.15.0a8, 3.14.4 and 3.13.13 are out!"_s, releases, "1100");
    rows("nothing chosen", chosen, {}, u"Python 3.14.7 and 3.13.15 are now available!"_s, releases, "1000");

    // The series this machine runs, from the last interpreter scan.
    const Scope installed = Scope::InstalledSeries;
    rows("bugfix releases, 3.13 installed", installed, only313, u"Python 3.14.7 and 3.13.15 are now available!"_s,
        releases, "1110");
    rows("security series, 3.12 installed", installed, {u"3.12"_s},
        u"Python 3.12.14, 3.11.16 and 3.10.21 are now available!"_s, releases, "1111");
    rows("pre-release, 3.13 installed", installed, only313, u"Python 3.15.0 beta 4 is here!"_s, releases, "1000");
    rows("nothing installed", installed, {}, u"Python 3.14.7 and 3.13.15 are now available!"_s, releases, "1000");

    rows("switched off", supported, {}, u"Python 3.12.14, 3.11.16 and 3.10.21 are now available!"_s, releases, "0000",
        false);
}

void TestNotificationRules::decidesByModeAndSeries()
{
    QFETCH(bool, enabled);
    QFETCH(int, mode);
    QFETCH(int, scope);
    QFETCH(QStringList, chosen);
    QFETCH(QString, title);
    QFETCH(QStringList, tags);
    QFETCH(bool, expected);
    NotificationRules rules;
    rules.enabled = enabled;
    rules.mode = Mode(mode);
    rules.scope = Scope(scope);
    (Scope(scope) == Scope::InstalledSeries ? rules.installedSeries : rules.chosenSeries) = chosen;
    const NewItem item = NewItem::fromPost(post(title, tags), m_lifecycle);
    QCOMPARE(rules.matches(item, m_lifecycle), expected);
}

void TestNotificationRules::findsSecurityReleases_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<bool>("security");

    QTest::newRow("only security series")
        << u"Python 3.12.14, 3.11.16 and 3.10.21 are now available!"_s << QStringList() << true;
    QTest::newRow("a bugfix series among them")
        << u"Python 3.13.10, 3.12.12 and 3.11.14 are now available!"_s << QStringList() << false;
    QTest::newRow("the last release of a series, at its end of life")
        << u"Python 3.12.12, 3.11.14, 3.10.19 and 3.9.24 are now available!"_s << QStringList() << true;
    QTest::newRow("says so in the title") << u"Python 3.8.5 released as a security hotfix"_s << QStringList() << true;
    QTest::newRow("security-fix") << u"Python 3.6.9 security-fix release is now available"_s << QStringList() << true;
    QTest::newRow("says so in a tag") << u"Python 3.14.9 is out"_s << QStringList {u"Security"_s} << true;
    QTest::newRow("bugfix") << u"Python 3.14.7 and 3.13.15 are now available!"_s << QStringList() << false;
    QTest::newRow("a series the data does not know") << u"Python 3.6.15 is out"_s << QStringList() << false;
    QTest::newRow("not a release, security tag")
        << u"Join the Python Security Response Team!"_s << QStringList {u"security"_s, u"psrt"_s} << false;
    QTest::newRow("another implementation") << u"IronPython 2.7.5 released"_s << QStringList() << false;
    QTest::newRow("a word that only contains it") << u"Python 3.14.9 and its insecurity"_s << QStringList() << false;
}

void TestNotificationRules::findsSecurityReleases()
{
    QFETCH(QString, title);
    QFETCH(QStringList, tags);
    QFETCH(bool, security);
    QCOMPARE(NewItem::fromPost(post(title, tags), m_lifecycle).security, security);
}

void TestNotificationRules::judgesSeriesSupport_data()
{
    QTest::addColumn<QString>("series");
    QTest::addColumn<bool>("withData");
    QTest::addColumn<bool>("supported");
    QTest::addColumn<QString>("today");

    QTest::newRow("pre-release") << u"3.15"_s << true << true << QString();
    QTest::newRow("bugfix") << u"3.13"_s << true << true << QString();
    QTest::newRow("security") << u"3.10"_s << true << true << QString();
    QTest::newRow("end of life") << u"3.9"_s << true << false << QString();
    QTest::newRow("newer than the data") << u"3.16"_s << true << true << QString();
    QTest::newRow("older and unknown") << u"3.6"_s << true << false << QString();
    QTest::newRow("not a series") << u"three"_s << true << false << QString();
    QTest::newRow("no data at all: end of life") << u"3.9"_s << false << true << QString();
    // 3.10 is "security" in the data, with its end of life in October 2026.
    QTest::newRow("security, past its end of life") << u"3.10"_s << true << false << u"2026-12-05"_s;
}

void TestNotificationRules::judgesSeriesSupport()
{
    QFETCH(QString, series);
    QFETCH(bool, withData);
    QFETCH(bool, supported);
    QFETCH(QString, today);
    if (!today.isEmpty()) {
        qputenv("HERALD_TODAY", today.toLatin1());
    }
    const bool result = NotificationRules::isSupportedSeries(series, withData ? m_lifecycle : Lifecycle());
    qputenv("HERALD_TODAY", "2026-08-22");
    QCOMPARE(result, supported);
}

void TestNotificationRules::readsReleasesFromTheBodyOnlyWithoutAVersionInTheTitle()
{
    Post untitled = post(u"Untitled"_s);
    untitled.body = u"---\ntitle: Untitled\n---\nPython 3.14.8 is now available.\n"_s;
    const NewItem item = NewItem::fromPost(untitled, m_lifecycle);
    QCOMPARE(item.releases.size(), 1);
    QCOMPARE(item.releases.constFirst().version.toString(), u"3.14.8"_s);

    Post mention = post(u"Farewell, Python 3.9"_s);
    mention.body = u"Python 3.9.25 was its last release."_s;
    QVERIFY(!NewItem::fromPost(mention, m_lifecycle).isRelease());
}

void TestNotificationRules::comparesAProjectsReleaseWithTheVersionUsed_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("used");
    QTest::addColumn<bool>("told");
    const QString newer = u"newer-than-used"_s;
    const QString security = u"security-of-used"_s;
    QTest::newRow("newer: a newer patch") << newer << u"Django 4.2.12"_s << u"4.2.12"_s << u"4.2.11"_s << true;
    QTest::newRow("newer: a newer series") << newer << u"Django 5.2.9"_s << u"5.2.9"_s << u"4.2.11"_s << true;
    QTest::newRow("newer: the one used") << newer << u"Django 4.2.11"_s << u"4.2.11"_s << u"4.2.11"_s << false;
    QTest::newRow("newer: an older backport") << newer << u"Django 3.2.26"_s << u"3.2.26"_s << u"4.2.11"_s << false;
    QTest::newRow("newer: nothing used yet") << newer << u"Django 3.2.26"_s << u"3.2.26"_s << QString() << true;
    QTest::newRow("security: of my series")
        << security << u"Django 4.2.12 (security)"_s << u"4.2.12"_s << u"4.2.11"_s << true;
    QTest::newRow("security: no security") << security << u"Django 4.2.12"_s << u"4.2.12"_s << u"4.2.11"_s << false;
    QTest::newRow("security: another series")
        << security << u"Django 5.2.9 fixes CVE-2026-1234"_s << u"5.2.9"_s << u"4.2.11"_s << false;
    QTest::newRow("security: older than mine")
        << security << u"Django 4.2.10 security release"_s << u"4.2.10"_s << u"4.2.11"_s << false;
    QTest::newRow("security: nothing used yet")
        << security << u"Django 5.2.9 security release"_s << u"5.2.9"_s << QString() << true;
    QTest::newRow("releases: ignores the version used")
        << u"releases"_s << u"Django 3.2.26"_s << u"3.2.26"_s << u"4.2.11"_s << true;
}

void TestNotificationRules::comparesAProjectsReleaseWithTheVersionUsed()
{
    QFETCH(QString, mode);
    QFETCH(QString, title);
    QFETCH(QString, version);
    QFETCH(QString, used);
    QFETCH(bool, told);
    Post release = post(title);
    release.meta.version = version;
    const NewItem item = NewItem::fromProjectPost(release, u"Django"_s, used, 2);
    QVERIFY(item.isProjectRelease());
    const NotificationRules rules = NotificationRules().forSource(mode, {});
    QCOMPARE(rules.matches(item, m_lifecycle), told);
}

void TestNotificationRules::quietHours_data()
{
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<QTime>("from");
    QTest::addColumn<QTime>("to");
    QTest::addColumn<QTime>("time");
    QTest::addColumn<bool>("quiet");

    const QTime noon(12, 0);
    const QTime two(14, 0);
    QTest::newRow("daytime: before") << true << noon << two << QTime(11, 59, 59) << false;
    QTest::newRow("daytime: at the start") << true << noon << two << noon << true;
    QTest::newRow("daytime: inside") << true << noon << two << QTime(13, 59, 59) << true;
    QTest::newRow("daytime: at the end") << true << noon << two << two << false;
    QTest::newRow("daytime: at midnight") << true << noon << two << QTime(0, 0) << false;

    const QTime ten(22, 0);
    const QTime seven(7, 0);
    QTest::newRow("night: evening") << true << ten << seven << QTime(21, 59, 59) << false;
    QTest::newRow("night: at the start") << true << ten << seven << ten << true;
    QTest::newRow("night: before midnight") << true << ten << seven << QTime(23, 59, 59) << true;
    QTest::newRow("night: at midnight") << true << ten << seven << QTime(0, 0) << true;
    QTest::newRow("night: early morning") << true << ten << seven << QTime(6, 59, 59) << true;
    QTest::newRow("night: at the end") << true << ten << seven << seven << false;
    QTest::newRow("night: noon") << true << ten << seven << noon << false;

    QTest::newRow("switched off") << false << ten << seven << QTime(23, 0) << false;
    QTest::newRow("empty range") << true << ten << ten << ten << false;
}

void TestNotificationRules::quietHours()
{
    QFETCH(bool, enabled);
    QFETCH(QTime, from);
    QFETCH(QTime, to);
    QFETCH(QTime, time);
    QFETCH(bool, quiet);
    NotificationRules rules;
    rules.quietHoursEnabled = enabled;
    rules.quietFrom = from;
    rules.quietTo = to;
    QCOMPARE(rules.quietCrossesMidnight(), from > to);
    QCOMPARE(rules.quietAt(time), quiet);
    QCOMPARE(rules.silencedAt(QDateTime(QDate(2026, 8, 5), time)), quiet);
}

void TestNotificationRules::pausesAndResumes()
{
    const QDateTime now(QDate(2026, 8, 5), QTime(19, 0));
    NotificationRules rules;
    QVERIFY(!rules.pausedAt(now));
    rules.pauseFor(1h, now);
    QVERIFY(rules.pausedAt(now));
    QVERIFY(rules.pausedAt(now.addSecs(59 * 60)));
    QVERIFY(!rules.pausedAt(now.addSecs(60 * 60)));
    QVERIFY(rules.silencedAt(now.addSecs(30 * 60)));
    rules.resume();
    QVERIFY(!rules.pausedAt(now));
    QVERIFY(!rules.pausedUntil.isValid());

    rules.pauseUntilTomorrow(now);
    QCOMPARE(rules.pausedUntil, QDateTime(QDate(2026, 8, 6), NotificationRules::morningTime()));
    QVERIFY(rules.pausedAt(QDateTime(QDate(2026, 8, 6), QTime(7, 59))));
    QVERIFY(!rules.pausedAt(QDateTime(QDate(2026, 8, 6), QTime(8, 0))));
}

void TestNotificationRules::silenceEndsAfterPauseAndQuietHours_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDateTime>("pausedUntil");
    QTest::addColumn<bool>("quietHours");
    QTest::addColumn<QDateTime>("ends");

    const QDate day(2026, 8, 5);
    const QDate next = day.addDays(1);
    const QDateTime evening(day, QTime(19, 0));
    QTest::newRow("not silenced") << evening << QDateTime() << true << evening;
    QTest::newRow("a pause over") << evening << QDateTime(day, QTime(18, 0)) << true << evening;
    QTest::newRow("paused until before the quiet hours")
        << evening << QDateTime(day, QTime(21, 30)) << true << QDateTime(day, QTime(21, 30));
    QTest::newRow("paused into the quiet hours")
        << evening << QDateTime(day, QTime(22, 30)) << true << QDateTime(next, QTime(7, 0));
    QTest::newRow("paused into them, without quiet hours")
        << evening << QDateTime(day, QTime(22, 30)) << false << QDateTime(day, QTime(22, 30));
    QTest::newRow("quiet before midnight")
        << QDateTime(day, QTime(23, 0)) << QDateTime() << true << QDateTime(next, QTime(7, 0));
    QTest::newRow("quiet after midnight")
        << QDateTime(next, QTime(3, 0)) << QDateTime() << true << QDateTime(next, QTime(7, 0));
    QTest::newRow("quiet, then paused past the morning")
        << QDateTime(day, QTime(23, 0)) << QDateTime(next, QTime(9, 0)) << true << QDateTime(next, QTime(9, 0));
}

void TestNotificationRules::silenceEndsAfterPauseAndQuietHours()
{
    QFETCH(QDateTime, now);
    QFETCH(QDateTime, pausedUntil);
    QFETCH(bool, quietHours);
    QFETCH(QDateTime, ends);
    NotificationRules rules;
    rules.quietHoursEnabled = quietHours;
    rules.quietFrom = QTime(22, 0);
    rules.quietTo = QTime(7, 0);
    rules.pausedUntil = pausedUntil;
    QCOMPARE(rules.silenceEnds(now), ends);
    QVERIFY(!rules.silencedAt(ends));
}

void TestNotificationRules::allowsOnlyOutsideTheSilence()
{
    NotificationRules rules;
    rules.quietHoursEnabled = true;
    const NewItem release = NewItem::fromPost(post(u"Python 3.14.7 and 3.13.15 are now available!"_s), m_lifecycle);
    const QDateTime day(QDate(2026, 8, 5), QTime(12, 0));
    const QDateTime night(QDate(2026, 8, 5), QTime(23, 0));
    QVERIFY(rules.allows(release, m_lifecycle, day));
    QVERIFY(!rules.allows(release, m_lifecycle, night));
    QVERIFY(rules.matches(release, m_lifecycle)); // still worth telling in the morning
    rules.pauseFor(2h, day);
    QVERIFY(!rules.allows(release, m_lifecycle, day.addSecs(3600)));
    const NewItem news = NewItem::fromPost(post(u"The Python Insider Blog Has Moved!"_s), m_lifecycle);
    QVERIFY(!rules.allows(news, m_lifecycle, day.addSecs(3 * 3600)));
}

void TestNotificationRules::roundTripsThroughSettings()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"herald.conf"_s);
    NotificationRules rules;
    rules.enabled = false;
    rules.mode = Mode::SecurityReleases;
    rules.scope = Scope::ChosenSeries;
    rules.chosenSeries = {u"3.14"_s, u"3.13"_s};
    rules.quietHoursEnabled = true;
    rules.quietFrom = QTime(23, 30);
    rules.quietTo = QTime(6, 15);
    rules.pausedUntil = QDateTime(QDate(2026, 8, 6), QTime(8, 0));
    rules.interpreterAlerts = false;
    Herald::Settings(path).setNotificationRules(rules);
    {
        const QSettings settings(path, QSettings::IniFormat);
        QCOMPARE(settings.value(u"notifications/mode"_s).toString(), u"security-releases"_s);
        QCOMPARE(settings.value(u"notifications/scope"_s).toString(), u"chosen"_s);
        const NotificationRules loaded = Herald::Settings(path).notificationRules();
        QCOMPARE(loaded.chosenSeries, rules.chosenSeries);
        QCOMPARE(loaded.quietFrom, rules.quietFrom);
        QCOMPARE(loaded.pausedUntil, rules.pausedUntil);
        QVERIFY(!loaded.interpreterAlerts);
        QVERIFY(loaded == rules);
    }
    // The series this machine runs come from a scan, never from the file.
    NotificationRules installed = rules;
    installed.scope = Scope::InstalledSeries;
    installed.installedSeries = {u"3.12"_s};
    Herald::Settings(path).setNotificationRules(installed);
    QCOMPARE(QSettings(path, QSettings::IniFormat).value(u"notifications/scope"_s).toString(), u"installed"_s);
    QVERIFY(Herald::Settings(path).notificationRules().installedSeries.isEmpty());
    QCOMPARE(Herald::Settings(path).notificationRules().scope, Scope::InstalledSeries);
    Herald::Settings(path).setNotificationRules(rules);

    // One chosen series, and a pause that ended: the key goes away.
    rules.chosenSeries = {u"3.15"_s};
    rules.resume();
    Herald::Settings(path).setNotificationRules(rules);
    const QSettings settings(path, QSettings::IniFormat);
    QVERIFY(!settings.contains(u"notifications/pausedUntil"_s));
    QVERIFY(Herald::Settings(path).notificationRules() == rules);
}

void TestNotificationRules::readsDefaultsAndIgnoresNonsense()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"herald.conf"_s);
    const NotificationRules defaults;
    QCOMPARE(defaults.mode, Mode::Releases);
    QCOMPARE(defaults.scope, Scope::SupportedSeries);
    QVERIFY(defaults.enabled);
    QVERIFY(!defaults.quietHoursEnabled);
    QVERIFY(Herald::Settings(path).notificationRules() == defaults);
    {
        QSettings settings(path, QSettings::IniFormat);
        settings.setValue(u"notifications/mode"_s, u"everything, loudly"_s);
        settings.setValue(u"notifications/scope"_s, u"3.14"_s);
        settings.setValue(u"notifications/quietFrom"_s, u"25:99"_s);
        settings.setValue(u"notifications/pausedUntil"_s, u"soon"_s);
    }
    const NotificationRules loaded = Herald::Settings(path).notificationRules();
    QVERIFY(loaded == defaults);
    for (const Mode mode : {Mode::AllPosts, Mode::Releases, Mode::FinalReleases, Mode::SecurityReleases}) {
        QCOMPARE(NotificationRules::modeFromKey(NotificationRules::modeKey(mode)), std::optional<Mode>(mode));
    }
    for (const Scope scope : {Scope::AllSeries, Scope::SupportedSeries, Scope::ChosenSeries}) {
        QCOMPARE(NotificationRules::scopeFromKey(NotificationRules::scopeKey(scope)), std::optional<Scope>(scope));
    }
}

QTEST_GUILESS_MAIN(TestNotificationRules)
#include "tst_notificationrules.moc"
