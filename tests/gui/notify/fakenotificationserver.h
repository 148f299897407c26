// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDBusConnection>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

namespace Herald::Test {

/// One org.freedesktop.Notifications.Notify call as the server received it.
struct NotifyCall {
    uint id = 0; ///< what the server answered
    QString appName;
    uint replacesId = 0;
    QString appIcon;
    QString summary;
    QString body;
    QStringList actions; ///< key, label, key, label …
    QVariantMap hints;
    int timeout = -1;

    /// The key of the action with this label; the default action's key is "default".
    [[nodiscard]] QString actionKey(const QString &label, bool defaultAction = false) const;
    [[nodiscard]] QStringList actionLabels() const;
};

/// A notification server on the session bus, for tests: it owns org.freedesktop.Notifications
/// on a connection of its own, records what it is asked to show, and sends the signals a
/// user's click or a timeout would. Run the test on a private bus (dbus-run-session).
class FakeNotificationServer final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    explicit FakeNotificationServer(QObject *parent = nullptr);
    ~FakeNotificationServer() override;

    /// Takes the name on the session bus; false (with error()) when there is no bus or the
    /// name is taken.
    bool start(const QStringList &capabilities);
    void stop();
    [[nodiscard]] QString error() const { return m_error; }

    [[nodiscard]] QList<NotifyCall> calls() const { return m_calls; }
    [[nodiscard]] QList<uint> closeRequests() const { return m_closeRequests; }
    void clear();

    /// The user chose an action (ActionInvoked), and the server closed the popup (reason 2).
    void invokeAction(uint id, const QString &actionKey);
    /// The popup went away: 1 expired, 2 dismissed by the user, 3 closed by CloseNotification.
    void close(uint id, uint reason);

public Q_SLOTS:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary,
        const QString &body, const QStringList &actions, const QVariantMap &hints, int timeout);
    QStringList GetCapabilities() const;
    QString GetServerInformation(QString &vendor, QString &version, QString &specVersion) const;
    void CloseNotification(uint id);

private:
    void sendSignal(const QString &name, const QVariantList &arguments);

    QDBusConnection m_connection;
    QStringList m_capabilities;
    QList<NotifyCall> m_calls;
    QList<uint> m_closeRequests;
    uint m_nextId = 1;
    QString m_error;
};

} // namespace Herald::Test
