// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QString>

class QTextStream;

namespace Herald {

class PostStore;

/// `herald --calendar FILE.ics`: the expected releases and end-of-life dates of the stored
/// timeline as an iCalendar file (ReleaseCalendar); `-` writes it to standard output.
class CalendarCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Herald::CalendarCommand)

public:
    /// Returns the exit code: 1 when the store could not be read, there is no release data,
    /// or the file could not be written.
    static int run(PostStore &store, const QString &path, QTextStream &out, QTextStream &err);
};

} // namespace Herald
