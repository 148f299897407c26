// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/diagnostics/result.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace Herald {

/// Rewrites outgoing URLs by prefix, so a mirror or a loopback test server can stand in for
/// the real hosts: the rule "https://=http://127.0.0.1:8080/" sends
/// https://blog.python.org/rss.xml to http://127.0.0.1:8080/blog.python.org/rss.xml.
/// Rules come from --url-map FROM=TO (repeatable) and HERALD_URL_MAP ("FROM=TO;FROM=TO").
/// The first rule whose FROM is a prefix of the URL wins.
class UrlMap final
{
public:
    struct Rule {
        QString from;
        QString to;
    };

    /// Adds "FROM=TO". Fails, adding nothing, when it cannot be used.
    Result<void> addRule(const QString &spec);
    /// Adds every ';'-separated rule of $HERALD_URL_MAP, up to the first that cannot be used.
    Result<void> addRulesFromEnvironment();

    [[nodiscard]] QUrl map(const QUrl &url) const;
    /// The URL a mapped one stands for: the first rule whose TO is a prefix is undone. A URL
    /// no rule produces is returned as it is.
    [[nodiscard]] QUrl unmap(const QUrl &url) const;
    [[nodiscard]] bool isEmpty() const { return m_rules.isEmpty(); }
    [[nodiscard]] const QList<Rule> &rules() const { return m_rules; }

private:
    QList<Rule> m_rules;
};

} // namespace Herald
