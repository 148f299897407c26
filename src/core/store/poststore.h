#pragma once

#include "core/posts/post.h"

#include <QObject>

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
        /// Only id, title, author, date, read and starred state and body error: what a list shows.
        bool summaryOnly = false;
    };

    explicit PostStore(Database &database, QObject *parent = nullptr);

    // Every write says whether it worked: a caller that ignores it loses data silently, so the
    // compiler refuses to. On failure lastError() says why.

    [[nodiscard]] qint64 ensureSource(const QString &kind, const QUrl &url, const QString &title);
    [[nodiscard]] bool setSourceResult(qint64 sourceId, const QString &error);
    /// When any source was last synced; invalid before the first sync.
    [[nodiscard]] QDateTime lastSyncTime() const;

    /// Inserts or updates the metadata of many posts in one transaction. Bodies and state are
    /// kept. Returns one result per post, in order; empty on a database error.
    [[nodiscard]] QList<UpsertResult> upsertPosts(qint64 sourceId, const QList<PostMeta> &posts);

    [[nodiscard]] bool storeBody(qint64 postId, const QString &body, const QUrl &bodyUrl, const Validators &validators);
    [[nodiscard]] bool storeBodyError(qint64 postId, const QString &error);
    /// The body was revalidated and is still current.
    [[nodiscard]] bool markBodyCurrent(qint64 postId);
    [[nodiscard]] Validators bodyValidators(qint64 postId) const;

    [[nodiscard]] Validators validators(const QUrl &url) const;
    [[nodiscard]] bool setValidators(const QUrl &url, const Validators &validators);
    [[nodiscard]] bool storeDocument(const QUrl &url, const QByteArray &body);
    [[nodiscard]] std::optional<QByteArray> document(const QUrl &url) const;
    /// Records that the server confirmed a stored document is current (a 304).
    [[nodiscard]] bool confirmDocument(const QUrl &url);
    /// When a document was last fetched or confirmed current; invalid when never.
    [[nodiscard]] QDateTime documentCheckedAt(const QUrl &url) const;

    [[nodiscard]] QList<Post> posts(const Query &query) const;
    /// Hands each post to `visit` as it is read, without keeping them: for long lists that
    /// are only printed. False on a database error.
    [[nodiscard]] bool forEachPost(const Query &query, const std::function<void(const Post &)> &visit) const;
    /// Every post, newest first, without bodies.
    [[nodiscard]] QList<Post> posts() const;
    [[nodiscard]] std::optional<Post> post(qint64 id) const;
    /// The post with this slug in `sourceId`, or in any source (the first stored) without one.
    /// Nothing when there is none or the store could not be read (then lastError() says why).
    [[nodiscard]] std::optional<qint64> idForSlug(
        const QString &slug, std::optional<qint64> sourceId = std::nullopt) const;
    /// The post with this slug (in any source) or, failing that, this number, with its body.
    /// Nothing when there is none or the store could not be read (then lastError() says why).
    [[nodiscard]] std::optional<Post> findPost(const QString &slugOrNumber) const;
    [[nodiscard]] int count() const;
    /// One post found by search(): its relevance (FTS5's bm25, lower is better) and a few
    /// words around the best match in its text, with the matches between \x02 and \x03.
    struct SearchHit {
        qint64 id = 0;
        double rank = 0;
        QString snippet;
    };
    /// Full-text search over titles, authors, tags and bodies (an FTS5 MATCH expression, as
    /// SearchQuery::ftsExpression() makes), best match first; a title match weighs most.
    /// Nothing, with lastError() set, for an expression the index refuses.
    [[nodiscard]] QList<SearchHit> search(const QString &ftsExpression) const;

    [[nodiscard]] bool setRead(qint64 postId, bool read);
    [[nodiscard]] bool setStarred(qint64 postId, bool starred);
    /// Marks every unread post as read, or only those published before `publishedBefore`
    /// when it is valid. How many changed, or nothing (lastError() says why) on failure.
    [[nodiscard]] std::optional<int> markAllRead(const QDateTime &publishedBefore = {});
    /// How many posts are unread, all or only those published before `publishedBefore`.
    [[nodiscard]] int unreadCount(const QDateTime &publishedBefore = {}) const;

    /// Every post this install has not seen yet, newest first, marked seen in the same
    /// transaction: each post is handed out by exactly one call, ever, and an upsert never
    /// makes a post unseen again. Nothing on a database error, and then nothing is marked.
    [[nodiscard]] std::optional<QList<Post>> takeUnseenPosts(bool withBodies);
    /// Marks every post not seen yet as seen, without reading them. How many were marked, or
    /// nothing on a database error.
    [[nodiscard]] std::optional<int> markAllSeen();

    [[nodiscard]] QString metaValue(const QString &key) const;
    [[nodiscard]] bool setMetaValue(const QString &key, const QString &value);

    [[nodiscard]] QString lastError() const { return m_error; }

Q_SIGNALS:
    /// Posts were added or their metadata changed (one signal per batch).
    void postsChanged();
    /// One post's body or state changed.
    void postChanged(qint64 postId);

private:
    /// Runs a prepared query; on failure keeps its error for lastError().
    bool execute(QSqlQuery &query) const;
    bool setFlag(qint64 postId, const char *column, bool value);

    Database &m_database;
    mutable QString m_error;
};

} // namespace Herald
