// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Herald {

/// What a source says about a post before its body is fetched: the archive index entry or
/// the feed item, mapped onto Herald's terms.
struct PostMeta {
    QString slug; ///< unique within its source
    QUrl url; ///< the post on the web
    QString title;
    QString author;
    QDateTime published; ///< UTC
    QDateTime updated; ///< UTC; invalid when the source does not say
    QStringList tags;
    QString description;
    QUrl bodyUrl; ///< where its Markdown (or other body) is fetched from
    QString version; ///< the release a project's feed item is, as written; empty for other posts
    /// The body as a feed carried it (HTML), for posts with nothing more to fetch; null for
    /// posts whose body is fetched from bodyUrl.
    QString inlineHtml;
    /// What search indexes of inlineHtml: its text, never its markup (SearchText).
    QString searchText;
};

/// A post as the store keeps it.
struct Post {
    qint64 id = 0;
    qint64 sourceId = 0;
    PostMeta meta;
    QString body; ///< the Markdown source, frontmatter included; empty until fetched
    bool hasBody = false;
    bool htmlBody = false; ///< the body is a feed's HTML, not Markdown
    bool yanked = false; ///< PyPI withdrew this release
    QString bodyError; ///< why the last fetch of the body failed
    bool read = false;
    bool starred = false;
    QDateTime seenAt; ///< when this install first saw it; invalid while it is new
};

} // namespace Herald
