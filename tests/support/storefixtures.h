// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/store/database.h"
#include "core/store/poststore.h"
#include "verifyresult.h"

#include <QDate>
#include <QList>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUrl>

#include <memory>

namespace Herald::Test {

/// A PostStore on a Database of its own in a temporary directory, with one source: what the
/// store tests each open in init(). close() and open() again reopen the same files, as a
/// restart of the app does.
class TemporaryStore final
{
public:
    explicit TemporaryStore(const QString &sourceKey = QStringLiteral("python-insider"),
        const QUrl &sourceUrl = QUrl(QStringLiteral("https://blog.python.org/")),
        const QString &sourceName = QStringLiteral("Python Insider"))
        : m_key(sourceKey)
        , m_url(sourceUrl)
        , m_name(sourceName)
    { }

    /// Opens the database and the store and makes sure of the source.
    Result<void> open()
    {
        close();
        if (!m_dir.isValid()) {
            return Error(m_dir.errorString());
        }
        m_database = std::make_unique<Database>();
        if (Result<void> opened = m_database->open(m_dir.path()); !opened) {
            return opened;
        }
        m_store = std::make_unique<PostStore>(*m_database);
        const Result<qint64> source = m_store->ensureSource(m_key, m_url, m_name);
        if (!source) {
            return source.error();
        }
        m_source = *source;
        return {};
    }
    void close()
    {
        m_store.reset();
        m_database.reset();
    }
    [[nodiscard]] QString filePath(const QString &name) const { return m_dir.filePath(name); }
    [[nodiscard]] Database &database() const { return *m_database; }
    [[nodiscard]] PostStore &store() const { return *m_store; }
    [[nodiscard]] qint64 source() const { return m_source; }

private:
    QTemporaryDir m_dir;
    QString m_key;
    QUrl m_url;
    QString m_name;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<PostStore> m_store;
    qint64 m_source = 0;
};

/// Stores `count` posts titled "Post number N" (N = 0 is the oldest, one day apart from
/// 2024-01-01) in a "test" source, and gives the newest one a body. Returns their ids,
/// oldest first, or nothing when the store refused them.
inline QList<qint64> addPosts(PostStore &store, int count)
{
    using namespace Qt::StringLiterals;
    const Result<qint64> source = store.ensureSource(u"test"_s, QUrl(u"https://example.org/"_s), u"Test"_s);
    if (!source) {
        return {};
    }
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
    const auto results = store.upsertPosts(*source, posts);
    if (!results) {
        return {};
    }
    for (const auto &result : *results) {
        ids << result.id;
    }
    if (!ids.isEmpty()
        && !store.storeBody(ids.constLast(), u"---\ntitle: x\n---\nThe body of the newest post."_s, QUrl(), {})) {
        return {};
    }
    return ids;
}

} // namespace Herald::Test
