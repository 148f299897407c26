// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The single instance on Windows: a named pipe, keyed by the user's domain and name.
#include "core/app/singleinstance.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace Herald {

QString SingleInstance::userIdentity()
{
    return qEnvironmentVariable("USERDOMAIN") + u'\\' + qEnvironmentVariable("USERNAME");
}

QString SingleInstance::runtimeDirectory()
{
    return QDir::tempPath();
}

QString SingleInstance::serverName(const QString &, const QString &key)
{
    // QLocalServer makes it a pipe, \\.\pipe\<key>; UserAccessOption keeps it to this user.
    return key;
}

QString SingleInstance::samePathKey(const QString &path)
{
    return path.toCaseFolded(); // NTFS is case-insensitive
}

} // namespace Herald
