// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/sources/sourcespec.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

// GitHub's own rules: an owner is letters, digits and single hyphens, at most 39; a
// repository is letters, digits, '.', '_' and '-', at most 100, and neither "." nor "..".
const QRegularExpression &ownerRepoPattern()
{
    static const QRegularExpression pattern(
        u"^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))/([A-Za-z0-9._-]{1,100}?)(?:\\.git)?$"_s);
    return pattern;
}

// PEP 508's names: letters and digits at both ends, '.', '_' and '-' between.
bool isPypiName(const QString &name)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,198}[A-Za-z0-9])?$"_s);
    return pattern.match(name).hasMatch();
}

Result<Source> github(const QString &owner, const QString &repo, const QString &input)
{
    if (repo == "."_L1 || repo == ".."_L1) {
        return Error(SourceSpec::tr("\"%1\" is not a GitHub repository").arg(input));
    }
    Source source;
    source.kind = SourceKind::GitHub;
    source.identifier = owner + u'/' + repo;
    source.feedUrl = SourceSpec::githubFeedUrl(source.identifier);
    return source;
}

Result<Source> pypi(const QString &name, const QString &input)
{
    if (!isPypiName(name)) {
        return Error(
            SourceSpec::tr("\"%1\" is not a PyPI project name (letters, digits, '.', '_' and '-')").arg(input));
    }
    Source source;
    source.kind = SourceKind::PyPI;
    source.identifier = name;
    source.feedUrl = SourceSpec::pypiFeedUrl(name);
    return source;
}

Result<Source> fromUrl(const QUrl &url, const QString &input)
{
    const QString host = url.host().toLower();
    const QStringList path = url.path().split(u'/', Qt::SkipEmptyParts);
    if (host == "github.com"_L1 || host == "www.github.com"_L1) {
        // The repository, its releases page, one release, or releases.atom itself.
        const bool releases
            = path.size() == 2 || (path.size() >= 3 && (path[2] == "releases"_L1 || path[2] == "releases.atom"_L1));
        if (releases) {
            const auto match = ownerRepoPattern().match(path[0] + u'/' + path[1]);
            if (match.hasMatch()) {
                return github(match.captured(1), match.captured(2), input);
            }
        }
    }
    if (host == "pypi.org"_L1 || host == "www.pypi.org"_L1) {
        // /project/NAME/, /project/NAME/VERSION/, /pypi/NAME/json, /rss/project/NAME/releases.xml
        if (path.size() >= 2 && (path[0] == "project"_L1 || path[0] == "pypi"_L1)) {
            return pypi(path[1], input);
        }
        if (path.size() >= 3 && path[0] == "rss"_L1 && path[1] == "project"_L1) {
            return pypi(path[2], input);
        }
    }
    Source source;
    source.kind = SourceKind::Feed;
    source.feedUrl = url.adjusted(QUrl::RemoveFragment);
    if (!path.isEmpty() && path[0] == "c"_L1 && path.size() >= 2) {
        // A Discourse category (/c/slug or /c/slug/id), whose feed is the same path with .rss.
        source.kind = SourceKind::Discourse;
        QString feedPath = url.path();
        while (feedPath.endsWith(u'/')) {
            feedPath.chop(1);
        }
        if (!feedPath.endsWith(u".rss"_s)) {
            feedPath += u".rss"_s;
        }
        source.feedUrl.setPath(feedPath);
        source.feedUrl.setQuery(QString());
    }
    source.identifier = source.feedUrl.toString();
    return source;
}

} // namespace

Result<Source> SourceSpec::read(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        return Error(tr("Nothing to follow: give a feed or page URL, owner/repo, or pypi:NAME"));
    }
    if (text.startsWith(u"pypi:"_s, Qt::CaseInsensitive)) {
        return pypi(text.sliced(5).trimmed(), text);
    }
    QString ownerRepo = text;
    if (text.startsWith(u"github:"_s, Qt::CaseInsensitive)) {
        ownerRepo = text.sliced(7).trimmed();
    }
    if (const auto match = ownerRepoPattern().match(ownerRepo); match.hasMatch()) {
        return github(match.captured(1), match.captured(2), text);
    }
    if (ownerRepo != text) {
        return Error(tr("\"%1\" is not a GitHub repository (owner/repo)").arg(text));
    }
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()) {
        return Error(tr("\"%1\" is neither a URL, owner/repo nor pypi:NAME").arg(text));
    }
    if (scheme != "https"_L1 && scheme != "http"_L1) {
        return Error(tr("\"%1\": Herald follows http and https addresses only").arg(text));
    }
    return fromUrl(url, text);
}

QUrl SourceSpec::githubFeedUrl(const QString &ownerRepo)
{
    return QUrl(u"https://github.com/"_s + ownerRepo + u"/releases.atom"_s);
}

QUrl SourceSpec::pypiFeedUrl(const QString &name)
{
    return QUrl(u"https://pypi.org/rss/project/"_s + Source::normalizedPypiName(name) + u"/releases.xml"_s);
}

} // namespace Herald
