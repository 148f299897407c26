// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// TrayIcon without a tray: the badge icon, the tooltip and the menu are built all the same
// (offscreen has no system tray), so they are tested here; the icon in a real tray is
// tests/app/tray-e2e.sh.
#include "core/notify/notificationrules.h"
#include "core/settings/settings.h"
#include "gui/tray/trayicon.h"

#include <QAction>
#include <QImage>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using Herald::TrayIcon;

namespace {

/// Pixels that read as the badge's red.
int redPixels(const QImage &image, const QRect &area)
{
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor color = image.pixelColor(x, y);
            if (color.alpha() > 200 && color.red() > 180 && color.green() < 90 && color.blue() < 90) {
                ++count;
            }
        }
    }
    return count;
}

int differingPixels(const QImage &a, const QImage &b)
{
    int count = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            count += a.pixel(x, y) != b.pixel(x, y);
        }
    }
    return count;
}

QList<QAction *> announcementActions(const QMenu *menu)
{
    QList<QAction *> found;
    for (QAction *action : menu->actions()) {
        if (action->objectName() == u"trayAnnouncementAction"_s) {
            found.append(action);
        }
    }
    return found;
}

QList<TrayIcon::Announcement> announcements(int count)
{
    QList<TrayIcon::Announcement> list;
    for (int i = 0; i < count; ++i) {
        list.append({100 + i, u"Python 3.14.%1 released"_s.arg(9 - i), QDate(2026, 11, 25).addDays(-7 * i)});
    }
    return list;
}

/// The badge at several sizes and counts on a light and a dark panel, for a person to look at.
void saveContactSheet(const QString &path)
{
    const int sizes[] = {16, 22, 24, 32, 48, 64};
    const int counts[] = {0, 5, 42, 120};
    const QColor panels[] = {QColor(0xef, 0xf0, 0xf1), QColor(0x23, 0x26, 0x29)};
    QImage sheet(16 + 80 * int(std::size(sizes)), 16 + 80 * int(std::size(counts)) * 2, QImage::Format_ARGB32);
    QPainter painter(&sheet);
    int row = 0;
    for (const QColor &panel : panels) {
        for (const int count : counts) {
            painter.fillRect(0, 8 + row * 80, sheet.width(), 80, panel);
            int column = 0;
            for (const int size : sizes) {
                painter.drawImage(QPoint(8 + column * 80 + (80 - size) / 2, 8 + row * 80 + (80 - size) / 2),
                    TrayIcon::renderIcon(size, count));
                ++column;
            }
            ++row;
        }
    }
    painter.end();
    sheet.save(path);
}

} // namespace

class TestTrayIcon final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void badgeText_data();
    void badgeText();
    void badgeShowsTheCount_data();
    void badgeShowsTheCount();
    void badgeIsCappedAt99();
    void badgeLeavesTheIconVisible_data();
    void badgeLeavesTheIconVisible();
    void iconComesInTheSizesTraysUse();
    void iconFollowsTheUnreadCount();
    void menuHasItsEntriesInOrder();
    void menuListsTheLatestFiveAnnouncements();
    void toggleEntryFollowsTheWindow();
    void leftClickTogglesTheWindow_data();
    void leftClickTogglesTheWindow();
    void pauseEntriesWriteTheRules();
    void toolTip_data();
    void toolTip();
    void noTrayOffscreen();

private:
    QTemporaryDir m_config;
    QTranslator m_english;
};

void TestTrayIcon::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // A locale whose short time has no seconds, as people's have (C's has them).
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY(m_english.load(u"herald_en"_s, u":/i18n"_s));
    QCoreApplication::installTranslator(&m_english);
    QVERIFY(m_config.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_config.path());
    if (const QString sheet = qEnvironmentVariable("HERALD_BADGE_SHEET"); !sheet.isEmpty()) {
        saveContactSheet(sheet);
    }
}

void TestTrayIcon::init()
{
    QSettings().clear();
}

void TestTrayIcon::badgeText_data()
{
    QTest::addColumn<int>("unread");
    QTest::addColumn<QString>("text");
    QTest::newRow("none") << 0 << QString();
    QTest::newRow("negative") << -3 << QString();
    QTest::newRow("one") << 1 << u"1"_s;
    QTest::newRow("five") << 5 << u"5"_s;
    QTest::newRow("99") << 99 << u"99"_s;
    QTest::newRow("100") << 100 << u"99+"_s;
    QTest::newRow("120") << 120 << u"99+"_s;
    QTest::newRow("the whole archive") << 327 << u"99+"_s;
}

void TestTrayIcon::badgeText()
{
    QFETCH(int, unread);
    QFETCH(QString, text);
    QCOMPARE(TrayIcon::badgeText(unread), text);
}

void TestTrayIcon::badgeShowsTheCount_data()
{
    QTest::addColumn<int>("size");
    for (const int size : {16, 22, 32, 64}) {
        QTest::addRow("%d px", size) << size;
    }
}

void TestTrayIcon::badgeShowsTheCount()
{
    QFETCH(int, size);
    const QImage none = TrayIcon::renderIcon(size, 0);
    const QImage five = TrayIcon::renderIcon(size, 5);
    const QImage many = TrayIcon::renderIcon(size, 120);
    QCOMPARE(none.size(), QSize(size, size));
    // The plain icon has no red; the badge sits in the bottom-right corner.
    const QRect corner(size / 2, size / 2, size / 2, size / 2);
    QCOMPARE(redPixels(none, none.rect()), 0);
    QVERIFY2(redPixels(five, corner) > size * size / 40, "a red badge in the corner");
    QCOMPARE(redPixels(five, QRect(0, 0, size, size / 3)), 0);
    QVERIFY(differingPixels(none, five) > 0);
    QVERIFY(differingPixels(five, many) > 0);
    // "99+" is wider than "5".
    QVERIFY(redPixels(many, many.rect()) > redPixels(five, five.rect()));
    // The top-left stays the app icon.
    QCOMPARE(none.pixel(size / 4, size / 4), five.pixel(size / 4, size / 4));
}

void TestTrayIcon::badgeIsCappedAt99()
{
    QCOMPARE(TrayIcon::renderIcon(24, 120), TrayIcon::renderIcon(24, 100));
    QCOMPARE(TrayIcon::renderIcon(24, 5000), TrayIcon::renderIcon(24, 100));
    QVERIFY(TrayIcon::renderIcon(24, 99) != TrayIcon::renderIcon(24, 100));
    // At twice the pixels for a high-density panel.
    const QImage sharp = TrayIcon::renderIcon(24, 5, 2.0);
    QCOMPARE(sharp.size(), QSize(48, 48));
    QCOMPARE(sharp.devicePixelRatio(), 2.0);
}

void TestTrayIcon::badgeLeavesTheIconVisible_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("unread");
    for (const int size : {22, 24}) {
        for (const int unread : {5, 42, 120}) {
            QTest::addRow("%d px, %d unread", size, unread) << size << unread;
        }
    }
}

void TestTrayIcon::badgeLeavesTheIconVisible()
{
    QFETCH(int, size);
    QFETCH(int, unread);
    const QImage plain = TrayIcon::renderIcon(size, 0);
    const QImage badged = TrayIcon::renderIcon(size, unread);
    // At the sizes panels use, the badge covers at most a third of the icon.
    const int covered = differingPixels(plain, badged);
    QVERIFY2(covered * 3 <= size * size, qPrintable(u"%1 of %2 pixels covered"_s.arg(covered).arg(size * size)));
    QVERIFY(covered > 0);
}

void TestTrayIcon::iconComesInTheSizesTraysUse()
{
    const QIcon icon = TrayIcon::badgeIcon(3);
    const QList<QSize> sizes = icon.availableSizes();
    for (const int size : {16, 22, 24, 32, 48, 64}) {
        QVERIFY2(sizes.contains(QSize(size, size)), qPrintable(QString::number(size)));
    }
}

void TestTrayIcon::iconFollowsTheUnreadCount()
{
    Herald::Settings settings;
    TrayIcon tray(settings);
    const qint64 plain = tray.icon().cacheKey();
    tray.setUnreadCount(5);
    QCOMPARE(tray.unreadCount(), 5);
    const qint64 five = tray.icon().cacheKey();
    QVERIFY(five != plain);
    tray.setUnreadCount(120);
    const qint64 capped = tray.icon().cacheKey();
    QVERIFY(capped != five);
    // 130 still reads "99+": the icon is not redrawn.
    tray.setUnreadCount(130);
    QCOMPARE(tray.icon().cacheKey(), capped);
    tray.setUnreadCount(0);
    QCOMPARE(tray.unreadCount(), 0);
    QCOMPARE(tray.icon().pixmap(32).toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied),
        TrayIcon::renderIcon(32, 0));
}

void TestTrayIcon::menuHasItsEntriesInOrder()
{
    Herald::Settings settings;
    TrayIcon tray(settings);
    QSignalSpy refresh(&tray, &TrayIcon::refreshRequested);
    QSignalSpy quit(&tray, &TrayIcon::quitRequested);
    QStringList names;
    for (const QAction *action : tray.menu()->actions()) {
        if (!action->objectName().isEmpty()) {
            names << action->objectName();
        }
    }
    QCOMPARE(names,
        (QStringList {u"trayToggleWindowAction"_s, u"trayRefreshAction"_s, u"trayPauseMenuAction"_s,
            u"trayAnnouncementsSection"_s, u"trayQuitAction"_s}));
    const auto *pause = tray.menu()->findChild<QMenu *>(u"trayPauseMenu"_s);
    QVERIFY(pause);
    QStringList pauseEntries;
    for (const QAction *action : pause->actions()) {
        if (action->isVisible() && !action->isSeparator()) {
            pauseEntries << action->text();
        }
    }
    QCOMPARE(pauseEntries, (QStringList {u"For One &Hour"_s, u"Until &Tomorrow"_s, u"&Resume"_s}));

    tray.menu()->findChild<QAction *>(u"trayRefreshAction"_s)->trigger();
    QCOMPARE(refresh.count(), 1);
    tray.menu()->findChild<QAction *>(u"trayQuitAction"_s)->trigger();
    QCOMPARE(quit.count(), 1);
}

void TestTrayIcon::menuListsTheLatestFiveAnnouncements()
{
    Herald::Settings settings;
    TrayIcon tray(settings);
    QAction *section = tray.menu()->findChild<QAction *>(u"trayAnnouncementsSection"_s);
    QVERIFY(!section->isVisible());
    QVERIFY(announcementActions(tray.menu()).isEmpty());

    tray.setAnnouncements(announcements(7));
    const QList<QAction *> entries = announcementActions(tray.menu());
    QCOMPARE(entries.size(), TrayIcon::MaxAnnouncements);
    QVERIFY(section->isVisible());
    QCOMPARE(entries.constFirst()->text(), u"Python 3.14.9 released (25 Nov)"_s);
    QCOMPARE(entries.constLast()->text(), u"Python 3.14.5 released (28 Oct)"_s);
    // Between the section and Quit.
    const QList<QAction *> all = tray.menu()->actions();
    QCOMPARE(all.indexOf(entries.constFirst()), all.indexOf(section) + 1);
    QVERIFY(all.indexOf(entries.constLast()) < all.indexOf(tray.menu()->findChild<QAction *>(u"trayQuitAction"_s)));

    QSignalSpy post(&tray, &TrayIcon::postRequested);
    entries.at(2)->trigger();
    QCOMPARE(post.count(), 1);
    QCOMPARE(post.constFirst().constFirst().toLongLong(), 102);

    // Set again: replaced, not added; "&" is not a mnemonic.
    tray.setAnnouncements({{7, u"PyPy 7.3 & Jython 2.7 released"_s, QDate(2026, 1, 2)}});
    const QList<QAction *> replaced = announcementActions(tray.menu());
    QCOMPARE(replaced.size(), 1);
    QCOMPARE(replaced.constFirst()->text(), u"PyPy 7.3 && Jython 2.7 released (2 Jan)"_s);
    tray.setAnnouncements({});
    QVERIFY(announcementActions(tray.menu()).isEmpty());
    QVERIFY(!section->isVisible());
}

void TestTrayIcon::toggleEntryFollowsTheWindow()
{
    Herald::Settings settings;
    TrayIcon tray(settings);
    QSignalSpy toggle(&tray, &TrayIcon::toggleWindowRequested);
    QAction *action = tray.menu()->findChild<QAction *>(u"trayToggleWindowAction"_s);
    tray.setWindowShown(true);
    QCOMPARE(action->text(), u"&Hide Herald"_s);
    tray.setWindowShown(false);
    QCOMPARE(action->text(), u"&Show Herald"_s);
    QVERIFY(!tray.isWindowShown());
    action->trigger();
    QCOMPARE(toggle.count(), 1);
}

void TestTrayIcon::leftClickTogglesTheWindow_data()
{
    QTest::addColumn<QSystemTrayIcon::ActivationReason>("reason");
    QTest::addColumn<int>("toggles");
    QTest::newRow("left click") << QSystemTrayIcon::Trigger << 1;
    QTest::newRow("context menu") << QSystemTrayIcon::Context << 0;
    QTest::newRow("middle click") << QSystemTrayIcon::MiddleClick << 0;
}

void TestTrayIcon::leftClickTogglesTheWindow()
{
    QFETCH(QSystemTrayIcon::ActivationReason, reason);
    QFETCH(int, toggles);
    Herald::Settings settings;
    TrayIcon tray(settings);
    QSignalSpy toggle(&tray, &TrayIcon::toggleWindowRequested);
    tray.activate(reason);
    QCOMPARE(toggle.count(), toggles);
}

void TestTrayIcon::pauseEntriesWriteTheRules()
{
    Herald::Settings settings;
    TrayIcon tray(settings);
    QSignalSpy changed(&tray, &TrayIcon::pauseChanged);
    auto *pause = tray.menu()->findChild<QMenu *>(u"trayPauseMenu"_s);
    QAction *resume = pause->findChild<QAction *>(u"trayResumeAction"_s);
    QAction *label = pause->findChild<QAction *>(u"trayPausedLabel"_s);
    QVERIFY(!resume->isEnabled());
    QVERIFY(!label->isVisible());

    const QDateTime before = QDateTime::currentDateTime();
    pause->findChild<QAction *>(u"trayPauseHourAction"_s)->trigger();
    QCOMPARE(changed.count(), 1);
    Herald::NotificationRules rules = settings.notificationRules();
    QVERIFY(rules.pausedAt(before.addSecs(59 * 60)));
    QVERIFY(!rules.pausedAt(before.addSecs(61 * 60 + 5)));
    QVERIFY(resume->isEnabled());
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().startsWith(u"Paused until "_s), qPrintable(label->text()));
    QVERIFY2(tray.toolTip().contains(u"notifications paused until"_s), qPrintable(tray.toolTip()));

    pause->findChild<QAction *>(u"trayPauseTomorrowAction"_s)->trigger();
    rules = settings.notificationRules();
    QCOMPARE(rules.pausedUntil.toLocalTime(),
        QDateTime(QDate::currentDate().addDays(1), Herald::NotificationRules::morningTime()));

    resume->trigger();
    QCOMPARE(changed.count(), 3);
    rules = settings.notificationRules();
    QVERIFY(!rules.pausedAt(QDateTime::currentDateTime()));
    QVERIFY(!resume->isEnabled());
    QVERIFY(!tray.toolTip().contains(u"paused"_s));

    // A pause set elsewhere (the settings page) shows at once.
    rules.pauseFor(std::chrono::minutes(30), QDateTime::currentDateTime());
    settings.setNotificationRules(rules);
    QVERIFY(resume->isEnabled());
}

void TestTrayIcon::toolTip_data()
{
    QTest::addColumn<QList<TrayIcon::Announcement>>("latest");
    QTest::addColumn<int>("unread");
    QTest::addColumn<QDateTime>("lastSync");
    QTest::addColumn<QString>("toolTip");
    const QDateTime today(QDate::currentDate(), QTime(10, 42));
    const QList<TrayIcon::Announcement> latest {{1, u"Python 3.14.7 released"_s, QDate(2026, 11, 25)}};
    QTest::newRow("latest and last sync")
        << latest << 0 << today << u"Herald — latest: Python 3.14.7 released (25 Nov) · last sync 10:42"_s;
    QTest::newRow("unread") << latest << 5 << today
                            << u"Herald — latest: Python 3.14.7 released (25 Nov) · 5 unread · last sync 10:42"_s;
    QTest::newRow("synced on another day")
        << latest << 1 << QDateTime(QDate(2026, 3, 4), QTime(9, 5))
        << u"Herald — latest: Python 3.14.7 released (25 Nov) · 1 unread · last sync 4 Mar 09:05"_s;
    QTest::newRow("never synced") << QList<TrayIcon::Announcement>() << 0 << QDateTime()
                                  << u"Herald · not synced yet"_s;
}

void TestTrayIcon::toolTip()
{
    QFETCH(QList<TrayIcon::Announcement>, latest);
    QFETCH(int, unread);
    QFETCH(QDateTime, lastSync);
    QFETCH(QString, toolTip);
    Herald::Settings settings;
    TrayIcon tray(settings);
    tray.setAnnouncements(latest);
    tray.setUnreadCount(unread);
    tray.setLastSync(lastSync);
    QCOMPARE(tray.toolTip(), toolTip);
}

void TestTrayIcon::noTrayOffscreen()
{
    // Offscreen has no tray: everything above still works, and nothing claims to be visible.
    Herald::Settings settings;
    TrayIcon tray(settings);
    QCOMPARE(tray.isVisible(), false);
    QCOMPARE(tray.systemTrayIcon() != nullptr, QSystemTrayIcon::isSystemTrayAvailable());
}

QTEST_MAIN(TestTrayIcon)
#include "tst_trayicon.moc"
