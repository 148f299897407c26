// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/releases/version.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace Herald {

/// What an install's files and folder names say about the Python in it, read without running
/// anything.
class VersionFiles final
{
public:
    /// What a virtual environment's pyvenv.cfg says.
    struct VenvConfig {
        QString home; ///< the folder of the base interpreter
        std::optional<Version> version; ///< `version`, `version_info` (uv, virtualenv)
        QString implementation; ///< `implementation` (uv, virtualenv); empty when unsaid
        QString baseExecutable; ///< `executable` (Python 3.11+); empty when unsaid
    };

    /// What an install's folder name says: pyenv's `3.12.3`, `3.13.0t`, `pypy3.10-7.3.17`;
    /// uv's `cpython-3.12.3-linux-x86_64-gnu`, `cpython-3.13.1+freethreaded-macos-aarch64-none`.
    struct FolderName {
        QString implementation; ///< "CPython", "PyPy", "GraalPy"; empty when the name does not say
        std::optional<Version> version; ///< the Python version, only when the name gives all of it
        bool freeThreaded = false;
    };

    /// A full version, `3.12.3`, `3.13.0rc2`, `3.14.0a1+` (a build from a checkout), or
    /// `3.12.3.final.0` (virtualenv's version_info). Nothing for a series alone.
    static std::optional<Version> parseFullVersion(QStringView text);

    /// Reads `folder`/pyvenv.cfg; nothing when there is none or it names no `home`.
    static std::optional<VenvConfig> readVenvConfig(const QString &folder);
    /// PY_VERSION of `prefix`/include/python3.N[t]/patchlevel.h (POSIX) or
    /// `prefix`/include/patchlevel.h (Windows). `abi` ("3.13t", from the executable's name)
    /// names the one include folder to read, and the series the header must be of; without
    /// it a prefix with headers of more than one Python says nothing.
    static std::optional<Version> readPatchLevel(const QString &prefix, const QString &abi = {});
    /// The version of the python package conda installed in `prefix` (conda-meta/python-X.Y.Z-….json).
    static std::optional<Version> readCondaMeta(const QString &prefix, bool *freeThreaded = nullptr);
    static FolderName parseFolderName(QStringView name);
    /// "CPython", "PyPy", "GraalPy" for the names sys.implementation, uv and pyvenv.cfg use
    /// ("cpython", "pypy", "graalpy", "graalpython"); any other name as written.
    static QString implementationName(QStringView key);
};

} // namespace Herald
