// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/sync/feedsourcesync.h"

#include "core/diagnostics/logging.h"
#include "core/feeds/feedparser.h"
#include "core/net/httpclient.h"
#include "core/sources/projectlifecycles.h"
#include "core/sources/releasefeed.h"
#include "core/store/sourcestore.h"

#include <memory>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

constexpr qint64 MaxJsonBytes = qint64(20) * 1024 * 1024;
/// endoflife.date's largest product lists a few hundred cycles in some 100 KB.
constexpr qint64 MaxLifecycleBytes = qint64(2) * 1024 * 1024;

} // namespace

FeedSourceSync::FeedSourceSync(HttpClient &http, PostStore &posts, SourceStore &sources)
    : m_http(http)
    , m_posts(posts)
    , m_sources(sources)
{ }

HttpRequest FeedSourceSync::conditionalRequest(
    const PostStore &store, const QUrl &url, qint64 maxBytes, std::chrono::milliseconds timeout)
{
    HttpRequest request;
    request.url = url;
    const Validators validators = store.validators(url);
    request.etag = validators.etag;
    request.lastModified = validators.lastModified;
    request.maxBytes = maxBytes;
    request.timeout = timeout;
    return request;
}

HttpRequest FeedSourceSync::unconditionalUnless(bool conditional, HttpRequest request)
{
    if (!conditional) {
        request.etag.clear();
        request.lastModified.clear();
    }
    return request;
}

HttpRequest FeedSourceSync::request(const Source &source, const QUrl &url, qint64 maxBytes) const
{
    // Until its past is stored, a "not modified" would store nothing.
    HttpRequest request = unconditionalUnless(source.baselined, conditionalRequest(m_posts, url, maxBytes, m_timeout));
    // A feed a web page named is the page's word: never fetched from a local address.
    request.fromContent = source.discovered;
    return request;
}

void FeedSourceSync::run(const Source &source, const QObject *context, std::function<void(const Outcome &)> done)
{
    auto outcome = std::make_shared<Outcome>();
    outcome->sourceId = source.id;
    outcome->name = source.displayName();
    auto finish = [this, source, outcome, done = std::move(done)]() {
        if (const Result<void> kept = m_sources.setSyncResult(source.id, outcome->error); !kept) {
            outcome->warnings
                << tr("could not store how the sync of %1 went: %2").arg(outcome->name, kept.error().message());
        }
        done(*outcome);
    };
    // Last, once the releases are in: the project's lifecycle, when it is due.
    auto lifecycleThenFinish = [this, source, context, outcome, finish]() {
        const QString product = ProjectLifecycles::productOf(source);
        if (!outcome->error.isEmpty() || product.isEmpty()
            || !ProjectLifecycles::isDue(m_posts, product, QDateTime::currentDateTimeUtc())) {
            finish();
            return;
        }
        const QUrl url = ProductLifecycle::apiUrl(product);
        // Validators without the document they validate would bring a 304 and nothing.
        const HttpRequest lifecycle = unconditionalUnless(
            m_posts.document(url).has_value(), conditionalRequest(m_posts, url, MaxLifecycleBytes, m_timeout));
        m_http.get(lifecycle, context, [this, product, outcome, finish](const HttpResponse &response) {
            onLifecycle(product, response, *outcome);
            finish();
        });
    };
    m_http.get(request(source, source.feedUrl, MaxFeedBytes), context,
        [this, source, context, outcome, lifecycleThenFinish](const HttpResponse &response) {
            onFeed(source, response, *outcome);
            if (source.kind != SourceKind::PyPI || !outcome->error.isEmpty()) {
                lifecycleThenFinish();
                return;
            }
            // The JSON document even when the feed did not change: a release can be yanked
            // without a new one.
            m_http.get(request(source, source.pypiJsonUrl(), MaxJsonBytes), context,
                [this, source, outcome, lifecycleThenFinish](const HttpResponse &json) {
                    onPypiJson(source, json, *outcome);
                    lifecycleThenFinish();
                });
        });
}

void FeedSourceSync::onLifecycle(const QString &product, const HttpResponse &response, Outcome &outcome)
{
    // The lifecycle is extra: when it cannot be had the releases still count, and the one
    // stored before, if any, stays.
    if (response.status == 404) {
        // endoflife.date does not know this product: it has no lifecycle, which is kept (as
        // an empty document) so that it is asked again only when due.
        qCDebug(lcSync) << "endoflife.date does not know" << product;
        Result<void> kept = m_posts.storeDocument(response.url, QByteArray("")); // empty, not NULL
        if (kept) {
            kept = m_posts.setValidators(response.url, {});
        }
        if (!kept) {
            outcome.warnings << tr("could not store that %1 has no lifecycle: %2")
                                    .arg(response.url.toDisplayString(), kept.error().message());
        }
        return;
    }
    if (!response.ok()) {
        outcome.warnings
            << tr("%1: no lifecycle from %2: %3").arg(outcome.name, response.url.toDisplayString(), response.error);
        return;
    }
    if (response.notModified) {
        if (const Result<void> kept = m_posts.confirmDocument(response.url); !kept) {
            outcome.warnings << tr("%1: %2").arg(outcome.name, kept.error().message());
        }
        return;
    }
    const Result<ProductLifecycle> lifecycle = ProductLifecycle::read(response.body, product);
    if (!lifecycle) {
        outcome.warnings << tr("%1: %2 is no lifecycle: %3")
                                .arg(outcome.name, response.url.toDisplayString(), lifecycle.error().message());
        return;
    }
    for (const QString &warning : lifecycle->warnings()) {
        outcome.warnings << tr("%1: %2").arg(outcome.name, warning);
    }
    if (const Result<void> kept = m_posts.storeDocument(response.url, response.body); !kept) {
        outcome.warnings << tr("%1: %2").arg(outcome.name, kept.error().message());
        return;
    }
    keepValidators(response, outcome);
}

void FeedSourceSync::onFeed(const Source &source, const HttpResponse &response, Outcome &outcome)
{
    const QString name = outcome.name;
    if (!response.ok()) {
        outcome.error = tr("%1 (%2): %3").arg(name, source.feedUrl.toDisplayString(), response.error);
        outcome.retryAfterSeconds = response.retryAfterSeconds;
        return;
    }
    if (response.notModified) {
        outcome.notModified = true;
        return;
    }
    const ParsedFeed feed = FeedParser::parse(response.body, response.baseUrl());
    for (const QString &warning : feed.warnings) {
        outcome.warnings << tr("%1: %2").arg(name, warning);
    }
    if (feed.format.isEmpty()) {
        outcome.error = tr("%1 (%2): not a feed: %3").arg(name, source.feedUrl.toDisplayString(), feed.error);
        return;
    }
    QStringList warnings;
    const QList<PostMeta> posts = ReleaseFeed::posts(source, feed, &warnings);
    for (const QString &warning : std::as_const(warnings)) {
        outcome.warnings << tr("%1: %2").arg(name, warning);
    }
    const auto stored = m_posts.upsertPosts(source.id, posts);
    if (!stored) {
        outcome.error = tr("%1: cannot store posts: %2").arg(name, stored.error().message());
        return;
    }
    outcome.upserts = *stored;
    if (!source.baselined) {
        // The first time its feed is stored: what it brings is the project's past, not news.
        // A first sync that failed did not get here, so the past is never told either.
        const Result<int> seen = m_posts.markSourceSeen(source.id);
        const Result<void> baselined = seen ? m_sources.setBaselined(source.id) : Result<void>(seen.error());
        if (!baselined) {
            outcome.error = tr("%1: cannot store posts: %2").arg(name, baselined.error().message());
            return;
        }
    }
    if (!feed.title.isEmpty() && feed.title != source.feedTitle) {
        if (const Result<void> titled = m_sources.setFeedTitle(source.id, feed.title); !titled) {
            outcome.warnings << tr("%1: %2").arg(name, titled.error().message());
        }
    }
    if (!feed.error.isEmpty()) {
        outcome.error
            = tr("%1: %2 (kept the %n item(s) read before it)", "", int(feed.items.size())).arg(name, feed.error);
        return;
    }
    keepValidators(response, outcome);
}

void FeedSourceSync::onPypiJson(const Source &source, const HttpResponse &response, Outcome &outcome)
{
    const QString name = outcome.name;
    if (!response.ok()) {
        outcome.error = tr("%1 (%2): %3").arg(name, response.url.toDisplayString(), response.error);
        return;
    }
    if (response.notModified) {
        return;
    }
    const auto info = ReleaseFeed::readPypiJson(response.body);
    if (!info) {
        outcome.error = tr("%1 (%2): %3").arg(name, response.url.toDisplayString(), info.error().message());
        return;
    }
    if (const Result<void> marked = m_posts.setYanked(source.id, info->yanked); !marked) {
        outcome.error = tr("%1: cannot mark yanked releases: %2").arg(name, marked.error().message());
        return;
    }
    if (const Result<void> kept = m_posts.storeDocument(response.url, response.body); !kept) {
        outcome.warnings << tr("%1: %2").arg(name, kept.error().message());
        return;
    }
    keepValidators(response, outcome);
}

void FeedSourceSync::keepValidators(const HttpResponse &response, Outcome &outcome)
{
    if (const Result<void> kept = m_posts.setValidators(response.url, {response.etag, response.lastModified}); !kept) {
        outcome.warnings << tr("could not store the validators of %1: %2")
                                .arg(response.url.toDisplayString(), kept.error().message());
    }
}

} // namespace Herald
