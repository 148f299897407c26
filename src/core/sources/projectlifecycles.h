// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/posts/source.h"
#include "core/releases/productlifecycle.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

#include <chrono>

namespace Herald {

class PostStore;
struct ProjectReleases;

/// Where a followed project's support lifecycle comes from: its product on endoflife.date,
/// fetched with the project's feed and kept in the store with the other documents. A product
/// endoflife.date does not know is kept as an empty document, so that it is asked about
/// again only when it is due, like the others.
class ProjectLifecycles final
{
    Q_DECLARE_TR_FUNCTIONS(Herald::ProjectLifecycles)

public:
    /// The product a source's lifecycle is read from: the user's choice, else for a GitHub or
    /// PyPI project the one its name suggests; empty when it has none.
    static QString productOf(const Source &source);

    /// Whether `product` can be a product name on endoflife.date: lower-case letters, digits,
    /// dots, hyphens and underscores ("django", "nodejs", "amazon-linux"), nothing that
    /// could leave its API's path.
    static bool isProductName(const QString &product);

    /// The stored lifecycle of each source that has one, by source id. A stored document that
    /// no longer reads is left out, with a warning naming it.
    static QHash<qint64, ProductLifecycle> stored(
        const PostStore &store, const QList<Source> &sources, QStringList *warnings = nullptr);

    /// One source's stored releases, grouped by series, with its stored lifecycle: what the
    /// version of it the user runs is judged by (DependencyStatus).
    static ProjectReleases releasesOf(const PostStore &store, const Source &source, QDate today);
    /// The same for many sources, built at once, each lifecycle read once; Python Insider's
    /// are left out (its releases are the Timeline's).
    static QList<ProjectReleases> releasesOf(const PostStore &store, const QList<Source> &sources, QDate today);
    /// Gives each project its stored lifecycle.
    static void attach(const PostStore &store, QList<ProjectReleases> &projects, QStringList *warnings = nullptr);

    /// A lifecycle changes a few times a year: one fetched or confirmed this recently is not
    /// asked for again.
    static constexpr std::chrono::hours RecheckAfter {20};
    /// Whether `product`'s lifecycle should be fetched (conditionally) at `now`.
    static bool isDue(const PostStore &store, const QString &product, const QDateTime &now);
};

} // namespace Herald
