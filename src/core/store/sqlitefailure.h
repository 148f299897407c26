// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

class QSqlError;

namespace Herald {

/// What an error from SQLite means for a file Herald is opening.
enum class SqliteFailure {
    /// SQLite says the file itself is bad (SQLITE_CORRUPT, SQLITE_NOTADB): move it aside.
    Damaged,
    /// Another connection holds the file or has just changed its schema (SQLITE_BUSY,
    /// SQLITE_LOCKED, SQLITE_SCHEMA): the same step is worth trying again in a moment.
    Contended,
    /// Anything else (no space, no permission, an I/O error): tell the user, touch nothing.
    Other,
};

/// Reads the SQLite result code that Qt's driver keeps in `error` (its nativeErrorCode()),
/// never the words of the message, which a path or a table name could contain.
[[nodiscard]] SqliteFailure sqliteFailureOf(const QSqlError &error);

/// The same for a result code from SQLite's C API (primary or extended).
[[nodiscard]] SqliteFailure sqliteFailureOfCode(int code);

} // namespace Herald
