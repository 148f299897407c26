// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QUrl>

namespace Herald {

/// A link that the reader shows as a compact badge, like the blog's own site does.
struct ReferenceBadge {
    enum class Kind {
        None, ///< an ordinary link
        Pep, ///< peps.python.org/pep-NNNN, python.org/dev/peps/pep-NNNN
        PythonRelease, ///< python.org/downloads/release/python-NNNN
        Docs, ///< docs.python.org
        PyPI, ///< pypi.org/project/NAME
        GitHubIssue, ///< github.com/OWNER/REPO/issues/N
        GitHubPull, ///< github.com/OWNER/REPO/pull/N
        GitHubRepo, ///< github.com/OWNER/REPO
        GitHubUser, ///< github.com/USER
        Cve, ///< cve.org, cve.mitre.org, nvd.nist.gov pages of one CVE
    };
    Kind kind = Kind::None;
    /// Short text for the badge: "PEP 745", "Python 3.14.0", "docs", "requests",
    /// "python/cpython#12345", "python/cpython", "@hugovk", "CVE-2024-1234". Docs badges name
    /// what the page is when that is short: "What's New 3.14" (translated), "asyncio" for a
    /// module page, else "docs" (translated).
    QString label;

    [[nodiscard]] bool isBadge() const { return kind != Kind::None; }
};

/// Recognises the kinds of links that deserve a badge: http and https, with or without
/// `www.`, a trailing slash, a query or a fragment. Also the older homes of the same pages:
/// `python.org/download/releases/3.3.0/` and `pypi.python.org/pypi/NAME`. GitHub's own pages
/// (`github.com/sponsors/…`, `/orgs/…`, `/features`, `/login` …) and the deeper pages of a
/// repository (files, branches, the list of issues) stay ordinary links.
class ReferenceClassifier final
{
public:
    static ReferenceBadge classify(const QUrl &url);
};

} // namespace Herald
