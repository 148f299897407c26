// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/releases/lifecycle.h"
#include "core/releases/timeline.h"
#include "core/releases/version.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Herald {

struct Interpreter;

/// What one interpreter misses, judged against the release timeline on a given day, and what
/// to do about it in one line.
struct InterpreterAdvice {
    enum class Verdict {
        UpToDate,
        Behind, ///< newer releases of its series are out, none of them a security release
        MissesSecurity, ///< at least one newer release fixes security issues
        EndOfLife, ///< its series gets no more releases at all
        NotFollowed, ///< another implementation (PyPy, GraalPy): Herald follows CPython
        UnknownSeries, ///< a series the timeline does not know (yet)
        Unusable, ///< its version could not be learned: Interpreter::problem says why
    };

    Verdict verdict = Verdict::UnknownSeries;
    QString series; ///< "3.12"
    SeriesStatus status = SeriesStatus::Unknown; ///< on the day judged
    QDate endOfLife;
    std::optional<Version> latest; ///< the newest release of its series (final, for a final install)
    QList<TimelineRelease> missed; ///< the newer releases, newest first
    int securityReleases = 0; ///< how many of the missed are security releases
    QStringList cves; ///< every CVE the missed releases' announcements name
    QString moveTo; ///< for an end-of-life series: the newest series in bugfix
    std::optional<ExpectedRelease> next; ///< the next release its series expects
    QString action; ///< "Up to date", "Upgrade to 3.12.8 (2 security fixes)" …

    /// 0 up to date (or nothing to judge), 1 behind, 2 misses a security fix or end of life:
    /// `herald --check`'s exit code.
    [[nodiscard]] int severity() const;
    /// "up-to-date", "behind", "security", "end-of-life", "not-followed", "unknown", "unusable"
    [[nodiscard]] QString verdictKey() const;
};

/// Judges interpreters against a timeline on one day.
class InterpreterAdvisor final
{
    Q_DECLARE_TR_FUNCTIONS(Herald::InterpreterAdvisor)

public:
    InterpreterAdvisor(const Timeline &timeline, QDate today);

    [[nodiscard]] InterpreterAdvice advise(const Interpreter &interpreter) const;
    /// The series to move to from an end-of-life one: the newest in bugfix on the day judged
    /// that has a final release out.
    [[nodiscard]] QString recommendedSeries() const;

private:
    void judgeReleases(const Interpreter &interpreter, const TimelineSeries &series, InterpreterAdvice &advice) const;
    [[nodiscard]] QString actionFor(const Interpreter &interpreter, const InterpreterAdvice &advice) const;

    const Timeline &m_timeline;
    QDate m_today;
};

} // namespace Herald
