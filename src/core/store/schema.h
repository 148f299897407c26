// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>

namespace Herald::Schema {

/// Migration N (1-based) brings the database from user_version N-1 to N. Each is a list of
/// statements run in one transaction. Never edit a released migration: append a new one.
const QList<QStringList> &migrations();

} // namespace Herald::Schema
