// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/diagnostics/result.h"
#include "core/feeds/feeditem.h"
#include "core/posts/post.h"
#include "core/posts/source.h"

#include <QCoreApplication>
#include <QStringList>

namespace Herald {

/// Turns the items of a followed source's feed into posts: each with a slug that stays the
/// same from sync to sync (a GitHub release's tag, a PyPI release's version, else the item's
/// id), the release version it is where it is one, and its HTML as the body to keep.
class ReleaseFeed final
{
    Q_DECLARE_TR_FUNCTIONS(Herald::ReleaseFeed)

public:
    /// The posts of `feed`, a document of `source`. Items with nothing to tell them apart
    /// are skipped, with a warning each.
    static QList<PostMeta> posts(const Source &source, const ParsedFeed &feed, QStringList *warnings);
    /// The version a release item of `source` announces, as written; empty when it is none.
    static QString versionOf(const Source &source, const FeedItem &item, const QString &slug);

    /// What PyPI's JSON document says of a project: its yanked versions, and which Pythons it
    /// supports (requires_python of the latest release).
    struct PypiInfo {
        QStringList yanked;
        QString requiresPython;
    };
    /// Reads https://pypi.org/pypi/NAME/json; fails with what is wrong with it.
    static Result<PypiInfo> readPypiJson(const QByteArray &json);
};

} // namespace Herald
