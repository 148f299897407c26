// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/sources/sourcefollower.h"

#include "core/feeds/feeddiscovery.h"
#include "core/feeds/feedparser.h"
#include "core/net/httpclient.h"
#include "core/releases/projectversion.h"
#include "core/sources/releasefeed.h"
#include "core/sources/sourcespec.h"

#include <QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

constexpr qsizetype MaxName = 200;

} // namespace

SourceFollower::SourceFollower(HttpClient &http)
    : m_http(http)
{
    m_pool.setMaxThreadCount(1);
}

SourceFollower::~SourceFollower()
{
    m_pool.clear();
}

void SourceFollower::preview(const QString &input, QObject *context, const std::function<void(Result<Preview>)> &done)
{
    const Result<Source> source = SourceSpec::read(input);
    if (!source) {
        done(source.error());
        return;
    }
    fetch(*source, false, {}, context, done);
}

void SourceFollower::fetch(const Source &source, bool discovered, const QList<QUrl> &others, QObject *context,
    const std::function<void(Result<Preview>)> &done)
{
    HttpRequest request;
    request.url = source.feedUrl;
    request.maxBytes = qint64(20) * 1024 * 1024;
    // A feed link a page names is the page's word, not the user's: it may not lead to a
    // local address.
    request.fromContent = discovered;
    m_http.get(request, context, [this, source, discovered, others, context, done](const HttpResponse &response) {
        if (!response.ok()) {
            done(Error(tr("%1: %2").arg(source.feedUrl.toDisplayString(), response.error)));
            return;
        }
        const bool mayDiscover = !discovered && source.kind == SourceKind::Feed;
        if (mayDiscover && FeedDiscovery::looksLikeHtml(response.body, response.contentType)) {
            const QList<FeedDiscovery::Feed> feeds = FeedDiscovery::find(response.body, response.baseUrl());
            if (feeds.isEmpty()) {
                done(Error(tr("%1 is a web page that names no feed").arg(source.feedUrl.toDisplayString())));
                return;
            }
            // The page's first feed is its main one; the others are offered.
            Source found = source;
            found.feedUrl = feeds.first().url;
            found.identifier = found.feedUrl.toString();
            QList<QUrl> rest;
            for (qsizetype i = 1; i < feeds.size(); ++i) {
                rest << feeds.at(i).url;
            }
            fetch(found, true, rest, context, done);
            return;
        }
        // On the pool, as a sync reads a feed: the window goes on answering while a large feed
        // is parsed, or while its parse waits for another's (FeedParser::syndicationTurn()).
        QtConcurrent::run(&m_pool, &SourceFollower::read, source, response.body, response.baseUrl())
            .then(context, [others, done](Result<Preview> preview) {
                if (preview) {
                    preview->otherFeeds = others;
                }
                done(std::move(preview));
            });
    });
}

Result<SourceFollower::Preview> SourceFollower::read(const Source &source, const QByteArray &body, const QUrl &baseUrl)
{
    const ParsedFeed feed = FeedParser::parse(body, baseUrl);
    if (feed.format.isEmpty()) {
        return Error(tr("%1 is not a feed: %2").arg(source.feedUrl.toDisplayString(), feed.error));
    }
    Preview preview;
    preview.source = source;
    preview.source.feedTitle = feed.title;
    if (source.kind == SourceKind::Feed || source.kind == SourceKind::Discourse) {
        // Named once, as it called itself when followed: a feed that later retitles itself
        // ("Python") cannot make its releases read as another project's.
        preview.source.name = feed.title.simplified().left(MaxName);
    }
    preview.format = feed.format;
    preview.items = int(feed.items.size());
    preview.latestTitle = feed.items.isEmpty() ? QString() : feed.items.first().title;
    std::optional<ProjectVersion> latest;
    for (const PostMeta &post : ReleaseFeed::posts(source, feed, nullptr)) {
        if (const auto version = ProjectVersion::parse(post.version); version && (!latest || *version > *latest)) {
            latest = version;
        }
    }
    preview.latestVersion = latest ? latest->toString() : QString();
    return preview;
}

} // namespace Herald
