// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QObject>

#include <chrono>

namespace Herald {

/// The time SyncScheduler lives by: a wall clock, a monotonic clock and one single-shot
/// wake-up. Abstract so that a test can walk the scheduler through days (and through a
/// suspended laptop) without waiting; SystemSchedulerClock is the real one.
///
/// The two clocks disagree on purpose. The wall clock may jump (the machine slept, the user
/// or NTP set it); the monotonic clock never jumps but may stand still while the machine
/// sleeps. The scheduler compares them to notice a wake from sleep.
class SchedulerClock : public QObject
{
    Q_OBJECT

public:
    explicit SchedulerClock(QObject *parent = nullptr)
        : QObject(parent)
    { }
    Q_DISABLE_COPY_MOVE(SchedulerClock)

    /// The wall clock, in UTC.
    [[nodiscard]] virtual QDateTime now() const = 0;
    /// The monotonic clock, from an arbitrary origin.
    [[nodiscard]] virtual std::chrono::milliseconds elapsed() const = 0;
    /// Emits timeout() once, `delay` of monotonic time from now; replaces an earlier arm().
    virtual void arm(std::chrono::milliseconds delay) = 0;
    /// Cancels the pending timeout(), if any.
    virtual void disarm() = 0;

Q_SIGNALS:
    void timeout();
};

} // namespace Herald
