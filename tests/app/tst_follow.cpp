// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Following projects from the command line, end to end against the fixture server: two
// GitHub repositories, a PyPI project and a Discourse category (tests/data/projects, written
// here in their documented shapes), added with --follow, fetched with --sync, revalidated
// with 304s, listed with --sources and --releases, narrowed with --source, and unfollowed;
// and every way a --follow can be wrong, with its message and exit code.
#include "fixtureserver.h"
#include "fixtureset.h"
#include "heraldprocess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Herald::Test::FixtureServer;

namespace {

using Result = Herald::Test::HeraldRun;

const QString Projects = QStringLiteral(HERALD_TEST_DATA "/projects");
const QString Webapp = QStringLiteral(HERALD_TEST_DATA "/deps-e2e/webapp/pyproject.toml");

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestFollow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void followsFourKindsAndSyncsThem();
    void revalidatesWithConditionalRequests();
    void narrowsToOneSource();
    void showsAReleasesNotesSafely();
    void discoversThePageFeed();
    void refusesWhatCannotBeFollowed_data();
    void refusesWhatCannotBeFollowed();
    void aFailingProjectFailsTheSyncAndSaysWhy();
    void unfollowsWithItsPosts();
    void importsAndExportsOpml();
    void refusesABrokenOpmlWhole_data();
    void refusesABrokenOpmlWhole();
    void importsDependenciesAndJudgesThem();
    void checksDependencyFiles_data();
    void checksDependencyFiles();
    void choosesALifecycle();

private:
    Result herald(const QStringList &arguments);
    /// herald on a machine with no Python of its own, so that --check judges dependencies only.
    Result heraldWithoutPythons(const QStringList &arguments);
    /// Imports the web application's 20 dependencies and serves PyPI documents for each.
    void importWebapp();
    /// Follows the four projects of the acceptance, checking each.
    void followFour();
    [[nodiscard]] QJsonArray sources();
    /// The paths the fixture server was asked for, with the status it answered.
    [[nodiscard]] QStringList served() const;

    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<FixtureServer> m_server;
    std::unique_ptr<QTemporaryDir> m_generated; ///< PyPI documents made for the imported dependencies
};

void TestFollow::init()
{
    m_data = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<FixtureServer>();
    m_server->addRoot(Projects);
    m_server->addRoot(QStringLiteral(HERALD_ARCHIVE_DIR));
    QVERIFY(m_server->listen());
}

Result TestFollow::herald(const QStringList &arguments)
{
    return Herald::Test::runHerald(QStringLiteral(HERALD_EXECUTABLE),
        QStringList {u"--data-dir"_s, m_data->path(), u"--url-map"_s, m_server->httpsUrlMap()} + arguments,
        QProcessEnvironment::systemEnvironment(), u"2026-12-06"_s);
}

void TestFollow::followFour()
{
    const QList<std::pair<QString, QByteArray>> follows = {
        {u"django/django"_s, "Following django/django (GitHub releases) as source 1"},
        {u"https://github.com/pydantic/pydantic"_s, "Following pydantic/pydantic (GitHub releases) as source 2"},
        {u"pypi:requests"_s, "Following requests (PyPI project) as source 3"},
        {u"https://discuss.python.org/c/announcements/7"_s, "(Discourse category) as source 4"},
    };
    for (const auto &[input, said] : follows) {
        const Result followed = herald({u"--follow"_s, input});
        QVERIFY2(followed.exitCode == 0, followed.err.constData());
        QVERIFY2(followed.out.contains(said), followed.out.constData());
    }
}

QJsonArray TestFollow::sources()
{
    const Result listed = herald({u"--sources"_s, u"--json"_s});
    if (listed.exitCode != 0) {
        return {};
    }
    return QJsonDocument::fromJson(listed.out).array();
}

QStringList TestFollow::served() const
{
    QStringList paths;
    for (const auto &request : m_server->requests()) {
        paths << request.path + u' ' + QString::number(request.status);
    }
    return paths;
}

void TestFollow::followsFourKindsAndSyncsThem()
{
    followFour();
    const Result preview = herald({u"--follow"_s, u"https://github.com/django/django/releases"_s});
    QCOMPARE(preview.exitCode, 1);
    QVERIFY2(preview.err.contains("is followed already, as source 1"), preview.err.constData());

    const Result synced = herald({u"--sync"_s});
    QVERIFY2(synced.exitCode == 0, synced.err.constData());
    QVERIFY2(synced.out.contains("django/django: 5 new, 0 updated\n"), synced.out.constData());
    QVERIFY2(synced.out.contains("requests: 5 new, 0 updated\n"), synced.out.constData());

    QJsonArray list = sources();
    QCOMPARE(list.size(), 5); // and Python Insider, first
    QCOMPARE(list.at(0)[u"kind"_s].toString(), u"python-insider"_s);
    QStringList kinds;
    for (const auto &source : list) {
        kinds << source[u"kind"_s].toString() + u':' + QString::number(source[u"posts"_s].toInt());
        QVERIFY(source[u"lastSync"_s].isString());
        QVERIFY(source[u"error"_s].isNull());
    }
    QCOMPARE(
        kinds, (QStringList {u"python-insider:18"_s, u"github:5"_s, u"github:3"_s, u"pypi:5"_s, u"discourse:2"_s}));

    const Result releases = herald({u"--releases"_s, u"--json"_s});
    QVERIFY2(releases.exitCode == 0, releases.err.constData());
    const QJsonObject document = QJsonDocument::fromJson(releases.out).object();
    QVERIFY(!document[u"series"_s].toArray().isEmpty()); // Python's timeline keeps its place
    QStringList projects;
    for (const auto &project : document[u"projects"_s].toArray()) {
        QStringList series;
        for (const auto &entry : project[u"series"_s].toArray()) {
            QStringList versions;
            for (const auto &release : entry[u"releases"_s].toArray()) {
                versions << release[u"version"_s].toString()
                        + (release[u"prerelease"_s].toBool() ? u"(pre)"_s : QString())
                        + (release[u"yanked"_s].toBool() ? u"(yanked)"_s : QString());
            }
            series << entry[u"series"_s].toString() + u'=' + versions.join(u',');
        }
        projects << project[u"project"_s].toString() + u": "_s + series.join(u' ');
    }
    QCOMPARE(projects,
        (QStringList {
            u"django: 6.0=6.0rc1(pre) 5.2=5.2.8,5.2.7 5.1=5.1.14 4.2=4.2.26"_s,
            u"pydantic: 2.13=2.13.0b1(pre) 2.12=2.12.5 1.10=1.10.24"_s,
            u"requests: 3.0=3.0.0a1(pre) 2.32=2.32.5,2.32.4,2.32.1(yanked),2.32.0(yanked)"_s,
            u"Announcements - Discussions on Python.org: 3.15=3.15.0a2(pre)"_s,
        }));
}

void TestFollow::revalidatesWithConditionalRequests()
{
    followFour();
    QCOMPARE(herald({u"--sync"_s}).exitCode, 0);
    m_server->clearRequests();
    const Result again = herald({u"--sync"_s});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QVERIFY2(again.out.contains("django/django: not modified\n"), again.out.constData());
    // Every feed and PyPI's JSON answered 304: nothing was downloaded again.
    const QStringList requests = served();
    for (const QString &path : {u"/github.com/django/django/releases.atom 304"_s,
             u"/github.com/pydantic/pydantic/releases.atom 304"_s, u"/pypi.org/rss/project/requests/releases.xml 304"_s,
             u"/pypi.org/pypi/requests/json 304"_s, u"/discuss.python.org/c/announcements/7.rss 304"_s}) {
        QVERIFY2(requests.contains(path), qPrintable(path + u" not in:\n"_s + requests.join(u'\n')));
    }
}

void TestFollow::narrowsToOneSource()
{
    followFour();
    m_server->clearRequests();
    const Result synced = herald({u"--sync"_s, u"--source"_s, u"3"_s});
    QVERIFY2(synced.exitCode == 0, synced.err.constData());
    // Its feed, its JSON document, and its lifecycle, which endoflife.date does not have.
    QCOMPARE(served(),
        (QStringList {u"/pypi.org/rss/project/requests/releases.xml 200"_s, u"/pypi.org/pypi/requests/json 200"_s,
            u"/endoflife.date/api/requests.json 404"_s}));
    const Result listed = herald({u"--list"_s, u"--source"_s, u"3"_s, u"--json"_s});
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray posts = QJsonDocument::fromJson(listed.out).array();
    QCOMPARE(posts.size(), 5);
    for (const auto &post : posts) {
        QCOMPARE(post[u"source"_s].toInt(), 3);
    }
    const Result releases = herald({u"--releases"_s, u"--source"_s, u"3"_s, u"--json"_s});
    const QJsonObject document = QJsonDocument::fromJson(releases.out).object();
    QVERIFY(!document.contains(u"series"_s)); // not Python's timeline
    QCOMPARE(document[u"projects"_s].toArray().size(), 1);
    const Result unknown = herald({u"--list"_s, u"--source"_s, u"42"_s});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains("there is no source 42"), unknown.err.constData());
    const Result notANumber = herald({u"--sync"_s, u"--source"_s, u"django"_s});
    QCOMPARE(notANumber.exitCode, 2);
    QVERIFY2(notANumber.err.contains("is not a source id"), notANumber.err.constData());
}

void TestFollow::showsAReleasesNotesSafely()
{
    followFour();
    QCOMPARE(herald({u"--sync"_s, u"--source"_s, u"1"_s}).exitCode, 0);
    const Result listed = herald({u"--list"_s, u"--source"_s, u"1"_s, u"--json"_s});
    QString number;
    for (const auto &post : QJsonDocument::fromJson(listed.out).array()) {
        if (post[u"version"_s].toString() == u"5.2.8"_s) {
            number = QString::number(post[u"number"_s].toInteger());
        }
    }
    QVERIFY(!number.isEmpty());
    const Result shown = herald({u"--show"_s, number, u"--html"_s});
    QVERIFY2(shown.exitCode == 0, shown.err.constData());
    const QString html = QString::fromUtf8(shown.out);
    // The notes' structure, with the code highlighted as the blog's is …
    QVERIFY(html.contains(u"<h2>Security fixes</h2>"_s));
    QVERIFY(html.contains(u"<table class=\"code\""_s));
    QVERIFY2(html.contains(u"HttpResponseRedirect"_s), qPrintable(html));
    QVERIFY(html.contains(u"CVE-2026-0001"_s));
    QVERIFY(html.contains(u"href=\"https://docs.djangoproject.com/en/5.2/releases/5.2.8/\""_s));
    // … and nothing that runs, frames, or names a local file.
    static const QRegularExpression handler(u"\\son[a-z]+\\s*="_s, QRegularExpression::CaseInsensitiveOption);
    QVERIFY(!handler.match(html).hasMatch());
    static const QRegularExpression reference(u"\\b(?:href|src)=\"([^\"]*)\""_s);
    for (const auto &match : reference.globalMatch(html)) {
        const QString url = match.captured(1);
        QVERIFY2(url.startsWith(u"https://"_s) || url.startsWith(u'#'), qPrintable(url));
    }
    for (const QString &gone : {u"pwned"_s, u"<script"_s, u"javascript:"_s, u"file:"_s, u"iframe"_s, u"framed"_s}) {
        QVERIFY2(!html.contains(gone), qPrintable(gone));
    }
}

void TestFollow::discoversThePageFeed()
{
    const Result followed = herald({u"--follow"_s, u"https://tools.example.org/blog/"_s});
    QVERIFY2(followed.exitCode == 0, followed.err.constData());
    QVERIFY2(followed.out.contains("Following Example Tools releases (feed)"), followed.out.constData());
    QVERIFY(followed.out.contains("https://tools.example.org/blog/releases.atom"));
    QVERIFY(followed.out.contains("The page names another feed too: https://tools.example.org/blog/all.rss"));
    QCOMPARE(sources().first()[u"feed"_s].toString(), u"https://tools.example.org/blog/releases.atom"_s);
}

void TestFollow::refusesWhatCannotBeFollowed_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("nothing there") << u"https://tools.example.org/nothing"_s << QByteArray("HTTP 404");
    QTest::newRow("a page with no feed") << u"https://tools.example.org/about/"_s
                                         << QByteArray("is a web page that names no feed");
    QTest::newRow("JSON, not a feed") << u"https://tools.example.org/versions.json"_s << QByteArray("is not a feed");
    QTest::newRow("a repository with no releases feed") << u"nobody/nothing"_s << QByteArray("HTTP 404");
    QTest::newRow("not http") << u"file:///etc/passwd"_s << QByteArray("is neither a URL");
    QTest::newRow("words") << u"the django project"_s << QByteArray("is neither a URL, owner/repo nor pypi:NAME");
}

void TestFollow::refusesWhatCannotBeFollowed()
{
    QFETCH(QString, input);
    QFETCH(QByteArray, message);
    const Result refused = herald({u"--follow"_s, input});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(message), refused.err.constData());
    QVERIFY(refused.out.isEmpty());
    // Nothing half-added.
    const Result listed = herald({u"--sources"_s, u"--json"_s});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 0);
}

void TestFollow::aFailingProjectFailsTheSyncAndSaysWhy()
{
    followFour();
    m_server->setFault(u"*/pydantic/releases.atom"_s, *Herald::Test::Fault::parse(u"status:500"_s));
    const Result synced = herald({u"--sync"_s});
    QCOMPARE(synced.exitCode, 1);
    QVERIFY2(synced.out.contains("pydantic/pydantic: failed\n"), synced.out.constData());
    QVERIFY2(synced.err.contains("pydantic/pydantic (https://github.com/pydantic/pydantic/releases.atom): HTTP 500"),
        synced.err.constData());
    // The others are stored all the same.
    QVERIFY2(synced.out.contains("django/django: 5 new"), synced.out.constData());
    const QJsonArray list = sources();
    QVERIFY(list.at(2)[u"error"_s].toString().contains(u"HTTP 500"_s));
    QVERIFY(list.at(1)[u"error"_s].isNull());
    const Result text = herald({u"--sources"_s});
    QVERIFY2(text.out.contains("error: pydantic/pydantic"), text.out.constData());
}

void TestFollow::unfollowsWithItsPosts()
{
    followFour();
    QCOMPARE(herald({u"--sync"_s}).exitCode, 0);
    const Result gone = herald({u"--unfollow"_s, u"1"_s});
    QVERIFY2(gone.exitCode == 0, gone.err.constData());
    QVERIFY2(gone.out.contains("No longer following django/django; its 5 posts are removed."), gone.out.constData());
    QCOMPARE(sources().size(), 4);
    QCOMPARE(herald({u"--list"_s, u"--source"_s, u"1"_s}).exitCode, 2);
    const Result again = herald({u"--unfollow"_s, u"1"_s});
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains("there is no source 1"));
    const Result builtIn = herald({u"--unfollow"_s, QString::number(sources().first()[u"id"_s].toInt())});
    QCOMPARE(builtIn.exitCode, 1);
    QVERIFY(builtIn.err.contains("Python Insider is built in"));
}

void TestFollow::importsAndExportsOpml()
{
    // Another reader's list: its feeds followed with their folders, what is no feed skipped.
    const Result imported = herald({u"--import-opml"_s, QStringLiteral(HERALD_TEST_DATA "/opml/other-reader.opml")});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    QVERIFY2(imported.out.contains("5 sources added from"), imported.out.constData());
    QVERIFY2(imported.out.contains("; 2 skipped."), imported.out.constData());
    QVERIFY2(imported.err.contains("skipped line 27: “Local file”: Herald follows http and https feeds only"),
        imported.err.constData());
    const Result again = herald({u"--import-opml"_s, QStringLiteral(HERALD_TEST_DATA "/opml/other-reader.opml")});
    QVERIFY2(
        again.exitCode == 0 && again.out.contains("0 sources added from") && again.out.contains("5 followed already"),
        again.out.constData());
    const Result synced = herald({u"--sync"_s});
    QVERIFY2(synced.exitCode == 0, synced.err.constData());
    QVERIFY2(synced.out.contains("requests: 5 new"), synced.out.constData());

    // Exported and imported into a fresh data dir, the same sources come back.
    QTemporaryDir exportDir;
    const QString file = exportDir.filePath(u"herald.opml"_s);
    const Result exported = herald({u"--export-opml"_s, file});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QVERIFY2(exported.err.contains("Wrote 6 sources to"), exported.err.constData());
    const QJsonArray before = sources();
    m_data = std::make_unique<QTemporaryDir>();
    const Result reimported = herald({u"--import-opml"_s, file});
    QVERIFY2(reimported.exitCode == 0, reimported.err.constData());
    QVERIFY2(reimported.err.contains("Python Insider is built in"), reimported.err.constData());
    QVERIFY2(herald({u"--sync"_s}).exitCode == 0, "sync after the import");
    auto shape = [](const QJsonArray &list) {
        QStringList rows;
        for (const auto &source : list) {
            rows << QStringList {source[u"kind"_s].toString(), source[u"identifier"_s].toString(),
                source[u"name"_s].toString(), source[u"folder"_s].toString(), source[u"feed"_s].toString(),
                QString::number(source[u"posts"_s].toInt())}
                        .join(u'|');
        }
        return rows;
    };
    QCOMPARE(shape(sources()), shape(before));
    // Standard output takes the list as it is.
    const Result printed = herald({u"--export-opml"_s, u"-"_s});
    QCOMPARE(printed.exitCode, 0);
    QVERIFY2(printed.out.startsWith("<?xml") && printed.out.contains("<opml") && printed.out.contains("requests"),
        printed.out.constData());
}

void TestFollow::refusesABrokenOpmlWhole_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("message");
    const QString data = QStringLiteral(HERALD_TEST_DATA "/opml/");
    QTest::newRow("cut off") << QStringList {u"--import-opml"_s, data + u"malformed.opml"_s} << 1
                             << QByteArray("malformed.opml is not well-formed XML");
    QTest::newRow("a feed") << QStringList {u"--import-opml"_s, data + u"not-opml.xml"_s} << 1
                            << QByteArray("not an OPML document: its root element is <rss>");
    QTest::newRow("no file") << QStringList {u"--import-opml"_s, data + u"missing.opml"_s} << 1
                             << QByteArray("cannot read");
    QTest::newRow("no place to write") << QStringList {u"--export-opml"_s, data + u"no/such/dir/out.opml"_s} << 1
                                       << QByteArray("cannot write");
    QTest::newRow("two at once") << QStringList {u"--import-opml"_s, data + u"malformed.opml"_s, u"--sources"_s} << 2
                                 << QByteArray("Choose one of");
}

void TestFollow::refusesABrokenOpmlWhole()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, message);
    const Result run = herald(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), run.err.constData());
    QCOMPARE(sources().size(), 0); // nothing half-imported
}

Result TestFollow::heraldWithoutPythons(const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString machine = m_data->filePath(u"machine"_s);
    QDir().mkpath(machine + u"/bin"_s);
    for (const auto &name : {u"PYENV_ROOT"_s, u"UV_PYTHON_INSTALL_DIR"_s, u"ASDF_DATA_DIR"_s, u"MISE_DATA_DIR"_s,
             u"CONDA_PREFIX"_s, u"MAMBA_ROOT_PREFIX"_s, u"VIRTUAL_ENV"_s}) {
        environment.remove(name);
    }
    environment.insert(u"PATH"_s, machine + u"/bin"_s);
    environment.insert(u"HOME"_s, machine);
    environment.insert(u"XDG_CACHE_HOME"_s, machine + u"/cache"_s);
    return Herald::Test::runHerald(QStringLiteral(HERALD_EXECUTABLE),
        QStringList {u"--data-dir"_s, m_data->path(), u"--url-map"_s, m_server->httpsUrlMap()} + arguments, environment,
        u"2026-12-06"_s);
}

void TestFollow::importWebapp()
{
    const Result imported = herald({u"--import-deps"_s, Webapp});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    QVERIFY2(imported.out.contains(QByteArray(
                 "20 dependencies from " + Webapp.toUtf8() + " followed, in the folder webapp; 0 followed already.")),
        imported.out.constData());
    // PyPI's two documents for each dependency the fixtures do not have: two releases, one of
    // them the newest.
    m_generated = std::make_unique<QTemporaryDir>();
    m_server->addRoot(m_generated->path());
    for (const auto &source : sources()) {
        const QString name = source[u"identifier"_s].toString();
        const QUrl feed(source[u"feed"_s].toString());
        if (QFileInfo::exists(Projects + u'/' + feed.host() + feed.path())) {
            continue;
        }
        const QString normalized = feed.path().section(u'/', 3, 3);
        const QByteArray rss = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>PyPI recent updates for "
            + name.toUtf8() + "</title><link>https://pypi.org/project/" + name.toUtf8()
            + "/</link><description>Recent updates</description>"
              "<item><title>99.1.0</title><link>https://pypi.org/project/"
            + name.toUtf8()
            + "/99.1.0/</link><pubDate>Tue, 01 Dec 2026 10:00:00 GMT</pubDate></item>"
              "<item><title>99.0.0</title><link>https://pypi.org/project/"
            + name.toUtf8()
            + "/99.0.0/</link><pubDate>Sun, 01 Nov 2026 10:00:00 GMT</pubDate></item>"
              "</channel></rss>\n";
        const QByteArray json = R"({"info": {"name": ")" + name.toUtf8()
            + R"(", "version": "99.1.0"}, "releases": {)"
              R"("99.0.0": [{"yanked": false}], "99.1.0": [{"yanked": false}]}})";
        QVERIFY(writeFile(m_generated->filePath(feed.host() + feed.path()), rss));
        QVERIFY(writeFile(m_generated->filePath(u"pypi.org/pypi/"_s + normalized + u"/json"_s), json));
    }
}

void TestFollow::importsDependenciesAndJudgesThem()
{
    // A file that cannot be read imports nothing: exit 4, naming the file and the line.
    const QString broken = m_data->filePath(u"requirements.txt"_s);
    QVERIFY(writeFile(broken, "Django==4.2.11\n!!nonsense\n"));
    const Result refused = herald({u"--import-deps"_s, broken});
    QCOMPARE(refused.exitCode, 4);
    QVERIFY2(refused.err.contains("requirements.txt:2"), refused.err.constData());
    QCOMPARE(herald({u"--import-deps"_s, m_data->filePath(u"missing.txt"_s)}).exitCode, 4);
    QCOMPARE(sources().size(), 0);

    // A preview changes nothing.
    const Result preview = herald({u"--import-deps"_s, Webapp, u"--dry-run"_s});
    QVERIFY2(preview.exitCode == 0, preview.err.constData());
    QVERIFY2(preview.out.contains("Django 4.2.11: would follow pypi:django"), preview.out.constData());
    QVERIFY2(preview.out.contains(QByteArray("20 dependencies in " + Webapp.toUtf8() + " would be followed")),
        preview.out.constData());
    QCOMPARE(sources().size(), 0);

    importWebapp();
    const QJsonArray followed = sources();
    QCOMPARE(followed.size(), 20);
    QJsonObject django;
    for (const auto &source : followed) {
        QCOMPARE(source[u"kind"_s].toString(), u"pypi"_s);
        QCOMPARE(source[u"folder"_s].toString(), u"webapp"_s);
        if (source[u"identifier"_s].toString() == u"Django"_s) {
            django = source.toObject();
        }
    }
    QCOMPARE(django[u"usedVersion"_s].toString(), u"4.2.11"_s);
    QVERIFY2(
        django[u"usedIn"_s].toString().endsWith(u"pyproject.toml:9"_s), qPrintable(django[u"usedIn"_s].toString()));
    QCOMPARE(django[u"lifecycleProduct"_s].toString(), u"django"_s);

    // Importing again adds nothing.
    const Result again = herald({u"--import-deps"_s, Webapp});
    QVERIFY2(
        again.out.contains("0 dependencies from") && again.out.contains("20 followed already"), again.out.constData());

    const Result synced = herald({u"--sync"_s});
    QVERIFY2(synced.exitCode == 0, QByteArray(synced.out + synced.err).constData());
    QVERIFY2(served().contains(u"/endoflife.date/api/django.json 200"_s), qPrintable(served().join(u'\n')));

    // Django's series with endoflife.date's status by today's date, and the version used.
    const Result releases = herald({u"--releases"_s, u"--json"_s});
    QVERIFY2(releases.exitCode == 0, releases.err.constData());
    QJsonObject project;
    for (const auto &entry : QJsonDocument::fromJson(releases.out)[u"projects"_s].toArray()) {
        project = entry[u"project"_s].toString() == u"Django"_s ? entry.toObject() : project;
    }
    QVERIFY2(!project.isEmpty(), releases.out.constData());
    QCOMPARE(project[u"hasLifecycle"_s].toBool(), true);
    QHash<QString, QJsonObject> series;
    for (const auto &entry : project[u"series"_s].toArray()) {
        series.insert(entry[u"series"_s].toString(), entry[u"lifecycle"_s].toObject());
    }
    QCOMPARE(series.value(u"4.2"_s)[u"status"_s].toString(), u"end-of-life"_s);
    QCOMPARE(series.value(u"4.2"_s)[u"endOfLife"_s].toString(), u"2026-04-30"_s);
    QCOMPARE(series.value(u"5.2"_s)[u"status"_s].toString(), u"security"_s);
    QCOMPARE(series.value(u"5.2"_s)[u"lts"_s].toBool(), true);
    QCOMPARE(series.value(u"6.0"_s)[u"status"_s].toString(), u"prerelease"_s);
    const QJsonObject used = project[u"used"_s].toObject();
    QCOMPARE(used[u"version"_s].toString(), u"4.2.11"_s);
    QCOMPARE(used[u"verdict"_s].toString(), u"end-of-life"_s);
    // 4.2.27 was yanked: 4.2.26 is the newest of its series to move to.
    QCOMPARE(used[u"summary"_s].toString(),
        u"you use 4.2.11; 4.2.26 and 5.2.9 are out; 4.2 reached end of life on 2026-04-30"_s);

    const Result text = herald({u"--releases"_s});
    QVERIFY2(text.out.contains("! you use 4.2.11; 4.2.26 and 5.2.9 are out; 4.2 reached end of life on 2026-04-30"),
        text.out.constData());
    QVERIFY2(text.out.contains("5.2 — latest 5.2.9, security fixes only, LTS, end of life 2028-04-30"),
        text.out.constData());
    // An ended series says so once, and its yanked patch is not its latest.
    QVERIFY2(text.out.contains("4.2 — latest 4.2.26, end of life since 2026-04-30\n"), text.out.constData());

    // The project's own file: Django's series is past its end of life, so the check says 2.
    const Result checked = heraldWithoutPythons({u"--check"_s, u"--deps"_s, Webapp});
    QVERIFY2(checked.exitCode == 2, QByteArray(checked.out + checked.err).constData());
    QVERIFY2(checked.out.contains(QByteArray("Django 4.2.11  (" + Webapp.toUtf8() + ":9)")), checked.out.constData());
    QVERIFY2(
        checked.out.contains(QByteArray("requests  (" + Webapp.toUtf8() + ":10)\n    no version pinned or locked")),
        checked.out.constData());
    // A newer series alone is news, not a fault: only Django's ended series counts against it.
    QVERIFY2(checked.out.contains(QByteArray("12 dependencies of " + Webapp.toUtf8()
                 + " judged on 2026-12-06: 11 up to date, 0 behind, 1 past end of life; 8 not judged")),
        checked.out.constData());
}

void TestFollow::checksDependencyFiles_data()
{
    QTest::addColumn<QByteArray>("requirements");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("said");
    QTest::addColumn<QString>("fileName");
    QTest::newRow("up to date") << QByteArray("Django==5.2.9\n") << 0
                                << QByteArray("you use 5.2.9; 5.2 (LTS) gets security fixes until 2028-04-30")
                                << u"requirements.txt"_s;
    QTest::newRow("behind its series") << QByteArray("django==5.2.8  # pinned\n") << 1
                                       << QByteArray("! you use 5.2.8; 5.2.9 is out") << u"requirements.txt"_s;
    QTest::newRow("past its end of life")
        << QByteArray("DJANGO === 4.2.11\n") << 2 << QByteArray("4.2 reached end of life on 2026-04-30")
        << u"requirements.txt"_s;
    QTest::newRow("not followed: nothing to judge by")
        << QByteArray("flask==3.0.0\n") << 3 << QByteArray("not followed: herald --import-deps follows it")
        << u"requirements.txt"_s;
    QTest::newRow("one judged, one not") << QByteArray("flask==3.0.0\ndjango==5.2.9\n") << 0
                                         << QByteArray("1 dependency of") << u"requirements.txt"_s;
    QTest::newRow("nothing pinned") << QByteArray("django\n") << 0 << QByteArray("no version pinned or locked")
                                    << u"requirements.txt"_s;
    QTest::newRow("a broken line") << QByteArray("Django==4.2.11\n!!nonsense\n") << 4
                                   << QByteArray("requirements.txt:2") << u"requirements.txt"_s;
    // A lock file: the version it locks is the one used.
    QTest::newRow("uv.lock") << QByteArray("version = 1\nrequires-python = \">=3.11\"\n\n"
                                           "[[package]]\nname = \"webapp\"\nversion = \"1.0\"\n"
                                           "source = { editable = \".\" }\ndependencies = [{ name = \"django\" }]\n\n"
                                           "[[package]]\nname = \"django\"\nversion = \"4.2.11\"\n"
                                           "source = { registry = \"https://pypi.org/simple\" }\n")
                             << 2 << QByteArray("4.2 reached end of life on 2026-04-30") << u"uv.lock"_s;
}

void TestFollow::checksDependencyFiles()
{
    QFETCH(QByteArray, requirements);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, said);
    QFETCH(QString, fileName);
    QVERIFY(herald({u"--follow"_s, u"pypi:Django"_s}).exitCode == 0);
    QVERIFY(herald({u"--sync"_s}).exitCode == 0);
    const QString file = m_data->filePath(fileName);
    QVERIFY(writeFile(file, requirements));
    const Result checked = heraldWithoutPythons({u"--check"_s, u"--deps"_s, file});
    QVERIFY2(checked.exitCode == exitCode, QByteArray(checked.out + checked.err).constData());
    QVERIFY2(QByteArray(checked.out + checked.err).contains(said), QByteArray(checked.out + checked.err).constData());
    const Result json = heraldWithoutPythons({u"--check"_s, u"--json"_s, u"--deps"_s, file});
    QCOMPARE(json.exitCode, exitCode);
    if (exitCode != 4) {
        const QJsonObject document = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(document[u"exitCode"_s].toInt(), exitCode);
        QVERIFY(!document[u"dependencies"_s].toArray().isEmpty());
    }
}

void TestFollow::choosesALifecycle()
{
    QVERIFY(herald({u"--follow"_s, u"pypi:requests"_s}).exitCode == 0);
    const Result none = herald({u"--lifecycle"_s, u"none"_s, u"--source"_s, u"1"_s});
    QVERIFY2(none.exitCode == 0 && none.out.contains("requests has no lifecycle now."),
        QByteArray(none.out + none.err).constData());
    QVERIFY(herald({u"--sync"_s}).exitCode == 0);
    QVERIFY2(!served().join(u'\n').contains(u"endoflife.date"_s), qPrintable(served().join(u'\n')));
    const Result chosen = herald({u"--lifecycle"_s, u"django"_s, u"--source"_s, u"1"_s});
    QVERIFY2(chosen.exitCode == 0 && chosen.out.contains("judged by endoflife.date's django"),
        QByteArray(chosen.out + chosen.err).constData());
    QString product;
    for (const auto &source : sources()) {
        product = source[u"id"_s].toInt() == 1 ? source[u"lifecycleProduct"_s].toString() : product;
    }
    QCOMPARE(product, u"django"_s);
    const Result refused = herald({u"--lifecycle"_s, u"../../etc"_s, u"--source"_s, u"1"_s});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("is no endoflife.date product name"), refused.err.constData());
    const Result needsSource = herald({u"--lifecycle"_s, u"django"_s});
    QVERIFY(needsSource.exitCode != 0);
    QVERIFY2(needsSource.err.contains("--lifecycle needs --source"), needsSource.err.constData());
}

QTEST_GUILESS_MAIN(TestFollow)
#include "tst_follow.moc"
