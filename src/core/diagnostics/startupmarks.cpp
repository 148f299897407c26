// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/diagnostics/startupmarks.h"

#include "core/diagnostics/logging.h"

#include <QElapsedTimer>

namespace Herald::StartupMarks {

namespace {

QElapsedTimer &clock()
{
    static QElapsedTimer timer;
    return timer;
}

} // namespace

void start()
{
    clock().start();
}

double elapsedMs()
{
    return clock().isValid() ? double(clock().nsecsElapsed()) / 1e6 : 0.0;
}

void mark(const char *step)
{
    qCDebug(lcStartup, "%.1f ms %s", elapsedMs(), step);
}

} // namespace Herald::StartupMarks
