// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/earlyintegritycheck.h"

#include "core/store/sqlitefailure.h"

#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <chrono>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
constexpr qint64 AlwaysCheckBelowBytes = qint64(16) * 1024 * 1024;
/// As long as Database's busy timeout.
constexpr int BusyWaitMs = 5000;
constexpr int BusyStepMs = 20;
/// How many of SQLite's virtual-machine steps run between two looks at m_stop.
constexpr int StepsBetweenStopChecks = 1000;
} // namespace

int EarlyIntegrityCheck::waitWhileBusy(void *self, int attempts)
{
    const auto *check = static_cast<const EarlyIntegrityCheck *>(self);
    if (check->m_stop || attempts * BusyStepMs >= BusyWaitMs) {
        return 0;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(BusyStepMs));
    return 1;
}

EarlyIntegrityCheck::EarlyIntegrityCheck(const QString &filePath)
    : m_filePath(QFileInfo(filePath).absoluteFilePath())
{
    m_wanted = !filePath.isEmpty() && QFileInfo(m_filePath).isFile() && isWanted(m_filePath);
    if (!m_wanted) {
        return;
    }
    m_thread = std::thread([this, path = QFile::encodeName(m_filePath)] { run(path); });
}

EarlyIntegrityCheck::~EarlyIntegrityCheck()
{
    m_stop = true;
    {
        const std::lock_guard lock(m_mutex);
        if (m_connection) {
            sqlite3_interrupt(m_connection);
        }
    }
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

bool EarlyIntegrityCheck::isWanted(const QString &filePath)
{
    return QFileInfo(filePath).size() < AlwaysCheckBelowBytes || QFileInfo(filePath + u"-wal"_s).size() > 0;
}

EarlyIntegrityCheck::Outcome EarlyIntegrityCheck::result()
{
    if (m_thread.joinable()) {
        m_thread.join();
    }
    return m_taken ? Outcome() : m_outcome;
}

EarlyIntegrityCheck::Outcome EarlyIntegrityCheck::take()
{
    Outcome outcome = result();
    m_taken = true;
    return outcome;
}

void EarlyIntegrityCheck::run(const QByteArray &path)
{
    sqlite3 *connection = nullptr;
    // Never creates the file: a missing one is Database's to make. A file still busy after as
    // long as Database would wait is left for Database to wait on.
    int code = sqlite3_open_v2(path.constData(), &connection, SQLITE_OPEN_READWRITE, nullptr);
    {
        const std::lock_guard lock(m_mutex);
        m_connection = connection;
    }
    sqlite3_stmt *statement = nullptr;
    if (code == SQLITE_OK) {
        // Closing the last connection to a file in WAL mode would otherwise write the log into
        // it and delete it.
        code = sqlite3_db_config(connection, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    }
    if (code == SQLITE_OK && m_stop) {
        code = SQLITE_INTERRUPT;
    }
    if (code == SQLITE_OK) {
        sqlite3_busy_handler(connection, &EarlyIntegrityCheck::waitWhileBusy, this);
        sqlite3_progress_handler(
            connection, StepsBetweenStopChecks,
            [](void *self) { return static_cast<const EarlyIntegrityCheck *>(self)->m_stop ? 1 : 0; }, this);
        code = sqlite3_prepare_v2(connection, "PRAGMA quick_check", -1, &statement, nullptr);
    }
    if (code == SQLITE_OK) {
        code = sqlite3_step(statement);
    }
    if (code == SQLITE_ROW) {
        // Only the rows quick_check returns judge the file; the first says "ok" or what is wrong.
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
        const QString verdict = QString::fromUtf8(text ? text : "");
        m_outcome = verdict == "ok"_L1 ? Outcome {Verdict::Ok, {}} : Outcome {Verdict::Damaged, verdict};
    } else if (sqliteFailureOfCode(code) == SqliteFailure::Damaged) {
        // The first read of the file is where SQLite notices that it is not a database at all.
        m_outcome = {Verdict::Damaged, QString::fromUtf8(sqlite3_errmsg(connection))};
    }
    sqlite3_finalize(statement);
    const std::lock_guard lock(m_mutex);
    sqlite3_close(connection);
    m_connection = nullptr;
}

} // namespace Herald
