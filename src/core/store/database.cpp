#include "core/store/database.h"

#include "core/store/schema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
constexpr qint64 AlwaysCheckBelowBytes = qint64(16) * 1024 * 1024;
/// How long opening waits for another process that holds a new database locked.
constexpr qint64 LockWaitMs = 30000;
} // namespace

Database::Database()
    : m_connectionName(u"herald-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

Database::~Database()
{
    close();
}

int Database::schemaVersion()
{
    return int(Schema::migrations().size());
}

QString Database::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

Result<void> Database::open(const QString &directory)
{
    m_warning.clear();
    if (!QDir().mkpath(directory)) {
        return Error(tr("Cannot create the data directory %1").arg(QDir::toNativeSeparators(directory)));
    }
    m_path = QDir(directory).absoluteFilePath(u"herald.db"_s);
    if (const QFileInfo folder(directory); !folder.isWritable()) {
        return Error(
            tr("Cannot use the data directory %1: it is not writable").arg(QDir::toNativeSeparators(directory)));
    }
    Attempt attempt = openFileWaiting();
    switch (attempt.outcome) {
    case OpenOutcome::Ok: return {};
    case OpenOutcome::Failed: return withPath(attempt.problem);
    case OpenOutcome::Damaged: break;
    }
    if (Result<void> moved = moveAside(attempt.problem); !moved) {
        return moved;
    }
    attempt = openFileWaiting();
    if (attempt.outcome != OpenOutcome::Ok) {
        return withPath(attempt.problem);
    }
    return {};
}

Error Database::withPath(const QString &problem) const
{
    const QString path = QDir::toNativeSeparators(m_path);
    return Error(problem.contains(path) ? problem : tr("Cannot use the database %1: %2").arg(path, problem));
}

Database::Attempt Database::openFileWaiting()
{
    // Another Herald creating the same new file (switching it to WAL, migrating it) makes
    // SQLite answer "locked" at once in places where no busy timeout applies: wait for it.
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        const Attempt attempt = openFile();
        // SQLite's own words (SQLITE_BUSY, SQLITE_LOCKED), not any "locked" in a path.
        const QString &problem = attempt.problem;
        const bool locked = problem.contains(u"database is locked"_s) || problem.contains(u"table is locked"_s)
            || problem.contains(u"database is busy"_s);
        if (attempt.outcome != OpenOutcome::Failed || !locked || waited.elapsed() > LockWaitMs) {
            return attempt;
        }
        QThread::msleep(20 + QRandomGenerator::global()->bounded(60));
    }
}

Database::Attempt Database::openFile()
{
    close();
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    if (!m_db.isValid()) {
        return {OpenOutcome::Failed, tr("Qt's SQLite driver (QSQLITE) is not installed")};
    }
    // A full check reads the whole file: always worth it for a small one, and for a large
    // one when the last session did not end cleanly (a clean close leaves no -wal behind).
    const bool check = QFileInfo(m_path).size() < AlwaysCheckBelowBytes || QFileInfo(m_path + u"-wal"_s).size() > 0;
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!m_db.open()) {
        return {OpenOutcome::Failed,
            tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(m_path), m_db.lastError().text())};
    }

    QSqlQuery query(m_db);
    // The first read of the file is where SQLite notices that it is not a database at all.
    if (!query.exec(u"PRAGMA journal_mode = WAL"_s)) {
        const QString problem = query.lastError().text();
        const bool damaged = problem.contains(u"not a database"_s) || problem.contains(u"malformed"_s);
        return {damaged ? OpenOutcome::Damaged : OpenOutcome::Failed, problem};
    }
    // WAL with synchronous=NORMAL survives a crash or kill of the process at any moment with
    // every committed transaction intact; only a power cut may lose the very last ones.
    const QStringList pragmas
        = {u"PRAGMA synchronous = NORMAL"_s, u"PRAGMA foreign_keys = ON"_s, u"PRAGMA temp_store = MEMORY"_s};
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma)) {
            return {OpenOutcome::Failed, query.lastError().text()};
        }
    }
    if (check && (!query.exec(u"PRAGMA quick_check"_s) || !query.next() || query.value(0).toString() != u"ok"_s)) {
        return {
            OpenOutcome::Damaged, query.lastError().isValid() ? query.lastError().text() : query.value(0).toString()};
    }
    // A statement still stepping (quick_check's row) keeps a virtual machine alive, and SQLite
    // refuses to drop a table while any is (a migration that rebuilds the search index).
    query.finish();
    if (const Result<void> migrated = migrate(); !migrated) {
        const QString &problem = migrated.error().message();
        return {problem.contains(u"malformed"_s) ? OpenOutcome::Damaged : OpenOutcome::Failed, problem};
    }
    return {};
}

Result<void> Database::migrate()
{
    QSqlQuery query(m_db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
        return Error(query.lastError().text());
    }
    const int current = query.value(0).toInt();
    // An unfinished SELECT keeps a read snapshot open, and SQLite refuses at once to turn a
    // stale snapshot into a write, busy timeout or not: let the statement go first.
    query.finish();
    const auto &steps = Schema::migrations();
    if (current > steps.size()) {
        return Error(tr("%1 was written by a newer version of Herald (schema %2; this one knows %3)")
                .arg(QDir::toNativeSeparators(m_path))
                .arg(current)
                .arg(steps.size()));
    }
    for (int version = current + 1; version <= steps.size(); ++version) {
        // BEGIN IMMEDIATE, not QSqlDatabase::transaction()'s deferred BEGIN: two Herald
        // processes opening a new database at once (the window and `herald --list`) would both
        // read the version and then both try to write, and SQLite fails one of them at once
        // rather than let it wait. Taking the write lock first makes the second one wait
        // (busy timeout) and then find the step done by the first.
        // A few cases still answer "locked" without waiting (another process switching a new
        // file to WAL); the step is simply tried again for a while.
        Result<void> migrated = migrateStep(version, steps.at(version - 1));
        for (int attempt = 1; attempt < 50 && !migrated; ++attempt) {
            const QString &problem = migrated.error().message();
            if (!problem.contains(u"locked"_s) && !problem.contains(u"busy"_s)) {
                break;
            }
            QThread::msleep(100);
            migrated = migrateStep(version, steps.at(version - 1));
        }
        if (!migrated) {
            return Error(
                tr("Cannot update the database to schema %1: %2").arg(version).arg(migrated.error().message()));
        }
    }
    return {};
}

Result<void> Database::migrateStep(int version, const QStringList &statements)
{
    if (Result<void> begun = exec(u"BEGIN IMMEDIATE"_s); !begun) {
        return begun;
    }
    const auto steps = [&]() -> Result<void> {
        QSqlQuery again(m_db);
        const bool done = again.exec(u"PRAGMA user_version"_s) && again.next() && again.value(0).toInt() >= version;
        again.finish();
        if (done) {
            return {};
        }
        for (const QString &statement : statements) {
            if (Result<void> ran = exec(statement); !ran) {
                return ran;
            }
        }
        return exec(u"PRAGMA user_version = %1"_s.arg(version));
    };
    Result<void> migrated = steps();
    if (migrated) {
        migrated = exec(u"COMMIT"_s);
    }
    if (!migrated) {
        // The step's own failure is what to tell; a failed rollback leaves nothing more to do.
        (void)exec(u"ROLLBACK"_s);
    }
    return migrated;
}

Result<void> Database::moveAside(const QString &reason)
{
    close();
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    const QString aside = m_path + u".damaged-"_s + stamp;
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
        if (QFile::exists(m_path + suffix) && !QFile::rename(m_path + suffix, aside + suffix)) {
            return Error(tr("The database %1 is damaged (%2) and could not be moved aside; Herald left it untouched.")
                    .arg(QDir::toNativeSeparators(m_path), reason));
        }
    }
    m_warning = tr("The database %1 was damaged (%2). It was kept as %3, and a new one was started: the next "
                   "sync fetches the posts again, but read and starred marks are in the old file.")
                    .arg(QDir::toNativeSeparators(m_path), reason, QDir::toNativeSeparators(aside));
    return {};
}

void Database::close()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

Result<void> Database::transaction(const std::function<Result<void>()> &work)
{
    if (!m_db.transaction()) {
        return Error(m_db.lastError().text());
    }
    Result<void> done = work();
    if (done && m_db.commit()) {
        return {};
    }
    if (done) {
        done = Error(m_db.lastError().text());
    }
    m_db.rollback();
    return done;
}

Result<void> Database::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql)) {
        return Error(query.lastError().text());
    }
    return {};
}

} // namespace Herald
