// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The single instance on Linux, macOS and the other Unixes: a socket in the user's private
// runtime directory, keyed by the user id.
#include "core/app/singleinstance.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Herald {

QString SingleInstance::userIdentity()
{
    return QString::number(::getuid());
}

QString SingleInstance::runtimeDirectory()
{
    // On Linux this is $XDG_RUNTIME_DIR: private to the user (0700), so nobody else can plant a
    // socket there for Herald to hand its arguments to, as they could in the shared /tmp.
    QString directory = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (!directory.isEmpty() && QDir().mkpath(directory)) {
        return directory;
    }
    return QDir::tempPath();
}

QString SingleInstance::serverName(const QString &directory, const QString &key)
{
    // sun_path holds 108 bytes on Linux and 104 on macOS, the terminating NUL included. A bare
    // name lands in the temporary directory, which is still unique by key.
    const QString path = directory + u'/' + key;
    return QFile::encodeName(path).size() < 100 ? path : key;
}

QString SingleInstance::samePathKey(const QString &path)
{
    // APFS and HFS+ are case-insensitive by default; Linux file systems are not.
    return QSysInfo::productType() == u"macos"_s ? path.toCaseFolded() : path;
}

} // namespace Herald
