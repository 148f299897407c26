// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QtContainerFwd>

namespace Herald {

/// Runs Herald with a window (or renders one for --screenshot) inside an existing
/// QApplication and returns the exit code.
int runGuiApplication(const QStringList &arguments);

} // namespace Herald
