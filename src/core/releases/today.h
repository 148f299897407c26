// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>

namespace Herald {

/// The day lifecycles are judged on: the local date, or HERALD_TODAY (YYYY-MM-DD) when set,
/// so that tests and demonstrations can run Herald on a chosen day.
class Today final
{
public:
    [[nodiscard]] static QDate date();
};

} // namespace Herald
