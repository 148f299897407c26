// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// SyncScheduler on a clock that moves only when told, so hours pass and laptops sleep in
// microseconds and every wait can be measured to the millisecond.
#include "core/sync/networkreachability.h"
#include "core/sync/schedulerclock.h"
#include "core/sync/syncoutcome.h"
#include "core/sync/syncscheduler.h"
#include "core/sync/syncsummary.h"

#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Herald::NetworkReachability;
using Herald::SyncOutcome;
using Herald::SyncScheduler;
using std::chrono::milliseconds;
using std::chrono::minutes;

/// advance() is time with the machine awake: both clocks move and the wake-up fires at its
/// moment. sleep() is a suspended machine: only the wall clock moves.
class FakeClock final : public Herald::SchedulerClock
{
    Q_OBJECT

public:
    explicit FakeClock(QObject *parent = nullptr)
        : SchedulerClock(parent)
        , m_wall(QDate(2025, 3, 1), QTime(12, 0), QTimeZone::UTC)
    { }

    [[nodiscard]] QDateTime now() const override { return m_wall; }
    [[nodiscard]] milliseconds elapsed() const override { return m_elapsed; }
    void arm(milliseconds delay) override { m_deadline = m_elapsed + std::max(delay, 0ms); }
    void disarm() override { m_deadline.reset(); }

    [[nodiscard]] std::optional<milliseconds> deadline() const { return m_deadline; }

    void advance(milliseconds by)
    {
        const milliseconds end = m_elapsed + by;
        while (m_deadline && *m_deadline <= end) {
            step(*m_deadline - m_elapsed);
            m_deadline.reset();
            Q_EMIT timeout();
        }
        step(end - m_elapsed);
    }

    void sleep(milliseconds duration) { m_wall = m_wall.addMSecs(duration.count()); }
    /// Someone set the clock.
    void setWall(const QDateTime &wall) { m_wall = wall; }

private:
    void step(milliseconds by)
    {
        m_elapsed += by;
        m_wall = m_wall.addMSecs(by.count());
    }

    QDateTime m_wall;
    milliseconds m_elapsed {0};
    std::optional<milliseconds> m_deadline;
};

namespace {

SyncOutcome success(std::optional<int> retryAfter = {}, std::optional<int> maxAge = {})
{
    return {true, {}, retryAfter, maxAge};
}

SyncOutcome failure(const QString &error = u"HTTP 503 Service Unavailable"_s, std::optional<int> retryAfter = {})
{
    return {false, error, retryAfter, {}};
}

std::optional<int> optionalInt(const QVariant &value)
{
    return value.isValid() ? std::optional<int>(value.toInt()) : std::nullopt;
}

} // namespace

class TestSyncScheduler final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void defaultIntervalIsAnHour();
    void clampsTheInterval_data();
    void clampsTheInterval();
    void jitterStaysWithinBounds_data();
    void jitterStaysWithinBounds();
    void jitterIsRepeatableWithASeed();
    void backoffDelay_data();
    void backoffDelay();
    void backsOffAfterFailuresAndResetsOnSuccess();
    void honoursTheServers_data();
    void honoursTheServers();
    void startsFromTheLastSync_data();
    void startsFromTheLastSync();
    void changingTheIntervalReschedules();
    void pausesWhileOffline();
    void comingBackOnlineBeforeItIsDueChangesNothing();
    void failingWhileOfflineIsNotAFailure();
    void syncsAfterWakingFromSleep_data();
    void syncsAfterWakingFromSleep();
    void clockSetBackDoesNotPostpone();
    void refreshNowRunsAtOnceAndRestartsTheSchedule();
    void refreshNowWorksOffline();
    void toleratesASynchronousSync();
    void failingRepeatedlyIsSignalledOncePerStreak();
    void reportsItsStateForTheWindow();
    void stopStopsScheduling();
    void neverTwoSyncsAtOnce();
    void reachabilitySignalsOnlyChanges();
    void outcomeFromASummary();

private:
    void makeScheduler(quint32 seed = 1);
    /// Runs the clock from wake-up to wake-up until a sync is requested; how long that took.
    std::optional<milliseconds> waitForRequest(milliseconds limit = 48h);
    /// How long until the sync the scheduler plans.
    [[nodiscard]] milliseconds plannedWait() const;
    void finish(const SyncOutcome &outcome);

    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<NetworkReachability> m_network;
    std::unique_ptr<SyncScheduler> m_scheduler;
    int m_requests = 0;
    int m_overlaps = 0;
    bool m_running = false;
};

void TestSyncScheduler::init()
{
    m_clock = std::make_unique<FakeClock>();
    m_network = std::make_unique<NetworkReachability>();
    makeScheduler();
}

void TestSyncScheduler::cleanup()
{
    m_scheduler.reset();
    m_network.reset();
    m_clock.reset();
}

void TestSyncScheduler::makeScheduler(quint32 seed)
{
    m_scheduler.reset();
    m_requests = 0;
    m_overlaps = 0;
    m_running = false;
    m_scheduler = std::make_unique<SyncScheduler>(*m_clock, *m_network);
    m_scheduler->setRandomSeed(seed);
    connect(m_scheduler.get(), &SyncScheduler::syncRequested, this, [this] {
        if (m_running) {
            ++m_overlaps;
        }
        m_running = true;
        ++m_requests;
    });
}

std::optional<milliseconds> TestSyncScheduler::waitForRequest(milliseconds limit)
{
    const milliseconds start = m_clock->elapsed();
    const int before = m_requests;
    while (m_requests == before && m_clock->deadline() && *m_clock->deadline() - start <= limit) {
        m_clock->advance(*m_clock->deadline() - m_clock->elapsed());
    }
    if (m_requests == before) {
        return std::nullopt;
    }
    return m_clock->elapsed() - start;
}

milliseconds TestSyncScheduler::plannedWait() const
{
    return milliseconds(m_clock->now().msecsTo(m_scheduler->nextSyncTime()));
}

void TestSyncScheduler::finish(const SyncOutcome &outcome)
{
    m_running = false;
    m_scheduler->syncFinished(outcome);
}

void TestSyncScheduler::defaultIntervalIsAnHour()
{
    QCOMPARE(m_scheduler->interval(), 60min);
    m_scheduler->start();
    const auto first = waitForRequest();
    QVERIFY(first);
    QVERIFY(*first >= 5s && *first <= 15s);

    finish(success());
    const milliseconds planned = plannedWait();
    QVERIFY2(planned >= 54min && planned <= 66min, qPrintable(QString::number(planned.count())));
    QCOMPARE(waitForRequest(), planned);
}

void TestSyncScheduler::clampsTheInterval_data()
{
    QTest::addColumn<int>("asked");
    QTest::addColumn<int>("expected");

    QTest::newRow("negative") << -5 << 15;
    QTest::newRow("zero") << 0 << 15;
    QTest::newRow("one minute") << 1 << 15;
    QTest::newRow("just below the minimum") << 14 << 15;
    QTest::newRow("the minimum") << 15 << 15;
    QTest::newRow("an hour") << 60 << 60;
    QTest::newRow("six hours") << 360 << 360;
    QTest::newRow("the maximum") << 1440 << 1440;
    QTest::newRow("just above the maximum") << 1441 << 1440;
    QTest::newRow("a year") << 525600 << 1440;
}

void TestSyncScheduler::clampsTheInterval()
{
    QFETCH(int, asked);
    QFETCH(int, expected);
    QCOMPARE(SyncScheduler::clampInterval(minutes(asked)), minutes(expected));
    m_scheduler->setInterval(minutes(asked));
    QCOMPARE(m_scheduler->interval(), minutes(expected));
}

void TestSyncScheduler::jitterStaysWithinBounds_data()
{
    QTest::addColumn<int>("interval");
    QTest::addColumn<milliseconds>("jitter");

    QTest::newRow("15 minutes: ±10 %") << 15 << milliseconds(90s);
    QTest::newRow("1 hour: ±10 %") << 60 << milliseconds(6min);
    QTest::newRow("100 minutes: ±10 %, at the bound") << 100 << milliseconds(10min);
    QTest::newRow("4 hours: bounded to ±10 minutes") << 240 << milliseconds(10min);
    QTest::newRow("24 hours: bounded to ±10 minutes") << 1440 << milliseconds(10min);
}

void TestSyncScheduler::jitterStaysWithinBounds()
{
    QFETCH(int, interval);
    QFETCH(milliseconds, jitter);
    const milliseconds base = minutes(interval);
    QCOMPARE(SyncScheduler::maximumJitter(base), jitter);

    m_scheduler->setInterval(minutes(interval));
    m_scheduler->start(m_clock->now());
    QSet<qint64> seen;
    milliseconds shortest = base;
    milliseconds longest = base;
    for (int i = 0; i < 500; ++i) {
        QVERIFY(m_scheduler->requestSyncNow());
        finish(success());
        const milliseconds wait = plannedWait();
        QVERIFY2(wait >= base - jitter && wait <= base + jitter, qPrintable(QString::number(wait.count())));
        seen.insert(wait.count());
        shortest = std::min(shortest, wait);
        longest = std::max(longest, wait);
    }
    // Spread out, to both sides, not a constant.
    QVERIFY(seen.size() > 400);
    QVERIFY(shortest < base - jitter / 2);
    QVERIFY(longest > base + jitter / 2);
    // And the timer keeps the time it announces.
    const milliseconds planned = plannedWait();
    QCOMPARE(waitForRequest(), planned);
}

void TestSyncScheduler::jitterIsRepeatableWithASeed()
{
    const auto waits = [this](quint32 seed) {
        makeScheduler(seed);
        m_scheduler->start(m_clock->now());
        QList<qint64> result;
        for (int i = 0; i < 20; ++i) {
            m_scheduler->requestSyncNow();
            finish(success());
            result << m_clock->now().msecsTo(m_scheduler->nextSyncTime());
        }
        return result;
    };
    const QList<qint64> first = waits(42);
    QCOMPARE(waits(42), first);
    QVERIFY(waits(43) != first);
}

void TestSyncScheduler::backoffDelay_data()
{
    QTest::addColumn<int>("interval");
    QTest::addColumn<int>("failures");
    QTest::addColumn<int>("expected");

    QTest::newRow("1 h, first failure") << 60 << 1 << 1;
    QTest::newRow("1 h, second") << 60 << 2 << 2;
    QTest::newRow("1 h, third") << 60 << 3 << 4;
    QTest::newRow("1 h, fourth") << 60 << 4 << 8;
    QTest::newRow("1 h, ninth") << 60 << 9 << 256;
    QTest::newRow("1 h, tenth reaches the cap") << 60 << 10 << 360;
    QTest::newRow("1 h, thirtieth stays at the cap") << 60 << 30 << 360;
    QTest::newRow("1 h, a thousandth does not overflow") << 60 << 1000 << 360;
    QTest::newRow("15 min: never below a minute") << 15 << 1 << 1;
    QTest::newRow("15 min, fifth") << 15 << 5 << 16;
    QTest::newRow("24 h: base of 24 min") << 1440 << 1 << 24;
    QTest::newRow("24 h, second") << 1440 << 2 << 48;
    QTest::newRow("24 h, fourth") << 1440 << 4 << 192;
    QTest::newRow("24 h, fifth reaches the cap") << 1440 << 5 << 360;
}

void TestSyncScheduler::backoffDelay()
{
    QFETCH(int, interval);
    QFETCH(int, failures);
    QFETCH(int, expected);
    QCOMPARE(SyncScheduler::backoffDelay(minutes(interval), failures), minutes(expected));
}

void TestSyncScheduler::backsOffAfterFailuresAndResetsOnSuccess()
{
    m_scheduler->start(m_clock->now());
    QVERIFY(m_scheduler->requestSyncNow());
    finish(failure());
    for (int failures = 1; failures <= 12; ++failures) {
        QCOMPARE(m_scheduler->consecutiveFailures(), failures);
        const milliseconds expected = SyncScheduler::backoffDelay(60min, failures);
        const milliseconds jitter = SyncScheduler::maximumJitter(expected);
        const auto wait = waitForRequest();
        QVERIFY(wait);
        QVERIFY2(*wait >= expected - jitter && *wait <= expected + jitter,
            qPrintable(u"failure %1: waited %2 ms"_s.arg(failures).arg(wait->count())));
        finish(failure());
    }
    QCOMPARE(m_scheduler->consecutiveFailures(), 13);
    QVERIFY(plannedWait() > 5h);

    QVERIFY(waitForRequest());
    finish(success());
    QCOMPARE(m_scheduler->consecutiveFailures(), 0);
    QVERIFY(m_scheduler->lastSyncError().isEmpty());
    const auto wait = waitForRequest();
    QVERIFY(wait && *wait >= 54min && *wait <= 66min);

    // A new streak starts from the bottom again.
    finish(failure());
    const auto retry = waitForRequest();
    QVERIFY(retry && *retry >= 54s && *retry <= 66s);
}

void TestSyncScheduler::honoursTheServers_data()
{
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QVariant>("retryAfter");
    QTest::addColumn<QVariant>("maxAge");
    QTest::addColumn<milliseconds>("earliest");
    QTest::addColumn<milliseconds>("latest");

    const QVariant none;
    const milliseconds intervalLow = 54min;
    const milliseconds intervalHigh = 66min;
    QTest::newRow("Retry-After beyond the interval postpones")
        << true << QVariant(3 * 3600) << none << milliseconds(3h) << milliseconds(3h);
    QTest::newRow("Retry-After beyond the backoff postpones")
        << false << QVariant(2 * 3600) << none << milliseconds(2h) << milliseconds(2h);
    QTest::newRow("Retry-After within the interval changes nothing")
        << true << QVariant(600) << none << intervalLow << intervalHigh;
    QTest::newRow("Retry-After within the backoff changes nothing")
        << false << QVariant(30) << none << milliseconds(54s) << milliseconds(66s);
    QTest::newRow("a negative Retry-After is nothing") << true << QVariant(-100) << none << intervalLow << intervalHigh;
    QTest::newRow("a year of Retry-After is taken as a day")
        << true << QVariant(365 * 86400) << none << milliseconds(24h) << milliseconds(24h);
    QTest::newRow("max-age beyond the interval postpones")
        << true << none << QVariant(2 * 3600) << milliseconds(2h) << milliseconds(2h);
    QTest::newRow("max-age within the interval changes nothing")
        << true << none << QVariant(600) << intervalLow << intervalHigh;
    QTest::newRow("max-age of a failed sync is ignored")
        << false << none << QVariant(2 * 3600) << milliseconds(54s) << milliseconds(66s);
    QTest::newRow("with both, the later wins")
        << true << QVariant(2 * 3600) << QVariant(3 * 3600) << milliseconds(3h) << milliseconds(3h);
}

void TestSyncScheduler::honoursTheServers()
{
    QFETCH(bool, ok);
    QFETCH(QVariant, retryAfter);
    QFETCH(QVariant, maxAge);
    QFETCH(milliseconds, earliest);
    QFETCH(milliseconds, latest);

    m_scheduler->start(m_clock->now());
    QVERIFY(m_scheduler->requestSyncNow());
    finish({ok, ok ? QString() : u"HTTP 429 Too Many Requests"_s, optionalInt(retryAfter), optionalInt(maxAge)});
    const milliseconds planned = plannedWait();
    QVERIFY2(planned >= earliest && planned <= latest, qPrintable(QString::number(planned.count())));
    QCOMPARE(waitForRequest(), planned);
}

void TestSyncScheduler::startsFromTheLastSync_data()
{
    QTest::addColumn<QVariant>("minutesAgo");
    QTest::addColumn<milliseconds>("earliest");
    QTest::addColumn<milliseconds>("latest");

    QTest::newRow("never synced: soon") << QVariant() << milliseconds(5s) << milliseconds(15s);
    QTest::newRow("10 minutes ago: the rest of the hour") << QVariant(10) << milliseconds(44min) << milliseconds(56min);
    QTest::newRow("2 hours ago: overdue, soon") << QVariant(120) << milliseconds(5s) << milliseconds(15s);
    QTest::newRow("in the future: the clock was set back")
        << QVariant(-30) << milliseconds(54min) << milliseconds(66min);
}

void TestSyncScheduler::startsFromTheLastSync()
{
    QFETCH(QVariant, minutesAgo);
    QFETCH(milliseconds, earliest);
    QFETCH(milliseconds, latest);

    const QDateTime lastSync = minutesAgo.isValid() ? m_clock->now().addSecs(-60 * minutesAgo.toInt()) : QDateTime();
    m_scheduler->start(lastSync);
    QVERIFY(m_scheduler->isActive());
    QCOMPARE(m_scheduler->lastSyncTime(), lastSync);
    const auto wait = waitForRequest();
    QVERIFY(wait);
    QVERIFY2(*wait >= earliest && *wait <= latest, qPrintable(QString::number(wait->count())));
    QCOMPARE(m_requests, 1);
}

void TestSyncScheduler::changingTheIntervalReschedules()
{
    m_scheduler->start(m_clock->now());
    QVERIFY(m_scheduler->requestSyncNow());
    finish(success());
    m_clock->advance(20min);
    QCOMPARE(m_requests, 1);
    // 15 minutes after the last sync have passed: due at once.
    m_scheduler->setInterval(15min);
    QCOMPARE(m_requests, 2);
    finish(success());
    m_scheduler->setInterval(24h);
    const milliseconds planned = plannedWait();
    QVERIFY(planned >= 24h - 10min && planned <= 24h + 10min);
    QCOMPARE(waitForRequest(), planned);
}

void TestSyncScheduler::pausesWhileOffline()
{
    QSignalSpy state(m_scheduler.get(), &SyncScheduler::stateChanged);
    m_scheduler->start(m_clock->now());
    m_network->setReachable(false);
    QVERIFY(m_scheduler->isPaused());
    QVERIFY(!state.isEmpty());
    m_clock->advance(5h);
    QCOMPARE(m_requests, 0);
    QVERIFY(!m_clock->deadline());
    // Overdue: the window says "now", paused.
    QCOMPARE(m_scheduler->nextSyncTime(), m_clock->now());

    m_network->setReachable(true);
    QVERIFY(!m_scheduler->isPaused());
    QCOMPARE(m_requests, 0); // the connection gets a moment to settle
    const auto wait = waitForRequest();
    QVERIFY(wait);
    QVERIFY2(*wait >= 5s && *wait <= 15s, qPrintable(QString::number(wait->count())));
    QCOMPARE(m_requests, 1);
}

void TestSyncScheduler::comingBackOnlineBeforeItIsDueChangesNothing()
{
    m_scheduler->start(m_clock->now());
    const milliseconds planned = plannedWait();
    m_clock->advance(10min);
    m_network->setReachable(false);
    m_clock->advance(10min);
    m_network->setReachable(true);
    QCOMPARE(waitForRequest(), planned - 20min);
}

void TestSyncScheduler::failingWhileOfflineIsNotAFailure()
{
    QSignalSpy streak(m_scheduler.get(), &SyncScheduler::failingRepeatedly);
    m_scheduler->start(m_clock->now());
    for (int i = 0; i < 4; ++i) {
        QVERIFY(m_scheduler->requestSyncNow());
        m_network->setReachable(false);
        finish(failure(u"Host not found"_s));
        QCOMPARE(m_scheduler->consecutiveFailures(), 0);
        QCOMPARE(m_scheduler->lastSyncError(), u"Host not found"_s);
        m_clock->advance(2h);
        QCOMPARE(m_requests, 2 * i + 1);
        m_network->setReachable(true);
        const auto wait = waitForRequest();
        QVERIFY(wait && *wait >= 5s && *wait <= 15s);
        finish(success());
    }
    QCOMPARE(streak.count(), 0);
}

void TestSyncScheduler::syncsAfterWakingFromSleep_data()
{
    QTest::addColumn<milliseconds>("asleep");
    QTest::addColumn<bool>("told");
    QTest::addColumn<bool>("overdue");

    QTest::newRow("overdue, the clocks tell") << milliseconds(3h) << false << true;
    QTest::newRow("overdue, the desktop tells") << milliseconds(3h) << true << true;
    QTest::newRow("overdue after days, the clocks tell") << milliseconds(72h) << false << true;
    QTest::newRow("not overdue, the clocks tell") << milliseconds(20min) << false << false;
    QTest::newRow("not overdue, the desktop tells") << milliseconds(20min) << true << false;
    QTest::newRow("a nap below the threshold, the clocks tell") << milliseconds(50s) << false << false;
}

void TestSyncScheduler::syncsAfterWakingFromSleep()
{
    QFETCH(milliseconds, asleep);
    QFETCH(bool, told);
    QFETCH(bool, overdue);

    m_scheduler->start(m_clock->now());
    QVERIFY(m_scheduler->requestSyncNow());
    finish(success());
    const milliseconds planned = plannedWait();
    m_clock->advance(10min);
    m_clock->sleep(asleep);
    if (told) {
        m_scheduler->notifyResumedFromSleep();
    }
    const auto wait = waitForRequest();
    QVERIFY(wait);
    if (overdue) {
        // Told: a few seconds. Noticed: within a heartbeat, then a few seconds.
        const milliseconds latest = told ? milliseconds(15s) : milliseconds(SyncScheduler::Heartbeat + 15s);
        QVERIFY2(*wait >= 5s && *wait <= latest, qPrintable(QString::number(wait->count())));
    } else if (asleep >= SyncScheduler::SleepThreshold || told) {
        // The sleep counted towards the wait.
        QCOMPARE(*wait, planned - 10min - asleep);
    } else {
        // Too short to tell from clock drift: the wait goes on as if awake.
        QCOMPARE(*wait, planned - 10min);
    }
    QCOMPARE(m_requests, 2);
}

void TestSyncScheduler::clockSetBackDoesNotPostpone()
{
    m_scheduler->start(m_clock->now());
    QVERIFY(m_scheduler->requestSyncNow());
    finish(success());
    const milliseconds planned = plannedWait();
    m_clock->advance(10min);
    m_clock->setWall(m_clock->now().addDays(-1));
    QCOMPARE(plannedWait(), planned - 10min);
    QCOMPARE(waitForRequest(), planned - 10min);
}

void TestSyncScheduler::refreshNowRunsAtOnceAndRestartsTheSchedule()
{
    m_scheduler->start(m_clock->now());
    m_clock->advance(50min);
    QVERIFY(m_scheduler->requestSyncNow());
    QCOMPARE(m_requests, 1);
    QVERIFY(m_scheduler->isSyncing());
    QVERIFY(!m_scheduler->nextSyncTime().isValid());

    // Dropped, not queued: nothing overlaps and nothing follows.
    QVERIFY(!m_scheduler->requestSyncNow());
    QCOMPARE(m_requests, 1);
    m_clock->advance(30min); // the old schedule falls due meanwhile
    QCOMPARE(m_requests, 1);
    finish(success());
    QVERIFY(!m_scheduler->isSyncing());
    m_clock->advance(5min);
    QCOMPARE(m_requests, 1);

    // The schedule starts over from the refresh.
    const auto wait = waitForRequest();
    QVERIFY(wait && *wait >= 49min && *wait <= 61min);
    QCOMPARE(m_overlaps, 0);
}

void TestSyncScheduler::refreshNowWorksOffline()
{
    m_scheduler->start(m_clock->now());
    m_network->setReachable(false);
    QVERIFY(m_scheduler->requestSyncNow());
    QCOMPARE(m_requests, 1);
}

void TestSyncScheduler::toleratesASynchronousSync()
{
    // An engine that reports before syncRequested() even returns.
    connect(m_scheduler.get(), &SyncScheduler::syncRequested, this, [this] { finish(success()); });
    m_scheduler->start(m_clock->now());
    QVERIFY(m_scheduler->requestSyncNow());
    QVERIFY(!m_scheduler->isSyncing());
    QVERIFY(m_scheduler->nextSyncTime().isValid());
    m_clock->advance(10h);
    QVERIFY(m_requests >= 9 && m_requests <= 12);
    QCOMPARE(m_overlaps, 0);
}

void TestSyncScheduler::failingRepeatedlyIsSignalledOncePerStreak()
{
    QSignalSpy streak(m_scheduler.get(), &SyncScheduler::failingRepeatedly);
    m_scheduler->start(m_clock->now());
    QVERIFY(m_scheduler->requestSyncNow());
    for (int i = 1; i <= 6; ++i) {
        finish(failure(u"HTTP 500 from https://blog.python.org/rss.xml"_s));
        QCOMPARE(streak.count(), i >= SyncScheduler::FailureStreak ? 1 : 0);
        QVERIFY(waitForRequest());
    }
    QCOMPARE(streak.constFirst().at(0).toInt(), 3);
    QCOMPARE(streak.constFirst().at(1).toString(), u"HTTP 500 from https://blog.python.org/rss.xml"_s);

    finish(success());
    for (int i = 1; i <= 3; ++i) {
        QVERIFY(waitForRequest());
        finish(failure());
    }
    QCOMPARE(streak.count(), 2);
}

void TestSyncScheduler::reportsItsStateForTheWindow()
{
    QVERIFY(!m_scheduler->isActive());
    QVERIFY(!m_scheduler->nextSyncTime().isValid());
    QVERIFY(!m_scheduler->lastSyncTime().isValid());

    QSignalSpy state(m_scheduler.get(), &SyncScheduler::stateChanged);
    m_scheduler->start(m_clock->now().addSecs(-600));
    QVERIFY(m_scheduler->isActive());
    QVERIFY(m_scheduler->nextSyncTime() > m_clock->now());
    QVERIFY(!state.isEmpty());

    state.clear();
    QVERIFY(m_scheduler->requestSyncNow());
    QVERIFY(m_scheduler->isSyncing());
    QVERIFY(!m_scheduler->nextSyncTime().isValid());
    QVERIFY(!state.isEmpty());

    m_clock->advance(2min);
    finish(failure(u"The feed timed out"_s));
    QCOMPARE(m_scheduler->lastSyncTime(), m_clock->now());
    QCOMPARE(m_scheduler->lastSyncError(), u"The feed timed out"_s);
    QCOMPARE(m_scheduler->consecutiveFailures(), 1);
    QVERIFY(!m_scheduler->isPaused());

    QVERIFY(m_scheduler->requestSyncNow());
    finish(failure(QString()));
    QVERIFY(!m_scheduler->lastSyncError().isEmpty()); // never an empty reason for a failure
}

void TestSyncScheduler::stopStopsScheduling()
{
    m_scheduler->start();
    m_scheduler->stop();
    QVERIFY(!m_scheduler->isActive());
    QVERIFY(!m_scheduler->nextSyncTime().isValid());
    m_clock->advance(48h);
    QCOMPARE(m_requests, 0);

    // Refresh still works, and schedules nothing after it.
    QVERIFY(m_scheduler->requestSyncNow());
    finish(success());
    m_clock->advance(48h);
    QCOMPARE(m_requests, 1);

    m_scheduler->start();
    QVERIFY(waitForRequest());
}

void TestSyncScheduler::neverTwoSyncsAtOnce()
{
    // Everything at once, in a random order, for simulated weeks.
    QRandomGenerator random(7);
    m_scheduler->start();
    int finished = 0;
    for (int i = 0; i < 3000; ++i) {
        switch (random.bounded(8)) {
        case 0: m_scheduler->requestSyncNow(); break;
        case 1: m_network->setReachable(random.bounded(3) != 0); break;
        case 2:
            m_clock->sleep(minutes(random.bounded(600)));
            if (random.bounded(2) == 0) {
                m_scheduler->notifyResumedFromSleep();
            }
            break;
        case 3: m_scheduler->setInterval(minutes(random.bounded(10, 200))); break;
        case 4:
            if (m_running) {
                ++finished;
                finish(random.bounded(3) == 0 ? failure(u"x"_s, 600) : success({}, 300));
            }
            break;
        default: m_clock->advance(milliseconds(random.bounded(qint64(3600000)))); break;
        }
        QCOMPARE(m_scheduler->isSyncing(), m_running);
    }
    QCOMPARE(m_overlaps, 0);
    QVERIFY(finished > 100);
    QVERIFY(m_requests >= finished && m_requests <= finished + 1);
}

void TestSyncScheduler::reachabilitySignalsOnlyChanges()
{
    NetworkReachability network;
    QVERIFY(network.isReachable());
    QSignalSpy changed(&network, &NetworkReachability::reachabilityChanged);
    network.setReachable(true);
    QCOMPARE(changed.count(), 0);
    network.setReachable(false);
    network.setReachable(false);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.constLast().constFirst().toBool(), false);
    network.setReachable(true);
    QCOMPARE(changed.count(), 2);
    QVERIFY(network.isReachable());

    NetworkReachability system;
    if (!system.followSystem()) {
        QVERIFY(system.isReachable()); // no backend: always online
    }
}

void TestSyncScheduler::outcomeFromASummary()
{
    Herald::SyncSummary summary;
    summary.postErrors << u"some-post: HTTP 404"_s;
    summary.maxAgeSeconds = 600;
    SyncOutcome outcome = SyncOutcome::fromSummary(summary);
    QVERIFY(outcome.ok); // a failed post is retried anyway
    QVERIFY(outcome.error.isEmpty());
    QCOMPARE(outcome.maxAgeSeconds, std::optional<int>(600));
    QVERIFY(!outcome.retryAfterSeconds);

    summary.sourceErrors << u"Python Insider feed: HTTP 429"_s << u"Python Insider archive index: HTTP 429"_s;
    summary.retryAfterSeconds = 3600;
    outcome = SyncOutcome::fromSummary(summary);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error, u"Python Insider feed: HTTP 429\nPython Insider archive index: HTTP 429"_s);
    QCOMPARE(outcome.retryAfterSeconds, std::optional<int>(3600));
}

QTEST_GUILESS_MAIN(TestSyncScheduler)
#include "tst_syncscheduler.moc"
