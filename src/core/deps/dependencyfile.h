// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/deps/dependency.h"
#include "core/diagnostics/result.h"

#include <QCoreApplication>
#include <QString>

namespace Herald {

/// A Python project's dependency file, read by its name: `pyproject.toml` (PyprojectFile),
/// `uv.lock` and `poetry.lock` (LockFile), and any other `*.txt` or `*.in` as a pip
/// requirements file (RequirementsFile). What `herald --import-deps FILE` and
/// `herald --check --deps FILE` read.
class DependencyFile final
{
    Q_DECLARE_TR_FUNCTIONS(Herald::DependencyFile)

public:
    using Scope = DependencyScope;

    /// The dependencies the file at `path` names. `scope` matters to lock files only: Direct
    /// gives the project's own dependencies, All every locked package. Fails for a file it does
    /// not read, one that cannot be read, or one with an error, naming the file as given and,
    /// where there is one, the line.
    static Result<DependencyList> read(const QString &path, Scope scope = Scope::Direct);
};

} // namespace Herald
