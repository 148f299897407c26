// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/diagnostics/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <functional>

namespace Herald {

class EarlyIntegrityCheck;

/// Herald's SQLite file: opened in WAL mode, migrated to the current schema, and checked.
/// A damaged file is never wiped: it is moved aside (with its -wal and -shm files) and a new
/// one is started, and warning() tells the user where the old one went.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Herald::Database)

public:
    Database();
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    /// The schema version this build writes; older files are migrated on open.
    static int schemaVersion();
    /// Where the database lives by default: the platform's app-data directory.
    static QString defaultDirectory();
    /// The database file in `directory` (empty: the default directory).
    static QString filePathIn(const QString &directory);

    /// Opens (creating it when missing) `directory`/herald.db. Fails when no usable database
    /// could be had at all. An `earlyCheck` of that file, started before, gives the verdict of
    /// the integrity check instead of checking again.
    Result<void> open(const QString &directory, EarlyIntegrityCheck *earlyCheck = nullptr);
    /// Opens another connection to `filePath`, which a Database has opened, checked and
    /// migrated already: for another thread (a connection belongs to the thread that opens
    /// it). Neither checks the file again nor moves a damaged one aside; fails instead.
    Result<void> openAnother(const QString &filePath);
    void close();

    [[nodiscard]] bool isOpen() const { return m_db.isOpen(); }
    /// Set when the file was damaged and moved aside on open.
    [[nodiscard]] QString warning() const { return m_warning; }
    [[nodiscard]] QString filePath() const { return m_path; }
    [[nodiscard]] QSqlDatabase handle() const { return m_db; }

    /// Runs `work` in one transaction: committed when it succeeds, rolled back when it fails
    /// (and when the commit does), with the failure of `work` or of the commit.
    Result<void> transaction(const std::function<Result<void>()> &work);

    /// Executes one statement.
    Result<void> exec(const QString &sql);

private:
    /// Contended: another connection holds the file or changed its schema; worth trying again.
    enum class OpenOutcome { Ok, Damaged, Contended, Failed };
    /// How one attempt to open the file went, and what was wrong when it did not.
    struct Attempt {
        OpenOutcome outcome = OpenOutcome::Ok;
        QString problem;
    };
    /// Whether opening checks the file: when it calls for it (size, an unclean end), or never
    /// (another connection to a file already checked).
    enum class Check { IfWanted, Never };
    Attempt openFile(EarlyIntegrityCheck *earlyCheck, Check check);
    /// openFile(), again for a while when another process holds the file or is migrating it.
    Attempt openFileWaiting(EarlyIntegrityCheck *earlyCheck = nullptr, Check check = Check::IfWanted);
    /// The attempt that `error` ends, told by SQLite's result code, described by `problem`.
    static Attempt failure(const QSqlError &error, const QString &problem);
    /// A problem, with the database's path where it does not name it already.
    [[nodiscard]] Error withPath(const QString &problem) const;
    Attempt migrate();
    /// Takes the database from schema `version - 1` to `version`, unless another process just
    /// did; the error that stopped it, if any.
    QSqlError migrateStep(int version, const QStringList &statements);
    /// Executes one statement; its error, if it failed.
    QSqlError run(const QString &sql);
    Result<void> moveAside(const QString &reason);

    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_path;
    QString m_warning;
};

} // namespace Herald
