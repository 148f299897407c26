// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/feeds/feeddiscovery.h"

#include "core/render/gumbodocument.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

constexpr qsizetype MaxPage = qsizetype(2) * 1024 * 1024;
constexpr int MaxPageDepth = 1000;

bool isFeedType(const QString &type)
{
    static const QStringList types = {u"application/rss+xml"_s, u"application/atom+xml"_s, u"application/rdf+xml"_s,
        u"application/xml"_s, u"text/xml"_s};
    return types.contains(type.section(u';', 0, 0).trimmed().toLower());
}

bool isAlternate(const QString &rel)
{
    const QStringList tokens = rel.toLower().split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
    return tokens.contains(u"alternate"_s) && !tokens.contains(u"stylesheet"_s);
}

/// Visits the elements under `node` in document order, without recursion (a page may nest
/// deeply).
template<typename Visit>
void forEachElement(const GumboNode *node, Visit visit)
{
    QList<const GumboNode *> stack {node};
    while (!stack.isEmpty()) {
        const GumboNode *current = stack.takeLast();
        if (!current || current->type != GUMBO_NODE_ELEMENT) {
            continue;
        }
        visit(current->v.element);
        const GumboVector &children = current->v.element.children;
        for (unsigned int i = children.length; i > 0; --i) {
            stack.append(static_cast<const GumboNode *>(children.data[i - 1]));
        }
    }
}

} // namespace

QList<FeedDiscovery::Feed> FeedDiscovery::find(const QByteArray &html, const QUrl &pageUrl)
{
    const GumboDocument document(GumboDocument::bounded(html, MaxPage, MaxPageDepth));
    QUrl base = pageUrl;
    QList<Feed> feeds;
    QSet<QUrl> seen;
    forEachElement(document.root(), [&](const GumboElement &element) {
        if (element.tag == GUMBO_TAG_BASE) {
            // The first <base href> only, as browsers do; only an http(s) one counts.
            const QUrl href = pageUrl.resolved(QUrl(GumboDocument::attribute(element, "href").trimmed()));
            if (base == pageUrl && (href.scheme() == "https"_L1 || href.scheme() == "http"_L1)) {
                base = href;
            }
            return;
        }
        if (element.tag != GUMBO_TAG_LINK || !isAlternate(GumboDocument::attribute(element, "rel"))) {
            return;
        }
        const QString type = GumboDocument::attribute(element, "type").trimmed();
        const QString href = GumboDocument::attribute(element, "href").trimmed();
        if (!isFeedType(type) || href.isEmpty()) {
            return;
        }
        const QUrl url = base.resolved(QUrl(href)).adjusted(QUrl::RemoveFragment);
        if ((url.scheme() != "https"_L1 && url.scheme() != "http"_L1) || url.host().isEmpty() || seen.contains(url)) {
            return;
        }
        seen.insert(url);
        feeds.append({url, GumboDocument::attribute(element, "title").simplified(), type.toLower()});
    });
    return feeds;
}

bool FeedDiscovery::looksLikeHtml(const QByteArray &body, const QByteArray &contentType)
{
    const QByteArray type = contentType.split(';').constFirst().trimmed().toLower();
    if (type == "text/html" || type == "application/xhtml+xml") {
        return true;
    }
    const QByteArray start = body.first(std::min<qsizetype>(body.size(), 512)).trimmed().toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html");
}

} // namespace Herald
