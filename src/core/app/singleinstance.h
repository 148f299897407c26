// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/diagnostics/result.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <chrono>

class QLocalServer;
class QLocalSocket;

namespace Herald {

/// Keeps one Herald running per user and data directory. The first launch becomes the
/// primary and listens on a local socket (a named pipe on Windows); a later launch hands its
/// arguments (a feed URL, --show …) to the primary, which raises its window, and exits.
///
/// Typical use, before the window exists:
/// @code
/// SingleInstance instance(SingleInstance::keyFor(dataDirectory), &app);
/// if (!instance.listen() && instance.sendToPrimary(app.arguments())) {
///     return 0; // the running Herald has them
/// }
/// connect(&instance, &SingleInstance::messageReceived, &window, …);
/// @endcode
/// When neither works (no primary answered and listening failed) Herald simply runs on its
/// own: a second window is better than none.
///
/// The wire format is a 4-byte big-endian length and a QDataStream payload (magic, protocol
/// version, the arguments); the primary answers a fixed acknowledgement, so the sender knows
/// the arguments arrived. Anything else from a client is dropped and the connection closed.
class SingleInstance final : public QObject
{
    Q_OBJECT

public:
    /// @p key names the instance; use keyFor() so that it is per user and per data directory.
    SingleInstance(const QString &key, QObject *parent);
    ~SingleInstance() override;
    Q_DISABLE_COPY_MOVE(SingleInstance)

    /// A short key unique to this user and @p dataDirectory (empty: the platform default),
    /// so that Herald instances on different data directories may run side by side.
    [[nodiscard]] static QString keyFor(const QString &dataDirectory);

    /// What listen() made of this instance.
    enum class Role {
        Primary, ///< it serves the other launches
        Secondary, ///< another primary answered: hand it the arguments with sendToPrimary()
    };

    /// Becomes the primary unless another one answers; fails when the socket cannot be
    /// created. A socket file left behind by a crashed primary is removed. Two processes
    /// calling this at the same moment end with exactly one primary: the check and the listen
    /// happen under a lock file.
    Result<Role> listen();
    [[nodiscard]] bool isPrimary() const;

    /// Hands @p arguments to the primary and waits for its acknowledgement. Fails at once when
    /// no primary is running, or after @p timeout when it does not answer.
    Result<void> sendToPrimary(
        const QStringList &arguments, std::chrono::milliseconds timeout = std::chrono::seconds(3));

    /// What QLocalServer/QLocalSocket are given: on Unix a socket path in the per-user runtime
    /// directory (or just the key, placed in the temporary directory, when that path would be
    /// too long for a socket address); on Windows a pipe name.
    [[nodiscard]] QString serverName() const { return m_serverName; }

Q_SIGNALS:
    /// On the primary: another launch passed these arguments (usually its whole argv).
    void messageReceived(const QStringList &arguments);

private:
    void acceptConnections();
    void readMessage(QLocalSocket *socket);
    bool isAnswering(std::chrono::milliseconds timeout) const;

    // Each platform's part: singleinstance_unix.cpp (Linux, macOS and the other Unixes) or
    // singleinstance_win.cpp.

    /// Who runs this Herald: two users on one machine never share an instance.
    static QString userIdentity();
    /// Where the lock file (and on Unix the socket) goes.
    static QString runtimeDirectory();
    /// The name QLocalServer listens on for `key`, in `directory` where that is a path.
    static QString serverName(const QString &directory, const QString &key);
    /// `path` as the file system compares it (case-folded where names are case-insensitive).
    static QString samePathKey(const QString &path);

    QString m_serverName;
    QString m_lockPath;
    QLocalServer *m_server = nullptr;
};

} // namespace Herald
