// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/render/referenceclassifier.h"

#include "core/net/linkpolicy.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

using Kind = ReferenceBadge::Kind;

ReferenceBadge badge(Kind kind, const QString &label)
{
    return ReferenceBadge {kind, label};
}

/// `pep-0745`, `pep-0745.html` → "PEP 745".
ReferenceBadge pep(const QString &segment)
{
    static const QRegularExpression pattern(
        u"^pep-0*(\\d{1,4})(?:\\.html)?$"_s, QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(segment);
    if (!match.hasMatch()) {
        return {};
    }
    return badge(Kind::Pep, u"PEP "_s + match.captured(1));
}

/// The digits of a release page name (`3140`, `31210`, `2718`) as `X.Y.Z`.
///
/// The page names drop the dots, so the split is a rule: the first digit is the major version;
/// for Python 3 and later, when at least three digits follow and the first of them is 1 or 2,
/// the minor version has two digits (3.10 to 3.29), otherwise one; the rest is the micro
/// version. `3100` is 3.10.0, `3101` 3.10.1, `31210` 3.12.10, `3410` 3.4.10, `310` 3.1.0 and
/// `2718` 2.7.18. The rule reads every release page the blog links to correctly; it would
/// misread 3.1.10 to 3.1.19 and 3.2.10 to 3.2.29, none of which was ever released.
QString releaseFromDigits(const QString &digits)
{
    const QChar major = digits.at(0);
    const QString rest = digits.mid(1);
    const bool twoDigitMinor = major >= u'3' && rest.size() >= 3 && (rest.at(0) == u'1' || rest.at(0) == u'2');
    const qsizetype minorLength = twoDigitMinor ? 2 : 1;
    const QString minor = rest.left(minorLength);
    const QString micro = rest.mid(minorLength);
    QString version = QString(major) + u'.' + minor;
    if (!micro.isEmpty()) {
        version += u'.' + micro;
    }
    return version;
}

/// `python-3140`, `python-3130a6`, `python-3140rc1` → "Python 3.14.0", "Python 3.13.0a6" …
ReferenceBadge releasePage(const QString &segment)
{
    static const QRegularExpression pattern(
        u"^python-([1-9]\\d{1,4})((?:a|b|rc)\\d+)?$"_s, QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(segment);
    if (!match.hasMatch()) {
        return {};
    }
    return badge(
        Kind::PythonRelease, u"Python "_s + releaseFromDigits(match.captured(1)) + match.captured(2).toLower());
}

/// The old release pages, `download/releases/3.3.0/`, already have their dots.
ReferenceBadge dottedReleasePage(const QString &segment)
{
    static const QRegularExpression pattern(u"^[1-9]\\.\\d{1,2}(?:\\.\\d{1,2})?(?:(?:a|b|rc)\\d+)?$"_s);
    if (!pattern.match(segment).hasMatch()) {
        return {};
    }
    return badge(Kind::PythonRelease, u"Python "_s + segment);
}

ReferenceBadge pythonOrg(const QStringList &segments)
{
    // /dev/peps/pep-0008/
    if (segments.size() == 3 && segments.at(0) == "dev"_L1 && segments.at(1) == "peps"_L1) {
        return pep(segments.at(2));
    }
    // /downloads/release/python-3140/
    if (segments.size() == 3 && segments.at(0) == "downloads"_L1 && segments.at(1) == "release"_L1) {
        return releasePage(segments.at(2));
    }
    // /download/releases/3.3.0/
    if (segments.size() == 3 && segments.at(0) == "download"_L1 && segments.at(1) == "releases"_L1) {
        return dottedReleasePage(segments.at(2));
    }
    return {};
}

/// What's New pages get their version, module pages their module, the rest "docs".
ReferenceBadge docs(const QStringList &segments)
{
    static const QRegularExpression whatsNew(u"^(\\d\\.\\d{1,2})\\.html$"_s);
    static const QRegularExpression module(u"^([A-Za-z_][\\w.]*)\\.html$"_s);
    // The first segment is the version (3, 3.14, dev) or "release/3.12.14"; skip to the page.
    qsizetype page = 1;
    if (!segments.isEmpty() && segments.at(0) == "release"_L1) {
        page = 2;
    }
    if (segments.size() == page + 2) {
        const QString &section = segments.at(page);
        const QString &file = segments.at(page + 1);
        if (section == "whatsnew"_L1) {
            if (const auto match = whatsNew.match(file); match.hasMatch()) {
                return badge(Kind::Docs,
                    QCoreApplication::translate("Herald::ReferenceClassifier", "What's New %1").arg(match.captured(1)));
            }
        } else if (section == "library"_L1) {
            if (const auto match = module.match(file); match.hasMatch() && match.captured(1) != "index"_L1) {
                return badge(Kind::Docs, match.captured(1));
            }
        }
    }
    return badge(Kind::Docs, QCoreApplication::translate("Herald::ReferenceClassifier", "docs"));
}

ReferenceBadge pypiProject(const QString &name)
{
    // PEP 508 names: letters, digits, and . _ - inside.
    static const QRegularExpression pattern(u"^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$"_s);
    if (!pattern.match(name).hasMatch()) {
        return {};
    }
    return badge(Kind::PyPI, name);
}

/// First path segments of github.com that are GitHub's own pages, not a user or an
/// organisation. GitHub reserves these names, so no account can have them.
bool isGitHubPage(const QString &segment)
{
    static const QSet<QString> pages {
        u"about"_s,
        u"account"_s,
        u"apps"_s,
        u"blog"_s,
        u"codespaces"_s,
        u"collections"_s,
        u"contact"_s,
        u"copilot"_s,
        u"customer-stories"_s,
        u"dashboard"_s,
        u"discussions"_s,
        u"enterprise"_s,
        u"events"_s,
        u"explore"_s,
        u"features"_s,
        u"home"_s,
        u"issues"_s,
        u"join"_s,
        u"login"_s,
        u"logout"_s,
        u"marketplace"_s,
        u"new"_s,
        u"notifications"_s,
        u"organizations"_s,
        u"orgs"_s,
        u"pricing"_s,
        u"pulls"_s,
        u"readme"_s,
        u"search"_s,
        u"security"_s,
        u"sessions"_s,
        u"settings"_s,
        u"signup"_s,
        u"site"_s,
        u"solutions"_s,
        u"sponsors"_s,
        u"stars"_s,
        u"team"_s,
        u"topics"_s,
        u"trending"_s,
        u"user-attachments"_s,
        u"users"_s,
        u"watching"_s,
    };
    return pages.contains(segment.toLower());
}

/// github.com/USER, github.com/OWNER/REPO, and the issues and pull requests of a repository.
/// Deeper pages (a file, a branch, the list of issues) stay ordinary links: a badge naming
/// the repository would hide where the link goes.
ReferenceBadge gitHub(const QStringList &segments)
{
    static const QRegularExpression account(u"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$"_s);
    static const QRegularExpression repository(u"^[A-Za-z0-9._-]{1,100}$"_s);
    static const QRegularExpression number(u"^[1-9]\\d{0,9}$"_s);
    if (segments.isEmpty() || isGitHubPage(segments.at(0)) || !account.match(segments.at(0)).hasMatch()) {
        return {};
    }
    const QString &owner = segments.at(0);
    if (segments.size() == 1) {
        return badge(Kind::GitHubUser, u'@' + owner);
    }
    QString repo = segments.at(1);
    if (repo.endsWith(".git"_L1)) {
        repo.chop(4);
    }
    if (!repository.match(repo).hasMatch() || repo == "."_L1 || repo == ".."_L1) {
        return {};
    }
    const QString name = owner + u'/' + repo;
    if (segments.size() == 2) {
        return badge(Kind::GitHubRepo, name);
    }
    // issues/N and pull/N, and their sub-pages (pull/N/files).
    if (segments.size() >= 4 && number.match(segments.at(3)).hasMatch()) {
        if (segments.at(2) == "issues"_L1) {
            return badge(Kind::GitHubIssue, name + u'#' + segments.at(3));
        }
        if (segments.at(2) == "pull"_L1) {
            return badge(Kind::GitHubPull, name + u'#' + segments.at(3));
        }
    }
    return {};
}

ReferenceBadge cve(const QString &id)
{
    static const QRegularExpression pattern(u"^CVE-\\d{4}-\\d{4,}$"_s, QRegularExpression::CaseInsensitiveOption);
    const QString trimmed = id.trimmed();
    if (!pattern.match(trimmed).hasMatch()) {
        return {};
    }
    return badge(Kind::Cve, trimmed.toUpper());
}

} // namespace

ReferenceBadge ReferenceClassifier::classify(const QUrl &url)
{
    if (!url.isValid()) {
        return {};
    }
    if (!LinkPolicy::isWebScheme(url.scheme())) {
        return {};
    }
    QString host = url.host().toLower();
    if (host.endsWith(u'.')) {
        host.chop(1); // the fully qualified form, "python.org."
    }
    if (host.startsWith("www."_L1)) {
        host = host.mid(4);
    }
    const QStringList segments = url.path(QUrl::FullyDecoded).split(u'/', Qt::SkipEmptyParts);

    if (host == "peps.python.org"_L1) {
        return segments.size() == 1 ? pep(segments.at(0)) : ReferenceBadge {};
    }
    if (host == "python.org"_L1) {
        return pythonOrg(segments);
    }
    if (host == "docs.python.org"_L1) {
        return docs(segments);
    }
    if (host == "pypi.org"_L1) {
        // /project/NAME/ and /project/NAME/VERSION/
        if ((segments.size() == 2 || segments.size() == 3) && segments.at(0) == "project"_L1) {
            return pypiProject(segments.at(1));
        }
        return {};
    }
    if (host == "pypi.python.org"_L1) {
        // The PyPI of before 2018: /pypi/NAME and /pypi/NAME/VERSION.
        if ((segments.size() == 2 || segments.size() == 3) && segments.at(0) == "pypi"_L1) {
            return pypiProject(segments.at(1));
        }
        return {};
    }
    if (host == "github.com"_L1) {
        return gitHub(segments);
    }
    if (host == "cve.org"_L1) {
        if (segments.size() == 1 && segments.at(0) == "CVERecord"_L1) {
            return cve(QUrlQuery(url).queryItemValue(u"id"_s));
        }
        return {};
    }
    if (host == "cve.mitre.org"_L1) {
        if (segments == QStringList {u"cgi-bin"_s, u"cvename.cgi"_s}) {
            return cve(QUrlQuery(url).queryItemValue(u"name"_s));
        }
        return {};
    }
    if (host == "nvd.nist.gov"_L1) {
        if (segments.size() == 3 && segments.at(0) == "vuln"_L1 && segments.at(1) == "detail"_L1) {
            return cve(segments.at(2));
        }
        return {};
    }
    return {};
}

} // namespace Herald
