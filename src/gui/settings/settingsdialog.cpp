// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/settings/settingsdialog.h"

#include "gui/settings/pythonlocationspage.h"

#include "ui_settingsdialog.h"

#include "core/notify/notificationrules.h"
#include "core/settings/settings.h"
#include "core/sync/syncscheduler.h"

#include <QDir>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QStyle>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

// Rows of series the list shows before it scrolls.
constexpr int VisibleSeriesRows = 4;

// The locale's short time format to the minute: some, like C, put seconds in it.
QString minuteFormat()
{
    static const QRegularExpression seconds(u"[:.]?s+"_s);
    return QLocale().timeFormat(QLocale::ShortFormat).remove(seconds).trimmed();
}

QString shortTime(QTime time)
{
    return QLocale().toString(time, minuteFormat());
}

std::array<std::pair<QRadioButton *, NotificationRules::Mode>, 4> modeButtons(const Ui::SettingsDialog &ui)
{
    return {{
        {ui.allPostsRadio, NotificationRules::Mode::AllPosts},
        {ui.releasesRadio, NotificationRules::Mode::Releases},
        {ui.finalReleasesRadio, NotificationRules::Mode::FinalReleases},
        {ui.securityReleasesRadio, NotificationRules::Mode::SecurityReleases},
    }};
}

std::array<std::pair<QRadioButton *, NotificationRules::Scope>, 4> scopeButtons(const Ui::SettingsDialog &ui)
{
    return {{
        {ui.allSeriesRadio, NotificationRules::Scope::AllSeries},
        {ui.supportedSeriesRadio, NotificationRules::Scope::SupportedSeries},
        {ui.installedSeriesRadio, NotificationRules::Scope::InstalledSeries},
        {ui.chosenSeriesRadio, NotificationRules::Scope::ChosenSeries},
    }};
}

QStandardItem *seriesItem(const QString &name, bool checked)
{
    auto *item = new QStandardItem(name);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

} // namespace

SettingsDialog::SettingsDialog(Settings &settings, const QStringList &series, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_series(new QStandardItemModel(this))
    , m_pythons(new PythonLocationsPage(this))
{
    m_ui->setupUi(this);
    setUpPages();
    setUpIntervals();
    setUpSeries(series);
    styleHints();

    // A 12-hour locale shows 10:00 PM rather than 22:00.
    m_ui->quietFromEdit->setDisplayFormat(minuteFormat());
    m_ui->quietToEdit->setDisplayFormat(minuteFormat());

    connect(m_ui->notificationsCheck, &QCheckBox::toggled, this, &SettingsDialog::updateEnabled);
    connect(m_ui->chosenSeriesRadio, &QRadioButton::toggled, this, &SettingsDialog::updateEnabled);
    connect(m_ui->quietHoursCheck, &QCheckBox::toggled, this, &SettingsDialog::updateEnabled);
    connect(m_ui->quietFromEdit, &QTimeEdit::timeChanged, this, &SettingsDialog::updateQuietHoursHint);
    connect(m_ui->quietToEdit, &QTimeEdit::timeChanged, this, &SettingsDialog::updateQuietHoursHint);
    connect(m_ui->resumeButton, &QPushButton::clicked, this, [this] {
        m_resumed = true;
        showPause();
    });
    connect(m_ui->testNotificationButton, &QPushButton::clicked, this, &SettingsDialog::testNotificationRequested);
    connect(m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
        &SettingsDialog::restoreDefaults);

    load();
}

SettingsDialog::~SettingsDialog() = default;

QList<std::chrono::minutes> SettingsDialog::intervalChoices()
{
    using namespace std::chrono_literals;
    return {15min, 30min, 60min, 120min, 360min, 720min, 1440min};
}

QString SettingsDialog::intervalText(std::chrono::minutes interval)
{
    const int minutes = int(interval.count());
    // The usual choices read better than "%n hour(s)" can.
    switch (minutes) {
    case 15: return tr("Every 15 minutes");
    case 30: return tr("Every 30 minutes");
    case 60: return tr("Every hour");
    case 120: return tr("Every 2 hours");
    case 360: return tr("Every 6 hours");
    case 720: return tr("Every 12 hours");
    case 1440: return tr("Once a day");
    default: break;
    }
    if (minutes % 60 == 0) {
        return tr("Every %n hour(s)", "", minutes / 60);
    }
    return tr("Every %n minute(s)", "", minutes);
}

void SettingsDialog::setUpPages()
{
    // Pythons: built here rather than in the .ui, as a page of its own.
    m_ui->pages->addWidget(m_pythons);
    auto *pythons = new QListWidgetItem(
        QIcon::fromTheme(u"application-x-python"_s, QIcon::fromTheme(u"folder"_s)), tr("Pythons"), m_ui->pageList);
    pythons->setData(Qt::AccessibleTextRole, tr("Pythons"));

    QFont titleFont = m_ui->pageTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_ui->pageTitle->setFont(titleFont);
    connect(m_ui->pageList, &QListWidget::currentRowChanged, this, [this](int row) {
        const QListWidgetItem *item = m_ui->pageList->item(row);
        m_ui->pageTitle->setText(item ? item->text() : QString());
    });
    m_ui->pageList->setCurrentRow(0);

    // As narrow as the longest page name allows, so the pages get the width.
    const int frame = 2 * m_ui->pageList->frameWidth();
    m_ui->pageList->setFixedWidth(m_ui->pageList->sizeHintForColumn(0) + frame + 4 * m_ui->pageList->spacing());
    m_ui->pageList->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);

    m_ui->pauseIcon->setPixmap(QIcon::fromTheme(u"media-playback-pause"_s).pixmap(16, 16));

    // A label beside a group of controls lines up with the first of them, not the middle.
    const std::pair<QLabel *, QWidget *> groups[] = {
        {m_ui->startupLabel, m_ui->autostartCheck},
        {m_ui->modeLabel, m_ui->allPostsRadio},
        {m_ui->scopeLabel, m_ui->allSeriesRadio},
        {m_ui->quietHoursLabel, m_ui->quietFromEdit},
        {m_ui->imagesLabel, m_ui->remoteImagesCheck},
    };
    for (const auto &[label, first] : groups) {
        label->setFixedHeight(std::max(first->sizeHint().height(), label->sizeHint().height()));
    }
}

void SettingsDialog::setUpIntervals()
{
    for (const std::chrono::minutes interval : intervalChoices()) {
        m_ui->intervalCombo->addItem(intervalText(interval), int(interval.count()));
    }
}

void SettingsDialog::setUpSeries(const QStringList &series)
{
    for (const QString &name : series) {
        m_series->appendRow(seriesItem(name, false));
    }
    m_ui->seriesList->setModel(m_series);
    layOutSeries();
}

void SettingsDialog::layOutSeries()
{
    // A grid of check boxes, row by row, as wide as the longest name and a few rows high.
    QListView *view = m_ui->seriesList;
    QSize cell;
    for (int row = 0; row < m_series->rowCount(); ++row) {
        m_series->item(row)->setData(QVariant(), Qt::SizeHintRole);
        cell = cell.expandedTo(view->sizeHintForIndex(m_series->index(row, 0)));
    }
    if (cell.isEmpty()) {
        cell = QSize(fontMetrics().horizontalAdvance(u"3.15"_s), fontMetrics().height());
    }
    // The delegate's size hint leaves no room to spare, and its text would be elided: each
    // cell gets the gap to the next column as well.
    cell += QSize(3 * fontMetrics().averageCharWidth(), 4);
    for (int row = 0; row < m_series->rowCount(); ++row) {
        m_series->item(row)->setSizeHint(cell);
    }
    view->setGridSize(cell);
    view->setFixedHeight(VisibleSeriesRows * cell.height() + 2 * view->frameWidth());
}

void SettingsDialog::styleHints()
{
    // Hints line up with the text of the check box above them, in a quieter colour.
    const int indent = style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, m_ui->autostartCheck)
        + style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing, nullptr, m_ui->autostartCheck);
    for (QLabel *hint : {m_ui->autostartHint, m_ui->keepRunningHint, m_ui->quietHoursHint, m_ui->remoteImagesHint}) {
        // A margin, not QLabel::indent: a top-aligned label would be indented at the top too.
        hint->setContentsMargins(indent, 0, 0, 0);
        // Any height the form layout gives a wrapped label beyond its text goes below it.
        hint->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        hint->setForegroundRole(QPalette::PlaceholderText);
    }
    const int radioIndent = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth, nullptr, m_ui->chosenSeriesRadio)
        + style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing, nullptr, m_ui->chosenSeriesRadio);
    // The series list belongs to "Only these series", so it sits under that choice's text.
    m_ui->seriesListLayout->setContentsMargins(radioIndent, 0, 0, 0);
}

void SettingsDialog::load()
{
    showInterval(m_settings.syncInterval());
    m_ui->keepRunningCheck->setChecked(m_settings.keepRunning());
    m_ui->remoteImagesCheck->setChecked(m_settings.remoteImages());
    const NotificationRules rules = m_settings.notificationRules();
    showRules(rules);
    m_pausedUntil = rules.pausedUntil;
    showPause();
    showAutostartState();
    m_pythons->setLocations(m_settings.interpreterLocations());
    m_pythons->setAlerts(rules.interpreterAlerts);
}

void SettingsDialog::restoreDefaults()
{
    // The login entry is the system's, not a Herald setting, and a pause is not a preference:
    // both stay as they are.
    showInterval(SyncScheduler::DefaultInterval);
    m_ui->keepRunningCheck->setChecked(Settings::DefaultKeepRunning);
    m_ui->remoteImagesCheck->setChecked(Settings::DefaultRemoteImages);
    showRules(NotificationRules());
    m_pythons->setLocations({});
    m_pythons->setAlerts(NotificationRules().interpreterAlerts);
}

void SettingsDialog::showInterval(std::chrono::minutes interval)
{
    const int minutes = int(interval.count());
    int index = m_ui->intervalCombo->findData(minutes);
    if (index < 0) {
        // A value from an older version or a hand edit stays as it is unless the user picks another.
        index = 0;
        while (index < m_ui->intervalCombo->count() && m_ui->intervalCombo->itemData(index).toInt() < minutes) {
            ++index;
        }
        m_ui->intervalCombo->insertItem(index, intervalText(interval), minutes);
    }
    m_ui->intervalCombo->setCurrentIndex(index);
}

void SettingsDialog::showRules(const NotificationRules &rules)
{
    m_ui->notificationsCheck->setChecked(rules.enabled);
    // Radio buttons in a group are exclusive: checking one unchecks the others.
    for (const auto &[button, mode] : modeButtons(*m_ui)) {
        if (mode == rules.mode) {
            button->setChecked(true);
        }
    }
    for (const auto &[button, scope] : scopeButtons(*m_ui)) {
        if (scope == rules.scope) {
            button->setChecked(true);
        }
    }

    QStringList missing = rules.chosenSeries;
    for (int row = 0; row < m_series->rowCount(); ++row) {
        QStandardItem *item = m_series->item(row);
        const bool chosen = missing.removeAll(item->text()) > 0;
        item->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
    }
    // A series chosen before that the caller no longer lists stays chosen, not silently dropped.
    for (const QString &name : std::as_const(missing)) {
        m_series->appendRow(seriesItem(name, true));
    }
    if (!missing.isEmpty()) {
        layOutSeries();
    }

    m_ui->quietHoursCheck->setChecked(rules.quietHoursEnabled);
    m_ui->quietFromEdit->setTime(rules.quietFrom);
    m_ui->quietToEdit->setTime(rules.quietTo);
    updateEnabled();
    updateQuietHoursHint();
}

void SettingsDialog::showAutostartState()
{
    const Autostart::State state = m_autostart.state();
    m_ui->autostartCheck->setChecked(state != Autostart::State::Disabled);
    m_ui->autostartCheck->setToolTip(QDir::toNativeSeparators(m_autostart.location()));
    if (state == Autostart::State::Stale) {
        m_ui->autostartHint->setText(
            tr("The entry that starts Herald at login runs another copy or other options. OK replaces it with this "
               "Herald."));
    } else {
        m_ui->autostartHint->setText(tr("Herald starts in the background, without opening its window."));
    }
}

void SettingsDialog::showPause()
{
    const bool paused = !m_resumed && m_pausedUntil.isValid() && QDateTime::currentDateTime() < m_pausedUntil;
    m_ui->pauseBar->setVisible(paused);
    if (!paused) {
        return;
    }
    const QDateTime until = m_pausedUntil.toLocalTime();
    const QLocale locale;
    const QString when = until.date() == QDate::currentDate()
        ? shortTime(until.time())
        : locale.toString(until, locale.dateFormat(QLocale::ShortFormat) + u' ' + minuteFormat());
    m_ui->pausedLabel->setText(tr("Notifications are paused until %1.").arg(when));
}

void SettingsDialog::updateEnabled()
{
    const bool on = m_ui->notificationsCheck->isChecked();
    for (QWidget *widget : std::initializer_list<QWidget *> {m_ui->modeLabel, m_ui->allPostsRadio, m_ui->releasesRadio,
             m_ui->finalReleasesRadio, m_ui->securityReleasesRadio, m_ui->scopeLabel, m_ui->allSeriesRadio,
             m_ui->supportedSeriesRadio, m_ui->chosenSeriesRadio, m_ui->quietHoursLabel, m_ui->quietHoursCheck,
             m_ui->quietHoursHint}) {
        widget->setEnabled(on);
    }
    m_ui->seriesList->setEnabled(on && m_ui->chosenSeriesRadio->isChecked());
    const bool quiet = on && m_ui->quietHoursCheck->isChecked();
    m_ui->quietFromEdit->setEnabled(quiet);
    m_ui->quietToLabel->setEnabled(quiet);
    m_ui->quietToEdit->setEnabled(quiet);
}

void SettingsDialog::updateQuietHoursHint()
{
    const QTime from = m_ui->quietFromEdit->time();
    const QTime to = m_ui->quietToEdit->time();
    QString hint;
    if (from == to) {
        hint = tr("With the same start and end there are no quiet hours.");
    } else if (from > to) {
        hint = tr("%1–%2 crosses midnight.").arg(shortTime(from), shortTime(to));
    }
    m_ui->quietHoursHint->setText(hint);
    m_ui->quietHoursHint->setVisible(!hint.isEmpty());
}

void SettingsDialog::accept()
{
    if (!applyAutostart()) {
        return;
    }
    save();
    Q_EMIT settingsChanged();
    QDialog::accept();
}

bool SettingsDialog::applyAutostart()
{
    const bool wanted = m_ui->autostartCheck->isChecked();
    const Autostart::State state = m_autostart.state();
    // A stale entry counts as off when the box is checked: OK points it at this Herald.
    if (state == (wanted ? Autostart::State::Enabled : Autostart::State::Disabled)) {
        return true;
    }
    const Result<void> done = m_autostart.setEnabled(wanted);
    showAutostartState();
    if (done) {
        return true;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Start at Login"),
        wanted ? tr("Herald could not arrange to start when you log in.")
               : tr("Herald could not stop starting when you log in."),
        QMessageBox::Ok, this);
    box->setObjectName(u"autostartError"_s);
    box->setInformativeText(done.error().message());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return false;
}

void SettingsDialog::save()
{
    m_settings.setKeepRunning(m_ui->keepRunningCheck->isChecked());
    m_settings.setRemoteImages(m_ui->remoteImagesCheck->isChecked());

    // Read afresh: the tray may have paused notifications while the dialog was open.
    NotificationRules rules = m_settings.notificationRules();
    rules.enabled = m_ui->notificationsCheck->isChecked();
    for (const auto &[button, mode] : modeButtons(*m_ui)) {
        if (button->isChecked()) {
            rules.mode = mode;
        }
    }
    for (const auto &[button, scope] : scopeButtons(*m_ui)) {
        if (button->isChecked()) {
            rules.scope = scope;
        }
    }
    // Kept for every scope, so switching back to "only these series" finds them again.
    rules.chosenSeries.clear();
    for (int row = 0; row < m_series->rowCount(); ++row) {
        const QStandardItem *item = m_series->item(row);
        if (item->checkState() == Qt::Checked) {
            rules.chosenSeries.append(item->text());
        }
    }
    rules.quietHoursEnabled = m_ui->quietHoursCheck->isChecked();
    rules.quietFrom = m_ui->quietFromEdit->time();
    rules.quietTo = m_ui->quietToEdit->time();
    if (m_resumed) {
        rules.resume();
    }
    rules.interpreterAlerts = m_pythons->alerts();
    m_settings.setNotificationRules(rules);
    m_settings.setInterpreterLocations(m_pythons->locations());
    // Last: a shorter interval may start a sync at once, which must find the rules saved.
    m_settings.setSyncInterval(std::chrono::minutes(m_ui->intervalCombo->currentData().toInt()));
}

} // namespace Herald
