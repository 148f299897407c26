// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QtContainerFwd>

namespace Herald {

/// Runs the modes that need no display (--help, --version and, later, the sync and list
/// tools) and returns the process exit code.
int runCommandLineTool(const QStringList &arguments);

} // namespace Herald
