// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/sqlitefailure.h"

#include <QSqlError>

#include <sqlite3.h>

namespace Herald {

namespace {
/// An extended code keeps its primary code in the low byte (SQLITE_BUSY_RECOVERY is 261).
constexpr int PrimaryMask = 0xff;
} // namespace

SqliteFailure sqliteFailureOf(const QSqlError &error)
{
    bool isNumber = false;
    const int code = error.nativeErrorCode().toInt(&isNumber);
    if (!isNumber) {
        return SqliteFailure::Other;
    }
    return sqliteFailureOfCode(code);
}

SqliteFailure sqliteFailureOfCode(int code)
{
    switch (code & PrimaryMask) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB: return SqliteFailure::Damaged;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_SCHEMA: return SqliteFailure::Contended;
    default: return SqliteFailure::Other;
    }
}

} // namespace Herald
