// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/app/autostart.h"
#include "core/notify/notificationrules.h"
#include "core/settings/settings.h"
#include "gui/settings/settingsdialog.h"
#include "verifyresult.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Herald::Autostart;
using Herald::NotificationRules;
using Herald::SettingsDialog;

namespace {

const QStringList Series = {u"3.14"_s, u"3.13"_s, u"3.12"_s, u"2.7"_s};

template<typename T>
T *control(const QWidget &dialog, const char *name)
{
    T *found = dialog.findChild<T *>(QString::fromLatin1(name));
    if (!found) {
        qFatal("no %s in the dialog", name);
    }
    return found;
}

void clickOk(SettingsDialog &dialog)
{
    control<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();
}

// Whether a control of the Notifications page shows once that page is open.
bool showsOnNotificationsPage(const SettingsDialog &dialog, const char *name)
{
    control<QListWidget>(dialog, "pageList")->setCurrentRow(1);
    return control<QWidget>(dialog, name)->isVisibleTo(&dialog);
}

/// The settings the dialogs edit: one object, as the application has, over the test's file.
Herald::Settings &userSettings()
{
    static Herald::Settings settings;
    return settings;
}

NotificationRules storedRules()
{
    return Herald::Settings().notificationRules();
}

// A time as the dialog's time fields show it.
QString shownTime(const SettingsDialog &dialog, QTime time)
{
    return QLocale().toString(time, control<QTimeEdit>(dialog, "quietFromEdit")->displayFormat());
}

} // namespace

class TestSettingsDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheDefaults();
    void pageListSwitchesPages();
    void intervalIsSaved_data();
    void intervalIsSaved();
    void storedIntervalIsClampedAndKept_data();
    void storedIntervalIsClampedAndKept();
    void modeIsSaved_data();
    void modeIsSaved();
    void scopeIsSaved_data();
    void scopeIsSaved();
    void chosenSeriesAreCheckableAndSaved();
    void quietHoursAreSaved();
    void quietHoursHint_data();
    void quietHoursHint();
    void notificationsCanBeSwitchedOff();
    void keepRunningAndRemoteImagesAreSaved();
    void cancelStoresNothing();
    void autostartWritesAndRemovesTheLoginEntry();
    void autostartFailureShowsTheErrorAndTheRealState();
    void staleLoginEntryShowsAsOnAndIsRewritten();
    void pauseIsShownAndCanBeResumed();
    void pastPauseIsNotShown();
    void okKeepsAPauseSetWhileTheDialogWasOpen();
    void testButtonEmitsTheSignal();
    void restoreDefaultsResetsTheControls();

private:
    QTemporaryDir m_home;
};

void TestSettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_home.isValid());
    // Test mode puts the login entry in ~/.qttest/config/autostart; a private home keeps it
    // out of the real one and away from other tests.
    qputenv("HOME", QFile::encodeName(m_home.path()));
    QVERIFY(Autostart().location().startsWith(m_home.path() + u'/'));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_home.filePath(u"settings"_s));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_home.filePath(u"settings"_s));
}

void TestSettingsDialog::init()
{
    QSettings().clear();
    QVERIFY(QSettings().allKeys().isEmpty());
    QVERIFY(!QFile::exists(Autostart().location()));
}

void TestSettingsDialog::cleanup()
{
    // Some tests leave a file or block the path with a folder.
    const QString location = Autostart().location();
    QFile::remove(location);
    QDir(location).removeRecursively();
}

void TestSettingsDialog::showsTheDefaults()
{
    SettingsDialog dialog(userSettings(), Series);
    QCOMPARE(control<QComboBox>(dialog, "intervalCombo")->currentData().toInt(), 60);
    QCOMPARE(control<QComboBox>(dialog, "intervalCombo")->count(), int(SettingsDialog::intervalChoices().size()));
    QVERIFY(!control<QCheckBox>(dialog, "autostartCheck")->isChecked());
    // Off by default: without a tray, closing the window quits (with a tray Herald stays anyway).
    QVERIFY(!control<QCheckBox>(dialog, "keepRunningCheck")->isChecked());
    QVERIFY(!control<QLabel>(dialog, "keepRunningHint")->text().isEmpty());

    QVERIFY(control<QCheckBox>(dialog, "notificationsCheck")->isChecked());
    QVERIFY(control<QRadioButton>(dialog, "releasesRadio")->isChecked());
    QVERIFY(control<QRadioButton>(dialog, "supportedSeriesRadio")->isChecked());
    auto *seriesList = control<QListView>(dialog, "seriesList");
    QVERIFY(!seriesList->isEnabled());
    QCOMPARE(seriesList->model()->rowCount(), int(Series.size()));
    for (int row = 0; row < Series.size(); ++row) {
        const QModelIndex index = seriesList->model()->index(row, 0);
        QCOMPARE(index.data().toString(), Series.at(row));
        QCOMPARE(index.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    }
    QVERIFY(!control<QCheckBox>(dialog, "quietHoursCheck")->isChecked());
    QVERIFY(!control<QTimeEdit>(dialog, "quietFromEdit")->isEnabled());
    QCOMPARE(control<QTimeEdit>(dialog, "quietFromEdit")->time(), QTime(22, 0));
    QCOMPARE(control<QTimeEdit>(dialog, "quietToEdit")->time(), QTime(7, 0));
    QVERIFY(!showsOnNotificationsPage(dialog, "pauseBar"));

    QVERIFY(control<QCheckBox>(dialog, "remoteImagesCheck")->isChecked());
    QCOMPARE(control<QLabel>(dialog, "remoteImagesHint")->text(),
        u"When off, Herald requests nothing a post names: no tracking pixels."_s);

    // What the rest of Herald reads before anyone opened the dialog.
    QCOMPARE(Herald::Settings().syncInterval(), 60min);
    QVERIFY(!Herald::Settings().keepRunning());
    QVERIFY(Herald::Settings().remoteImages());
}

void TestSettingsDialog::pageListSwitchesPages()
{
    SettingsDialog dialog(userSettings(), Series);
    auto *list = control<QListWidget>(dialog, "pageList");
    auto *pages = control<QStackedWidget>(dialog, "pages");
    QCOMPARE(list->count(), pages->count());
    QCOMPARE(pages->currentWidget()->objectName(), u"generalPage"_s);
    QCOMPARE(control<QLabel>(dialog, "pageTitle")->text(), u"General"_s);
    list->setCurrentRow(1);
    QCOMPARE(pages->currentWidget()->objectName(), u"notificationsPage"_s);
    QCOMPARE(control<QLabel>(dialog, "pageTitle")->text(), u"Notifications"_s);
    list->setCurrentRow(2);
    QCOMPARE(pages->currentWidget()->objectName(), u"readingPage"_s);
    QCOMPARE(control<QLabel>(dialog, "pageTitle")->text(), u"Reading"_s);
}

void TestSettingsDialog::intervalIsSaved_data()
{
    QTest::addColumn<int>("minutes");
    for (const std::chrono::minutes interval : SettingsDialog::intervalChoices()) {
        QTest::addRow("%d min", int(interval.count())) << int(interval.count());
    }
}

void TestSettingsDialog::intervalIsSaved()
{
    QFETCH(int, minutes);
    {
        SettingsDialog dialog(userSettings(), Series);
        QSignalSpy changed(&dialog, &SettingsDialog::settingsChanged);
        auto *combo = control<QComboBox>(dialog, "intervalCombo");
        combo->setCurrentIndex(combo->findData(minutes));
        clickOk(dialog);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(dialog.result(), QDialog::Accepted);
    }
    QCOMPARE(QSettings().value(u"sync/intervalMinutes"_s).toInt(), minutes);
    QCOMPARE(Herald::Settings().syncInterval(), std::chrono::minutes(minutes));
    SettingsDialog again(userSettings(), Series);
    QCOMPARE(control<QComboBox>(again, "intervalCombo")->currentData().toInt(), minutes);
}

void TestSettingsDialog::storedIntervalIsClampedAndKept_data()
{
    QTest::addColumn<QVariant>("stored");
    QTest::addColumn<int>("minutes");
    QTest::addColumn<int>("comboIndex");
    QTest::newRow("below the minimum") << QVariant(5) << 15 << 0;
    QTest::newRow("above the maximum") << QVariant(100000) << 1440 << 6;
    QTest::newRow("not a number") << QVariant(u"often"_s) << 60 << 2;
    QTest::newRow("between the choices") << QVariant(45) << 45 << 2;
    QTest::newRow("whole hours") << QVariant(180) << 180 << 4;
}

void TestSettingsDialog::storedIntervalIsClampedAndKept()
{
    QFETCH(QVariant, stored);
    QFETCH(int, minutes);
    QFETCH(int, comboIndex);
    QSettings().setValue(u"sync/intervalMinutes"_s, stored);
    QCOMPARE(Herald::Settings().syncInterval(), std::chrono::minutes(minutes));

    SettingsDialog dialog(userSettings(), Series);
    auto *combo = control<QComboBox>(dialog, "intervalCombo");
    QCOMPARE(combo->currentIndex(), comboIndex);
    QCOMPARE(combo->currentData().toInt(), minutes);
    // An odd value is offered in order among the usual ones, with a text of its own.
    QVERIFY(combo->currentText().startsWith(u"Every "_s) || combo->currentText() == u"Once a day"_s);
    for (int i = 1; i < combo->count(); ++i) {
        QVERIFY(combo->itemData(i - 1).toInt() < combo->itemData(i).toInt());
    }
    clickOk(dialog);
    QCOMPARE(QSettings().value(u"sync/intervalMinutes"_s).toInt(), minutes);
}

void TestSettingsDialog::modeIsSaved_data()
{
    QTest::addColumn<QString>("radio");
    QTest::addColumn<NotificationRules::Mode>("mode");
    QTest::newRow("all posts") << u"allPostsRadio"_s << NotificationRules::Mode::AllPosts;
    QTest::newRow("releases") << u"releasesRadio"_s << NotificationRules::Mode::Releases;
    QTest::newRow("final releases") << u"finalReleasesRadio"_s << NotificationRules::Mode::FinalReleases;
    QTest::newRow("security releases") << u"securityReleasesRadio"_s << NotificationRules::Mode::SecurityReleases;
}

void TestSettingsDialog::modeIsSaved()
{
    QFETCH(QString, radio);
    QFETCH(NotificationRules::Mode, mode);
    {
        SettingsDialog dialog(userSettings(), Series);
        dialog.findChild<QRadioButton *>(radio)->click();
        clickOk(dialog);
    }
    NotificationRules expected;
    expected.mode = mode;
    QCOMPARE(storedRules(), expected);
    SettingsDialog again(userSettings(), Series);
    QVERIFY(again.findChild<QRadioButton *>(radio)->isChecked());
}

void TestSettingsDialog::scopeIsSaved_data()
{
    QTest::addColumn<QString>("radio");
    QTest::addColumn<NotificationRules::Scope>("scope");
    QTest::newRow("all") << u"allSeriesRadio"_s << NotificationRules::Scope::AllSeries;
    QTest::newRow("supported") << u"supportedSeriesRadio"_s << NotificationRules::Scope::SupportedSeries;
    QTest::newRow("chosen") << u"chosenSeriesRadio"_s << NotificationRules::Scope::ChosenSeries;
}

void TestSettingsDialog::scopeIsSaved()
{
    QFETCH(QString, radio);
    QFETCH(NotificationRules::Scope, scope);
    {
        SettingsDialog dialog(userSettings(), Series);
        dialog.findChild<QRadioButton *>(radio)->click();
        QCOMPARE(
            control<QListView>(dialog, "seriesList")->isEnabled(), scope == NotificationRules::Scope::ChosenSeries);
        clickOk(dialog);
    }
    QCOMPARE(storedRules().scope, scope);
    SettingsDialog again(userSettings(), Series);
    QVERIFY(again.findChild<QRadioButton *>(radio)->isChecked());
}

void TestSettingsDialog::chosenSeriesAreCheckableAndSaved()
{
    {
        SettingsDialog dialog(userSettings(), Series);
        control<QRadioButton>(dialog, "chosenSeriesRadio")->click();
        auto *list = control<QListView>(dialog, "seriesList");
        QVERIFY(list->isEnabled());
        // The keyboard ticks a series, as a click on its box would.
        for (const int row : {1, 3}) {
            const QModelIndex index = list->model()->index(row, 0);
            QVERIFY(index.flags() & Qt::ItemIsUserCheckable);
            list->setCurrentIndex(index);
            QTest::keyClick(list, Qt::Key_Space);
            QCOMPARE(index.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        }
        clickOk(dialog);
    }
    NotificationRules rules = storedRules();
    QCOMPARE(rules.scope, NotificationRules::Scope::ChosenSeries);
    QCOMPARE(rules.chosenSeries, (QStringList {u"3.13"_s, u"2.7"_s}));

    // A chosen series the caller no longer lists stays, ticked, after the ones it does list.
    SettingsDialog again(userSettings(), {u"3.15"_s, u"3.13"_s});
    const QAbstractItemModel *model = control<QListView>(again, "seriesList")->model();
    QCOMPARE(model->rowCount(), 3);
    const std::pair<QString, Qt::CheckState> expected[]
        = {{u"3.15"_s, Qt::Unchecked}, {u"3.13"_s, Qt::Checked}, {u"2.7"_s, Qt::Checked}};
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(model->index(row, 0).data().toString(), expected[row].first);
        QCOMPARE(model->index(row, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), expected[row].second);
    }
    // Ticked series are kept under another scope too, for the day the user switches back.
    control<QRadioButton>(again, "allSeriesRadio")->click();
    clickOk(again);
    rules = storedRules();
    QCOMPARE(rules.scope, NotificationRules::Scope::AllSeries);
    QCOMPARE(rules.chosenSeries, (QStringList {u"3.13"_s, u"2.7"_s}));
}

void TestSettingsDialog::quietHoursAreSaved()
{
    {
        SettingsDialog dialog(userSettings(), Series);
        auto *check = control<QCheckBox>(dialog, "quietHoursCheck");
        check->click();
        QVERIFY(control<QTimeEdit>(dialog, "quietFromEdit")->isEnabled());
        QVERIFY(control<QTimeEdit>(dialog, "quietToEdit")->isEnabled());
        control<QTimeEdit>(dialog, "quietFromEdit")->setTime(QTime(23, 30));
        control<QTimeEdit>(dialog, "quietToEdit")->setTime(QTime(6, 15));
        clickOk(dialog);
    }
    const NotificationRules rules = storedRules();
    QVERIFY(rules.quietHoursEnabled);
    QCOMPARE(rules.quietFrom, QTime(23, 30));
    QCOMPARE(rules.quietTo, QTime(6, 15));
    SettingsDialog again(userSettings(), Series);
    QVERIFY(control<QCheckBox>(again, "quietHoursCheck")->isChecked());
    QCOMPARE(control<QTimeEdit>(again, "quietFromEdit")->time(), QTime(23, 30));
    QCOMPARE(control<QTimeEdit>(again, "quietToEdit")->time(), QTime(6, 15));
}

void TestSettingsDialog::quietHoursHint_data()
{
    QTest::addColumn<QTime>("from");
    QTest::addColumn<QTime>("to");
    QTest::addColumn<QString>("hint"); // %1 and %2 stand for the times as the fields show them
    QTest::newRow("overnight") << QTime(22, 0) << QTime(7, 0) << u"%1–%2 crosses midnight."_s;
    QTest::newRow("during the day") << QTime(9, 0) << QTime(17, 0) << QString();
    QTest::newRow("no length") << QTime(8, 0) << QTime(8, 0)
                               << u"With the same start and end there are no quiet hours."_s;
}

void TestSettingsDialog::quietHoursHint()
{
    QFETCH(QTime, from);
    QFETCH(QTime, to);
    QFETCH(QString, hint);
    SettingsDialog dialog(userSettings(), Series);
    control<QCheckBox>(dialog, "quietHoursCheck")->click();
    auto *fromEdit = control<QTimeEdit>(dialog, "quietFromEdit");
    auto *toEdit = control<QTimeEdit>(dialog, "quietToEdit");
    fromEdit->setTime(from);
    toEdit->setTime(to);
    // To the minute, never with seconds (the C locale's short format has them).
    QVERIFY(!fromEdit->displayFormat().contains(u's'));
    if (hint.contains(u"%1"_s)) {
        hint = hint.arg(fromEdit->text(), toEdit->text());
    }
    QCOMPARE(control<QLabel>(dialog, "quietHoursHint")->text(), hint);
    QCOMPARE(showsOnNotificationsPage(dialog, "quietHoursHint"), !hint.isEmpty());
}

void TestSettingsDialog::notificationsCanBeSwitchedOff()
{
    {
        SettingsDialog dialog(userSettings(), Series);
        control<QCheckBox>(dialog, "notificationsCheck")->click();
        for (const char *name : {"allPostsRadio", "releasesRadio", "chosenSeriesRadio", "quietHoursCheck"}) {
            QVERIFY2(!control<QWidget>(dialog, name)->isEnabled(), name);
        }
        // Seeing a notification is still useful while they are off.
        QVERIFY(control<QPushButton>(dialog, "testNotificationButton")->isEnabled());
        clickOk(dialog);
    }
    QVERIFY(!storedRules().enabled);
    SettingsDialog again(userSettings(), Series);
    QVERIFY(!control<QCheckBox>(again, "notificationsCheck")->isChecked());
    QVERIFY(!control<QRadioButton>(again, "releasesRadio")->isEnabled());
}

void TestSettingsDialog::keepRunningAndRemoteImagesAreSaved()
{
    {
        SettingsDialog dialog(userSettings(), Series);
        control<QCheckBox>(dialog, "keepRunningCheck")->click();
        control<QCheckBox>(dialog, "remoteImagesCheck")->click();
        clickOk(dialog);
    }
    QCOMPARE(QSettings().value(u"background/keepRunning"_s), QVariant(true));
    {
        // As the next start reads them: from the file, not this process's cache. A key in a
        // group called "general" did not come back.
        QSettings().sync();
        const QString copy = m_home.filePath(u"restart.conf"_s);
        QFile::remove(copy);
        QVERIFY(QFile::copy(QSettings().fileName(), copy));
        const QSettings restarted(copy, QSettings::IniFormat);
        QVERIFY2(restarted.value(u"background/keepRunning"_s).toBool(), qPrintable(restarted.allKeys().join(u' ')));
        QCOMPARE(restarted.value(u"reader/remoteImages"_s).toBool(), false);
    }
    QCOMPARE(QSettings().value(u"reader/remoteImages"_s), QVariant(false));
    QVERIFY(Herald::Settings().keepRunning());
    QVERIFY(!Herald::Settings().remoteImages());
    SettingsDialog again(userSettings(), Series);
    QVERIFY(control<QCheckBox>(again, "keepRunningCheck")->isChecked());
    QVERIFY(!control<QCheckBox>(again, "remoteImagesCheck")->isChecked());
}

void TestSettingsDialog::cancelStoresNothing()
{
    SettingsDialog dialog(userSettings(), Series);
    QSignalSpy changed(&dialog, &SettingsDialog::settingsChanged);
    auto *combo = control<QComboBox>(dialog, "intervalCombo");
    combo->setCurrentIndex(combo->findData(15));
    control<QCheckBox>(dialog, "autostartCheck")->click();
    control<QCheckBox>(dialog, "keepRunningCheck")->click();
    control<QRadioButton>(dialog, "securityReleasesRadio")->click();
    control<QRadioButton>(dialog, "chosenSeriesRadio")->click();
    control<QListView>(dialog, "seriesList")
        ->model()
        ->setData(control<QListView>(dialog, "seriesList")->model()->index(0, 0), Qt::Checked, Qt::CheckStateRole);
    control<QCheckBox>(dialog, "quietHoursCheck")->click();
    control<QCheckBox>(dialog, "remoteImagesCheck")->click();
    control<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Cancel)->click();

    QCOMPARE(dialog.result(), QDialog::Rejected);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(QSettings().allKeys(), QStringList());
    QVERIFY(!QFile::exists(Autostart().location()));
}

void TestSettingsDialog::autostartWritesAndRemovesTheLoginEntry()
{
    const QString location = Autostart().location();
    QVERIFY(location.endsWith(u"/.qttest/config/autostart/herald.desktop"_s));
    {
        SettingsDialog dialog(userSettings(), Series);
        control<QCheckBox>(dialog, "autostartCheck")->click();
        QVERIFY(!QFile::exists(location)); // only OK writes it
        clickOk(dialog);
        QCOMPARE(dialog.result(), QDialog::Accepted);
    }
    QFile entry(location);
    QVERIFY(entry.open(QIODevice::ReadOnly));
    const std::optional<QStringList> command = Autostart::desktopEntryCommand(QString::fromUtf8(entry.readAll()));
    QVERIFY(command);
    QCOMPARE(*command, (QStringList {QCoreApplication::applicationFilePath(), u"--hidden"_s}));
    QCOMPARE(Autostart().state(), Autostart::State::Enabled);
    {
        SettingsDialog again(userSettings(), Series);
        QVERIFY(control<QCheckBox>(again, "autostartCheck")->isChecked());
        control<QCheckBox>(again, "autostartCheck")->click();
        clickOk(again);
    }
    QVERIFY(!QFile::exists(location));
    QCOMPARE(Autostart().state(), Autostart::State::Disabled);
}

void TestSettingsDialog::autostartFailureShowsTheErrorAndTheRealState()
{
    // A folder where the entry should go makes writing it fail.
    QVERIFY(QDir().mkpath(Autostart().location()));
    SettingsDialog dialog(userSettings(), Series);
    dialog.show();
    QSignalSpy changed(&dialog, &SettingsDialog::settingsChanged);
    auto *check = control<QCheckBox>(dialog, "autostartCheck");
    QVERIFY(!check->isChecked());
    check->click();
    control<QCheckBox>(dialog, "remoteImagesCheck")->click();
    clickOk(dialog);

    auto *box = dialog.findChild<QMessageBox *>(u"autostartError"_s);
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY(!box->informativeText().isEmpty());
    QVERIFY(!check->isChecked()); // what will really happen at login
    // The dialog stays open and nothing else is saved, so the user can decide again.
    QVERIFY(dialog.isVisible());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(QSettings().allKeys(), QStringList());

    box->accept();
    clickOk(dialog);
    QCOMPARE(dialog.result(), QDialog::Accepted);
    QCOMPARE(changed.count(), 1);
    QVERIFY(!Herald::Settings().remoteImages());
}

void TestSettingsDialog::staleLoginEntryShowsAsOnAndIsRewritten()
{
    HERALD_VERIFY_RESULT(Autostart(u"/opt/old/herald"_s, {u"--hidden"_s}).setEnabled(true));
    QCOMPARE(Autostart().state(), Autostart::State::Stale);
    SettingsDialog dialog(userSettings(), Series);
    QVERIFY(control<QCheckBox>(dialog, "autostartCheck")->isChecked());
    QVERIFY(control<QLabel>(dialog, "autostartHint")->text().contains(u"replaces"_s));
    clickOk(dialog);
    QCOMPARE(Autostart().state(), Autostart::State::Enabled);
}

void TestSettingsDialog::pauseIsShownAndCanBeResumed()
{
    const QDateTime until = QDateTime::currentDateTime().addSecs(2 * 3600);
    NotificationRules paused;
    paused.pausedUntil = until;
    Herald::Settings().setNotificationRules(paused);
    SettingsDialog dialog(userSettings(), Series);
    QVERIFY(showsOnNotificationsPage(dialog, "pauseBar"));
    QVERIFY(control<QLabel>(dialog, "pausedLabel")->text().contains(shownTime(dialog, until.time())));

    // Cancel keeps the pause, even after Resume.
    control<QPushButton>(dialog, "resumeButton")->click();
    QVERIFY(!showsOnNotificationsPage(dialog, "pauseBar"));
    dialog.reject();
    QVERIFY(storedRules().pausedAt(QDateTime::currentDateTime()));

    SettingsDialog again(userSettings(), Series);
    QVERIFY(showsOnNotificationsPage(again, "pauseBar"));
    control<QPushButton>(again, "resumeButton")->click();
    clickOk(again);
    QVERIFY(!storedRules().pausedUntil.isValid());
}

void TestSettingsDialog::pastPauseIsNotShown()
{
    NotificationRules rules;
    rules.pausedUntil = QDateTime::currentDateTime().addSecs(-60);
    Herald::Settings().setNotificationRules(rules);
    SettingsDialog dialog(userSettings(), Series);
    QVERIFY(!showsOnNotificationsPage(dialog, "pauseBar"));
}

void TestSettingsDialog::okKeepsAPauseSetWhileTheDialogWasOpen()
{
    SettingsDialog dialog(userSettings(), Series);
    control<QRadioButton>(dialog, "allPostsRadio")->click();
    // The tray pauses notifications meanwhile.
    NotificationRules fromTray;
    fromTray.pauseFor(1h, QDateTime::currentDateTime());
    Herald::Settings().setNotificationRules(fromTray);
    clickOk(dialog);
    const NotificationRules rules = storedRules();
    QCOMPARE(rules.mode, NotificationRules::Mode::AllPosts);
    QCOMPARE(rules.pausedUntil, fromTray.pausedUntil);
}

void TestSettingsDialog::testButtonEmitsTheSignal()
{
    SettingsDialog dialog(userSettings(), Series);
    QSignalSpy requested(&dialog, &SettingsDialog::testNotificationRequested);
    control<QPushButton>(dialog, "testNotificationButton")->click();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(QSettings().allKeys(), QStringList());
}

void TestSettingsDialog::restoreDefaultsResetsTheControls()
{
    HERALD_VERIFY_RESULT(Autostart().setEnabled(true));
    QSettings settings;
    settings.setValue(u"sync/intervalMinutes"_s, 720);
    settings.setValue(u"background/keepRunning"_s, true);
    settings.setValue(u"reader/remoteImages"_s, false);
    NotificationRules rules;
    rules.enabled = false;
    rules.mode = NotificationRules::Mode::SecurityReleases;
    rules.scope = NotificationRules::Scope::ChosenSeries;
    rules.chosenSeries = {u"3.12"_s};
    rules.quietHoursEnabled = true;
    rules.quietFrom = QTime(20, 0);
    rules.pauseFor(1h, QDateTime::currentDateTime());
    Herald::Settings().setNotificationRules(rules);
    settings.sync();

    SettingsDialog dialog(userSettings(), Series);
    control<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::RestoreDefaults)->click();
    QCOMPARE(control<QComboBox>(dialog, "intervalCombo")->currentData().toInt(), 60);
    QVERIFY(!control<QCheckBox>(dialog, "keepRunningCheck")->isChecked());
    QVERIFY(control<QCheckBox>(dialog, "remoteImagesCheck")->isChecked());
    QVERIFY(control<QCheckBox>(dialog, "notificationsCheck")->isChecked());
    QVERIFY(control<QRadioButton>(dialog, "releasesRadio")->isChecked());
    QVERIFY(control<QRadioButton>(dialog, "supportedSeriesRadio")->isChecked());
    QVERIFY(!control<QCheckBox>(dialog, "quietHoursCheck")->isChecked());
    QCOMPARE(control<QTimeEdit>(dialog, "quietFromEdit")->time(), QTime(22, 0));
    // The login entry and the pause are not preferences with a default.
    QVERIFY(control<QCheckBox>(dialog, "autostartCheck")->isChecked());
    QVERIFY(showsOnNotificationsPage(dialog, "pauseBar"));
    clickOk(dialog);

    NotificationRules expected;
    expected.pausedUntil = rules.pausedUntil;
    QCOMPARE(storedRules(), expected);
    QCOMPARE(Herald::Settings().syncInterval(), 60min);
    QCOMPARE(Autostart().state(), Autostart::State::Enabled);
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
