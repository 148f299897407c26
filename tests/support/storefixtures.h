#pragma once

#include "core/store/poststore.h"

#include <QDate>
#include <QList>
#include <QTimeZone>
#include <QUrl>

namespace Herald::Test {

/// Stores `count` posts titled "Post number N" (N = 0 is the oldest, one day apart from
/// 2024-01-01) in a "test" source, and gives the newest one a body. Returns their ids,
/// oldest first, or nothing when the store refused them.
inline QList<qint64> addPosts(PostStore &store, int count)
{
    using namespace Qt::StringLiterals;
    const qint64 source = store.ensureSource(u"test"_s, QUrl(u"https://example.org/"_s), u"Test"_s);
    QList<PostMeta> posts;
    for (int i = 0; i < count; ++i) {
        PostMeta meta;
        meta.slug = u"post-%1"_s.arg(i);
        meta.title = u"Post number %1"_s.arg(i);
        meta.author = u"Author %1"_s.arg(i % 3);
        meta.published = QDateTime(QDate(2024, 1, 1).addDays(i), QTime(0, 0), QTimeZone::UTC);
        posts << meta;
    }
    QList<qint64> ids;
    const auto results = store.upsertPosts(source, posts);
    if (results.size() != count) {
        return {};
    }
    for (const auto &result : results) {
        ids << result.id;
    }
    if (!ids.isEmpty()
        && !store.storeBody(ids.constLast(), u"---\ntitle: x\n---\nThe body of the newest post."_s, QUrl(), {})) {
        return {};
    }
    return ids;
}

} // namespace Herald::Test
