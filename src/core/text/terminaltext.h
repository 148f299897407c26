// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace Herald {

/// Text from posts and feeds on its way to a terminal: control characters (NUL, escape
/// sequences that move the cursor or retitle the window, C1 controls) never pass; newlines
/// and tabs do.
class TerminalText final
{
public:
    [[nodiscard]] static QString safe(const QString &text);
};

} // namespace Herald
