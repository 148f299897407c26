// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// How PostStore's reads turn rows into posts, shared by its files (poststore.cpp,
// postlistreads.cpp). Not for use outside the store.

#include "core/posts/post.h"
#include "core/store/sqlvalues.h"

#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace Herald::PostRows {

// Tags are kept one per line: reading them back is a split, which matters at 100,000 posts.
inline QStringList splitTags(const QString &tags)
{
    return tags.split(u'\n', Qt::SkipEmptyParts);
}

/// What a list shows of a post (PostStore::Query::summaryOnly): the columns of posts_by_date.
inline const QString SummaryColumns
    = QStringLiteral("id, title, author, published_at, is_read, is_starred, body_error, source_id");

inline Post summaryFromQuery(const QSqlQuery &query)
{
    Post post;
    post.id = query.value(0).toLongLong();
    post.meta.title = query.value(1).toString();
    post.meta.author = query.value(2).toString();
    post.meta.published = SqlValues::fromSeconds(query.value(3));
    post.read = query.value(4).toBool();
    post.starred = query.value(5).toBool();
    post.bodyError = query.value(6).toString();
    post.sourceId = query.value(7).toLongLong();
    return post;
}

} // namespace Herald::PostRows
