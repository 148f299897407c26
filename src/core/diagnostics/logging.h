// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLoggingCategory>

/// Herald's logging categories, one per area. Warnings show by default; debug and info
/// messages show with --verbose, or with QT_LOGGING_RULES (for example
/// "herald.sync.debug=true;herald.net.debug=true").
namespace Herald {

Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcRender)
Q_DECLARE_LOGGING_CATEGORY(lcNotify)
Q_DECLARE_LOGGING_CATEGORY(lcInterpreters)
Q_DECLARE_LOGGING_CATEGORY(lcStartup)

namespace Logging {

/// Shows every Herald category's debug and info messages (--verbose). Rules in
/// QT_LOGGING_RULES still apply on top.
void enableVerbose();

} // namespace Logging

} // namespace Herald
