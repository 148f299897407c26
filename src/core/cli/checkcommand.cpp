// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/cli/checkcommand.h"

#include "core/app/backend.h"
#include "core/cli/dependenciescommand.h"
#include "core/cli/synccommand.h"
#include "core/deps/dependencyfile.h"
#include "core/interpreters/interpreteradvice.h"
#include "core/interpreters/interpreterdiscovery.h"
#include "core/interpreters/interpretertext.h"
#include "core/releases/today.h"
#include "core/sources/pythoninsider.h"
#include "core/text/terminaltext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

QJsonValue isoDate(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

/// The day a release was made, or failing that announced.
QDate releaseDay(const TimelineRelease &release)
{
    return release.officialDate.isValid() ? release.officialDate : release.announced;
}

} // namespace

QJsonObject CheckCommand::toJson(
    const Interpreter &interpreter, const InterpreterAdvice &advice, const QHash<qint64, PostMeta> &posts, QDate today)
{
    QJsonObject object = InterpreterText::toJson(interpreter);
    QJsonArray missed;
    for (const TimelineRelease &release : advice.missed) {
        QJsonArray announcements;
        for (const qint64 id : release.postIds) {
            const PostMeta meta = posts.value(id);
            announcements.append(QJsonObject {
                {u"slug"_s, meta.slug},
                {u"title"_s, meta.title},
                {u"url"_s, meta.url.toString()},
            });
        }
        missed.append(QJsonObject {
            {u"version"_s, release.version.toString()},
            {u"date"_s, isoDate(releaseDay(release))},
            {u"security"_s, release.security},
            {u"cves"_s, QJsonArray::fromStringList(release.security ? release.cves : QStringList())},
            {u"issues"_s, QJsonArray::fromStringList(release.security ? release.issues : QStringList())},
            {u"posts"_s, announcements},
        });
    }
    object.insert(u"series"_s, advice.series.isEmpty() ? QJsonValue() : QJsonValue(advice.series));
    object.insert(u"status"_s,
        advice.status == SeriesStatus::Unknown ? QJsonValue() : QJsonValue(Lifecycle::statusKey(advice.status)));
    object.insert(u"endOfLife"_s, isoDate(advice.endOfLife));
    object.insert(u"latest"_s, advice.latest ? QJsonValue(advice.latest->toString()) : QJsonValue());
    object.insert(u"verdict"_s, advice.verdictKey());
    object.insert(u"severity"_s, advice.severity());
    object.insert(u"action"_s, advice.action);
    object.insert(u"missed"_s, missed);
    object.insert(u"securityReleases"_s, advice.securityReleases);
    object.insert(u"cves"_s, QJsonArray::fromStringList(advice.cves));
    object.insert(u"moveTo"_s, advice.moveTo.isEmpty() ? QJsonValue() : QJsonValue(advice.moveTo));
    object.insert(u"nextExpected"_s,
        advice.next ? QJsonValue(QJsonObject {{u"version"_s, advice.next->version.toString()},
                          {u"date"_s, isoDate(advice.next->date)}, {u"overdue"_s, advice.next->isOverdue(today)}})
                    : QJsonValue());
    return object;
}

int CheckCommand::run(Backend &backend, const DiscoveryEnvironment &environment, bool json, QTextStream &out,
    QTextStream &err, const QString &depsPath)
{
    // The dependency file first: one that cannot be read stops the check before anything else.
    std::optional<DependencyList> dependencies;
    if (!depsPath.isEmpty()) {
        Result<DependencyList> read = DependencyFile::read(depsPath, DependencyScope::Direct);
        if (!read) {
            err << tr("error: ") << TerminalText::safe(read.error().message()) << Qt::endl;
            return DependenciesCommand::BadFile;
        }
        for (const QString &note : read->notes) {
            err << tr("note: ") << TerminalText::safe(note) << Qt::endl;
        }
        dependencies = std::move(*read);
    }
    // The releases first, so that the judgement is today's; the stored data stands in when
    // the network does not answer, and the warnings say so.
    const SyncSummary summary = SyncCommand::syncOnce(backend);
    SyncCommand::printProblems(summary, err);

    QHash<qint64, PostMeta> posts;
    const Result<Timeline> timeline = PythonInsider::storedTimeline(backend.store(), &posts);
    if (!timeline) {
        err << tr("error: ") << timeline.error().message() << Qt::endl;
        return NoReleaseData;
    }
    if (!timeline->hasLifecycleData() || timeline->series().isEmpty()) {
        err << tr("error: Herald has no release data to judge by yet; it comes with a sync (herald --sync)")
            << Qt::endl;
        return NoReleaseData;
    }
    const QDate today = Today::date();
    const InterpreterAdvisor advisor(*timeline, today);
    const InterpreterDiscovery::Findings found = InterpreterDiscovery::discover(environment);
    int exitCode = 0;
    QJsonArray interpreters;
    // Up to date, behind, missing a security release or past end of life, not judged.
    std::array<int, 4> counts {};
    for (const Interpreter &interpreter : found.interpreters) {
        const InterpreterAdvice advice = advisor.advise(interpreter);
        exitCode = std::max(exitCode, advice.severity());
        const bool judged = advice.verdict == InterpreterAdvice::Verdict::UpToDate || advice.severity() > 0;
        ++counts.at(judged ? advice.severity() : 3);
        if (json) {
            interpreters.append(toJson(interpreter, advice, posts, today));
        } else {
            print(out, interpreter, advice, posts, today);
        }
    }
    QList<DependenciesCommand::Judged> judged;
    if (dependencies) {
        Result<QList<DependenciesCommand::Judged>> read = DependenciesCommand::judge(backend, *dependencies, today);
        if (!read) {
            err << tr("error: ") << read.error().message() << Qt::endl;
            return NoReleaseData;
        }
        judged = std::move(*read);
        bool anyJudged = false;
        for (const DependenciesCommand::Judged &entry : std::as_const(judged)) {
            exitCode = std::max(exitCode, entry.status ? entry.status->severity() : 0);
            anyJudged = anyJudged || entry.status;
        }
        // Versions to judge and nothing to judge them by: no verdict is no "all is well".
        const bool anyPinned
            = std::ranges::any_of(dependencies->dependencies, [](const Dependency &d) { return !d.version.isEmpty(); });
        if (anyPinned && !anyJudged) {
            err << tr("error: no dependency of %1 could be judged: herald --import-deps %1 follows them, and a sync "
                      "fetches their releases")
                       .arg(TerminalText::safe(depsPath))
                << Qt::endl;
            exitCode = std::max(exitCode, int(NoReleaseData));
        }
    }
    if (json) {
        QJsonObject document {
            {u"today"_s, today.toString(Qt::ISODate)},
            {u"interpreters"_s, interpreters},
            {u"searched"_s, QJsonArray::fromStringList(found.searched)},
            {u"exitCode"_s, exitCode},
        };
        if (dependencies) {
            document.insert(u"dependencies"_s, DependenciesCommand::toJson(judged));
        }
        out << QJsonDocument(document).toJson(QJsonDocument::Indented);
        out.flush();
        return exitCode;
    }
    if (found.interpreters.isEmpty()) {
        out << tr("No Python interpreter found. Looked in: %1").arg(TerminalText::safe(found.searched.join(u", "_s)))
            << '\n';
    } else {
        out << tr("%n interpreter(s) judged on %1: ", nullptr, int(counts[0] + counts[1] + counts[2]))
                   .arg(today.toString(Qt::ISODate))
            << tr("%1 up to date, %2 behind, %3 missing a security release or past end of life")
                   .arg(counts[0])
                   .arg(counts[1])
                   .arg(counts[2]);
        if (counts[3] > 0) {
            out << u"; "_s
                << tr("%n not judged (another implementation, an unknown series, or unusable)", nullptr, counts[3]);
        }
        out << '\n';
    }
    if (dependencies) {
        out << '\n';
        DependenciesCommand::print(out, depsPath, judged, today);
    }
    out.flush();
    return exitCode;
}

void CheckCommand::print(QTextStream &out, const Interpreter &interpreter, const InterpreterAdvice &advice,
    const QHash<qint64, PostMeta> &posts, QDate today)
{
    out << TerminalText::safe(InterpreterText::versionLabel(interpreter)) << u"  "_s
        << TerminalText::safe(InterpreterText::shortPath(interpreter.path())) << u"  ("_s
        << TerminalText::safe(InterpreterText::whereFound(interpreter)) << u")\n"_s;
    out << u"    "_s << TerminalText::safe(advice.action) << '\n';
    if (advice.status != SeriesStatus::Unknown) {
        out << u"    "_s;
        if (advice.status == SeriesStatus::EndOfLife && advice.endOfLife.isValid()) {
            out << tr("Python %1: end of life since %2").arg(advice.series, advice.endOfLife.toString(Qt::ISODate));
        } else {
            out << tr("Python %1: %2").arg(advice.series, Lifecycle::statusName(advice.status));
            if (advice.endOfLife.isValid()) {
                out << u", "_s << tr("end of life %1").arg(advice.endOfLife.toString(Qt::ISODate));
            }
        }
        if (advice.latest) {
            out << u", "_s << tr("newest %1").arg(advice.latest->toString());
        }
        out << '\n';
    }
    for (const TimelineRelease &release : advice.missed) {
        out << u"    "_s << tr("missing %1").arg(release.version.toString()) << u"  "_s
            << releaseDay(release).toString(Qt::ISODate);
        if (release.security) {
            // The CVEs; the issues only by number (--json lists them), or named when there is no CVE.
            QString named = release.cves.join(u", "_s);
            if (named.isEmpty()) {
                named = release.issues.join(u", "_s);
            } else if (!release.issues.isEmpty()) {
                named += u' ' + tr("(+%n issue(s))", nullptr, int(release.issues.size()));
            }
            out << u"  "_s << (named.isEmpty() ? tr("security") : tr("security: %1").arg(named));
        }
        if (release.postIds.isEmpty()) {
            out << u"  "_s << tr("(not announced)");
        }
        for (const qint64 id : release.postIds) {
            out << u"  "_s << posts.value(id).url.toString();
        }
        out << '\n';
    }
    if (advice.next) {
        const int days = int(today.daysTo(advice.next->date));
        out << u"    "_s
            << (days < 0 ? tr("next: %1 expected %2 (%n day(s) overdue)", nullptr, -days)
                         : tr("next: %1 expected %2 (in %n day(s))", nullptr, days))
                   .arg(advice.next->version.toString(), advice.next->date.toString(Qt::ISODate))
            << '\n';
    }
}

} // namespace Herald
