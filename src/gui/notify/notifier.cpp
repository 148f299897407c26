// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/notify/notifier.h"

#include "core/diagnostics/logging.h"
#include "core/notify/releasenotice.h"

#include <KNotification>
#include <KNotifyConfig>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

#include <chrono>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

/// The embedded copy of resources/notifications/herald.notifyrc. Its path is the one
/// KNotifications itself tries in the resources (":/" + knotifications6/<component>.notifyrc).
QString embeddedEventFile()
{
    return u":/"_s + Notifier::eventFileName();
}

/// The first line of a copy Herald wrote itself, so that it replaces only its own copies.
constexpr QByteArrayView WrittenByHerald = "# Written by Herald from its built-in copy; safe to delete.\n";

/// How long a failure text may be in the notice: the server's error can be a long page.
constexpr int MaxErrorLength = 160;

/// Ample time for a notification server to answer Notify on a local bus.
constexpr std::chrono::milliseconds AnswerTime {500};

} // namespace

QString Notifier::componentName()
{
    return u"herald"_s;
}

QString Notifier::importedEvent()
{
    return ReleaseNotice::importedEvent(); // one name, shared with the notices that use it
}

QString Notifier::syncFailingEvent()
{
    return u"syncFailing"_s;
}

QString Notifier::stillRunningEvent()
{
    return u"stillRunning"_s;
}

QString Notifier::interpreterAlertEvent()
{
    return u"interpreterAlert"_s;
}

QStringList Notifier::eventIds()
{
    return {ReleaseNotice::newReleaseEvent(), ReleaseNotice::securityReleaseEvent(), ReleaseNotice::newPostEvent(),
        importedEvent(), syncFailingEvent(), stillRunningEvent(), interpreterAlertEvent()};
}

QString Notifier::eventFileName()
{
    return u"knotifications6/"_s + componentName() + u".notifyrc"_s;
}

bool Notifier::ensureEventConfiguration()
{
    // KNotifications reads an application's events from knotifications6/<component>.notifyrc
    // in the generic data directories (/usr/share, ~/.local/share …); recent KF6 releases also
    // look for the same path in the Qt resources, where Herald embeds it. An event it finds in
    // neither is dropped without a word, because no Action says how to show it. An installed
    // Herald has the file in $prefix/share; run from the build tree on a KF6 that reads only
    // files, Herald would never notify at all. So then, and only then, the embedded copy is
    // written to the user's data directory, where KNotifications looks first. The copy is
    // marked, so that a later Herald replaces it when it lacks events, but a file the user
    // wrote is never touched.
    const auto allFound = [] {
        const QStringList events = eventIds();
        return std::ranges::all_of(
            events, [](const QString &event) { return KNotifyConfig(componentName(), event).isValid(); });
    };
    if (allFound()) {
        return true;
    }
    QFile embedded(embeddedEventFile());
    if (!embedded.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QString target
        = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u'/' + eventFileName();
    if (QFile existing(target);
        existing.open(QIODevice::ReadOnly) && !existing.readLine().startsWith(WrittenByHerald)) {
        return false;
    }
    QDir().mkpath(QFileInfo(target).absolutePath());
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(WrittenByHerald.data(), WrittenByHerald.size()) < 0
        || file.write(embedded.readAll()) < 0 || !file.commit()) {
        return false;
    }
    KNotifyConfig::reparseConfiguration();
    return allFound();
}

QString Notifier::bodyMarkup(const QString &plainText)
{
    QString markup = plainText.toHtmlEscaped();
    markup.replace(u'\n', u"<br/>"_s);
    return markup;
}

Notifier::Notifier(QObject *parent)
    : QObject(parent)
{ }

Notifier::~Notifier()
{
    // The notifications are children and go with this object; their closed() must not call back.
    for (KNotification *notification : {m_notice.data(), m_failure.data()}) {
        if (notification) {
            disconnect(notification, nullptr, this, nullptr);
        }
    }
}

KNotification *Notifier::create(const QString &eventId, const QString &title, const QString &text)
{
    auto *notification = new KNotification(eventId, KNotification::CloseOnTimeout, this);
    notification->setComponentName(componentName());
    notification->setTitle(title);
    notification->setText(text);
    // KNotifications would set the event's urgency itself, but only after sending it, and so
    // send it a second time as an update of the popup. Set before, it is sent once.
    const QString urgency = KNotifyConfig(componentName(), eventId).readEntry(u"Urgency"_s);
    if (urgency == u"Low"_s) {
        notification->setUrgency(KNotification::LowUrgency);
    } else if (urgency == u"High"_s) {
        notification->setUrgency(KNotification::HighUrgency);
    } else if (urgency == u"Critical"_s) {
        notification->setUrgency(KNotification::CriticalUrgency);
    } else {
        notification->setUrgency(KNotification::NormalUrgency);
    }
    // The theme's icon when Herald is installed; the built-in picture when it runs from the
    // build tree, where no theme has one.
    // The installed icon is named after the app id (hicolor/*/apps/org.herald.Herald.*).
    if (const QString installed = QGuiApplication::desktopFileName(); QIcon::hasThemeIcon(installed)) {
        notification->setIconName(installed);
    } else {
        notification->setPixmap(QIcon(u":/icons/herald.svg"_s).pixmap(64));
    }
    return notification;
}

void Notifier::show(const ReleaseNotice &notice)
{
    qCDebug(lcNotify) << "notification:" << notice.title << "for posts" << notice.postIds;
    closeNotice();
    KNotification *notification = create(notice.eventId, notice.title, bodyMarkup(notice.text));
    const QList<qint64> posts = notice.postIds;
    if (posts.isEmpty()) {
        connect(notification->addDefaultAction(tr("Open Herald", "notification action")),
            &KNotificationAction::activated, this, [this, notification] {
                onActivated(notification);
                Q_EMIT windowRequested();
            });
    } else {
        const auto open = [this, notification, post = posts.constFirst()] {
            onActivated(notification);
            Q_EMIT openRequested(post);
        };
        // A click on the popup opens the post, as the Open button does: most servers show no
        // label for the default action, and some show no buttons at all.
        connect(notification->addDefaultAction(tr("Open", "notification action")), &KNotificationAction::activated,
            this, open);
        connect(
            notification->addAction(tr("Open", "notification action")), &KNotificationAction::activated, this, open);
        connect(notification->addAction(tr("Mark as read", "notification action")), &KNotificationAction::activated,
            this, [this, notification, posts] {
                onActivated(notification);
                Q_EMIT markReadRequested(posts);
            });
    }
    connect(notification, &KNotification::closed, this, [this, notification] {
        if (m_notice == notification) {
            m_notice = nullptr;
            m_noticePosts.clear();
            Q_EMIT noticeClosed();
        }
    });
    m_notice = notification;
    m_noticeAnswered = QDeadlineTimer(AnswerTime);
    m_noticePosts = posts;
    notification->sendEvent();
}

QList<qint64> Notifier::openPostIds() const
{
    return m_notice ? m_noticePosts : QList<qint64>();
}

void Notifier::closeNotice()
{
    if (KNotification *notice = m_notice.data()) {
        m_notice = nullptr;
        m_noticePosts.clear();
        retire(notice, m_noticeAnswered);
    }
}

void Notifier::sendTest()
{
    KNotification *notification = create(ReleaseNotice::newReleaseEvent(), tr("Herald notifications work"),
        bodyMarkup(tr("New Python releases will be announced like this.")));
    connect(notification->addDefaultAction(tr("Open Herald", "notification action")), &KNotificationAction::activated,
        this, [this, notification] {
            onActivated(notification);
            Q_EMIT windowRequested();
        });
    notification->sendEvent();
}

void Notifier::notifySyncFailing(int failures, const QString &error)
{
    clearSyncFailing();
    const QString reason = ReleaseNotice::shortened(error, MaxErrorLength);
    KNotification *notification = create(syncFailingEvent(), tr("Herald cannot fetch new posts"),
        bodyMarkup(tr("The last %n sync(s) failed.", "", failures) + (reason.isEmpty() ? QString() : u'\n' + reason)));
    connect(notification->addDefaultAction(tr("Open Herald", "notification action")), &KNotificationAction::activated,
        this, [this, notification] {
            onActivated(notification);
            Q_EMIT windowRequested();
        });
    m_failure = notification;
    m_failureAnswered = QDeadlineTimer(AnswerTime);
    notification->sendEvent();
}

void Notifier::clearSyncFailing()
{
    if (KNotification *failure = m_failure.data()) {
        m_failure = nullptr;
        retire(failure, m_failureAnswered);
    }
}

void Notifier::retire(KNotification *notification, const QDeadlineTimer &answered)
{
    disconnect(notification, nullptr, this, nullptr);
    // KNotifications can close a popup only by the id the server answered Notify with; a close
    // before the answer is lost, and the popup would stay. So a notification sent a moment
    // ago is closed a moment later (or not at all, if it is gone by then).
    if (answered.hasExpired()) {
        notification->close();
    } else {
        const auto wait = std::chrono::ceil<std::chrono::milliseconds>(answered.remainingTimeAsDuration());
        QTimer::singleShot(wait, notification, &KNotification::close);
    }
}

void Notifier::notifyStillRunning(bool inTray)
{
    const QString text = inTray
        ? tr("Herald keeps watching for new Python releases. Its icon in the system tray brings the window back; "
             "Quit in its menu ends it.")
        : tr("Herald keeps watching for new Python releases in the background. Start it again to bring the window "
             "back.");
    KNotification *notification = create(stillRunningEvent(), tr("Herald is still running"), bodyMarkup(text));
    connect(notification->addDefaultAction(tr("Open Herald", "notification action")), &KNotificationAction::activated,
        this, [this, notification] {
            onActivated(notification);
            Q_EMIT windowRequested();
        });
    notification->sendEvent();
}

void Notifier::notifyInterpreter(const QString &title, const QString &text)
{
    KNotification *notification = create(interpreterAlertEvent(), title, bodyMarkup(text));
    connect(notification->addDefaultAction(tr("Open Herald", "notification action")), &KNotificationAction::activated,
        this, [this, notification] {
            onActivated(notification);
            Q_EMIT windowRequested();
        });
    notification->sendEvent();
}

void Notifier::onActivated(KNotification *notification)
{
    m_activationToken = notification->xdgActivationToken();
}

} // namespace Herald
