// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/interpreters/interpreter.h"
#include "core/interpreters/interpreteradvice.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

namespace Herald {

class PostStore;

/// One thing to tell about an interpreter of this machine.
struct InterpreterAlert {
    QString key; ///< what it is about, so that it is told once: see InterpreterAlerts::keyFor()
    QString title; ///< "Python 3.12.3 misses a security release"
    QString text; ///< the advice, and where the interpreter is
};

/// Tells, once per interpreter and release, when an interpreter this machine runs falls
/// behind a security release or its series reaches end of life. What was told is kept in the
/// store's meta table, so a restart repeats nothing; the first judgement only records what is
/// already so, and tells nothing.
class InterpreterAlerts final
{
    Q_DECLARE_TR_FUNCTIONS(Herald::InterpreterAlerts)

public:
    using Judged = QList<std::pair<Interpreter, InterpreterAdvice>>;

    static QString metaKey() { return QStringLiteral("notify/interpreterAlerts"); }

    explicit InterpreterAlerts(PostStore &store);

    /// The alerts not told before, recorded as told. The first call ever records and returns none.
    QList<InterpreterAlert> update(const Judged &judged);
    /// "security|/usr/bin/python3.12|3.12.14", "end-of-life|/usr/bin/python3.8|3.8"; empty when
    /// the advice calls for no alert.
    static QString keyFor(const Interpreter &interpreter, const InterpreterAdvice &advice);

private:
    PostStore &m_store;
};

} // namespace Herald
