// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/interpreters/interpreterprobe.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace Herald {

/// What interpreters answered when they were run, by path, size and modification time, so
/// that each file is run once: an upgrade in place changes the file and is asked again.
/// Kept as a small JSON file; a missing or damaged file is an empty cache.
class ProbeCache final
{
public:
    explicit ProbeCache(QString fileName);

    /// The answer for `executable` as it is now on disk, if it was asked before.
    [[nodiscard]] std::optional<InterpreterProbe::Answer> find(const QString &executable) const;
    /// Remembers a good answer (problems are asked again next time).
    void insert(const QString &executable, const InterpreterProbe::Answer &answer);
    /// Writes the file when something changed. A cache that cannot be written is logged
    /// (herald.interpreters) and costs a run of each interpreter next time, nothing more.
    void save();

    [[nodiscard]] QString fileName() const { return m_fileName; }

private:
    struct Entry {
        qint64 size = 0;
        qint64 modified = 0; ///< ms since the epoch
        InterpreterProbe::Answer answer;
    };

    QString m_fileName;
    QHash<QString, Entry> m_entries;
    bool m_dirty = false;
};

} // namespace Herald
