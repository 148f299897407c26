// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/releases/timeline.h"

#include <QDateTime>
#include <QFuture>
#include <QString>

namespace Herald {

class Database;
class PostStore;

/// Python's timeline as the window shows it, read from the store.
struct StoredPythonTimeline {
    Timeline timeline;
    /// When the older of the lifecycle documents was last confirmed current; invalid when
    /// neither was ever fetched.
    QDateTime lifecycleCheckedAt;
    /// Why what Python's posts announce could not be read; the timeline then has none.
    QString error;
    /// False when the read could not even open its connection (read() on the store's own
    /// connection may still succeed).
    bool connected = true;
};

/// Reads Python's timeline: what each post announces (PythonInsider::storedAnnouncements) and
/// the lifecycle data, built into a Timeline.
class PythonTimelineRead final
{
public:
    /// On the thread that uses `store`.
    static StoredPythonTimeline read(PostStore &store);
    /// On a thread of the pool, through a connection of its own to `database` (already opened,
    /// checked and migrated): the window starts it before building its panes and takes the
    /// result once they are built, so the read (a quarter of a second at 100,000 posts) runs
    /// beside their construction instead of after it.
    static QFuture<StoredPythonTimeline> start(const Database &database);
};

} // namespace Herald
