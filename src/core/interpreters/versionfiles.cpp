// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/interpreters/versionfiles.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

// Headers and configuration files are small; anything larger is not what we look for.
constexpr qint64 maxFileSize = qint64(64) * 1024;

QByteArray readSmallFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.read(maxFileSize);
}

std::optional<Version::Stage> stageFromLevel(QStringView level)
{
    if (level == "alpha"_L1) {
        return Version::Stage::Alpha;
    }
    if (level == "beta"_L1) {
        return Version::Stage::Beta;
    }
    if (level == "candidate"_L1) {
        return Version::Stage::Candidate;
    }
    if (level == "final"_L1) {
        return Version::Stage::Final;
    }
    return std::nullopt;
}

} // namespace

QString VersionFiles::implementationName(QStringView key)
{
    const QString lower = key.toString().toLower();
    if (lower == "cpython"_L1) {
        return u"CPython"_s;
    }
    if (lower == "pypy"_L1) {
        return u"PyPy"_s;
    }
    if (lower == "graalpy"_L1 || lower == "graalpython"_L1) {
        return u"GraalPy"_s;
    }
    return key.toString();
}

std::optional<Version> VersionFiles::parseFullVersion(QStringView text)
{
    text = text.trimmed();
    // virtualenv's version_info: 3.12.3.final.0
    static const QRegularExpression info(u"^(\\d+)\\.(\\d+)\\.(\\d+)\\.(alpha|beta|candidate|final)\\.(\\d+)$"_s);
    if (const auto m = info.matchView(text); m.hasMatch()) {
        // The pattern admits the four levels stageFromLevel knows.
        const Version::Stage stage = stageFromLevel(m.capturedView(4)).value_or(Version::Stage::Final);
        return Version(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt(), stage,
            m.capturedView(5).toInt());
    }
    // A build from a CPython checkout says 3.14.0a1+: the release it follows.
    if (text.endsWith(u'+')) {
        text.chop(1);
    }
    const auto version = Version::parse(text);
    if (!version || !version->hasMicro()) {
        return std::nullopt;
    }
    return version;
}

std::optional<VersionFiles::VenvConfig> VersionFiles::readVenvConfig(const QString &folder)
{
    const QByteArray data = readSmallFile(QDir(folder).filePath(u"pyvenv.cfg"_s));
    if (data.isEmpty()) {
        return std::nullopt;
    }
    VenvConfig config;
    // key = value lines, as the venv module writes them (site.py reads them the same way).
    for (const QByteArray &rawLine : data.split('\n')) {
        const QString line = QString::fromUtf8(rawLine).trimmed();
        const qsizetype equals = line.indexOf(u'=');
        if (equals <= 0) {
            continue;
        }
        const QString key = line.left(equals).trimmed().toLower();
        const QString value = line.mid(equals + 1).trimmed();
        if (key == "home"_L1) {
            config.home = value;
        } else if (key == "version"_L1 || key == "version_info"_L1) {
            if (!config.version) {
                config.version = parseFullVersion(value);
            }
        } else if (key == "implementation"_L1) {
            config.implementation = implementationName(value);
        } else if (key == "executable"_L1) {
            config.baseExecutable = value;
        }
    }
    if (config.home.isEmpty()) {
        return std::nullopt;
    }
    return config;
}

std::optional<Version> VersionFiles::readPatchLevel(const QString &prefix, const QString &abi)
{
    const QDir include(QDir(prefix).filePath(u"include"_s));
    // Only the headers of this interpreter: a prefix such as /usr holds those of every Python
    // whose -dev package is installed, and python3.12 must not read 3.11's.
    QStringList candidates;
    if (!abi.isEmpty()) {
        candidates += include.filePath(u"python%1/patchlevel.h"_s.arg(abi));
    } else {
        const QStringList folders = include.entryList({u"python*"_s}, QDir::Dirs | QDir::NoDotAndDotDot);
        if (folders.size() == 1) {
            candidates += include.filePath(folders.constFirst() + u"/patchlevel.h"_s);
        }
    }
    candidates += include.filePath(u"patchlevel.h"_s); // Windows installs: one Python a prefix
    static const QRegularExpression define(uR"re(#\s*define\s+PY_VERSION\s+"([^"]+)")re"_s);
    const QString series = abi.endsWith(u't') ? abi.chopped(1) : abi;
    for (const QString &path : std::as_const(candidates)) {
        const QByteArray data = readSmallFile(path);
        if (const auto m = define.match(QString::fromUtf8(data)); m.hasMatch()) {
            const auto version = parseFullVersion(m.capturedView(1));
            // A header of another series than the executable's name says is not its own.
            if (version && (series.isEmpty() || version->series() == series)) {
                return version;
            }
        }
    }
    return std::nullopt;
}

std::optional<Version> VersionFiles::readCondaMeta(const QString &prefix, bool *freeThreaded)
{
    const QDir meta(QDir(prefix).filePath(u"conda-meta"_s));
    // conda names each installed package's record NAME-VERSION-BUILD.json.
    static const QRegularExpression record(u"^python-(\\d+\\.\\d+\\.\\d+(?:(?:a|b|rc)\\d+)?)-([^-]+)\\.json$"_s);
    const QStringList files = meta.entryList({u"python-*.json"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto m = record.match(file);
        if (!m.hasMatch()) {
            continue;
        }
        if (freeThreaded) {
            // conda-forge's free-threaded builds are python-3.13.1-h…_cp313t.json.
            *freeThreaded = m.capturedView(2).endsWith(u't');
        }
        return parseFullVersion(m.capturedView(1));
    }
    return std::nullopt;
}

VersionFiles::FolderName VersionFiles::parseFolderName(QStringView name)
{
    FolderName result;
    // uv: cpython-3.12.3-linux-x86_64-gnu, cpython-3.13.1+freethreaded-macos-aarch64-none
    static const QRegularExpression uv(
        u"^(cpython|pypy|graalpy)-(\\d+\\.\\d+\\.\\d+(?:(?:a|b|rc)\\d+)?)((?:\\+\\w+)*)-"_s);
    if (const auto m = uv.matchView(name); m.hasMatch()) {
        result.implementation = implementationName(m.capturedView(1));
        result.version = parseFullVersion(m.capturedView(2));
        result.freeThreaded = m.capturedView(3).contains(u"+freethreaded"_s);
        return result;
    }
    // python-build (pyenv, asdf, mise), Homebrew's Cellar (3.12.3_1 is a rebuild of 3.12.3).
    static const QRegularExpression cpython(u"^(\\d+\\.\\d+\\.\\d+(?:(?:a|b|rc)\\d+)?)(t?)(?:_\\d+)?$"_s);
    if (const auto m = cpython.matchView(name); m.hasMatch()) {
        result.implementation = u"CPython"_s;
        result.version = parseFullVersion(m.capturedView(1));
        result.freeThreaded = !m.capturedView(2).isEmpty();
        return result;
    }
    // pypy3.10-7.3.17 names the language series and PyPy's own version, not the micro release.
    if (name.startsWith("pypy"_L1)) {
        result.implementation = u"PyPy"_s;
    } else if (name.startsWith("graalpy"_L1) || name.startsWith("graalpython"_L1)) {
        result.implementation = u"GraalPy"_s;
    }
    return result;
}

} // namespace Herald
