// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>

class QTextStream;

namespace Herald {

struct DiscoveryEnvironment;

/// `herald --pythons [--json]`: the Python interpreters found on this machine, with their
/// versions and every name that reaches them, the ones that cannot be used and why, and
/// where Herald looked.
class PythonsCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Herald::PythonsCommand)

public:
    /// Returns the exit code: 0, also when nothing was found (that is an answer).
    static int run(const DiscoveryEnvironment &environment, bool json, QTextStream &out);
};

} // namespace Herald
