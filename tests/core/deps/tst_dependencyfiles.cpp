// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A Python project's dependency files, from tests/data/deps: pip requirements files with their
// includes and constraints, pyproject.toml (PEP 621, PEP 735 and Poetry), uv.lock and
// poetry.lock in both scopes, and the files and lines each refuses, named.
#include "core/deps/dependencyfile.h"
#include "core/deps/lockfile.h"
#include "core/deps/pyprojectfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Herald::Dependency;
using Herald::DependencyFile;
using Herald::DependencyList;
using Herald::DependencyScope;
using Herald::LockFile;
using Herald::PyprojectFile;

namespace {

/// Each dependency as one line of its fields: name|normalized|version|group|origin|marker.
QStringList describe(const DependencyList &list)
{
    QStringList lines;
    for (const Dependency &d : list.dependencies) {
        lines << u"%1|%2|%3|%4|%5|%6"_s.arg(d.name, d.normalized, d.version, d.group, d.origin, d.marker);
    }
    return lines;
}

QString message(const Herald::Result<DependencyList> &read)
{
    return read ? QString() : read.error().message();
}

} // namespace

class TestDependencyFiles final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsRequirementsWithIncludesAndConstraints();
    void refusesBrokenRequirements_data();
    void refusesBrokenRequirements();
    void readsPyproject();
    void readsPoetryPyproject();
    void refusesMalformedToml();
    void refusesWrongTypes_data();
    void refusesWrongTypes();
    void readsUvLockDirect();
    void readsUvLockAll();
    void readsUvLockWithoutProjectAsAll();
    void readsPoetryLockDirectFromItsPyproject();
    void readsPoetryLockAll();
    void readsPoetryLockAloneAsAll();
    void readsAnyTxtOrInAsRequirements();
    void refusesOtherFiles_data();
    void refusesOtherFiles();
    void refusesDevicesAndHugeFiles();
};

void TestDependencyFiles::initTestCase()
{
    // Origins spell files as they were given: relative to the fixtures here.
    QVERIFY(QDir::setCurrent(QStringLiteral(HERALD_TEST_DATA "/deps")));
}

void TestDependencyFiles::readsRequirementsWithIncludesAndConstraints()
{
    const auto read = DependencyFile::read(u"requirements/dev.txt"_s);
    QVERIFY2(read, qPrintable(message(read)));
    QCOMPARE(read->format, u"requirements"_s);
    QCOMPARE(describe(*read),
        QStringList({
            // base.txt, included on dev.txt's line 2, in its order.
            u"Django|django|4.2.11||requirements/base.txt:2|"_s,
            u"requests|requests|||requirements/base.txt:3|python_version < \"3.13\""_s,
            u"psycopg|psycopg|3.1.18||requirements/base.txt:4|"_s, // its hash is on the next line
            u"celery|celery|5.3.6||requirements/base.txt:6|"_s, // pinned by the constraints file
            // The wildcard pins nothing; dev.txt's pin of the same project does, later.
            u"typing_extensions|typing-extensions|4.10.0||requirements/base.txt:7|"_s,
            u"structlog|structlog|24.1.0||requirements/common/logging.txt:1|"_s,
            u"pytest|pytest|||requirements/dev.txt:8|"_s, // the constraint is a range
            u"pytest-django|pytest-django|4.8.0||requirements/dev.txt:9|"_s,
            u"Sphinx|sphinx|7.2.6||requirements/dev.txt:12|python_version >= \"3.9\""_s,
            u"black|black|24.2.0||requirements/dev.txt:21|"_s,
            u"requests-mock|requests-mock|||requirements/dev.txt:22|"_s,
        }));
    // urllib3 is only in the constraints file, which adds nothing; Django's range on line 19
    // leaves its pin from base.txt.
    QCOMPARE(read->notes,
        QStringList({
            u"requirements/dev.txt:13: skipped the editable install -e ./lib"_s,
            u"requirements/dev.txt:14: skipped the URL https://files.example.org/packages/localtool-1.0.tar.gz"_s,
            u"requirements/dev.txt:15: skipped the URL git+https://github.com/example/gitdep.git@v1.0#egg=gitdep"_s,
            u"requirements/dev.txt:16: skipped the local path ./vendor/mypkg"_s,
            u"requirements/dev.txt:17: skipped the local file thing-1.0-py3-none-any.whl"_s,
            u"requirements/dev.txt:18: skipped the direct reference mylib @ https://github.com/example/mylib/archive/main.zip"_s,
        }));
}

void TestDependencyFiles::refusesBrokenRequirements_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::newRow("include cycle")
        << u"requirements/cycle-a.txt"_s
        << u"requirements/cycle-b.txt:2: requirements/cycle-a.txt includes itself: "
           "requirements/cycle-a.txt → requirements/cycle-b.txt → requirements/cycle-a.txt"_s;
    QTest::newRow("missing include") << u"requirements/missing-include.txt"_s
                                     << u"requirements/missing-include.txt:2: cannot read "
                                        "requirements/does-not-exist.txt: No such file or directory"_s;
    QTest::newRow("bad line") << u"requirements/bad-line.txt"_s
                              << u"requirements/bad-line.txt:2: “Django==”: a version follows “==”, not the end "
                                 "(column 9)"_s;
    QTest::newRow("missing file") << u"requirements/nothing-here.txt"_s
                                  << u"Cannot read requirements/nothing-here.txt: No such file or directory"_s;
}

void TestDependencyFiles::refusesBrokenRequirements()
{
    QFETCH(QString, path);
    const auto read = DependencyFile::read(path);
    QVERIFY(!read);
    QTEST(read.error().message(), "message");
}

void TestDependencyFiles::readsPyproject()
{
    const auto read = DependencyFile::read(u"pyproject/pyproject.toml"_s);
    QVERIFY2(read, qPrintable(message(read)));
    QCOMPARE(read->format, u"pyproject"_s);
    const QString at = u"pyproject/pyproject.toml:"_s;
    QCOMPARE(describe(*read),
        QStringList({
            u"Django|django|4.2.11||"_s + at + u"11|"_s,
            u"djangorestframework|djangorestframework|||"_s + at + u"12|"_s,
            u"django-filter|django-filter|||"_s + at + u"13|"_s,
            u"celery|celery|5.3.6||"_s + at + u"14|"_s,
            u"redis|redis|||"_s + at + u"15|"_s,
            u"psycopg|psycopg|3.1.18||"_s + at + u"16|"_s,
            u"requests|requests|||"_s + at + u"17|"_s,
            u"urllib3|urllib3|||"_s + at + u"18|"_s,
            u"pydantic|pydantic|||"_s + at + u"19|"_s,
            u"Pillow|pillow|10.2.0||"_s + at + u"20|"_s,
            u"gunicorn|gunicorn|||"_s + at + u"21|sys_platform != 'win32'"_s,
            u"uvicorn|uvicorn|||"_s + at + u"22|"_s,
            u"sentry-sdk|sentry-sdk|1.40.6||"_s + at + u"23|"_s,
            u"structlog|structlog|||"_s + at + u"24|"_s,
            u"python-dateutil|python-dateutil|||"_s + at + u"25|"_s,
            u"PyYAML|pyyaml|6.0.1||"_s + at + u"26|"_s,
            u"Jinja2|jinja2|||"_s + at + u"27|"_s,
            u"markdown-it-py|markdown-it-py|||"_s + at + u"28|"_s,
            u"zope.interface|zope-interface|6.2||"_s + at + u"29|"_s,
            u"typing_extensions|typing-extensions|||"_s + at + u"30|python_version < '3.11'"_s,
            u"boto3|boto3||optional: s3|"_s + at + u"35|"_s,
            u"django-storages|django-storages|1.14.2|optional: s3|"_s + at + u"36|"_s,
            u"sphinx|sphinx|7.2.6|optional: docs|"_s + at + u"39|"_s,
            u"furo|furo||optional: docs|"_s + at + u"40|"_s,
            // "dev" includes "test" and "lint": each requirement is in the group that lists it,
            // and dev's Django is the main one.
            u"ipython|ipython||group: dev|"_s + at + u"48|"_s,
            u"pytest|pytest||group: test|"_s + at + u"52|"_s,
            u"pytest-django|pytest-django|4.8.0|group: test|"_s + at + u"53|"_s,
            u"ruff|ruff|0.3.0|group: lint|"_s + at + u"55|"_s,
            u"mypy|mypy||group: lint|"_s + at + u"55|"_s,
        }));
    QCOMPARE(read->dependencies.size(), 29);
    QCOMPARE(read->notes,
        QStringList(
            {at + u"41: skipped the direct reference sphinx-theme-x @ https://files.example.org/theme-x.zip"_s}));
}

void TestDependencyFiles::readsPoetryPyproject()
{
    const auto read = DependencyFile::read(u"poetry/pyproject.toml"_s);
    QVERIFY2(read, qPrintable(message(read)));
    const QString at = u"poetry/pyproject.toml:"_s;
    QCOMPARE(describe(*read),
        QStringList({
            u"Django|django|4.2.11||"_s + at + u"9|"_s, // a bare version is exact in Poetry
            u"requests|requests|||"_s + at + u"10|"_s,
            u"celery|celery|5.3.6||"_s + at + u"11|"_s,
            u"psycopg|psycopg|||"_s + at + u"12|"_s,
            u"numpy|numpy|||"_s + at + u"15|"_s, // one constraint for each Python: no one version
            u"tomli|tomli|2.0.1||"_s + at + u"19|python_version < '3.11'"_s,
            u"black|black|24.2.0|poetry group: dev|"_s + at + u"22|"_s,
            u"pytest|pytest||poetry group: test|"_s + at + u"25|"_s,
            u"pytest-django|pytest-django|4.8.0|poetry group: test|"_s + at + u"26|"_s,
            u"sphinx|sphinx||poetry group: docs|"_s + at + u"32|"_s,
        }));
    QCOMPARE(read->notes,
        QStringList({
            at + u"13: skipped mylib, which comes from path ../mylib"_s,
            at + u"14: skipped gitdep, which comes from git https://github.com/example/gitdep.git"_s,
        }));
}

void TestDependencyFiles::refusesMalformedToml()
{
    const auto read = DependencyFile::read(u"broken/pyproject.toml"_s);
    QVERIFY(!read);
    // The file as given, the line and column where toml++ stopped, and toml++'s words.
    QVERIFY2(read.error().message().startsWith(u"broken/pyproject.toml:5:5: "_s), qPrintable(read.error().message()));
    QVERIFY2(read.error().message().size() > u"broken/pyproject.toml:5:5: "_s.size() + 10,
        qPrintable(read.error().message()));

    const auto bytes = PyprojectFile::read(QByteArray("[project\n"), u"x/pyproject.toml"_s);
    QVERIFY(!bytes);
    QVERIFY2(bytes.error().message().startsWith(u"x/pyproject.toml:1:"_s), qPrintable(bytes.error().message()));
    const auto notUtf8 = LockFile::readUv(QByteArray("name = \"\xff\"\n"), u"uv.lock"_s, DependencyScope::All);
    QVERIFY(!notUtf8);
    QVERIFY2(notUtf8.error().message().startsWith(u"uv.lock:1:"_s), qPrintable(notUtf8.error().message()));
}

void TestDependencyFiles::refusesWrongTypes_data()
{
    QTest::addColumn<QByteArray>("toml");
    QTest::addColumn<QString>("message");
    QTest::newRow("dependencies a string")
        << QByteArray("[project]\ndependencies = \"django\"\n")
        << u"pyproject.toml:2: project.dependencies must be an array of requirement strings, not a string"_s;
    QTest::newRow("a number among them")
        << QByteArray("[project]\ndependencies = [\n  \"django\",\n  3,\n]\n")
        << u"pyproject.toml:4: project.dependencies[] must be a requirement string, not an integer"_s;
    QTest::newRow("project an array") << QByteArray("project = []\n")
                                      << u"pyproject.toml:1: project must be a table, not an array"_s;
    QTest::newRow("optional dependencies a string")
        << QByteArray("[project.optional-dependencies]\ndocs = \"sphinx\"\n")
        << u"pyproject.toml:2: project.optional-dependencies.docs must be an array of requirement strings, not a string"_s;
    QTest::newRow("bad requirement") << QByteArray("[project]\ndependencies = [\"django>>4\"]\n")
                                     << u"pyproject.toml:2: “django>>4”: a version follows “>”, not “>4” (column 8)"_s;
    QTest::newRow("group cycle") << QByteArray(
        "[dependency-groups]\na = [{include-group = \"b\"}]\nb = [\"x\", {include-group = \"a\"}]\n")
                                 << u"pyproject.toml:2: dependency group “a” includes itself: a → b → a"_s;
    QTest::newRow("group includes itself") << QByteArray("[dependency-groups]\na = [{include-group = \"A\"}]\n")
                                           << u"pyproject.toml:2: dependency group “a” includes itself: a → a"_s;
    QTest::newRow("unknown group")
        << QByteArray("[dependency-groups]\ndev = [\"x\", {include-group = \"docs\"}]\n")
        << u"pyproject.toml:2: dependency group “dev” includes “docs”, which is not defined"_s;
    QTest::newRow("group table") << QByteArray("[dependency-groups]\ndev = [{name = \"x\"}]\n")
                                 << u"pyproject.toml:2: dependency-groups.dev[] must be a requirement string or a "
                                    "table {include-group = \"NAME\"}, not a table"_s;
    // Two spellings of one group name; the second a list, the first not: it once crashed.
    QTest::newRow("one group name twice")
        << QByteArray("[dependency-groups]\nDev = \"x\"\ndev = []\n")
        << u"pyproject.toml:3: dependency groups “Dev” and “dev” have the same name"_s;
    QTest::newRow("poetry number") << QByteArray("[tool.poetry.dependencies]\ndjango = 4\n")
                                   << u"pyproject.toml:2: tool.poetry.dependencies.django must be a version string "
                                      "or a table, not an integer"_s;
    QTest::newRow("poetry version") << QByteArray("[tool.poetry.group.dev.dependencies]\nx = {version = 1}\n")
                                    << u"pyproject.toml:2: tool.poetry.group.dev.dependencies.x.version must be a "
                                       "string, not an integer"_s;
    QTest::newRow("poetry name") << QByteArray("[tool.poetry.dependencies]\n\"no name\" = \"1.0\"\n")
                                 << u"pyproject.toml:2: “no name” in tool.poetry.dependencies is no project name"_s;
}

void TestDependencyFiles::refusesWrongTypes()
{
    QFETCH(QByteArray, toml);
    const auto read = PyprojectFile::read(toml, u"pyproject.toml"_s);
    QVERIFY(!read);
    QTEST(read.error().message(), "message");
}

void TestDependencyFiles::readsUvLockDirect()
{
    const auto read = DependencyFile::read(u"uv/uv.lock"_s);
    QVERIFY2(read, qPrintable(message(read)));
    QCOMPARE(read->format, u"uv.lock"_s);
    // The editable project's own dependencies, with the versions locked for them.
    QCOMPARE(describe(*read),
        QStringList({
            u"django|django|5.1.4||uv/uv.lock:36|"_s,
            u"httpx|httpx|0.27.2||uv/uv.lock:37|"_s,
            u"tzdata|tzdata|2024.2||uv/uv.lock:39|sys_platform == 'win32'"_s,
            u"furo|furo|2024.8.6|optional: docs|uv/uv.lock:44|"_s,
            u"pytest|pytest|8.3.3|group: dev|uv/uv.lock:49|"_s,
        }));
    QCOMPARE(
        read->notes, QStringList({u"uv/uv.lock:38: skipped localpkg, which comes from directory packages/localpkg"_s}));
}

void TestDependencyFiles::readsUvLockAll()
{
    const auto read = DependencyFile::read(u"uv/uv.lock"_s, DependencyFile::Scope::All);
    QVERIFY2(read, qPrintable(message(read)));
    // Every package from an index, transitive ones too; not the project itself.
    QCOMPARE(describe(*read),
        QStringList({
            u"asgiref|asgiref|3.8.1||uv/uv.lock:6|"_s,
            u"certifi|certifi|2024.8.30||uv/uv.lock:12|"_s,
            u"django|django|5.1.4||uv/uv.lock:17|"_s,
            u"furo|furo|2024.8.6||uv/uv.lock:27|"_s,
            u"httpx|httpx|0.27.2||uv/uv.lock:65|"_s,
            u"iniconfig|iniconfig|2.0.0||uv/uv.lock:73|"_s,
            u"pytest|pytest|8.3.3||uv/uv.lock:83|"_s,
            u"sqlparse|sqlparse|0.5.2||uv/uv.lock:91|"_s,
            u"tzdata|tzdata|2024.2||uv/uv.lock:96|"_s,
        }));
    QCOMPARE(
        read->notes, QStringList({u"uv/uv.lock:78: skipped localpkg, which comes from directory packages/localpkg"_s}));
}

void TestDependencyFiles::readsUvLockWithoutProjectAsAll()
{
    const QByteArray lock = "version = 1\n"
                            "[[package]]\nname = \"idna\"\nversion = \"3.6\"\n"
                            "source = { registry = \"https://pypi.org/simple\" }\n";
    const auto read = LockFile::readUv(lock, u"uv.lock"_s, DependencyScope::Direct);
    QVERIFY2(read, qPrintable(message(read)));
    QCOMPARE(describe(*read), QStringList({u"idna|idna|3.6||uv.lock:3|"_s}));
    QCOMPARE(read->notes.size(), 1);
    QVERIFY2(read->notes.constFirst().startsWith(u"uv.lock: no package in it is the project itself"_s),
        qPrintable(read->notes.constFirst()));

    const auto wrong = LockFile::readUv(QByteArray("package = \"x\"\n"), u"uv.lock"_s, DependencyScope::All);
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().message(), u"uv.lock:1: package must be an array of tables, not a string"_s);
    const auto nameless
        = LockFile::readUv(QByteArray("[[package]]\nversion = \"1\"\n"), u"uv.lock"_s, DependencyScope::All);
    QVERIFY(!nameless);
    QCOMPARE(nameless.error().message(), u"uv.lock:1: a [[package]] has no name"_s);
}

void TestDependencyFiles::readsPoetryLockDirectFromItsPyproject()
{
    const auto read = DependencyFile::read(u"poetrylock/poetry.lock"_s);
    QVERIFY2(read, qPrintable(message(read)));
    QCOMPARE(read->format, u"poetry.lock"_s);
    // The names, groups and origins are the pyproject's; the versions the lock's.
    QCOMPARE(describe(*read),
        QStringList({
            u"django|django|4.2.11||poetrylock/pyproject.toml:10|"_s,
            u"requests|requests|2.31.0||poetrylock/pyproject.toml:11|"_s,
            u"rich|rich|||poetrylock/pyproject.toml:12|"_s,
            u"pytest|pytest|8.1.1|poetry group: dev|poetrylock/pyproject.toml:15|"_s,
        }));
    QCOMPARE(read->notes, QStringList({u"poetrylock/pyproject.toml:12: rich is not in poetrylock/poetry.lock"_s}));
}

void TestDependencyFiles::readsPoetryLockAll()
{
    const auto read = DependencyFile::read(u"poetrylock/poetry.lock"_s, DependencyFile::Scope::All);
    QVERIFY2(read, qPrintable(message(read)));
    QCOMPARE(describe(*read),
        QStringList({
            u"asgiref|asgiref|3.8.1||poetrylock/poetry.lock:4|"_s,
            u"certifi|certifi|2024.2.2||poetrylock/poetry.lock:14|"_s,
            u"django|django|4.2.11||poetrylock/poetry.lock:22|"_s,
            u"pytest|pytest|8.1.1||poetrylock/poetry.lock:47|"_s,
            u"requests|requests|2.31.0||poetrylock/poetry.lock:55|"_s,
            u"sqlparse|sqlparse|0.4.4||poetrylock/poetry.lock:66|"_s,
        }));
    QCOMPARE(
        read->notes, QStringList({u"poetrylock/poetry.lock:34: skipped mylib, which comes from directory ../mylib"_s}));
}

void TestDependencyFiles::readsPoetryLockAloneAsAll()
{
    const auto read = DependencyFile::read(u"poetry-alone/poetry.lock"_s);
    QVERIFY2(read, qPrintable(message(read)));
    QCOMPARE(describe(*read),
        QStringList({
            u"click|click|8.1.7||poetry-alone/poetry.lock:2|"_s,
            u"Flask|flask|3.0.2||poetry-alone/poetry.lock:10|"_s,
        }));
    QCOMPARE(read->notes,
        QStringList({u"poetry-alone/poetry.lock: there is no pyproject.toml beside it to tell which packages the "
                     "project depends on itself, so every locked package was read"_s}));
}

void TestDependencyFiles::readsAnyTxtOrInAsRequirements()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile in(dir.filePath(u"requirements.in"_s));
    QVERIFY(in.open(QIODevice::WriteOnly));
    in.write("\xef\xbb\xbf# pip-tools input\r\nflask>=3 \\\r\n  ; python_version >= '3.9'\r\n-r base.in\r\n");
    in.close();
    QFile base(dir.filePath(u"base.in"_s));
    QVERIFY(base.open(QIODevice::WriteOnly));
    base.write("click==8.1.7\n--no-binary :all:\n--frobnicate\n");
    base.close();
    const auto read = DependencyFile::read(in.fileName());
    QVERIFY2(read, qPrintable(message(read)));
    QCOMPARE(describe(*read),
        QStringList({
            u"flask|flask|||%1:2|python_version >= '3.9'"_s.arg(in.fileName()),
            u"click|click|8.1.7||%1:1|"_s.arg(base.fileName()),
        }));
    QCOMPARE(read->notes, QStringList({u"%1:3: skipped the unknown option --frobnicate"_s.arg(base.fileName())}));

    const QString folder = dir.filePath(u"folder.txt"_s);
    QVERIFY(QDir().mkdir(folder));
    const auto notAFile = DependencyFile::read(folder);
    QVERIFY(!notAFile);
    QCOMPARE(notAFile.error().message(), u"Cannot read %1: it is a folder"_s.arg(folder));
}

void TestDependencyFiles::refusesOtherFiles_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::newRow("setup.py") << u"setup.py"_s
                              << u"setup.py is no dependency file Herald reads: it reads requirements files (*.txt, "
                                 "*.in), pyproject.toml, uv.lock and poetry.lock"_s;
    QTest::newRow("Pipfile.lock") << u"app/Pipfile.lock"_s
                                  << u"app/Pipfile.lock is no dependency file Herald reads: it reads requirements "
                                     "files (*.txt, *.in), pyproject.toml, uv.lock and poetry.lock"_s;
    QTest::newRow("missing pyproject") << u"nowhere/pyproject.toml"_s
                                       << u"Cannot read nowhere/pyproject.toml: No such file or directory"_s;
    QTest::newRow("missing uv.lock") << u"nowhere/uv.lock"_s
                                     << u"Cannot read nowhere/uv.lock: No such file or directory"_s;
    QTest::newRow("missing poetry.lock") << u"nowhere/poetry.lock"_s
                                         << u"Cannot read nowhere/poetry.lock: No such file or directory"_s;
}

void TestDependencyFiles::refusesOtherFiles()
{
    QFETCH(QString, path);
    const auto read = DependencyFile::read(path);
    QVERIFY(!read);
    QTEST(read.error().message(), "message");
}

void TestDependencyFiles::refusesDevicesAndHugeFiles()
{
    // An include of a device would read for ever (or fill memory): refused unread, at once.
    QTemporaryDir dir;
    const QString requirements = dir.filePath(u"requirements.txt"_s);
    QFile file(requirements);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("django==5.2.9\n-r /dev/zero\n");
    file.close();
    const auto device = DependencyFile::read(requirements);
    QVERIFY(!device);
    QVERIFY2(device.error().message().contains(u"requirements.txt:2: cannot read /dev/zero: it is no regular file"_s),
        qPrintable(device.error().message()));
    // A pyproject.toml past the size limit.
    const QString big = dir.filePath(u"pyproject.toml"_s);
    QFile huge(big);
    QVERIFY(huge.open(QIODevice::WriteOnly));
    QVERIFY(huge.resize(Herald::DependencyList::MaxFileBytes + 1));
    huge.close();
    const auto tooBig = DependencyFile::read(big);
    QVERIFY(!tooBig);
    QVERIFY2(tooBig.error().message().contains(u"is larger than 16 MB"_s), qPrintable(tooBig.error().message()));
}

QTEST_GUILESS_MAIN(TestDependencyFiles)
#include "tst_dependencyfiles.moc"
