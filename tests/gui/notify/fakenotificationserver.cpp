// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "fakenotificationserver.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>

using namespace Qt::StringLiterals;

namespace Herald::Test {

namespace {

const QString ServiceName = u"org.freedesktop.Notifications"_s;
const QString ObjectPath = u"/org/freedesktop/Notifications"_s;
const QString ConnectionName = u"herald-fake-notification-server"_s;

} // namespace

QString NotifyCall::actionKey(const QString &label, bool defaultAction) const
{
    for (qsizetype i = 0; i + 1 < actions.size(); i += 2) {
        const bool isDefault = actions.at(i) == u"default"_s;
        if (actions.at(i + 1) == label && isDefault == defaultAction) {
            return actions.at(i);
        }
    }
    return {};
}

QStringList NotifyCall::actionLabels() const
{
    QStringList labels;
    for (qsizetype i = 0; i + 1 < actions.size(); i += 2) {
        if (actions.at(i) != u"default"_s) {
            labels << actions.at(i + 1);
        }
    }
    return labels;
}

FakeNotificationServer::FakeNotificationServer(QObject *parent)
    : QObject(parent)
    , m_connection(ConnectionName)
{ }

FakeNotificationServer::~FakeNotificationServer()
{
    stop();
}

bool FakeNotificationServer::start(const QStringList &capabilities)
{
    m_capabilities = capabilities;
    // A connection of its own, as a real server has: the client sees a separate peer, and
    // signals come from another sender than its own calls.
    m_connection = QDBusConnection::connectToBus(QDBusConnection::SessionBus, ConnectionName);
    if (!m_connection.isConnected()) {
        m_error = u"no session bus: "_s + m_connection.lastError().message();
        return false;
    }
    if (!m_connection.registerObject(ObjectPath, this, QDBusConnection::ExportAllSlots)) {
        m_error = u"cannot register the object"_s;
        return false;
    }
    if (!m_connection.registerService(ServiceName)) {
        m_error = u"cannot own "_s + ServiceName + u": "_s + m_connection.lastError().message();
        return false;
    }
    return true;
}

void FakeNotificationServer::stop()
{
    if (m_connection.isConnected()) {
        m_connection.unregisterService(ServiceName);
        m_connection.unregisterObject(ObjectPath);
    }
    QDBusConnection::disconnectFromBus(ConnectionName);
}

void FakeNotificationServer::clear()
{
    m_calls.clear();
    m_closeRequests.clear();
}

uint FakeNotificationServer::Notify(const QString &appName, uint replacesId, const QString &appIcon,
    const QString &summary, const QString &body, const QStringList &actions, const QVariantMap &hints, int timeout)
{
    NotifyCall call {
        replacesId ? replacesId : m_nextId++, appName, replacesId, appIcon, summary, body, actions, hints, timeout};
    m_calls.append(call);
    return call.id;
}

QStringList FakeNotificationServer::GetCapabilities() const
{
    return m_capabilities;
}

QString FakeNotificationServer::GetServerInformation(QString &vendor, QString &version, QString &specVersion) const
{
    vendor = u"Herald tests"_s;
    version = u"1.0"_s;
    specVersion = u"1.2"_s;
    return u"fake-notification-server"_s;
}

void FakeNotificationServer::CloseNotification(uint id)
{
    m_closeRequests.append(id);
    close(id, 3);
}

void FakeNotificationServer::invokeAction(uint id, const QString &actionKey)
{
    sendSignal(u"ActionInvoked"_s, {id, actionKey});
    close(id, 2);
}

void FakeNotificationServer::close(uint id, uint reason)
{
    sendSignal(u"NotificationClosed"_s, {id, reason});
}

void FakeNotificationServer::sendSignal(const QString &name, const QVariantList &arguments)
{
    QDBusMessage message = QDBusMessage::createSignal(ObjectPath, ServiceName, name);
    message.setArguments(arguments);
    m_connection.send(message);
}

} // namespace Herald::Test
