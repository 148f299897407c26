// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/settings/settings.h"
#include "core/sync/syncscheduler.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Herald::NotificationRules;
using Herald::Settings;

class TestSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void readsDefaultsFromAnEmptyFile();
    void keepsWhatIsSetAcrossInstances();
    void clampsTheStoredInterval_data();
    void clampsTheStoredInterval();
    void signalsOnlyRealChanges();
    void readsTheOldKeepRunningKey();
    void seesWhatAnotherProcessWrote();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"herald.conf"_s);
}

void TestSettings::readsDefaultsFromAnEmptyFile()
{
    const Settings settings(m_path);
    QCOMPARE(settings.syncInterval(), Herald::SyncScheduler::DefaultInterval);
    QCOMPARE(settings.keepRunning(), Settings::DefaultKeepRunning);
    QCOMPARE(settings.remoteImages(), Settings::DefaultRemoteImages);
    QCOMPARE(settings.readerZoom(), 0);
    QVERIFY(settings.theme().isEmpty());
    QVERIFY(settings.notificationRules() == NotificationRules());
    QVERIFY(!settings.hiddenNoticeShown());
    QVERIFY(!settings.baselineDone());
    QVERIFY(settings.windowLayout().geometry.isEmpty());
    QVERIFY(settings.windowLayout().timelineVisible);
    QVERIFY(settings.interpreterLocations().isEmpty());
}

void TestSettings::keepsWhatIsSetAcrossInstances()
{
    NotificationRules rules;
    rules.mode = NotificationRules::Mode::FinalReleases;
    rules.chosenSeries = {u"3.13"_s};
    {
        Settings settings(m_path);
        settings.setSyncInterval(120min);
        settings.setKeepRunning(true);
        settings.setRemoteImages(false);
        settings.setReaderZoom(-2);
        settings.setTheme(u"dark"_s);
        settings.setNotificationRules(rules);
        settings.setHiddenNoticeShown(true);
        settings.setBaselineDone(true);
        settings.setWindowLayout({"geometry"_ba, "splitter"_ba, false});
        settings.setInterpreterLocations({u"/home/ada/site/.venv"_s, QString(), u"/opt/py"_s, u"/opt/py"_s});
    }
    const Settings settings(m_path);
    QCOMPARE(settings.syncInterval(), 120min);
    QVERIFY(settings.keepRunning());
    QVERIFY(!settings.remoteImages());
    QCOMPARE(settings.readerZoom(), -2);
    QCOMPARE(settings.theme(), u"dark"_s);
    QVERIFY(settings.notificationRules() == rules);
    QVERIFY(settings.hiddenNoticeShown());
    QVERIFY(settings.baselineDone());
    QCOMPARE(settings.windowLayout().geometry, "geometry"_ba);
    QCOMPARE(settings.windowLayout().splitter, "splitter"_ba);
    QVERIFY(!settings.windowLayout().timelineVisible);
    QCOMPARE(settings.interpreterLocations(), (QStringList {u"/home/ada/site/.venv"_s, u"/opt/py"_s}));
    // The keys earlier versions wrote, so that an update keeps the user's choices.
    const QSettings file(m_path, QSettings::IniFormat);
    QCOMPARE(file.value(u"sync/intervalMinutes"_s).toInt(), 120);
    QCOMPARE(file.value(u"background/keepRunning"_s).toBool(), true);
    QCOMPARE(file.value(u"reader/remoteImages"_s).toBool(), false);
    QCOMPARE(file.value(u"notifications/mode"_s).toString(), u"final-releases"_s);
}

void TestSettings::clampsTheStoredInterval_data()
{
    QTest::addColumn<QVariant>("stored");
    QTest::addColumn<int>("minutes");
    QTest::newRow("too short") << QVariant(5) << 15;
    QTest::newRow("too long") << QVariant(100000) << 1440;
    QTest::newRow("in between, not offered") << QVariant(45) << 45;
    QTest::newRow("not a number") << QVariant(u"often"_s) << 60;
}

void TestSettings::clampsTheStoredInterval()
{
    QFETCH(QVariant, stored);
    QFETCH(int, minutes);
    QSettings(m_path, QSettings::IniFormat).setValue(u"sync/intervalMinutes"_s, stored);
    QCOMPARE(Settings(m_path).syncInterval(), std::chrono::minutes(minutes));
}

void TestSettings::signalsOnlyRealChanges()
{
    Settings settings(m_path);
    QSignalSpy images(&settings, &Settings::remoteImagesChanged);
    QSignalSpy keep(&settings, &Settings::keepRunningChanged);
    QSignalSpy interval(&settings, &Settings::syncIntervalChanged);
    QSignalSpy rules(&settings, &Settings::notificationRulesChanged);
    QSignalSpy locations(&settings, &Settings::interpreterLocationsChanged);

    settings.setRemoteImages(Settings::DefaultRemoteImages);
    settings.setKeepRunning(Settings::DefaultKeepRunning);
    settings.setNotificationRules(NotificationRules());
    settings.setInterpreterLocations({});
    QCOMPARE(locations.count(), 0);
    settings.setInterpreterLocations({u"/opt/py"_s});
    settings.setInterpreterLocations({u"/opt/py"_s, u"/opt/py"_s});
    QCOMPARE(locations.count(), 1);
    QCOMPARE(images.count(), 0);
    QCOMPARE(keep.count(), 0);
    QCOMPARE(rules.count(), 0);

    settings.setRemoteImages(false);
    settings.setRemoteImages(false);
    QCOMPARE(images.count(), 1);
    QCOMPARE(images.constFirst().constFirst().toBool(), false);
    settings.setKeepRunning(true);
    QCOMPARE(keep.count(), 1);
    settings.setSyncInterval(30min);
    settings.setSyncInterval(30min);
    QCOMPARE(interval.count(), 1);
    NotificationRules paused;
    paused.pauseFor(1h, QDateTime::currentDateTime());
    settings.setNotificationRules(paused);
    settings.setNotificationRules(paused);
    QCOMPARE(rules.count(), 1);
}

void TestSettings::readsTheOldKeepRunningKey()
{
    // Earlier versions wrote it as "General/keepRunning", a key QSettings loses on restart.
    QSettings(m_path, QSettings::IniFormat).setValue(u"General/keepRunning"_s, true);
    Settings settings(m_path);
    QVERIFY(settings.keepRunning());
    settings.setKeepRunning(false);
    QVERIFY(!Settings(m_path).keepRunning());
}

void TestSettings::seesWhatAnotherProcessWrote()
{
    // Two Heralds with different data directories share the file; the other one's pause
    // and "keep running" must count here without a restart.
    const Settings settings(m_path);
    QVERIFY(!settings.keepRunning());
    QVERIFY(!settings.notificationRules().pausedUntil.isValid());
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("[background]\nkeepRunning=true\n\n[notifications]\npausedUntil=2099-01-01T08:00:00.000Z\n");
    file.close();
    QVERIFY(settings.keepRunning());
    QCOMPARE(settings.notificationRules().pausedUntil, QDateTime(QDate(2099, 1, 1), QTime(8, 0), QTimeZone::UTC));
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
