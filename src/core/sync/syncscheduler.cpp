// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/sync/syncscheduler.h"

#include "core/sync/networkreachability.h"
#include "core/sync/schedulerclock.h"
#include "core/sync/systemschedulerclock.h"

#include <algorithm>

using namespace std::chrono_literals;
using std::chrono::milliseconds;
using std::chrono::minutes;

namespace Herald {

SyncScheduler::SyncScheduler(QObject *parent)
    : SyncScheduler(*new SystemSchedulerClock, *new NetworkReachability, parent)
{
    m_clock.setParent(this);
    m_network.setParent(this);
    m_network.followSystem();
}

SyncScheduler::SyncScheduler(SchedulerClock &clock, NetworkReachability &network, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_network(network)
    , m_random(QRandomGenerator::global()->generate())
    , m_notBefore(clock.elapsed())
{
    connect(&m_clock, &SchedulerClock::timeout, this, [this] { evaluate(); });
    connect(&m_network, &NetworkReachability::reachabilityChanged, this, &SyncScheduler::onReachabilityChanged);
}

SyncScheduler::~SyncScheduler()
{
    // An injected clock outlives us; it must not wake a scheduler that is gone.
    m_clock.disarm();
}

minutes SyncScheduler::clampInterval(minutes interval)
{
    return std::clamp(interval, MinimumInterval, MaximumInterval);
}

milliseconds SyncScheduler::maximumJitter(milliseconds delay)
{
    return std::clamp<milliseconds>(delay / 10, 0ms, MaximumJitter);
}

minutes SyncScheduler::backoffDelay(minutes interval, int failures)
{
    minutes delay = std::max(MinimumBackoff, clampInterval(interval) / 60);
    for (int i = 1; i < failures && delay < MaximumBackoff; ++i) {
        delay *= 2;
    }
    return std::min(delay, MaximumBackoff);
}

void SyncScheduler::setInterval(minutes interval)
{
    const minutes clamped = clampInterval(interval);
    if (clamped == m_interval) {
        return;
    }
    m_interval = clamped;
    if (!m_syncing) {
        reschedule();
    }
    evaluate();
}

void SyncScheduler::start(const QDateTime &lastSync)
{
    catchUpWithWallClock(false);
    m_active = true;
    if (lastSync.isValid() && !m_syncing && (!m_lastSyncTime.isValid() || lastSync > m_lastSyncTime)) {
        m_lastSyncTime = lastSync;
        // A last sync "in the future" means the clock was set back: take it as just now.
        const milliseconds since {std::max<qint64>(0, lastSync.msecsTo(m_clock.now()))};
        m_lastFinished = m_clock.elapsed() - since;
        reschedule();
    } else if (!m_due) {
        m_due = m_clock.elapsed(); // never synced here: soon
    }
    evaluate(true);
}

void SyncScheduler::stop()
{
    m_active = false;
    evaluate();
}

bool SyncScheduler::requestSyncNow()
{
    if (m_syncing) {
        return false;
    }
    catchUpWithWallClock(false);
    startSync();
    return true;
}

void SyncScheduler::syncFinished(const SyncOutcome &outcome)
{
    catchUpWithWallClock(false);
    m_syncing = false;
    const milliseconds now = m_clock.elapsed();
    m_lastFinished = now;
    m_lastSyncTime = m_clock.now();

    const auto serverDelay
        = [](int seconds) { return std::clamp<milliseconds>(std::chrono::seconds(seconds), 0ms, MaximumServerDelay); };
    milliseconds floor = 0ms;
    if (outcome.retryAfterSeconds) {
        floor = serverDelay(*outcome.retryAfterSeconds);
    }
    const bool offline = !outcome.ok && !m_network.isReachable();
    bool streak = false;
    if (outcome.ok) {
        m_failures = 0;
        m_lastError.clear();
        // max-age describes what did arrive; after a failure part of it did not.
        if (outcome.maxAgeSeconds) {
            floor = std::max(floor, serverDelay(*outcome.maxAgeSeconds));
        }
    } else {
        m_lastError = outcome.error.isEmpty() ? tr("The sync failed.") : outcome.error;
        // Failing while offline says nothing about the servers: no backoff, no alarm.
        if (!offline) {
            ++m_failures;
            streak = m_failures == FailureStreak;
        }
    }
    m_notBefore = now + floor;
    if (offline) {
        m_due = m_notBefore; // due again as soon as the network returns
    } else {
        reschedule();
    }
    if (streak) {
        Q_EMIT failingRepeatedly(m_failures, m_lastError);
    }
    if (!m_syncing) { // a slot connected to failingRepeatedly() may have asked for one
        evaluate();
    }
}

void SyncScheduler::notifyResumedFromSleep()
{
    catchUpWithWallClock(true);
    evaluate(true);
}

bool SyncScheduler::isPaused() const
{
    return !m_network.isReachable();
}

QDateTime SyncScheduler::nextSyncTime() const
{
    if (!m_active || m_syncing || !m_due) {
        return {};
    }
    const milliseconds left = std::max(*m_due - m_clock.elapsed(), 0ms);
    return m_clock.now().addMSecs(left.count());
}

bool SyncScheduler::catchUpWithWallClock(bool resumed)
{
    const QDateTime wall = m_clock.now();
    const milliseconds elapsed = m_clock.elapsed();
    bool slept = resumed;
    if (m_referenceWall.isValid()) {
        // Time the wall clock saw pass and the monotonic clock did not: the machine slept
        // (or the clock was set forward, which is treated alike and costs at most an early
        // sync). A clock set back changes nothing, since the schedule is monotonic.
        const milliseconds drift = milliseconds(m_referenceWall.msecsTo(wall)) - (elapsed - m_referenceElapsed);
        if (drift >= SleepThreshold || (resumed && drift > 0ms)) {
            slept = true;
            if (m_due) {
                *m_due -= drift;
            }
            if (m_lastFinished) {
                *m_lastFinished -= drift;
            }
            m_notBefore -= drift;
        }
    }
    m_referenceWall = wall;
    m_referenceElapsed = elapsed;
    return slept;
}

void SyncScheduler::evaluate(bool soon)
{
    soon = catchUpWithWallClock(false) || soon;
    m_clock.disarm();
    if (m_active && !m_syncing && m_due && m_network.isReachable()) {
        const milliseconds now = m_clock.elapsed();
        if (soon && *m_due <= now) {
            m_due = now + soonDelay();
        }
        if (*m_due <= now) {
            startSync();
            return;
        }
        // Wake up at least once a heartbeat, so that a sleep is noticed even when the next
        // sync is hours away (the monotonic clock, and so the timer, stands still in sleep).
        m_clock.arm(std::min<milliseconds>(*m_due - now, Heartbeat));
    }
    Q_EMIT stateChanged();
}

void SyncScheduler::onReachabilityChanged(bool reachable)
{
    evaluate(reachable);
}

void SyncScheduler::startSync()
{
    m_syncing = true;
    m_due.reset();
    m_clock.disarm();
    Q_EMIT stateChanged();
    // Last: a synchronous receiver may call syncFinished() before this returns.
    Q_EMIT syncRequested();
}

void SyncScheduler::reschedule()
{
    if (!m_lastFinished) {
        return;
    }
    const milliseconds wait
        = m_failures > 0 ? milliseconds(backoffDelay(m_interval, m_failures)) : milliseconds(m_interval);
    m_due = std::max(*m_lastFinished + jittered(wait), m_notBefore);
}

milliseconds SyncScheduler::jittered(milliseconds delay)
{
    const qint64 jitter = maximumJitter(delay).count();
    return delay + milliseconds(m_random.bounded(-jitter, jitter + 1));
}

milliseconds SyncScheduler::soonDelay()
{
    return milliseconds(
        m_random.bounded(qint64(milliseconds(SoonMinimum).count()), qint64(milliseconds(SoonMaximum).count()) + 1));
}

} // namespace Herald
