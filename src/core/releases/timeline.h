// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/releases/announcementsummary.h"
#include "core/releases/lifecycle.h"
#include "core/releases/version.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace Herald {

struct Post;

/// One CPython release on the timeline: made (per python-releases.json), announced on the
/// blog, or both.
struct TimelineRelease {
    Version version; ///< always with its micro number: 3.14.0rc1, 3.13.7
    QDate officialDate; ///< from python-releases.json, `actual` releases only; invalid otherwise
    QList<qint64> postIds; ///< the posts that announce it, oldest first (the undated last)
    QDate announced; ///< the day (UTC) of the first announcement; invalid when none
    /// Made while the blog was announcing releases of its series, and never announced.
    bool missingAnnouncement = false;
    /// What its announcements name: CVE ids and CPython issues, and whether they call it a
    /// security release (SecurityReferences).
    QStringList cves;
    QStringList issues;
    bool security = false;

    [[nodiscard]] bool isAnnounced() const { return !postIds.isEmpty(); }
    /// Days from the official date to the first announcement; 0 unless both are known.
    [[nodiscard]] qint64 announcementDelay() const
    {
        return officialDate.isValid() && announced.isValid() ? officialDate.daysTo(announced) : 0;
    }
    /// The announcement and the official date are more than Timeline::toleranceDays apart.
    [[nodiscard]] bool datesDisagree() const;
};

/// A release python-releases.json expects and that has not been announced yet.
struct ExpectedRelease {
    Version version;
    QDate date; ///< the day it is planned for

    /// Its day has passed with no announcement (and the data still says "expected").
    [[nodiscard]] bool isOverdue(QDate today) const { return date.isValid() && date < today; }
};

/// One feature series with its lifecycle and its releases, newest first.
struct TimelineSeries {
    QString series; ///< "3.13"
    Version seriesVersion; ///< 3.13, for ordering
    SeriesStatus status = SeriesStatus::Unknown; ///< as the lifecycle data states it
    QString statusText; ///< as the lifecycle data writes it; empty without lifecycle data
    QDate endOfLife;
    QDate firstRelease;
    QString releaseManager;
    int pep = 0;
    QList<TimelineRelease> releases;
    /// The releases still to come, by date (overdue ones first).
    QList<ExpectedRelease> expected;

    /// The release the series waits for next: the earliest expected one, overdue or not
    /// (releases come in order, so a late 3.14.8 still comes before 3.14.9); null when none
    /// is planned.
    [[nodiscard]] const ExpectedRelease *nextExpected() const
    {
        return expected.isEmpty() ? nullptr : &expected.constFirst();
    }
    /// The first expected release whose day has not passed on `today`: what a countdown
    /// counts to, beside any late ones. Null when none is.
    [[nodiscard]] const ExpectedRelease *upcoming(QDate today) const
    {
        const auto found = std::find_if(expected.cbegin(), expected.cend(),
            [today](const ExpectedRelease &release) { return !release.isOverdue(today); });
        return found == expected.cend() ? nullptr : &*found;
    }

    /// The status on `today`, judged by the dates as well as the data's word
    /// (Lifecycle::statusOn): what every view and rule shows and decides by. A series whose
    /// planned first release day has passed while its X.Y.0 is still expected (late) keeps the
    /// data's pre-release word: nothing of it is out yet.
    [[nodiscard]] SeriesStatus statusOn(QDate today) const
    {
        const SeriesStatus byDate = Lifecycle::statusOn(status, firstRelease, endOfLife, today);
        const bool finalStillExpected
            = std::any_of(expected.cbegin(), expected.cend(), [](const ExpectedRelease &release) {
                  return !release.version.isPrerelease() && release.version.micro() == 0;
              });
        return byDate == SeriesStatus::Bugfix && status != SeriesStatus::Bugfix && finalStillExpected ? status : byDate;
    }

    /// The newest release that has been made or announced; null when there is none.
    [[nodiscard]] const TimelineRelease *latest() const
    {
        return releases.isEmpty() ? nullptr : &releases.constFirst();
    }
};

/// A release of another implementation (IronPython, Jython, PyPy) announced on the blog.
struct OtherRelease {
    QString implementation;
    Version version;
    QList<qint64> postIds; ///< oldest first
    QDate announced;
};

class TimelineBuilder;

/// The release timeline: every CPython series with its status and end of life, and its
/// releases, matched against the blog's announcements.
///
/// Built from posts (title and Markdown body, through ReleaseExtractor) and, once synced, the
/// lifecycle data. A release with no announcement is flagged only where the blog was
/// announcing that series at the time: from the month of the oldest post to the newest post,
/// in a series with at least one announcement. Without lifecycle data the timeline holds the
/// announced releases only, with unknown statuses, and says so in warnings().
class Timeline final
{
    Q_DECLARE_TR_FUNCTIONS(Herald::Timeline)

public:
    /// How many days an announcement may lie from the official date before they disagree.
    static constexpr int toleranceDays = 7;

    /// From what each post announces, as stored (PythonAnnouncements::read): what a start reads.
    static Timeline build(const QList<PostAnnouncement> &posts, const Lifecycle &lifecycle);
    /// From the posts themselves, each summarised here (AnnouncementSummary::of).
    static Timeline build(const QList<Post> &posts, const Lifecycle &lifecycle);
    /// "alpha 1", "candidate 2", "final": the stage for people to read, translated.
    static QString stageName(const Version &version);

    /// Newest series first.
    [[nodiscard]] const QList<TimelineSeries> &series() const { return m_series; }
    [[nodiscard]] const TimelineSeries *findSeries(const QString &series) const;
    [[nodiscard]] const TimelineRelease *findRelease(const Version &version) const;
    /// Releases of other implementations, newest announcement first; never part of series().
    [[nodiscard]] const QList<OtherRelease> &otherReleases() const { return m_other; }

    [[nodiscard]] bool hasLifecycleData() const { return m_hasLifecycle; }
    /// The first day of the oldest post's month, and the newest post's day; invalid without posts.
    [[nodiscard]] QDate coverageStart() const { return m_coverageStart; }
    [[nodiscard]] QDate coverageEnd() const { return m_coverageEnd; }

    [[nodiscard]] int announcedCount() const { return m_announced; }
    [[nodiscard]] int missingAnnouncementCount() const { return m_missing; }
    [[nodiscard]] int disagreementCount() const { return m_disagreements; }
    /// The lifecycle data's warnings, and a note when there is no lifecycle data at all.
    [[nodiscard]] QStringList warnings() const { return m_warnings; }

private:
    friend class TimelineBuilder;

    QList<TimelineSeries> m_series;
    QList<OtherRelease> m_other;
    QStringList m_warnings;
    QDate m_coverageStart;
    QDate m_coverageEnd;
    int m_announced = 0;
    int m_missing = 0;
    int m_disagreements = 0;
    bool m_hasLifecycle = false;
};

} // namespace Herald
