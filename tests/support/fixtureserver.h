// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <optional>

class QTcpServer;
class QTcpSocket;

namespace Herald::Test {

/// A fault the server injects into the responses for matching paths.
struct Fault {
    enum class Kind {
        Delay, ///< answer normally, after delayMs
        Hang, ///< accept the request and never answer
        Reset, ///< close the connection with a TCP reset, no response
        Status, ///< answer with `status` and a short body
        RetryAfter, ///< answer with `status` (429 or 503) and a Retry-After header
        Truncate, ///< promise the whole body in Content-Length, send half, close
        Oversize, ///< serve `bytes` bytes of filler instead of the file
        WrongContentType, ///< serve the file with `contentType`
        Stream, ///< `bytes` bytes of filler with no Content-Length, then close (as fast as read)
        Trickle, ///< promise `bytes` bytes, then send one every delayMs
    };
    Kind kind = Kind::Status;
    int status = 500;
    int delayMs = 0;
    int retryAfterSeconds = 0;
    qint64 bytes = 0;
    QByteArray contentType;
    int times = -1; ///< how many requests it affects; -1 for all

    /// Parses the command-line form: delay:MS, hang, reset, status:CODE, 429:SECONDS,
    /// 503:SECONDS, truncate, oversize:BYTES, content-type:TYPE, stream:BYTES,
    /// trickle:MS (a 100-byte body), each with an optional
    /// trailing "xN" for the number of requests (e.g. "status:500x2").
    static std::optional<Fault> parse(const QString &spec);
};

/// One request as the server saw it.
struct ServedRequest {
    QByteArray method;
    QString path;
    QHash<QByteArray, QByteArray> headers; ///< names in lower case
    int status = 0;
    qint64 bodyBytes = 0; ///< bytes of body sent (0 for 304 and HEAD)
};

/// A static HTTP/1.1 server on loopback for tests, demos and benchmarks.
///
/// It serves a directory tree the way the fixtures README describes (the first path segment
/// is the host), with real HTTP semantics: strong ETags, Last-Modified, 304 on
/// If-None-Match / If-Modified-Since, gzip when asked, HEAD, redirects and keep-alive.
/// Several roots may be layered: a file in an earlier root hides the same path in later ones,
/// which is how a test "publishes" a new post without touching the fixtures.
///
/// Written on QTcpServer rather than QHttpServer on purpose: the faults tests need (a TCP
/// reset, a body cut short under a promised Content-Length, a request left hanging, an
/// oversized body streamed without buffering) need the raw socket, which QHttpServer's
/// responder does not expose.
class FixtureServer final : public QObject
{
    Q_OBJECT

public:
    explicit FixtureServer(QObject *parent = nullptr);
    ~FixtureServer() override;

    /// Adds a directory to serve; earlier roots win.
    void addRoot(const QString &directory);
    void prependRoot(const QString &directory);
    [[nodiscard]] QStringList roots() const { return m_roots; }

    /// Listens on 127.0.0.1; port 0 picks a free one.
    bool listen(quint16 port = 0);
    [[nodiscard]] quint16 port() const;
    /// http://127.0.0.1:PORT/
    [[nodiscard]] QUrl baseUrl() const;
    /// The --url-map value that sends every https:// URL here.
    [[nodiscard]] QString httpsUrlMap() const;

    /// Injects a fault into requests whose path matches `pattern` (a wildcard, e.g. "*/index.md").
    void setFault(const QString &pattern, const Fault &fault);
    void clearFaults();
    /// Answers `path` with a redirect to `location` (absolute, or a path on this server).
    void setRedirect(const QString &path, const QString &location, int status = 301);
    /// Sends `field` ("Name: value") with every 200 answer for `path`.
    void addHeader(const QString &path, const QByteArray &field);

    [[nodiscard]] QList<ServedRequest> requests() const { return m_requests; }
    [[nodiscard]] int requestCount() const { return int(m_requests.size()); }
    /// Requests answered with a body (status 200).
    [[nodiscard]] int bodiesServed() const;
    /// Bytes the Stream and Trickle faults have handed to the network so far.
    [[nodiscard]] qint64 bytesStreamed() const { return m_streamed; }
    /// The most requests for each host (a path's first segment) the server held at once since
    /// the last clearRequests(). A request is held from when its head is read until its answer
    /// is recorded; only a Delay fault holds one for long, as a distant server would, and
    /// shows how many a client keeps waiting at a time (the others are answered as read).
    [[nodiscard]] QHash<QString, int> peakInFlight() const { return m_peakInFlight; }
    void clearRequests()
    {
        m_requests.clear();
        m_peakInFlight = m_inFlight;
    }

    /// Sends no more data on open connections and closes them (for the end of a test).
    void closeConnections();

Q_SIGNALS:
    void requestServed(const Herald::Test::ServedRequest &request);

private:
    struct Connection;
    struct FaultRule {
        QString pattern;
        Fault fault;
    };
    struct Redirect {
        QString location;
        int status;
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void processNext(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const QByteArray &method, const QString &path,
        const QHash<QByteArray, QByteArray> &headers);
    void serveFile(QTcpSocket *socket, const QByteArray &method, const QString &path,
        const QHash<QByteArray, QByteArray> &headers, const Fault *fault, ServedRequest &record);
    FaultRule *matchingFault(const QString &path);
    QString resolve(const QString &path) const;
    void finish(QTcpSocket *socket, ServedRequest record, bool close);

    QTcpServer *m_server;
    QStringList m_roots;
    QList<FaultRule> m_faults;
    QHash<QString, Redirect> m_redirects;
    QMultiHash<QString, QByteArray> m_headers;
    QList<ServedRequest> m_requests;
    QHash<QString, int> m_inFlight; ///< requests held now, by host
    QHash<QString, int> m_peakInFlight;
    QHash<QTcpSocket *, Connection *> m_connections;
    qint64 m_streamed = 0;
};

/// The fixture snapshot in ../shared/fixtures/web (or $HERALD_FIXTURES), or an empty
/// string when this checkout has none beside it.
QString fixturesDirectory();

} // namespace Herald::Test
