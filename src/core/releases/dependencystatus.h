// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/releases/lifecycle.h"
#include "core/releases/projectversion.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace Herald {

struct ProjectReleases;

/// What the version of a project the user runs means today: whether newer releases are out,
/// and where its series stands in the project's lifecycle (endoflife.date's), judged by the
/// day asked about.
struct DependencyStatus {
    Q_DECLARE_TR_FUNCTIONS(Herald::DependencyStatus)

public:
    enum class Verdict {
        UpToDate, ///< nothing newer in its series, and its series is not past its end of life
        Behind, ///< a newer final release of its series is out
        EndOfLife, ///< its series is past its end of life
    };
    /// How dates are written: ISO 8601 for the command line, the user's locale in the window.
    enum class Dates { Iso, Locale };

    ProjectVersion used;
    QString series; ///< the series of `used`, as the project is grouped
    /// The newest final release of its series, when newer than `used`.
    std::optional<ProjectVersion> newerInSeries;
    /// The project's newest final release, when newer than `used` and in another series.
    std::optional<ProjectVersion> newerSeries;
    bool hasLifecycle = false; ///< the project's lifecycle knows its series
    SeriesStatus status = SeriesStatus::Unknown; ///< its series' on the day judged
    QDate endOfLife; ///< its series'; invalid when not known
    QDate endOfSupport; ///< the end of its series' active support; invalid when not known
    bool lts = false;
    Verdict verdict = Verdict::UpToDate;

    /// 0 up to date, 1 behind, 2 past end of life: `herald --check`'s exit codes.
    [[nodiscard]] int severity() const;
    /// "up-to-date", "behind" or "end-of-life".
    [[nodiscard]] QString verdictKey() const;
    /// "you use 4.2.11; 5.2.9 is out; 4.2 reached end of life on 2026-04-30".
    [[nodiscard]] QString summary(Dates dates) const;

    /// Judges `usedVersion` of `project` on `today`; nothing when it is no version.
    static std::optional<DependencyStatus> judge(
        const ProjectReleases &project, const QString &usedVersion, QDate today);
};

} // namespace Herald
