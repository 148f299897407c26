// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/releases/version.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Herald {

/// Where a feature series stands in its life, as release-cycle.json says.
enum class SeriesStatus { Feature, Prerelease, Bugfix, Security, EndOfLife, Unknown };

/// One `X.Y` series: its entry in release-cycle.json, or failing that its metadata in
/// python-releases.json.
struct SeriesLifecycle {
    QString series; ///< "3.13"
    QString branch;
    int pep = 0; ///< 0 when not known
    SeriesStatus status = SeriesStatus::Unknown;
    QString statusText; ///< the status as written, kept even when it is not one Herald knows
    QDate firstRelease;
    QDate endOfLife; ///< a `YYYY-MM` end of life is the last day of that month
    QString releaseManager;

    /// The status on `today`: see Lifecycle::statusOn().
    [[nodiscard]] SeriesStatus statusOn(QDate today) const;
};

/// One release of python-releases.json.
struct ScheduledRelease {
    Version version;
    QString stage; ///< as written: "3.14.0 candidate 2"
    bool actual = false; ///< made, rather than expected
    QDate date;
    QString note;
};

/// The Python lifecycle data: release-cycle.json (the status, end of life and release manager
/// of each series) and python-releases.json (every release of every series, with its date).
///
/// Reading is lenient: a document that is not a JSON object fails as a whole, but a series or
/// release with a missing key, a wrong type or an unreadable date costs only itself (or only
/// that field), with a warning naming it. An unknown status is kept as text and reads as
/// SeriesStatus::Unknown.
class Lifecycle final
{
    Q_DECLARE_TR_FUNCTIONS(Herald::Lifecycle)

public:
    /// Reads release-cycle.json. False, with a warning, when the document cannot be read at all.
    bool readReleaseCycle(const QByteArray &json);
    /// Reads python-releases.json. False, with a warning, when the document cannot be read at all.
    bool readPythonReleases(const QByteArray &json);

    [[nodiscard]] bool hasReleaseCycle() const { return m_haveCycle; }
    [[nodiscard]] bool hasPythonReleases() const { return m_haveReleases; }
    [[nodiscard]] bool isEmpty() const { return !m_haveCycle && !m_haveReleases; }

    /// Every series either document describes, newest first. release-cycle.json wins over the
    /// metadata of python-releases.json, field by field.
    [[nodiscard]] QList<SeriesLifecycle> series() const;
    [[nodiscard]] std::optional<SeriesLifecycle> series(const QString &name) const;
    /// The releases of one series as python-releases.json lists them.
    [[nodiscard]] QList<ScheduledRelease> releases(const QString &series) const;
    /// Every series that has releases in python-releases.json.
    [[nodiscard]] QStringList seriesWithReleases() const { return m_releases.keys(); }

    /// What could not be read, one problem per entry, naming the document and the series.
    [[nodiscard]] QStringList warnings() const { return m_warnings; }

    /// What a series is on `today`. The data's status word stands while its dates agree with
    /// it: a series whose end of life has passed is end of life, and one in development or
    /// pre-release whose first final release is due is in bugfix, whatever the word says (the
    /// data may be months old).
    static SeriesStatus statusOn(SeriesStatus stated, QDate firstRelease, QDate endOfLife, QDate today);

    static SeriesStatus statusFromString(QStringView text);
    /// "bugfix", "end-of-life": the form of release-cycle.json; empty for Unknown.
    static QString statusKey(SeriesStatus status);
    /// The status for people to read, translated.
    static QString statusName(SeriesStatus status);
    /// `YYYY-MM-DD`, or `YYYY-MM` meaning the last day of that month; nothing for anything else.
    static std::optional<QDate> parseEndOfLife(QStringView text);

private:
    QHash<QString, SeriesLifecycle> m_cycle; ///< from release-cycle.json
    QHash<QString, SeriesLifecycle> m_metadata; ///< from python-releases.json
    QHash<QString, QList<ScheduledRelease>> m_releases;
    QStringList m_warnings;
    bool m_haveCycle = false;
    bool m_haveReleases = false;
};

} // namespace Herald
