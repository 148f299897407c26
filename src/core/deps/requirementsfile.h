// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/deps/dependency.h"
#include "core/diagnostics/result.h"

#include <QCoreApplication>
#include <QString>

namespace Herald {

/// pip's requirements files (requirements.txt, pip-tools' requirements.in), read as pip reads
/// them (pip.pypa.io/en/stable/reference/requirements-file-format/):
/// - `#` comments (at a line's start or after whitespace), `\` continuations, blank lines;
/// - `-r FILE` / `--requirement FILE` includes another file, relative to the including one;
/// - `-c FILE` / `--constraint FILE` reads a constraints file: its pins give versions to
///   dependencies named elsewhere, and never add one;
/// - editable installs (`-e`), URLs, local paths and archives and `name @ url` are skipped
///   with a note; global options (`--index-url`, `--pre` …) are ignored, and per-requirement
///   ones (`--hash=…`) stripped;
/// - environment markers are kept as text, not evaluated.
///
/// An include that cannot be read, an include cycle or a line that is no requirement fails the
/// whole read, naming the file and line.
class RequirementsFile final
{
    Q_DECLARE_TR_FUNCTIONS(Herald::RequirementsFile)

public:
    /// The requirements file at `path` with the files it includes. Origins ("requirements/base.txt:12")
    /// spell each file as `path` is spelled, a relative path kept relative.
    static Result<DependencyList> read(const QString &path);
};

} // namespace Herald
