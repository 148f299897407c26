#pragma once

#include <QList>
#include <QStringList>

#include <optional>

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
    /// The longest Retry-After of a request that failed: the server wants no visit before then.
    std::optional<int> retryAfterSeconds;
    /// The shortest Cache-Control max-age of the archive index and the feed: neither is
    /// expected to change before then.
    std::optional<int> maxAgeSeconds;

    /// Every source answered (individual posts may still have failed).
    [[nodiscard]] bool ok() const { return sourceErrors.isEmpty(); }
};

} // namespace Herald
