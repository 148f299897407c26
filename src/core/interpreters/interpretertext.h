// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/interpreters/interpreter.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Herald {

struct InterpreterAdvice;
struct TimelineRelease;

/// Interpreters and advice in words, for the command line and the window, and as JSON.
class InterpreterText final
{
    Q_DECLARE_TR_FUNCTIONS(Herald::InterpreterText)

public:
    /// "PATH", "pyenv", "uv", "conda" … for people; the same word in JSON (originKey()).
    static QString originName(InterpreterOrigin origin);
    static QString originKey(InterpreterOrigin origin);
    static QString versionSourceKey(Interpreter::VersionSource source);
    /// "3.13.1", "3.13.1 free-threaded", "PyPy 7.3.17 (Python 3.10.14)"; the problem's
    /// absence of a version reads "unknown version".
    static QString versionLabel(const Interpreter &interpreter);
    /// Where it was found, for people: "PATH", "conda environment ml", "virtual environment".
    static QString whereFound(const Interpreter &interpreter);
    /// A path with the home folder written as ~.
    static QString shortPath(const QString &path);
    /// One release an interpreter misses, in a line: "Missing 3.12.14 of 03/12/2026 (security:
    /// CVE-…, CVE-…, CVE-… and 24 more)". A few CVE names only: the timeline lists them all.
    static QString missedLine(const TimelineRelease &release);

    /// What discovery learned: paths, names, version and where it came from, problems.
    static QJsonObject toJson(const Interpreter &interpreter);
};

} // namespace Herald
