// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/deps/dependency.h"
#include "core/diagnostics/result.h"
#include "core/posts/source.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace Herald {

class Database;
class SourceStore;

/// Following what a Python project depends on, in one step: each dependency its file names
/// becomes a PyPI source (in a folder named after the project), and the version the file
/// pins or locks is kept for it, so that the sidebar and `herald --check` can say what it
/// means. A plan comes first, for a preview of what will be added and what is followed
/// already; applying it is all or none.
class DependencyImport final
{
    Q_DECLARE_TR_FUNCTIONS(Herald::DependencyImport)

public:
    /// One dependency, with the source that follows it already, if one does.
    struct Entry {
        Dependency dependency;
        std::optional<Source> followed;
    };
    struct Plan {
        QString path; ///< the file, as given
        QString folder; ///< where new sources go
        DependencyList list;
        QList<Entry> entries;

        [[nodiscard]] int toFollow() const;
        [[nodiscard]] int followedAlready() const;
    };

    /// What importing `list`, read from `path`, would do.
    static Result<Plan> plan(const SourceStore &sources, const DependencyList &list, const QString &path);
    /// Follows every new dependency and keeps the pinned or locked version of each, in one
    /// transaction. The ids of the sources added.
    static Result<QList<qint64>> apply(Database &database, SourceStore &sources, const Plan &plan);

    /// The PyPI source that follows `normalizedName` among `sources`, if one does.
    static std::optional<Source> followedAs(const QList<Source> &sources, const QString &normalizedName);
    /// The folder a project's dependencies go in: the name of the directory its file is in.
    static QString folderFor(const QString &path);
};

} // namespace Herald
