// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/net/linkpolicy.h"

#include "core/net/localaddress.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("Herald::LinkPolicy", text);
}

bool isBlogHost(const QString &host)
{
    return host == "blog.python.org"_L1 || host == "www.blog.python.org"_L1;
}

/// The slug of a Python Insider post URL, or an empty string. The blog's own links are
/// `/YYYY/MM/<slug>/`; posts written before its move from Blogger still link to
/// `/YYYY/MM/<slug>.html`, and the move kept those slugs, so they open in Herald too.
QString postSlug(const QString &path)
{
    static const QRegularExpression post(
        u"^/(?:19|20)\\d\\d/(?:0[1-9]|1[0-2])/([A-Za-z0-9][A-Za-z0-9_-]*?)(?:\\.html|/)?$"_s);
    const auto match = post.match(path);
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace

LinkPolicy::Decision LinkPolicy::forLink(const QUrl &url)
{
    Decision decision;
    if (url.isEmpty() || !url.isValid()) {
        decision.reason = translate("This link is not a valid address, so Herald does not open it.");
        return decision;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme.isEmpty()) {
        decision.reason = translate("This link has no scheme (it is relative to a page Herald does not show), "
                                    "so Herald does not open it.");
        return decision;
    }
    if (isWebScheme(scheme)) {
        const QString host = url.host().toLower();
        if (host.isEmpty()) {
            decision.reason = translate("This %1 link names no site, so Herald does not open it.").arg(scheme);
            return decision;
        }
        if (isBlogHost(host)) {
            const QString slug = postSlug(url.path());
            if (!slug.isEmpty()) {
                decision.action = Action::OpenPost;
                decision.postSlug = slug;
                return decision;
            }
        }
        decision.action = Action::OpenExternally;
        return decision;
    }
    if (scheme == "mailto"_L1) {
        if (url.path().isEmpty()) {
            decision.reason = translate("This mailto link names no address, so Herald does not open it.");
            return decision;
        }
        decision.action = Action::SystemHandler;
        return decision;
    }
    // file:, qrc:, javascript:, data:, ftp: and every custom scheme: a post is remote content
    // and decides nothing about this computer.
    decision.reason = translate("Herald does not open %1: links from a post.").arg(scheme);
    return decision;
}

bool LinkPolicy::isWebScheme(const QString &scheme)
{
    return scheme.compare("http"_L1, Qt::CaseInsensitive) == 0 || scheme.compare("https"_L1, Qt::CaseInsensitive) == 0;
}

bool LinkPolicy::isWebUrl(const QUrl &url)
{
    return url.isValid() && isWebScheme(url.scheme()) && !url.host().isEmpty();
}

QUrl LinkPolicy::resourceUrl(const QUrl &src, const QUrl &base, bool remoteImages)
{
    if (!remoteImages || src.isEmpty() || !src.isValid()) {
        return {};
    }
    // A backslash is a Windows path (`\\server\share`, `c:\x`), never part of a web image.
    const QByteArray encoded = src.toEncoded();
    if (encoded.contains('\\') || encoded.contains("%5C") || encoded.contains("%5c")) {
        return {};
    }
    QUrl resolved = src;
    if (src.isRelative()) {
        // Only a web page can give a relative src its meaning; a base of any other scheme
        // (a file: URL in particular) would turn it into a local path.
        if (!base.isValid() || !isWebScheme(base.scheme().toLower()) || base.host().isEmpty()) {
            return {};
        }
        resolved = base.resolved(src);
    }
    if (!resolved.isValid() || !isWebScheme(resolved.scheme().toLower())) {
        return {};
    }
    const QString host = resolved.host().toLower();
    // Literal local addresses and local names; what other names resolve to is HttpClient's.
    if (host.isEmpty() || LocalAddress::isLocalHost(host)) {
        return {};
    }
    return resolved;
}

} // namespace Herald
