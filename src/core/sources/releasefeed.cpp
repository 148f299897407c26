// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/sources/releasefeed.h"

#include "core/releases/projectversion.h"
#include "core/render/gumbodocument.h"
#include "core/render/searchtext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

constexpr qsizetype MaxDescription = 300;

/// A GitHub release's tag: its entry id is tag:github.com,2008:Repository/<number>/<tag>,
/// its link …/releases/tag/<tag>.
QString githubTag(const FeedItem &item)
{
    static constexpr QStringView marker = u":Repository/";
    if (const qsizetype at = item.guid.indexOf(marker); at >= 0) {
        const QString rest = item.guid.sliced(at + marker.size());
        if (const qsizetype slash = rest.indexOf(u'/'); slash > 0 && slash + 1 < rest.size()) {
            return rest.sliced(slash + 1);
        }
    }
    static constexpr QStringView tagPath = u"/releases/tag/";
    const QString path = item.link.path(QUrl::FullyDecoded);
    if (const qsizetype at = path.indexOf(tagPath); at >= 0 && at + tagPath.size() < path.size()) {
        return path.sliced(at + tagPath.size());
    }
    return {};
}

/// A PyPI release's version: its link is https://pypi.org/project/<name>/<version>/, its
/// title the version.
QString pypiVersion(const FeedItem &item)
{
    const QStringList path = item.link.path(QUrl::FullyDecoded).split(u'/', Qt::SkipEmptyParts);
    if (path.size() >= 3 && path[0] == "project"_L1) {
        return path[2];
    }
    return item.title.trimmed();
}

QString slugOf(const Source &source, const FeedItem &item)
{
    QString slug;
    if (source.kind == SourceKind::GitHub) {
        slug = githubTag(item);
    } else if (source.kind == SourceKind::PyPI) {
        slug = pypiVersion(item);
    }
    if (slug.isEmpty()) {
        slug = item.guid;
    }
    return slug;
}

} // namespace

QString ReleaseFeed::versionOf(const Source &source, const FeedItem &item, const QString &slug)
{
    const QString project = source.kind == SourceKind::GitHub ? source.identifier.section(u'/', 1) : source.identifier;
    std::optional<ProjectVersion> version;
    switch (source.kind) {
    case SourceKind::PyPI:
        // PyPI's versions are PEP 440's, whole: nothing around them to find them in.
        version = ProjectVersion::parse(slug);
        break;
    case SourceKind::GitHub:
        version = ProjectVersion::find(slug, project);
        if (!version) {
            version = ProjectVersion::find(item.title, project);
        }
        break;
    case SourceKind::Feed:
    case SourceKind::Discourse:
    case SourceKind::PythonInsider: version = ProjectVersion::find(item.title, source.projectName()); break;
    }
    return version ? version->toString() : QString();
}

QList<PostMeta> ReleaseFeed::posts(const Source &source, const ParsedFeed &feed, QStringList *warnings)
{
    QList<PostMeta> posts;
    posts.reserve(feed.items.size());
    QSet<QString> seen;
    for (const FeedItem &item : feed.items) {
        const QString slug = slugOf(source, item);
        if (slug.isEmpty()) {
            if (warnings) {
                *warnings << tr("the item \"%1\" has no id, link or title to know it by").arg(item.title);
            }
            continue;
        }
        if (seen.contains(slug)) {
            if (warnings) {
                *warnings << tr("the item \"%1\" appears twice; the first is kept").arg(slug);
            }
            continue;
        }
        seen.insert(slug);
        PostMeta meta;
        meta.slug = slug;
        meta.url = item.link;
        meta.title = item.title.isEmpty() ? slug : item.title;
        if (source.kind == SourceKind::PyPI && meta.title.trimmed() == slug) {
            // PyPI titles an item with its version alone: a list of many projects needs the name.
            meta.title = source.projectName() + u' ' + slug;
        }
        meta.author = item.author;
        meta.published = item.published.isValid() ? item.published : item.updated;
        meta.updated = item.updated;
        meta.tags = item.categories;
        meta.version = versionOf(source, item, slug);
        // The release notes: the content when there is any, else the summary. A feed with
        // neither still gets a body, so that nothing waits to be fetched.
        meta.inlineHtml = !item.content.trimmed().isEmpty() ? item.content : item.summary;
        if (meta.inlineHtml.isNull()) {
            meta.inlineHtml = u""_s;
        }
        // What a list and a notification show of it: the start of its text, never its markup;
        // and what search indexes, all of its text.
        const GumboDocument document(
            GumboDocument::bounded(meta.inlineHtml.toUtf8(), SearchText::MaxHtml, SearchText::MaxDepth));
        meta.description = document.plainText(MaxDescription);
        meta.searchText = SearchText::of(document);
        posts.append(meta);
    }
    return posts;
}

Result<ReleaseFeed::PypiInfo> ReleaseFeed::readPypiJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        return Error(tr("not JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset));
    }
    const QJsonObject releases = document.object().value(u"releases"_s).toObject();
    const QJsonObject info = document.object().value(u"info"_s).toObject();
    if (!document.isObject() || info.isEmpty()) {
        return Error(tr("not a PyPI project document (no \"info\" object)"));
    }
    PypiInfo result;
    result.requiresPython = info.value(u"requires_python"_s).toString();
    // PEP 592: a release is yanked when all its files are.
    for (auto it = releases.begin(); it != releases.end(); ++it) {
        const QJsonArray files = it.value().toArray();
        const bool yanked = !files.isEmpty() && std::all_of(files.begin(), files.end(), [](const QJsonValue &file) {
            return file.toObject().value(u"yanked"_s).toBool();
        });
        if (yanked) {
            result.yanked << it.key();
        }
    }
    return result;
}

} // namespace Herald
