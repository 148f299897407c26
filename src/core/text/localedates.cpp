#include "text/localedates.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Herald {

QString LocaleDates::dayMonthFormat(const QLocale &locale, Month month)
{
    QString format = locale.dateFormat(QLocale::LongFormat);
    // The weekday and the year, with the literal a CJK locale writes after the year (年, 년).
    static const QRegularExpression weekday(u"d{3,4}"_s);
    static const QRegularExpression year(u"y+\\s*[年년]?"_s);
    format.remove(weekday);
    format.remove(year);
    // What joined them to the rest, at either end: "dddd, " and ", yyyy" leave ", " behind.
    static const QRegularExpression edges(u"^[\\s,/\\-]+|[\\s,/\\-]+$"_s);
    format.remove(edges);
    if (month == Month::Short) {
        format.replace(u"MMMM"_s, u"MMM"_s);
    }
    return format.isEmpty() ? u"d MMM"_s : format;
}

QString LocaleDates::dayMonth(const QDate &date, const QLocale &locale, Month month)
{
    return locale.toString(date, dayMonthFormat(locale, month));
}

} // namespace Herald
