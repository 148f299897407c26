// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// PostStore's reads for the post list: its pages from the covering index, where a post stands
// in it, and the tag filter.
#include "core/store/poststore.h"

#include "core/store/database.h"
#include "core/store/postrows.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald {

using namespace PostRows;

Result<QList<Post>> PostStore::listedPosts(const ListRange &range) const
{
    // Two stretches of posts_by_date, so that each is a range of the index read in order
    // (row values compare as the index sorts): the dated posts, then those with no date,
    // which sort last. SQLite could do it in one query only with an OR that would make it
    // sort the whole table on every page.
    QList<Post> rows;
    const auto read = [&](const QString &condition, const QVariantList &values) -> Result<void> {
        const int left = range.limit < 0 ? -1 : range.limit - int(rows.size());
        if (left == 0) {
            return {};
        }
        QSqlQuery query(m_database.handle());
        query.setForwardOnly(true);
        query.prepare(u"SELECT "_s + SummaryColumns + u" FROM posts WHERE "_s + condition
            + u" ORDER BY published_at DESC, id DESC"_s + (left > 0 ? u" LIMIT %1"_s.arg(left) : QString()));
        for (const QVariant &value : values) {
            query.addBindValue(value);
        }
        if (!query.exec()) {
            return Error(query.lastError().text());
        }
        while (query.next()) {
            rows.append(summaryFromQuery(query));
        }
        return {};
    };
    const ListKey none;
    const ListKey &after = range.after ? *range.after : none;
    const ListKey &through = range.through ? *range.through : none;
    const bool afterAt = range.after && after.publishedAt.has_value();
    const bool throughAt = range.through && through.publishedAt.has_value();
    if (!range.after || afterAt) {
        QStringList conditions {u"published_at IS NOT NULL"_s};
        QVariantList values;
        if (afterAt) {
            conditions << u"(published_at, id) < (?, ?)"_s;
            values << after.publishedAt.value_or(0) << after.id;
        }
        if (throughAt) {
            conditions << u"(published_at, id) >= (?, ?)"_s;
            values << through.publishedAt.value_or(0) << through.id;
        }
        if (const Result<void> dated = read(conditions.join(u" AND "_s), values); !dated) {
            return dated.error();
        }
    }
    if (throughAt) {
        return rows;
    }
    QStringList conditions {u"published_at IS NULL"_s};
    QVariantList values;
    if (range.after && !afterAt) {
        conditions << u"id < ?"_s;
        values << after.id;
    }
    if (range.through) {
        conditions << u"id >= ?"_s;
        values << through.id;
    }
    if (const Result<void> undated = read(conditions.join(u" AND "_s), values); !undated) {
        return undated.error();
    }
    return rows;
}

std::optional<PostStore::ListKey> PostStore::listKey(qint64 postId) const
{
    QSqlQuery query(m_database.handle());
    query.prepare(u"SELECT published_at FROM posts WHERE id = ?"_s);
    query.addBindValue(postId);
    if (!executeRead(query, "a post's place in the list") || !query.next()) {
        return std::nullopt;
    }
    ListKey key;
    key.id = postId;
    if (!query.value(0).isNull()) {
        key.publishedAt = query.value(0).toLongLong();
    }
    return key;
}

Result<QSet<qint64>> PostStore::postsTagged(const QStringList &tags) const
{
    // Compared here, not in SQL: SQLite's lower() folds ASCII only.
    QSqlQuery query(m_database.handle());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id, tags FROM posts WHERE tags != ''"_s)) {
        return Error(query.lastError().text());
    }
    QSet<qint64> tagged;
    while (query.next()) {
        const QStringList own = splitTags(query.value(1).toString());
        if (std::all_of(tags.cbegin(), tags.cend(),
                [&own](const QString &wanted) { return own.contains(wanted, Qt::CaseInsensitive); })) {
            tagged.insert(query.value(0).toLongLong());
        }
    }
    return tagged;
}

} // namespace Herald
