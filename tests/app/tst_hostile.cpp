// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Hostile content end to end: the real herald, traced with strace, syncs and shows posts a
// fixture server makes to read local files, reach this machine's services, exhaust memory
// and freeze the reader. Nothing local may be opened, no address but the server's contacted,
// memory stays bounded, and every command ends in bounded time with the truth in its exit code.
#include "fixtureserver.h"
#include "fixtureset.h"
#include "testimages.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using Herald::Test::Fault;
using Herald::Test::FixtureServer;

namespace {

/// The colours of the canary image on this machine, and of a remote image a post may show.
constexpr QRgb CanaryColour = 0xfffa03fa;
constexpr QRgb AllowedColour = 0xff00c8ff;

struct Run {
    int exitCode = -1;
    bool finished = false;
    QByteArray err;
    QString trace; ///< what strace saw: files opened, sockets connected
};

QByteArray png(QRgb colour)
{
    return Herald::Test::pngBytes(64, 64, QColor::fromRgb(colour));
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

int countPixels(const QImage &image, QRgb colour)
{
    int count = 0;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        count += int(std::count(line, line + rgb.width(), colour));
    }
    return count;
}

} // namespace

class TestHostile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void syncRefusesAnEndlessPostAndSaysSo();
    void showsHostilePosts_data();
    void showsHostilePosts();
    void nothingLocalWasOpenedOrContacted();
    void memoryStayedBounded();

private:
    Run herald(const QStringList &arguments, const QString &traceName);
    void addPost(QJsonArray &index, const QString &slug, const QString &title, const QString &markdown);

    QTemporaryDir m_work;
    QString m_canary; ///< a folder of local files no post may make Herald open
    QString m_strace;
    FixtureServer m_server;
    FixtureServer m_trap; ///< this machine's services: no request may reach it
    QProcessEnvironment m_env;
    QStringList m_traces;
};

void TestHostile::addPost(QJsonArray &index, const QString &slug, const QString &title, const QString &markdown)
{
    index.append(QJsonObject {{u"id"_s, slug}, {u"url"_s, QString(u"/2026/11/"_s + slug)}, {u"title"_s, title},
        {u"description"_s, u"Hostile."_s}, {u"author"_s, u"Mallory"_s}, {u"date"_s, u"2026-11-30T00:00:00.000Z"_s},
        {u"tags"_s, QJsonArray {u"releases"_s}}});
    const QString path = m_work.filePath(
        u"served/raw.githubusercontent.com/python/python-insider-blog/main/content/posts/%1/index.md"_s.arg(slug));
    QVERIFY(writeFile(path,
        (u"---\ntitle: '%1'\npublishDate: '2026-11-30'\nauthor: Mallory\n---\n\n"_s.arg(title) + markdown).toUtf8()));
}

void TestHostile::initTestCase()
{
    QVERIFY(m_work.isValid());
    if (qEnvironmentVariableIsSet("HERALD_KEEP_WORK")) { // to look at the traces and screenshots
        m_work.setAutoRemove(false);
        qInfo("work in %s", qPrintable(m_work.path()));
    }
    m_strace = QStandardPaths::findExecutable(u"strace"_s);
    QVERIFY2(!m_strace.isEmpty(), "strace is in the build root (scripts/buildroot/packages.txt)");

    // The canary: a local image and a text file, under a name no other path holds.
    m_canary = m_work.filePath(u"herald-canary-7f3a"_s);
    QVERIFY(writeFile(m_canary + u"/secret.png"_s, png(CanaryColour)));
    QVERIFY(writeFile(m_canary + u"/notes.txt"_s, "secret\n"));

    QVERIFY(m_trap.listen());
    const QString trap = u"127.0.0.1:%1"_s.arg(m_trap.port());
    const QString served = m_work.filePath(u"served"_s);
    QVERIFY(QDir().mkpath(served)); // before addRoot(), which keeps the canonical path
    m_server.addRoot(served);
    m_server.addRoot(Herald::Test::archiveDirectory());
    QVERIFY(m_server.listen());

    // Images: an allowed one, SVGs that name the canary directly and from inside a data: URL.
    QVERIFY(writeFile(served + u"/img.example/ok.png"_s, png(AllowedColour)));
    const QString local = u"file://%1/secret.png"_s.arg(m_canary);
    const QByteArray inner
        = u"<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
          u"width=\"64\" height=\"64\"><image width=\"64\" height=\"64\" href=\"%1\"/>"
          u"<image width=\"64\" height=\"64\" xlink:href=\"%2/secret.png\"/></svg>"_s.arg(local, m_canary)
              .toUtf8();
    QVERIFY(writeFile(served + u"/img.example/direct.svg"_s, inner));
    QVERIFY(writeFile(served + u"/img.example/nested.svg"_s,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"64\" height=\"64\"><image width=\"64\" height=\"64\" "
        "href=\"data:image/svg+xml;base64,"
            + inner.toBase64() + "\"/></svg>"));
    // Redirects from the public image host into this machine, and bodies that never end.
    m_server.setRedirect(u"/img.example/to-trap.png"_s, u"http://%1/x.png"_s.arg(trap), 302);
    m_server.setRedirect(u"/img.example/to-trap-tls.png"_s, u"https://%1/x.png"_s.arg(trap), 302);
    m_server.setRedirect(u"/img.example/to-localhost.png"_s, u"https://localhost:%1/x.png"_s.arg(m_trap.port()), 307);
    m_server.setFault(u"/img.example/endless.png"_s, *Fault::parse(u"stream:1073741824"_s));
    m_server.setFault(u"/img.example/trickle.png"_s, *Fault::parse(u"trickle:300"_s));

    QFile indexFile(Herald::Test::archiveDirectory() + u"/blog.python.org/search-index.json"_s);
    QVERIFY(indexFile.open(QIODevice::ReadOnly));
    QJsonArray index = QJsonDocument::fromJson(indexFile.readAll()).array();
    QVERIFY(!index.isEmpty());
    const QString file = m_canary + u"/secret.png"_s;
    addPost(index, u"hostile-local-files"_s, u"Local files"_s,
        u"![ok](https://img.example/ok.png)\n\n"
        u"![a](file://%1) ![b](%1) ![c](../../../../../../../../..%1) ![d](qrc:/icons/herald.svg)\n\n"
        u"<img src=\"file://%1\"> <img src=\"%1\" srcset=\"%1 2x\">\n\n"
        u"<div style=\"background-image: url(file://%1)\">styled</div>\n\n"
        u"<table background=\"%1\"><tr><td background=\"%1\">cell</td></tr></table>\n\n"
        u"![svg](https://img.example/direct.svg) ![nested](https://img.example/nested.svg)\n\n"
        u"[a link](file://%2/notes.txt) <a href=\"%2/notes.txt\">another</a>\n"_s.arg(file, m_canary));
    if (QTest::currentTestFailed()) {
        return;
    }
    addPost(index, u"hostile-local-network"_s, u"Local network"_s,
        u"![ok](https://img.example/ok.png)\n\n"
        u"![a](http://%1/a.png) ![b](http://localhost:%2/b.png) ![c](http://x.localhost:%2/c.png)\n\n"
        u"![d](http://[::ffff:127.0.0.1]:%2/d.png) ![e](http://ip6-localhost:%2/e.png) ![f](http://[::1]:%2/f.png)\n\n"
        u"![g](https://img.example/to-trap.png) ![h](https://img.example/to-trap-tls.png) "
        u"![i](https://img.example/to-localhost.png)\n"_s.arg(trap)
            .arg(m_trap.port()));
    addPost(index, u"hostile-endless-images"_s, u"Endless images"_s,
        u"![ok](https://img.example/ok.png) ![big](https://img.example/endless.png) "
        u"![slow](https://img.example/trickle.png)\n"_s);
    addPost(index, u"hostile-freeze"_s, u"Freeze"_s,
        QString(u"> "_s).repeated(25) + u"deep\n\n"_s + QString(u"*ab*cd"_s).repeated(100000) + u"\n\n"_s
            + QString(u"|c"_s).repeated(2000) + u"|\n"_s + QString(u"|-"_s).repeated(2000) + u"|\n"_s);
    // A post whose body never ends: the sync must stop reading it, and say so.
    addPost(index, u"hostile-endless-post"_s, u"Endless post"_s, u"never read"_s);
    m_server.setFault(u"/raw.githubusercontent.com/python/python-insider-blog/main/content/posts/"
                      u"hostile-endless-post/*"_s,
        *Fault::parse(u"stream:1073741824"_s));
    QVERIFY(writeFile(served + u"/blog.python.org/search-index.json"_s, QJsonDocument(index).toJson()));

    // A private home, remote images on, nothing of this machine's: no PATH to scan either.
    m_env = QProcessEnvironment::systemEnvironment();
    const QString home = m_work.filePath(u"home"_s);
    QDir().mkpath(home + u"/bin"_s);
    m_env.insert(u"HOME"_s, home);
    m_env.insert(u"PATH"_s, home + u"/bin"_s);
    m_env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    m_env.insert(u"XDG_CACHE_HOME"_s, home + u"/cache"_s);
    m_env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    m_env.insert(u"HERALD_TODAY"_s, u"2026-12-01"_s);
    m_env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    // LeakSanitizer cannot run under ptrace, and fails the run it cannot check; leaks are the
    // other tests' to find (tst_cli runs the same commands untraced under ASan).
    const QString asan = m_env.value(u"ASAN_OPTIONS"_s);
    m_env.insert(u"ASAN_OPTIONS"_s, (asan.isEmpty() ? QString() : asan + u':') + u"detect_leaks=0"_s);
    m_env.remove(u"DISPLAY"_s);
    m_env.remove(u"HERALD_URL_MAP"_s);
    QVERIFY(writeFile(home + u"/config/Herald/herald.conf"_s, "[reader]\nremoteImages=true\n"));
}

Run TestHostile::herald(const QStringList &arguments, const QString &traceName)
{
    const QString trace = m_work.filePath(traceName + u".trace"_s);
    QProcess process;
    process.setProcessEnvironment(m_env);
    process.start(m_strace,
        QStringList {u"-f"_s, u"-qq"_s, u"-e"_s, u"trace=open,openat,openat2,creat,connect"_s, u"-o"_s, trace,
            QStringLiteral(HERALD_EXECUTABLE), u"--data-dir"_s, m_work.filePath(u"data"_s), u"--url-map"_s,
            m_server.httpsUrlMap()}
            + arguments);
    Run run;
    // The servers live on this thread: spin its event loop until herald is done. Bounded:
    // a command that hangs fails here.
    QDeadlineTimer deadline(180000);
    while (process.state() != QProcess::NotRunning && !deadline.hasExpired()) {
        QTest::qWait(20);
    }
    run.finished = process.state() == QProcess::NotRunning;
    if (!run.finished) {
        process.kill();
        process.waitForFinished();
    }
    run.exitCode = process.exitCode();
    run.err = process.readAllStandardError();
    QFile log(trace);
    if (log.open(QIODevice::ReadOnly)) {
        run.trace = QString::fromUtf8(log.readAll());
    }
    m_traces << run.trace;
    return run;
}

void TestHostile::syncRefusesAnEndlessPostAndSaysSo()
{
    const Run run = herald({u"--sync"_s}, u"sync"_s);
    QVERIFY2(run.finished, "herald --sync did not finish in 3 minutes");
    // One post could not be stored: the sync says which and why, and exits 1.
    QVERIFY2(run.exitCode == 1, run.err.constData());
    QVERIFY2(run.err.contains("hostile-endless-post") && run.err.contains("larger than"), run.err.constData());
    QVERIFY(!run.trace.isEmpty());
}

void TestHostile::showsHostilePosts_data()
{
    QTest::addColumn<QString>("slug");
    QTest::addColumn<int>("allowedPixels"); // at least: the allowed image is shown
    QTest::newRow("local files") << u"hostile-local-files"_s << 64 * 64;
    QTest::newRow("local network") << u"hostile-local-network"_s << 64 * 64;
    QTest::newRow("endless images") << u"hostile-endless-images"_s << 64 * 64;
    QTest::newRow("freeze") << u"hostile-freeze"_s << 0;
}

void TestHostile::showsHostilePosts()
{
    QFETCH(QString, slug);
    QFETCH(int, allowedPixels);
    const QString shot = m_work.filePath(slug + u".png"_s);
    const Run run
        = herald({u"--screenshot"_s, shot, u"--show"_s, slug, u"--size"_s, u"1200x2000"_s, u"--theme"_s, u"light"_s},
            u"show-"_s + slug);
    QVERIFY2(run.finished, "the screenshot did not finish in 3 minutes");
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QImage image(shot);
    QVERIFY(!image.isNull());
    // Remote images were on and shown (so their absence below means something), and no pixel
    // of the local canary ever reached the screen.
    QVERIFY2(countPixels(image, AllowedColour) >= allowedPixels,
        qPrintable(u"%1 pixels of the allowed image"_s.arg(countPixels(image, AllowedColour))));
    QCOMPARE(countPixels(image, CanaryColour), 0);
}

void TestHostile::nothingLocalWasOpenedOrContacted()
{
    QVERIFY(m_traces.size() >= 5);
    const QString canaryName = QFileInfo(m_canary).fileName();
    static const QRegularExpression inet(uR"(connect\(\d+, \{sa_family=AF_INET6?, [^}]*\})"_s);
    static const QRegularExpression port(uR"(htons\((\d+)\))"_s);
    int connects = 0;
    for (const QString &trace : std::as_const(m_traces)) {
        for (const QStringView line : QStringView(trace).split(u'\n')) {
            QVERIFY2(!line.contains(canaryName), qPrintable(u"a local file was opened: "_s + line.toString()));
        }
        for (const QRegularExpressionMatch &match : inet.globalMatch(trace)) {
            ++connects;
            const QRegularExpressionMatch which = port.match(match.captured(0));
            QVERIFY2(which.hasMatch() && which.captured(1).toUInt() == m_server.port(),
                qPrintable(u"an address other than the fixture server's was contacted: "_s + match.captured(0)));
        }
    }
    QVERIFY2(connects > 0, "strace saw no connection at all: the trace proves nothing");
    QCOMPARE(m_trap.requestCount(), 0);
}

void TestHostile::memoryStayedBounded()
{
    // The largest any child (strace, and herald under it) ever was. A 1 GB image or post read
    // whole would be far beyond; sanitizers double what Herald needs.
#if defined(__SANITIZE_ADDRESS__)
    constexpr long boundMiB = 1024;
#else
    constexpr long boundMiB = 400;
#endif
    rusage usage {};
    QCOMPARE(getrusage(RUSAGE_CHILDREN, &usage), 0);
    const long peakMiB = usage.ru_maxrss / 1024;
    qInfo("peak resident size of a herald run: %ld MiB", peakMiB);
    QVERIFY(peakMiB > 0);
    QVERIFY2(peakMiB < boundMiB, qPrintable(u"%1 MiB"_s.arg(peakMiB)));
}

QTEST_MAIN(TestHostile)
#include "tst_hostile.moc"
