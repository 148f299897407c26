// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

namespace Herald {

/// Dates the way the user's locale writes them, for the forms QLocale has no format for.
class LocaleDates final
{
public:
    enum class Month { Long, Short };

    /// The locale's own day-and-month form, without year or weekday: "18. Juli", "July 18",
    /// "18 juillet", "7月18日". Derived from the locale's long date format, so the order, the
    /// day's period and the separators are the locale's, never hand-built.
    static QString dayMonthFormat(const QLocale &locale, Month month = Month::Long);
    static QString dayMonth(const QDate &date, const QLocale &locale = QLocale(), Month month = Month::Long);
};

} // namespace Herald
