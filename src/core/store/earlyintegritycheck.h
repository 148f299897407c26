// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>

struct sqlite3;

namespace Herald {

/// SQLite's quick_check of the database file, on a thread of its own, started by main() before
/// the application object: the check reads the whole file (about 25 ms at 327 posts, most of a
/// start's own work) while Qt starts on the other core. Database::open() takes its verdict
/// instead of checking the same file again.
///
/// Through SQLite's C API, not QtSql: Qt's SQLite driver is a plugin, and plugins are loaded
/// once the application object exists. On Linux both use the system's libsqlite3; a Qt that
/// carries its own copy is still safe, as the check's connection is closed before Database
/// opens the file (Database::open() waits for it).
///
/// The check must leave the file as it found it: it never creates it, and it does not
/// checkpoint the write-ahead log when it closes (that would remove the -wal that tells
/// Database the last session ended uncleanly).
class EarlyIntegrityCheck final
{
public:
    enum class Verdict {
        Unknown, ///< not checked (not wanted, no file, busy, interrupted): Database checks itself
        Ok,
        Damaged,
    };
    struct Outcome {
        Verdict verdict = Verdict::Unknown;
        QString problem; ///< what SQLite said, when Damaged
    };

    /// Starts checking `filePath` when Database would check it on open (see isWanted());
    /// otherwise the outcome is Unknown at once.
    explicit EarlyIntegrityCheck(const QString &filePath);
    /// Interrupts a check still under way (a second launch that hands over and leaves).
    ~EarlyIntegrityCheck();
    EarlyIntegrityCheck(const EarlyIntegrityCheck &) = delete;
    EarlyIntegrityCheck &operator=(const EarlyIntegrityCheck &) = delete;

    /// Whether opening `filePath` calls for a full check: always for a small file, and for a
    /// large one when the last session did not end cleanly (a clean close leaves no -wal).
    [[nodiscard]] static bool isWanted(const QString &filePath);

    /// The absolute path checked.
    [[nodiscard]] QString filePath() const { return m_filePath; }
    /// Whether isWanted() said so when the check started (checking may change what it says).
    [[nodiscard]] bool wasWanted() const { return m_wanted; }
    /// Waits for the check to end and returns what it found, or Unknown once taken.
    [[nodiscard]] Outcome result();
    /// result(), once only: the file may change after it is used (Database moves a damaged one
    /// aside), so whoever comes after gets Unknown and checks for itself.
    [[nodiscard]] Outcome take();

private:
    void run(const QByteArray &path);
    /// SQLite's busy handler: waits like a busy timeout, unless the check is to stop.
    static int waitWhileBusy(void *self, int attempts);

    QString m_filePath;
    Outcome m_outcome;
    std::mutex m_mutex; ///< guards m_connection, which interrupting uses from another thread
    sqlite3 *m_connection = nullptr;
    bool m_taken = false;
    bool m_wanted = false;
    /// Set by the destructor. sqlite3_interrupt() alone is lost when it comes before the
    /// statement runs, and never ends a wait for a lock.
    std::atomic<bool> m_stop = false;
    std::thread m_thread;
};

} // namespace Herald
