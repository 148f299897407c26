// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/releases/releaseextractor.h"
#include "core/releases/securityreferences.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Herald {

struct Post;

/// What one Python Insider post announces, as the timeline needs it: the releases it names
/// (ReleaseExtractor) and, when one of them is CPython's, the security fixes it lists
/// (SecurityReferences). Worked out once, when the post's title or body changes, and stored
/// with the post (posts.announces), so that the timeline is built from these few bytes per
/// post instead of every body: at 100,000 posts that is 100 MB less to read at start.
struct AnnouncementSummary {
    QList<AnnouncedRelease> releases;
    SecurityReferences references; ///< empty unless a CPython release is announced

    /// Reads `post`'s title, tags and Markdown body.
    static AnnouncementSummary of(const Post &post);

    /// The stored form: one line a fact, tab-separated ("r", implementation, version; "c" and
    /// a CVE id; "i" and an issue; "s" for a security release). Empty when the post announces
    /// nothing, which is most posts.
    [[nodiscard]] QString toStored() const;
    /// Reads toStored()'s form; nothing when `stored` is not in it (a summary written by rules
    /// this build does not know is worked out again).
    static std::optional<AnnouncementSummary> fromStored(QStringView stored);

    /// Changes whenever the rules above would summarise a stored post differently (a version
    /// form ReleaseExtractor learns, a reference SecurityReferences finds): the store forgets
    /// the summaries of older rules and they are worked out again.
    static constexpr int RulesVersion = 1;

    friend bool operator==(const AnnouncementSummary &a, const AnnouncementSummary &b)
    {
        return a.releases == b.releases && a.references.cves == b.references.cves
            && a.references.issues == b.references.issues && a.references.security == b.references.security;
    }
};

/// One post's summary where the timeline needs it: which post, and its day.
struct PostAnnouncement {
    qint64 postId = 0;
    QDate date; ///< the publication day in UTC; invalid when the post has no date
    AnnouncementSummary summary;
};

} // namespace Herald
