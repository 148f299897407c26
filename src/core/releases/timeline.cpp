// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/releases/timeline.h"

#include "core/posts/post.h"
#include "core/releases/announcementsummary.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

/// 3.3 alpha 4 is always 3.3.0a4: releases are keyed with their micro number.
Version withMicro(const Version &version)
{
    return version.hasMicro() ? version
                              : Version(version.major(), version.minor(), 0, version.stage(), version.stageNumber());
}

struct Announcement {
    qint64 postId = 0;
    QDate date;
};

/// Adds a post that announces a release to its posts, kept oldest first (the undated last),
/// whatever order the posts come in: the first is the announcement the release opens.
/// `dates`: the day of each post added so far.
void addAnnouncement(
    QList<qint64> &postIds, QDate &announced, const Announcement &announcement, const QHash<qint64, QDate> &dates)
{
    if (postIds.contains(announcement.postId)) {
        return;
    }
    const auto announcedLater = [&](qint64 postId) {
        const QDate date = dates.value(postId);
        return announcement.date.isValid() && (!date.isValid() || date > announcement.date);
    };
    postIds.insert(
        std::find_if(postIds.cbegin(), postIds.cend(), announcedLater) - postIds.cbegin(), announcement.postId);
    // The first day it was announced; a post without a date never clears it.
    if (announcement.date.isValid() && (!announced.isValid() || announcement.date < announced)) {
        announced = announcement.date;
    }
}

} // namespace

bool TimelineRelease::datesDisagree() const
{
    return qAbs(announcementDelay()) > Timeline::toleranceDays;
}

/// Builds one Timeline: finds or adds its series and releases by name, from the posts and from
/// the lifecycle data, then sorts and counts.
class TimelineBuilder final
{
public:
    explicit TimelineBuilder(Timeline &timeline)
        : m_timeline(timeline)
    { }

    void addLifecycleWarnings(const Lifecycle &lifecycle)
    {
        m_timeline.m_hasLifecycle = lifecycle.hasReleaseCycle() || lifecycle.hasPythonReleases();
        m_timeline.m_warnings = lifecycle.warnings();
        if (!lifecycle.hasReleaseCycle()) {
            m_timeline.m_warnings.prepend(Timeline::tr(
                "The lifecycle data (release-cycle.json) is missing: series statuses and end-of-life dates are unknown "
                "until the next sync."));
        }
        if (!lifecycle.hasPythonReleases()) {
            m_timeline.m_warnings.prepend(Timeline::tr(
                "The release data (python-releases.json) is missing: official release dates are unknown and "
                "missing announcements cannot be found until the next sync."));
        }
    }

    void addAnnouncements(const QList<PostAnnouncement> &posts)
    {
        for (const PostAnnouncement &post : posts) {
            const QDate date = post.date;
            if (date.isValid()) {
                if (!m_timeline.m_coverageStart.isValid() || date < m_timeline.m_coverageStart) {
                    m_timeline.m_coverageStart = date;
                }
                if (!m_timeline.m_coverageEnd.isValid() || date > m_timeline.m_coverageEnd) {
                    m_timeline.m_coverageEnd = date;
                }
            }
            const Announcement announcement {post.postId, date};
            m_postDates.insert(post.postId, date);
            for (const AnnouncedRelease &release : post.summary.releases) {
                const Version version = withMicro(release.version);
                if (release.implementation == ReleaseExtractor::cpython()) {
                    TimelineRelease &entry = releaseFor(version);
                    addAnnouncement(entry.postIds, entry.announced, announcement, m_postDates);
                    addReferences(entry, post.summary.references);
                    continue;
                }
                const QString key = release.implementation + u' ' + version.toString();
                auto row = m_otherRows.constFind(key);
                if (row == m_otherRows.cend()) {
                    m_timeline.m_other.append({release.implementation, version, {}, {}});
                    row = m_otherRows.insert(key, m_timeline.m_other.size() - 1);
                }
                OtherRelease &other = m_timeline.m_other[*row];
                addAnnouncement(other.postIds, other.announced, announcement, m_postDates);
            }
        }
        if (m_timeline.m_coverageStart.isValid()) {
            m_timeline.m_coverageStart.setDate(
                m_timeline.m_coverageStart.year(), m_timeline.m_coverageStart.month(), 1);
        }
    }

    /// Every series the lifecycle data knows, and every release that was made.
    void addLifecycle(const Lifecycle &lifecycle)
    {
        const QSet<QString> announcedSeries(m_seriesRows.keyBegin(), m_seriesRows.keyEnd());
        for (const SeriesLifecycle &info : lifecycle.series()) {
            const std::optional<Version> version = Version::parse(info.series);
            if (!version) {
                continue; // Lifecycle keeps X.Y series only
            }
            TimelineSeries &series = m_timeline.m_series[seriesFor(info.series, *version)];
            series.status = info.status;
            series.statusText = info.statusText;
            series.endOfLife = info.endOfLife;
            series.firstRelease = info.firstRelease;
            series.releaseManager = info.releaseManager;
            series.pep = info.pep;
        }
        for (const QString &name : lifecycle.seriesWithReleases()) {
            const bool covered = announcedSeries.contains(name);
            for (const ScheduledRelease &scheduled : lifecycle.releases(name)) {
                if (!scheduled.actual) {
                    addExpected(scheduled);
                    continue; // not made yet, so neither dated nor missing
                }
                TimelineRelease &release = releaseFor(scheduled.version);
                release.officialDate = scheduled.date;
                release.missingAnnouncement = !release.isAnnounced() && covered && m_timeline.m_coverageStart.isValid()
                    && scheduled.date >= m_timeline.m_coverageStart && scheduled.date <= m_timeline.m_coverageEnd;
            }
        }
    }

    /// Newest first, and the counts.
    void finish()
    {
        std::sort(m_timeline.m_series.begin(), m_timeline.m_series.end(),
            [](const TimelineSeries &a, const TimelineSeries &b) { return a.seriesVersion > b.seriesVersion; });
        for (TimelineSeries &series : m_timeline.m_series) {
            std::sort(series.releases.begin(), series.releases.end(),
                [](const TimelineRelease &a, const TimelineRelease &b) { return a.version > b.version; });
            // The data may still call a release expected that the blog has announced since, or
            // one a newer release has passed by (skipped, renumbered): releases come in order,
            // so nothing at or below the newest made one is still to come.
            series.expected.removeIf([&series](const ExpectedRelease &expected) {
                return !series.releases.isEmpty() && expected.version <= series.releases.constFirst().version;
            });
            std::sort(
                series.expected.begin(), series.expected.end(), [](const ExpectedRelease &a, const ExpectedRelease &b) {
                    return a.date != b.date ? a.date < b.date : a.version < b.version;
                });
            for (const TimelineRelease &release : std::as_const(series.releases)) {
                m_timeline.m_announced += release.isAnnounced() ? 1 : 0;
                m_timeline.m_missing += release.missingAnnouncement ? 1 : 0;
                m_timeline.m_disagreements += release.datesDisagree() ? 1 : 0;
            }
        }
        std::sort(m_timeline.m_other.begin(), m_timeline.m_other.end(),
            [](const OtherRelease &a, const OtherRelease &b) { return a.announced > b.announced; });
    }

private:
    static void addReferences(TimelineRelease &release, const SecurityReferences &references)
    {
        for (const QString &cve : references.cves) {
            if (!release.cves.contains(cve)) {
                release.cves.append(cve);
            }
        }
        for (const QString &issue : references.issues) {
            if (!release.issues.contains(issue)) {
                release.issues.append(issue);
            }
        }
        release.security = release.security || references.security;
    }

    void addExpected(const ScheduledRelease &scheduled)
    {
        if (!scheduled.date.isValid()) {
            return;
        }
        const Version version = withMicro(scheduled.version);
        TimelineSeries &series = m_timeline.m_series[seriesFor(version.series(), version)];
        series.expected.append({version, scheduled.date});
    }

    qsizetype seriesFor(const QString &name, const Version &version)
    {
        const auto row = m_seriesRows.constFind(name);
        if (row != m_seriesRows.cend()) {
            return *row;
        }
        TimelineSeries series;
        series.series = name;
        series.seriesVersion = Version(version.major(), version.minor());
        m_timeline.m_series.append(series);
        m_releaseRows.append(QHash<QString, qsizetype>());
        m_seriesRows.insert(name, m_timeline.m_series.size() - 1);
        return m_timeline.m_series.size() - 1;
    }

    TimelineRelease &releaseFor(const Version &version)
    {
        const qsizetype seriesRow = seriesFor(version.series(), version);
        QList<TimelineRelease> &releases = m_timeline.m_series[seriesRow].releases;
        QHash<QString, qsizetype> &rows = m_releaseRows[seriesRow];
        const QString key = version.toString();
        const auto row = rows.constFind(key);
        if (row != rows.cend()) {
            return releases[*row];
        }
        TimelineRelease release;
        release.version = version;
        releases.append(release);
        rows.insert(key, releases.size() - 1);
        return releases.last();
    }

    Timeline &m_timeline;
    // Series by name, releases by canonical version within their series, other
    // implementations' releases by implementation and version.
    QHash<QString, qsizetype> m_seriesRows;
    QList<QHash<QString, qsizetype>> m_releaseRows;
    QHash<QString, qsizetype> m_otherRows;
    QHash<qint64, QDate> m_postDates; ///< the day of each post read so far, to keep announcements in order
};

Timeline Timeline::build(const QList<Post> &posts, const Lifecycle &lifecycle)
{
    QList<PostAnnouncement> announcements;
    announcements.reserve(posts.size());
    for (const Post &post : posts) {
        announcements.append({post.id, post.meta.published.toUTC().date(), AnnouncementSummary::of(post)});
    }
    return build(announcements, lifecycle);
}

Timeline Timeline::build(const QList<PostAnnouncement> &posts, const Lifecycle &lifecycle)
{
    Timeline timeline;
    TimelineBuilder builder(timeline);
    builder.addLifecycleWarnings(lifecycle);
    builder.addAnnouncements(posts);
    builder.addLifecycle(lifecycle);
    builder.finish();
    return timeline;
}

QString Timeline::stageName(const Version &version)
{
    switch (version.stage()) {
    case Version::Stage::Alpha: return tr("alpha %1").arg(version.stageNumber());
    case Version::Stage::Beta: return tr("beta %1").arg(version.stageNumber());
    case Version::Stage::Candidate: return tr("candidate %1").arg(version.stageNumber());
    case Version::Stage::Final: break;
    }
    return tr("final");
}

const TimelineSeries *Timeline::findSeries(const QString &series) const
{
    const auto found = std::find_if(
        m_series.cbegin(), m_series.cend(), [&series](const TimelineSeries &entry) { return entry.series == series; });
    return found == m_series.cend() ? nullptr : &*found;
}

const TimelineRelease *Timeline::findRelease(const Version &version) const
{
    const TimelineSeries *series = findSeries(version.series());
    if (!series) {
        return nullptr;
    }
    const auto found = std::find_if(series->releases.cbegin(), series->releases.cend(),
        [&version](const TimelineRelease &release) { return release.version == version; });
    return found == series->releases.cend() ? nullptr : &*found;
}

} // namespace Herald
