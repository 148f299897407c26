// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>

namespace Herald {

/// Whether the network is there, for SyncScheduler to pause while it is not.
///
/// On its own it is a plain switch (reachable until told otherwise), which is what tests
/// drive; followSystem() ties it to QNetworkInformation. Only "disconnected" counts as
/// offline: a wrong "offline" would stop syncing silently, while a wrong "online" costs one
/// failed sync that then backs off. Without a reachability backend Herald is always online.
class NetworkReachability final : public QObject
{
    Q_OBJECT

public:
    explicit NetworkReachability(QObject *parent = nullptr);

    [[nodiscard]] bool isReachable() const { return m_reachable; }
    void setReachable(bool reachable);

    /// Follows QNetworkInformation from now on. False, staying reachable, when the platform
    /// has no backend that reports reachability.
    bool followSystem();

Q_SIGNALS:
    void reachabilityChanged(bool reachable);

private:
    bool m_reachable = true;
};

} // namespace Herald
