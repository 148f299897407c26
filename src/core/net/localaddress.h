// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

class QHostAddress;

namespace Herald {

/// Addresses of this machine and of the local network, which remote content must never make
/// Herald contact: a router's admin page, a development server on localhost, a printer.
class LocalAddress final
{
public:
    /// Loopback, link-local, private (RFC 1918, unique-local, site-local), unspecified,
    /// multicast and broadcast addresses, IPv4-mapped IPv6 ones included.
    [[nodiscard]] static bool isLocal(const QHostAddress &address);
    /// A host as written in a URL: a literal local address, or a name that means this machine
    /// without asking DNS (localhost, *.localhost, ip6-localhost, ip6-loopback). Other names
    /// are not resolved here (see HttpClient, which checks what they resolve to).
    [[nodiscard]] static bool isLocalHost(const QString &host);
};

} // namespace Herald
