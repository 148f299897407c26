// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

namespace Herald {

class Timeline;

/// The release schedule as an iCalendar file (RFC 5545): each release python-releases.json
/// expects, and each series' end of life still to come, as all-day events that any calendar
/// application can subscribe to or import.
class ReleaseCalendar final
{
    Q_DECLARE_TR_FUNCTIONS(Herald::ReleaseCalendar)

public:
    /// The calendar of `timeline` as judged on `today`. `stamp` is the DTSTAMP of every event
    /// (the time the file is made); events keep their UIDs from one export to the next, so a
    /// calendar that imports the file again updates them rather than doubling them.
    static QByteArray build(const Timeline &timeline, QDate today, const QDateTime &stamp);

    /// A TEXT value with RFC 5545's escapes: backslash, semicolon, comma and newline.
    static QString escapeText(const QString &text);
    /// One content line, folded at 75 octets (never inside a UTF-8 sequence), ending in CRLF.
    static QByteArray foldLine(const QString &line);
};

} // namespace Herald
