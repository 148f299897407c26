// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// PostStore's full-text search: the FTS5 query, and the text the index is made of for posts
// stored before search indexed text rather than markup (schema 7, filled by SearchTextFill).
#include "core/store/poststore.h"

#include "core/store/database.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Herald {

Result<QList<PostStore::SearchHit>> PostStore::search(const QString &ftsExpression) const
{
    QList<SearchHit> hits;
    if (ftsExpression.isEmpty()) {
        return hits;
    }
    // Weights per column (title, author, tags, body): a word in the title says more about a
    // post than the same word deep in its text. The snippet comes from the body, where the
    // context is; a title-only match gets the body's opening.
    QSqlQuery query(m_database.handle());
    query.setForwardOnly(true);
    query.prepare(u"SELECT rowid, bm25(posts_fts, 10.0, 4.0, 4.0, 1.0) AS score, "
                  u"snippet(posts_fts, 3, char(2), char(3), '…', 24) FROM posts_fts WHERE posts_fts MATCH ? "
                  u"ORDER BY score"_s);
    query.addBindValue(ftsExpression);
    if (Result<void> found = execute(query); !found) {
        return found.error();
    }
    while (query.next()) {
        hits.append({query.value(0).toLongLong(), query.value(1).toDouble(), query.value(2).toString()});
    }
    return hits;
}

Result<QList<PostStore::PostText>> PostStore::postsWithoutSearchText(int limit) const
{
    QSqlQuery query(m_database.handle());
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, body, body_format = 'html' FROM posts INDEXED BY posts_without_text "
                  u"WHERE body IS NOT NULL AND body_text IS NULL ORDER BY id LIMIT ?"_s);
    query.addBindValue(limit);
    if (!query.exec()) {
        return Error(query.lastError().text());
    }
    QList<PostText> found;
    while (query.next()) {
        found.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toBool()});
    }
    return found;
}

Result<void> PostStore::setSearchTexts(const QList<PostText> &texts)
{
    return m_database.transaction([&]() -> Result<void> {
        QSqlQuery query(m_database.handle());
        query.prepare(u"UPDATE posts SET body_text = ? WHERE id = ?"_s);
        for (const PostText &text : texts) {
            query.addBindValue(text.text.isNull() ? u""_s : text.text);
            query.addBindValue(text.postId);
            if (!query.exec()) {
                return Error(query.lastError().text());
            }
        }
        return {};
    });
}

} // namespace Herald
