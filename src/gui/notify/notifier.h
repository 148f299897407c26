// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDeadlineTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <utility>

class KNotification;

namespace Herald {

class ReleaseNotice;

/// Herald's desktop notifications, through KNotifications: the notice of what a sync brought,
/// the settings page's test notice, repeated sync failures and the one-time "still running"
/// hint. Which events exist, and their defaults, is resources/notifications/herald.notifyrc.
///
/// One release notice is on screen at a time. show() closes a notice that is still open before
/// it sends the new one, so the caller gives it everything still worth telling
/// (BackgroundController merges the posts of the open notice into the next one). Stacking
/// would turn a day of syncs into a pile of popups, each with half the story; and replacing the
/// popup in place would keep the old popup's timeout and its position in the server's history.
class Notifier final : public QObject
{
    Q_OBJECT

public:
    /// The KNotifications component: the name of the .notifyrc file. Set on every notification,
    /// so that it does not depend on the application name (tests have their own).
    static QString componentName();
    static QString importedEvent();
    static QString syncFailingEvent();
    static QString stillRunningEvent();
    static QString interpreterAlertEvent();
    /// Every event the .notifyrc must define.
    static QStringList eventIds();
    /// Where KNotifications looks for the events: knotifications6/herald.notifyrc under the
    /// generic data directories.
    static QString eventFileName();

    /// Makes sure KNotifications finds herald.notifyrc, also when Herald runs from its build
    /// directory; returns whether it does. Call it once at start-up.
    static bool ensureEventConfiguration();

    explicit Notifier(QObject *parent = nullptr);
    ~Notifier() override;
    Q_DISABLE_COPY_MOVE(Notifier)

    /// Shows the notice, replacing the release notice that is still open.
    void show(const ReleaseNotice &notice);
    /// A release notice is on screen (or in the server's queue) and has not been closed yet.
    [[nodiscard]] bool isNoticeOpen() const { return !m_notice.isNull(); }
    /// The posts of the open release notice; empty when none is open.
    [[nodiscard]] QList<qint64> openPostIds() const;
    /// Closes the release notice, if one is open, without emitting noticeClosed().
    void closeNotice();

    /// A sample notice for the settings page's "Send a test notification": it goes through
    /// the newRelease event, so it shows what the user's settings for releases do.
    void sendTest();
    /// The sync has failed `failures` times in a row. Replaces an earlier failure notice.
    void notifySyncFailing(int failures, const QString &error);
    /// Closes the failure notice after a sync that worked.
    void clearSyncFailing();
    /// The window was closed and Herald keeps running: in the tray, or without one.
    void notifyStillRunning(bool inTray);
    /// A Python this machine runs misses a security release or reached its end of life.
    /// "Open" shows the window, where Your Pythons says more.
    void notifyInterpreter(const QString &title, const QString &text);

    /// The XDG activation token the server sent with the last activated action, for raising
    /// the window on Wayland; empty when it sent none. A token is good for one activation.
    [[nodiscard]] QString takeActivationToken() { return std::exchange(m_activationToken, QString()); }

    /// Plain text as KNotification's body wants it: the body is rich text for servers that
    /// take markup (and stripped of it for those that do not), so <, & and line breaks are
    /// written as markup.
    static QString bodyMarkup(const QString &plainText);

Q_SIGNALS:
    /// "Open", or a click on a release notice: show this post (the newest one of the notice).
    void openRequested(qint64 postId);
    /// "Mark as read" on a release notice.
    void markReadRequested(const QList<qint64> &postIds);
    /// A click on a notice that is about no post (imported, test, failure, still running).
    void windowRequested();
    /// The release notice was closed: dismissed, expired, or acted on.
    void noticeClosed();

private:
    KNotification *create(const QString &eventId, const QString &title, const QString &text);
    void onActivated(KNotification *notification);
    /// Closes a notification without hearing of it again, once the server can have answered.
    void retire(KNotification *notification, const QDeadlineTimer &answered);

    QPointer<KNotification> m_notice;
    QDeadlineTimer m_noticeAnswered;
    QList<qint64> m_noticePosts;
    QPointer<KNotification> m_failure;
    QDeadlineTimer m_failureAnswered;
    QString m_activationToken;
};

} // namespace Herald
