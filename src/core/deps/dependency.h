// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Herald {

/// Which dependencies a lock file gives: those the project names itself, or every package
/// locked for it. Requirements files and pyproject.toml name only the project's own.
enum class DependencyScope {
    Direct, ///< what the project depends on by name
    All, ///< every package the lock file pins, transitive ones included
};

/// One dependency a Python project's file names.
struct Dependency {
    QString name; ///< as the file spells it ("Django")
    QString normalized; ///< PEP 503: Source::normalizedPypiName(name) ("django")
    QString version; ///< the version the file pins (== or ===, no wildcard) or locks; empty when none
    /// "" for the main dependencies; else e.g. "optional: docs", "group: dev", "poetry group: test"
    QString group;
    /// Where it was read: "requirements/base.txt:12" (the file name as given, a relative path kept).
    QString origin;
    QString marker; ///< its environment marker as written (`python_version < "3.11"`), never evaluated
};

/// What one dependency file (and the files it includes) names.
struct DependencyList {
    /// The most a dependency file may weigh: the largest real lock files are a few MB. Larger,
    /// or no regular file (a FIFO, /dev/zero), and it is refused before it is read.
    static constexpr int MaxFileMegabytes = 16;
    static constexpr qint64 MaxFileBytes = qint64(MaxFileMegabytes) * 1024 * 1024;

    QString format; ///< "requirements", "pyproject", "uv.lock", "poetry.lock"
    /// One per normalized name, in file order; a later pin or lock of the same name fills an
    /// empty version.
    QList<Dependency> dependencies;
    /// What was skipped and why, each naming file:line ("requirements.txt:7: skipped the
    /// editable install -e ./lib").
    QStringList notes;

    /// Adds a dependency, or, when one of its normalized name is listed already, gives that one
    /// its version if it has none.
    void add(const Dependency &dependency)
    {
        for (Dependency &known : dependencies) {
            if (known.normalized == dependency.normalized) {
                if (known.version.isEmpty()) {
                    known.version = dependency.version;
                }
                return;
            }
        }
        dependencies.append(dependency);
    }
};

} // namespace Herald
