// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/diagnostics/logging.h"

namespace Herald {

Q_LOGGING_CATEGORY(lcNet, "herald.net", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSync, "herald.sync", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStore, "herald.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcRender, "herald.render", QtWarningMsg)
Q_LOGGING_CATEGORY(lcNotify, "herald.notify", QtWarningMsg)
Q_LOGGING_CATEGORY(lcInterpreters, "herald.interpreters", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStartup, "herald.startup", QtWarningMsg)

void Logging::enableVerbose()
{
    // Filter rules come after the categories' defaults; QT_LOGGING_RULES, read by Qt after
    // these, can still turn a category off again.
    QLoggingCategory::setFilterRules(QStringLiteral("herald.*.debug=true\nherald.*.info=true"));
}

} // namespace Herald
