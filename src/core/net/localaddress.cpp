// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/net/localaddress.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace Herald {

bool LocalAddress::isLocal(const QHostAddress &address)
{
    if (address.isNull()) {
        return false;
    }
    // ::ffff:127.0.0.1 is 127.0.0.1.
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    if (mapped && address.protocol() == QAbstractSocket::IPv6Protocol) {
        return isLocal(QHostAddress(v4));
    }
    // isGlobal() is false for loopback, link-local, multicast, broadcast and 0.0.0.0, but true
    // for the RFC 1918 and unique-local ranges of home and office networks.
    return !address.isGlobal() || address.isPrivateUse() || address.isUniqueLocalUnicast() || address.isSiteLocal();
}

bool LocalAddress::isLocalHost(const QString &host)
{
    QString name = host.toLower();
    if (name.endsWith(u'.')) {
        name.chop(1); // "localhost." is localhost
    }
    if (name == "localhost"_L1 || name.endsWith(".localhost"_L1) || name == "ip6-localhost"_L1
        || name == "ip6-loopback"_L1) {
        return true;
    }
    if (name.startsWith(u'[') && name.endsWith(u']')) {
        name = name.mid(1, name.size() - 2);
    }
    return isLocal(QHostAddress(name));
}

} // namespace Herald
