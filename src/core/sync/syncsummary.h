#pragma once

#include <QList>
#include <QStringList>

namespace Herald {

/// What one sync did, for the status bar, the command line and notifications.
struct SyncSummary {
    int newPosts = 0;
    int updatedPosts = 0;
    int unchangedPosts = 0;
    int failedPosts = 0; ///< posts whose body could not be fetched this time
    int bodiesDownloaded = 0;
    int requests = 0;
    QList<qint64> newPostIds;
    QStringList sourceErrors; ///< a feed, index or data file that failed; the sync still did the rest
    QStringList postErrors; ///< "slug: why", one per failed post
    QStringList warnings; ///< repaired or skipped input

    /// Every source answered (individual posts may still have failed).
    [[nodiscard]] bool ok() const { return sourceErrors.isEmpty(); }
};

} // namespace Herald
