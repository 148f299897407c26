// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/deps/dependency.h"
#include "core/diagnostics/result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QByteArray;

namespace Herald {

/// The versions a lock file pins, read with toml++: uv's uv.lock and Poetry's poetry.lock.
///
/// uv.lock lists every package as a `[[package]]` with its name, version and source; the
/// project itself is the package whose source is `{ editable = "." }` or `{ virtual = "." }`,
/// and its `dependencies`, `[package.optional-dependencies]` ("optional: NAME") and
/// `[package.dev-dependencies]` ("group: NAME") name the direct dependencies. poetry.lock does
/// not say which packages are direct: the pyproject.toml beside it does.
///
/// The Direct scope gives the project's own dependencies with their locked versions; the All
/// scope every package locked from a package index (PyPI or another). Packages from git, a
/// path or a URL are skipped with a note.
class LockFile final
{
    Q_DECLARE_TR_FUNCTIONS(Herald::LockFile)

public:
    /// The uv.lock at `path`; origins, notes and errors name `path` as given.
    static Result<DependencyList> readUv(const QString &path, DependencyScope scope);
    /// A uv.lock's text; `fileName` names it. Fails, with nothing read, when the text is not
    /// TOML or a key holds the wrong type. Without a project package in it, the Direct scope
    /// gives every package, with a note saying so.
    static Result<DependencyList> readUv(const QByteArray &toml, const QString &fileName, DependencyScope scope);

    /// The poetry.lock at `path`. The Direct scope reads the pyproject.toml beside it for the
    /// names (and fails when that file cannot be read); when there is none, every locked
    /// package is read, with a note saying so.
    static Result<DependencyList> readPoetry(const QString &path, DependencyScope scope);
    /// A poetry.lock's text; `fileName` names it. `project` is what the pyproject.toml beside
    /// it declares: the Direct scope gives those dependencies, with the versions locked here
    /// and the origins, groups and notes the pyproject gave them. Without it, every locked
    /// package is read, with a note.
    static Result<DependencyList> readPoetry(const QByteArray &toml, const QString &fileName, DependencyScope scope,
        const std::optional<DependencyList> &project);
};

} // namespace Herald
