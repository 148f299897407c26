// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/releases/releasecalendar.h"

#include "core/releases/timeline.h"

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

// RFC 5545, 3.1: content lines are at most 75 octets, excluding the line break.
constexpr qsizetype MaxLineOctets = 75;

QString dateValue(const QDate &date)
{
    return date.toString(u"yyyyMMdd"_s);
}

struct Event {
    QString uid;
    QDate day;
    QString summary;
    QString description;
    QString category;
};

void appendEvent(QByteArray &out, const Event &event, const QDateTime &stamp)
{
    const QStringList lines = {
        u"BEGIN:VEVENT"_s,
        u"UID:"_s + event.uid,
        u"DTSTAMP:"_s + stamp.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s),
        u"DTSTART;VALUE=DATE:"_s + dateValue(event.day),
        u"DTEND;VALUE=DATE:"_s + dateValue(event.day.addDays(1)),
        u"SUMMARY:"_s + ReleaseCalendar::escapeText(event.summary),
        u"DESCRIPTION:"_s + ReleaseCalendar::escapeText(event.description),
        u"CATEGORIES:"_s + ReleaseCalendar::escapeText(event.category),
        u"TRANSP:TRANSPARENT"_s, // a release takes up nobody's time
        u"END:VEVENT"_s,
    };
    for (const QString &line : lines) {
        out += ReleaseCalendar::foldLine(line);
    }
}

} // namespace

QString ReleaseCalendar::escapeText(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'\\': escaped += u"\\\\"_s; break;
        case u';': escaped += u"\\;"_s; break;
        case u',': escaped += u"\\,"_s; break;
        case u'\n': escaped += u"\\n"_s; break;
        case u'\r': break;
        default: escaped += c;
        }
    }
    return escaped;
}

QByteArray ReleaseCalendar::foldLine(const QString &line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray out;
    qsizetype start = 0;
    qsizetype limit = MaxLineOctets;
    while (utf8.size() - start > limit) {
        qsizetype end = start + limit;
        // Back up to the start of a UTF-8 sequence (never between 10xxxxxx bytes).
        while (end > start && (static_cast<unsigned char>(utf8.at(end)) & 0xC0) == 0x80) {
            --end;
        }
        out += utf8.sliced(start, end - start);
        out += "\r\n ";
        start = end;
        limit = MaxLineOctets - 1; // the leading space counts
    }
    out += utf8.sliced(start);
    out += "\r\n";
    return out;
}

QByteArray ReleaseCalendar::build(const Timeline &timeline, QDate today, const QDateTime &stamp)
{
    QByteArray out;
    const QStringList header {u"BEGIN:VCALENDAR"_s, u"VERSION:2.0"_s,
        u"PRODID:-//Herald//Python release calendar//EN"_s, u"CALSCALE:GREGORIAN"_s, u"METHOD:PUBLISH"_s,
        QString(u"X-WR-CALNAME:"_s + escapeText(tr("Python releases")))};
    for (const QString &line : header) {
        out += foldLine(line);
    }
    for (const TimelineSeries &series : timeline.series()) {
        for (const ExpectedRelease &release : series.expected) {
            const QString version = release.version.toString();
            const QString description = release.isOverdue(today)
                ? tr("Python %1 (%2) was expected on this day and has not been announced yet.")
                      .arg(version, Timeline::stageName(release.version))
                : tr("Python %1 (%2) is planned for this day, as python-releases.json lists it.")
                      .arg(version, Timeline::stageName(release.version));
            appendEvent(out,
                {u"python-%1-release@herald"_s.arg(version), release.date, tr("Python %1 expected").arg(version),
                    description, tr("Python release")},
                stamp);
        }
        if (series.endOfLife.isValid() && series.endOfLife >= today) {
            appendEvent(out,
                {u"python-%1-end-of-life@herald"_s.arg(series.series), series.endOfLife,
                    tr("Python %1 reaches end of life").arg(series.series),
                    tr("Python %1 gets no more releases after this day, not even security fixes.").arg(series.series),
                    tr("Python end of life")},
                stamp);
        }
    }
    out += foldLine(u"END:VCALENDAR"_s);
    return out;
}

} // namespace Herald
