// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/sqlitefailure.h"

#include <QSqlError>

namespace Herald {

namespace {
// SQLite's primary result codes (sqlite3.h, "Result and Error Codes"). The header itself is not
// in the build root: Qt's driver is the only one that talks to SQLite.
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteSchema = 17;
constexpr int SqliteNotADatabase = 26;
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
    switch (code & PrimaryMask) {
    case SqliteCorrupt:
    case SqliteNotADatabase: return SqliteFailure::Damaged;
    case SqliteBusy:
    case SqliteLocked:
    case SqliteSchema: return SqliteFailure::Contended;
    default: return SqliteFailure::Other;
    }
}

} // namespace Herald
