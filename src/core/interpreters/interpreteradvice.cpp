// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/interpreters/interpreteradvice.h"

#include "core/interpreters/interpreter.h"
#include "core/text/localedates.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

QString dayMonthYear(const QDate &date)
{
    return InterpreterAdvisor::tr("%1 %2", "day and month, then year: 14 Oct 2024")
        .arg(LocaleDates::dayMonth(date, QLocale(), LocaleDates::Month::Short))
        .arg(date.year());
}

} // namespace

int InterpreterAdvice::severity() const
{
    switch (verdict) {
    case Verdict::MissesSecurity:
    case Verdict::EndOfLife: return 2;
    case Verdict::Behind: return 1;
    case Verdict::UpToDate:
    case Verdict::NotFollowed:
    case Verdict::UnknownSeries:
    case Verdict::Unusable: break;
    }
    return 0;
}

QString InterpreterAdvice::verdictKey() const
{
    switch (verdict) {
    case Verdict::UpToDate: return u"up-to-date"_s;
    case Verdict::Behind: return u"behind"_s;
    case Verdict::MissesSecurity: return u"security"_s;
    case Verdict::EndOfLife: return u"end-of-life"_s;
    case Verdict::NotFollowed: return u"not-followed"_s;
    case Verdict::UnknownSeries: return u"unknown"_s;
    case Verdict::Unusable: break;
    }
    return u"unusable"_s;
}

InterpreterAdvisor::InterpreterAdvisor(const Timeline &timeline, QDate today)
    : m_timeline(timeline)
    , m_today(today)
{ }

QString InterpreterAdvisor::recommendedSeries() const
{
    // A series in bugfix by its date whose final release is late is no place to move to yet.
    for (const TimelineSeries &series : m_timeline.series()) { // newest first
        const bool released = std::any_of(series.releases.cbegin(), series.releases.cend(),
            [](const TimelineRelease &release) { return !release.version.isPrerelease(); });
        if (released && series.statusOn(m_today) == SeriesStatus::Bugfix) {
            return series.series;
        }
    }
    return {};
}

InterpreterAdvice InterpreterAdvisor::advise(const Interpreter &interpreter) const
{
    InterpreterAdvice advice;
    if (!interpreter.isUsable()) {
        advice.verdict = InterpreterAdvice::Verdict::Unusable;
        advice.action = interpreter.problem.isEmpty() ? tr("Its version could not be learned") : interpreter.problem;
        return advice;
    }
    advice.series = interpreter.version.series();
    if (!interpreter.isCPython()) {
        advice.verdict = InterpreterAdvice::Verdict::NotFollowed;
        advice.action = tr("%1 follows its own releases; Herald follows CPython's").arg(interpreter.implementation);
        return advice;
    }
    const TimelineSeries *series = m_timeline.findSeries(advice.series);
    if (!series) {
        advice.verdict = InterpreterAdvice::Verdict::UnknownSeries;
        advice.action = tr("Herald knows no releases of Python %1 yet").arg(advice.series);
        return advice;
    }
    advice.status = series->statusOn(m_today);
    advice.endOfLife = series->endOfLife;
    if (const ExpectedRelease *next = series->nextExpected()) {
        advice.next = *next;
    }
    judgeReleases(interpreter, *series, advice);
    if (advice.status == SeriesStatus::EndOfLife) {
        advice.verdict = InterpreterAdvice::Verdict::EndOfLife;
        advice.moveTo = recommendedSeries();
    } else if (advice.securityReleases > 0) {
        advice.verdict = InterpreterAdvice::Verdict::MissesSecurity;
    } else if (!advice.missed.isEmpty()) {
        advice.verdict = InterpreterAdvice::Verdict::Behind;
    } else {
        advice.verdict = InterpreterAdvice::Verdict::UpToDate;
    }
    advice.action = actionFor(interpreter, advice);
    return advice;
}

void InterpreterAdvisor::judgeReleases(
    const Interpreter &interpreter, const TimelineSeries &series, InterpreterAdvice &advice) const
{
    const Version &installed = interpreter.version;
    // A final release moves on to final releases; a pre-release to anything newer, which
    // includes its final release once that is out.
    for (const TimelineRelease &release : series.releases) { // newest first
        if (release.version <= installed || (!installed.isPrerelease() && release.version.isPrerelease())) {
            continue;
        }
        if (!advice.latest) {
            advice.latest = release.version;
        }
        advice.missed.append(release);
        if (release.security) {
            ++advice.securityReleases;
            for (const QString &cve : release.cves) {
                if (!advice.cves.contains(cve)) {
                    advice.cves.append(cve);
                }
            }
        }
    }
    if (!advice.latest) {
        advice.latest = installed;
    }
}

QString InterpreterAdvisor::actionFor(const Interpreter &interpreter, const InterpreterAdvice &advice) const
{
    using Verdict = InterpreterAdvice::Verdict;
    if (advice.verdict == Verdict::EndOfLife) {
        const QString ended = advice.endOfLife.isValid()
            ? tr("%1 reached end of life on %2").arg(advice.series, dayMonthYear(advice.endOfLife))
            : tr("%1 has reached end of life").arg(advice.series);
        return advice.moveTo.isEmpty() ? ended : tr("%1: move to %2").arg(ended, advice.moveTo);
    }
    if (advice.verdict == Verdict::UpToDate) {
        if (advice.status == SeriesStatus::Security && advice.endOfLife.isValid()) {
            return tr("Up to date; %1 gets security fixes only, until %2")
                .arg(advice.series, dayMonthYear(advice.endOfLife));
        }
        return tr("Up to date");
    }
    // Each CVE is a fix; a security release that names none counts as one.
    int fixes = int(advice.cves.size());
    for (const TimelineRelease &release : advice.missed) {
        fixes += release.security && release.cves.isEmpty() ? 1 : 0;
    }
    QString action = tr("Upgrade to %1").arg(advice.latest->toString());
    if (interpreter.version.isPrerelease() && !advice.latest->isPrerelease()) {
        // The pre-release's own version is shown beside the advice: the target leads.
        action = tr("Upgrade to %1: %2 final is out")
                     .arg(advice.latest->toString(),
                         Version(interpreter.version.major(), interpreter.version.minor(), 0).toString());
    }
    if (fixes > 0) {
        return tr("%1 (%n security fix(es))", nullptr, fixes).arg(action);
    }
    return tr("%1 (%n release(s) behind)", nullptr, int(advice.missed.size())).arg(action);
}

} // namespace Herald
