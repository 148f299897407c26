// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/notify/notificationrules.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>

class QSettings;

namespace Herald {

/// Every per-user setting of Herald, typed, in one place: the only code that knows a settings
/// key. Backend owns one and hands it to whoever reads or edits a setting; the settings dialog
/// edits it, everyone else reads it and listens to its change signals.
///
/// A typed class over QSettings rather than KConfigXT: the file and keys stay those earlier
/// versions wrote (a user's choices survive the update), no code generator joins the build,
/// and NotificationRules, a value with its own rules, is read and written whole.
///
/// Per-database state (which posts wait to be told of) lives in the store's meta table
/// instead: two Heralds with different data directories share this file.
class Settings final : public QObject
{
    Q_OBJECT

public:
    // Off: without a tray a hidden Herald could only be brought back by starting it again.
    static constexpr bool DefaultKeepRunning = false;
    static constexpr bool DefaultRemoteImages = true;

    /// The window's geometry and panes, as QWidget and QSplitter save them.
    struct WindowLayout {
        QByteArray geometry;
        QByteArray splitter;
        bool timelineVisible = true;
    };

    /// Reads and writes the application's QSettings (organisation and application name).
    explicit Settings(QObject *parent = nullptr);
    /// Reads and writes the INI file `fileName` instead (tests, tools).
    explicit Settings(const QString &fileName, QObject *parent = nullptr);
    ~Settings() override;
    Q_DISABLE_COPY_MOVE(Settings)

    /// How often to check for new posts, clamped to what SyncScheduler accepts.
    [[nodiscard]] std::chrono::minutes syncInterval() const;
    void setSyncInterval(std::chrono::minutes interval);
    /// Whether closing the window leaves Herald running.
    [[nodiscard]] bool keepRunning() const;
    void setKeepRunning(bool keep);
    /// Whether the reader loads the remote images a post names.
    [[nodiscard]] bool remoteImages() const;
    void setRemoteImages(bool load);
    /// The reader's zoom, in steps from the default size.
    [[nodiscard]] int readerZoom() const;
    void setReaderZoom(int steps);
    /// "system", "light" or "dark"; whatever was stored, Appearance reads it.
    [[nodiscard]] QString theme() const;
    void setTheme(const QString &theme);
    /// Which new posts become notifications; a missing or unknown value keeps its default.
    [[nodiscard]] NotificationRules notificationRules() const;
    void setNotificationRules(const NotificationRules &rules);
    /// Whether the "Herald still runs" notice was shown, once ever.
    [[nodiscard]] bool hiddenNoticeShown() const;
    void setHiddenNoticeShown(bool shown);
    /// Whether this user's Herald has ever set its baseline of seen posts: a baseline set
    /// again, after a damaged database, then tells of nothing (NewPostWatcher::setBaselineHint).
    [[nodiscard]] bool baselineDone() const;
    void setBaselineDone(bool done);
    [[nodiscard]] WindowLayout windowLayout() const;
    void setWindowLayout(const WindowLayout &layout);
    /// Folders and files the user added for interpreter discovery: virtual environments,
    /// installs, folders of either, interpreters. In the order added, each once.
    [[nodiscard]] QStringList interpreterLocations() const;
    void setInterpreterLocations(const QStringList &locations);

Q_SIGNALS:
    void syncIntervalChanged();
    void keepRunningChanged(bool keep);
    void remoteImagesChanged(bool load);
    void notificationRulesChanged();
    void interpreterLocationsChanged();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Herald
