// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/releases/version.h"

#include <QList>
#include <QString>

namespace Herald {

/// Where discovery found a name for an interpreter.
enum class InterpreterOrigin {
    Path, ///< a python, python3, python3.N(t) on PATH
    Pyenv,
    Uv, ///< a uv-managed Python
    Asdf,
    Mise,
    Conda, ///< conda, mamba and micromamba, base and environments
    Homebrew,
    Framework, ///< the python.org macOS framework
    Registry, ///< a PEP 514 entry in the Windows registry
    PyLauncher, ///< what Windows' `py --list-paths` names
    UserLocation, ///< a folder or file the user added in the settings
};

/// One name that reaches an interpreter: the path as found, and how it was found.
struct InterpreterName {
    QString path;
    InterpreterOrigin origin = InterpreterOrigin::Path;
    QString detail; ///< "conda environment ml", "PythonCore\\3.12": more than the origin says
};

/// One Python interpreter of this machine. The same install reached by several names
/// (symlinks, PATH and pyenv) is one Interpreter with all of them; a virtual environment is
/// its own Interpreter even though its python links to a base install.
struct Interpreter {
    /// How the version was learned.
    enum class VersionSource {
        None,
        PatchLevel, ///< the install's include/pythonX.Y/patchlevel.h
        VenvConfig, ///< the virtual environment's pyvenv.cfg
        FolderName, ///< the install's folder: pyenv's 3.12.3, uv's cpython-3.12.3-…
        CondaMeta, ///< conda-meta/python-3.12.3-….json
        Registry, ///< PEP 514's Version value
        Ran, ///< asked the interpreter itself
        Cache, ///< an earlier run's answer, for the same file
    };

    QList<InterpreterName> names; ///< the first is the one to show
    QString executable; ///< the file that runs: every symlink resolved
    QString venv; ///< the virtual environment's folder; empty for an install
    QString venvHome; ///< pyvenv.cfg's `home`: where the environment's base interpreter lives
    Version version; ///< the Python language version; null when it could not be learned
    QString implementation; ///< "CPython", "PyPy", "GraalPy"
    QString implementationVersion; ///< PyPy's and GraalPy's own version; empty for CPython
    bool freeThreaded = false; ///< a free-threaded (no GIL) build: python3.13t
    VersionSource versionSource = VersionSource::None;
    QString problem; ///< why it cannot be used: a broken link, a hang, output that makes no sense

    [[nodiscard]] QString path() const { return names.isEmpty() ? QString() : names.constFirst().path; }
    [[nodiscard]] InterpreterOrigin origin() const
    {
        return names.isEmpty() ? InterpreterOrigin::Path : names.constFirst().origin;
    }
    [[nodiscard]] bool isUsable() const { return problem.isEmpty() && !version.isNull(); }
    [[nodiscard]] bool isCPython() const { return implementation == QLatin1StringView("CPython"); }
};

} // namespace Herald
