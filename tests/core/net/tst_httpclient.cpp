// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The network layer against the loopback fixture server: every request goes out as the
// real https:// URL and reaches the server through the --url-map rewrite.
#include "core/about/projectinfo.h"
#include "core/net/httpclient.h"
#include "fixtureserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Herald::HttpClient;
using Herald::HttpRequest;
using Herald::HttpResponse;
using Herald::Test::Fault;
using Herald::Test::FixtureServer;

class TestHttpClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void fetchesThroughTheUrlMap();
    void conditionalGetDownloadsNoBody();
    void lastModifiedAloneAlsoRevalidates();
    void failures_data();
    void failures();
    void retriesTransientFailures_data();
    void retriesTransientFailures();
    void honoursRetryAfter();
    void reportsRetryAfterItWillNotWaitFor();
    void boundsConcurrencyPerHost();
    void followsRedirectsButNotLoops();
    void resolvesAgainstContentLocation_data();
    void resolvesAgainstContentLocation();
    void dropsCallbacksOfDeadContexts();
    void cancelAbortsEverythingOfAContext();
    void capsABodySentWithoutALength();
    void readsRetryAfter_data();
    void readsRetryAfter();
    void givesUpOnATricklingServer();
    void refusesRedirectsIntoTheLocalNetwork_data();
    void refusesRedirectsIntoTheLocalNetwork();
    void contentNeverReachesLocalNames_data();
    void contentNeverReachesLocalNames();
    void refusesNamesThatResolveToLocalAddresses_data();
    void refusesNamesThatResolveToLocalAddresses();
    void connectsToTheAddressItChecked();
    void followsContentRedirectsAcrossPublicOrigins();
    void fetchesAPinnedAddressUnderItsName();
    void aRedirectHopIsPinnedToo();

private:
    HttpResponse fetch(const QString &url, HttpRequest request = {});

    QTemporaryDir m_dir;
    QByteArray m_feed;
    FixtureServer *m_server = nullptr;
    HttpClient *m_client = nullptr;
};

void TestHttpClient::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QDir(m_dir.path()).mkpath(u"blog.python.org"_s);
    m_feed = QByteArray("<rss version=\"2.0\"><channel><title>Feed</title></channel></rss>\n").repeated(500);
    QFile file(m_dir.filePath(u"blog.python.org/rss.xml"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_feed);
}

void TestHttpClient::init()
{
    delete m_client;
    delete m_server;
    m_server = new FixtureServer(this);
    m_server->addRoot(m_dir.path());
    QVERIFY(m_server->listen());
    Herald::UrlMap map;
    QVERIFY(map.addRule(m_server->httpsUrlMap()));
    m_client = new HttpClient(map, this);
    m_client->setBackoffBase(50ms);
}

HttpResponse TestHttpClient::fetch(const QString &url, HttpRequest request)
{
    request.url = QUrl(url);
    std::optional<HttpResponse> result;
    m_client->get(request, this, [&result](const HttpResponse &response) { result = response; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000); }();
    return result.value_or(HttpResponse {});
}

void TestHttpClient::fetchesThroughTheUrlMap()
{
    const HttpResponse response = fetch(u"https://blog.python.org/rss.xml"_s);
    QVERIFY2(response.ok(), qPrintable(response.error));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, m_feed);
    QVERIFY(!response.etag.isEmpty());
    QVERIFY(!response.lastModified.isEmpty());
    QCOMPARE(response.maxAgeSeconds, std::optional<int>(600));
    QCOMPARE(response.url, QUrl(u"https://blog.python.org/rss.xml"_s));
    QCOMPARE(response.finalUrl, response.url); // not the loopback server standing in for it
    QCOMPARE(response.baseUrl(), response.url);
    const auto served = m_server->requests().constFirst();
    QCOMPARE(served.path, u"/blog.python.org/rss.xml"_s);
    QVERIFY(served.headers.value("user-agent")
            .startsWith(QByteArray("Herald/" + Herald::ProjectInfo::version().toLatin1())));
    QVERIFY(served.headers.value("accept-encoding").contains("gzip"));
    QVERIFY(served.bodyBytes < m_feed.size()); // it travelled compressed
}

void TestHttpClient::conditionalGetDownloadsNoBody()
{
    const HttpResponse first = fetch(u"https://blog.python.org/rss.xml"_s);
    HttpRequest again;
    again.etag = first.etag;
    again.lastModified = first.lastModified;
    const HttpResponse second = fetch(u"https://blog.python.org/rss.xml"_s, again);
    QVERIFY2(second.ok(), qPrintable(second.error));
    QVERIFY(second.notModified);
    QCOMPARE(second.status, 304);
    QVERIFY(second.body.isEmpty());
    QCOMPARE(m_server->requests().constLast().headers.value("if-none-match"), first.etag);
    QCOMPARE(m_server->bodiesServed(), 1);
    QCOMPARE(m_client->bodiesReceived(), 1);
}

void TestHttpClient::lastModifiedAloneAlsoRevalidates()
{
    const HttpResponse first = fetch(u"https://blog.python.org/rss.xml"_s);
    HttpRequest again;
    again.lastModified = first.lastModified;
    QVERIFY(fetch(u"https://blog.python.org/rss.xml"_s, again).notModified);
    QCOMPARE(m_server->requests().constLast().headers.value("if-modified-since"), first.lastModified);
}

void TestHttpClient::failures_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<qint64>("maxBytes");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("attempts");

    const qint64 big = 5'000'000;
    QTest::newRow("404 is not retried") << u"status:404"_s << big << 5000 << u"HTTP 404 Not Found"_s << 1;
    QTest::newRow("500 every time") << u"status:500"_s << big << 5000 << u"HTTP 500"_s << 3;
    QTest::newRow("oversized body") << u"oversize:6000000"_s << big << 5000 << u"larger than the 5 MB limit"_s << 1;
    QTest::newRow("oversized after inflating") << QString() << qint64(1000) << 5000 << u"larger than"_s << 1;
    QTest::newRow("hang times out") << u"hang"_s << big << 300 << u"timed out"_s << 3;
    QTest::newRow("truncated body") << u"truncate"_s << big << 5000 << u"Could not fetch"_s << 3;
    QTest::newRow("connection reset") << u"reset"_s << big << 5000 << u"Could not fetch"_s << 3;
}

void TestHttpClient::failures()
{
    QFETCH(QString, fault);
    QFETCH(qint64, maxBytes);
    QFETCH(int, timeoutMs);
    QFETCH(QString, message);
    QFETCH(int, attempts);
    if (!fault.isEmpty()) {
        m_server->setFault(u"*/rss.xml"_s, *Fault::parse(fault));
    }
    HttpRequest request;
    request.maxBytes = maxBytes;
    request.timeout = std::chrono::milliseconds(timeoutMs);
    const HttpResponse response = fetch(u"https://blog.python.org/rss.xml"_s, request);
    QVERIFY(!response.ok());
    QVERIFY2(response.error.contains(message), qPrintable(response.error));
    QVERIFY2(response.error.contains(u"blog.python.org/rss.xml"_s), qPrintable(response.error));
    QVERIFY(response.body.isEmpty());
    QCOMPARE(response.attempts, attempts);
    if (fault == u"reset"_s) {
        // QNetworkAccessManager itself resends once when a kept-alive connection is reset.
        QVERIFY(m_server->requestCount() >= attempts);
    } else {
        QCOMPARE(m_server->requestCount(), attempts);
    }
}

void TestHttpClient::retriesTransientFailures_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("attempts");
    QTest::newRow("500 once") << u"status:500x1"_s << 2;
    QTest::newRow("503 twice") << u"status:503x2"_s << 3;
    QTest::newRow("truncated once") << u"truncatex1"_s << 2;
    // QNetworkAccessManager resends by itself when a kept-alive connection is reset.
    QTest::newRow("reset once") << u"resetx1"_s << 1;
}

void TestHttpClient::retriesTransientFailures()
{
    QFETCH(QString, fault);
    QFETCH(int, attempts);
    const auto parsed = Fault::parse(fault);
    QVERIFY(parsed);
    m_server->setFault(u"*/rss.xml"_s, *parsed);
    const HttpResponse response = fetch(u"https://blog.python.org/rss.xml"_s);
    QVERIFY2(response.ok(), qPrintable(response.error));
    QCOMPARE(response.body, m_feed);
    QCOMPARE(response.attempts, attempts);
    QCOMPARE(m_server->requests().constLast().status, 200);
}

void TestHttpClient::honoursRetryAfter()
{
    m_server->setFault(u"*/rss.xml"_s, *Fault::parse(u"429:1x1"_s));
    QElapsedTimer timer;
    timer.start();
    const HttpResponse response = fetch(u"https://blog.python.org/rss.xml"_s);
    QVERIFY2(response.ok(), qPrintable(response.error));
    QCOMPARE(response.attempts, 2);
    QVERIFY2(timer.elapsed() >= 1000, "the retry came before Retry-After allowed it");
}

void TestHttpClient::reportsRetryAfterItWillNotWaitFor()
{
    m_server->setFault(u"*/rss.xml"_s, *Fault::parse(u"503:3600"_s));
    const HttpResponse response = fetch(u"https://blog.python.org/rss.xml"_s);
    QVERIFY(!response.ok());
    QCOMPARE(response.status, 503);
    QCOMPARE(response.retryAfterSeconds, std::optional<int>(3600));
    QCOMPARE(response.attempts, 1);
}

void TestHttpClient::boundsConcurrencyPerHost()
{
    m_client->setMaxConnectionsPerHost(3);
    m_server->setFault(u"*"_s, *Fault::parse(u"delay:100"_s));
    int peak = 0;
    connect(m_client, &HttpClient::inFlightChanged, this,
        [&peak](const QString &, int count) { peak = std::max(peak, count); });
    int done = 0;
    for (int i = 0; i < 10; ++i) {
        HttpRequest request;
        request.url = QUrl(u"https://blog.python.org/rss.xml?n=%1"_s.arg(i));
        m_client->get(request, this, [&done](const HttpResponse &response) { done += response.ok() ? 1 : 0; });
    }
    QTRY_COMPARE_WITH_TIMEOUT(done, 10, 10000);
    QCOMPARE(peak, 3);
    QCOMPARE(m_client->inFlight(u"blog.python.org"_s), 0);
}

void TestHttpClient::followsRedirectsButNotLoops()
{
    m_server->setRedirect(u"/blog.python.org/feeds/posts/default"_s, u"/blog.python.org/rss.xml"_s);
    const HttpResponse moved = fetch(u"https://blog.python.org/feeds/posts/default"_s);
    QVERIFY2(moved.ok(), qPrintable(moved.error));
    QCOMPARE(moved.body, m_feed);
    // Relative links in the body are the redirect target's.
    QCOMPARE(moved.finalUrl, QUrl(u"https://blog.python.org/rss.xml"_s));
    QCOMPARE(moved.baseUrl(), QUrl(u"https://blog.python.org/rss.xml"_s));

    m_server->setRedirect(u"/loop/a"_s, u"/loop/b"_s);
    m_server->setRedirect(u"/loop/b"_s, u"/loop/a"_s);
    const HttpResponse loop = fetch(u"https://loop/a"_s);
    QVERIFY(!loop.ok());
    QCOMPARE(loop.attempts, 1);
}

void TestHttpClient::resolvesAgainstContentLocation_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QUrl>("base");
    QTest::newRow("relative") << QByteArray("Content-Location: /blog.python.org/2026/feed.xml")
                              << QUrl(u"https://blog.python.org/blog.python.org/2026/feed.xml"_s);
    QTest::newRow("absolute, same origin") << QByteArray("Content-Location: https://blog.python.org/feeds/rss.xml")
                                           << QUrl(u"https://blog.python.org/feeds/rss.xml"_s);
    QTest::newRow("another host is no base") << QByteArray("Content-Location: https://mirror.example/feeds/rss.xml")
                                             << QUrl(u"https://blog.python.org/rss.xml"_s);
    QTest::newRow("a local address is no base")
        << QByteArray("Content-Location: https://10.0.0.5/rss.xml") << QUrl(u"https://blog.python.org/rss.xml"_s);
    QTest::newRow("plain http is no base")
        << QByteArray("Content-Location: http://blog.python.org/rss.xml") << QUrl(u"https://blog.python.org/rss.xml"_s);
    QTest::newRow("a local file is no base")
        << QByteArray("Content-Location: file:///etc/passwd") << QUrl(u"https://blog.python.org/rss.xml"_s);
    QTest::newRow("none") << QByteArray("X-Other: 1") << QUrl(u"https://blog.python.org/rss.xml"_s);
}

void TestHttpClient::resolvesAgainstContentLocation()
{
    QFETCH(QByteArray, field);
    QFETCH(QUrl, base);
    m_server->addHeader(u"/blog.python.org/rss.xml"_s, field);
    const HttpResponse response = fetch(u"https://blog.python.org/rss.xml"_s);
    QVERIFY2(response.ok(), qPrintable(response.error));
    QCOMPARE(response.baseUrl(), base);
}

void TestHttpClient::dropsCallbacksOfDeadContexts()
{
    auto *context = new QObject(this);
    bool called = false;
    HttpRequest request;
    request.url = QUrl(u"https://blog.python.org/rss.xml"_s);
    m_client->get(request, context, [&called](const HttpResponse &) { called = true; });
    delete context;
    QTRY_COMPARE(m_client->inFlight(u"blog.python.org"_s), 0);
    QTest::qWait(50); // the answer has arrived; give a wrongly kept callback the chance to run
    QVERIFY(!called);
}

void TestHttpClient::cancelAbortsEverythingOfAContext()
{
    // Two hang under way, one waits for a slot, one waits to retry; another context's request
    // carries on. After cancel() no callback of the first runs and every slot is free again.
    m_client->setMaxConnectionsPerHost(2);
    m_client->setBackoffBase(100ms);
    m_server->setFault(u"*/hang*"_s, *Fault::parse(u"hang"_s));
    m_server->setFault(u"*/retry*"_s, *Fault::parse(u"status:503"_s));
    QObject sync;
    int called = 0;
    const auto request = [](const QString &url) {
        HttpRequest patient;
        patient.url = QUrl(url);
        patient.timeout = 60s;
        return patient;
    };
    m_client->get(request(u"https://retry.example/retry"_s), &sync, [&called](const HttpResponse &) { ++called; });
    for (int i = 0; i < 3; ++i) {
        m_client->get(request(u"https://blog.python.org/hang?n=%1"_s.arg(i)), &sync,
            [&called](const HttpResponse &) { ++called; });
    }
    std::optional<HttpResponse> other;
    QTRY_COMPARE(m_client->inFlight(u"blog.python.org"_s), 2);
    // The 503 came back, and the request waits to retry.
    QTRY_VERIFY(std::any_of(m_server->requests().cbegin(), m_server->requests().cend(),
        [](const auto &served) { return served.path.contains(u"retry"_s); }));
    QTRY_COMPARE(m_client->inFlight(u"retry.example"_s), 0);
    QCOMPARE(m_client->cancel(&sync), 4);
    QTRY_COMPARE(m_client->inFlight(u"blog.python.org"_s), 0);
    m_client->get(request(u"https://blog.python.org/rss.xml"_s), this,
        [&other](const HttpResponse &response) { other = response; });
    QTRY_VERIFY(other.has_value());
    QVERIFY2(other->ok(), qPrintable(other->error));
    QTest::qWait(400); // past the retry's backoff: a wrongly kept job would be sent again
    QCOMPARE(called, 0);
    QCOMPARE(m_client->inFlight(u"retry.example"_s), 0);
    for (const auto &served : m_server->requests()) {
        QVERIFY2(!served.path.contains(u"hang?n=2"_s), "the queued request was sent after all");
    }
    QCOMPARE(std::count_if(m_server->requests().cbegin(), m_server->requests().cend(),
                 [](const auto &served) { return served.path.contains(u"retry"_s); }),
        1);
    QCOMPARE(m_client->cancel(&sync), 0);
}

namespace {

/// A line of /proc/self/status in KiB ("VmRSS", "VmHWM"); 0 where there is none.
qint64 procStatusKiB(const QByteArray &name)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(name + ':'))) {
            return line.mid(name.size() + 1).trimmed().split(' ').constFirst().toLongLong();
        }
    }
    return 0;
}

} // namespace

void TestHttpClient::capsABodySentWithoutALength()
{
    if (!QFile::exists(u"/proc/self/status"_s)) {
        QSKIP("measures memory through /proc (Linux)");
    }
    // 1 GB with no Content-Length and Connection: close, from a server process that sends as
    // fast as the socket takes it: the cap must stop the transfer, not only the answer once
    // everything has been read into memory.
    QProcess server;
    const QString portFile = m_dir.filePath(u"stream-port"_s);
    QFile::remove(portFile);
    server.start(QStringLiteral(HERALD_FIXTURE_SERVER),
        {u"--root"_s, m_dir.path(), u"--port-file"_s, portFile, u"--fault"_s, u"/endless/*=stream:1073741824"_s});
    QVERIFY(server.waitForStarted());
    QTRY_VERIFY(QFileInfo(portFile).size() > 0);
    QFile port(portFile);
    QVERIFY(port.open(QIODevice::ReadOnly));
    Herald::UrlMap map;
    QVERIFY(map.addRule(u"https://=http://127.0.0.1:"_s + QString::fromLatin1(port.readAll().trimmed()) + u'/'));
    HttpClient client(map);
    HttpRequest request;
    request.url = QUrl(u"https://endless/big"_s);
    request.maxBytes = 1024 * 1024;
    request.maxAttempts = 1;
    // Start the peak afresh (Linux: "5" resets VmHWM to the current size).
    QFile clear(u"/proc/self/clear_refs"_s);
    if (!clear.open(QIODevice::WriteOnly) || clear.write("5") != 1) {
        QSKIP("cannot reset the peak resident size here (/proc/self/clear_refs)");
    }
    clear.close();
    const qint64 before = procStatusKiB("VmRSS");
    if (before == 0 || procStatusKiB("VmHWM") > before + 8 * 1024) {
        QSKIP("the peak resident size is not measurable here");
    }
    std::optional<HttpResponse> result;
    client.get(request, this, [&result](const HttpResponse &response) { result = response; });
    QTRY_VERIFY(server.state() == QProcess::Running && client.inFlight(u"endless"_s) == 1);
    // The window's thread is busy now and then (laying out a long post): meanwhile nothing
    // may pile up. This sleep stands for that work; it waits for nothing.
    QTest::qWait(100);
    QThread::msleep(1500);
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 60000);
    const qint64 peak = procStatusKiB("VmHWM");
    server.kill();
    server.waitForFinished();
    QVERIFY(!result->ok());
    QVERIFY2(result->error.contains(u"larger than"_s), qPrintable(result->error));
    QVERIFY(result->body.isEmpty());
    qInfo("resident memory grew by %lld KiB", peak - before);
    // The cap, the read buffer and a little: never the stream.
    QVERIFY2(peak - before < 64 * 1024, qPrintable(u"resident memory grew by %1 MiB"_s.arg((peak - before) / 1024)));
}

void TestHttpClient::readsRetryAfter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("atLeast");
    QTest::addColumn<int>("atMost"); // -1: no value at all
    constexpr int Year = 365 * 24 * 3600;
    QTest::newRow("seconds") << QByteArray("120") << 120 << 120;
    QTest::newRow("zero") << QByteArray("0") << 0 << 0;
    // Far away stays far away (it used to wrap round, or be ignored, and come back in a second).
    QTest::newRow("more seconds than an int") << QByteArray("99999999999") << Year << Year;
    QTest::newRow("absurdly many digits") << QByteArray("9999999999999999999999999") << Year << Year;
    QTest::newRow("a date in the year 9999") << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT") << Year << Year;
    QTest::newRow("a date past") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << 0 << 0;
    QTest::newRow("negative") << QByteArray("-5") << 0 << -1;
    QTest::newRow("garbage") << QByteArray("soon") << 0 << -1;
}

void TestHttpClient::readsRetryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(int, atLeast);
    QFETCH(int, atMost);
    const std::optional<int> seconds = HttpClient::parseRetryAfter(header);
    if (atMost < 0) {
        QVERIFY(!seconds);
        return;
    }
    QVERIFY(seconds);
    QVERIFY2(*seconds >= atLeast && *seconds <= atMost, qPrintable(QString::number(*seconds)));
}

void TestHttpClient::givesUpOnATricklingServer()
{
    // One byte every 100 ms: the idle timeout never trips, the deadline does.
    m_server->setFault(u"/slow/*"_s, *Fault::parse(u"trickle:100"_s));
    HttpRequest request;
    request.timeout = 1s;
    request.deadline = 1500ms;
    request.maxAttempts = 1;
    QElapsedTimer timer;
    timer.start();
    const HttpResponse response = fetch(u"https://slow/drip"_s, request);
    QVERIFY(!response.ok());
    QVERIFY2(response.error.contains(u"took longer than 1.5 s"_s), qPrintable(response.error));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

void TestHttpClient::refusesRedirectsIntoTheLocalNetwork_data()
{
    QTest::addColumn<bool>("fromContent");
    QTest::newRow("an image a post names") << true;
    QTest::newRow("a configured public source") << false;
}

void TestHttpClient::refusesRedirectsIntoTheLocalNetwork()
{
    QFETCH(bool, fromContent);
    // A second server stands for a service on this machine; a public host redirects to it.
    FixtureServer local;
    local.addRoot(m_dir.path());
    QVERIFY(local.listen());
    // https, so that the refusal is for the address, not for a downgrade from https.
    const QString target = u"https://127.0.0.1:%1/blog.python.org/rss.xml"_s.arg(local.port());
    m_server->setRedirect(u"/images.example/a.png"_s, target, 302);
    HttpRequest request;
    request.fromContent = fromContent;
    request.maxAttempts = 1;
    const HttpResponse response = fetch(u"https://images.example/a.png"_s, request);
    QVERIFY(!response.ok());
    QVERIFY2(response.error.contains(u"local address"_s), qPrintable(response.error));
    QCOMPARE(local.requestCount(), 0);
    // Within one origin, redirects are followed as before.
    m_server->setRedirect(u"/images.example/b.png"_s, u"/blog.python.org/rss.xml"_s, 302);
    QVERIFY(fetch(u"https://images.example/b.png"_s, request).ok());
}

void TestHttpClient::contentNeverReachesLocalNames_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("localhost") << u"http://localhost:9/x.png"_s;
    QTest::newRow("a name under localhost") << u"http://router.localhost/x.png"_s;
    QTest::newRow("ip6-localhost") << u"http://ip6-localhost:9/x.png"_s;
    QTest::newRow("IPv6 loopback") << u"http://[::1]:9/x.png"_s;
    QTest::newRow("v4-mapped loopback") << u"http://[::ffff:127.0.0.1]:9/x.png"_s;
    QTest::newRow("private network") << u"http://192.168.1.1/x.png"_s;
}

void TestHttpClient::contentNeverReachesLocalNames()
{
    QFETCH(QString, url);
    // No --url-map here: the address is the content's own.
    HttpClient client;
    HttpRequest request;
    request.url = QUrl(url);
    request.fromContent = true;
    request.maxAttempts = 1;
    std::optional<HttpResponse> result;
    client.get(request, this, [&result](const HttpResponse &response) { result = response; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
    QVERIFY(!result->ok());
    QVERIFY2(result->error.contains(u"local address"_s), qPrintable(result->error));
    QCOMPARE(client.requestsSent(), 0);
}

void TestHttpClient::refusesNamesThatResolveToLocalAddresses_data()
{
    QTest::addColumn<QStringList>("addresses"); // what the name resolves to
    QTest::addColumn<bool>("byRedirect"); // reached through a public host's redirect
    for (const bool redirect : {false, true}) {
        const char *how = redirect ? ", by a redirect" : "";
        QTest::addRow("loopback%s", how) << QStringList {u"127.0.0.1"_s} << redirect;
        QTest::addRow("private network%s", how) << QStringList {u"10.1.2.3"_s} << redirect;
        QTest::addRow("IPv6 loopback%s", how) << QStringList {u"::1"_s} << redirect;
        QTest::addRow("v4-mapped private%s", how) << QStringList {u"::ffff:192.168.1.1"_s} << redirect;
        QTest::addRow("a public and a local answer%s", how) << QStringList {u"192.0.2.7"_s, u"127.0.0.1"_s} << redirect;
    }
}

void TestHttpClient::refusesNamesThatResolveToLocalAddresses()
{
    QFETCH(QStringList, addresses);
    QFETCH(bool, byRedirect);
    // A service on this machine; an attacker's name resolves to it.
    FixtureServer local;
    local.addRoot(m_dir.path());
    QVERIFY(local.listen());
    const QString inside = QString(byRedirect ? u"https"_s : u"http"_s)
        + u"://evil.example:%1/blog.python.org/rss.xml"_s.arg(local.port());
    QStringList asked;
    m_client->setResolver([&asked, addresses](const QString &host, const QObject *,
                              std::function<void(const QList<QHostAddress> &)> answer) {
        asked << host;
        QList<QHostAddress> found;
        for (const QString &address : addresses) {
            found << QHostAddress(address);
        }
        QTimer::singleShot(0, [answer, found] { answer(found); });
    });
    HttpRequest request;
    request.fromContent = true;
    request.maxAttempts = 1;
    QString url = inside;
    if (byRedirect) {
        // Only the public host stands in on the fixture server: evil.example is the content's.
        Herald::UrlMap map;
        QVERIFY(map.addRule(u"https://images.example/="_s + m_server->baseUrl().toString() + u"images.example/"_s));
        auto *client = new HttpClient(map, this);
        client->setResolver(m_client->resolver());
        delete m_client;
        m_client = client;
        m_server->setRedirect(u"/images.example/evil.png"_s, inside, 302);
        url = u"https://images.example/evil.png"_s;
    }
    const HttpResponse response = fetch(url, request);
    QVERIFY(!response.ok());
    QVERIFY2(response.error.contains(u"evil.example resolves to the local address"_s), qPrintable(response.error));
    QCOMPARE(asked, QStringList {u"evil.example"_s});
    QCOMPARE(local.requestCount(), 0);
}

void TestHttpClient::connectsToTheAddressItChecked()
{
    // A name that answers with a public address when checked and a local one after (DNS
    // rebinding) must never be looked up twice: the connection goes to the address checked.
    // Qt's own lookup would have failed here ("not found": nothing resolves offline).
    FixtureServer local;
    local.addRoot(m_dir.path());
    QVERIFY(local.listen());
    int asked = 0;
    m_client->setResolver(
        [&asked](const QString &, const QObject *, std::function<void(const QList<QHostAddress> &)> answer) {
            const QHostAddress address(++asked == 1 ? u"192.0.2.7"_s : u"127.0.0.1"_s);
            QTimer::singleShot(0, [answer, address] { answer({address}); });
        });
    HttpRequest request;
    request.fromContent = true;
    request.maxAttempts = 1;
    request.timeout = 1s;
    request.deadline = 2s;
    const HttpResponse response
        = fetch(u"http://rebind.example:%1/blog.python.org/rss.xml"_s.arg(local.port()), request);
    QVERIFY(!response.ok());
    QCOMPARE(asked, 1);
    QVERIFY2(!response.error.contains(u"not found"_s, Qt::CaseInsensitive), qPrintable(response.error));
    QCOMPARE(local.requestCount(), 0);
}

void TestHttpClient::followsContentRedirectsAcrossPublicOrigins()
{
    // Remote content's redirects are followed by hand: across public origins they still are,
    // within the redirect limit, and the answer is the last hop's.
    m_server->setRedirect(u"/images.example/hop.png"_s, u"https://cdn.example/next.png"_s, 302);
    m_server->setRedirect(u"/cdn.example/next.png"_s, u"https://blog.python.org/rss.xml"_s, 301);
    HttpRequest request;
    request.fromContent = true;
    request.maxAttempts = 1;
    const HttpResponse response = fetch(u"https://images.example/hop.png"_s, request);
    QVERIFY2(response.ok(), qPrintable(response.error));
    QCOMPARE(response.body, m_feed);
    QCOMPARE(response.attempts, 1);
    QCOMPARE(response.finalUrl, QUrl(u"https://blog.python.org/rss.xml"_s));
    // A loop ends at the limit, with a reason.
    m_server->setRedirect(u"/images.example/loop.png"_s, u"https://images.example/loop.png"_s, 302);
    const HttpResponse loop = fetch(u"https://images.example/loop.png"_s, request);
    QVERIFY(!loop.ok());
    QVERIFY2(loop.error.contains(u"redirects"_s), qPrintable(loop.error));
}

void TestHttpClient::fetchesAPinnedAddressUnderItsName()
{
    // Here 127.0.0.1 stands for a public address (the only one a test can connect to): the
    // request goes to the address the name was checked at, and the server sees the name.
    m_client->setLocalAddressRule([](const QHostAddress &address) { return address != QHostAddress::LocalHost; });
    int asked = 0;
    m_client->setResolver(
        [&asked](const QString &, const QObject *, std::function<void(const QList<QHostAddress> &)> answer) {
            ++asked;
            QTimer::singleShot(0, [answer] { answer({QHostAddress::LocalHost}); });
        });
    HttpRequest request;
    request.fromContent = true;
    request.maxAttempts = 1;
    const QString authority = u"pinned.example:%1"_s.arg(m_server->port());
    const HttpResponse response = fetch(u"http://%1/blog.python.org/rss.xml"_s.arg(authority), request);
    QVERIFY2(response.ok(), qPrintable(response.error));
    QCOMPARE(response.body, m_feed);
    QCOMPARE(asked, 1);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().constFirst().headers.value("host"), authority.toUtf8());
}

void TestHttpClient::aRedirectHopIsPinnedToo()
{
    // A public name redirects to another, which answers "public" when checked and "local"
    // after (DNS rebinding): each hop's name is asked once, and connected to as checked.
    // 127.0.0.1 stands for a public address, 127.0.0.2 for a local one.
    m_client->setLocalAddressRule([](const QHostAddress &address) { return address != QHostAddress::LocalHost; });
    QHash<QString, int> asked;
    m_client->setResolver(
        [&asked](const QString &host, const QObject *, std::function<void(const QList<QHostAddress> &)> answer) {
            const QHostAddress address(++asked[host] == 1 ? u"127.0.0.1"_s : u"127.0.0.2"_s);
            QTimer::singleShot(0, [answer, address] { answer({address}); });
        });
    m_server->setRedirect(u"/blog.python.org/hop.png"_s,
        u"http://second.example:%1/blog.python.org/rss.xml"_s.arg(m_server->port()), 302);
    HttpRequest request;
    request.fromContent = true;
    request.maxAttempts = 1;
    const HttpResponse response
        = fetch(u"http://first.example:%1/blog.python.org/hop.png"_s.arg(m_server->port()), request);
    QVERIFY2(response.ok(), qPrintable(response.error));
    QCOMPARE(response.body, m_feed);
    QCOMPARE(asked.value(u"first.example"_s), 1);
    QCOMPARE(asked.value(u"second.example"_s), 1);
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requests().last().headers.value("host"), u"second.example:%1"_s.arg(m_server->port()).toUtf8());
}

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
