// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/sync/feedsourcesync.h"

#include "core/diagnostics/logging.h"
#include "core/feeds/feedparser.h"
#include "core/net/httpclient.h"
#include "core/sources/projectlifecycles.h"
#include "core/sources/releasefeed.h"
#include "core/store/sourcestore.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QtConcurrentRun>
#include <QThread>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

constexpr qint64 MaxJsonBytes = qint64(20) * 1024 * 1024;
/// endoflife.date's largest product lists a few hundred cycles in some 100 KB.
constexpr qint64 MaxLifecycleBytes = qint64(2) * 1024 * 1024;
/// Posts stored at a time, each batch its own transaction, with the event loop turning
/// between them: some 40 ms of a window's time (a 10,000-release feed stores in 50 turns).
constexpr qsizetype StoreBatch = 200;

} // namespace

/// A feed as the pool read it: what it says, and its items as posts.
struct FeedSourceSync::Reading {
    ParsedFeed feed; ///< without its items, which `posts` now holds
    qsizetype itemCount = 0;
    QList<PostMeta> posts;
    QStringList warnings;
    qint64 parseMs = 0;
    qint64 postsMs = 0;
};

/// A read feed on its way into the store, a batch at a time.
struct FeedSourceSync::Storing {
    Source source;
    HttpResponse response; ///< without its body: its URL and validators
    Reading reading;
    std::shared_ptr<Outcome> outcome;
    QPointer<QObject> context; ///< the run: when it is gone, nothing more is stored
    std::function<void()> then;
    qint64 storeMs = 0;
};

FeedSourceSync::FeedSourceSync(HttpClient &http, PostStore &posts, SourceStore &sources)
    : m_http(http)
    , m_posts(posts)
    , m_sources(sources)
{
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
}

FeedSourceSync::~FeedSourceSync()
{
    // The feeds waiting to be read are dropped; the one being read is waited for.
    m_pool.clear();
}

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

void FeedSourceSync::run(const Source &source, QObject *context, std::function<void(const Outcome &)> done)
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
            onFeed(source, response, context, outcome, [this, source, context, outcome, lifecycleThenFinish] {
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

FeedSourceSync::Reading FeedSourceSync::read(const Source &source, const QByteArray &body, const QUrl &baseUrl)
{
    Reading reading;
    QElapsedTimer timer;
    timer.start();
    reading.feed = FeedParser::parse(body, baseUrl);
    reading.itemCount = reading.feed.items.size();
    reading.parseMs = timer.restart();
    if (!reading.feed.format.isEmpty()) {
        reading.posts = ReleaseFeed::posts(source, reading.feed, &reading.warnings);
    }
    reading.feed.items.clear();
    reading.postsMs = timer.elapsed();
    return reading;
}

void FeedSourceSync::onFeed(const Source &source, const HttpResponse &response, QObject *context,
    const std::shared_ptr<Outcome> &outcome, std::function<void()> then)
{
    const QString name = outcome->name;
    if (!response.ok()) {
        outcome->error = tr("%1 (%2): %3").arg(name, source.feedUrl.toDisplayString(), response.error);
        outcome->retryAfterSeconds = response.retryAfterSeconds;
        then();
        return;
    }
    if (response.notModified) {
        outcome->notModified = true;
        then();
        return;
    }
    auto storing = std::make_shared<Storing>();
    storing->source = source;
    storing->response = response;
    storing->response.body.clear();
    storing->outcome = outcome;
    storing->context = context;
    storing->then = std::move(then);
    // Reading a feed is half of its sync, and a large one takes seconds (a 19 MB feed of
    // 10,000 releases about three): on a pool, so that the window never waits for it. The store
    // stays on this thread, with its one connection. A run that ends (its context deleted)
    // drops what is still being read.
    QtConcurrent::run(&m_pool, &FeedSourceSync::read, source, response.body, response.baseUrl())
        .then(context, [this, storing](Reading reading) {
            storing->reading = std::move(reading);
            onRead(storing);
        });
}

void FeedSourceSync::onRead(const std::shared_ptr<Storing> &storing)
{
    Outcome &outcome = *storing->outcome;
    const Reading &reading = storing->reading;
    for (const QString &warning : reading.feed.warnings) {
        outcome.warnings << tr("%1: %2").arg(outcome.name, warning);
    }
    if (reading.feed.format.isEmpty()) {
        outcome.error = tr("%1 (%2): not a feed: %3")
                            .arg(outcome.name, storing->source.feedUrl.toDisplayString(), reading.feed.error);
        storing->then();
        return;
    }
    for (const QString &warning : reading.warnings) {
        outcome.warnings << tr("%1: %2").arg(outcome.name, warning);
    }
    storeFrom(storing, 0);
}

void FeedSourceSync::storeFrom(const std::shared_ptr<Storing> &storing, qsizetype from)
{
    Outcome &outcome = *storing->outcome;
    const Source &source = storing->source;
    const QList<PostMeta> batch = storing->reading.posts.mid(from, StoreBatch);
    QElapsedTimer timer;
    timer.start();
    // A first sync's posts are the project's past: stored as seen batch by batch, so that one
    // stopped halfway never tells them either.
    const auto stored = m_posts.upsertPosts(source.id, batch, !source.baselined);
    storing->storeMs += timer.elapsed();
    if (!stored) {
        outcome.error = tr("%1: cannot store posts: %2").arg(outcome.name, stored.error().message());
        storing->then();
        return;
    }
    outcome.upserts << *stored;
    if (const qsizetype next = from + batch.size(); next < storing->reading.posts.size()) {
        // What is stored so far is complete posts; until the last batch the feed's validators
        // are not kept, so a sync cut short here fetches and stores the whole feed again.
        if (storing->context) {
            QTimer::singleShot(0, storing->context, [this, storing, next] { storeFrom(storing, next); });
        }
        return;
    }
    qCDebug(lcSync).nospace() << "stored " << source.feedUrl.toDisplayString() << ": " << storing->reading.itemCount
                              << " items parsed in " << storing->reading.parseMs << " ms, made posts in "
                              << storing->reading.postsMs << " ms, stored in " << storing->storeMs << " ms";
    onStored(*storing);
    storing->then();
}

void FeedSourceSync::onStored(const Storing &storing)
{
    Outcome &outcome = *storing.outcome;
    const Source &source = storing.source;
    const ParsedFeed &feed = storing.reading.feed;
    if (!source.baselined) {
        // The first time its feed is stored: what it brings is the project's past, not news.
        // Its batches were stored seen; this marks anything else of it, and from now on what
        // comes is news.
        const Result<int> seen = m_posts.markSourceSeen(source.id);
        const Result<void> baselined = seen ? m_sources.setBaselined(source.id) : Result<void>(seen.error());
        if (!baselined) {
            outcome.error = tr("%1: cannot store posts: %2").arg(outcome.name, baselined.error().message());
            return;
        }
    }
    if (!feed.title.isEmpty() && feed.title != source.feedTitle) {
        if (const Result<void> titled = m_sources.setFeedTitle(source.id, feed.title); !titled) {
            outcome.warnings << tr("%1: %2").arg(outcome.name, titled.error().message());
        }
    }
    if (!feed.error.isEmpty()) {
        outcome.error = tr("%1: %2 (kept the %n item(s) read before it)", "", int(storing.reading.itemCount))
                            .arg(outcome.name, feed.error);
        return;
    }
    keepValidators(storing.response, outcome);
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
