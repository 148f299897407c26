// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The fixture server is what every network test stands on, so its HTTP semantics and each
// injected fault are checked here against a real QNetworkAccessManager and raw sockets.
#include "fixtureserver.h"
#include "fixtureset.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using Herald::Test::Fault;
using Herald::Test::FixtureServer;

class TestFixtureServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void servesFilesWithValidators();
    void conditionalRequests_data();
    void conditionalRequests();
    void gzipWhenAsked();
    void headHasNoBody();
    void followsRedirects();
    void layeredRootsPreferTheFirst();
    void neverServesOutsideTheRoot_data();
    void neverServesOutsideTheRoot();
    void injectedFaults_data();
    void injectedFaults();
    void faultsCanBeLimitedToSomeRequests();
    void hangAndResetAreRealSocketFaults();
    void countsTheRequestsHeldAtOncePerHost();
    void parsesFaultSpecs_data();
    void parsesFaultSpecs();
    void servesTheFixtures();

private:
    QNetworkReply *get(
        const QString &path, const QList<std::pair<QByteArray, QByteArray>> &headers = {}, int timeoutMs = 5000);
    QByteArray raw(const QByteArray &request);

    QTemporaryDir m_dir;
    QTemporaryDir m_outside;
    FixtureServer *m_server = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    QByteArray m_body;
};

void TestFixtureServer::initTestCase()
{
    QVERIFY(m_dir.isValid() && m_outside.isValid());
    m_body = QByteArray("<rss><channel><title>Fixture</title></channel></rss>\n").repeated(200);
    QDir(m_dir.path()).mkpath(u"example.org/feeds"_s);
    QFile feed(m_dir.filePath(u"example.org/feeds/rss.xml"_s));
    QVERIFY(feed.open(QIODevice::WriteOnly));
    feed.write(m_body);
    feed.close();
    QFile secret(m_outside.filePath(u"secret.txt"_s));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("TOP SECRET");
    secret.close();
    // A symlink inside the root that leads out of it.
    QVERIFY(QFile::link(m_outside.filePath(u"secret.txt"_s), m_dir.filePath(u"example.org/link.txt"_s)));
}

void TestFixtureServer::init()
{
    delete m_server;
    delete m_nam;
    m_server = new FixtureServer(this);
    m_server->addRoot(m_dir.path());
    QVERIFY(m_server->listen());
    m_nam = new QNetworkAccessManager(this);
}

QNetworkReply *TestFixtureServer::get(
    const QString &path, const QList<std::pair<QByteArray, QByteArray>> &headers, int timeoutMs)
{
    QNetworkRequest request(m_server->baseUrl().resolved(QUrl(path)));
    for (const auto &[name, value] : headers) {
        request.setRawHeader(name, value);
    }
    request.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = m_nam->get(request);
    reply->setParent(this);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished()) {
        finished.wait(timeoutMs + 2000);
    }
    return reply;
}

QByteArray TestFixtureServer::raw(const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    if (!socket.waitForConnected(2000)) {
        return {};
    }
    socket.write(request);
    QByteArray response;
    // The server runs on this thread's event loop, so spin it (never block) while waiting.
    // Every raw request says "Connection: close", so the answer ends when the socket does.
    std::ignore = QTest::qWaitFor(
        [&] {
            response += socket.readAll();
            return socket.state() != QAbstractSocket::ConnectedState;
        },
        3000);
    return response + socket.readAll();
}

void TestFixtureServer::servesFilesWithValidators()
{
    QNetworkReply *reply = get(u"/example.org/feeds/rss.xml?utm=ignored"_s);
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->readAll(), m_body);
    QVERIFY(reply->rawHeader("ETag").startsWith('"'));
    QVERIFY(reply->header(QNetworkRequest::LastModifiedHeader).toDateTime().isValid());
    QVERIFY(reply->header(QNetworkRequest::ContentTypeHeader).toString().startsWith(u"application/xml"_s));
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_server->requests().constFirst().path, u"/example.org/feeds/rss.xml"_s);
}

void TestFixtureServer::conditionalRequests_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("status");

    QTest::newRow("matching etag") << QByteArray("If-None-Match") << QByteArray("ETAG") << 304;
    QTest::newRow("weak matching etag") << QByteArray("If-None-Match") << QByteArray("W/ETAG") << 304;
    QTest::newRow("etag in a list") << QByteArray("If-None-Match") << QByteArray("\"zzz\", ETAG") << 304;
    QTest::newRow("other etag") << QByteArray("If-None-Match") << QByteArray("\"0000\"") << 200;
    QTest::newRow("modified since long ago")
        << QByteArray("If-Modified-Since") << QByteArray("Thu, 01 Jan 1998 00:00:00 GMT") << 200;
    QTest::newRow("not modified since now") << QByteArray("If-Modified-Since") << QByteArray("NOW") << 304;
    QTest::newRow("unreadable date") << QByteArray("If-Modified-Since") << QByteArray("yesterday") << 200;
}

void TestFixtureServer::conditionalRequests()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    QFETCH(int, status);

    QNetworkReply *first = get(u"/example.org/feeds/rss.xml"_s);
    const QByteArray etag = first->rawHeader("ETag");
    value.replace("ETAG", etag);
    value.replace("NOW",
        QLocale::c()
            .toString(QDateTime::currentDateTimeUtc().addSecs(5), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s)
            .toLatin1());
    QNetworkReply *second = get(u"/example.org/feeds/rss.xml"_s, {{header, value}});
    QCOMPARE(second->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
    QCOMPARE(m_server->requests().constLast().status, status);
    QCOMPARE(m_server->requests().constLast().bodyBytes > 0, status == 200);
}

void TestFixtureServer::gzipWhenAsked()
{
    // QNetworkAccessManager asks for gzip by itself and inflates the answer transparently.
    QNetworkReply *reply = get(u"/example.org/feeds/rss.xml"_s);
    QCOMPARE(reply->readAll(), m_body);
    QVERIFY(m_server->requests().constFirst().headers.value("accept-encoding").contains("gzip"));
    QVERIFY2(m_server->requests().constFirst().bodyBytes < m_body.size() / 4, "the body was not compressed");

    const QByteArray plain = raw("GET /example.org/feeds/rss.xml HTTP/1.1\r\nConnection: close\r\n\r\n");
    QVERIFY(!plain.contains("Content-Encoding"));
    QVERIFY(plain.endsWith(m_body));
}

void TestFixtureServer::headHasNoBody()
{
    const QByteArray response = raw("HEAD /example.org/feeds/rss.xml HTTP/1.1\r\nConnection: close\r\n\r\n");
    QVERIFY(response.startsWith("HTTP/1.1 200 OK"));
    QVERIFY(response.contains(QByteArray("Content-Length: " + QByteArray::number(m_body.size()))));
    QVERIFY(response.endsWith("\r\n\r\n"));
}

void TestFixtureServer::followsRedirects()
{
    m_server->setRedirect(u"/old/feed"_s, u"/example.org/feeds/rss.xml"_s, 301);
    QNetworkReply *reply = get(u"/old/feed"_s);
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->url().path(), u"/example.org/feeds/rss.xml"_s);
    QCOMPARE(reply->readAll(), m_body);
    QCOMPARE(m_server->requests().constFirst().status, 301);
}

void TestFixtureServer::layeredRootsPreferTheFirst()
{
    QTemporaryDir overlay;
    QDir(overlay.path()).mkpath(u"example.org/feeds"_s);
    QFile file(overlay.filePath(u"example.org/feeds/rss.xml"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<rss>newer</rss>");
    file.close();
    m_server->prependRoot(overlay.path());
    QCOMPARE(get(u"/example.org/feeds/rss.xml"_s)->readAll(), QByteArray("<rss>newer</rss>"));
}

void TestFixtureServer::neverServesOutsideTheRoot_data()
{
    QTest::addColumn<QByteArray>("target");
    const QByteArray up = QDir(m_dir.path()).relativeFilePath(m_outside.filePath(u"secret.txt"_s)).toUtf8();
    QTest::newRow("dot-dot") << "/" + up;
    QTest::newRow("encoded dot-dot") << "/" + QByteArray(up).replace("..", "%2e%2e");
    QTest::newRow("dot-dot after a folder") << "/example.org/../" + up;
    QTest::newRow("absolute path") << m_outside.filePath(u"secret.txt"_s).toUtf8();
    QTest::newRow("symlink out of the root") << QByteArray("/example.org/link.txt");
    QTest::newRow("backslashes") << QByteArray("/example.org\\..\\..\\secret.txt");
}

void TestFixtureServer::neverServesOutsideTheRoot()
{
    QFETCH(QByteArray, target);
    const QByteArray response = raw("GET " + target + " HTTP/1.1\r\nConnection: close\r\n\r\n");
    QVERIFY2(response.startsWith("HTTP/1.1 404"), response.constData());
    QVERIFY(!response.contains("TOP SECRET"));
}

void TestFixtureServer::injectedFaults_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("status");
    QTest::addColumn<QNetworkReply::NetworkError>("error");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("headerValue");
    QTest::addColumn<qint64>("bodySize");

    const qint64 full = 10600;
    QTest::newRow("404") << u"status:404"_s << 404 << QNetworkReply::ContentNotFoundError << QByteArray()
                         << QByteArray() << qint64(-1);
    QTest::newRow("500") << u"status:500"_s << 500 << QNetworkReply::InternalServerError << QByteArray() << QByteArray()
                         << qint64(-1);
    QTest::newRow("429 with Retry-After") << u"429:7"_s << 429 << QNetworkReply::UnknownContentError
                                          << QByteArray("Retry-After") << QByteArray("7") << qint64(-1);
    QTest::newRow("503 with Retry-After") << u"503:30"_s << 503 << QNetworkReply::ServiceUnavailableError
                                          << QByteArray("Retry-After") << QByteArray("30") << qint64(-1);
    QTest::newRow("wrong content type") << u"content-type:text/html"_s << 200 << QNetworkReply::NoError
                                        << QByteArray("Content-Type") << QByteArray("text/html") << full;
    QTest::newRow("oversized body") << u"oversize:3000000"_s << 200 << QNetworkReply::NoError << QByteArray()
                                    << QByteArray() << qint64(3000000);
    QTest::newRow("truncated body") << u"truncate"_s << 200 << QNetworkReply::RemoteHostClosedError << QByteArray()
                                    << QByteArray() << qint64(-1);
    QTest::newRow("delay") << u"delay:300"_s << 200 << QNetworkReply::NoError << QByteArray() << QByteArray() << full;
}

void TestFixtureServer::injectedFaults()
{
    QFETCH(QString, spec);
    QFETCH(int, status);
    QFETCH(QNetworkReply::NetworkError, error);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, headerValue);
    QFETCH(qint64, bodySize);

    const auto fault = Fault::parse(spec);
    QVERIFY(fault);
    m_server->setFault(u"*/rss.xml"_s, *fault);
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = get(u"/example.org/feeds/rss.xml"_s);
    QVERIFY(reply->isFinished());
    QCOMPARE(reply->error(), error);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
    if (!header.isEmpty()) {
        QCOMPARE(reply->rawHeader(header), headerValue);
    }
    if (bodySize >= 0) {
        QCOMPARE(reply->readAll().size(), bodySize);
    }
    if (fault->kind == Fault::Kind::Delay) {
        QVERIFY(timer.elapsed() >= fault->delayMs);
    }
}

void TestFixtureServer::faultsCanBeLimitedToSomeRequests()
{
    m_server->setFault(u"*/rss.xml"_s, *Fault::parse(u"status:503x2"_s));
    QCOMPARE(get(u"/example.org/feeds/rss.xml"_s)->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 503);
    QCOMPARE(get(u"/example.org/feeds/rss.xml"_s)->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 503);
    QCOMPARE(get(u"/example.org/feeds/rss.xml"_s)->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
}

void TestFixtureServer::hangAndResetAreRealSocketFaults()
{
    m_server->setFault(u"/hang"_s, *Fault::parse(u"hang"_s));
    QNetworkReply *hung = get(u"/hang"_s, {}, 400);
    QCOMPARE(hung->error(), QNetworkReply::OperationCanceledError); // the transfer timeout fired
    QCOMPARE(m_server->requests().constLast().path, u"/hang"_s);

    m_server->setFault(u"/reset"_s, *Fault::parse(u"reset"_s));
    QNetworkReply *reset = get(u"/reset"_s);
    QVERIFY2(
        reset->error() == QNetworkReply::RemoteHostClosedError || reset->error() == QNetworkReply::UnknownNetworkError,
        qPrintable(reset->errorString()));
    QVERIFY(!reset->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid());
}

void TestFixtureServer::countsTheRequestsHeldAtOncePerHost()
{
    // Held 300 ms each, three requests for one host and one for another overlap.
    m_server->setFault(u"*"_s, *Fault::parse(u"delay:300"_s));
    QList<QNetworkReply *> replies;
    for (const QString &path : {u"/example.org/feeds/rss.xml"_s, u"/example.org/feeds/rss.xml"_s,
             u"/example.org/missing"_s, u"/other.example/feed"_s}) {
        replies << m_nam->get(QNetworkRequest(m_server->baseUrl().resolved(QUrl(path))));
        replies.constLast()->setParent(this);
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::ranges::all_of(replies, &QNetworkReply::isFinished), 5000);
    QCOMPARE(m_server->peakInFlight().value(u"example.org"_s), 3);
    QCOMPARE(m_server->peakInFlight().value(u"other.example"_s), 1);

    // One at a time, each is the only one held.
    m_server->clearRequests();
    QCOMPARE(m_server->peakInFlight().value(u"example.org"_s), 0);
    QCOMPARE(get(u"/example.org/feeds/rss.xml"_s)->error(), QNetworkReply::NoError);
    QCOMPARE(get(u"/example.org/feeds/rss.xml"_s)->error(), QNetworkReply::NoError);
    QCOMPARE(m_server->peakInFlight().value(u"example.org"_s), 1);
}

void TestFixtureServer::parsesFaultSpecs_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("times");

    QTest::newRow("delay") << u"delay:250"_s << true << -1;
    QTest::newRow("status twice") << u"status:500x2"_s << true << 2;
    QTest::newRow("retry-after") << u"429:60"_s << true << -1;
    QTest::newRow("content type") << u"content-type:text/html"_s << true << -1;
    QTest::newRow("unknown kind") << u"explode"_s << false << 0;
    QTest::newRow("delay without number") << u"delay:soon"_s << false << 0;
    QTest::newRow("empty") << QString() << false << 0;
}

void TestFixtureServer::parsesFaultSpecs()
{
    QFETCH(QString, spec);
    QFETCH(bool, valid);
    QFETCH(int, times);
    const auto fault = Fault::parse(spec);
    QCOMPARE(fault.has_value(), valid);
    if (valid) {
        QCOMPARE(fault->times, times);
    }
}

void TestFixtureServer::servesTheFixtures()
{
    const QString fixtures = Herald::Test::fixtureSet().directory;
    m_server->addRoot(fixtures);
    QFile rss(fixtures + u"/blog.python.org/rss.xml"_s);
    QVERIFY(rss.open(QIODevice::ReadOnly));
    QCOMPARE(get(u"/blog.python.org/rss.xml"_s)->readAll(), rss.readAll());
    QNetworkReply *index = get(u"/blog.python.org/search-index.json"_s);
    QCOMPARE(index->error(), QNetworkReply::NoError);
    QVERIFY(index->readAll().startsWith('['));
    QNetworkReply *missing = get(u"/raw.githubusercontent.com/python/python-insider-blog/main/content/posts/"
                                 u"no-such-post/index.md"_s);
    QCOMPARE(missing->error(), QNetworkReply::ContentNotFoundError);
}

QTEST_GUILESS_MAIN(TestFixtureServer)
#include "tst_fixtureserver.moc"
