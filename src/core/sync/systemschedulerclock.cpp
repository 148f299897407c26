// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/sync/systemschedulerclock.h"

#include <QTimer>

namespace Herald {

SystemSchedulerClock::SystemSchedulerClock(QObject *parent)
    : SchedulerClock(parent)
    , m_timer(new QTimer(this))
{
    m_elapsed.start();
    m_timer->setSingleShot(true);
    // The scheduler deals in minutes; a coarse timer lets the system batch wake-ups.
    m_timer->setTimerType(Qt::CoarseTimer);
    connect(m_timer, &QTimer::timeout, this, &SchedulerClock::timeout);
}

QDateTime SystemSchedulerClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

std::chrono::milliseconds SystemSchedulerClock::elapsed() const
{
    return std::chrono::milliseconds(m_elapsed.elapsed());
}

void SystemSchedulerClock::arm(std::chrono::milliseconds delay)
{
    m_timer->start(std::max(delay, std::chrono::milliseconds(0)));
}

void SystemSchedulerClock::disarm()
{
    m_timer->stop();
}

} // namespace Herald
