// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/interpreters/discoveryenvironment.h"
#include "core/interpreters/interpreter.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Herald {

/// Finds the Python interpreters of a machine (InterpreterLocator), collapses the names of
/// one install into one entry, and learns each version: from the install's files where they
/// say it, else from an earlier run's answer for the same file, else by running the
/// interpreter once (InterpreterProbe), several at a time, each with a time limit.
///
/// Blocks for up to about one probe timeout; run it off the GUI thread (InterpreterScanner).
class InterpreterDiscovery final
{
    Q_DECLARE_TR_FUNCTIONS(Herald::InterpreterDiscovery)

public:
    /// What one discovery found, and where it looked.
    struct Findings {
        QList<Interpreter> interpreters; ///< search path first, then the other places, in order
        QStringList searched; ///< where it looked, for people to read
        int ran = 0; ///< how many interpreters had to be run
    };

    static Findings discover(const DiscoveryEnvironment &environment);
};

} // namespace Herald
