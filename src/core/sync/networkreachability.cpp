// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/sync/networkreachability.h"

#include <QNetworkInformation>

namespace Herald {

NetworkReachability::NetworkReachability(QObject *parent)
    : QObject(parent)
{ }

void NetworkReachability::setReachable(bool reachable)
{
    if (reachable == m_reachable) {
        return;
    }
    m_reachable = reachable;
    Q_EMIT reachabilityChanged(reachable);
}

bool NetworkReachability::followSystem()
{
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        return false;
    }
    QNetworkInformation *information = QNetworkInformation::instance();
    if (!information) {
        return false;
    }
    const auto apply = [this](QNetworkInformation::Reachability reachability) {
        setReachable(reachability != QNetworkInformation::Reachability::Disconnected);
    };
    connect(information, &QNetworkInformation::reachabilityChanged, this, apply);
    apply(information->reachability());
    return true;
}

} // namespace Herald
