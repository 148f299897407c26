// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/diagnostics/result.h"
#include "core/posts/post.h"

#include <QObject>
#include <QSet>

#include <functional>
#include <optional>

class QSqlQuery;

namespace Herald {

class Database;

/// HTTP validators of a document we already have.
struct Validators {
    QByteArray etag;
    QByteArray lastModified;
};

/// Reads and writes posts, their state, sources, HTTP validators and fetched documents.
/// Every write is one transaction. Tells listeners what changed, so models stay current.
class PostStore final : public QObject
{
    Q_OBJECT

public:
    enum class Change { Inserted, Updated, Unchanged };

    struct UpsertResult {
        qint64 id = 0;
        Change change = Change::Unchanged;
        bool needsBody = false; ///< new, changed upstream, never fetched, or last fetch failed
    };

    struct Query {
        int limit = -1;
        bool withBodies = false;
        std::optional<qint64> sourceId;
        bool onlyNeedingBody = false; ///< never fetched, or the last fetch failed
        /// Only id, title, author, date, read and starred state, body error and source: what a
        /// list shows.
        bool summaryOnly = false;
        /// Only Python Insider's posts (and any other source that is not a followed project).
        bool pythonOnly = false;
        /// Only posts that announce a version of a followed project, with only what its
        /// timeline shows (id, source, slug, address, title, date, version, yanked; bodies
        /// when asked for), from the index posts_by_release, ordered by source and version.
        bool projectReleasesOnly = false;
        /// Only posts whose announcement summary is not stored yet (new, changed, or summarised
        /// by older rules): what PythonInsider::storedAnnouncements() works out.
        bool onlyUnsummarized = false;
    };

    /// Where a post stands in the post list's order, newest first: its publication time in
    /// UTC seconds (none sorts after every dated post) and its id (the higher first).
    struct ListKey {
        std::optional<qint64> publishedAt;
        qint64 id = 0;
        friend bool operator==(const ListKey &, const ListKey &) = default;
    };

    /// A stretch of the post list: the rows after `after` (from the top without it), down to
    /// and including `through` (to the end without it), at most `limit` (all when negative).
    struct ListRange {
        std::optional<ListKey> after;
        std::optional<ListKey> through;
        int limit = -1;
    };

    explicit PostStore(Database &database, QObject *parent = nullptr);

    // Every write returns a Result: a caller that ignores it loses data silently, so the
    // compiler refuses to (Result is [[nodiscard]]). So do the reads that decisions rest on,
    // whose callers must tell "none" from "the store could not be read": forEachPost(),
    // findPost(), idForSlug(), search() and metaValue(). The other reads feed views and give
    // what they found: nothing when the store cannot be read, which they log (herald.store).

    Result<qint64> ensureSource(const QString &kind, const QUrl &url, const QString &title);
    Result<void> setSourceResult(qint64 sourceId, const QString &error);
    /// When any source was last synced; invalid before the first sync.
    [[nodiscard]] QDateTime lastSyncTime() const;

    /// Inserts or updates the metadata of many posts in one transaction. Bodies and state are
    /// kept. Returns one result per post, in order; nothing is written when any fails.
    /// With `seen`, the posts it inserts are stored as seen: a source's first sync stores its
    /// past, which is never news, even when the sync stops halfway through it.
    Result<QList<UpsertResult>> upsertPosts(qint64 sourceId, const QList<PostMeta> &posts, bool seen = false);

    /// Marks the posts of `sourceId` whose version is in `versions` as yanked, and the others
    /// as not: PyPI's word on which releases it withdrew.
    Result<void> setYanked(qint64 sourceId, const QStringList &versions);

    /// Stores a fetched Markdown body, with what search indexes of it (SearchText); without
    /// that text, search reads the body as written until SearchTextFill works it out.
    Result<void> storeBody(qint64 postId, const QString &body, const QUrl &bodyUrl, const Validators &validators,
        const QString &searchText = {});
    Result<void> storeBodyError(qint64 postId, const QString &error);
    /// The body was revalidated and is still current.
    Result<void> markBodyCurrent(qint64 postId);
    [[nodiscard]] Validators bodyValidators(qint64 postId) const;

    [[nodiscard]] Validators validators(const QUrl &url) const;
    Result<void> setValidators(const QUrl &url, const Validators &validators);
    Result<void> storeDocument(const QUrl &url, const QByteArray &body);
    [[nodiscard]] std::optional<QByteArray> document(const QUrl &url) const;
    /// Records that the server confirmed a stored document is current (a 304).
    Result<void> confirmDocument(const QUrl &url);
    /// When a document was last fetched or confirmed current; invalid when never.
    [[nodiscard]] QDateTime documentCheckedAt(const QUrl &url) const;

    [[nodiscard]] QList<Post> posts(const Query &query) const;
    /// Hands each post to `visit` as it is read, without keeping them: for long lists that
    /// are only printed.
    Result<void> forEachPost(const Query &query, const std::function<void(const Post &)> &visit) const;
    /// Every post, newest first, without bodies.
    [[nodiscard]] QList<Post> posts() const;
    /// A stretch of the post list, with Query::summaryOnly's columns, read from the covering
    /// index posts_by_date alone: what the list fetches as it is scrolled.
    Result<QList<Post>> listedPosts(const ListRange &range) const;
    /// Where a post stands in the list; nothing when there is no such post.
    [[nodiscard]] std::optional<ListKey> listKey(qint64 postId) const;
    /// The posts that carry every one of `tags` (compared as the filter does, ignoring case).
    Result<QSet<qint64>> postsTagged(const QStringList &tags) const;
    [[nodiscard]] std::optional<Post> post(qint64 id) const;
    /// One post without its body: what a list asks for a tooltip or a link.
    [[nodiscard]] std::optional<Post> postWithoutBody(qint64 id) const;
    /// The post with this slug in `sourceId`, or in any source (the first stored) without one.
    Result<std::optional<qint64>> idForSlug(const QString &slug, std::optional<qint64> sourceId = std::nullopt) const;
    /// The post with this slug (in any source) or, failing that, this number, with its body;
    /// nothing when there is none.
    Result<std::optional<Post>> findPost(const QString &slugOrNumber) const;
    [[nodiscard]] int count() const;
    /// How many posts one source has.
    [[nodiscard]] int count(qint64 sourceId) const;
    /// How many posts Python Insider has (Query::pythonOnly's), without the followed projects'.
    [[nodiscard]] int pythonPostCount() const;
    /// One post found by search(): its relevance (FTS5's bm25, lower is better) and a few
    /// words around the best match in its text, with the matches between \x02 and \x03.
    struct SearchHit {
        qint64 id = 0;
        double rank = 0;
        QString snippet;
    };
    /// Full-text search over titles, authors, tags and bodies (an FTS5 MATCH expression, as
    /// SearchQuery::ftsExpression() makes), best match first; a title match weighs most.
    /// Fails for an expression the index refuses.
    Result<QList<SearchHit>> search(const QString &ftsExpression) const;
    /// A post's body, or the text search indexes of it.
    struct PostText {
        qint64 postId = 0;
        QString text;
        bool html = false; ///< the body is a feed's HTML, not Markdown
    };
    /// Up to `limit` posts stored before search indexed their text (schema 7), with their
    /// bodies, from the index posts_without_text: nothing once all have it.
    Result<QList<PostText>> postsWithoutSearchText(int limit) const;
    /// Gives each post its text for search, in one transaction; the index follows.
    Result<void> setSearchTexts(const QList<PostText> &texts);

    Result<void> setRead(qint64 postId, bool read);
    Result<void> setStarred(qint64 postId, bool starred);
    /// Marks every unread post as read, or only those published before `publishedBefore`
    /// when it is valid. How many changed.
    Result<int> markAllRead(const QDateTime &publishedBefore = {});
    /// How many posts are unread, all or only those published before `publishedBefore`.
    [[nodiscard]] int unreadCount(const QDateTime &publishedBefore = {}) const;

    /// Every post this install has not seen yet, newest first, marked seen in the same
    /// transaction: each post is handed out by exactly one call, ever, and an upsert never
    /// makes a post unseen again. When it fails, nothing is marked.
    Result<QList<Post>> takeUnseenPosts(bool withBodies);
    /// Marks every post not seen yet as seen, without reading them. How many were marked.
    Result<int> markAllSeen();
    /// Marks the posts of one source seen: its first sync brings its past, not news.
    Result<int> markSourceSeen(qint64 sourceId);

    /// Python's posts (as Query::pythonOnly), newest first, each with its stored announcement
    /// summary, or nothing when it has none yet: from the covering index
    /// posts_by_announcement, without reading a body.
    Result<void> forEachAnnouncement(
        const std::function<void(qint64 postId, const QDateTime &published, const std::optional<QString> &summary)>
            &visit) const;
    /// What one post announces, with the title and body it was worked out from.
    struct WorkedOutAnnouncement {
        qint64 postId = 0;
        QString summary; ///< as AnnouncementSummary::toStored() writes it
        QString title;
        QString body;
    };
    /// Stores what posts announce, in one transaction, each only while the post still has the
    /// title and body it was worked out from and no summary: another Herald that changed the
    /// post meanwhile leaves it to be worked out again. Not a change listeners hear of:
    /// nothing a view shows changed.
    Result<void> storeAnnouncements(const QList<WorkedOutAnnouncement> &summaries);
    /// Forgets every stored summary, for rules that would summarise differently.
    Result<void> forgetAnnouncements();

    /// A per-database value; empty when it was never set.
    Result<QString> metaValue(const QString &key) const;
    Result<void> setMetaValue(const QString &key, const QString &value);

Q_SIGNALS:
    /// Posts were added or their metadata changed (one signal per batch).
    void postsChanged();
    /// One post's body or state changed.
    void postChanged(qint64 postId);

private:
    /// Runs a prepared query.
    static Result<void> execute(QSqlQuery &query);
    /// Runs a prepared query for a read that gives nothing on failure: false, logged, then.
    static bool executeRead(QSqlQuery &query, const char *what);
    Result<void> setFlag(qint64 postId, const char *column, bool value);
    [[nodiscard]] std::optional<Post> readPost(qint64 id, bool withBody) const;

    Database &m_database;
};

} // namespace Herald
