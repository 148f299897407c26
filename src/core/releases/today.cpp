// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/releases/today.h"

#include <QtEnvironmentVariables>

namespace Herald {

QDate Today::date()
{
    const QString fixed = qEnvironmentVariable("HERALD_TODAY");
    if (!fixed.isEmpty()) {
        if (const QDate date = QDate::fromString(fixed, Qt::ISODate); date.isValid()) {
            return date;
        }
    }
    return QDate::currentDate();
}

} // namespace Herald
