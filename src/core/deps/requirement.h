// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/diagnostics/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Herald {

/// One PEP 508 requirement, as requirements files and pyproject.toml write them:
/// `name[extra,…] specifier ; marker` or `name[extra,…] @ url ; marker`. The specifier may sit
/// in parentheses (`name (>=1.0, <2)`). The marker is checked against PEP 508's grammar and
/// kept as text: it is never evaluated.
///
/// Parsed by hand: PEP 508 is a small grammar, and Debian has no C++ library for it.
class Requirement final
{
    Q_DECLARE_TR_FUNCTIONS(Herald::Requirement)

public:
    /// One clause of a version specifier: `>=` `4.2`.
    struct Clause {
        QString op; ///< ==, !=, <, <=, >, >=, ~= or ===
        QString version; ///< as written, wildcard included ("4.2.*")
    };

    /// The requirement `text` holds, or an error saying what is wrong and where (its column).
    static Result<Requirement> parse(const QString &text);
    /// Whether `name` is a project name as PEP 508 allows one: ASCII letters and digits, with
    /// `-`, `_` and `.` inside.
    static bool isValidName(const QString &name);

    [[nodiscard]] const QString &name() const { return m_name; }
    /// The name as PEP 503 normalises it ("django" for "Django").
    [[nodiscard]] QString normalizedName() const;
    [[nodiscard]] const QStringList &extras() const { return m_extras; }
    [[nodiscard]] const QList<Clause> &clauses() const { return m_clauses; }
    /// The clauses as one specifier, without spaces: ">=4.2,<5".
    [[nodiscard]] QString specifier() const;
    /// The environment marker after `;`, trimmed; empty when there is none.
    [[nodiscard]] const QString &marker() const { return m_marker; }
    /// The URL after `@`; empty when the requirement names versions instead.
    [[nodiscard]] const QString &url() const { return m_url; }
    /// The version the requirement pins: "4.2.11" for `==4.2.11` or `===4.2.11` when that is
    /// its only clause; empty for a wildcard (`==4.2.*`), a range, `>=`, `~=` or no specifier.
    [[nodiscard]] QString pinnedVersion() const;

private:
    QString m_name;
    QStringList m_extras;
    QList<Clause> m_clauses;
    QString m_marker;
    QString m_url;
};

} // namespace Herald
