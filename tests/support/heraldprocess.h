// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTest>

namespace Herald::Test {

/// How one run of the herald executable ended.
struct HeraldRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs the herald at `executable` with `arguments` in `environment`, without a display (the
/// command-line modes must work without one) and on the day `today` (lifecycles are judged by
/// the day, so expectations do not age) unless the environment names one. The event loop
/// spins meanwhile, so that a fixture server on this thread answers it.
inline HeraldRun runHerald(
    const QString &executable, const QStringList &arguments, QProcessEnvironment environment, const QString &today)
{
    QProcess process;
    environment.remove(QStringLiteral("DISPLAY"));
    if (!environment.contains(QStringLiteral("HERALD_TODAY"))) {
        environment.insert(QStringLiteral("HERALD_TODAY"), today);
    }
    process.setProcessEnvironment(environment);
    process.start(executable, arguments);
    [&] { QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 60000); }();
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace Herald::Test
