// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/sync/syncsummary.h"

#include <QString>

#include <optional>

namespace Herald {

/// What SyncScheduler needs to know about a finished sync: whether it worked, why not, and
/// when the servers asked to be left alone until.
struct SyncOutcome {
    bool ok = true;
    QString error; ///< human-readable; empty on success
    std::optional<int> retryAfterSeconds; ///< Retry-After: do not come back before this
    std::optional<int> maxAgeSeconds; ///< Cache-Control max-age: nothing new before this

    /// A sync works when every source answered; a single post that failed is retried on the
    /// next sync anyway and does not make the schedule back off.
    [[nodiscard]] static SyncOutcome fromSummary(const SyncSummary &summary)
    {
        SyncOutcome outcome;
        outcome.ok = summary.ok();
        outcome.error = summary.sourceErrors.join(u'\n');
        outcome.retryAfterSeconds = summary.retryAfterSeconds;
        outcome.maxAgeSeconds = summary.maxAgeSeconds;
        return outcome;
    }
};

} // namespace Herald
