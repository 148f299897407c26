// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/sources/dependencyimport.h"

#include "core/sources/sourcespec.h"
#include "core/store/database.h"
#include "core/store/sourcestore.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald {

int DependencyImport::Plan::toFollow() const
{
    return int(std::ranges::count_if(entries, [](const Entry &entry) { return !entry.followed; }));
}

int DependencyImport::Plan::followedAlready() const
{
    return int(entries.size()) - toFollow();
}

std::optional<Source> DependencyImport::followedAs(const QList<Source> &sources, const QString &normalizedName)
{
    const auto found = std::ranges::find_if(sources, [&normalizedName](const Source &source) {
        return source.kind == SourceKind::PyPI && Source::normalizedPypiName(source.identifier) == normalizedName;
    });
    return found == sources.cend() ? std::nullopt : std::optional<Source>(*found);
}

QString DependencyImport::folderFor(const QString &path)
{
    const QString directory = QFileInfo(path).absoluteDir().dirName();
    return directory.isEmpty() ? tr("Dependencies") : directory;
}

Result<DependencyImport::Plan> DependencyImport::plan(
    const SourceStore &sources, const DependencyList &list, const QString &path)
{
    const Result<QList<Source>> followed = sources.sources();
    if (!followed) {
        return followed.error();
    }
    Plan plan;
    plan.path = path;
    plan.folder = folderFor(path);
    plan.list = list;
    for (const Dependency &dependency : list.dependencies) {
        plan.entries.append({dependency, followedAs(*followed, dependency.normalized)});
    }
    return plan;
}

Result<QList<qint64>> DependencyImport::apply(Database &database, SourceStore &sources, const Plan &plan)
{
    QList<qint64> added;
    const Result<void> done = database.transaction([&]() -> Result<void> {
        for (const Entry &entry : plan.entries) {
            const Dependency &dependency = entry.dependency;
            if (entry.followed) {
                // The file's word on the version used is the newest; no word keeps the old one.
                if (!dependency.version.isEmpty()
                    && (dependency.version != entry.followed->usedVersion
                        || dependency.origin != entry.followed->usedIn)) {
                    if (Result<void> kept
                        = sources.setUsedVersion(entry.followed->id, dependency.version, dependency.origin);
                        !kept) {
                        return kept;
                    }
                }
                continue;
            }
            Result<Source> source = SourceSpec::read(u"pypi:"_s + dependency.name);
            if (!source) {
                return Error(tr("%1: %2").arg(dependency.origin, source.error().message()));
            }
            source->folder = plan.folder;
            source->usedVersion = dependency.version;
            source->usedIn = dependency.version.isEmpty() ? QString() : dependency.origin;
            const Result<qint64> id = sources.add(*source);
            if (!id) {
                return id.error();
            }
            added << *id;
        }
        return {};
    });
    if (!done) {
        return done.error();
    }
    return added;
}

} // namespace Herald
