// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/interpreters/interpreterdiscovery.h"
#include "core/interpreters/interpreterlocator.h"
#include "core/interpreters/interpreterprobe.h"
#include "core/interpreters/registryview.h"
#include "core/interpreters/versionfiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Herald::DiscoveryEnvironment;
using Herald::Interpreter;
using Herald::InterpreterDiscovery;
using Herald::InterpreterOrigin;
using Herald::Version;

namespace {

/// A registry as a table: key -> (value name -> value), sub-keys from the keys' paths.
class TableRegistry final : public Herald::RegistryView
{
public:
    QHash<QString, QHash<QString, QString>> keys;

    QStringList childKeys(const QString &key) const override
    {
        QStringList children;
        const QString prefix = key + u'\\';
        for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
            if (it.key().startsWith(prefix)) {
                const QString child = it.key().mid(prefix.size()).section(u'\\', 0, 0);
                if (!children.contains(child)) {
                    children += child;
                }
            }
        }
        children.sort();
        return children;
    }
    QString value(const QString &key, const QString &name) const override { return keys.value(key).value(name); }
};

} // namespace

class TestInterpreterDiscovery final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void parsesFullVersions_data();
    void parsesFullVersions();
    void readsFolderNames_data();
    void readsFolderNames();
    void readsTheProbesAnswer_data();
    void readsTheProbesAnswer();
    void readsPyLauncherLists();
    void collapsesSymlinkChainsOnPath();
    void readsPatchLevelWithoutRunning();
    void findsVersionManagerInstalls();
    void findsCondaBaseAndEnvironments();
    void findsHomebrewAndTheFramework();
    void keepsAVenvApartFromItsBase();
    void reportsBrokenLinksHangsAndGarbage();
    void runsEachFileOnce();
    void readsPep514Entries();
    void saysWhereItLooked();
    void asksOldPythonsTheOldWay();
    void neverReadsAnotherPythonsHeaders();
    void runsOnlyExecutablesFromAbsolutePaths();

private:
    /// An executable script at `path` that answers the probe as `answer` and appends its
    /// path to ran.log, so a test can tell whether it was run.
    QString fakePython(const QString &path, const QString &answer);
    QString write(const QString &path, const QByteArray &content);
    void link(const QString &target, const QString &path);
    [[nodiscard]] DiscoveryEnvironment environment() const;
    [[nodiscard]] QStringList ranLog() const;
    static const Interpreter *find(const QList<Interpreter> &list, const QString &namePath);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_root;
};

void TestInterpreterDiscovery::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_root = QDir(m_dir->path()).canonicalPath();
}

QString TestInterpreterDiscovery::write(const QString &path, const QByteArray &content)
{
    const QString full = m_root + u'/' + path;
    QDir().mkpath(QFileInfo(full).absolutePath());
    QFile file(full);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        qFatal("cannot write %s", qPrintable(full));
    }
    return full;
}

QString TestInterpreterDiscovery::fakePython(const QString &path, const QString &answer)
{
    const QString full
        = write(path, "#!/bin/sh\necho \"$0\" >> '" + m_root.toUtf8() + "/ran.log'\n" + answer.toUtf8() + "\n");
    QFile::setPermissions(full, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return full;
}

void TestInterpreterDiscovery::link(const QString &target, const QString &path)
{
    const QString full = m_root + u'/' + path;
    QDir().mkpath(QFileInfo(full).absolutePath());
    if (!QFile::link(target, full)) {
        qFatal("cannot link %s", qPrintable(full));
    }
}

DiscoveryEnvironment TestInterpreterDiscovery::environment() const
{
    DiscoveryEnvironment env;
    env.home = m_root + u"/home"_s;
    env.root = m_root + u"/sys"_s;
    env.cacheFile = m_root + u"/cache/interpreters.json"_s;
    env.probeTimeout = 2s;
    return env;
}

QStringList TestInterpreterDiscovery::ranLog() const
{
    QFile file(m_root + u"/ran.log"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

const Interpreter *TestInterpreterDiscovery::find(const QList<Interpreter> &list, const QString &namePath)
{
    for (const Interpreter &interpreter : list) {
        for (const auto &name : interpreter.names) {
            if (name.path == namePath) {
                return &interpreter;
            }
        }
    }
    return nullptr;
}

void TestInterpreterDiscovery::parsesFullVersions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // empty: not a full version
    QTest::newRow("final") << u"3.12.3"_s << u"3.12.3"_s;
    QTest::newRow("candidate") << u"3.13.0rc2"_s << u"3.13.0rc2"_s;
    QTest::newRow("checkout build") << u"3.14.0a1+"_s << u"3.14.0a1"_s;
    QTest::newRow("version_info") << u"3.12.3.final.0"_s << u"3.12.3"_s;
    QTest::newRow("version_info beta") << u"3.15.0.beta.4"_s << u"3.15.0b4"_s;
    QTest::newRow("series only") << u"3.12"_s << QString();
    QTest::newRow("garbage") << u"three point twelve"_s << QString();
    QTest::newRow("unknown level") << u"3.12.3.gamma.1"_s << QString();
}

void TestInterpreterDiscovery::parsesFullVersions()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const auto version = Herald::VersionFiles::parseFullVersion(text);
    QCOMPARE(version ? version->toString() : QString(), expected);
}

void TestInterpreterDiscovery::readsFolderNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("implementation");
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("freeThreaded");
    QTest::newRow("pyenv") << u"3.12.3"_s << u"CPython"_s << u"3.12.3"_s << false;
    QTest::newRow("pyenv rc") << u"3.13.0rc2"_s << u"CPython"_s << u"3.13.0rc2"_s << false;
    QTest::newRow("pyenv free-threaded") << u"3.13.0t"_s << u"CPython"_s << u"3.13.0"_s << true;
    QTest::newRow("homebrew revision") << u"3.12.3_1"_s << u"CPython"_s << u"3.12.3"_s << false;
    QTest::newRow("uv") << u"cpython-3.12.3-linux-x86_64-gnu"_s << u"CPython"_s << u"3.12.3"_s << false;
    QTest::newRow("uv free-threaded") << u"cpython-3.13.1+freethreaded-macos-aarch64-none"_s << u"CPython"_s
                                      << u"3.13.1"_s << true;
    QTest::newRow("uv pypy") << u"pypy-3.10.14-linux-x86_64-gnu"_s << u"PyPy"_s << u"3.10.14"_s << false;
    QTest::newRow("pyenv pypy") << u"pypy3.10-7.3.17"_s << u"PyPy"_s << QString() << false;
    QTest::newRow("graalpy") << u"graalpy-24.1.0"_s << u"GraalPy"_s << QString() << false;
    QTest::newRow("conda") << u"miniconda3-latest"_s << QString() << QString() << false;
    QTest::newRow("dev") << u"3.14-dev"_s << QString() << QString() << false;
}

void TestInterpreterDiscovery::readsFolderNames()
{
    QFETCH(QString, name);
    QFETCH(QString, implementation);
    QFETCH(QString, version);
    QFETCH(bool, freeThreaded);
    const auto folder = Herald::VersionFiles::parseFolderName(name);
    QCOMPARE(folder.implementation, implementation);
    QCOMPARE(folder.version ? folder.version->toString() : QString(), version);
    QCOMPARE(folder.freeThreaded, freeThreaded);
}

void TestInterpreterDiscovery::readsTheProbesAnswer_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<QString>("version"); // empty: a problem
    QTest::addColumn<QString>("implementation");
    QTest::addColumn<bool>("freeThreaded");
    QTest::newRow("cpython") << "herald-probe cpython 3.12.3.final.0 0 3.12.3\n"_ba << u"3.12.3"_s << u"CPython"_s
                             << false;
    QTest::newRow("free-threaded") << "herald-probe cpython 3.13.1.final.0 1 3.13.1\n"_ba << u"3.13.1"_s << u"CPython"_s
                                   << true;
    QTest::newRow("pypy") << "herald-probe pypy 3.10.14.final.0 0 7.3.17\n"_ba << u"3.10.14"_s << u"PyPy"_s << false;
    QTest::newRow("after a banner") << "Welcome!\nherald-probe cpython 3.15.0.beta.4 0 3.15.0\n"_ba << u"3.15.0b4"_s
                                    << u"CPython"_s << false;
    QTest::newRow("garbage") << "\x01\x02 hello"_ba << QString() << QString() << false;
    QTest::newRow("nothing") << ""_ba << QString() << QString() << false;
    QTest::newRow("bad version") << "herald-probe cpython three 0 3\n"_ba << QString() << QString() << false;
    QTest::newRow("bad flag") << "herald-probe cpython 3.12.3.final.0 yes 3.12.3\n"_ba << QString() << QString()
                              << false;
}

void TestInterpreterDiscovery::readsTheProbesAnswer()
{
    QFETCH(QByteArray, output);
    QFETCH(QString, version);
    QFETCH(QString, implementation);
    QFETCH(bool, freeThreaded);
    const auto answer = Herald::InterpreterProbe::parse(output);
    QCOMPARE(answer.problem.isEmpty(), !version.isEmpty());
    if (!version.isEmpty()) {
        QCOMPARE(answer.version.toString(), version);
        QCOMPARE(answer.implementation, implementation);
        QCOMPARE(answer.freeThreaded, freeThreaded);
    }
}

void TestInterpreterDiscovery::readsPyLauncherLists()
{
    const QByteArray output
        = " -V:3.13 *        C:\\Python313\\python.exe\r\n"
          " -V:3.12          C:\\Users\\ada\\AppData\\Local\\Programs\\Python\\Python312\\python.exe\r\n"
          " -V:ContinuumAnalytics/Anaconda39-64 C:\\Anaconda3\\python.exe\r\n"
          " -3.9-64          C:\\Python39\\python.exe\r\n"
          "  *               (venv)\r\n"_ba;
    const auto list = Herald::InterpreterLocator::parsePyLauncherList(output);
    QCOMPARE(list.size(), 4);
    QCOMPARE(list.at(0).first, u"3.13"_s);
    QCOMPARE(list.at(0).second, u"C:/Python313/python.exe"_s);
    QCOMPARE(list.at(1).second, u"C:/Users/ada/AppData/Local/Programs/Python/Python312/python.exe"_s);
    QCOMPARE(list.at(2).first, u"ContinuumAnalytics/Anaconda39-64"_s);
    QCOMPARE(list.at(3).first, u"3.9-64"_s);
}

void TestInterpreterDiscovery::collapsesSymlinkChainsOnPath()
{
    const QString real = fakePython(u"usr/bin/python3.12"_s, u"echo herald-probe cpython 3.12.3.final.0 0 3.12.3"_s);
    link(u"python3.12"_s, u"usr/bin/python3"_s);
    link(u"python3"_s, u"usr/bin/python"_s);
    link(real, u"home/.local/bin/python3"_s);
    write(u"usr/bin/python3-config"_s, "#!/bin/sh\n"); // not an interpreter
    DiscoveryEnvironment env = environment();
    env.path = {m_root + u"/home/.local/bin"_s, m_root + u"/usr/bin"_s};

    const auto result = InterpreterDiscovery::discover(env);
    QCOMPARE(result.interpreters.size(), 1);
    const Interpreter &python = result.interpreters.constFirst();
    QCOMPARE(python.path(), m_root + u"/home/.local/bin/python3"_s); // the first on PATH
    QCOMPARE(python.names.size(), 4);
    QCOMPARE(python.executable, real);
    QCOMPARE(python.version.toString(), u"3.12.3"_s);
    QCOMPARE(python.implementation, u"CPython"_s);
    QCOMPARE(python.versionSource, Interpreter::VersionSource::Ran);
    QCOMPARE(ranLog().size(), 1); // one file, run once
    QCOMPARE(result.ran, 1);
}

void TestInterpreterDiscovery::readsPatchLevelWithoutRunning()
{
    fakePython(u"opt/py/bin/python3.13t"_s, u"echo herald-probe cpython 3.13.9.final.0 1 3.13.9"_s);
    fakePython(u"opt/py/bin/python3.13"_s, u"echo herald-probe cpython 3.13.9.final.0 0 3.13.9"_s);
    write(u"opt/py/include/python3.13/patchlevel.h"_s, "/* header */\n#define PY_VERSION              \"3.13.2\"\n");
    write(u"opt/py/include/python3.13t/patchlevel.h"_s, "#define PY_VERSION \"3.13.2\"\n");
    DiscoveryEnvironment env = environment();
    env.path = {m_root + u"/opt/py/bin"_s};

    const auto result = InterpreterDiscovery::discover(env);
    QCOMPARE(result.interpreters.size(), 2);
    const Interpreter *plain = find(result.interpreters, m_root + u"/opt/py/bin/python3.13"_s);
    const Interpreter *threaded = find(result.interpreters, m_root + u"/opt/py/bin/python3.13t"_s);
    QVERIFY(plain && threaded);
    QCOMPARE(plain->version.toString(), u"3.13.2"_s); // the header's word, not the script's
    QCOMPARE(plain->versionSource, Interpreter::VersionSource::PatchLevel);
    QVERIFY(!plain->freeThreaded);
    QVERIFY(threaded->freeThreaded);
    QVERIFY(ranLog().isEmpty());
    QCOMPARE(result.ran, 0);
}

void TestInterpreterDiscovery::findsVersionManagerInstalls()
{
    const QString never = u"exit 3"_s; // must not run: the folder name says the version
    fakePython(u"home/.pyenv/versions/3.11.9/bin/python3"_s, never);
    fakePython(u"home/.pyenv/versions/3.13.0t/bin/python3"_s, never);
    fakePython(
        u"home/.pyenv/versions/pypy3.10-7.3.17/bin/pypy3"_s, u"echo herald-probe pypy 3.10.14.final.0 0 7.3.17"_s);
    // pyenv's shims are scripts that run whichever version is selected: never run them.
    fakePython(u"home/.pyenv/shims/python3"_s, never);
    fakePython(u"home/data/uv/python/cpython-3.13.0rc2-linux-x86_64-gnu/bin/python3"_s, never);
    fakePython(u"home/data/uv/python/cpython-3.13.1+freethreaded-linux-x86_64-gnu/bin/python3.13t"_s, never);
    write(u"home/data/uv/python/.lock"_s, "");
    fakePython(u"home/.asdf/installs/python/3.10.14/bin/python3"_s, never);
    fakePython(u"home/data/mise/installs/python/3.14.7/bin/python3"_s, never);
    link(m_root + u"/home/data/mise/installs/python/3.14.7"_s, u"home/data/mise/installs/python/3.14"_s);
    DiscoveryEnvironment env = environment();
    env.path = {m_root + u"/home/.pyenv/shims"_s};
    env.variables.insert(u"XDG_DATA_HOME"_s, m_root + u"/home/data"_s);

    const auto result = InterpreterDiscovery::discover(env);
    QHash<QString, const Interpreter *> byVersion;
    for (const Interpreter &interpreter : result.interpreters) {
        QVERIFY2(interpreter.isUsable(), qPrintable(interpreter.path() + u": "_s + interpreter.problem));
        const QString implementation = interpreter.isCPython() ? QString() : interpreter.implementation + u'-';
        byVersion.insert(
            implementation + interpreter.version.toString() + (interpreter.freeThreaded ? u"t"_s : QString()),
            &interpreter);
    }
    QCOMPARE(result.interpreters.size(), 7);
    QCOMPARE(byVersion.value(u"3.11.9"_s)->origin(), InterpreterOrigin::Pyenv);
    QCOMPARE(byVersion.value(u"3.13.0t"_s)->origin(), InterpreterOrigin::Pyenv);
    QCOMPARE(byVersion.value(u"PyPy-3.10.14"_s)->origin(), InterpreterOrigin::Pyenv);
    QCOMPARE(byVersion.value(u"PyPy-3.10.14"_s)->implementationVersion, u"7.3.17"_s);
    QCOMPARE(byVersion.value(u"3.10.14"_s)->origin(), InterpreterOrigin::Asdf);
    QCOMPARE(byVersion.value(u"3.13.0rc2"_s)->origin(), InterpreterOrigin::Uv);
    QCOMPARE(byVersion.value(u"3.13.0rc2"_s)->versionSource, Interpreter::VersionSource::FolderName);
    QCOMPARE(byVersion.value(u"3.13.1t"_s)->origin(), InterpreterOrigin::Uv);
    // mise's 3.14 alias is the same install as 3.14.7: one entry, two names.
    QCOMPARE(byVersion.value(u"3.14.7"_s)->origin(), InterpreterOrigin::Mise);
    QCOMPARE(byVersion.value(u"3.14.7"_s)->names.size(), 2);
    QCOMPARE(ranLog(), QStringList {m_root + u"/home/.pyenv/versions/pypy3.10-7.3.17/bin/pypy3"_s});
}

void TestInterpreterDiscovery::findsCondaBaseAndEnvironments()
{
    const QString never = u"exit 3"_s;
    fakePython(u"home/miniconda3/bin/python"_s, never);
    write(u"home/miniconda3/conda-meta/python-3.12.4-h5148396_1.json"_s, "{}");
    write(u"home/miniconda3/conda-meta/pip-24.0-py312h06a4308_0.json"_s, "{}");
    fakePython(u"home/miniconda3/envs/ml/bin/python"_s, never);
    write(u"home/miniconda3/envs/ml/conda-meta/python-3.11.9-h955ad1f_0.json"_s, "{}");
    fakePython(u"work/envs/nogil/bin/python"_s, never);
    write(u"work/envs/nogil/conda-meta/python-3.13.1-h9ebbce0_102_cp313t.json"_s, "{}");
    // A folder named like a conda base without conda-meta/ is not one.
    fakePython(u"home/anaconda3/bin/python"_s, never);
    write(u"home/.conda/environments.txt"_s,
        (m_root + u"/home/miniconda3\n"_s + m_root + u"/work/envs/nogil\n"_s).toUtf8());

    const auto result = InterpreterDiscovery::discover(environment());
    QCOMPARE(result.interpreters.size(), 3);
    const Interpreter *base = find(result.interpreters, m_root + u"/home/miniconda3/bin/python"_s);
    const Interpreter *ml = find(result.interpreters, m_root + u"/home/miniconda3/envs/ml/bin/python"_s);
    const Interpreter *nogil = find(result.interpreters, m_root + u"/work/envs/nogil/bin/python"_s);
    QVERIFY(base && ml && nogil);
    QCOMPARE(base->version.toString(), u"3.12.4"_s);
    QCOMPARE(base->versionSource, Interpreter::VersionSource::CondaMeta);
    QCOMPARE(base->names.size(), 1); // listed in environments.txt too, but one name
    QCOMPARE(ml->version.toString(), u"3.11.9"_s);
    QCOMPARE(ml->names.constFirst().detail, u"conda environment ml"_s);
    QCOMPARE(nogil->version.toString(), u"3.13.1"_s);
    QVERIFY(nogil->freeThreaded);
    QVERIFY(ranLog().isEmpty());
}

void TestInterpreterDiscovery::findsHomebrewAndTheFramework()
{
    const QString never = u"exit 3"_s;
    fakePython(u"sys/opt/homebrew/Cellar/python@3.12/3.12.3_1/bin/python3"_s, never);
    link(m_root + u"/sys/opt/homebrew/Cellar/python@3.12/3.12.3_1/bin/python3"_s, u"sys/opt/homebrew/bin/python3"_s);
    fakePython(u"sys/Library/Frameworks/Python.framework/Versions/3.13/bin/python3.13"_s, never);
    write(u"sys/Library/Frameworks/Python.framework/Versions/3.13/include/python3.13/patchlevel.h"_s,
        "#define PY_VERSION \"3.13.5\"\n");
    link(u"3.13"_s, u"sys/Library/Frameworks/Python.framework/Versions/Current"_s);
    fakePython(u"sys/Library/Frameworks/PythonT.framework/Versions/3.14/bin/python3.14t"_s,
        u"echo herald-probe cpython 3.14.2.final.0 1 3.14.2"_s);
    DiscoveryEnvironment env = environment();
    env.platform = DiscoveryEnvironment::Platform::MacOS;
    env.path = {m_root + u"/sys/opt/homebrew/bin"_s};

    const auto result = InterpreterDiscovery::discover(env);
    QCOMPARE(result.interpreters.size(), 3);
    const Interpreter *brew = find(result.interpreters, m_root + u"/sys/opt/homebrew/bin/python3"_s);
    QVERIFY(brew);
    QCOMPARE(brew->names.size(), 2); // PATH and the Cellar
    QCOMPARE(brew->names.at(1).origin, InterpreterOrigin::Homebrew);
    QCOMPARE(brew->version.toString(), u"3.12.3"_s);
    const Interpreter *framework = find(
        result.interpreters, m_root + u"/sys/Library/Frameworks/Python.framework/Versions/3.13/bin/python3.13"_s);
    QVERIFY(framework);
    QCOMPARE(framework->version.toString(), u"3.13.5"_s);
    QCOMPARE(framework->origin(), InterpreterOrigin::Framework);
    const Interpreter *threaded = find(
        result.interpreters, m_root + u"/sys/Library/Frameworks/PythonT.framework/Versions/3.14/bin/python3.14t"_s);
    QVERIFY(threaded);
    QVERIFY(threaded->freeThreaded);
    QCOMPARE(threaded->version.toString(), u"3.14.2"_s);
}

void TestInterpreterDiscovery::keepsAVenvApartFromItsBase()
{
    const QString base = fakePython(u"usr/bin/python3.12"_s, u"echo herald-probe cpython 3.12.3.final.0 0 3.12.3"_s);
    write(u"projects/site/.venv/pyvenv.cfg"_s,
        ("home = " + m_root.toUtf8()
            + "/usr/bin\ninclude-system-site-packages = false\nversion = 3.12.1\n"
              "executable = "
            + base.toUtf8() + "\n"));
    link(base, u"projects/site/.venv/bin/python"_s);
    write(u"projects/tool/venv/pyvenv.cfg"_s,
        "home = /nowhere/bin\nimplementation = CPython\nversion_info = 3.11.4.final.0\n");
    link(m_root + u"/nowhere/bin/python3.11"_s, u"projects/tool/venv/bin/python"_s); // its base is gone
    DiscoveryEnvironment env = environment();
    env.path = {m_root + u"/usr/bin"_s};
    env.userLocations = {m_root + u"/projects/site/.venv"_s, m_root + u"/projects"_s + u"/tool/venv"_s};

    const auto result = InterpreterDiscovery::discover(env);
    QCOMPARE(result.interpreters.size(), 3);
    const Interpreter *system = find(result.interpreters, base);
    const Interpreter *venv = find(result.interpreters, m_root + u"/projects/site/.venv/bin/python"_s);
    const Interpreter *orphan = find(result.interpreters, m_root + u"/projects/tool/venv/bin/python"_s);
    QVERIFY(system && venv && orphan);
    QVERIFY(system != venv);
    QCOMPARE(venv->venv, m_root + u"/projects/site/.venv"_s);
    QCOMPARE(venv->venvHome, m_root + u"/usr/bin"_s);
    // What the base runs now, not what pyvenv.cfg recorded when the environment was made.
    QCOMPARE(venv->version.toString(), u"3.12.3"_s);
    QCOMPARE(venv->versionSource, Interpreter::VersionSource::Ran);
    QCOMPARE(venv->origin(), InterpreterOrigin::UserLocation);
    QVERIFY(!orphan->isUsable());
    QVERIFY2(orphan->problem.contains(u"broken link"_s), qPrintable(orphan->problem));
}

void TestInterpreterDiscovery::reportsBrokenLinksHangsAndGarbage()
{
    link(m_root + u"/gone/python3.9"_s, u"bin/python3.9"_s);
    fakePython(u"bin/python3.10"_s, u"exec sleep 30"_s);
    fakePython(u"bin/python3.11"_s, u"echo 'Segmentation fault (core dumped)'"_s);
    fakePython(u"bin/python3.12"_s, u"echo herald-probe cpython 3.12.3.final.0 0 3.12.3"_s);
    fakePython(u"bin/python3.13"_s, u"echo 'fatal: no stdlib' >&2; exit 1"_s);
    DiscoveryEnvironment env = environment();
    env.path = {m_root + u"/bin"_s};
    env.probeTimeout = 400ms;

    QElapsedTimer timer;
    timer.start();
    const auto result = InterpreterDiscovery::discover(env);
    QVERIFY2(timer.elapsed() < 3000, qPrintable(u"discovery took %1 ms"_s.arg(timer.elapsed())));
    QCOMPARE(result.interpreters.size(), 5);
    const auto problemOf = [&](const QString &name) {
        const Interpreter *interpreter = find(result.interpreters, m_root + u"/bin/"_s + name);
        return interpreter ? interpreter->problem : u"<not found>"_s;
    };
    QVERIFY2(problemOf(u"python3.9"_s).contains(u"broken link"_s), qPrintable(problemOf(u"python3.9"_s)));
    QVERIFY2(
        problemOf(u"python3.10"_s).contains(u"did not answer within 400"_s), qPrintable(problemOf(u"python3.10"_s)));
    QVERIFY2(problemOf(u"python3.11"_s).contains(u"Segmentation fault"_s), qPrintable(problemOf(u"python3.11"_s)));
    QCOMPARE(problemOf(u"python3.12"_s), QString());
    QVERIFY2(problemOf(u"python3.13"_s).contains(u"fatal: no stdlib"_s), qPrintable(problemOf(u"python3.13"_s)));
    QCOMPARE(find(result.interpreters, m_root + u"/bin/python3.12"_s)->version.toString(), u"3.12.3"_s);
}

void TestInterpreterDiscovery::runsEachFileOnce()
{
    const QString python = fakePython(u"bin/python3"_s, u"echo herald-probe cpython 3.12.3.final.0 0 3.12.3"_s);
    DiscoveryEnvironment env = environment();
    env.path = {m_root + u"/bin"_s};

    QCOMPARE(
        InterpreterDiscovery::discover(env).interpreters.constFirst().versionSource, Interpreter::VersionSource::Ran);
    const auto again = InterpreterDiscovery::discover(env);
    QCOMPARE(again.interpreters.constFirst().versionSource, Interpreter::VersionSource::Cache);
    QCOMPARE(again.interpreters.constFirst().version.toString(), u"3.12.3"_s);
    QCOMPARE(ranLog().size(), 1);

    // An upgrade in place changes the file: it is asked again.
    fakePython(u"bin/python3"_s, u"echo herald-probe cpython 3.12.10.final.0 0 3.12.10 # upgraded"_s);
    const auto upgraded = InterpreterDiscovery::discover(env);
    QCOMPARE(upgraded.interpreters.constFirst().version.toString(), u"3.12.10"_s);
    QCOMPARE(ranLog().size(), 2);

    // A damaged cache is an empty one.
    write(u"cache/interpreters.json"_s, "{ not json");
    QCOMPARE(InterpreterDiscovery::discover(env).interpreters.constFirst().version.toString(), u"3.12.10"_s);
    QCOMPARE(ranLog().size(), 3);
    Q_UNUSED(python)
}

void TestInterpreterDiscovery::readsPep514Entries()
{
    auto registry = std::make_shared<TableRegistry>();
    const QString core312 = write(u"win/Python312/python.exe"_s, "MZ");
    write(u"win/Python313/python3.13t.exe"_s, "MZ");
    write(u"win/Python313/include/patchlevel.h"_s, "#define PY_VERSION \"3.13.4\"\n");
    const QString conda = write(u"win/Anaconda3/python.exe"_s, "MZ");
    const QString user = u"HKEY_CURRENT_USER\\Software\\Python"_s;
    const QString machine = u"HKEY_LOCAL_MACHINE\\Software\\Python"_s;
    registry->keys.insert(user + u"\\PythonCore\\3.12"_s, {{u"Version"_s, u"3.12.3"_s}});
    registry->keys.insert(user + u"\\PythonCore\\3.12\\InstallPath"_s,
        {{QString(), QDir::toNativeSeparators(m_root + u"/win/Python312"_s)}});
    registry->keys.insert(machine + u"\\PythonCore\\3.13t"_s, {});
    registry->keys.insert(machine + u"\\PythonCore\\3.13t\\InstallPath"_s,
        {{QString(), m_root + u"/win/Python313"_s},
            {u"ExecutablePath"_s, m_root + u"/win/Python313/python3.13t.exe"_s}});
    registry->keys.insert(machine + u"\\ContinuumAnalytics\\Anaconda39-64"_s,
        {{u"Version"_s, u"3.9.13"_s}, {u"DisplayName"_s, u"Anaconda 2022.10"_s}});
    registry->keys.insert(
        machine + u"\\ContinuumAnalytics\\Anaconda39-64\\InstallPath"_s, {{u"ExecutablePath"_s, conda}});
    registry->keys.insert(machine + u"\\PyLauncher"_s, {{u"InstallDir"_s, u"C:\\Windows"_s}});
    registry->keys.insert(machine + u"\\PythonCore\\3.8\\InstallPath"_s, {{QString(), m_root + u"/win/Python38"_s}});
    DiscoveryEnvironment env = environment();
    env.platform = DiscoveryEnvironment::Platform::Windows;
    env.registry = registry;

    const auto result = InterpreterDiscovery::discover(env);
    QCOMPARE(result.interpreters.size(), 4);
    const Interpreter *python312 = find(result.interpreters, core312);
    QVERIFY(python312);
    QCOMPARE(python312->version.toString(), u"3.12.3"_s);
    QCOMPARE(python312->versionSource, Interpreter::VersionSource::Registry);
    QCOMPARE(python312->names.constFirst().detail, u"PythonCore\\3.12"_s);
    const Interpreter *python313 = find(result.interpreters, m_root + u"/win/Python313/python3.13t.exe"_s);
    QVERIFY(python313);
    QVERIFY(python313->freeThreaded);
    QCOMPARE(python313->version.toString(), u"3.13.4"_s);
    QCOMPARE(python313->versionSource, Interpreter::VersionSource::PatchLevel);
    const Interpreter *anaconda = find(result.interpreters, conda);
    QVERIFY(anaconda);
    QCOMPARE(anaconda->version.toString(), u"3.9.13"_s);
    // An entry whose install was removed is reported, not dropped.
    const Interpreter *removed = find(result.interpreters, m_root + u"/win/Python38/python.exe"_s);
    QVERIFY(removed);
    QVERIFY2(removed->problem.contains(u"does not exist"_s), qPrintable(removed->problem));
    QVERIFY(result.searched.contains(machine));
}

void TestInterpreterDiscovery::saysWhereItLooked()
{
    DiscoveryEnvironment env = environment();
    env.userLocations = {m_root + u"/mine"_s};
    const auto result = InterpreterDiscovery::discover(env);
    QCOMPARE(result.searched.constFirst(), u"PATH"_s);
    QVERIFY2(result.searched.contains(u"~/.pyenv/versions"_s), qPrintable(result.searched.join(u", "_s)));
    QVERIFY(result.searched.contains(u"~/.local/share/uv/python"_s));
    QVERIFY(result.searched.contains(u"~/miniconda3"_s));
    QVERIFY(result.searched.contains(m_root + u"/mine"_s));
    // A location the user added that is gone is said to be gone.
    QCOMPARE(result.interpreters.size(), 1);
    QVERIFY(result.interpreters.constFirst().problem.contains(u"does not exist"_s));
}

void TestInterpreterDiscovery::asksOldPythonsTheOldWay()
{
    // Python 2 and 3.3 know no -I: asked again with -E -s -S.
    fakePython(u"bin/python"_s,
        u"case \"$1\" in -I) echo 'Unknown option: -I' >&2; exit 2;; esac\n"
        "echo herald-probe cpython 2.7.18.final.0 0 0.0.0"_s);
    DiscoveryEnvironment env = environment();
    env.path = {m_root + u"/bin"_s};
    const auto result = InterpreterDiscovery::discover(env);
    QCOMPARE(result.interpreters.size(), 1);
    QVERIFY2(result.interpreters.constFirst().isUsable(), qPrintable(result.interpreters.constFirst().problem));
    QCOMPARE(result.interpreters.constFirst().version.toString(), u"2.7.18"_s);
    QCOMPARE(ranLog().size(), 2);
}

void TestInterpreterDiscovery::neverReadsAnotherPythonsHeaders()
{
    // /usr with the headers of 3.11 only: python3.12 runs to say what it is, and python (2.7,
    // no version in its name) does not borrow them either.
    fakePython(u"usr/bin/python3.12"_s, u"echo herald-probe cpython 3.12.3.final.0 0 3.12.3"_s);
    fakePython(u"usr/bin/python"_s, u"echo herald-probe cpython 2.7.18.final.0 0 0.0.0"_s);
    write(u"usr/include/python3.11/patchlevel.h"_s, "#define PY_VERSION \"3.11.9\"\n");
    write(u"usr/include/python2.7/patchlevel.h"_s, "#define PY_VERSION \"2.7.18\"\n");
    DiscoveryEnvironment env = environment();
    env.path = {m_root + u"/usr/bin"_s};
    const auto result = InterpreterDiscovery::discover(env);
    QCOMPARE(find(result.interpreters, m_root + u"/usr/bin/python3.12"_s)->version.toString(), u"3.12.3"_s);
    QCOMPARE(find(result.interpreters, m_root + u"/usr/bin/python"_s)->version.toString(), u"2.7.18"_s);
    QCOMPARE(ranLog().size(), 2);
}

void TestInterpreterDiscovery::runsOnlyExecutablesFromAbsolutePaths()
{
    // A relative PATH entry would run whatever lies where Herald was started.
    fakePython(u"bin/python3"_s, u"echo herald-probe cpython 3.12.3.final.0 0 3.12.3"_s);
    const QString notExecutable
        = write(u"added/python3.13"_s, "#!/bin/sh\necho herald-probe cpython 3.13.1.final.0 0 x\n");
    DiscoveryEnvironment env = environment();
    env.path = {u"bin"_s, u"."_s};
    env.userLocations = {notExecutable};
    const auto result = InterpreterDiscovery::discover(env);
    QCOMPARE(result.interpreters.size(), 1);
    QVERIFY2(result.interpreters.constFirst().problem.contains(u"is not an executable file"_s),
        qPrintable(result.interpreters.constFirst().problem));
    QVERIFY(ranLog().isEmpty());
    // On Windows only an .exe runs: a .bat would go through cmd.exe.
    const QString batch = fakePython(u"win/python.bat"_s, u"echo herald-probe cpython 3.12.3.final.0 0 x"_s);
    env.platform = DiscoveryEnvironment::Platform::Windows;
    env.userLocations = {batch};
    const auto windows = InterpreterDiscovery::discover(env);
    QCOMPARE(windows.interpreters.size(), 1);
    QVERIFY2(windows.interpreters.constFirst().problem.contains(u"is not an .exe"_s),
        qPrintable(windows.interpreters.constFirst().problem));
    QVERIFY(ranLog().isEmpty());
}

QTEST_GUILESS_MAIN(TestInterpreterDiscovery)
#include "tst_interpreterdiscovery.moc"
