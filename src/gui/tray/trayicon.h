// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QDateTime>
#include <QIcon>
#include <QList>
#include <QObject>
#include <QString>
#include <QSystemTrayIcon>

#include <chrono>
#include <memory>

class QAction;
class QImage;
class QMenu;
class QTimer;

namespace Herald {
class Settings;
}

namespace Herald {

/// Herald in the system tray: the app icon with the unread count as a badge, a tooltip with
/// the latest release and the last sync, and a menu to show or hide the window, refresh,
/// pause notifications, open one of the latest announcements or quit.
///
/// The icon, tooltip and menu are kept whether or not the desktop has a tray, so that they
/// can be tested (and read) anywhere; the QSystemTrayIcon itself exists only where
/// QSystemTrayIcon::isSystemTrayAvailable(). The pause entries write the notification rules
/// (Settings) themselves, and the menu follows the rules whoever changes them; everything
/// else is a request the controller carries out.
class TrayIcon final : public QObject
{
    Q_OBJECT

public:
    /// A release announcement for the menu and the tooltip.
    struct Announcement {
        qint64 postId = 0;
        QString text; ///< "Python 3.14.7 and 3.13.15 released"
        QDate date; ///< when it was published (UTC day)

        friend bool operator==(const Announcement &, const Announcement &) = default;
    };

    static constexpr int MaxAnnouncements = 5;
    /// Counts above this read "99+".
    static constexpr int MaxBadgeCount = 99;
    static constexpr std::chrono::hours PauseShort {1};

    explicit TrayIcon(Settings &settings, QObject *parent = nullptr);
    ~TrayIcon() override;
    Q_DISABLE_COPY_MOVE(TrayIcon)

    /// The icon is in a system tray now.
    [[nodiscard]] bool isVisible() const;
    /// Null where the desktop has no tray.
    [[nodiscard]] QSystemTrayIcon *systemTrayIcon() const { return m_tray; }

    void setUnreadCount(int count);
    [[nodiscard]] int unreadCount() const { return m_unread; }
    /// The latest announcements, newest first; the menu lists the first MaxAnnouncements.
    void setAnnouncements(const QList<Announcement> &announcements);
    [[nodiscard]] QList<Announcement> announcements() const { return m_announcements; }
    void setLastSync(const QDateTime &time);
    /// The next expected release ("3.14.9 on 1 Dec"), or of the series this machine runs when
    /// it runs any; empty for none. Shown in the tooltip.
    void setNextRelease(const QString &text);
    /// What Your Pythons says ("2 Pythons to update"); empty when nothing needs doing.
    void setPythonsAttention(const QString &text);
    /// Whether the window is on screen: the first entry offers to hide it, or to show it.
    void setWindowShown(bool shown);
    [[nodiscard]] bool isWindowShown() const { return m_windowShown; }

    [[nodiscard]] QIcon icon() const { return m_icon; }
    [[nodiscard]] QString toolTip() const;
    [[nodiscard]] QMenu *menu() const { return m_menu.get(); }

    /// What a click on the icon does: a left click shows or hides the window.
    void activate(QSystemTrayIcon::ActivationReason reason);

    /// "" for no unread posts, "5", or "99+" above MaxBadgeCount.
    static QString badgeText(int unread);
    /// The app icon at `size` logical pixels with the unread badge drawn on it.
    static QImage renderIcon(int size, int unread, qreal devicePixelRatio = 1.0);
    /// renderIcon() at the sizes trays use, at 1x and 2x.
    static QIcon badgeIcon(int unread);

Q_SIGNALS:
    void toggleWindowRequested();
    void refreshRequested();
    void postRequested(qint64 postId);
    void quitRequested();
    /// Notifications were paused or resumed from the menu; the rules are saved already.
    void pauseChanged();

private:
    void createMenu();
    void updateIcon();
    void updateToolTip();
    void updateAnnouncementActions();
    /// Reads the pause from the rules and shows it in the menu and the tooltip.
    void updatePause();
    enum class Pause { ForAnHour, UntilTomorrow, Resume };
    void changePause(Pause pause);

    Settings &m_settings;
    QSystemTrayIcon *m_tray = nullptr;
    // A QMenu is a widget and cannot be the child of a plain QObject, so it is owned here.
    std::unique_ptr<QMenu> m_menu;
    QAction *m_toggleAction = nullptr;
    QAction *m_pausedLabel = nullptr;
    QAction *m_resumeAction = nullptr;
    QAction *m_announcementsSection = nullptr;
    QAction *m_quitAction = nullptr;
    QList<QAction *> m_announcementActions;
    QTimer *m_pauseEnd;
    QIcon m_icon;
    int m_unread = 0;
    QList<Announcement> m_announcements;
    QDateTime m_lastSync;
    QString m_nextRelease;
    QString m_pythonsAttention;
    QDateTime m_pausedUntil;
    bool m_windowShown = true;
};

} // namespace Herald
