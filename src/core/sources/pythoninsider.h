// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/diagnostics/result.h"
#include "core/posts/post.h"
#include "core/releases/lifecycle.h"
#include "core/releases/timeline.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Herald {

class PostStore;

struct FeedItem;

/// Python Insider, Herald's built-in source: where its feed, archive index, post Markdown
/// and the Python lifecycle data live, and how its archive index reads.
class PythonInsider final
{
    Q_DECLARE_TR_FUNCTIONS(Herald::PythonInsider)

public:
    /// What the archive index lists.
    struct Index {
        QList<PostMeta> posts;
        QStringList warnings; ///< entries that were skipped, and why
    };

    static QUrl siteUrl();
    static QUrl feedUrl();
    static QUrl indexUrl();
    static QUrl releaseCycleUrl();
    static QUrl pythonReleasesUrl();
    /// The release's page on python.org: /downloads/release/python-3147/ for 3.14.7,
    /// python-3140rc2 for 3.14.0rc2.
    static QUrl releasePageUrl(const QString &version);
    /// The raw Markdown of a post: `extension` is "md" or "mdx".
    static QUrl markdownUrl(const QString &slug, QStringView extension = u"md");
    /// True for a slug that is safe to put into a URL path (letters, digits, '-', '.', '_').
    static bool isValidSlug(const QString &slug);

    /// Reads search-index.json: a JSON array of {id, url, title, description, author, date, tags}.
    /// Fails when the index as a whole cannot be read; a bad entry is skipped with a warning.
    static Result<Index> parseIndex(const QByteArray &json);
    /// Maps a feed item onto a post, taking the slug from its link (/YYYY/MM/<slug>/).
    static std::optional<PostMeta> fromFeedItem(const FeedItem &item);
    /// The Python lifecycle from the two documents a sync stores (releaseCycleUrl() and
    /// pythonReleasesUrl()); missing ones stay missing.
    static Lifecycle storedLifecycle(const PostStore &store);
    /// What each of Python's stored posts announces, newest first: the stored summaries, and
    /// those of posts not summarised yet (or by other rules), worked out from their bodies and
    /// stored. Fails when the posts cannot be read.
    static Result<QList<PostAnnouncement>> storedAnnouncements(PostStore &store);
    /// The release timeline of every stored post and the stored lifecycle data; fails when
    /// the posts cannot be read. `posts`, when given, receives each post's metadata by id (to
    /// name and link the announcements).
    static Result<Timeline> storedTimeline(PostStore &store, QHash<qint64, PostMeta> *posts = nullptr);
    /// The meta key under which the store keeps AnnouncementSummary::RulesVersion.
    static constexpr char AnnouncementRulesKey[] = "announcement_rules";
};

} // namespace Herald
