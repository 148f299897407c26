// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/sources/searchtextfill.h"
#include "core/store/database.h"
#include "core/store/earlyintegritycheck.h"
#include "core/store/poststore.h"
#include "core/store/schema.h"
#include "core/store/sqlitefailure.h"
#include "verifyresult.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <optional>

using namespace Qt::StringLiterals;
using Herald::Database;
using Herald::EarlyIntegrityCheck;
using Herald::Result;
using Herald::SqliteFailure;

class TestDatabase final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createsTheSchemaInWalMode();
    void keepsWhatWasCommitted();
    void rollsBackAFailedTransaction();
    void movesADamagedFileAside_data();
    void movesADamagedFileAside();
    void refusesAFileFromANewerHerald();
    void takesTheEarlyChecksVerdict();
    void ignoresAnEarlyCheckOfAnotherFile();
    void earlyCheckLeavesWhatItCannotJudge_data();
    void earlyCheckLeavesWhatItCannotJudge();
    void anEarlyCheckEndsWithItsOwner();
    void theEarlyCheckLeavesTheLogInPlace();
    void anotherConnectionNeitherChecksNorMovesAside();
    void upgradesAFirstSchemaDatabase();
    void upgradesSearchToTheTextOfStoredHtml();
    void reportsAnUnusableDirectory();
    void defaultsToTheAppDataDirectory();
    void judgesSqliteErrorsByTheirCode_data();
    void judgesSqliteErrorsByTheirCode();
    void judgesTheDriversOwnErrors();

private:
    static QByteArray makeValidDatabase(const QString &directory);
    /// Scribbles over the last quarter of the file, the pages of the rows written last, far
    /// from the schema: opening the file does not notice, only a full check does.
    static bool damagePages(const QString &path, const QByteArray &bytes);
    /// Writes `directory`/herald.db as schema `version` made it, then runs `statements` in it.
    static bool writeOldStore(const QString &directory, int version, const QStringList &statements);
};

void TestDatabase::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

QByteArray TestDatabase::makeValidDatabase(const QString &directory)
{
    Database db;
    if (!db.open(directory)) {
        return {};
    }
    for (int i = 0; i < 200; ++i) {
        if (!db.exec(u"INSERT INTO meta (key, value) VALUES ('k%1', '%2')"_s.arg(i).arg(QString(500, u'x')))) {
            return {};
        }
    }
    if (!db.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s)) {
        return {};
    }
    db.close();
    QFile file(directory + u"/herald.db"_s);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool TestDatabase::damagePages(const QString &path, const QByteArray &valid)
{
    QByteArray bytes = valid;
    for (qsizetype i = bytes.size() * 3 / 4; i < bytes.size(); i += 97) {
        bytes[i] = char(0xA5);
    }
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

void TestDatabase::createsTheSchemaInWalMode()
{
    QTemporaryDir dir;
    Database db;
    HERALD_VERIFY_RESULT(db.open(dir.path()));
    QVERIFY(db.warning().isEmpty());
    QSqlQuery query(db.handle());
    QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"wal"_s);
    QVERIFY(query.exec(u"PRAGMA user_version"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), Database::schemaVersion());
    for (const QString &table : {u"sources"_s, u"posts"_s, u"http_validators"_s, u"documents"_s, u"posts_fts"_s}) {
        QVERIFY2(query.exec(u"SELECT count(*) FROM "_s + table), qPrintable(table));
    }
}

bool TestDatabase::writeOldStore(const QString &directory, int version, const QStringList &statements)
{
    bool written = false;
    {
        QSqlDatabase old = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
        old.setDatabaseName(directory + u"/herald.db"_s);
        QStringList all;
        for (int step = 0; step < version; ++step) {
            all << Herald::Schema::migrations().at(step);
        }
        all << u"PRAGMA user_version = %1"_s.arg(version) << statements;
        if (old.open()) {
            QSqlQuery query(old);
            written = std::all_of(all.cbegin(), all.cend(), [&query](const QString &statement) {
                const bool ran = query.exec(statement);
                if (!ran) {
                    qWarning() << statement << query.lastError().text();
                }
                return ran;
            });
        }
        old.close();
    }
    QSqlDatabase::removeDatabase(u"old"_s);
    return written;
}

void TestDatabase::upgradesAFirstSchemaDatabase()
{
    // A herald.db as the first release wrote it, with a post, then opened by this one: the
    // search index is rebuilt with authors and tags, and nothing stored is lost.
    QTemporaryDir dir;
    QVERIFY(writeOldStore(dir.path(), 1,
        {u"INSERT INTO sources (id, kind, url) VALUES (1, 'test', 'https://example.org/')"_s,
            u"INSERT INTO posts (source_id, slug, title, author, tags, body, stored_at) VALUES "
            u"(1, 'a', 'Python 3.13.0', 'Zoë Smith', 'releases', 'The body.', 0)"_s}));
    Database db;
    HERALD_VERIFY_RESULT(db.open(dir.path()));
    QSqlQuery query(db.handle());
    QVERIFY(query.exec(u"PRAGMA user_version"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), Database::schemaVersion());
    QVERIFY(query.exec(u"SELECT rowid FROM posts_fts WHERE posts_fts MATCH 'zoe'"_s));
    QVERIFY2(query.next(), "the author is searchable after the upgrade");
    QVERIFY(query.exec(u"SELECT title FROM posts"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"Python 3.13.0"_s);
}

void TestDatabase::upgradesSearchToTheTextOfStoredHtml()
{
    // A feed post and a Markdown post stored by schema 6, whose index held their markup: after
    // the upgrade they are found by their words and no longer by their tags, attributes and
    // link addresses, once SearchTextFill ran.
    QTemporaryDir dir;
    QVERIFY(writeOldStore(dir.path(), 6,
        {u"INSERT INTO sources (id, kind, url) VALUES (1, 'github', 'https://example.org/')"_s,
            uR"(INSERT INTO posts (source_id, slug, title, body, body_format, stored_at) VALUES
            (1, 'v1.0', 'Tool 1.0', '<p class="note">Read the <a href="https://example.org/x">upgrade notes</a>.</p>',
             'html', 0))"_s,
            u"INSERT INTO posts (source_id, slug, title, body, stored_at) VALUES "
            u"(1, 'md', 'A Markdown post', 'See [the notes](https://example.org/y).', 0)"_s}));
    Database db;
    HERALD_VERIFY_RESULT(db.open(dir.path()));
    Herald::PostStore store(db);
    const auto count = [&store](const QString &expression) {
        return store.search(expression).value_or(QList<Herald::PostStore::SearchHit>()).size();
    };
    QCOMPARE(count(u"href"_s), 1); // what the old index held, until the fill
    QCOMPARE(count(u"example"_s), 2); // both link addresses
    Herald::SearchTextFill fill(store);
    QSignalSpy finished(&fill, &Herald::SearchTextFill::finished);
    fill.start();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(fill.filled(), 2);
    QCOMPARE(count(u"href"_s), 0);
    QCOMPARE(count(u"note"_s), 0); // a class
    QCOMPARE(count(u"example"_s), 0);
    QCOMPARE(count(u"upgrade"_s), 1);
    QCOMPARE(count(u"notes"_s), 2); // the words of both, HTML and Markdown
    HERALD_VERIFY_RESULT(store.postsWithoutSearchText(10));
    QVERIFY(store.postsWithoutSearchText(10)->isEmpty());
}

void TestDatabase::keepsWhatWasCommitted()
{
    QTemporaryDir dir;
    {
        Database db;
        QVERIFY(db.open(dir.path()));
        QVERIFY(db.transaction([&] { return db.exec(u"INSERT INTO meta VALUES ('baseline', '327')"_s); }));
    }
    Database db;
    QVERIFY(db.open(dir.path()));
    QSqlQuery query(db.handle());
    QVERIFY(query.exec(u"SELECT value FROM meta WHERE key = 'baseline'"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"327"_s);
}

void TestDatabase::rollsBackAFailedTransaction()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.path()));
    const Result<void> done = db.transaction([&]() -> Result<void> {
        if (Result<void> inserted = db.exec(u"INSERT INTO meta VALUES ('a', '1')"_s); !inserted) {
            return inserted;
        }
        return db.exec(u"INSERT INTO nowhere VALUES (1)"_s);
    });
    QVERIFY(!done);
    QVERIFY2(done.error().message().contains(u"nowhere"_s), qPrintable(done.error().message()));
    QSqlQuery query(db.handle());
    QVERIFY(query.exec(u"SELECT count(*) FROM meta"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void TestDatabase::movesADamagedFileAside_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<bool>("early"); // found by the check main() starts before Qt
    for (const bool early : {false, true}) {
        const char *when = early ? " (early check)" : "";
        QTest::addRow("not a database%s", when) << u"garbage"_s << early;
        QTest::addRow("pages overwritten%s", when) << u"pages"_s << early;
        QTest::addRow("cut in half%s", when) << u"truncated"_s << early;
    }
}

void TestDatabase::movesADamagedFileAside()
{
    QFETCH(QString, damage);
    QFETCH(bool, early);
    QTemporaryDir dir;
    QByteArray bytes = makeValidDatabase(dir.path());
    QVERIFY(bytes.size() > 16 * 4096);
    if (damage == u"garbage"_s) {
        bytes = QByteArray("This is not an SQLite file at all. ").repeated(400);
    } else if (damage == u"pages"_s) {
        // Keep the header and the schema page; scribble over the B-tree pages after them.
        for (qsizetype i = 2 * 4096; i < bytes.size() - 4096; i += 97) {
            bytes[i] = char(0xA5);
        }
    } else {
        bytes.truncate(bytes.size() / 2);
    }
    const QString path = dir.filePath(u"herald.db"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
    file.close();

    std::optional<EarlyIntegrityCheck> check;
    if (early) {
        check.emplace(path);
        // Found by the early check itself, not by open() checking again.
        QCOMPARE(check->result().verdict, EarlyIntegrityCheck::Verdict::Damaged);
        QVERIFY(!check->result().problem.isEmpty());
    }
    Database db;
    HERALD_VERIFY_RESULT(db.open(dir.path(), check ? &*check : nullptr));
    QVERIFY2(db.warning().contains(u"damaged"_s), qPrintable(db.warning()));
    if (check) {
        QCOMPARE(check->take().verdict, EarlyIntegrityCheck::Verdict::Unknown); // taken by open()
    }
    // The file itself, and its -wal and -shm with it where a connection left them (the early
    // check's does: it closes without writing the log into the file).
    QStringList aside = QDir(dir.path()).entryList({u"herald.db.damaged-*"_s}, QDir::Files);
    const QStringList logs = aside.filter(QRegularExpression(u"-(wal|shm)$"_s));
    QVERIFY(logs.size() <= 2);
    for (const QString &log : logs) {
        aside.removeOne(log);
    }
    QCOMPARE(aside.size(), 1);
    QVERIFY(db.warning().contains(aside.constFirst()));
    QFile kept(dir.filePath(aside.constFirst()));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), bytes); // moved, never rewritten
    QVERIFY(db.exec(u"INSERT INTO meta VALUES ('fresh', 'start')"_s));
}

void TestDatabase::takesTheEarlyChecksVerdict()
{
    // The file is sound when the early check reads it and damaged behind its back before
    // open(): open() goes by the verdict and does not read the whole file again.
    QTemporaryDir dir;
    const QByteArray bytes = makeValidDatabase(dir.path());
    const QString path = dir.filePath(u"herald.db"_s);
    EarlyIntegrityCheck check(path);
    QCOMPARE(check.filePath(), path);
    QCOMPARE(check.result().verdict, EarlyIntegrityCheck::Verdict::Ok);
    QVERIFY(damagePages(path, bytes));
    {
        Database db;
        HERALD_VERIFY_RESULT(db.open(dir.path(), &check));
        QCOMPARE(db.warning(), QString());
    }
    // What open() took is not given twice: the next open checks for itself, and finds it.
    QCOMPARE(check.take().verdict, EarlyIntegrityCheck::Verdict::Unknown);
    Database again;
    HERALD_VERIFY_RESULT(again.open(dir.path(), &check));
    QVERIFY2(again.warning().contains(u"damaged"_s), qPrintable(again.warning()));
}

void TestDatabase::ignoresAnEarlyCheckOfAnotherFile()
{
    QTemporaryDir sound;
    QTemporaryDir damaged;
    (void)makeValidDatabase(sound.path());
    QVERIFY(damagePages(damaged.filePath(u"herald.db"_s), makeValidDatabase(damaged.path())));
    EarlyIntegrityCheck check(sound.filePath(u"herald.db"_s));
    Database db;
    HERALD_VERIFY_RESULT(db.open(damaged.path(), &check));
    QVERIFY2(db.warning().contains(u"damaged"_s), qPrintable(db.warning()));
    QCOMPARE(check.take().verdict, EarlyIntegrityCheck::Verdict::Ok); // still there: not used
}

void TestDatabase::earlyCheckLeavesWhatItCannotJudge_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("no file yet") << u"missing"_s;
    QTest::newRow("no path") << QString();
    QTest::newRow("a directory") << u"directory"_s;
}

void TestDatabase::earlyCheckLeavesWhatItCannotJudge()
{
    QFETCH(QString, file);
    QTemporaryDir dir;
    QString path;
    if (file == u"missing"_s) {
        path = dir.filePath(u"herald.db"_s);
    } else if (file == u"directory"_s) {
        path = dir.filePath(u"herald.db"_s);
        QVERIFY(QDir().mkpath(path));
    }
    EarlyIntegrityCheck check(path);
    QCOMPARE(check.take().verdict, EarlyIntegrityCheck::Verdict::Unknown);
    QVERIFY(!QFile::exists(path) || QFileInfo(path).isDir()); // never creates the file
    if (file == u"missing"_s) {
        Database db;
        HERALD_VERIFY_RESULT(db.open(dir.path(), &check));
        QVERIFY(db.warning().isEmpty());
    }
}

void TestDatabase::anEarlyCheckEndsWithItsOwner()
{
    // A second launch hands over and leaves while the check may still wait for a lock that
    // another process holds: the check stops at once instead of waiting it out (5 s).
    QTemporaryDir dir;
    (void)makeValidDatabase(dir.path());
    const QString path = dir.filePath(u"herald.db"_s);
    {
        QSqlDatabase holder = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"holder"_s);
        holder.setDatabaseName(path);
        QVERIFY(holder.open());
        QSqlQuery lock(holder);
        QVERIFY(lock.exec(u"PRAGMA locking_mode = EXCLUSIVE"_s));
        QVERIFY(lock.exec(u"BEGIN EXCLUSIVE"_s));
        QVERIFY(lock.exec(u"INSERT INTO meta (key, value) VALUES ('held', 'lock')"_s));
        QElapsedTimer ended;
        {
            const EarlyIntegrityCheck check(path);
            QTest::qWait(200); // well into its wait for the lock
            ended.start();
        }
        QVERIFY2(ended.elapsed() < 2000, qPrintable(QString::number(ended.elapsed())));
        // Without an owner that leaves, the check gives up after as long as Database would
        // wait, and leaves the verdict to Database.
        EarlyIntegrityCheck waited(path);
        QCOMPARE(waited.result().verdict, EarlyIntegrityCheck::Verdict::Unknown);
        QVERIFY(lock.exec(u"ROLLBACK"_s));
        lock.finish();
        holder.close();
    }
    QSqlDatabase::removeDatabase(u"holder"_s);
    EarlyIntegrityCheck free(path);
    QCOMPARE(free.result().verdict, EarlyIntegrityCheck::Verdict::Ok);
}

void TestDatabase::theEarlyCheckLeavesTheLogInPlace()
{
    // A session that ended uncleanly leaves its write-ahead log: that is what tells Database to
    // check a large file in full. The early check must not write the log into the file and
    // delete it when it closes, as closing the last connection otherwise does.
    QTemporaryDir dir;
    QTemporaryDir crashed;
    {
        Database db;
        HERALD_VERIFY_RESULT(db.open(dir.path()));
        HERALD_VERIFY_RESULT(db.exec(u"INSERT INTO meta (key, value) VALUES ('after', 'crash')"_s));
        // Copied while it is open, as a killed process leaves it.
        for (const QString &suffix : {u""_s, u"-wal"_s}) {
            QVERIFY(QFile::copy(dir.filePath(u"herald.db"_s + suffix), crashed.filePath(u"herald.db"_s + suffix)));
        }
    }
    const QString wal = crashed.filePath(u"herald.db-wal"_s);
    const qint64 logSize = QFileInfo(wal).size();
    QVERIFY(logSize > 0);
    EarlyIntegrityCheck check(crashed.filePath(u"herald.db"_s));
    QVERIFY(check.wasWanted());
    QCOMPARE(check.result().verdict, EarlyIntegrityCheck::Verdict::Ok);
    QCOMPARE(QFileInfo(wal).size(), logSize);
    Database db;
    HERALD_VERIFY_RESULT(db.open(crashed.path(), &check));
    QSqlQuery query(db.handle());
    QVERIFY(query.exec(u"SELECT value FROM meta WHERE key = 'after'"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"crash"_s);
}

void TestDatabase::anotherConnectionNeitherChecksNorMovesAside()
{
    QTemporaryDir dir;
    const QByteArray bytes = makeValidDatabase(dir.path());
    const QString path = dir.filePath(u"herald.db"_s);
    // Damage only a full check finds: another connection does not look for it (the first one
    // did), and reads what it can.
    QVERIFY(damagePages(path, bytes));
    {
        Database another;
        HERALD_VERIFY_RESULT(another.openAnother(path));
        QCOMPARE(another.warning(), QString());
        QSqlQuery query(another.handle());
        QVERIFY(query.exec(u"PRAGMA user_version"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), Database::schemaVersion());
    }
    // A file that is no database at all fails, and stays where it is.
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QByteArray("not a database ").repeated(1000));
    file.close();
    Database broken;
    const Result<void> opened = broken.openAnother(path);
    QVERIFY(!opened);
    QVERIFY2(opened.error().message().contains(QDir::toNativeSeparators(path)), qPrintable(opened.error().message()));
    QVERIFY(QDir(dir.path()).entryList({u"herald.db.damaged-*"_s}).isEmpty());
    QVERIFY(!broken.isOpen());
    // Nor does it make a file that is not there.
    Database missing;
    QVERIFY(!missing.openAnother(dir.filePath(u"other.db"_s)));
    QVERIFY(!QFile::exists(dir.filePath(u"other.db"_s)));
}

void TestDatabase::refusesAFileFromANewerHerald()
{
    QTemporaryDir dir;
    {
        Database db;
        QVERIFY(db.open(dir.path()));
        QVERIFY(db.exec(u"PRAGMA user_version = 999"_s));
    }
    Database db;
    const Result<void> opened = db.open(dir.path());
    QVERIFY(!opened);
    QVERIFY2(opened.error().message().contains(u"newer version"_s), qPrintable(opened.error().message()));
    QVERIFY(QDir(dir.path()).entryList({u"herald.db.damaged-*"_s}).isEmpty());
}

void TestDatabase::reportsAnUnusableDirectory()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(u"file"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    Database db;
    const Result<void> opened = db.open(dir.filePath(u"file/sub"_s));
    QVERIFY(!opened);
    QVERIFY2(
        opened.error().message().contains(u"Cannot create the data directory"_s), qPrintable(opened.error().message()));

    // A database that cannot be opened at all: the message names the file, not only SQLite's
    // "unable to open database file".
    QTemporaryDir other;
    QVERIFY(QDir(other.path()).mkdir(u"herald.db"_s));
    Database blocked;
    const Result<void> refused = blocked.open(other.path());
    QVERIFY(!refused);
    QVERIFY2(refused.error().message().contains(QDir::toNativeSeparators(other.filePath(u"herald.db"_s))),
        qPrintable(refused.error().message()));
}

void TestDatabase::defaultsToTheAppDataDirectory()
{
    QCOMPARE(Database::defaultDirectory(), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    QVERIFY(!Database::defaultDirectory().isEmpty());
}

void TestDatabase::judgesSqliteErrorsByTheirCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("text");
    QTest::addColumn<SqliteFailure>("expected");
    QTest::newRow("corrupt") << u"11"_s << u"database disk image is malformed"_s << SqliteFailure::Damaged;
    QTest::newRow("corrupt vtab (extended)")
        << u"267"_s << u"database disk image is malformed"_s << SqliteFailure::Damaged;
    QTest::newRow("not a database") << u"26"_s << u"file is not a database"_s << SqliteFailure::Damaged;
    QTest::newRow("busy") << u"5"_s << u"database is locked"_s << SqliteFailure::Contended;
    QTest::newRow("busy recovery (extended)") << u"261"_s << u"database is locked"_s << SqliteFailure::Contended;
    QTest::newRow("locked") << u"6"_s << u"database table is locked"_s << SqliteFailure::Contended;
    // What CI met: quick_check reading the schema while another Herald migrated the new file.
    QTest::newRow("schema changed under a check")
        << u"17"_s << u"vtable constructor failed: posts_fts"_s << SqliteFailure::Contended;
    QTest::newRow("disk full") << u"13"_s << u"database or disk is full"_s << SqliteFailure::Other;
    QTest::newRow("read-only") << u"8"_s << u"attempt to write a readonly database"_s << SqliteFailure::Other;
    // The words are never read: a path can say anything.
    QTest::newRow("words that lie") << u"14"_s << u"unable to open /home/malformed/locked/herald.db"_s
                                    << SqliteFailure::Other;
    QTest::newRow("no code") << QString() << u"database disk image is malformed"_s << SqliteFailure::Other;
}

void TestDatabase::judgesSqliteErrorsByTheirCode()
{
    QFETCH(QString, code);
    QFETCH(QString, text);
    QFETCH(SqliteFailure, expected);
    QCOMPARE(Herald::sqliteFailureOf(QSqlError(QString(), text, QSqlError::StatementError, code)), expected);
}

void TestDatabase::judgesTheDriversOwnErrors()
{
    // The codes above as Qt's SQLite driver really reports them, not only as written here.
    QTemporaryDir dir;
    QFile garbage(dir.filePath(u"garbage.db"_s));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(8192, 'x'));
    garbage.close();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"garbage"_s);
        db.setDatabaseName(garbage.fileName());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(!query.exec(u"PRAGMA journal_mode = WAL"_s));
        QCOMPARE(Herald::sqliteFailureOf(query.lastError()), SqliteFailure::Damaged);
    }
    QSqlDatabase::removeDatabase(u"garbage"_s);

    {
        QSqlDatabase holder = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"holder"_s);
        holder.setDatabaseName(dir.filePath(u"held.db"_s));
        QVERIFY(holder.open());
        QSqlQuery hold(holder);
        QVERIFY(hold.exec(u"CREATE TABLE t (x)"_s));
        QVERIFY(hold.exec(u"BEGIN IMMEDIATE"_s));
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
        other.setDatabaseName(holder.databaseName());
        other.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=0"_s);
        QVERIFY(other.open());
        QSqlQuery write(other);
        QVERIFY(!write.exec(u"INSERT INTO t VALUES (1)"_s));
        QCOMPARE(Herald::sqliteFailureOf(write.lastError()), SqliteFailure::Contended);
        QVERIFY(hold.exec(u"ROLLBACK"_s));
    }
    QSqlDatabase::removeDatabase(u"other"_s);
    QSqlDatabase::removeDatabase(u"holder"_s);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
