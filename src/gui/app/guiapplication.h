// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QtContainerFwd>

namespace Herald {

class EarlyIntegrityCheck;

/// Runs Herald with a window (or renders one for --screenshot) inside an existing
/// QApplication and returns the exit code. `integrityCheck`, when given, is the database's
/// check that main() started before the QApplication.
int runGuiApplication(const QStringList &arguments, EarlyIntegrityCheck *integrityCheck = nullptr);

} // namespace Herald
