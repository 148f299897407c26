// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/feeds/feedparser.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QObject>
#include <QSemaphore>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <thread>

namespace Herald::Test {

/// How long the event loop went without a turn, at most, while it was watched: what a window
/// would have stood frozen for.
class EventLoopWatch final
{
public:
    EventLoopWatch()
    {
        m_turns.setInterval(0);
        QObject::connect(
            &m_turns, &QTimer::timeout, &m_turns, [this] { m_longest = std::max(m_longest, m_sinceTurn.restart()); });
    }

    void start()
    {
        m_longest = 0;
        m_whole.start();
        m_sinceTurn.start();
        m_turns.start();
    }
    void stop()
    {
        m_turns.stop();
        m_longest = std::max(m_longest, m_sinceTurn.elapsed());
        m_elapsed = m_whole.elapsed();
    }

    /// The longest wait between two turns, in ms.
    [[nodiscard]] qint64 longest() const { return m_longest; }
    /// From start() to stop(), in ms.
    [[nodiscard]] qint64 elapsed() const { return m_elapsed; }

private:
    QTimer m_turns;
    QElapsedTimer m_whole;
    QElapsedTimer m_sinceTurn;
    qint64 m_longest = 0;
    qint64 m_elapsed = 0;
};

/// Syndication's turn held by another thread for `held`, as a large feed's parse on a sync's
/// pool holds it: a parse on the window's thread would wait that long. The constructor returns
/// once the turn is taken; the destructor waits for it to be given back.
class SyndicationTurnHeld final
{
public:
    explicit SyndicationTurnHeld(std::chrono::milliseconds held)
        : m_thread([this, held] {
            QMutexLocker turn(&FeedParser::syndicationTurn());
            m_taken.release();
            std::this_thread::sleep_for(held);
            m_givenBack = true; // before the turn is: no parse can end before this reads true
        })
    {
        m_taken.acquire();
    }
    ~SyndicationTurnHeld() { m_thread.join(); }
    Q_DISABLE_COPY_MOVE(SyndicationTurnHeld)

    /// Whether the turn is given back (or about to be): what waited for it may go on.
    [[nodiscard]] bool givenBack() const { return m_givenBack; }

private:
    QSemaphore m_taken;
    std::atomic<bool> m_givenBack {false};
    std::thread m_thread;
};

} // namespace Herald::Test
