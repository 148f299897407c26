// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/cli/dependenciescommand.h"

#include "core/app/backend.h"
#include "core/deps/dependencyfile.h"
#include "core/releases/projectreleases.h"
#include "core/sources/dependencyimport.h"
#include "core/sources/projectlifecycles.h"
#include "core/store/poststore.h"
#include "core/store/sourcestore.h"
#include "core/text/terminaltext.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <array>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QString spelled(const Dependency &dependency)
{
    const QString name = TerminalText::safe(dependency.name);
    return dependency.version.isEmpty() ? name : name + u' ' + TerminalText::safe(dependency.version);
}

} // namespace

int DependenciesCommand::importDeps(
    Backend &backend, const QString &path, DependencyScope scope, bool dryRun, QTextStream &out, QTextStream &err)
{
    const Result<DependencyList> read = DependencyFile::read(path, scope);
    if (!read) {
        err << tr("error: ") << TerminalText::safe(read.error().message()) << Qt::endl;
        return BadFile;
    }
    for (const QString &note : read->notes) {
        err << tr("note: ") << TerminalText::safe(note) << Qt::endl;
    }
    const Result<DependencyImport::Plan> plan = DependencyImport::plan(backend.sources(), *read, path);
    if (!plan) {
        err << tr("error: ") << plan.error().message() << Qt::endl;
        return 1;
    }
    QList<qint64> added;
    if (!dryRun) {
        const Result<QList<qint64>> applied = DependencyImport::apply(backend.database(), backend.sources(), *plan);
        if (!applied) {
            err << tr("error: nothing was imported from %1: %2").arg(path, applied.error().message()) << Qt::endl;
            return 1;
        }
        added = *applied;
    }
    int next = 0;
    for (const DependencyImport::Entry &entry : plan->entries) {
        QString line;
        if (entry.followed) {
            line = tr("%1: followed already, as source %2")
                       .arg(spelled(entry.dependency), QString::number(entry.followed->id));
        } else if (dryRun) {
            line = tr("%1: would follow pypi:%2").arg(spelled(entry.dependency), entry.dependency.normalized);
        } else {
            line
                = tr("%1: following as source %2").arg(spelled(entry.dependency), QString::number(added.value(next++)));
        }
        if (!entry.dependency.group.isEmpty()) {
            line += u" ("_s + TerminalText::safe(entry.dependency.group) + u')';
        }
        out << u"  "_s << line << Qt::endl;
    }
    const QString folder = TerminalText::safe(plan->folder);
    if (dryRun) {
        out << tr("%n dependency(ies) in %1 would be followed, in the folder %2", "", plan->toFollow())
                   .arg(path, folder);
    } else {
        out << tr("%n dependency(ies) from %1 followed, in the folder %2", "", plan->toFollow()).arg(path, folder);
    }
    out << tr("; %n followed already", "", plan->followedAlready()) << u'.' << Qt::endl;
    if (!dryRun && plan->toFollow() > 0) {
        out << u"  "_s << tr("herald --sync fetches their releases.") << Qt::endl;
    }
    return 0;
}

Result<QList<DependenciesCommand::Judged>> DependenciesCommand::judge(
    Backend &backend, const DependencyList &list, QDate today)
{
    const Result<QList<Source>> sources = backend.sources().sources();
    if (!sources) {
        return sources.error();
    }
    QList<Judged> judged;
    for (const Dependency &dependency : list.dependencies) {
        Judged entry {dependency, DependencyImport::followedAs(*sources, dependency.normalized), std::nullopt, {}};
        if (!entry.source) {
            entry.notJudged = tr("not followed: herald --import-deps follows it");
        } else if (dependency.version.isEmpty()) {
            entry.notJudged = tr("no version pinned or locked");
        } else {
            const ProjectReleases project = ProjectLifecycles::releasesOf(backend.store(), *entry.source, today);
            entry.status = DependencyStatus::judge(project, dependency.version, today);
            if (!entry.status) {
                entry.notJudged = tr("“%1” is no version Herald can compare").arg(dependency.version);
            } else if (project.series.isEmpty()) {
                entry.status.reset();
                entry.notJudged = tr("no releases stored yet: herald --sync fetches them");
            }
        }
        judged << entry;
    }
    return judged;
}

QJsonArray DependenciesCommand::toJson(const QList<Judged> &judged)
{
    QJsonArray array;
    for (const Judged &entry : judged) {
        QJsonObject object {
            {u"name"_s, entry.dependency.name},
            {u"normalized"_s, entry.dependency.normalized},
            {u"version"_s, orNull(entry.dependency.version)},
            {u"group"_s, orNull(entry.dependency.group)},
            {u"origin"_s, entry.dependency.origin},
            {u"source"_s, entry.source ? QJsonValue(entry.source->id) : QJsonValue()},
            {u"notJudged"_s, orNull(entry.notJudged)},
        };
        if (const auto &status = entry.status) {
            object.insert(u"verdict"_s, status->verdictKey());
            object.insert(u"severity"_s, status->severity());
            object.insert(u"series"_s, status->series);
            object.insert(
                u"status"_s, status->hasLifecycle ? QJsonValue(Lifecycle::statusKey(status->status)) : QJsonValue());
            object.insert(u"endOfLife"_s,
                status->endOfLife.isValid() ? QJsonValue(status->endOfLife.toString(Qt::ISODate)) : QJsonValue());
            object.insert(u"lts"_s, status->lts);
            object.insert(u"newerInSeries"_s,
                status->newerInSeries ? QJsonValue(status->newerInSeries->toString()) : QJsonValue());
            object.insert(
                u"newerSeries"_s, status->newerSeries ? QJsonValue(status->newerSeries->toString()) : QJsonValue());
            object.insert(u"summary"_s, status->summary(DependencyStatus::Dates::Iso));
        }
        array.append(object);
    }
    return array;
}

void DependenciesCommand::print(QTextStream &out, const QString &path, const QList<Judged> &judged, QDate today)
{
    // Up to date, behind, past end of life, not judged.
    std::array<int, 4> counts {};
    for (const Judged &entry : judged) {
        out << spelled(entry.dependency) << u"  ("_s << TerminalText::safe(entry.dependency.origin) << u")\n"_s;
        if (entry.status) {
            ++counts.at(entry.status->severity());
            out << u"    "_s << (entry.status->severity() > 0 ? u"! "_s : QString())
                << TerminalText::safe(entry.status->summary(DependencyStatus::Dates::Iso)) << '\n';
        } else {
            ++counts[3];
            out << u"    "_s << TerminalText::safe(entry.notJudged) << '\n';
        }
    }
    out << tr("%n dependency(ies) of %1 judged on %2: ", nullptr, counts[0] + counts[1] + counts[2])
               .arg(TerminalText::safe(path), today.toString(Qt::ISODate))
        << tr("%1 up to date, %2 behind, %3 past end of life").arg(counts[0]).arg(counts[1]).arg(counts[2]);
    if (counts[3] > 0) {
        out << u"; "_s << tr("%n not judged", nullptr, counts[3]);
    }
    out << '\n';
}

} // namespace Herald
