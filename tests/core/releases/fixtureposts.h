// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Shared by the timeline tests: the fixture snapshot read the way a sync stores it.
#include "core/posts/post.h"
#include "core/releases/lifecycle.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Herald::Test {

/// Every post of search-index.json with its Markdown (frontmatter included) as the body, ids
/// counting up from 1 in index order.
inline QList<Post> fixturePosts(const QString &fixtures)
{
    using namespace Qt::StringLiterals;
    QFile indexFile(fixtures + u"/blog.python.org/search-index.json"_s);
    if (!indexFile.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QJsonArray index = QJsonDocument::fromJson(indexFile.readAll()).array();
    const QDir markdown(fixtures + u"/raw.githubusercontent.com/python/python-insider-blog/main/content/posts"_s);
    QList<Post> posts;
    for (const QJsonValue &value : index) {
        const QJsonObject entry = value.toObject();
        Post post;
        post.id = posts.size() + 1;
        post.meta.slug = entry.value("id"_L1).toString();
        post.meta.title = entry.value("title"_L1).toString();
        post.meta.published = QDateTime::fromString(entry.value("date"_L1).toString(), Qt::ISODateWithMs);
        QFile file(markdown.filePath(post.meta.slug + u"/index.md"_s));
        if (!file.exists()) {
            file.setFileName(markdown.filePath(post.meta.slug + u"/index.mdx"_s));
        }
        if (file.open(QIODevice::ReadOnly)) {
            post.body = QString::fromUtf8(file.readAll());
            post.hasBody = true;
        }
        posts.append(post);
    }
    return posts;
}

inline QByteArray fixtureDocument(const QString &fixtures, const QString &path)
{
    QFile file(fixtures + path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Both lifecycle documents of the snapshot.
inline Lifecycle fixtureLifecycle(const QString &fixtures)
{
    using namespace Qt::StringLiterals;
    Lifecycle lifecycle;
    lifecycle.readReleaseCycle(fixtureDocument(fixtures, u"/peps.python.org/api/release-cycle.json"_s));
    lifecycle.readPythonReleases(fixtureDocument(fixtures, u"/peps.python.org/api/python-releases.json"_s));
    return lifecycle;
}

} // namespace Herald::Test
