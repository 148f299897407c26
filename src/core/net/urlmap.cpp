// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/net/urlmap.h"

#include "core/net/linkpolicy.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Herald {

Result<void> UrlMap::addRule(const QString &spec)
{
    const qsizetype eq = spec.indexOf(u'=');
    const QString from = spec.left(eq).trimmed();
    const QString to = spec.mid(eq + 1).trimmed();
    QString problem;
    if (eq <= 0 || from.isEmpty() || to.isEmpty()) {
        problem = QCoreApplication::translate(
            "UrlMap", "A URL mapping is FROM=TO, for example https://=http://127.0.0.1:8080/, not \"%1\"")
                      .arg(spec);
    } else if (const QUrl target(to); !target.isValid() || target.scheme().isEmpty()) {
        problem = QCoreApplication::translate("UrlMap", "The target of the URL mapping \"%1\" is not a URL").arg(spec);
    } else if (!LinkPolicy::isWebUrl(target)) {
        // A mapping onto file:, qrc: or data: would make every sync read local files.
        problem = QCoreApplication::translate(
            "UrlMap", "The target of the URL mapping \"%1\" must be an http:// or https:// address with a host")
                      .arg(spec);
    }
    if (!problem.isEmpty()) {
        return Error(problem);
    }
    m_rules.append({from, to});
    return {};
}

Result<void> UrlMap::addRulesFromEnvironment()
{
    const QStringList specs = qEnvironmentVariable("HERALD_URL_MAP").split(u';', Qt::SkipEmptyParts);
    for (const QString &spec : specs) {
        if (Result<void> added = addRule(spec); !added) {
            return added;
        }
    }
    return {};
}

QUrl UrlMap::map(const QUrl &url) const
{
    const QString text = url.toString(QUrl::FullyEncoded);
    for (const Rule &rule : m_rules) {
        if (text.startsWith(rule.from)) {
            return QUrl(rule.to + text.mid(rule.from.size()), QUrl::StrictMode);
        }
    }
    return url;
}

QUrl UrlMap::unmap(const QUrl &url) const
{
    const QString text = url.toString(QUrl::FullyEncoded);
    for (const Rule &rule : m_rules) {
        if (text.startsWith(rule.to)) {
            return QUrl(rule.from + text.mid(rule.to.size()), QUrl::StrictMode);
        }
    }
    return url;
}

} // namespace Herald
