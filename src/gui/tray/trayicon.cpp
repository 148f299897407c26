// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/tray/trayicon.h"

#include "core/notify/notificationrules.h"
#include "core/settings/settings.h"
#include "core/text/localedates.h"

#include <QAction>
#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>
#include <QTimer>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

/// A saturated red: it stands out against the blue tile of the icon and against light and
/// dark panels alike, and white text on it passes WCAG AA (5.6:1).
constexpr QRgb BadgeFill = 0xffd32f2f;
/// The ring around the badge sets it off from the icon and from a dark panel.
constexpr QRgb BadgeRing = 0xffffffff;
constexpr QRgb BadgeText = 0xffffffff;
/// The sizes trays ask for: 16 and 22/24 on X11 and in Plasma, 32 and more at higher scales.
constexpr int IconSizes[] = {16, 22, 24, 32, 48, 64};

void drawBadge(QPainter &painter, qreal pixels, const QString &text)
{
    // A badge that covers the icon hides what the icon is. At 22-24 px (the usual panel) it
    // keeps to under a third of it; at 16 px it must be a little larger to be read at all.
    const qreal heightShare = pixels <= 16 ? 0.56 : (pixels <= 24 ? 0.46 : 0.42);
    const qreal widthShare = pixels <= 16 ? 0.75 : (pixels <= 24 ? 0.62 : 0.6);
    const qreal height = std::round(pixels * heightShare);
    const qreal maxWidth = std::round(pixels * widthShare);
    const qreal ring = std::max<qreal>(1, std::round(pixels / 20));
    QFont font;
    font.setBold(true);
    int fontPixels = std::max(5, int(std::round(height - 2 * ring)));
    font.setPixelSize(fontPixels);
    const qreal padding = height / 5;
    // Shrink the text until it fits the badge's width ("99+" at 16 px).
    while (fontPixels > 5 && QFontMetricsF(font).horizontalAdvance(text) + 2 * ring + 2 * padding > maxWidth) {
        font.setPixelSize(--fontPixels);
    }
    const qreal textWidth = QFontMetricsF(font).horizontalAdvance(text);
    const qreal width = std::min(maxWidth, std::max(height, textWidth + 2 * ring + 2 * padding));
    const QRectF badge(pixels - width, pixels - height, width, height);

    painter.setPen(QPen(QColor::fromRgba(BadgeRing), ring));
    painter.setBrush(QColor::fromRgba(BadgeFill));
    const QRectF pill = badge.adjusted(ring / 2, ring / 2, -ring / 2, -ring / 2);
    const qreal radius = pill.height() / 2;
    painter.drawRoundedRect(pill, radius, radius);
    painter.setPen(QColor::fromRgba(BadgeText));
    painter.setFont(font);
    painter.drawText(badge, Qt::AlignCenter, text);
}

QString shortDate(const QDate &date)
{
    return LocaleDates::dayMonth(date, QLocale(), LocaleDates::Month::Short);
}

QString shortTime(const QDateTime &time)
{
    const QDateTime local = time.toLocalTime();
    const QString clock = QLocale().toString(local.time(), QLocale::ShortFormat);
    return local.date() == QDate::currentDate() ? clock : shortDate(local.date()) + u' ' + clock;
}

/// Menu texts treat "&" as the mnemonic marker.
QString menuText(const QString &text)
{
    QString escaped = text;
    return escaped.replace(u'&', u"&&"_s);
}

} // namespace

TrayIcon::TrayIcon(Settings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_menu(std::make_unique<QMenu>())
    , m_pauseEnd(new QTimer(this))
{
    m_pauseEnd->setSingleShot(true);
    connect(m_pauseEnd, &QTimer::timeout, this, &TrayIcon::updatePause);
    connect(&m_settings, &Settings::notificationRulesChanged, this, &TrayIcon::updatePause);
    createMenu();
    updateIcon();
    updatePause();
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(m_icon, this);
        m_tray->setContextMenu(m_menu.get());
        m_tray->setToolTip(toolTip());
        connect(m_tray, &QSystemTrayIcon::activated, this, &TrayIcon::activate);
        m_tray->show();
    }
}

TrayIcon::~TrayIcon()
{
    // The tray icon refers to the menu: let it go first.
    delete m_tray;
}

bool TrayIcon::isVisible() const
{
    return m_tray && m_tray->isVisible() && QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayIcon::createMenu()
{
    m_menu->setObjectName(u"trayMenu"_s);
    m_toggleAction = m_menu->addAction(QString());
    m_toggleAction->setObjectName(u"trayToggleWindowAction"_s);
    connect(m_toggleAction, &QAction::triggered, this, &TrayIcon::toggleWindowRequested);
    setWindowShown(m_windowShown);

    QAction *refresh = m_menu->addAction(QIcon::fromTheme(u"view-refresh"_s), tr("&Refresh Now"));
    refresh->setObjectName(u"trayRefreshAction"_s);
    connect(refresh, &QAction::triggered, this, &TrayIcon::refreshRequested);

    QMenu *pause = m_menu->addMenu(QIcon::fromTheme(u"notifications-disabled"_s), tr("&Pause Notifications"));
    pause->setObjectName(u"trayPauseMenu"_s);
    pause->menuAction()->setObjectName(u"trayPauseMenuAction"_s);
    m_pausedLabel = pause->addAction(QString());
    m_pausedLabel->setObjectName(u"trayPausedLabel"_s);
    m_pausedLabel->setEnabled(false);
    QAction *hour = pause->addAction(tr("For One &Hour"));
    hour->setObjectName(u"trayPauseHourAction"_s);
    connect(hour, &QAction::triggered, this, [this] { changePause(Pause::ForAnHour); });
    QAction *tomorrow = pause->addAction(tr("Until &Tomorrow"));
    tomorrow->setObjectName(u"trayPauseTomorrowAction"_s);
    connect(tomorrow, &QAction::triggered, this, [this] { changePause(Pause::UntilTomorrow); });
    pause->addSeparator();
    m_resumeAction = pause->addAction(tr("&Resume"));
    m_resumeAction->setObjectName(u"trayResumeAction"_s);
    connect(m_resumeAction, &QAction::triggered, this, [this] { changePause(Pause::Resume); });
    // The settings page or the end of a pause may have changed it since.
    connect(pause, &QMenu::aboutToShow, this, &TrayIcon::updatePause);

    m_announcementsSection = m_menu->addSection(tr("Latest Announcements"));
    m_announcementsSection->setObjectName(u"trayAnnouncementsSection"_s);
    m_announcementsSection->setVisible(false);
    m_menu->addSeparator();
    m_quitAction = m_menu->addAction(QIcon::fromTheme(u"application-exit"_s), tr("&Quit"));
    m_quitAction->setObjectName(u"trayQuitAction"_s);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &TrayIcon::quitRequested);
}

void TrayIcon::activate(QSystemTrayIcon::ActivationReason reason)
{
    if (reason == QSystemTrayIcon::Trigger) {
        Q_EMIT toggleWindowRequested();
    }
}

void TrayIcon::setUnreadCount(int count)
{
    count = std::max(0, count);
    if (count == m_unread) {
        return;
    }
    // The icon changes only when the badge does: 100 and 120 both read "99+".
    const bool badgeChanges = badgeText(count) != badgeText(m_unread);
    m_unread = count;
    if (badgeChanges) {
        updateIcon();
    }
    updateToolTip();
}

void TrayIcon::setAnnouncements(const QList<Announcement> &announcements)
{
    if (announcements == m_announcements) {
        return;
    }
    m_announcements = announcements;
    updateAnnouncementActions();
    updateToolTip();
}

void TrayIcon::setLastSync(const QDateTime &time)
{
    m_lastSync = time;
    updateToolTip();
}

void TrayIcon::setNextRelease(const QString &text)
{
    m_nextRelease = text;
    updateToolTip();
}

void TrayIcon::setPythonsAttention(const QString &text)
{
    m_pythonsAttention = text;
    updateToolTip();
}

void TrayIcon::setWindowShown(bool shown)
{
    m_windowShown = shown;
    m_toggleAction->setText(shown ? tr("&Hide Herald") : tr("&Show Herald"));
}

QString TrayIcon::toolTip() const
{
    QString head = u"Herald"_s;
    if (!m_announcements.isEmpty()) {
        const Announcement &latest = m_announcements.constFirst();
        head += u" — "_s + tr("latest: %1 (%2)").arg(latest.text, shortDate(latest.date));
    }
    QStringList parts {head};
    if (!m_nextRelease.isEmpty()) {
        parts << tr("next: %1").arg(m_nextRelease);
    }
    if (!m_pythonsAttention.isEmpty()) {
        parts << m_pythonsAttention;
    }
    if (m_unread > 0) {
        parts << tr("%n unread", "", m_unread);
    }
    parts << (m_lastSync.isValid() ? tr("last sync %1").arg(shortTime(m_lastSync)) : tr("not synced yet"));
    if (m_pausedUntil.isValid()) {
        parts << tr("notifications paused until %1").arg(shortTime(m_pausedUntil));
    }
    return parts.join(u" · "_s);
}

void TrayIcon::updateIcon()
{
    m_icon = badgeIcon(m_unread);
    if (m_tray) {
        m_tray->setIcon(m_icon);
    }
}

void TrayIcon::updateToolTip()
{
    if (m_tray) {
        m_tray->setToolTip(toolTip());
    }
}

void TrayIcon::updateAnnouncementActions()
{
    for (QAction *action : std::as_const(m_announcementActions)) {
        m_menu->removeAction(action);
        delete action;
    }
    m_announcementActions.clear();
    // Insert after the section's header, before the separator that precedes Quit.
    const QList<QAction *> actions = m_menu->actions();
    QAction *before = actions.value(actions.indexOf(m_announcementsSection) + 1);
    const qsizetype count = std::min<qsizetype>(m_announcements.size(), MaxAnnouncements);
    for (qsizetype i = 0; i < count; ++i) {
        const Announcement &announcement = m_announcements.at(i);
        auto *action = new QAction(
            menuText(tr("%1 (%2)", "announcement and its date").arg(announcement.text, shortDate(announcement.date))),
            m_menu.get());
        action->setObjectName(u"trayAnnouncementAction"_s);
        action->setData(announcement.postId);
        connect(
            action, &QAction::triggered, this, [this, postId = announcement.postId] { Q_EMIT postRequested(postId); });
        m_menu->insertAction(before, action);
        m_announcementActions.append(action);
    }
    m_announcementsSection->setVisible(count > 0);
}

void TrayIcon::updatePause()
{
    const QDateTime now = QDateTime::currentDateTime();
    const NotificationRules rules = m_settings.notificationRules();
    const bool paused = rules.pausedAt(now);
    m_pausedUntil = paused ? rules.pausedUntil : QDateTime();
    m_pausedLabel->setVisible(paused);
    m_pausedLabel->setText(paused ? tr("Paused until %1").arg(shortTime(m_pausedUntil)) : QString());
    m_resumeAction->setEnabled(paused);
    if (paused) {
        // QTimer takes an int of milliseconds; a longer pause is looked at again in a day.
        constexpr qint64 Day = 24LL * 60 * 60 * 1000;
        m_pauseEnd->start(int(std::clamp<qint64>(now.msecsTo(m_pausedUntil) + 1000, 1000, Day)));
    } else {
        m_pauseEnd->stop();
    }
    updateToolTip();
}

void TrayIcon::changePause(Pause pause)
{
    NotificationRules rules = m_settings.notificationRules();
    const QDateTime now = QDateTime::currentDateTime();
    switch (pause) {
    case Pause::ForAnHour: rules.pauseFor(PauseShort, now); break;
    case Pause::UntilTomorrow: rules.pauseUntilTomorrow(now); break;
    case Pause::Resume: rules.resume(); break;
    }
    m_settings.setNotificationRules(rules);
    updatePause();
    Q_EMIT pauseChanged();
}

QString TrayIcon::badgeText(int unread)
{
    if (unread <= 0) {
        return {};
    }
    return unread > MaxBadgeCount ? QString::number(MaxBadgeCount) + u'+' : QString::number(unread);
}

QImage TrayIcon::renderIcon(int size, int unread, qreal devicePixelRatio)
{
    const int pixels = std::max(1, int(std::round(size * devicePixelRatio)));
    QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    QSvgRenderer(u":/icons/herald.svg"_s).render(&painter, QRectF(0, 0, pixels, pixels));
    if (const QString text = badgeText(unread); !text.isEmpty()) {
        drawBadge(painter, pixels, text);
    }
    painter.end();
    image.setDevicePixelRatio(devicePixelRatio);
    return image;
}

QIcon TrayIcon::badgeIcon(int unread)
{
    QIcon icon;
    for (const int size : IconSizes) {
        icon.addPixmap(QPixmap::fromImage(renderIcon(size, unread)));
        icon.addPixmap(QPixmap::fromImage(renderIcon(size, unread, 2.0)));
    }
    return icon;
}

} // namespace Herald
