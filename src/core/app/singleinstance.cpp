// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/app/singleinstance.h"

#include "core/store/database.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>
#include <QtEndian>
#include <QTimer>

#include <optional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Herald {

namespace {

constexpr quint32 Magic = 0x48524c44; // "HRLD"
// Bump only compatibly: a primary reads the fields it knows and ignores what a newer sender
// appends, so an old Herald still raises its window for a new one.
constexpr quint16 ProtocolVersion = 1;
constexpr QDataStream::Version StreamVersion = QDataStream::Qt_6_0;
constexpr qsizetype HeaderSize = 4;
// A handful of arguments and URLs, never documents: anything larger is not from Herald.
constexpr quint32 MaxPayload = 256 * 1024;
constexpr QByteArrayView Acknowledgement = "HRLD-ACK";
// A client that sends nothing, or half a message, is dropped after this.
constexpr auto ClientTimeout = 5s;
constexpr auto LockTimeout = 5s;
constexpr auto ProbeTimeout = 1s;

qint64 millisecondsLeft(const QDeadlineTimer &deadline)
{
    return std::max<qint64>(0, deadline.remainingTime());
}

QByteArray encode(const QStringList &arguments)
{
    QByteArray payload;
    QDataStream out(&payload, QIODevice::WriteOnly);
    out.setVersion(StreamVersion);
    out << Magic << ProtocolVersion << quint32(arguments.size());
    for (const QString &argument : arguments) {
        out << argument;
    }
    QByteArray message(HeaderSize, Qt::Uninitialized);
    qToBigEndian(quint32(payload.size()), message.data());
    return message + payload;
}

std::optional<QStringList> decode(const QByteArray &payload)
{
    QDataStream in(payload);
    in.setVersion(StreamVersion);
    quint32 magic = 0;
    quint16 version = 0;
    quint32 count = 0;
    in >> magic >> version >> count;
    // Every string takes at least its 4-byte length, so a larger count is a lie; checking it
    // keeps a hostile count from reserving gigabytes.
    if (in.status() != QDataStream::Ok || magic != Magic || version < 1 || count > quint32(payload.size() / 4)) {
        return std::nullopt;
    }
    QStringList arguments;
    arguments.reserve(count);
    for (quint32 i = 0; i < count; ++i) {
        QString argument;
        in >> argument;
        if (in.status() != QDataStream::Ok) {
            return std::nullopt;
        }
        arguments.append(argument);
    }
    if (version == ProtocolVersion && !in.atEnd()) {
        return std::nullopt;
    }
    return arguments;
}

void drop(QLocalSocket *socket, QObject *receiver)
{
    socket->disconnect(receiver);
    socket->abort();
    socket->deleteLater();
}

} // namespace

SingleInstance::SingleInstance(const QString &key, QObject *parent)
    : QObject(parent)
{
    const QString directory = runtimeDirectory();
    m_lockPath = directory + u'/' + key + u".lock"_s;
    m_serverName = serverName(directory, key);
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::keyFor(const QString &dataDirectory)
{
    QString directory = dataDirectory.isEmpty() ? Database::defaultDirectory() : dataDirectory;
    const QFileInfo info(directory);
    // The same directory reached through a symlink or a relative path is the same instance.
    directory = info.exists() ? info.canonicalFilePath() : QDir::cleanPath(info.absoluteFilePath());
    directory = samePathKey(directory);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(userIdentity().toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(directory.toUtf8());
    return u"herald-"_s + QString::fromLatin1(hash.result().toHex().left(16));
}

bool SingleInstance::isPrimary() const
{
    return m_server != nullptr && m_server->isListening();
}

Result<SingleInstance::Role> SingleInstance::listen()
{
    if (isPrimary()) {
        return Role::Primary;
    }
    // Checking for a primary and then listening is a race between two launches, so both steps
    // happen under a lock. It is held for milliseconds; one left by a crash has a dead owner,
    // which QLockFile recognises as stale and takes over.
    QLockFile lock(m_lockPath);
    if (!lock.tryLock(LockTimeout)) {
        return Error(
            tr("Cannot lock %1 to start Herald's single-instance server").arg(QDir::toNativeSeparators(m_lockPath)));
    }
    if (isAnswering(ProbeTimeout)) {
        return Role::Secondary;
    }
    // Nobody answered, so a socket file that is there was left by a primary that crashed.
    // Listening with socket options would even replace it silently; removing it says so.
    QLocalServer::removeServer(m_serverName);
    auto *server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(m_serverName)) {
        const QString problem
            = tr("Cannot listen on %1: %2").arg(QDir::toNativeSeparators(m_serverName), server->errorString());
        delete server;
        return Error(problem);
    }
    connect(server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnections);
    m_server = server;
    return Role::Primary;
}

bool SingleInstance::isAnswering(std::chrono::milliseconds timeout) const
{
    QLocalSocket probe;
    probe.connectToServer(m_serverName);
    // A stale socket file refuses at once; a live primary is accepted by the kernel even while
    // its event loop is busy.
    return probe.waitForConnected(int(timeout.count()));
}

Result<void> SingleInstance::sendToPrimary(const QStringList &arguments, std::chrono::milliseconds timeout)
{
    if (isPrimary()) {
        // Waiting for our own acknowledgement would block the event loop that has to send it.
        return Error(tr("This Herald is the running one"));
    }
    const QByteArray message = encode(arguments);
    if (message.size() - HeaderSize > qsizetype(MaxPayload)) {
        return Error(tr("The arguments are too long to hand to the running Herald"));
    }
    const QDeadlineTimer deadline(timeout);
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(int(millisecondsLeft(deadline)))) {
        return Error(socket.errorString());
    }
    socket.write(message);
    if (!socket.waitForBytesWritten(int(millisecondsLeft(deadline)))) {
        return Error(socket.errorString());
    }
    QByteArray reply;
    while (reply.size() < Acknowledgement.size()) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(int(millisecondsLeft(deadline)))) {
            break;
        }
        reply += socket.read(Acknowledgement.size() - reply.size());
    }
    if (reply != Acknowledgement) {
        return Error(tr("The running Herald did not acknowledge the arguments"));
    }
    return {};
}

void SingleInstance::acceptConnections()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readMessage(socket); });
        // Only a stuck client would hold the connection this long; Herald's take milliseconds.
        QTimer::singleShot(ClientTimeout, socket, [this, socket] { drop(socket, this); });
        if (socket->bytesAvailable() > 0) {
            readMessage(socket);
        }
    }
}

void SingleInstance::readMessage(QLocalSocket *socket)
{
    if (socket->bytesAvailable() < HeaderSize) {
        return;
    }
    char header[HeaderSize];
    socket->peek(header, HeaderSize);
    const quint32 length = qFromBigEndian<quint32>(header);
    if (length == 0 || length > MaxPayload) {
        drop(socket, this); // not Herald talking: a stray client or random bytes
        return;
    }
    if (socket->bytesAvailable() < HeaderSize + qint64(length)) {
        return; // the rest is on its way
    }
    socket->skip(HeaderSize);
    const std::optional<QStringList> arguments = decode(socket->read(length));
    if (!arguments) {
        drop(socket, this);
        return;
    }
    socket->disconnect(this);
    socket->write(Acknowledgement.data(), Acknowledgement.size());
    socket->flush();
    socket->disconnectFromServer();
    Q_EMIT messageReceived(*arguments);
}

} // namespace Herald
