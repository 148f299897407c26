// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/diagnostics/result.h"
#include "core/posts/source.h"

#include <QCoreApplication>

namespace Herald {

/// Reads what a user types to follow something into the source it means, without touching
/// the network:
/// - `owner/repo`, `github:owner/repo` or a GitHub URL of the repository or its releases: the
///   repository's releases.atom;
/// - `pypi:NAME` or a pypi.org project URL: the project's release RSS (its JSON document too);
/// - a URL whose path is a Discourse category (`/c/…`): the category's RSS;
/// - any other http(s) URL: a feed, or a page that names its feeds (FeedDiscovery).
class SourceSpec final
{
    Q_DECLARE_TR_FUNCTIONS(Herald::SourceSpec)

public:
    /// The source `input` names; fails with what is wrong with it.
    static Result<Source> read(const QString &input);

    /// A GitHub repository's releases feed.
    static QUrl githubFeedUrl(const QString &ownerRepo);
    /// A PyPI project's releases RSS.
    static QUrl pypiFeedUrl(const QString &name);
};

} // namespace Herald
