// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace Herald {

/// What one sync did, for the status bar, the command line and notifications.
struct SyncSummary {
    /// How one followed source's part of the sync went (Python Insider's is the rest).
    struct SourcePart {
        qint64 sourceId = 0;
        QString name;
        int newPosts = 0;
        int updatedPosts = 0;
        bool notModified = false;
        QString error;
    };

    int newPosts = 0;
    int updatedPosts = 0;
    int unchangedPosts = 0;
    int failedPosts = 0; ///< posts whose body could not be fetched this time
    int bodiesDownloaded = 0;
    int requests = 0;
    QList<qint64> newPostIds;
    /// Python Insider's feed, index or data file that failed; the sync still did the rest. A
    /// followed source's failure is in its part.
    QStringList sourceErrors;
    QStringList postErrors; ///< "slug: why", one per failed post
    QStringList warnings; ///< repaired or skipped input
    bool pythonInsider = true; ///< Python Insider was synced (not when narrowed to other sources)
    QList<SourcePart> sources; ///< the followed sources synced, in the order they finished
    /// The longest Retry-After of a request that failed: the server wants no visit before then.
    std::optional<int> retryAfterSeconds;
    /// The shortest Cache-Control max-age of the archive index and the feed: neither is
    /// expected to change before then.
    std::optional<int> maxAgeSeconds;

    /// Python Insider answered (individual posts may still have failed): what the schedule
    /// and its backoff go by.
    [[nodiscard]] bool ok() const { return sourceErrors.isEmpty(); }
    /// Every followed source answered too.
    [[nodiscard]] bool followedOk() const
    {
        return std::ranges::all_of(sources, [](const SourcePart &part) { return part.error.isEmpty(); });
    }
    /// Every error of the sync, Python Insider's and the followed sources'.
    [[nodiscard]] QStringList allSourceErrors() const
    {
        QStringList errors = sourceErrors;
        for (const SourcePart &part : sources) {
            if (!part.error.isEmpty()) {
                errors << part.error;
            }
        }
        return errors;
    }
};

} // namespace Herald
