// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QPalette>

namespace Herald {

/// Herald's own light and dark palettes: the application's when the user picks a theme, and
/// the reader's where there is no application palette (the command line, the tests, whose
/// output must not depend on the desktop).
namespace Palettes {

[[nodiscard]] QPalette light();
[[nodiscard]] QPalette dark();
/// True when the palette draws light text on a dark window.
[[nodiscard]] bool isDark(const QPalette &palette);

} // namespace Palettes

} // namespace Herald
