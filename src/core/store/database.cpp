// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/database.h"

#include "core/store/earlyintegritycheck.h"
#include "core/store/schema.h"
#include "core/store/sqlitefailure.h"

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

#include <utility>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
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

QString Database::filePathIn(const QString &directory)
{
    return QDir(directory.isEmpty() ? defaultDirectory() : directory).absoluteFilePath(u"herald.db"_s);
}

Result<void> Database::open(const QString &directory, EarlyIntegrityCheck *earlyCheck)
{
    m_warning.clear();
    if (!QDir().mkpath(directory)) {
        return Error(tr("Cannot create the data directory %1").arg(QDir::toNativeSeparators(directory)));
    }
    m_path = filePathIn(directory);
    if (const QFileInfo folder(directory); !folder.isWritable()) {
        return Error(
            tr("Cannot use the data directory %1: it is not writable").arg(QDir::toNativeSeparators(directory)));
    }
    if (earlyCheck) {
        // Its connection is closed before this one opens, whatever file it checked.
        (void)earlyCheck->result();
    }
    Attempt attempt = openFileWaiting(earlyCheck);
    switch (attempt.outcome) {
    case OpenOutcome::Ok: return {};
    case OpenOutcome::Contended: // openFileWaiting() gave up waiting: a failure like any other.
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

Result<void> Database::openAnother(const QString &filePath)
{
    m_warning.clear();
    m_path = QFileInfo(filePath).absoluteFilePath();
    if (!QFileInfo(m_path).isFile()) {
        return Error(tr("Cannot open %1: it does not exist").arg(QDir::toNativeSeparators(m_path)));
    }
    const Attempt attempt = openFileWaiting(nullptr, Check::Never);
    if (attempt.outcome != OpenOutcome::Ok) {
        close();
        return withPath(attempt.problem);
    }
    return {};
}

Error Database::withPath(const QString &problem) const
{
    const QString path = QDir::toNativeSeparators(m_path);
    return Error(problem.contains(path) ? problem : tr("Cannot use the database %1: %2").arg(path, problem));
}

Database::Attempt Database::openFileWaiting(EarlyIntegrityCheck *earlyCheck, Check check)
{
    // The early verdict is about the file as it was before the first attempt: only that one
    // may use it.
    EarlyIntegrityCheck *early = earlyCheck && earlyCheck->filePath() == m_path ? earlyCheck : nullptr;
    // Another Herald creating the same new file (switching it to WAL, migrating it) makes
    // SQLite answer "locked" at once in places where no busy timeout applies, and a check that
    // reads the schema while that Herald changes it answers SQLITE_SCHEMA: wait for it.
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        Attempt attempt = openFile(std::exchange(early, nullptr), check);
        if (attempt.outcome != OpenOutcome::Contended) {
            return attempt;
        }
        if (waited.elapsed() > LockWaitMs) {
            attempt.outcome = OpenOutcome::Failed;
            return attempt;
        }
        QThread::msleep(20 + QRandomGenerator::global()->bounded(60));
    }
}

Database::Attempt Database::failure(const QSqlError &error, const QString &problem)
{
    switch (sqliteFailureOf(error)) {
    case SqliteFailure::Damaged: return {OpenOutcome::Damaged, problem};
    case SqliteFailure::Contended: return {OpenOutcome::Contended, problem};
    case SqliteFailure::Other: break;
    }
    return {OpenOutcome::Failed, problem};
}

Database::Attempt Database::openFile(EarlyIntegrityCheck *earlyCheck, Check checking)
{
    close();
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    if (!m_db.isValid()) {
        return {OpenOutcome::Failed, tr("Qt's SQLite driver (QSQLITE) is not installed")};
    }
    // A full check reads the whole file: always worth it for a small one, and for a large
    // one when the last session did not end cleanly. One made while Qt started stands.
    bool check = checking == Check::IfWanted && EarlyIntegrityCheck::isWanted(m_path);
    if (earlyCheck && earlyCheck->wasWanted()) {
        const EarlyIntegrityCheck::Outcome early = earlyCheck->take();
        if (early.verdict == EarlyIntegrityCheck::Verdict::Damaged) {
            return {OpenOutcome::Damaged, early.problem};
        }
        check = early.verdict != EarlyIntegrityCheck::Verdict::Ok;
    }
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!m_db.open()) {
        return failure(
            m_db.lastError(), tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(m_path), m_db.lastError().text()));
    }

    QSqlQuery query(m_db);
    // The first read of the file is where SQLite notices that it is not a database at all.
    // WAL with synchronous=NORMAL survives a crash or kill of the process at any moment with
    // every committed transaction intact; only a power cut may lose the very last ones.
    const QStringList pragmas = {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = NORMAL"_s,
        u"PRAGMA foreign_keys = ON"_s, u"PRAGMA temp_store = MEMORY"_s};
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma)) {
            return failure(query.lastError(), query.lastError().text());
        }
    }
    if (check) {
        // Only the rows quick_check returns judge the file. The statement failing to run says
        // nothing about it: it fails with SQLITE_SCHEMA when another Herald migrates the new
        // file meanwhile, and that file was once moved aside as "damaged".
        if (!query.exec(u"PRAGMA quick_check"_s) || !query.next()) {
            return failure(query.lastError(), query.lastError().text());
        }
        if (const QString verdict = query.value(0).toString(); verdict != u"ok"_s) {
            return {OpenOutcome::Damaged, verdict};
        }
    }
    // A statement still stepping (quick_check's row) keeps a virtual machine alive, and SQLite
    // refuses to drop a table while any is (a migration that rebuilds the search index).
    query.finish();
    return migrate();
}

Database::Attempt Database::migrate()
{
    QSqlQuery query(m_db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
        return failure(query.lastError(), query.lastError().text());
    }
    const int current = query.value(0).toInt();
    // An unfinished SELECT keeps a read snapshot open, and SQLite refuses at once to turn a
    // stale snapshot into a write, busy timeout or not: let the statement go first.
    query.finish();
    const auto &steps = Schema::migrations();
    if (current > steps.size()) {
        return {OpenOutcome::Failed,
            tr("%1 was written by a newer version of Herald (schema %2; this one knows %3)")
                .arg(QDir::toNativeSeparators(m_path))
                .arg(current)
                .arg(steps.size())};
    }
    for (int version = current + 1; version <= steps.size(); ++version) {
        // BEGIN IMMEDIATE, not QSqlDatabase::transaction()'s deferred BEGIN: two Herald
        // processes opening a new database at once (the window and `herald --list`) would both
        // read the version and then both try to write, and SQLite fails one of them at once
        // rather than let it wait. Taking the write lock first makes the second one wait
        // (busy timeout) and then find the step done by the first.
        // A few cases still answer "locked" without waiting (another process switching a new
        // file to WAL): the whole open is tried again (openFileWaiting).
        if (const QSqlError error = migrateStep(version, steps.at(version - 1)); error.isValid()) {
            return failure(error, tr("Cannot update the database to schema %1: %2").arg(version).arg(error.text()));
        }
    }
    return {};
}

QSqlError Database::migrateStep(int version, const QStringList &statements)
{
    if (QSqlError begun = run(u"BEGIN IMMEDIATE"_s); begun.isValid()) {
        return begun;
    }
    const auto steps = [&]() -> QSqlError {
        QSqlQuery again(m_db);
        if (!again.exec(u"PRAGMA user_version"_s) || !again.next()) {
            return again.lastError();
        }
        const bool done = again.value(0).toInt() >= version;
        again.finish();
        if (done) {
            return {};
        }
        for (const QString &statement : statements) {
            if (QSqlError ran = run(statement); ran.isValid()) {
                return ran;
            }
        }
        return run(u"PRAGMA user_version = %1"_s.arg(version));
    };
    QSqlError error = steps();
    if (!error.isValid()) {
        error = run(u"COMMIT"_s);
    }
    if (error.isValid()) {
        // The step's own failure is what to tell; a failed rollback leaves nothing more to do.
        (void)run(u"ROLLBACK"_s);
    }
    return error;
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
    if (const QSqlError error = run(sql); error.isValid()) {
        return Error(error.text());
    }
    return {};
}

QSqlError Database::run(const QString &sql)
{
    QSqlQuery query(m_db);
    return query.exec(sql) ? QSqlError() : query.lastError();
}

} // namespace Herald
