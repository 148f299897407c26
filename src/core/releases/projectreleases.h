// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/posts/post.h"
#include "core/posts/source.h"
#include "core/releases/productlifecycle.h"
#include "core/releases/projectversion.h"

#include <QDateTime>
#include <QList>

namespace Herald {

/// One release of a followed project, from the post that announced it.
struct ProjectRelease {
    ProjectVersion version;
    qint64 postId = 0;
    QString slug;
    QString title;
    QDateTime published; ///< UTC
    QUrl url;
    bool yanked = false;
};

/// The releases of one series of a project, newest first.
struct ProjectSeries {
    QString series; ///< "5.1", or "5" for a project whose series are majors
    QList<ProjectRelease> releases;

    /// The newest final release not yanked, else the newest final, else the newest release.
    [[nodiscard]] const ProjectRelease *latest() const;
};

/// A followed project's releases by series, newest series first: what the timeline shows
/// under Python, and `herald --releases` prints.
struct ProjectReleases {
    Source source;
    int seriesParts = 2; ///< as chosen for the source, or from its versions
    QList<ProjectSeries> series;
    /// endoflife.date's cycles for it, when it has them (ProjectLifecycles).
    std::optional<ProductLifecycle> lifecycle;

    [[nodiscard]] int releaseCount() const;
    /// The lifecycle's cycle of one of its series, when it has a lifecycle that knows it.
    [[nodiscard]] std::optional<ProductCycle> cycleOf(const QString &series) const;
    /// The newest final release of any series, else the newest release; none without releases.
    [[nodiscard]] const ProjectRelease *newest() const;

    /// Groups the versioned posts of each source (Python Insider's have no version and are
    /// left to the Python timeline). Projects keep the order of `sources`; a project with no
    /// release yet is listed with no series.
    static QList<ProjectReleases> build(const QList<Source> &sources, const QList<Post> &posts, const QDateTime &now);

    /// Major.minor, unless the project numbers by SemVer and makes new minors so often
    /// (six or more in the past year) that its majors are what a user upgrades between.
    static int defaultSeriesParts(const QList<ProjectRelease> &releases, const QDateTime &now);
};

} // namespace Herald
