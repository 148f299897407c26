// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/releases/version.h"

#include <QCoreApplication>
#include <QString>

#include <chrono>

namespace Herald {

/// Asks an interpreter what it is, by running it once: `-I -S -c` with a short script, never
/// through a shell, and killed when it does not answer in time.
class InterpreterProbe final
{
    Q_DECLARE_TR_FUNCTIONS(Herald::InterpreterProbe)

public:
    struct Answer {
        Version version;
        QString implementation; ///< "CPython", "PyPy", "GraalPy" …
        QString implementationVersion; ///< empty for CPython
        bool freeThreaded = false;
        QString problem; ///< empty when the answer could be read
        bool exitedWithError = false; ///< it ran and failed (rather than hanging or not starting)
    };

    /// The arguments it runs the interpreter with.
    static QStringList arguments();
    /// Runs `executable`; blocks for at most `timeout`, so call it off the GUI thread.
    static Answer run(const QString &executable, std::chrono::milliseconds timeout);
    /// Reads what the script printed.
    static Answer parse(const QByteArray &output);

private:
    static Answer runOnce(const QString &executable, const QStringList &arguments, std::chrono::milliseconds timeout);
};

} // namespace Herald
