// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/interpreters/interpreterprobe.h"

#include "core/diagnostics/logging.h"
#include "core/interpreters/versionfiles.h"

#include <QProcess>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

// One line, tagged so that a program that prints something else is told apart from one that
// answers: herald-probe <implementation> <version_info as X.Y.Z.level.serial> <free-threaded>
// <implementation version>. Runs on every Python 3; sysconfig is in the standard library.
constexpr auto script = R"(import sys, sysconfig
v = sys.version_info
i = sys.implementation
print("herald-probe", i.name, "%d.%d.%d.%s.%d" % tuple(v), int(bool(sysconfig.get_config_var("Py_GIL_DISABLED"))), "%d.%d.%d" % tuple(i.version)[:3]))"_L1;

// For Pythons that know neither -I (3.4+) nor sys.implementation (3.3+), Python 2 included:
// the same line, written so that both languages read it; they are CPython.
constexpr auto oldScript
    = R"(import sys; sys.stdout.write("herald-probe cpython %d.%d.%d.%s.%d 0 0.0.0\n" % tuple(sys.version_info)))"_L1;

constexpr qsizetype maxOutput = 4096;

} // namespace

QStringList InterpreterProbe::arguments()
{
    // -I: no user site, no PYTHON* variables, no script folder on sys.path; -S: no site import.
    return {u"-I"_s, u"-S"_s, u"-c"_s, script};
}

InterpreterProbe::Answer InterpreterProbe::run(const QString &executable, std::chrono::milliseconds timeout)
{
    Answer answer = runOnce(executable, arguments(), timeout);
    // An old Python refuses -I; one that hangs or cannot start is not asked twice.
    if (answer.exitedWithError) {
        // -E: no PYTHON* variables, -s: no user site, -S: no site import.
        Answer old = runOnce(executable, {u"-E"_s, u"-s"_s, u"-S"_s, u"-c"_s, oldScript}, timeout);
        if (old.problem.isEmpty()) {
            return old;
        }
    }
    return answer;
}

InterpreterProbe::Answer InterpreterProbe::runOnce(
    const QString &executable, const QStringList &arguments, std::chrono::milliseconds timeout)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(executable, arguments, QIODevice::ReadOnly);
    Answer answer;
    if (!process.waitForStarted(int(timeout.count()))) {
        answer.problem = tr("could not be started: %1").arg(process.errorString());
        return answer;
    }
    if (!process.waitForFinished(int(timeout.count()))) {
        process.kill();
        process.waitForFinished(1000);
        answer.problem = tr("did not answer within %n millisecond(s)", nullptr, int(timeout.count()));
        return answer;
    }
    const QByteArray output = process.readAllStandardOutput().left(maxOutput);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString said = QString::fromUtf8(process.readAllStandardError().left(300)).trimmed();
        answer.problem = said.isEmpty() ? tr("failed with exit code %1").arg(process.exitCode())
                                        : tr("failed with exit code %1: %2").arg(process.exitCode()).arg(said);
        answer.exitedWithError = true;
        return answer;
    }
    answer = parse(output);
    qCDebug(lcInterpreters) << "ran" << executable << "->" << answer.implementation << answer.version.toString()
                            << answer.problem;
    return answer;
}

InterpreterProbe::Answer InterpreterProbe::parse(const QByteArray &output)
{
    Answer answer;
    for (const QByteArray &line : output.split('\n')) {
        const QStringList fields = QString::fromUtf8(line).trimmed().split(u' ', Qt::SkipEmptyParts);
        if (fields.size() != 5 || fields.at(0) != "herald-probe"_L1) {
            continue;
        }
        const auto version = VersionFiles::parseFullVersion(fields.at(2));
        if (!version || (fields.at(3) != "0"_L1 && fields.at(3) != "1"_L1)) {
            break;
        }
        answer.version = *version;
        answer.implementation = VersionFiles::implementationName(fields.at(1));
        answer.freeThreaded = fields.at(3) == "1"_L1;
        if (answer.implementation != "CPython"_L1) {
            answer.implementationVersion = fields.at(4);
        }
        return answer;
    }
    const QString shown = QString::fromUtf8(output.left(80)).simplified();
    answer.problem = shown.isEmpty() ? tr("printed nothing Herald understands")
                                     : tr("printed something that is not a Python's answer: \"%1\"").arg(shown);
    return answer;
}

} // namespace Herald
