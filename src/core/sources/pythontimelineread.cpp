// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/sources/pythontimelineread.h"

#include "core/diagnostics/startupmarks.h"
#include "core/sources/pythoninsider.h"
#include "core/store/database.h"
#include "core/store/poststore.h"

#include <QtConcurrentRun>

namespace Herald {

StoredPythonTimeline PythonTimelineRead::read(PostStore &store)
{
    StoredPythonTimeline stored;
    // What each post announces is stored with it: the bodies are read only for posts not
    // summarised yet (an "Untitled" announcement names its versions in the body).
    Result<QList<PostAnnouncement>> announcements = PythonInsider::storedAnnouncements(store);
    if (!announcements) {
        stored.error = announcements.error().message();
    }
    stored.timeline
        = Timeline::build(announcements.value_or(QList<PostAnnouncement> {}), PythonInsider::storedLifecycle(store));
    for (const QUrl &url : {PythonInsider::releaseCycleUrl(), PythonInsider::pythonReleasesUrl()}) {
        const QDateTime at = store.documentCheckedAt(url);
        if (at.isValid() && (!stored.lifecycleCheckedAt.isValid() || at < stored.lifecycleCheckedAt)) {
            stored.lifecycleCheckedAt = at;
        }
    }
    return stored;
}

QFuture<StoredPythonTimeline> PythonTimelineRead::start(const Database &database)
{
    return QtConcurrent::run([path = database.filePath()] {
        // A QSqlDatabase connection belongs to the thread that opened it: this one is opened,
        // used and closed here.
        Database connection;
        if (const Result<void> opened = connection.openAnother(path); !opened) {
            StoredPythonTimeline failed;
            failed.error = opened.error().message();
            failed.connected = false;
            return failed;
        }
        PostStore store(connection);
        StartupMarks::mark("Python's timeline, on the pool: store opened");
        StoredPythonTimeline stored = read(store);
        StartupMarks::mark("Python's timeline, on the pool: read");
        return stored;
    });
}

} // namespace Herald
