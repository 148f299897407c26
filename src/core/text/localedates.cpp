// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/text/localedates.h"

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

/// One piece of a QLocale date format: a field ("d", "MMMM", "yyyy", "dddd") or literal text
/// (quoted, or any other character).
struct Piece {
    enum Kind { Day, Month, Year, Weekday, Literal } kind;
    QString text;
};

// QLocale has no "day and month" format, and the long format's year and weekday come with
// words and punctuation of their own ("'de' yyyy", "yyyy 'г'.", "yyyy年", "dddd, "): the format
// is taken apart into fields and literals so that they leave together.
QList<Piece> pieces(const QString &format)
{
    QList<Piece> result;
    qsizetype i = 0;
    while (i < format.size()) {
        const QChar c = format.at(i);
        if (c == u'\'') {
            const qsizetype end = format.indexOf(u'\'', i + 1);
            const qsizetype stop = end < 0 ? format.size() : end + 1;
            result.append({Piece::Literal, format.mid(i, stop - i)});
            i = stop;
            continue;
        }
        if (c == u'd' || c == u'M' || c == u'y') {
            qsizetype j = i;
            while (j < format.size() && format.at(j) == c) {
                ++j;
            }
            const qsizetype length = j - i;
            Piece::Kind kind = c == u'M' ? Piece::Month : (c == u'y' ? Piece::Year : Piece::Day);
            if (c == u'd' && length >= 3) {
                kind = Piece::Weekday;
            }
            result.append({kind, format.mid(i, length)});
            i = j;
            continue;
        }
        result.append({Piece::Literal, QString(c)});
        ++i;
    }
    return result;
}

bool isSeparator(const Piece &piece)
{
    if (piece.kind != Piece::Literal) {
        return false;
    }
    return std::all_of(piece.text.cbegin(), piece.text.cend(),
        [](QChar c) { return c.isSpace() || c == u',' || c == u'/' || c == u'-'; });
}

} // namespace

QString LocaleDates::dayMonthFormat(const QLocale &locale, Month month)
{
    QList<Piece> parts = pieces(locale.dateFormat(QLocale::LongFormat));
    // A year takes every literal beside it ("'de' yyyy", "yyyy. ", "yyyy年"); a weekday only
    // the separators ("dddd, "), since a literal before it belongs to the day ("d日dddd").
    for (qsizetype i = 0; i < parts.size();) {
        const Piece::Kind kind = parts.at(i).kind;
        if (kind != Piece::Year && kind != Piece::Weekday) {
            ++i;
            continue;
        }
        const auto goes = [&](const Piece &piece) {
            return kind == Piece::Year ? piece.kind == Piece::Literal : isSeparator(piece);
        };
        qsizetype first = i;
        qsizetype last = i;
        while (first > 0 && goes(parts.at(first - 1))) {
            --first;
        }
        while (last + 1 < parts.size() && goes(parts.at(last + 1))) {
            ++last;
        }
        // Keep what joins two fields that stay ("d. MMMM yyyy" loses " yyyy", not ". ").
        const bool fieldBefore = first > 0;
        const bool fieldAfter = last + 1 < parts.size();
        if (fieldBefore && fieldAfter) {
            // Between two kept fields: leave one separator where there were words around it.
            parts.remove(i);
            continue;
        }
        parts.remove(first, last - first + 1);
        i = first;
    }
    QString format;
    for (const Piece &piece : std::as_const(parts)) {
        format
            += month == Month::Short && piece.kind == Piece::Month && piece.text == "MMMM"_L1 ? u"MMM"_s : piece.text;
    }
    format = format.trimmed();
    return format.isEmpty() ? u"d MMM"_s : format;
}

QString LocaleDates::dayMonth(const QDate &date, const QLocale &locale, Month month)
{
    return locale.toString(date, dayMonthFormat(locale, month));
}

} // namespace Herald
