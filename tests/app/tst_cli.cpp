// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The herald executable as a user runs it: the command-line modes end to end against the
// fixture server, and a sync killed with SIGKILL at random moments, 50 times.
#include "fixtureserver.h"
#include "fixtureset.h"
#include "heraldprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using Herald::Test::Fault;
using Herald::Test::FixtureServer;

using Result = Herald::Test::HeraldRun;

class TestCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void syncsTheArchiveThenRevalidates();
    void listsAsJsonWithTitlesDatesAndAuthors();
    void printsTheReleaseTimelineAsJson();
    void reportsAFailingSourceWithItsExitCode();
    void readsTheUrlMapFromTheEnvironment();
    void showsAStoredPost();
    void showsTheReadersHtml();
    void refusesAnUnknownPost();
    void parses_data();
    void parses();
    void checksTheInterpretersAndExitsWithTheWorstVerdict();
    void checkExitCodes_data();
    void checkExitCodes();
    void checkWithoutReleaseDataSaysSo();
    void listsThePythonsFound();
    void writesAValidCalendar();
    void usageErrors_data();
    void usageErrors();
    void reportsAnUnusableDataDirectory();
    void warnsAboutADamagedDatabaseAndCarriesOn();
    void survivesBeingKilledMidSync();
    void theWindowQuitsCleanlyWhenTheSystemAsks_data();
    void theWindowQuitsCleanlyWhenTheSystemAsks();
    void manyFirstOpensAtOnceAllSucceed();

private:
    Result herald(const QStringList &arguments, const QProcessEnvironment &environment = {});
    /// A machine of fake interpreters: PATH holds only `bin`, where each version given is a
    /// python3.N script that answers Herald's probe; home, caches and settings are private.
    QProcessEnvironment fakeMachine(const QStringList &versions, const QString &today = u"2026-12-06"_s);
    QStringList common() const;
    /// "N new" and the like, with the fixtures' number of posts.
    QByteArray posts(const char *format) const { return QByteArray(format).replace("%n", QByteArray::number(m_size)); }

    Herald::Test::FixtureSet m_set;
    int m_size = 0; ///< posts in the fixtures' index
    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<FixtureServer> m_server;
};

void TestCli::initTestCase()
{
    m_set = Herald::Test::fixtureSet();
    m_size = m_set.pick(18, 327);
}

void TestCli::init()
{
    m_data = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<FixtureServer>();
    m_server->addRoot(m_set.directory);
    QVERIFY(m_server->listen());
}

QStringList TestCli::common() const
{
    return {u"--data-dir"_s, m_data->path(), u"--url-map"_s, m_server->httpsUrlMap()};
}

Result TestCli::herald(const QStringList &arguments, const QProcessEnvironment &environment)
{
    // Lifecycles are judged on the snapshot's day.
    return Herald::Test::runHerald(QStringLiteral(HERALD_EXECUTABLE), arguments,
        environment.isEmpty() ? QProcessEnvironment::systemEnvironment() : environment, u"2026-08-22"_s);
}

QProcessEnvironment TestCli::fakeMachine(const QStringList &versions, const QString &today)
{
    const QString root = m_data->path() + u"/machine"_s;
    QDir().mkpath(root + u"/home"_s);
    QStringList path {root + u"/bin"_s};
    for (qsizetype i = 0; i < versions.size(); ++i) {
        const QString &version = versions.at(i);
        // 3.13.0rc2 reads 3.13.0.candidate.2 in sys.version_info.
        QString info = version + u".final.0"_s;
        const qsizetype rc = version.indexOf(u"rc"_s);
        if (rc > 0) {
            info = version.left(rc) + u".candidate."_s + version.mid(rc + 2);
        }
        // One folder each, so that two versions of one series can both be python3.N.
        const QString folder = i == 0 ? QString(root + u"/bin"_s) : QString(root + u"/bin-"_s + QString::number(i));
        QDir().mkpath(folder);
        if (i > 0) {
            path += folder;
        }
        QFile script(folder + u"/python"_s + version.section(u'.', 0, 1));
        if (!script.open(QIODevice::WriteOnly)) {
            qFatal("cannot write %s", qPrintable(script.fileName()));
        }
        script.write("#!/bin/sh\necho herald-probe cpython " + info.toUtf8() + " 0 " + version.toUtf8() + "\n");
        script.close();
        script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    QDir().mkpath(root + u"/bin"_s);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // What the version managers read: this machine's must not leak in.
    for (const auto &name : {u"PYENV_ROOT"_s, u"UV_PYTHON_INSTALL_DIR"_s, u"ASDF_DATA_DIR"_s, u"MISE_DATA_DIR"_s,
             u"CONDA_PREFIX"_s, u"MAMBA_ROOT_PREFIX"_s}) {
        env.remove(name);
    }
    env.insert(u"PATH"_s, path.join(u':'));
    env.insert(u"HOME"_s, root + u"/home"_s);
    env.insert(u"XDG_CACHE_HOME"_s, root + u"/cache"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, root + u"/config"_s);
    env.insert(u"XDG_DATA_HOME"_s, root + u"/data"_s);
    env.insert(u"HERALD_TODAY"_s, today);
    return env;
}

void TestCli::syncsTheArchiveThenRevalidates()
{
    const Result first = herald(common() << u"--sync"_s);
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QVERIFY2(first.out.contains(posts("%n new, 0 updated, 0 unchanged, 0 failed; %n bodies downloaded")),
        first.out.constData());
    QVERIFY(first.err.contains(posts("Fetching posts: %n/%n"))); // the progress line
    const Result again = herald(common() << u"--sync"_s);
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(posts("0 new, 0 updated, %n unchanged, 0 failed; 0 bodies downloaded, 4 requests")),
        again.out.constData());
}

void TestCli::listsAsJsonWithTitlesDatesAndAuthors()
{
    QCOMPARE(herald(common() << u"--sync"_s).exitCode, 0);
    const Result list = herald({u"--data-dir"_s, m_data->path(), u"--list"_s, u"--json"_s});
    QCOMPARE(list.exitCode, 0);
    QJsonParseError error;
    const QJsonArray listed = QJsonDocument::fromJson(list.out, &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(listed.size(), m_size);

    QFile indexFile(m_set.directory + u"/blog.python.org/search-index.json"_s);
    QVERIFY(indexFile.open(QIODevice::ReadOnly));
    const QJsonArray index = QJsonDocument::fromJson(indexFile.readAll()).array();
    QHash<QString, QJsonObject> expected;
    for (const auto &entry : index) {
        expected.insert(entry.toObject().value("id"_L1).toString(), entry.toObject());
    }
    QString previous = u"9999"_s;
    for (const auto &value : listed) {
        const QJsonObject post = value.toObject();
        const QJsonObject want = expected.value(post.value("id"_L1).toString());
        QVERIFY2(!want.isEmpty(), qPrintable(post.value("id"_L1).toString()));
        QCOMPARE(post.value("title"_L1).toString(), want.value("title"_L1).toString());
        QCOMPARE(post.value("author"_L1).toString(), want.value("author"_L1).toString());
        QCOMPARE(QDateTime::fromString(post.value("published"_L1).toString(), Qt::ISODate),
            QDateTime::fromString(want.value("date"_L1).toString(), Qt::ISODateWithMs));
        QVERIFY(post.value("hasBody"_L1).toBool());
        QVERIFY(post.value("published"_L1).toString() <= previous); // newest first
        previous = post.value("published"_L1).toString();
    }

    const Result text = herald({u"--data-dir"_s, m_data->path(), u"--list"_s});
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.out.count('\n'), m_size);
    QVERIFY(text.out.startsWith(
        m_set.pick(QByteArray("2026-08-20 • Notes from the summer core sprint — Mira Castellanos\n"),
            QByteArray("2026-08-22 • The Python documentation is now available in Russian! — Stan Ulbrych\n"))));
}

void TestCli::printsTheReleaseTimelineAsJson()
{
    // Before any sync: announcements only, and a warning that the lifecycle data is missing.
    const Result empty = herald({u"--data-dir"_s, m_data->path(), u"--releases"_s, u"--json"_s});
    QVERIFY2(empty.exitCode == 0, empty.err.constData());
    QVERIFY2(empty.err.contains("lifecycle data"), empty.err.constData());
    QVERIFY(!QJsonDocument::fromJson(empty.out).object().value("lifecycleData"_L1).toBool());

    QCOMPARE(herald(common() << u"--sync"_s).exitCode, 0);
    const Result result = herald({u"--data-dir"_s, m_data->path(), u"--releases"_s, u"--json"_s});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    QJsonParseError error;
    const QJsonObject timeline = QJsonDocument::fromJson(result.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(timeline.value("lifecycleData"_L1).toBool());
    QVERIFY(timeline.value("missingAnnouncements"_L1).toInt() > 0);
    const QJsonArray series = timeline.value("series"_L1).toArray();
    QCOMPARE(series.first().toObject().value("series"_L1).toString(), u"3.16"_s);
    QJsonObject python313;
    for (const auto &value : series) {
        if (value.toObject().value("series"_L1).toString() == u"3.13"_s) {
            python313 = value.toObject();
        }
    }
    QCOMPARE(python313.value("status"_L1).toString(), u"bugfix"_s);
    QCOMPARE(python313.value("endOfLife"_L1).toString(), u"2029-10-31"_s);
    QCOMPARE(python313.value("releaseManager"_L1).toString(), u"Thomas Wouters"_s);
    bool found = false;
    for (const auto &value : python313.value("releases"_L1).toArray()) {
        const QJsonObject release = value.toObject();
        if (release.value("version"_L1).toString() == u"3.13.0rc2"_s) {
            found = true;
            QCOMPARE(release.value("stage"_L1).toString(), u"candidate 2"_s);
            QVERIFY(!release.value("posts"_L1).toArray().isEmpty());
            QVERIFY(!release.value("missingAnnouncement"_L1).toBool());
        }
    }
    QVERIFY(found);
    // python-releases.json's expected releases, marked so, and overdue once their day is past.
    const auto expected315 = [](const QJsonArray &allSeries) {
        for (const auto &value : allSeries) {
            if (value.toObject().value("series"_L1).toString() != u"3.15"_s) {
                continue;
            }
            for (const auto &release : value.toObject().value("releases"_L1).toArray()) {
                if (release.toObject().value("version"_L1).toString() == u"3.15.0rc2"_s) {
                    return release.toObject();
                }
            }
        }
        return QJsonObject();
    };
    QCOMPARE(expected315(series).value("state"_L1).toString(), u"expected"_s);
    QCOMPARE(expected315(series).value("date"_L1).toString(), u"2026-09-01"_s);
    QCOMPARE(expected315(series).value("overdue"_L1).toBool(), false);
    QProcessEnvironment december = QProcessEnvironment::systemEnvironment();
    december.insert(u"HERALD_TODAY"_s, u"2026-12-06"_s);
    const Result later = herald({u"--data-dir"_s, m_data->path(), u"--releases"_s, u"--json"_s}, december);
    const QJsonArray laterSeries = QJsonDocument::fromJson(later.out).object().value("series"_L1).toArray();
    QCOMPARE(expected315(laterSeries).value("overdue"_L1).toBool(), true);
    const QJsonArray other = timeline.value("otherImplementations"_L1).toArray();
    QVERIFY(std::any_of(other.begin(), other.end(),
        [](const QJsonValue &value) { return value.toObject().value("implementation"_L1) == u"IronPython"_s; }));

    const Result text = herald({u"--data-dir"_s, m_data->path(), u"--releases"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("Python 3.13 — bugfix, end of life 2029-10-31, release manager Thomas Wouters\n"),
        text.out.left(2000).constData());
    QVERIFY(text.out.contains("! no announcement"));
}

void TestCli::reportsAFailingSourceWithItsExitCode()
{
    m_server->setFault(u"/blog.python.org/rss.xml"_s, *Fault::parse(u"status:503"_s));
    const Result result = herald(common() << u"--sync"_s);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("error: Python Insider feed: HTTP 503"), result.err.constData());
    QVERIFY(result.out.contains(posts("%n new"))); // the index still brought everything

    // A post whose text cannot be fetched: stored less than it should, so not 0 either.
    QTemporaryDir other;
    m_server->clearFaults();
    m_server->setFault(
        u"/raw.githubusercontent.com/python/python-insider-blog/main/content/posts/python-3140-alpha-4-is-out/*"_s,
        *Fault::parse(u"status:404"_s));
    const Result partly = herald({u"--data-dir"_s, other.path(), u"--url-map"_s, m_server->httpsUrlMap(), u"--sync"_s});
    QCOMPARE(partly.exitCode, 1);
    QVERIFY2(partly.err.contains("failed: python-3140-alpha-4-is-out"), partly.err.constData());
    QVERIFY(partly.out.contains("1 failed"));
}

void TestCli::readsTheUrlMapFromTheEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HERALD_URL_MAP"_s, u"https://example.invalid/=http://nowhere/;"_s + m_server->httpsUrlMap());
    const Result result = herald({u"--data-dir"_s, m_data->path(), u"--sync"_s}, env);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.out.contains(posts("%n new")));
}

void TestCli::showsAStoredPost()
{
    QCOMPARE(herald(common() << u"--sync"_s).exitCode, 0);
    const Result result = herald({u"--data-dir"_s, m_data->path(), u"--show"_s, u"python-3140-alpha-4-is-out"_s});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.out.startsWith("Python 3.14.0 alpha 4 is out\nHugo van Kemenade · 2025-01-14\n"
                                   "https://blog.python.org/2025/01/python-3140-alpha-4-is-out/\nTags: releases\n\n"),
        result.out.left(300).constData());
    // The Markdown, frontmatter gone.
    QVERIFY(result.out.contains(m_set.pick(
        QByteArray("```python\ndef greet(name: Person) -> str:"), QByteArray("```\nfrom math import pi as π\n"))));
    QVERIFY(!result.out.contains("publishDate:"));
    QVERIFY(result.err.isEmpty());
}

void TestCli::showsTheReadersHtml()
{
    QCOMPARE(herald(common() << u"--sync"_s).exitCode, 0);
    // A post with a GFM table.
    const QString slug = m_set.pick(u"summer-sprint-notes"_s, u"announcing-defusedxml-fixes-for-xml"_s);
    const Result result = herald({u"--data-dir"_s, m_data->path(), u"--show"_s, slug, u"--html"_s});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.out.startsWith("<html><head><style type=\"text/css\">"));
    const QByteArray heading = m_set.pick(QByteArray("Notes from the summer core sprint"),
        QByteArray("Announcing defusedxml, Fixes for XML Security Issues"));
    QVERIFY(result.out.contains(QByteArray("<h1 class=\"post-title\">" + heading + "</h1>")));
    QVERIFY(result.out.contains("<table cellspacing=\"0\" cellpadding=\"5\" style=\"border-collapse: collapse;"));
    QVERIFY(result.out.contains("font-family: 'monospace', monospace;")); // no QGuiApplication, no system font
    QVERIFY(result.out.trimmed().endsWith("</body></html>"));

    // By the number in the store as well: the same document as by its slug.
    const Result byNumber = herald({u"--data-dir"_s, m_data->path(), u"--show"_s, u"1"_s});
    QCOMPARE(byNumber.exitCode, 0);
    const QString title = QString::fromUtf8(byNumber.out.left(byNumber.out.indexOf('\n')));
    const Result list = herald({u"--data-dir"_s, m_data->path(), u"--list"_s, u"--json"_s});
    QString first;
    for (const auto &value : QJsonDocument::fromJson(list.out).array()) {
        if (value.toObject().value("title"_L1).toString() == title) {
            first = value.toObject().value("id"_L1).toString();
        }
    }
    QVERIFY2(!first.isEmpty(), qPrintable(title));
    const Result htmlByNumber = herald({u"--data-dir"_s, m_data->path(), u"--show"_s, u"1"_s, u"--html"_s});
    const Result htmlBySlug = herald({u"--data-dir"_s, m_data->path(), u"--show"_s, first, u"--html"_s});
    QCOMPARE(htmlByNumber.exitCode, 0);
    QCOMPARE(htmlByNumber.out, htmlBySlug.out);
}

void TestCli::refusesAnUnknownPost()
{
    QCOMPARE(herald(common() << u"--sync"_s).exitCode, 0);
    for (const QString &id : {u"no-such-post"_s, u"999999"_s, u"0"_s}) {
        const Result result = herald({u"--data-dir"_s, m_data->path(), u"--show"_s, id});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.contains(QByteArray("error: no stored post has the id \"" + id.toUtf8() + '"')),
            result.err.constData());
    }
}

void TestCli::parses_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("fixture file") << QStringList {u"FIXTURES/blog.python.org/rss.xml"_s} << 0
                                  << QByteArray("Format: RSS 2.0\nTitle:  Python Insider");
    QTest::newRow("URL through the map") << QStringList {u"https://blog.python.org/rss.xml"_s, u"MAP"_s} << 0
                                         << m_set.pick(QByteArray("Items:  10"), QByteArray("Items:  50"));
    QTest::newRow("JSON") << QStringList {u"FIXTURES/blog.python.org/rss.xml"_s, u"--json"_s} << 0
                          << QByteArray("\"format\": \"RSS 2.0\"");
    QTest::newRow("an HTML page") << QStringList {u"DATA/page.html"_s} << 1 << QByteArray("HTML page, not a feed");
    QTest::newRow("a missing file") << QStringList {u"DATA/nothing.xml"_s} << 1 << QByteArray("cannot read");
    QTest::newRow("a 404") << QStringList {u"https://blog.python.org/nothing.xml"_s, u"MAP"_s} << 1
                           << QByteArray("HTTP 404");
}

void TestCli::parses()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, expected);
    QFile page(m_data->filePath(u"page.html"_s));
    QVERIFY(page.open(QIODevice::WriteOnly));
    page.write("<!DOCTYPE html><html><head><title>Hi</title></head></html>");
    page.close();
    QStringList args {
        u"--parse"_s, arguments.takeFirst().replace(u"FIXTURES"_s, m_set.directory).replace(u"DATA"_s, m_data->path())};
    for (const QString &argument : std::as_const(arguments)) {
        if (argument == u"MAP"_s) {
            args << u"--url-map"_s << m_server->httpsUrlMap();
        } else {
            args << argument;
        }
    }
    const Result result = herald(args);
    QCOMPARE(result.exitCode, exitCode);
    const QByteArray output = result.out + result.err;
    QVERIFY2(output.contains(expected), output.constData());
    QVERIFY(!QFile::exists(m_data->filePath(u"herald.db"_s))); // --parse never touches the store
}

void TestCli::checksTheInterpretersAndExitsWithTheWorstVerdict()
{
    const QProcessEnvironment machine = fakeMachine({u"3.8.10"_s, u"3.12.3"_s, u"3.13.0rc2"_s, u"3.14.7"_s});
    const Result result = herald(common() << u"--check"_s << u"--json"_s, machine);
    QVERIFY2(result.exitCode == 2, result.err.constData());
    QJsonParseError error;
    const QJsonObject check = QJsonDocument::fromJson(result.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(check.value("today"_L1).toString(), u"2026-12-06"_s);
    QCOMPARE(check.value("exitCode"_L1).toInt(), 2);
    QHash<QString, QJsonObject> byVersion;
    for (const auto &value : check.value("interpreters"_L1).toArray()) {
        byVersion.insert(value.toObject().value("version"_L1).toString(), value.toObject());
    }
    QCOMPARE(byVersion.keys().size(), 4);

    const QJsonObject old = byVersion.value(u"3.8.10"_s);
    QCOMPARE(old.value("verdict"_L1).toString(), u"end-of-life"_s);
    QCOMPARE(old.value("status"_L1).toString(), u"end-of-life"_s);
    QCOMPARE(old.value("endOfLife"_L1).toString(), u"2024-10-07"_s);
    QVERIFY2(old.value("action"_L1).toString().startsWith(u"3.8 reached end of life on "_s),
        qPrintable(old.value("action"_L1).toString()));

    const QJsonObject python312 = byVersion.value(u"3.12.3"_s);
    QCOMPARE(python312.value("verdict"_L1).toString(), u"security"_s);
    QCOMPARE(python312.value("severity"_L1).toInt(), 2);
    QCOMPARE(python312.value("path"_L1).toString(), m_data->path() + u"/machine/bin-1/python3.12"_s);
    QCOMPARE(python312.value("versionFrom"_L1).toString(), u"ran"_s);
    const QJsonArray missed = python312.value("missed"_L1).toArray();
    QVERIFY(!missed.isEmpty());
    QCOMPARE(missed.first().toObject().value("version"_L1).toString(), python312.value("latest"_L1).toString());
    // Each security release names its CVEs and links its announcement.
    int security = 0;
    for (const auto &value : missed) {
        const QJsonObject release = value.toObject();
        if (!release.value("security"_L1).toBool()) {
            continue;
        }
        ++security;
        const QJsonArray posts = release.value("posts"_L1).toArray();
        QVERIFY(!posts.isEmpty());
        QVERIFY2(posts.first().toObject().value("url"_L1).toString().startsWith(u"https://blog.python.org/"_s),
            qPrintable(posts.first().toObject().value("url"_L1).toString()));
    }
    QVERIFY(security > 0);
    QCOMPARE(python312.value("securityReleases"_L1).toInt(), security);
    if (!m_set.snapshot) {
        QCOMPARE(python312.value("action"_L1).toString(), u"Upgrade to 3.12.14 (2 security fixes)"_s);
        QCOMPARE(
            python312.value("cves"_L1).toArray(), QJsonArray::fromStringList({u"CVE-2026-1041"_s, u"CVE-2026-1187"_s}));
    }

    const QJsonObject candidate = byVersion.value(u"3.13.0rc2"_s);
    QVERIFY(candidate.value("severity"_L1).toInt() >= 1);
    QVERIFY2(candidate.value("action"_L1).toString().startsWith(u"Upgrade to 3.13.15: 3.13.0 final is out"_s),
        qPrintable(candidate.value("action"_L1).toString()));

    QCOMPARE(byVersion.value(u"3.14.7"_s).value("latest"_L1).toString(), m_set.pick(u"3.14.7"_s, u"3.14.7"_s));

    // The same as text, for people.
    const Result text = herald(common() << u"--check"_s, machine);
    QCOMPARE(text.exitCode, 2);
    QVERIFY2(text.out.contains("4 interpreters judged on 2026-12-06: "), text.out.constData());
    QVERIFY(text.out.contains(python312.value("action"_L1).toString().toUtf8()));
}

void TestCli::checkExitCodes_data()
{
    QTest::addColumn<QStringList>("versions");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("up to date") << QStringList {u"3.14.7"_s} << 0;
    QTest::newRow("behind a bugfix release") << QStringList {u"3.14.7"_s, u"3.14.6"_s} << 1;
    QTest::newRow("end of life") << QStringList {u"3.8.10"_s} << 2;
    QTest::newRow("nothing installed") << QStringList() << 0;
}

void TestCli::checkExitCodes()
{
    QFETCH(QStringList, versions);
    QFETCH(int, exitCode);
    const Result result = herald(common() << u"--check"_s, fakeMachine(versions));
    QVERIFY2(result.exitCode == exitCode, QByteArray(result.out + result.err).constData());
    if (versions.isEmpty()) {
        QVERIFY2(result.out.contains("No Python interpreter found. Looked in: PATH"), result.out.constData());
    }
}

void TestCli::checkWithoutReleaseDataSaysSo()
{
    // No sync can reach anything and nothing is stored: nothing to judge by.
    const Result result
        = herald({u"--data-dir"_s, m_data->path(), u"--url-map"_s, u"https://=http://127.0.0.1:9/"_s, u"--check"_s},
            fakeMachine({u"3.12.3"_s}));
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains("no release data"), result.err.constData());
}

void TestCli::listsThePythonsFound()
{
    QProcessEnvironment machine = fakeMachine({u"3.12.3"_s, u"3.14.7"_s});
    QVERIFY(QFile::link(u"python3.12"_s, m_data->path() + u"/machine/bin/python3"_s));
    QVERIFY(QFile::link(u"/nowhere/python3.9"_s, m_data->path() + u"/machine/bin-1/python3.9"_s));
    const Result result = herald({u"--data-dir"_s, m_data->path(), u"--pythons"_s, u"--json"_s}, machine);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonObject found = QJsonDocument::fromJson(result.out).object();
    const QJsonArray interpreters = found.value("interpreters"_L1).toArray();
    QCOMPARE(interpreters.size(), 3);
    QStringList summary;
    for (const auto &value : interpreters) {
        const QJsonObject interpreter = value.toObject();
        summary += interpreter.value("version"_L1).toString() + u'/'
            + QString::number(interpreter.value("names"_L1).toArray().size()) + u'/'
            + (interpreter.value("problem"_L1).isNull() ? u"ok"_s : u"problem"_s);
    }
    summary.sort();
    QCOMPARE(summary, (QStringList {u"/1/problem"_s, u"3.12.3/2/ok"_s, u"3.14.7/1/ok"_s}));
    QCOMPARE(found.value("searched"_L1).toArray().first().toString(), u"PATH"_s);

    const Result text = herald({u"--data-dir"_s, m_data->path(), u"--pythons"_s}, machine);
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(
        text.out.contains("cannot be used: a broken link: /nowhere/python3.9 does not exist"), text.out.constData());
    QVERIFY(text.out.contains("Looked in: PATH, ~/.pyenv/versions"));
}

void TestCli::writesAValidCalendar()
{
    QCOMPARE(herald(common() << u"--sync"_s).exitCode, 0);
    const QString path = m_data->path() + u"/releases.ics"_s;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HERALD_TODAY"_s, u"2026-08-22"_s);
    const Result result = herald({u"--data-dir"_s, m_data->path(), u"--calendar"_s, path}, env);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    // A real iCalendar parser reads it: every event with its UID, stamp, day and summary.
    QProcess python;
    python.start(u"python3"_s,
        {u"-c"_s, uR"(
import sys, icalendar
calendar = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
for event in calendar.walk("VEVENT"):
    for key in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"):
        assert key in event, key
    print(event.decoded("DTSTART").isoformat(), event["SUMMARY"])
)"_s,
            path});
    QVERIFY(python.waitForFinished(30000));
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    const QString events = QString::fromUtf8(python.readAllStandardOutput());
    QVERIFY2(events.contains(u"2026-09-01 Python 3.15.0rc2 expected"_s), qPrintable(events));
    QVERIFY2(events.contains(u"Python 3.14 reaches end of life"_s), qPrintable(events));
    // Series whose end of life is behind the day are not in it.
    QVERIFY(!events.contains(u"Python 3.9 reaches end of life"_s));
    // Standard output, byte for byte the same format (CRLF line ends).
    const Result stdoutResult = herald({u"--data-dir"_s, m_data->path(), u"--calendar"_s, u"-"_s}, env);
    QCOMPARE(stdoutResult.exitCode, 0);
    QVERIFY(stdoutResult.out.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    // A file that cannot be written is named.
    const Result unwritable
        = herald({u"--data-dir"_s, m_data->path(), u"--calendar"_s, u"/proc/no/such/releases.ics"_s}, env);
    QCOMPARE(unwritable.exitCode, 1);
    QVERIFY2(unwritable.err.contains("cannot write /proc/no/such/releases.ics"), unwritable.err.constData());
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("json alone") << QStringList {
        u"--json"_s} << QByteArray("--json goes with --list, --releases, --check, --pythons, --sources or --parse");
    QTest::newRow("calendar without a file") << QStringList {u"--calendar"_s} << QByteArray("Missing value");
    QTest::newRow("check and pythons") << QStringList {u"--check"_s, u"--pythons"_s} << QByteArray("Choose one of");
    QTest::newRow("two modes") << QStringList {u"--sync"_s, u"--list"_s} << QByteArray("Choose one of");
    QTest::newRow("bad url map") << QStringList {u"--sync"_s, u"--url-map"_s, u"nonsense"_s} << QByteArray("FROM=TO");
    QTest::newRow("parse without a source") << QStringList {u"--parse"_s} << QByteArray("Missing value");
    QTest::newRow("html without show") << QStringList {u"--list"_s, u"--html"_s}
                                       << QByteArray("--html goes with --show");
    QTest::newRow("show and list") << QStringList {u"--show"_s, u"x"_s, u"--list"_s} << QByteArray("Choose one of");
    QTest::newRow("show without an id") << QStringList {u"--show"_s} << QByteArray("Missing value");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    const Result result = herald(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), result.err.constData());
}

void TestCli::reportsAnUnusableDataDirectory()
{
    QFile blocker(m_data->filePath(u"file"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const Result result = herald({u"--list"_s, u"--data-dir"_s, m_data->filePath(u"file/below"_s)});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("Cannot create the data directory"), result.err.constData());
}

void TestCli::warnsAboutADamagedDatabaseAndCarriesOn()
{
    QFile damaged(m_data->filePath(u"herald.db"_s));
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write(QByteArray(8192, 'x'));
    damaged.close();
    const Result result = herald(common() << u"--sync"_s);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.contains("warning: The database"), result.err.constData());
    QVERIFY(result.err.contains("damaged"));
    QVERIFY(result.out.contains(posts("%n new")));
    QCOMPARE(QDir(m_data->path()).entryList({u"herald.db.damaged-*"_s}).size(), 1);

    // A listing straight after the damage shows an empty archive: not a success.
    QTemporaryDir other;
    QFile again(other.filePath(u"herald.db"_s));
    QVERIFY(again.open(QIODevice::WriteOnly));
    again.write(QByteArray(8192, 'x'));
    again.close();
    const Result listed = herald({u"--data-dir"_s, other.path(), u"--list"_s});
    QCOMPARE(listed.exitCode, 1);
    QVERIFY2(listed.err.contains("damaged"), listed.err.constData());
}

void TestCli::manyFirstOpensAtOnceAllSucceed()
{
    // Sixteen `herald --list` on a data directory that does not exist yet: each must wait for
    // whichever creates and migrates the file, never fail with "database is locked".
    for (int round = 0; round < 2; ++round) {
        QTemporaryDir fresh;
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 0; i < 16; ++i) {
            auto process = std::make_unique<QProcess>();
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove(u"DISPLAY"_s);
            process->setProcessEnvironment(env);
            process->start(QStringLiteral(HERALD_EXECUTABLE), {u"--data-dir"_s, fresh.path(), u"--list"_s});
            processes.push_back(std::move(process));
        }
        for (const auto &process : processes) {
            QVERIFY(process->waitForFinished(60000));
            const QByteArray err = process->readAllStandardError();
            QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
                qPrintable(u"round %1: exit %2: %3"_s.arg(round).arg(process->exitCode()).arg(QString::fromUtf8(err))));
        }
    }
}

void TestCli::theWindowQuitsCleanlyWhenTheSystemAsks_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGTERM (logout, shutdown)") << int(SIGTERM);
    QTest::newRow("SIGINT (Ctrl+C in a terminal)") << int(SIGINT);
    QTest::newRow("SIGHUP (the terminal closed)") << int(SIGHUP);
}

void TestCli::theWindowQuitsCleanlyWhenTheSystemAsks()
{
    // A logout asks with SIGTERM: Herald quits as its Quit action does, closing the database,
    // which leaves no write-ahead log behind (and spares the next start the full check an
    // unclean end calls for).
    QFETCH(int, signal);
    QProcess window;
    QProcessEnvironment environment = fakeMachine({});
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"QT_LOGGING_RULES"_s, u"herald.startup.debug=true"_s);
    window.setProcessEnvironment(environment);
    window.start(QStringLiteral(HERALD_EXECUTABLE), common());
    QVERIFY(window.waitForStarted());
    QByteArray errors;
    QTRY_VERIFY_WITH_TIMEOUT((errors += window.readAllStandardError()).contains("first frame"), 30000);
    const QString wal = m_data->filePath(u"herald.db-wal"_s);
    QVERIFY(QFile::exists(wal)); // open, in WAL mode
    QVERIFY(::kill(pid_t(window.processId()), signal) == 0);
    QTRY_VERIFY_WITH_TIMEOUT(window.state() == QProcess::NotRunning, 30000);
    QCOMPARE(window.exitStatus(), QProcess::NormalExit);
    QCOMPARE(window.exitCode(), 0);
    QVERIFY2(!QFile::exists(wal), "the database was not closed");
}

void TestCli::survivesBeingKilledMidSync()
{
    // Every round edits every title upstream, so every sync rewrites all the posts and
    // revalidates all their bodies; each post is slowed a little so that a sync lasts long
    // enough to be killed anywhere in it: about as long for the archive's 18 posts as for the
    // snapshot's 327.
    QTemporaryDir overlay;
    m_server->prependRoot(overlay.path());
    QDir(overlay.path()).mkpath(u"blog.python.org"_s);
    QFile indexFile(m_set.directory + u"/blog.python.org/search-index.json"_s);
    QVERIFY(indexFile.open(QIODevice::ReadOnly));
    const QJsonArray index = QJsonDocument::fromJson(indexFile.readAll()).array();
    m_server->setFault(u"*/index.md"_s, *Fault::parse(m_set.pick(u"delay:145"_s, u"delay:8"_s)));

    QSet<QString> committed;
    auto *random = QRandomGenerator::global();
    int interrupted = 0;
    for (int round = 0; round < 50; ++round) {
        QJsonArray edited;
        for (const auto &entry : index) {
            QJsonObject post = entry.toObject();
            post.insert(u"title"_s, QString(post.value("title"_L1).toString() + u" (round %1)"_s.arg(round)));
            edited.append(post);
        }
        QFile out(overlay.filePath(u"blog.python.org/search-index.json"_s));
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(QJsonDocument(edited).toJson(QJsonDocument::Compact));
        out.close();

        QProcess sync;
        sync.start(QStringLiteral(HERALD_EXECUTABLE), common() << u"--sync"_s);
        QVERIFY(sync.waitForStarted());
        const int after = int(random->bounded(20, 500));
        QTest::qWait(after); // the point of the test is a random moment, not a condition
        if (sync.state() == QProcess::Running) {
            sync.kill(); // SIGKILL: no cleanup of any kind
            ++interrupted;
        }
        [&] { QTRY_VERIFY_WITH_TIMEOUT(sync.state() == QProcess::NotRunning, 30000); }();

        const Result list = herald({u"--data-dir"_s, m_data->path(), u"--list"_s, u"--json"_s});
        const QString where = u"round %1, killed after %2 ms"_s.arg(round).arg(after);
        QVERIFY2(list.exitCode == 0, qPrintable(where + u": "_s + QString::fromUtf8(list.err)));
        QVERIFY2(!list.err.contains("damaged"), qPrintable(where + u": "_s + QString::fromUtf8(list.err)));
        QSet<QString> now;
        QSet<QString> rounds;
        for (const auto &value : QJsonDocument::fromJson(list.out).array()) {
            const QJsonObject post = value.toObject();
            if (post.value("hasBody"_L1).toBool()) {
                now.insert(post.value("id"_L1).toString());
            }
            rounds.insert(post.value("title"_L1).toString().section(u" (round "_s, 1));
        }
        // Nothing that was committed is ever lost, and the titles come from one index or the
        // other: the batch of metadata is all or nothing.
        QVERIFY2(now.contains(committed), qPrintable(where));
        QVERIFY2(rounds.size() <= 1, qPrintable(where)); // none before the first index is stored
        committed = now;
    }
    qInfo("%d of 50 syncs were killed part-way", interrupted);
    QVERIFY2(interrupted >= 25, qPrintable(u"only %1 of 50 syncs were interrupted"_s.arg(interrupted)));
    m_server->clearFaults();
    const Result finish = herald(common() << u"--sync"_s);
    QVERIFY2(finish.exitCode == 0, finish.err.constData());
    const Result list = herald({u"--data-dir"_s, m_data->path(), u"--list"_s, u"--json"_s});
    const QJsonArray stored = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(stored.size(), m_size);
    for (const auto &post : stored) {
        QVERIFY(post.toObject().value("hasBody"_L1).toBool());
        QVERIFY(post.toObject().value("title"_L1).toString().endsWith(u" (round 49)"_s));
    }
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
