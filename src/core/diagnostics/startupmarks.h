// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

/// Where start-up time goes: marks logged to herald.startup ("herald.startup.debug=true" in
/// QT_LOGGING_RULES, or --verbose), each with the milliseconds since main() began, so a
/// profile of a start names its steps. herald-bench reads the first frame's mark.
namespace Herald::StartupMarks {

/// Starts the clock: the first thing main() does.
void start();
/// Milliseconds since start().
[[nodiscard]] double elapsedMs();
/// Logs "<ms> ms <step>" to herald.startup.
void mark(const char *step);
/// The mark herald-bench looks for: the main window's first frame is on screen.
inline constexpr char FirstFrame[] = "first frame";

} // namespace Herald::StartupMarks
