// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "fixtureserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

#include <zlib.h>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;

namespace Herald::Test {

namespace {

constexpr qsizetype MaxHeaderBytes = 64 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 304: return "Not Modified";
    case 307: return "Temporary Redirect";
    case 308: return "Permanent Redirect";
    case 400: return "Bad Request";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

QByteArray httpDate(const QDateTime &time)
{
    return QLocale::c().toString(time.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
}

QDateTime parseHttpDate(const QByteArray &value)
{
    QDateTime time
        = QLocale::c().toDateTime(QString::fromLatin1(value).trimmed(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s);
    time.setTimeZone(QTimeZone::UTC);
    return time;
}

QByteArray contentTypeFor(const QString &path)
{
    static const QHash<QString, QByteArray> types = {
        {u"xml"_s, "application/xml; charset=utf-8"},
        {u"json"_s, "application/json"},
        {u"atom"_s, "application/atom+xml; charset=utf-8"},
        {u"rss"_s, "application/rss+xml; charset=utf-8"},
        {u"md"_s, "text/plain; charset=utf-8"},
        {u"mdx"_s, "text/plain; charset=utf-8"},
        {u"html"_s, "text/html; charset=utf-8"},
        {u"txt"_s, "text/plain; charset=utf-8"},
        {u"png"_s, "image/png"},
        {u"jpg"_s, "image/jpeg"},
        {u"jpeg"_s, "image/jpeg"},
        {u"gif"_s, "image/gif"},
        {u"svg"_s, "image/svg+xml"},
        {u"webp"_s, "image/webp"},
    };
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (path.endsWith(u"/feeds/posts/default"_s)) {
        return "application/xml; charset=utf-8";
    }
    if (QFileInfo(path).fileName() == "json"_L1) {
        return "application/json"; // PyPI's JSON API: /pypi/NAME/json
    }
    return types.value(suffix, "application/octet-stream");
}

QByteArray gzip(const QByteArray &data)
{
    z_stream stream {};
    // 15 window bits + 16 asks zlib for a gzip wrapper rather than a zlib one.
    if (deflateInit2(&stream, Z_BEST_SPEED, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
        return {};
    }
    QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size()))) + 32, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return result == Z_STREAM_END ? out : QByteArray();
}

/// The host a path stands for: its first segment, as the fixtures are laid out.
QString hostOf(const QString &path)
{
    return path.section(u'/', 1, 1);
}

bool etagMatches(const QByteArray &header, const QByteArray &etag)
{
    for (QByteArray candidate : header.split(',')) {
        candidate = candidate.trimmed();
        if (candidate.startsWith("W/")) {
            candidate = candidate.mid(2);
        }
        if (candidate == etag || candidate == "*") {
            return true;
        }
    }
    return false;
}

} // namespace

std::optional<Fault> Fault::parse(const QString &spec)
{
    static const QRegularExpression pattern(u"^([a-z0-9-]+?)(?::(.+?))?(?:x(\\d+))?$"_s);
    const auto match = pattern.match(spec.trimmed());
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const QString kind = match.captured(1);
    const QString arg = match.captured(2);
    Fault fault;
    if (!match.captured(3).isEmpty()) {
        fault.times = match.captured(3).toInt();
    }
    bool ok = true;
    if (kind == u"delay"_s) {
        fault.kind = Kind::Delay;
        fault.delayMs = arg.toInt(&ok);
    } else if (kind == u"hang"_s) {
        fault.kind = Kind::Hang;
    } else if (kind == u"reset"_s) {
        fault.kind = Kind::Reset;
    } else if (kind == u"status"_s) {
        fault.kind = Kind::Status;
        fault.status = arg.toInt(&ok);
    } else if (kind == u"429"_s || kind == u"503"_s) {
        fault.kind = Kind::RetryAfter;
        fault.status = kind.toInt();
        fault.retryAfterSeconds = arg.isEmpty() ? 1 : arg.toInt(&ok);
    } else if (kind == u"truncate"_s) {
        fault.kind = Kind::Truncate;
    } else if (kind == u"oversize"_s) {
        fault.kind = Kind::Oversize;
        fault.bytes = arg.toLongLong(&ok);
    } else if (kind == u"stream"_s) {
        fault.kind = Kind::Stream;
        fault.bytes = arg.toLongLong(&ok);
    } else if (kind == u"trickle"_s) {
        fault.kind = Kind::Trickle;
        fault.delayMs = arg.toInt(&ok);
        fault.bytes = 100;
    } else if (kind == u"content-type"_s) {
        fault.kind = Kind::WrongContentType;
        fault.contentType = arg.toLatin1();
        ok = !arg.isEmpty();
    } else {
        return std::nullopt;
    }
    return ok ? std::optional<Fault>(fault) : std::nullopt;
}

struct FixtureServer::Connection {
    QByteArray buffer;
    bool busy = false; ///< a response is pending (delayed or hanging)
};

FixtureServer::FixtureServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &FixtureServer::onNewConnection);
    // Every answer, whatever the fault, is recorded with this signal: the request is no
    // longer held (see peakInFlight()). A malformed request (no method) was never counted.
    connect(this, &FixtureServer::requestServed, this, [this](const ServedRequest &request) {
        if (!request.method.isEmpty()) {
            --m_inFlight[hostOf(request.path)];
        }
    });
}

FixtureServer::~FixtureServer()
{
    closeConnections();
}

void FixtureServer::addRoot(const QString &directory)
{
    m_roots.append(QDir(directory).canonicalPath());
}

void FixtureServer::prependRoot(const QString &directory)
{
    m_roots.prepend(QDir(directory).canonicalPath());
}

bool FixtureServer::listen(quint16 port)
{
    return m_server->listen(QHostAddress::LocalHost, port);
}

quint16 FixtureServer::port() const
{
    return m_server->serverPort();
}

QUrl FixtureServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1/"_s.arg(port()));
}

QString FixtureServer::httpsUrlMap() const
{
    return u"https://="_s + baseUrl().toString();
}

void FixtureServer::setFault(const QString &pattern, const Fault &fault)
{
    m_faults.prepend({pattern, fault});
}

void FixtureServer::clearFaults()
{
    m_faults.clear();
}

void FixtureServer::setRedirect(const QString &path, const QString &location, int status)
{
    m_redirects.insert(path, {location, status});
}

void FixtureServer::addHeader(const QString &path, const QByteArray &field)
{
    m_headers.insert(path, field);
}

int FixtureServer::bodiesServed() const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
        [](const ServedRequest &r) { return r.status == 200 && r.bodyBytes > 0; }));
}

void FixtureServer::closeConnections()
{
    const auto sockets = m_connections.keys();
    for (QTcpSocket *socket : sockets) {
        socket->abort();
    }
}

void FixtureServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        m_connections.insert(socket, new Connection);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            delete m_connections.take(socket);
            socket->deleteLater();
        });
    }
}

void FixtureServer::onReadyRead(QTcpSocket *socket)
{
    Connection *connection = m_connections.value(socket);
    if (!connection) {
        return;
    }
    connection->buffer += socket->readAll();
    if (connection->buffer.size() > MaxHeaderBytes && !connection->buffer.contains("\r\n\r\n")) {
        socket->abort();
        return;
    }
    processNext(socket);
}

void FixtureServer::processNext(QTcpSocket *socket)
{
    Connection *connection = m_connections.value(socket);
    if (!connection || connection->busy) {
        return;
    }
    const qsizetype end = connection->buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        return;
    }
    const QByteArray head = connection->buffer.left(end);
    connection->buffer.remove(0, end + 4);

    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.constFirst().trimmed().split(' ');
    QHash<QByteArray, QByteArray> headers;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0) {
            headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
        }
    }
    // Requests here carry no body; skip one if a client sends it anyway.
    const qsizetype bodyLength = headers.value("content-length").toLongLong();
    connection->buffer.remove(0, std::min(bodyLength, connection->buffer.size()));

    if (requestLine.size() != 3 || !requestLine.at(1).startsWith('/')) {
        ServedRequest record;
        record.status = 400;
        socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        finish(socket, record, true);
        return;
    }
    QByteArray target = requestLine.at(1);
    const qsizetype query = target.indexOf('?');
    if (query >= 0) {
        target.truncate(query);
    }
    respond(socket, requestLine.at(0), QUrl::fromPercentEncoding(target), headers);
}

FixtureServer::FaultRule *FixtureServer::matchingFault(const QString &path)
{
    for (FaultRule &rule : m_faults) {
        if (rule.fault.times == 0) {
            continue;
        }
        const auto regex = QRegularExpression::fromWildcard(
            rule.pattern, Qt::CaseSensitive, QRegularExpression::NonPathWildcardConversion);
        if (regex.match(path).hasMatch()) {
            return &rule;
        }
    }
    return nullptr;
}

void FixtureServer::respond(
    QTcpSocket *socket, const QByteArray &method, const QString &path, const QHash<QByteArray, QByteArray> &headers)
{
    ServedRequest record;
    record.method = method;
    record.path = path;
    record.headers = headers;
    const QString host = hostOf(path);
    m_peakInFlight[host] = std::max(m_peakInFlight.value(host), ++m_inFlight[host]);
    const bool close = headers.value("connection").toLower() == "close";

    auto simple = [&](int status, const QByteArray &extraHeaders, const QByteArray &body) {
        record.status = status;
        record.bodyBytes = method == "HEAD" ? 0 : body.size();
        socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n" + extraHeaders
            + "Content-Type: text/plain; charset=utf-8\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\n\r\n" + (method == "HEAD" ? QByteArray() : body));
        finish(socket, record, close);
    };

    if (method != "GET" && method != "HEAD") {
        simple(405, "Allow: GET, HEAD\r\n", "method not allowed\n");
        return;
    }
    if (const auto redirect = m_redirects.constFind(path); redirect != m_redirects.cend()) {
        simple(redirect->status, "Location: " + redirect->location.toUtf8() + "\r\n", "moved\n");
        return;
    }

    FaultRule *rule = matchingFault(path);
    if (!rule) {
        serveFile(socket, method, path, headers, nullptr, record);
        finish(socket, record, close);
        return;
    }
    if (rule->fault.times > 0) {
        --rule->fault.times;
    }
    const Fault fault = rule->fault;
    Connection *connection = m_connections.value(socket);
    switch (fault.kind) {
    case Fault::Kind::Delay:
        connection->busy = true;
        QTimer::singleShot(fault.delayMs, socket, [=, this]() mutable {
            if (Connection *c = m_connections.value(socket)) {
                c->busy = false;
            }
            serveFile(socket, method, path, headers, nullptr, record);
            finish(socket, record, close);
        });
        return;
    case Fault::Kind::Hang:
        connection->busy = true;
        m_requests.append(record);
        Q_EMIT requestServed(record);
        return;
    case Fault::Kind::Reset: {
#ifdef Q_OS_UNIX
        // A zero linger time makes close() send RST instead of a FIN.
        const linger noLinger {1, 0};
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &noLinger, sizeof noLinger);
#endif
        m_requests.append(record);
        Q_EMIT requestServed(record);
        socket->abort();
        return;
    }
    case Fault::Kind::Status: simple(fault.status, {}, "injected failure\n"); return;
    case Fault::Kind::RetryAfter:
        simple(fault.status, "Retry-After: " + QByteArray::number(fault.retryAfterSeconds) + "\r\n", "slow down\n");
        return;
    case Fault::Kind::Stream: {
        // No Content-Length: the client learns the size only by reading. Written as the socket
        // drains, so what was sent is what the client (or its buffers) took.
        connection->busy = true;
        record.status = 200;
        m_requests.append(record);
        Q_EMIT requestServed(record);
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nConnection: close\r\n\r\n");
        auto remaining = std::make_shared<qint64>(fault.bytes);
        const auto more = [socket, remaining] {
            constexpr qint64 Chunk = 64 * 1024;
            while (*remaining > 0 && socket->bytesToWrite() < 4 * Chunk
                && socket->state() == QAbstractSocket::ConnectedState) {
                const qint64 size = std::min(Chunk, *remaining);
                socket->write(QByteArray(size, 'x'));
                *remaining -= size;
            }
            if (*remaining == 0 && socket->bytesToWrite() == 0) {
                socket->disconnectFromHost();
            }
        };
        connect(socket, &QTcpSocket::bytesWritten, socket, [this, more](qint64 written) {
            m_streamed += written;
            more();
        });
        more();
        return;
    }
    case Fault::Kind::Trickle: {
        connection->busy = true;
        record.status = 200;
        m_requests.append(record);
        Q_EMIT requestServed(record);
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: "
            + QByteArray::number(fault.bytes) + "\r\n\r\n");
        auto *drip = new QTimer(socket);
        auto remaining = std::make_shared<qint64>(fault.bytes);
        connect(drip, &QTimer::timeout, socket, [this, socket, drip, remaining] {
            if (*remaining <= 0 || socket->state() != QAbstractSocket::ConnectedState) {
                drip->stop();
                return;
            }
            socket->write("x");
            --*remaining;
            ++m_streamed;
        });
        drip->start(std::max(1, fault.delayMs));
        return;
    }
    case Fault::Kind::Truncate:
    case Fault::Kind::Oversize:
    case Fault::Kind::WrongContentType:
        serveFile(socket, method, path, headers, &fault, record);
        finish(socket, record, close || fault.kind == Fault::Kind::Truncate);
        return;
    }
}

QString FixtureServer::resolve(const QString &path) const
{
    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    for (const QString &segment : segments) {
        if (segment == u".."_s || segment == u"."_s || segment.contains(u'\\') || segment.contains(QChar(0))) {
            return {};
        }
    }
    for (const QString &root : m_roots) {
        QFileInfo info(root + u'/' + segments.join(u'/'));
        if (info.isDir()) {
            info.setFile(info.filePath() + u"/index.html"_s); // a page at a directory's address
        }
        // Refuses symlinks that lead out of the root as well as plain traversal.
        if (info.isFile() && info.canonicalFilePath().startsWith(root + u'/')) {
            return info.canonicalFilePath();
        }
    }
    return {};
}

void FixtureServer::serveFile(QTcpSocket *socket, const QByteArray &method, const QString &path,
    const QHash<QByteArray, QByteArray> &headers, const Fault *fault, ServedRequest &record)
{
    const bool head = method == "HEAD";
    auto writeHead = [&](int status, const QByteArray &fields) {
        record.status = status;
        socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n" + fields + "\r\n");
    };

    if (fault && fault->kind == Fault::Kind::Oversize) {
        writeHead(200,
            "Content-Type: " + contentTypeFor(path) + "\r\nContent-Length: " + QByteArray::number(fault->bytes)
                + "\r\n");
        if (!head) {
            // Written in pieces so a huge body never sits in memory whole.
            constexpr qint64 chunk = 1 << 20;
            const QByteArray filler(chunk, 'x');
            for (qint64 sent = 0; sent < fault->bytes; sent += chunk) {
                socket->write(filler.constData(), std::min(chunk, fault->bytes - sent));
                socket->flush();
            }
            record.bodyBytes = fault->bytes;
        }
        return;
    }

    const QString file = resolve(path);
    QFile input(file);
    if (file.isEmpty() || !input.open(QIODevice::ReadOnly)) {
        const QByteArray body = "not found\n";
        writeHead(404, "Content-Type: text/plain\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n");
        if (!head) {
            socket->write(body);
            record.bodyBytes = body.size();
        }
        return;
    }
    const QByteArray content = input.readAll();
    const QDateTime modified = QFileInfo(file).lastModified().toUTC();
    const QByteArray etag = '"' + QCryptographicHash::hash(content, QCryptographicHash::Sha1).toHex().left(24) + '"';
    const QByteArray validators = "ETag: " + etag + "\r\nLast-Modified: " + httpDate(modified) + "\r\n";

    bool notModified = false;
    if (headers.contains("if-none-match")) {
        notModified = etagMatches(headers.value("if-none-match"), etag);
    } else if (headers.contains("if-modified-since")) {
        const QDateTime since = parseHttpDate(headers.value("if-modified-since"));
        notModified = since.isValid() && modified.toSecsSinceEpoch() <= since.toSecsSinceEpoch();
    }
    if (notModified) {
        writeHead(304, validators);
        return;
    }

    const QByteArray type
        = fault && fault->kind == Fault::Kind::WrongContentType ? fault->contentType : contentTypeFor(path);
    QByteArray body = content;
    QByteArray fields
        = validators + "Content-Type: " + type + "\r\nCache-Control: max-age=600\r\nVary: Accept-Encoding\r\n";
    for (auto field = m_headers.constFind(path); field != m_headers.cend() && field.key() == path; ++field) {
        fields += *field + "\r\n";
    }
    const bool truncate = fault && fault->kind == Fault::Kind::Truncate;
    if (!truncate && headers.value("accept-encoding").contains("gzip")) {
        body = gzip(content);
        fields += "Content-Encoding: gzip\r\n";
    }
    fields += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    writeHead(200, fields);
    if (!head) {
        const QByteArray sent = truncate ? body.left(body.size() / 2) : body;
        socket->write(sent);
        record.bodyBytes = sent.size();
    }
}

void FixtureServer::finish(QTcpSocket *socket, ServedRequest record, bool close)
{
    m_requests.append(record);
    Q_EMIT requestServed(record);
    if (close) {
        socket->disconnectFromHost();
        return;
    }
    // Pipelined requests may already be waiting.
    QTimer::singleShot(0, socket, [this, socket] { processNext(socket); });
}

QString fixturesDirectory()
{
    QString dir = qEnvironmentVariable("HERALD_FIXTURES");
    if (dir.isEmpty()) {
        dir = QStringLiteral(HERALD_DEFAULT_FIXTURES_DIR);
    }
    const QFileInfo info(dir + u"/blog.python.org/rss.xml"_s);
    return info.isFile() ? QDir(dir).canonicalPath() : QString();
}

} // namespace Herald::Test
