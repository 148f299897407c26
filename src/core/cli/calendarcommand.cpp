// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/cli/calendarcommand.h"

#include "core/releases/releasecalendar.h"
#include "core/releases/today.h"
#include "core/sources/pythoninsider.h"

#include <QFile>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>
#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#endif

using namespace Qt::StringLiterals;

namespace Herald {

int CalendarCommand::run(PostStore &store, const QString &path, QTextStream &out, QTextStream &err)
{
    const Result<Timeline> timeline = PythonInsider::storedTimeline(store);
    if (!timeline) {
        err << tr("error: ") << timeline.error().message() << Qt::endl;
        return 1;
    }
    if (!timeline->hasLifecycleData()) {
        err << tr("error: Herald has no release data for a calendar yet; it comes with a sync (herald --sync)")
            << Qt::endl;
        return 1;
    }
    const QByteArray calendar = ReleaseCalendar::build(*timeline, Today::date(), QDateTime::currentDateTimeUtc());
    if (path == "-"_L1) {
        // The bytes as they are: CRLF line ends are part of the format.
        out.flush();
#ifdef Q_OS_WIN
        _setmode(_fileno(stdout), _O_BINARY); // or every \n would become \r\n, and CRLF CR CR LF
#endif
        QFile standardOutput;
        if (!standardOutput.open(stdout, QIODevice::WriteOnly) || standardOutput.write(calendar) != calendar.size()) {
            err << tr("error: cannot write the calendar to standard output") << Qt::endl;
            return 1;
        }
        return 0;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(calendar) != calendar.size() || !file.commit()) {
        err << tr("error: cannot write %1: %2").arg(path, file.errorString()) << Qt::endl;
        return 1;
    }
    err << tr("Wrote the release calendar to %1").arg(path) << Qt::endl;
    return 0;
}

} // namespace Herald
