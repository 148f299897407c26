// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/interpreters/interpreterdiscovery.h"

#include "core/diagnostics/logging.h"
#include "core/interpreters/interpreterlocator.h"
#include "core/interpreters/interpreterprobe.h"
#include "core/interpreters/probecache.h"
#include "core/interpreters/versionfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QtConcurrentMap>
#include <QThreadPool>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

/// One interpreter being put together from its candidates.
struct Entry {
    Interpreter interpreter;
    InterpreterLocator::Candidate first; ///< the candidate that found it, with its hints
    QList<InterpreterLocator::Candidate> others;
    /// pyvenv.cfg's `version`: what the base was when the environment was made.
    std::optional<Version> recordedVersion = std::nullopt;
};

/// "3.13t" from python3.13t, "3.12" from python3.12: which include folder to read.
QString abiOf(const Entry &entry)
{
    static const QRegularExpression versioned(u"^python(\\d+\\.\\d+t?)(?:\\.exe)?$"_s);
    QStringList files {QFileInfo(entry.interpreter.executable).fileName()};
    for (const InterpreterName &name : entry.interpreter.names) {
        files += QFileInfo(name.path).fileName();
    }
    for (const QString &file : std::as_const(files)) {
        if (const auto m = versioned.match(file); m.hasMatch()) {
            return m.captured(1);
        }
    }
    return {};
}

/// The install folder of an executable: the parent of bin/ (POSIX) or its own folder (Windows).
QString prefixOf(const QString &executable)
{
    const QDir dir = QFileInfo(executable).absoluteDir();
    return dir.dirName() == "bin"_L1 ? QFileInfo(dir.absolutePath()).absolutePath() : dir.absolutePath();
}

QString problemOfMissingFile(const QFileInfo &info)
{
    if (info.isSymLink()) {
        return InterpreterDiscovery::tr("a broken link: %1 does not exist").arg(info.symLinkTarget());
    }
    return InterpreterDiscovery::tr("%1 does not exist").arg(info.filePath());
}

/// Learns the version from files, in the order of how much each file can be trusted.
bool readFromFiles(Entry &entry)
{
    Interpreter &interpreter = entry.interpreter;
    QList<InterpreterLocator::Candidate> all {entry.first};
    all += entry.others;
    QString implementation;
    for (const auto &candidate : std::as_const(all)) {
        interpreter.freeThreaded
            = interpreter.freeThreaded || candidate.folder.freeThreaded || candidate.registryFreeThreaded;
        if (implementation.isEmpty()) {
            implementation = candidate.folder.implementation;
        }
    }
    const QString abi = abiOf(entry);
    interpreter.freeThreaded = interpreter.freeThreaded || abi.endsWith(u't');
    // PyPy and GraalPy need their own version as well, which only they can say.
    if (!implementation.isEmpty() && implementation != "CPython"_L1) {
        interpreter.implementation = implementation;
        return false;
    }
    interpreter.implementation = u"CPython"_s;

    if (!interpreter.venv.isEmpty()) {
        const auto config = VersionFiles::readVenvConfig(interpreter.venv);
        if (config) {
            interpreter.venvHome = config->home;
            interpreter.freeThreaded = interpreter.freeThreaded || config->baseExecutable.endsWith(u't');
            if (!config->implementation.isEmpty()) {
                interpreter.implementation = config->implementation;
            }
            if (interpreter.isCPython()) {
                entry.recordedVersion = config->version;
            }
        }
        // pyvenv.cfg's `version` is the base's when the environment was made, and an upgrade
        // in place leaves it behind: the base's own headers, or the interpreter, say what runs
        // now; the recorded one stands in only when neither can.
        if (const auto version = VersionFiles::readPatchLevel(prefixOf(interpreter.executable), abi)) {
            interpreter.version = *version;
            interpreter.versionSource = Interpreter::VersionSource::PatchLevel;
            return true;
        }
        return false;
    }
    QStringList prefixes;
    for (const auto &candidate : std::as_const(all)) {
        if (!candidate.prefix.isEmpty()) {
            prefixes += candidate.prefix;
        }
    }
    prefixes += prefixOf(interpreter.executable);
    for (const QString &prefix : std::as_const(prefixes)) {
        if (const auto version = VersionFiles::readPatchLevel(prefix, abi)) {
            interpreter.version = *version;
            interpreter.versionSource = Interpreter::VersionSource::PatchLevel;
            return true;
        }
        bool threaded = false;
        if (const auto version = VersionFiles::readCondaMeta(prefix, &threaded)) {
            interpreter.version = *version;
            interpreter.freeThreaded = interpreter.freeThreaded || threaded;
            interpreter.versionSource = Interpreter::VersionSource::CondaMeta;
            return true;
        }
    }
    for (const auto &candidate : std::as_const(all)) {
        if (candidate.folder.version) {
            interpreter.version = *candidate.folder.version;
            interpreter.versionSource = Interpreter::VersionSource::FolderName;
            return true;
        }
    }
    for (const auto &candidate : std::as_const(all)) {
        if (candidate.registryVersion) {
            interpreter.version = *candidate.registryVersion;
            interpreter.versionSource = Interpreter::VersionSource::Registry;
            return true;
        }
    }
    return false;
}

void applyAnswer(Interpreter &interpreter, const InterpreterProbe::Answer &answer, Interpreter::VersionSource source)
{
    if (!answer.problem.isEmpty()) {
        interpreter.problem = answer.problem;
        return;
    }
    interpreter.version = answer.version;
    interpreter.implementation = answer.implementation;
    interpreter.implementationVersion = answer.implementationVersion;
    interpreter.freeThreaded = answer.freeThreaded;
    interpreter.versionSource = source;
}

/// Why a file is not run, or nothing. Only an executable file is; on Windows only an .exe,
/// since CreateProcess hands .bat and .cmd files to cmd.exe, which would read the arguments
/// as a command line.
QString refusalToRun(const QString &executable, const DiscoveryEnvironment &environment)
{
    const QFileInfo info(executable);
    if (environment.platform == DiscoveryEnvironment::Platform::Windows) {
        return executable.endsWith(u".exe"_s, Qt::CaseInsensitive)
            ? QString()
            : InterpreterDiscovery::tr("%1 is not an .exe; Herald does not run it").arg(executable);
    }
    return info.isFile() && info.isExecutable()
        ? QString()
        : InterpreterDiscovery::tr("%1 is not an executable file").arg(executable);
}

/// Collapses the candidates into interpreters: one per real file, or per virtual environment.
QList<Entry> collapse(const QList<InterpreterLocator::Candidate> &candidates)
{
    QList<Entry> entries;
    QHash<QString, qsizetype> byKey;
    for (const auto &candidate : candidates) {
        const QFileInfo info(candidate.name.path);
        QString key;
        Interpreter interpreter;
        if (!info.exists()) {
            key = u"missing:"_s + QDir::cleanPath(info.absoluteFilePath());
            interpreter.problem = problemOfMissingFile(info);
        } else if (!candidate.venv.isEmpty()) {
            key = u"venv:"_s + QFileInfo(candidate.venv).canonicalFilePath();
            interpreter.executable = info.canonicalFilePath();
            interpreter.venv = candidate.venv;
        } else {
            interpreter.executable = info.canonicalFilePath();
            key = interpreter.executable;
        }
        if (const auto it = byKey.constFind(key); it != byKey.cend()) {
            Entry &existing = entries[*it];
            const bool known = std::any_of(existing.interpreter.names.cbegin(), existing.interpreter.names.cend(),
                [&](const InterpreterName &name) { return name.path == candidate.name.path; });
            if (!known) {
                existing.interpreter.names += candidate.name;
                existing.others += candidate;
            }
            continue;
        }
        interpreter.names = {candidate.name};
        byKey.insert(key, entries.size());
        entries.append(Entry {interpreter, candidate, {}, std::nullopt});
    }
    return entries;
}

} // namespace

InterpreterDiscovery::Findings InterpreterDiscovery::discover(const DiscoveryEnvironment &environment)
{
    InterpreterLocator locator(environment);
    QList<Entry> entries = collapse(locator.candidates());
    Findings result;
    result.searched = locator.searched();

    ProbeCache cache(environment.cacheFile);
    QList<Entry *> toRun;
    for (Entry &entry : entries) {
        if (!entry.interpreter.problem.isEmpty() || readFromFiles(entry)) {
            continue;
        }
        if (const auto answer = cache.find(entry.interpreter.executable)) {
            applyAnswer(entry.interpreter, *answer, Interpreter::VersionSource::Cache);
        } else if (const QString refusal = refusalToRun(entry.interpreter.executable, environment);
            !refusal.isEmpty()) {
            entry.interpreter.problem = refusal;
        } else {
            toRun += &entry;
        }
    }
    // Starting an interpreter is mostly waiting: run several at once, in a pool of our own so
    // that a hanging one holds none of the application's threads.
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(4, QThread::idealThreadCount() * 2));
    const std::chrono::milliseconds timeout = environment.probeTimeout;
    const QList<InterpreterProbe::Answer> ran = QtConcurrent::blockingMapped(&pool, toRun,
        [timeout](Entry *entry) { return InterpreterProbe::run(entry->interpreter.executable, timeout); });
    for (qsizetype i = 0; i < toRun.size(); ++i) {
        Entry &entry = *toRun[i];
        if (!ran.at(i).problem.isEmpty() && entry.recordedVersion) {
            entry.interpreter.version = *entry.recordedVersion;
            entry.interpreter.versionSource = Interpreter::VersionSource::VenvConfig;
            continue;
        }
        applyAnswer(entry.interpreter, ran.at(i), Interpreter::VersionSource::Ran);
        cache.insert(entry.interpreter.executable, ran.at(i));
    }
    result.ran = int(toRun.size());
    cache.save();
    for (Entry &entry : entries) {
        if (!entry.interpreter.problem.isEmpty()) {
            qCInfo(lcInterpreters) << entry.interpreter.path() << ":" << entry.interpreter.problem;
        }
        result.interpreters += std::move(entry.interpreter);
    }
    return result;
}

} // namespace Herald
