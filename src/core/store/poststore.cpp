// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/poststore.h"

#include "core/diagnostics/logging.h"
#include "core/store/database.h"
#include "core/store/postrows.h"
#include "core/store/sqlvalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald {

using namespace SqlValues;
using namespace PostRows;

namespace {

bool sameTime(const QVariant &a, const QVariant &b)
{
    return a.isNull() == b.isNull() && (a.isNull() || a.toLongLong() == b.toLongLong());
}

// Tags are kept one per line: reading them back is a split, which matters at 100,000 posts.
QString joinTags(const QStringList &tags)
{
    QStringList clean;
    for (const QString &tag : tags) {
        if (const QString simple = tag.simplified(); !simple.isEmpty()) {
            clean << simple;
        }
    }
    return text(clean.join(u'\n'));
}

/// The kinds of the sources a user follows, besides Python Insider, for "%1 (…)" conditions.
const QString FollowedKinds = u"%1 ('feed', 'github', 'pypi', 'discourse')"_s;

/// The condition on posts that are Python Insider's. Named by the sources it is, not those it
/// is not: the index on source_id then reads only their posts, not 50,000 of the followed
/// projects' to leave them out.
const QString PythonSourcesOnly
    = u"source_id IN (SELECT id FROM sources WHERE "_s + FollowedKinds.arg(u"kind NOT IN"_s) + u')';

/// What a project's timeline shows of each release (Query::projectReleasesOnly): the columns
/// of posts_by_release.
const QString ReleaseColumns = u"id, source_id, slug, url, title, published_at, version, yanked"_s;

/// The five columns ReleaseColumns and PostColumns begin with.
Post postIdentityFromQuery(const QSqlQuery &query)
{
    Post post;
    post.id = query.value(0).toLongLong();
    post.sourceId = query.value(1).toLongLong();
    post.meta.slug = query.value(2).toString();
    post.meta.url = QUrl(query.value(3).toString());
    post.meta.title = query.value(4).toString();
    return post;
}

Post releaseFromQuery(const QSqlQuery &query)
{
    Post post = postIdentityFromQuery(query);
    post.meta.published = fromSeconds(query.value(5));
    post.meta.version = query.value(6).toString();
    post.yanked = query.value(7).toBool();
    return post;
}

const QString PostColumns
    = u"id, source_id, slug, url, title, author, published_at, updated_at, tags, description, "
      u"body_url, body_error, is_read, is_starred, seen_at, version, body_format = 'html', yanked, "
      u"body IS NOT NULL"_s;

Post postFromQuery(const QSqlQuery &query, bool withBody)
{
    Post post = postIdentityFromQuery(query);
    post.meta.author = query.value(5).toString();
    post.meta.published = fromSeconds(query.value(6));
    post.meta.updated = fromSeconds(query.value(7));
    post.meta.tags = splitTags(query.value(8).toString());
    post.meta.description = query.value(9).toString();
    post.meta.bodyUrl = QUrl(query.value(10).toString());
    post.bodyError = query.value(11).toString();
    post.read = query.value(12).toBool();
    post.starred = query.value(13).toBool();
    post.seenAt = fromSeconds(query.value(14));
    post.meta.version = query.value(15).toString();
    post.htmlBody = query.value(16).toBool();
    post.yanked = query.value(17).toBool();
    post.hasBody = query.value(18).toBool();
    if (withBody) {
        post.body = query.value(19).toString();
    }
    return post;
}

} // namespace

PostStore::PostStore(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{ }

Result<qint64> PostStore::ensureSource(const QString &kind, const QUrl &url, const QString &title)
{
    QSqlQuery query(m_database.handle());
    query.prepare(u"INSERT INTO sources (kind, url, title) VALUES (?, ?, ?) "
                  u"ON CONFLICT (url) DO UPDATE SET kind = excluded.kind, title = excluded.title RETURNING id"_s);
    query.addBindValue(kind);
    query.addBindValue(url.toString());
    query.addBindValue(text(title));
    if (!query.exec() || !query.next()) {
        return Error(query.lastError().text());
    }
    return query.value(0).toLongLong();
}

Result<void> PostStore::setSourceResult(qint64 sourceId, const QString &error)
{
    QSqlQuery query(m_database.handle());
    query.prepare(u"UPDATE sources SET last_sync_at = ?, last_error = ? WHERE id = ?"_s);
    query.addBindValue(now());
    query.addBindValue(text(error));
    query.addBindValue(sourceId);
    return execute(query);
}

QDateTime PostStore::lastSyncTime() const
{
    QSqlQuery query(m_database.handle());
    // Python Insider's: a followed source synced alone (--sync --source) is not a sync of it.
    query.prepare(u"SELECT max(last_sync_at) FROM sources WHERE "_s + FollowedKinds.arg(u"kind NOT IN"_s));
    if (executeRead(query, "when the sources were last synced") && query.next()) {
        return fromSeconds(query.value(0));
    }
    return {};
}

Result<QList<PostStore::UpsertResult>> PostStore::upsertPosts(qint64 sourceId, const QList<PostMeta> &posts, bool seen)
{
    QList<UpsertResult> results;
    results.reserve(posts.size());
    bool changed = false;
    const Result<void> committed = m_database.transaction([&]() -> Result<void> {
        QSqlQuery find(m_database.handle());
        // The last column: whether a feed's inline body is the one stored (always, for posts
        // with no inline body).
        find.prepare(u"SELECT id, url, title, author, published_at, updated_at, tags, description, body_url, "
                     u"body IS NULL OR body_error != '', version, (? IS NULL OR body IS ?) "
                     u"FROM posts WHERE source_id = ? AND slug = ?"_s);
        QSqlQuery insert(m_database.handle());
        insert.prepare(u"INSERT INTO posts (source_id, slug, url, title, author, published_at, updated_at, tags, "
                       u"description, body_url, version, body, body_format, body_fetched_at, stored_at, body_text, "
                       u"seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
        QSqlQuery update(m_database.handle());
        update.prepare(u"UPDATE posts SET url = ?, title = ?, author = ?, published_at = ?, updated_at = ?, tags = ?, "
                       u"description = ?, body_url = ?, version = ? WHERE id = ?"_s);
        QSqlQuery updateBody(m_database.handle());
        updateBody.prepare(u"UPDATE posts SET body = ?, body_format = 'html', body_error = '', body_fetched_at = ?, "
                           u"body_text = ? WHERE id = ?"_s);
        const QVariant noBody(QMetaType::fromType<QString>());
        for (const PostMeta &meta : posts) {
            const bool inline_ = !meta.inlineHtml.isNull();
            const QVariant inlineBody = inline_ ? QVariant(meta.inlineHtml) : noBody;
            // An inline body's text for search; NULL indexes the body as written.
            const QVariant searchText = inline_ && !meta.searchText.isNull() ? QVariant(meta.searchText) : noBody;
            find.addBindValue(inlineBody);
            find.addBindValue(inlineBody);
            find.addBindValue(sourceId);
            find.addBindValue(meta.slug);
            if (!find.exec()) {
                return Error(find.lastError().text());
            }
            UpsertResult result;
            if (!find.next()) {
                const QVariantList values = {sourceId, meta.slug, text(meta.url.toString()), text(meta.title),
                    text(meta.author), toSeconds(meta.published), toSeconds(meta.updated), joinTags(meta.tags),
                    text(meta.description), text(meta.bodyUrl.toString()), text(meta.version), inlineBody,
                    inline_ ? u"html"_s : u"markdown"_s, inline_ ? QVariant(now()) : QVariant(), now(), searchText,
                    seen ? QVariant(now()) : QVariant()};
                for (const QVariant &value : values) {
                    insert.addBindValue(value);
                }
                if (!insert.exec() || !insert.next()) {
                    return Error(insert.lastError().text());
                }
                result = {insert.value(0).toLongLong(), Change::Inserted, !inline_};
                insert.finish();
                changed = true;
                results.append(result);
                continue;
            }
            // A source that leaves a field out does not erase what another source said.
            auto pick = [](const QString &fresh, const QVariant &stored) {
                return fresh.isEmpty() ? stored.toString() : fresh;
            };
            const qint64 id = find.value(0).toLongLong();
            const QString url = pick(meta.url.toString(), find.value(1));
            const QString title = pick(meta.title, find.value(2));
            const QString author = pick(meta.author, find.value(3));
            const QVariant published = meta.published.isValid() ? toSeconds(meta.published) : find.value(4);
            const QVariant updated = meta.updated.isValid() ? toSeconds(meta.updated) : find.value(5);
            const QString tags = meta.tags.isEmpty() ? find.value(6).toString() : joinTags(meta.tags);
            const QString description = pick(meta.description, find.value(7));
            // Where the body was really found (index.mdx after index.md was missing) beats the
            // source's guess, which is derived from the slug.
            const QString storedBodyUrl = find.value(8).toString();
            const QString bodyUrl = storedBodyUrl.isEmpty() ? meta.bodyUrl.toString() : storedBodyUrl;
            const QString version = pick(meta.version, find.value(10));
            const bool bodyMissing = find.value(9).toBool() && !inline_;
            const bool bodyChanged = !find.value(11).toBool();
            const bool upstreamChanged = !sameTime(updated, find.value(5)) || bodyUrl != find.value(8).toString();
            const bool differs = url != find.value(1).toString() || title != find.value(2).toString()
                || author != find.value(3).toString() || !sameTime(published, find.value(4)) || upstreamChanged
                || tags != find.value(6).toString() || description != find.value(7).toString()
                || version != find.value(10).toString() || bodyChanged;
            find.finish();
            result = {id, differs ? Change::Updated : Change::Unchanged, bodyMissing || (upstreamChanged && !inline_)};
            if (bodyChanged) {
                updateBody.addBindValue(inlineBody);
                updateBody.addBindValue(now());
                updateBody.addBindValue(searchText);
                updateBody.addBindValue(id);
                if (!updateBody.exec()) {
                    return Error(updateBody.lastError().text());
                }
            }
            if (differs) {
                const QVariantList values = {text(url), text(title), text(author), published, updated, tags,
                    text(description), text(bodyUrl), text(version), id};
                for (const QVariant &value : values) {
                    update.addBindValue(value);
                }
                if (!update.exec()) {
                    return Error(update.lastError().text());
                }
                changed = true;
            }
            results.append(result);
        }
        return {};
    });
    if (!committed) {
        return committed.error();
    }
    if (changed) {
        Q_EMIT postsChanged();
    }
    return results;
}

Result<void> PostStore::setYanked(qint64 sourceId, const QStringList &versions)
{
    // Only the posts whose mark changes are written, so listeners hear of real changes only.
    QSqlQuery query(m_database.handle());
    query.prepare(u"UPDATE posts SET yanked = (version IN (SELECT value FROM json_each(?))) "
                  u"WHERE source_id = ? AND yanked != (version IN (SELECT value FROM json_each(?)))"_s);
    const QString list
        = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(versions)).toJson(QJsonDocument::Compact));
    query.addBindValue(list);
    query.addBindValue(sourceId);
    query.addBindValue(list);
    if (!query.exec()) {
        return Error(query.lastError().text());
    }
    if (query.numRowsAffected() > 0) {
        Q_EMIT postsChanged();
    }
    return {};
}

Result<void> PostStore::storeBody(
    qint64 postId, const QString &body, const QUrl &bodyUrl, const Validators &validators, const QString &searchText)
{
    QSqlQuery query(m_database.handle());
    query.prepare(u"UPDATE posts SET body = ?, body_url = ?, body_etag = ?, body_last_modified = ?, body_error = '', "
                  u"body_fetched_at = ?, body_text = ? WHERE id = ?"_s);
    query.addBindValue(text(body));
    query.addBindValue(text(bodyUrl.toString()));
    query.addBindValue(text(validators.etag));
    query.addBindValue(text(validators.lastModified));
    query.addBindValue(now());
    query.addBindValue(searchText.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(searchText));
    query.addBindValue(postId);
    if (Result<void> done = execute(query); !done) {
        return done;
    }
    Q_EMIT postChanged(postId);
    return {};
}

Result<void> PostStore::storeBodyError(qint64 postId, const QString &error)
{
    QSqlQuery query(m_database.handle());
    query.prepare(u"UPDATE posts SET body_error = ? WHERE id = ?"_s);
    query.addBindValue(text(error));
    query.addBindValue(postId);
    if (Result<void> done = execute(query); !done) {
        return done;
    }
    Q_EMIT postChanged(postId);
    return {};
}

Result<void> PostStore::markBodyCurrent(qint64 postId)
{
    QSqlQuery query(m_database.handle());
    query.prepare(u"UPDATE posts SET body_error = '', body_fetched_at = ? WHERE id = ?"_s);
    query.addBindValue(now());
    query.addBindValue(postId);
    return execute(query);
}

Validators PostStore::bodyValidators(qint64 postId) const
{
    QSqlQuery query(m_database.handle());
    query.prepare(u"SELECT body_etag, body_last_modified FROM posts WHERE id = ? AND body IS NOT NULL"_s);
    query.addBindValue(postId);
    if (!executeRead(query, "a body's HTTP validators") || !query.next()) {
        return {};
    }
    return {query.value(0).toString().toLatin1(), query.value(1).toString().toLatin1()};
}

Validators PostStore::validators(const QUrl &url) const
{
    QSqlQuery query(m_database.handle());
    query.prepare(u"SELECT etag, last_modified FROM http_validators WHERE url = ?"_s);
    query.addBindValue(url.toString());
    if (!executeRead(query, "a document's HTTP validators") || !query.next()) {
        return {};
    }
    return {query.value(0).toString().toLatin1(), query.value(1).toString().toLatin1()};
}

Result<void> PostStore::setValidators(const QUrl &url, const Validators &validators)
{
    QSqlQuery query(m_database.handle());
    query.prepare(u"INSERT INTO http_validators (url, etag, last_modified, checked_at) VALUES (?, ?, ?, ?) "
                  u"ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, "
                  u"checked_at = excluded.checked_at"_s);
    query.addBindValue(url.toString());
    query.addBindValue(text(validators.etag));
    query.addBindValue(text(validators.lastModified));
    query.addBindValue(now());
    return execute(query);
}

Result<void> PostStore::storeDocument(const QUrl &url, const QByteArray &body)
{
    QSqlQuery query(m_database.handle());
    query.prepare(u"INSERT INTO documents (url, body, fetched_at) VALUES (?, ?, ?) ON CONFLICT (url) DO UPDATE SET "
                  u"body = excluded.body, fetched_at = excluded.fetched_at"_s);
    query.addBindValue(url.toString());
    query.addBindValue(body);
    query.addBindValue(now());
    return execute(query);
}

std::optional<QByteArray> PostStore::document(const QUrl &url) const
{
    QSqlQuery query(m_database.handle());
    query.prepare(u"SELECT body FROM documents WHERE url = ?"_s);
    query.addBindValue(url.toString());
    if (!executeRead(query, "a stored document") || !query.next()) {
        return std::nullopt;
    }
    return query.value(0).toByteArray();
}

Result<void> PostStore::confirmDocument(const QUrl &url)
{
    QSqlQuery query(m_database.handle());
    query.prepare(u"UPDATE documents SET fetched_at = ? WHERE url = ?"_s);
    query.addBindValue(now());
    query.addBindValue(url.toString());
    return execute(query);
}

QDateTime PostStore::documentCheckedAt(const QUrl &url) const
{
    QSqlQuery query(m_database.handle());
    query.prepare(u"SELECT fetched_at FROM documents WHERE url = ?"_s);
    query.addBindValue(url.toString());
    if (!executeRead(query, "when a document was checked") || !query.next() || query.isNull(0)) {
        return {};
    }
    return QDateTime::fromSecsSinceEpoch(query.value(0).toLongLong(), QTimeZone::UTC);
}

Result<void> PostStore::forEachPost(const Query &request, const std::function<void(const Post &)> &visit) const
{
    const bool releases = request.projectReleasesOnly && !request.withBodies;
    const QString columns = releases ? ReleaseColumns : request.summaryOnly ? SummaryColumns : PostColumns;
    QString sql = u"SELECT "_s + columns + (request.withBodies ? u", body"_s : QString()) + u" FROM posts"_s;
    QStringList conditions;
    if (request.sourceId) {
        conditions << u"source_id = %1"_s.arg(*request.sourceId);
    }
    if (request.onlyNeedingBody) {
        conditions << u"(body IS NULL OR body_error != '')"_s;
    }
    if (request.pythonOnly) {
        conditions << PythonSourcesOnly;
    }
    if (request.onlyUnsummarized) {
        conditions << u"announces IS NULL"_s;
    }
    if (request.projectReleasesOnly) {
        conditions << u"version != '' AND source_id IN (SELECT id FROM sources WHERE "_s
                + FollowedKinds.arg(u"kind IN"_s) + u')';
    }
    if (!conditions.isEmpty()) {
        sql += u" WHERE "_s + conditions.join(u" AND "_s);
    }
    // Releases in their index's order, which needs no sort; every other read newest first.
    sql += releases ? u" ORDER BY source_id, version, published_at, id"_s : u" ORDER BY published_at DESC, id DESC"_s;
    if (request.limit >= 0) {
        sql += u" LIMIT %1"_s.arg(request.limit);
    }
    QSqlQuery query(m_database.handle());
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        return Error(query.lastError().text());
    }
    while (query.next()) {
        visit(releases                ? releaseFromQuery(query)
                : request.summaryOnly ? summaryFromQuery(query)
                                      : postFromQuery(query, request.withBodies));
    }
    return {};
}

Result<void> PostStore::forEachAnnouncement(
    const std::function<void(qint64, const QDateTime &, const std::optional<QString> &)> &visit) const
{
    QSqlQuery sources(m_database.handle());
    if (!sources.exec(u"SELECT id FROM sources WHERE "_s + FollowedKinds.arg(u"kind NOT IN"_s))) {
        return Error(sources.lastError().text());
    }
    QStringList ids;
    while (sources.next()) {
        ids << QString::number(sources.value(0).toLongLong());
    }
    if (ids.isEmpty()) {
        return {};
    }
    // One source (Python Insider, as a rule) is one range of the index, read backwards in the
    // order asked for; several need SQLite to sort them.
    QSqlQuery query(m_database.handle());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id, published_at, announces FROM posts INDEXED BY posts_by_announcement WHERE "_s
            + (ids.size() == 1 ? QString(u"source_id = "_s + ids.constFirst())
                               : QString(u"source_id IN ("_s + ids.join(u',') + u')'))
            + u" ORDER BY published_at DESC, id DESC"_s)) {
        return Error(query.lastError().text());
    }
    while (query.next()) {
        const QVariant summary = query.value(2);
        visit(query.value(0).toLongLong(), fromSeconds(query.value(1)),
            summary.isNull() ? std::nullopt : std::optional<QString>(summary.toString()));
    }
    return {};
}

Result<void> PostStore::storeAnnouncements(const QList<WorkedOutAnnouncement> &summaries)
{
    return m_database.transaction([&]() -> Result<void> {
        QSqlQuery query(m_database.handle());
        query.prepare(u"UPDATE posts SET announces = ? WHERE id = ? AND announces IS NULL AND title = ? "
                      u"AND coalesce(body, '') = ?"_s);
        for (const WorkedOutAnnouncement &worked : summaries) {
            query.addBindValue(text(worked.summary));
            query.addBindValue(worked.postId);
            query.addBindValue(text(worked.title));
            query.addBindValue(text(worked.body));
            if (!query.exec()) {
                return Error(query.lastError().text());
            }
        }
        return {};
    });
}

Result<void> PostStore::forgetAnnouncements()
{
    QSqlQuery query(m_database.handle());
    query.prepare(u"UPDATE posts SET announces = NULL WHERE announces IS NOT NULL"_s);
    return execute(query);
}

QList<Post> PostStore::posts(const Query &request) const
{
    QList<Post> result;
    const bool everyPost
        = !request.onlyNeedingBody && !request.sourceId && !request.pythonOnly && !request.projectReleasesOnly;
    if (request.limit < 0 && everyPost) {
        result.reserve(count()); // growing a list of 100,000 posts step by step costs more than asking
    }
    if (const Result<void> read = forEachPost(request, [&result](const Post &post) { result.append(post); }); !read) {
        qCWarning(lcStore) << "could not read the posts:" << read.error().message();
    }
    return result;
}

QList<Post> PostStore::posts() const
{
    return posts(Query {});
}

std::optional<Post> PostStore::post(qint64 id) const
{
    return readPost(id, true);
}

std::optional<Post> PostStore::postWithoutBody(qint64 id) const
{
    return readPost(id, false);
}

std::optional<Post> PostStore::readPost(qint64 id, bool withBody) const
{
    QSqlQuery query(m_database.handle());
    query.prepare(u"SELECT "_s + PostColumns + (withBody ? u", body"_s : QString()) + u" FROM posts WHERE id = ?"_s);
    query.addBindValue(id);
    if (!executeRead(query, "a post") || !query.next()) {
        return std::nullopt;
    }
    return postFromQuery(query, withBody);
}

Result<std::optional<Post>> PostStore::findPost(const QString &slugOrNumber) const
{
    // The first post, with its body, that `condition` finds for `value`.
    const auto find = [this](const QString &condition, const QVariant &value) -> Result<std::optional<Post>> {
        QSqlQuery query(m_database.handle());
        query.prepare(
            u"SELECT "_s + PostColumns + u", body FROM posts WHERE "_s + condition + u" ORDER BY id LIMIT 1"_s);
        query.addBindValue(value);
        if (Result<void> read = execute(query); !read) {
            return read.error();
        }
        return query.next() ? std::optional<Post>(postFromQuery(query, true)) : std::nullopt;
    };
    // A number is a post's number first: a project's versions and tags make slugs such as
    // "42" or "1.0" that are not unique across sources.
    bool isNumber = false;
    const qint64 number = slugOrNumber.toLongLong(&isNumber);
    if (isNumber && number > 0) {
        Result<std::optional<Post>> byNumber = find(u"id = ?"_s, number);
        if (!byNumber || byNumber->has_value()) {
            return byNumber;
        }
    }
    return find(u"slug = ?"_s, slugOrNumber);
}

Result<std::optional<qint64>> PostStore::idForSlug(const QString &slug, std::optional<qint64> sourceId) const
{
    QSqlQuery query(m_database.handle());
    if (sourceId) {
        query.prepare(u"SELECT id FROM posts WHERE source_id = ? AND slug = ?"_s);
        query.addBindValue(*sourceId);
    } else {
        query.prepare(u"SELECT id FROM posts WHERE slug = ? ORDER BY id LIMIT 1"_s);
    }
    query.addBindValue(slug);
    if (Result<void> read = execute(query); !read) {
        return read.error();
    }
    if (!query.next()) {
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

int PostStore::count(qint64 sourceId) const
{
    QSqlQuery query(m_database.handle());
    query.prepare(u"SELECT count(*) FROM posts WHERE source_id = ?"_s);
    query.addBindValue(sourceId);
    return executeRead(query, "how many posts a source has") && query.next() ? query.value(0).toInt() : 0;
}

int PostStore::pythonPostCount() const
{
    QSqlQuery query(m_database.handle());
    query.prepare(u"SELECT count(*) FROM posts WHERE "_s + PythonSourcesOnly);
    return executeRead(query, "how many posts Python Insider has") && query.next() ? query.value(0).toInt() : 0;
}

int PostStore::count() const
{
    QSqlQuery query(m_database.handle());
    query.prepare(u"SELECT count(*) FROM posts"_s);
    return executeRead(query, "how many posts there are") && query.next() ? query.value(0).toInt() : 0;
}

Result<void> PostStore::setFlag(qint64 postId, const char *column, bool value)
{
    QSqlQuery query(m_database.handle());
    query.prepare(u"UPDATE posts SET %1 = ? WHERE id = ?"_s.arg(QLatin1StringView(column)));
    query.addBindValue(value ? 1 : 0);
    query.addBindValue(postId);
    if (Result<void> done = execute(query); !done) {
        return done;
    }
    Q_EMIT postChanged(postId);
    return {};
}

Result<void> PostStore::execute(QSqlQuery &query)
{
    if (query.exec()) {
        return {};
    }
    return Error(query.lastError().text());
}

bool PostStore::executeRead(QSqlQuery &query, const char *what)
{
    if (query.exec()) {
        return true;
    }
    qCWarning(lcStore) << "could not read" << what << ":" << query.lastError().text();
    return false;
}

Result<void> PostStore::setRead(qint64 postId, bool read)
{
    return setFlag(postId, "is_read", read);
}

Result<int> PostStore::markAllRead(const QDateTime &publishedBefore)
{
    QSqlQuery query(m_database.handle());
    if (publishedBefore.isValid()) {
        query.prepare(u"UPDATE posts SET is_read = 1 WHERE is_read = 0 AND published_at < ?"_s);
        query.addBindValue(publishedBefore.toSecsSinceEpoch());
    } else {
        query.prepare(u"UPDATE posts SET is_read = 1 WHERE is_read = 0"_s);
    }
    if (Result<void> done = execute(query); !done) {
        return done.error();
    }
    const int changed = query.numRowsAffected();
    if (changed > 0) {
        Q_EMIT postsChanged();
    }
    return changed;
}

int PostStore::unreadCount(const QDateTime &publishedBefore) const
{
    QSqlQuery query(m_database.handle());
    if (publishedBefore.isValid()) {
        query.prepare(u"SELECT count(*) FROM posts WHERE is_read = 0 AND published_at < ?"_s);
        query.addBindValue(publishedBefore.toSecsSinceEpoch());
    } else {
        query.prepare(u"SELECT count(*) FROM posts WHERE is_read = 0"_s);
    }
    return executeRead(query, "how many posts are unread") && query.next() ? query.value(0).toInt() : 0;
}

Result<void> PostStore::setStarred(qint64 postId, bool starred)
{
    return setFlag(postId, "is_starred", starred);
}

Result<QList<Post>> PostStore::takeUnseenPosts(bool withBodies)
{
    QList<Post> taken;
    const qint64 stamp = now();
    // Reading and marking in one transaction: a crash in between leaves the posts unseen, so
    // they are handed out next time; after the commit they are never handed out again.
    const Result<void> committed = m_database.transaction([&]() -> Result<void> {
        QSqlQuery select(m_database.handle());
        select.setForwardOnly(true);
        const QString sql = u"SELECT "_s + PostColumns + (withBodies ? u", body"_s : QString())
            + u" FROM posts WHERE seen_at IS NULL ORDER BY published_at DESC, id DESC"_s;
        if (!select.exec(sql)) {
            return Error(select.lastError().text());
        }
        while (select.next()) {
            Post post = postFromQuery(select, withBodies);
            post.seenAt = fromSeconds(stamp);
            taken.append(post);
        }
        select.finish();
        QSqlQuery mark(m_database.handle());
        mark.prepare(u"UPDATE posts SET seen_at = ? WHERE seen_at IS NULL"_s);
        mark.addBindValue(stamp);
        return execute(mark);
    });
    if (!committed) {
        return committed.error();
    }
    return taken;
}

Result<int> PostStore::markAllSeen()
{
    QSqlQuery query(m_database.handle());
    query.prepare(u"UPDATE posts SET seen_at = ? WHERE seen_at IS NULL"_s);
    query.addBindValue(now());
    if (Result<void> done = execute(query); !done) {
        return done.error();
    }
    return query.numRowsAffected();
}

Result<int> PostStore::markSourceSeen(qint64 sourceId)
{
    QSqlQuery query(m_database.handle());
    query.prepare(u"UPDATE posts SET seen_at = ? WHERE seen_at IS NULL AND source_id = ?"_s);
    query.addBindValue(now());
    query.addBindValue(sourceId);
    if (Result<void> done = execute(query); !done) {
        return done.error();
    }
    return query.numRowsAffected();
}

Result<QString> PostStore::metaValue(const QString &key) const
{
    QSqlQuery query(m_database.handle());
    query.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    query.addBindValue(key);
    if (Result<void> read = execute(query); !read) {
        return read.error();
    }
    return query.next() ? query.value(0).toString() : QString();
}

Result<void> PostStore::setMetaValue(const QString &key, const QString &value)
{
    QSqlQuery query(m_database.handle());
    query.prepare(
        u"INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    query.addBindValue(key);
    query.addBindValue(text(value));
    return execute(query);
}

} // namespace Herald
