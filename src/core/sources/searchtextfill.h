// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>

namespace Herald {

class PostStore;

/// Gives the posts stored before search indexed text (schema 7) their text, so that
/// searching "href" no longer finds every GitHub release and Python Insider's older posts. A batch at a time, with the
/// event loop turning between batches; it stops when none is left, or at a store error, which it logs (the posts keep
/// their markup in the index until the next start tries again).
class SearchTextFill final : public QObject
{
    Q_OBJECT

public:
    explicit SearchTextFill(PostStore &store, QObject *parent = nullptr);

    /// Starts filling; does nothing while it runs.
    void start();
    [[nodiscard]] bool isRunning() const { return m_running; }
    /// How many posts it gave their text.
    [[nodiscard]] int filled() const { return m_filled; }

Q_SIGNALS:
    /// No post is left without its text, or a store error stopped it.
    void finished();

private:
    void fillBatch();
    void stop();

    PostStore &m_store;
    bool m_running = false;
    int m_filled = 0;
};

} // namespace Herald
