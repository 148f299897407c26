#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace Herald {

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

    /// Opens (creating it when missing) `directory`/herald.db. False with error() set when
    /// no usable database could be had at all.
    bool open(const QString &directory);
    void close();

    [[nodiscard]] bool isOpen() const { return m_db.isOpen(); }
    [[nodiscard]] QString error() const { return m_error; }
    /// Set when the file was damaged and moved aside on open.
    [[nodiscard]] QString warning() const { return m_warning; }
    [[nodiscard]] QString filePath() const { return m_path; }
    [[nodiscard]] QSqlDatabase handle() const { return m_db; }

    /// Runs `work` in one transaction: committed when it returns true, rolled back otherwise
    /// (and when a statement fails). Returns whether it was committed.
    bool transaction(const std::function<bool()> &work);

    /// Executes one statement; on failure records the error and returns false.
    bool exec(const QString &sql);

private:
    enum class OpenOutcome { Ok, Damaged, Failed };
    OpenOutcome openFile(QString *problem);
    /// openFile(), again for a while when another process holds the file locked.
    OpenOutcome openFileWaiting(QString *problem);
    /// A problem, with the database's path where it does not name it already.
    [[nodiscard]] QString withPath(const QString &problem) const;
    bool migrate(QString *problem);
    /// Takes the database from schema `version - 1` to `version`, unless another process just did.
    bool migrateStep(int version, const QStringList &statements);
    bool moveAside(const QString &reason);

    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_path;
    QString m_error;
    QString m_warning;
};

} // namespace Herald
