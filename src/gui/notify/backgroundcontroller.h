// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <chrono>
#include <optional>

class QTimer;

namespace Herald {

class Backend;
class MainWindow;
class NewPostWatcher;
class Notifier;
class TrayIcon;
struct NotificationRules;
struct SyncSummary;

/// Herald in the background: after each sync it tells of the new posts with one notification
/// (Notifier), keeps the tray icon (TrayIcon) up to date, and decides whether closing the
/// window hides it or quits.
///
/// - New posts come from NewPostWatcher, so each is told of once, ever. The first sync of an
///   install only sets the baseline; it shows "N posts imported", once, and only when the
///   window is not in front (a window the user is looking at shows the archive arriving
///   anyway); a baseline set again after a damaged database shows nothing at all.
/// - What the notification rules let through is shown at once, unless Herald is silenced
///   (quiet hours or a pause). Then the posts are kept (in the store's meta table, so a
///   restart does not lose them) and shown together when the silence ends. A post the user
///   has read meanwhile is left out.
/// - A notice that is still on screen when the next one comes is replaced by one that tells
///   of both; so there is never more than one.
/// - Open shows, raises and activates the window and opens the newest post of the notice;
///   Mark as read marks all its posts read.
/// - Three failed syncs in a row bring one failure notice (SyncScheduler::failingRepeatedly);
///   the next sync that works takes it away.
class BackgroundController final : public QObject
{
    Q_OBJECT

public:
    BackgroundController(Backend &backend, MainWindow &window, QObject *parent = nullptr);
    ~BackgroundController() override;
    Q_DISABLE_COPY_MOVE(BackgroundController)

    [[nodiscard]] Notifier *notifier() const { return m_notifier; }
    [[nodiscard]] TrayIcon *trayIcon() const { return m_tray; }

    /// Whether closing the window should hide it rather than quit: there is a tray icon to
    /// bring it back, or the user asked Herald to keep running (Settings::keepRunning()).
    /// Never while the application is quitting.
    [[nodiscard]] bool shouldHideOnClose() const;
    /// Tells the user, the first time ever, that Herald still runs (Settings::hiddenNoticeShown()).
    void notifyHiddenOnce();

    /// Shows, raises and activates the window.
    void showWindow();
    /// Hides a window that is on screen; shows one that is hidden or minimized.
    void toggleWindow();
    /// Shows the window with the post in it.
    void openPost(qint64 postId);
    void markRead(const QList<qint64> &postIds);

    /// Collects what the last sync brought and tells of it. Runs after every sync.
    void collectNewPosts();
    /// Shows the posts held back by quiet hours or a pause, if Herald may speak now.
    void deliverPending();

    /// Tells of interpreters that fell behind a security release or reached end of life
    /// (InterpreterAlerts), and updates what the tray says of them and of the next release.
    void checkInterpreters();

    /// A test hook: HERALD_SYNC_INTERVAL_SECONDS, when set to a positive number, makes Herald
    /// sync that often, below SyncScheduler's 15-minute minimum. For end-to-end tests only.
    [[nodiscard]] static std::optional<std::chrono::seconds> testSyncInterval();

    /// The store's meta key of the posts held back by quiet hours or a pause: row ids belong
    /// to one database, so they are kept in it, not in the user's settings.
    static QString pendingPostsKey();
    /// The rules as saved, with the series of the interpreters this machine runs filled in.
    [[nodiscard]] NotificationRules currentRules() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onSyncFinished(const SyncSummary &summary);
    void onSyncFailing(int failures, const QString &error);
    void showImported(int count);
    void updateTray();
    void updateWindowShown();
    [[nodiscard]] QList<qint64> pendingPosts() const;
    void setPendingPosts(const QList<qint64> &postIds);

    Backend &m_backend;
    MainWindow &m_window;
    NewPostWatcher *m_watcher;
    Notifier *m_notifier;
    TrayIcon *m_tray;
    QTimer *m_silenceEnd;
    QTimer *m_interpreterCheck;
    QTimer *m_testSync = nullptr;
    bool m_quitting = false;
};

} // namespace Herald
