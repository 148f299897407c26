// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/deps/dependency.h"
#include "core/diagnostics/result.h"

#include <QCoreApplication>
#include <QString>

class QByteArray;

namespace Herald {

/// The dependencies a pyproject.toml declares, read with toml++:
/// - `[project] dependencies` (PEP 621), the main ones;
/// - `[project.optional-dependencies]`, each extra as the group "optional: NAME";
/// - `[dependency-groups]` (PEP 735), "group: NAME": a requirement is in the group that lists
///   it; `{include-group = "…"}` is followed, to refuse an unknown group and a cycle;
/// - Poetry's `[tool.poetry.dependencies]` (without `python`), `[tool.poetry.dev-dependencies]`
///   ("poetry group: dev") and `[tool.poetry.group.NAME.dependencies]` ("poetry group: NAME").
///
/// A version is the one a requirement pins with `==` or `===`, or, in Poetry's tables, a bare
/// version ("4.2.11"), which Poetry reads as exact. Dependencies from a URL, a git repository or
/// a local path are skipped with a note. A dependency listed twice, as a main one and in a
/// group, is kept where the file lists it first.
class PyprojectFile final
{
    Q_DECLARE_TR_FUNCTIONS(Herald::PyprojectFile)

public:
    /// The pyproject.toml at `path`; origins, notes and errors name `path` as given.
    static Result<DependencyList> read(const QString &path);
    /// A pyproject.toml's text; `fileName` names it in origins, notes and errors. Fails, with
    /// nothing read, when the text is not TOML ("pyproject.toml:LINE:COL: …") or a key holds
    /// the wrong type ("pyproject.toml:LINE: project.dependencies must be …").
    static Result<DependencyList> read(const QByteArray &toml, const QString &fileName);
};

} // namespace Herald
