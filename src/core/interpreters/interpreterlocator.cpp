// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/interpreters/interpreterlocator.h"

#include "core/diagnostics/logging.h"
#include "core/interpreters/registryview.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

bool isWindows(const DiscoveryEnvironment &env)
{
    return env.platform == DiscoveryEnvironment::Platform::Windows;
}

QStringList childFolders(const QString &folder)
{
    return QDir(folder).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

/// Names on the search path that are Python interpreters: python, python3, python3.12,
/// python3.13t, pypy3, pypy3.10 (python.exe and python3.exe on Windows). Not python3-config,
/// python3.12-gdb.py or pythonw.
bool isInterpreterName(const QString &name, bool windows)
{
    static const QRegularExpression posix(u"^(?:python(?:3(?:\\.\\d+t?)?)?|pypy3(?:\\.\\d+)?)$"_s);
    static const QRegularExpression win(u"^(?:python3?|pypy3)\\.exe$"_s, QRegularExpression::CaseInsensitiveOption);
    return (windows ? win : posix).match(name).hasMatch();
}

/// pyenv, asdf and mise put shims on PATH: scripts that run whichever version a folder
/// selects. Discovery finds the versions themselves in their folders instead.
bool isShimFolder(const QString &folder)
{
    return QFileInfo(folder).fileName() == "shims"_L1;
}

/// Not interpreters, though named like them: macOS's /usr/bin/python3 without the Command Line
/// Tools (running it asks to install them), and Windows' App Execution Aliases that open the
/// Microsoft Store.
bool isStubName(const QFileInfo &file, const QString &root)
{
    const QString path = QDir::fromNativeSeparators(file.absoluteFilePath());
    if (path.contains(u"/WindowsApps/"_s, Qt::CaseInsensitive) && file.size() == 0) {
        return true;
    }
    return path == root + u"/usr/bin/python3"_s
        && !QFileInfo::exists(root + u"/Library/Developer/CommandLineTools/usr/bin/python3"_s)
        && QFileInfo::exists(root + u"/System/Library/CoreServices/SystemVersion.plist"_s);
}

/// A path as the registry and the py launcher write it, on any platform (QDir's
/// fromNativeSeparators changes nothing off Windows, and the tests read these on Linux).
QString fromWindowsPath(const QString &path)
{
    QString result = path;
    return result.replace(u'\\', u'/');
}

} // namespace

InterpreterLocator::InterpreterLocator(const DiscoveryEnvironment &environment)
    : m_env(environment)
{ }

bool InterpreterLocator::isStub(const QFileInfo &file) const
{
    return isStubName(file, m_env.root);
}

QList<InterpreterLocator::Candidate> InterpreterLocator::candidates()
{
    m_candidates.clear();
    m_searched.clear();
    const QString home = m_env.home;
    const QString dataHome = m_env.variable(u"XDG_DATA_HOME"_s, home + u"/.local/share"_s);
    addPath();
    addInstallRoot(m_env.variable(u"PYENV_ROOT"_s, home + (isWindows(m_env) ? u"/.pyenv/pyenv-win"_s : u"/.pyenv"_s))
            + u"/versions"_s,
        InterpreterOrigin::Pyenv, u"pyenv"_s);
    addUv();
    addInstallRoot(m_env.variable(u"ASDF_DATA_DIR"_s, home + u"/.asdf"_s) + u"/installs/python"_s,
        InterpreterOrigin::Asdf, u"asdf"_s);
    addInstallRoot(m_env.variable(u"MISE_DATA_DIR"_s, dataHome + u"/mise"_s) + u"/installs/python"_s,
        InterpreterOrigin::Mise, u"mise"_s);
    addConda();
    if (m_env.platform != DiscoveryEnvironment::Platform::Windows) {
        addHomebrew();
    }
    if (m_env.platform == DiscoveryEnvironment::Platform::MacOS) {
        addFrameworks();
    }
    if (isWindows(m_env)) {
        addRegistry();
        addPyLauncher();
    }
    for (const QString &location : m_env.userLocations) {
        addUserLocation(location);
    }
    return m_candidates;
}

void InterpreterLocator::looked(const QString &place)
{
    QString shown = QDir::cleanPath(place);
    if (!m_env.home.isEmpty() && shown.startsWith(m_env.home + u'/')) {
        shown = u"~"_s + shown.mid(m_env.home.size());
    }
    if (!m_searched.contains(shown)) {
        m_searched += shown;
    }
}

QString InterpreterLocator::executableIn(const QString &prefix) const
{
    const QDir dir(prefix);
    const QStringList names = isWindows(m_env)
        ? QStringList {u"python.exe"_s, u"Scripts/python.exe"_s, u"pypy3.exe"_s}
        : QStringList {u"bin/python3"_s, u"bin/python"_s, u"bin/pypy3"_s, u"bin/graalpy"_s};
    for (const QString &name : names) {
        const QFileInfo info(dir.filePath(name));
        if (info.isFile() || info.isSymLink()) {
            return info.filePath();
        }
    }
    // A free-threaded-only install (uv's +freethreaded) may have python3.13t alone.
    const QStringList threaded = QDir(dir.filePath(u"bin"_s)).entryList({u"python3.*t"_s}, QDir::Files, QDir::Name);
    return threaded.isEmpty() ? QString() : dir.filePath(u"bin/"_s + threaded.constFirst());
}

void InterpreterLocator::addPath()
{
    looked(u"PATH"_s);
    const bool windows = isWindows(m_env);
    for (const QString &entry : m_env.path) {
        // A relative entry ("." or "bin") would run whatever lies where Herald was started.
        const QString folder = QDir::cleanPath(QDir::fromNativeSeparators(entry));
        if (entry.isEmpty() || QDir::isRelativePath(folder) || isShimFolder(folder)) {
            continue;
        }
        const QFileInfoList files = QDir(folder).entryInfoList(QDir::Files | QDir::System, QDir::Name);
        for (const QFileInfo &file : files) {
            if (!isInterpreterName(file.fileName(), windows) || isStub(file)) {
                continue;
            }
            // A link that leads nowhere is listed (and reported); anything else must run.
            if (file.exists() && !file.isExecutable() && !windows) {
                continue;
            }
            Candidate candidate;
            candidate.name = {file.filePath(), InterpreterOrigin::Path, {}};
            // An activated virtual environment puts its bin/ (Scripts\ on Windows) on PATH.
            const QString parent = QFileInfo(folder).absolutePath();
            if (QFileInfo::exists(parent + u"/pyvenv.cfg"_s)) {
                candidate.venv = QDir::cleanPath(parent);
            }
            m_candidates += candidate;
        }
    }
}

void InterpreterLocator::addInstallRoot(const QString &root, InterpreterOrigin origin, const QString &shownAs)
{
    looked(root);
    for (const QString &name : childFolders(root)) {
        addInstall(QDir(root).filePath(name), origin, shownAs);
    }
}

void InterpreterLocator::addInstall(const QString &prefix, InterpreterOrigin origin, const QString &detail)
{
    const QString executable = executableIn(prefix);
    if (executable.isEmpty()) {
        return;
    }
    Candidate candidate;
    candidate.name = {executable, origin, detail};
    candidate.prefix = prefix;
    candidate.folder = VersionFiles::parseFolderName(QFileInfo(prefix).fileName());
    m_candidates += candidate;
}

void InterpreterLocator::addVenv(const QString &folder, InterpreterOrigin origin, const QString &detail)
{
    const QString executable = executableIn(folder);
    Candidate candidate;
    // A venv whose python is gone is still worth reporting: its base was removed.
    candidate.name
        = {executable.isEmpty() ? QDir(folder).filePath(isWindows(m_env) ? u"Scripts/python.exe"_s : u"bin/python"_s)
                                : executable,
            origin, detail};
    candidate.venv = QDir::cleanPath(folder);
    m_candidates += candidate;
}

void InterpreterLocator::addUv()
{
    QString fallback = m_env.variable(u"XDG_DATA_HOME"_s, m_env.home + u"/.local/share"_s) + u"/uv/python"_s;
    if (isWindows(m_env)) {
        fallback = m_env.variable(u"APPDATA"_s, m_env.home + u"/AppData/Roaming"_s) + u"/uv/data/python"_s;
    }
    const QString root = m_env.variable(u"UV_PYTHON_INSTALL_DIR"_s, fallback);
    looked(root);
    for (const QString &name : childFolders(root)) {
        if (!name.startsWith(u'.')) { // .lock, .cache, .temp
            addInstall(QDir(root).filePath(name), InterpreterOrigin::Uv, u"uv"_s);
        }
    }
}

void InterpreterLocator::addConda()
{
    const QString home = m_env.home;
    QStringList bases;
    for (const auto &variable : {u"CONDA_PREFIX"_s, u"MAMBA_ROOT_PREFIX"_s}) {
        if (const QString value = m_env.variable(variable); !value.isEmpty()) {
            bases += value;
        }
    }
    for (const auto &name :
        {u"miniconda3"_s, u"anaconda3"_s, u"miniforge3"_s, u"mambaforge"_s, u"micromamba"_s, u".local/share/mamba"_s}) {
        bases += home + u'/' + name;
    }
    if (!isWindows(m_env)) {
        bases += {m_env.systemPath(u"/opt/conda"_s), m_env.systemPath(u"/opt/miniconda3"_s),
            m_env.systemPath(u"/opt/anaconda3"_s)};
    }
    for (const QString &base : std::as_const(bases)) {
        looked(base);
        addCondaPrefix(base, u"conda base"_s);
        const QString envs = QDir(base).filePath(u"envs"_s);
        for (const QString &name : childFolders(envs)) {
            addCondaPrefix(QDir(envs).filePath(name), u"conda environment %1"_s.arg(name));
        }
    }
    // conda records every environment it makes, wherever it is.
    const QString recorded = home + u"/.conda/environments.txt"_s;
    looked(recorded);
    QFile file(recorded);
    if (file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        for (const QByteArray &line : file.read(qint64(1024) * 1024).split('\n')) {
            const QString prefix = QString::fromUtf8(line).trimmed();
            if (!prefix.isEmpty()) {
                addCondaPrefix(prefix, u"conda environment %1"_s.arg(QFileInfo(prefix).fileName()));
            }
        }
    }
}

void InterpreterLocator::addCondaPrefix(const QString &prefix, const QString &detail)
{
    // conda-meta/ marks a conda environment; without it this is some other folder.
    if (QFileInfo(QDir(prefix).filePath(u"conda-meta"_s)).isDir()) {
        addInstall(prefix, InterpreterOrigin::Conda, detail);
    }
}

void InterpreterLocator::addHomebrew()
{
    // Homebrew on Apple silicon, on Intel Macs, and on Linux.
    for (const auto &root :
        {u"/opt/homebrew/Cellar"_s, u"/usr/local/Cellar"_s, u"/home/linuxbrew/.linuxbrew/Cellar"_s}) {
        const QString cellar = m_env.systemPath(root);
        looked(cellar);
        for (const QString &formula : childFolders(cellar)) {
            if (formula != "python"_L1 && !formula.startsWith("python@"_L1)) {
                continue;
            }
            const QString folder = QDir(cellar).filePath(formula);
            for (const QString &version : childFolders(folder)) {
                addInstall(QDir(folder).filePath(version), InterpreterOrigin::Homebrew, u"Homebrew %1"_s.arg(formula));
            }
        }
    }
}

void InterpreterLocator::addFrameworks()
{
    // python.org's installers; PythonT.framework holds the free-threaded builds.
    for (const auto &framework :
        {u"/Library/Frameworks/Python.framework"_s, u"/Library/Frameworks/PythonT.framework"_s}) {
        const QString versions = m_env.systemPath(framework) + u"/Versions"_s;
        looked(versions);
        for (const QString &series : childFolders(versions)) {
            if (series == "Current"_L1) {
                continue;
            }
            const QString prefix = QDir(versions).filePath(series);
            const bool threaded = framework.contains(u"PythonT"_s);
            const QString name = u"bin/python%1%2"_s.arg(series, threaded ? u"t"_s : QString());
            const QString executable
                = QFileInfo::exists(QDir(prefix).filePath(name)) ? QDir(prefix).filePath(name) : executableIn(prefix);
            if (executable.isEmpty()) {
                continue;
            }
            Candidate candidate;
            candidate.name = {executable, InterpreterOrigin::Framework, u"python.org"_s};
            candidate.prefix = prefix;
            candidate.folder.implementation = u"CPython"_s;
            candidate.folder.freeThreaded = threaded;
            m_candidates += candidate;
        }
    }
}

void InterpreterLocator::addRegistry()
{
    if (!m_env.registry) {
        return;
    }
    const RegistryView &registry = *m_env.registry;
    // PEP 514: Software\Python\<Company>\<Tag>, per user and per machine (and the 32-bit view).
    for (const auto &root : {u"HKEY_CURRENT_USER\\Software\\Python"_s, u"HKEY_LOCAL_MACHINE\\Software\\Python"_s,
             u"HKEY_LOCAL_MACHINE\\Software\\WOW6432Node\\Python"_s}) {
        looked(root);
        for (const QString &company : registry.childKeys(root)) {
            if (company == "PyLauncher"_L1) { // the launcher's own settings, not an interpreter
                continue;
            }
            const QString companyKey = root + u'\\' + company;
            for (const QString &tag : registry.childKeys(companyKey)) {
                const QString key = companyKey + u'\\' + tag;
                const QString installKey = key + u"\\InstallPath"_s;
                const QString installPath = registry.value(installKey, {});
                QString executable = registry.value(installKey, u"ExecutablePath"_s);
                // PEP 514: PythonCore entries may leave ExecutablePath out; python.exe is in InstallPath.
                if (executable.isEmpty() && company == "PythonCore"_L1 && !installPath.isEmpty()) {
                    executable = QDir(installPath).filePath(u"python.exe"_s);
                }
                if (executable.isEmpty()) {
                    qCDebug(lcInterpreters) << "registry entry without an executable:" << key;
                    continue;
                }
                Candidate candidate;
                candidate.name = {fromWindowsPath(executable), InterpreterOrigin::Registry, company + u'\\' + tag};
                candidate.prefix = fromWindowsPath(installPath);
                candidate.registryVersion = VersionFiles::parseFullVersion(registry.value(key, u"Version"_s));
                // PythonCore tags a free-threaded install 3.13t (and 3.13t-32 for 32-bit).
                static const QRegularExpression threadedTag(u"^\\d+\\.\\d+t(?:-\\d+)?$"_s);
                candidate.registryFreeThreaded = company == "PythonCore"_L1 && threadedTag.match(tag).hasMatch();
                candidate.folder.implementation = company == "PythonCore"_L1 ? u"CPython"_s : QString();
                m_candidates += candidate;
            }
        }
    }
}

QList<std::pair<QString, QString>> InterpreterLocator::parsePyLauncherList(const QByteArray &output)
{
    QList<std::pair<QString, QString>> result;
    static const QRegularExpression line(u"^\\s*-(?:V:)?(\\S+)\\s+(?:\\*\\s+)?(.+?)\\s*$"_s);
    for (const QByteArray &raw : output.split('\n')) {
        const auto m = line.match(QString::fromUtf8(raw));
        // Only paths: the launcher also lists entries it cannot place as "(venv)" or "Unknown".
        if (m.hasMatch() && (m.captured(2).contains(u'\\') || m.captured(2).contains(u'/'))) {
            result.append({m.captured(1), fromWindowsPath(m.captured(2))});
        }
    }
    return result;
}

void InterpreterLocator::addPyLauncher()
{
    if (!m_env.runPyLauncher) {
        return;
    }
    looked(u"py --list-paths"_s);
    QProcess process;
    process.start(u"py"_s, {u"--list-paths"_s}, QIODevice::ReadOnly);
    if (!process.waitForStarted(int(m_env.probeTimeout.count()))
        || !process.waitForFinished(int(m_env.probeTimeout.count()))) {
        process.kill();
        process.waitForFinished(1000);
        qCDebug(lcInterpreters) << "py --list-paths did not answer:" << process.errorString();
        return;
    }
    for (const auto &[tag, path] : parsePyLauncherList(process.readAllStandardOutput())) {
        Candidate candidate;
        candidate.name = {path, InterpreterOrigin::PyLauncher, tag};
        m_candidates += candidate;
    }
}

void InterpreterLocator::addUserLocation(const QString &location)
{
    looked(location);
    const QFileInfo info(location);
    const QString &detail = location;
    if (!info.isDir()) {
        Candidate candidate; // a file, or a location that no longer exists: reported either way
        candidate.name = {location, InterpreterOrigin::UserLocation, detail};
        m_candidates += candidate;
        return;
    }
    if (QFileInfo::exists(QDir(location).filePath(u"pyvenv.cfg"_s))) {
        addVenv(location, InterpreterOrigin::UserLocation, detail);
        return;
    }
    if (!executableIn(location).isEmpty()) {
        addInstall(location, InterpreterOrigin::UserLocation, detail);
        return;
    }
    // A folder of environments or installs, such as a project folder or a custom pyenv root.
    for (const QString &name : childFolders(location)) {
        const QString child = QDir(location).filePath(name);
        if (QFileInfo::exists(QDir(child).filePath(u"pyvenv.cfg"_s))) {
            addVenv(child, InterpreterOrigin::UserLocation, detail);
        } else {
            addInstall(child, InterpreterOrigin::UserLocation, detail);
        }
    }
}

} // namespace Herald
