// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/releases/projectreleases.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald {

const ProjectRelease *ProjectSeries::latest() const
{
    // A yanked release is withdrawn: the newest one that was not, before a yanked one.
    for (const bool takeYanked : {false, true}) {
        const auto final = std::ranges::find_if(releases,
            [takeYanked](const ProjectRelease &r) { return !r.version.isPrerelease() && (takeYanked || !r.yanked); });
        if (final != releases.end()) {
            return &*final;
        }
    }
    return releases.isEmpty() ? nullptr : &releases.first();
}

int ProjectReleases::releaseCount() const
{
    int count = 0;
    for (const ProjectSeries &entry : series) {
        count += int(entry.releases.size());
    }
    return count;
}

std::optional<ProductCycle> ProjectReleases::cycleOf(const QString &name) const
{
    return lifecycle ? lifecycle->cycle(name) : std::nullopt;
}

const ProjectRelease *ProjectReleases::newest() const
{
    const ProjectRelease *found = nullptr;
    for (const ProjectSeries &entry : series) {
        const ProjectRelease *latest = entry.latest();
        if (latest
            && (!found || (found->version.isPrerelease() && !latest->version.isPrerelease())
                || (found->version.isPrerelease() == latest->version.isPrerelease()
                    && latest->version > found->version))) {
            found = latest;
        }
    }
    return found;
}

int ProjectReleases::defaultSeriesParts(const QList<ProjectRelease> &releases, const QDateTime &now)
{
    QSet<QString> recentMinors;
    bool semver = false;
    for (const ProjectRelease &release : releases) {
        semver = semver || release.version.scheme() == ProjectVersion::Scheme::SemVer;
        if (release.published.isValid() && release.published.daysTo(now) <= 365 && !release.version.isPrerelease()) {
            recentMinors.insert(release.version.series(2));
        }
    }
    return semver && recentMinors.size() >= 6 ? 1 : 2;
}

QList<ProjectReleases> ProjectReleases::build(
    const QList<Source> &sources, const QList<Post> &posts, const QDateTime &now)
{
    QHash<qint64, QList<ProjectRelease>> bySource;
    for (const Post &post : posts) {
        if (post.meta.version.isEmpty()) {
            continue;
        }
        const auto version = ProjectVersion::parse(post.meta.version);
        if (!version) {
            continue;
        }
        bySource[post.sourceId].append(
            {*version, post.id, post.meta.slug, post.meta.title, post.meta.published, post.meta.url, post.yanked});
    }
    QList<ProjectReleases> projects;
    for (const Source &source : sources) {
        if (source.kind == SourceKind::PythonInsider) {
            continue;
        }
        ProjectReleases project;
        project.source = source;
        QList<ProjectRelease> releases = bySource.take(source.id);
        // Newest version first; one version announced twice (a re-tag) keeps its newest post.
        std::ranges::stable_sort(releases, [](const ProjectRelease &a, const ProjectRelease &b) {
            if (a.version != b.version) {
                return a.version > b.version;
            }
            if (a.published != b.published) {
                return a.published > b.published;
            }
            return a.postId > b.postId; // the one stored last, whatever order they were read in
        });
        project.seriesParts = source.seriesParts > 0 ? source.seriesParts : defaultSeriesParts(releases, now);
        const ProjectVersion *previous = nullptr;
        for (const ProjectRelease &release : std::as_const(releases)) {
            if (previous && *previous == release.version) {
                continue;
            }
            previous = &release.version;
            const QString series = release.version.series(project.seriesParts);
            if (project.series.isEmpty() || project.series.last().series != series) {
                project.series.append({series, {}});
            }
            project.series.last().releases.append(release);
        }
        projects.append(project);
    }
    return projects;
}

} // namespace Herald
