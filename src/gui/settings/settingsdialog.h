// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/app/autostart.h"

#include <QDateTime>
#include <QDialog>
#include <QStringList>

#include <chrono>
#include <memory>

class QStandardItemModel;

namespace Ui {
class SettingsDialog;
}

namespace Herald {

struct NotificationRules;
class PythonLocationsPage;
class Settings;

/// Settings → Configure Herald: how often to sync, starting at login, staying in the
/// background, which new posts become notifications, whether the reader loads remote images,
/// and where else to look for Python interpreters.
///
/// The dialog edits copies: OK writes everything (Settings, the login entry) and emits
/// settingsChanged(), Cancel writes nothing. Whoever uses a setting hears of the change from
/// Settings.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    /// @p series fills the "only these series" list, in the order given (newest first).
    SettingsDialog(Settings &settings, const QStringList &series, QWidget *parent = nullptr);
    ~SettingsDialog() override;
    Q_DISABLE_COPY_MOVE(SettingsDialog)

    /// The intervals offered, shortest first.
    [[nodiscard]] static QList<std::chrono::minutes> intervalChoices();

public Q_SLOTS:
    /// Applies the login entry, then saves the rest. If the login entry cannot be written the
    /// dialog stays open, says why and shows the real state, and nothing else is saved.
    void accept() override;

Q_SIGNALS:
    /// OK was pressed and the settings are written.
    void settingsChanged();
    /// The user asked to see what a notification looks like.
    void testNotificationRequested();

private:
    [[nodiscard]] static QString intervalText(std::chrono::minutes interval);
    void setUpPages();
    void setUpIntervals();
    void setUpSeries(const QStringList &series);
    void layOutSeries();
    void styleHints();
    void load();
    void restoreDefaults();
    void showRules(const NotificationRules &rules);
    void showInterval(std::chrono::minutes interval);
    void showAutostartState();
    void showPause();
    void updateEnabled();
    void updateQuietHoursHint();
    bool applyAutostart();
    void save();

    Settings &m_settings;
    std::unique_ptr<Ui::SettingsDialog> m_ui;
    QStandardItemModel *m_series;
    PythonLocationsPage *m_pythons;
    Autostart m_autostart;
    QDateTime m_pausedUntil;
    bool m_resumed = false;
};

} // namespace Herald
