// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/sync/syncoutcome.h"

#include <QDateTime>
#include <QObject>
#include <QRandomGenerator>
#include <QString>

#include <chrono>
#include <optional>

namespace Herald {

class NetworkReachability;
class SchedulerClock;

/// Decides when Herald syncs in the background. It knows nothing of SyncEngine: it emits
/// syncRequested() and is told syncFinished().
///
/// - Every interval (60 minutes by default, 15 minutes to 24 hours), with jitter of ±10 % of
///   each wait, never more than ±10 minutes, so that many Heralds do not call in lockstep.
/// - A failed sync is retried after a backoff that doubles: 1, 2, 4 … times a base of
///   interval / 60 (at least one minute), at most 6 hours, jittered like the interval. A sync
///   that works ends the backoff. A sync that fails while the network is down does not count
///   as a failure: the scheduler retries soon after the network returns instead.
/// - The next sync is never before the Retry-After the servers sent (after a success or a
///   failure) nor, after a success, before the max-age of the feed; either is taken up to
///   24 hours. "Refresh now" is the exception: the user asked.
/// - While the network is down (NetworkReachability), nothing starts; when it returns with a
///   sync due, one starts 5–15 seconds later, once the connection has settled.
/// - A wake from sleep is noticed when the wall clock has moved at least a minute further
///   than the monotonic clock (checked at least once a minute while waiting), or at once
///   through notifyResumedFromSleep(). The time asleep counts towards the wait, and a sync
///   that became due meanwhile starts 5–15 seconds after the wake.
/// - One sync at a time: a request while one runs (requestSyncNow() or a timer) is dropped,
///   not queued, because the running sync already brings what it would have.
/// - Three failures in a row emit failingRepeatedly() once; the next streak may emit it again.
class SyncScheduler final : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::minutes DefaultInterval {60};
    static constexpr std::chrono::minutes MinimumInterval {15};
    static constexpr std::chrono::minutes MaximumInterval {24 * 60};
    static constexpr std::chrono::minutes MaximumJitter {10};
    static constexpr std::chrono::minutes MinimumBackoff {1};
    static constexpr std::chrono::minutes MaximumBackoff {6 * 60};
    /// The longest wait a Retry-After or max-age can impose.
    static constexpr std::chrono::minutes MaximumServerDelay {24 * 60};
    /// How long after the network returns, a wake or start() a due sync begins.
    static constexpr std::chrono::seconds SoonMinimum {5};
    static constexpr std::chrono::seconds SoonMaximum {15};
    /// How often the clocks are compared while waiting, and how far apart they must drift
    /// to count as a sleep.
    static constexpr std::chrono::seconds Heartbeat {60};
    static constexpr std::chrono::seconds SleepThreshold {60};
    static constexpr int FailureStreak = 3;

    /// On the system clock, following the system's network reachability.
    explicit SyncScheduler(QObject *parent = nullptr);
    /// On the given clock and network, which must outlive the scheduler.
    SyncScheduler(SchedulerClock &clock, NetworkReachability &network, QObject *parent = nullptr);
    ~SyncScheduler() override;
    Q_DISABLE_COPY_MOVE(SyncScheduler)

    [[nodiscard]] static std::chrono::minutes clampInterval(std::chrono::minutes interval);
    /// How far a wait of `delay` may be moved either way.
    [[nodiscard]] static std::chrono::milliseconds maximumJitter(std::chrono::milliseconds delay);
    /// The wait, before jitter, after `failures` failures in a row (at least 1).
    [[nodiscard]] static std::chrono::minutes backoffDelay(std::chrono::minutes interval, int failures);

    [[nodiscard]] std::chrono::minutes interval() const { return m_interval; }
    /// Clamped to 15 minutes … 24 hours; the wait under way is measured anew from the last sync.
    void setInterval(std::chrono::minutes interval);
    /// Makes the jitter repeatable (tests); by default it is seeded at random.
    void setRandomSeed(quint32 seed) { m_random.seed(seed); }

    /// Starts scheduling. With the time of the last sync (e.g. PostStore::lastSyncTime()) the
    /// first sync comes an interval after it; without one, or when that is past, soon.
    void start(const QDateTime &lastSync = {});
    /// Stops scheduling; a sync under way still finishes and requestSyncNow() still works.
    void stop();
    [[nodiscard]] bool isActive() const { return m_active; }

    /// "Refresh now": starts a sync at once, even while offline (reachability can be wrong,
    /// and the user asked), unless one is running; then the request is dropped and this
    /// returns false. The schedule starts over when the sync finishes.
    bool requestSyncNow();
    /// The sync that syncRequested() started (or any other) has finished.
    void syncFinished(const Herald::SyncOutcome &outcome);
    /// The machine woke up: a sync that fell due while it slept starts soon.
    void notifyResumedFromSleep();

    [[nodiscard]] bool isSyncing() const { return m_syncing; }
    /// The network is down; nothing starts on its own until it returns.
    [[nodiscard]] bool isPaused() const;
    /// When the next sync is planned (UTC): never in the past, invalid when not active or
    /// while a sync runs.
    [[nodiscard]] QDateTime nextSyncTime() const;
    /// When the last sync finished (UTC), or the time given to start(); invalid before.
    [[nodiscard]] QDateTime lastSyncTime() const { return m_lastSyncTime; }
    /// Why the last sync failed; empty when it worked.
    [[nodiscard]] QString lastSyncError() const { return m_lastError; }
    /// Failures in a row that count towards the backoff; 0 after a sync that worked.
    [[nodiscard]] int consecutiveFailures() const { return m_failures; }

Q_SIGNALS:
    /// Start a sync now, and report it with syncFinished().
    void syncRequested();
    /// Any of the state above changed.
    void stateChanged();
    /// The sync has failed FailureStreak times in a row; once per streak.
    void failingRepeatedly(int failures, const QString &error);

private:
    /// Accounts for a sleep the clocks reveal (or `resumed` asserts) and returns whether there was one.
    bool catchUpWithWallClock(bool resumed);
    /// Starts a due sync or waits for it; `soon` delays an overdue sync by a few seconds.
    void evaluate(bool soon = false);
    void onReachabilityChanged(bool reachable);
    void startSync();
    void reschedule();
    [[nodiscard]] std::chrono::milliseconds jittered(std::chrono::milliseconds delay);
    [[nodiscard]] std::chrono::milliseconds soonDelay();

    SchedulerClock &m_clock;
    NetworkReachability &m_network;
    QRandomGenerator m_random;
    std::chrono::minutes m_interval = DefaultInterval;
    bool m_active = false;
    bool m_syncing = false;
    int m_failures = 0;
    QString m_lastError;
    QDateTime m_lastSyncTime;
    // Points on the monotonic clock; a sleep moves them back by the time it took.
    std::optional<std::chrono::milliseconds> m_due;
    std::optional<std::chrono::milliseconds> m_lastFinished;
    std::chrono::milliseconds m_notBefore {0}; ///< what the servers asked for
    // Where the two clocks stood at the last look, to tell a sleep from the time awake.
    QDateTime m_referenceWall;
    std::chrono::milliseconds m_referenceElapsed {0};
};

} // namespace Herald
