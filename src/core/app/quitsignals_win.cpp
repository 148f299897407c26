// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/app/quitsignals.h"

namespace Herald::QuitSignals {

void install(QCoreApplication &)
{
    // A GUI process on Windows is asked to end with WM_QUERYENDSESSION and WM_CLOSE, which Qt
    // already turns into closing the windows and quitting.
}

bool requested()
{
    return false;
}

} // namespace Herald::QuitSignals
