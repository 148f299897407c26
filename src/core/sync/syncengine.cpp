// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/sync/syncengine.h"

#include "core/diagnostics/logging.h"
#include "core/feeds/feedparser.h"
#include "core/net/httpclient.h"
#include "core/posts/frontmatterreader.h"
#include "core/render/searchtext.h"
#include "core/sources/pythoninsider.h"
#include "core/store/sourcestore.h"
#include "core/sync/feedsourcesync.h"

#include <QJsonDocument>
#include <QtConcurrentRun>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

constexpr qint64 MaxFeedBytes = qint64(20) * 1024 * 1024;
constexpr qint64 MaxIndexBytes = qint64(20) * 1024 * 1024;
constexpr qint64 MaxPostBytes = qint64(5) * 1024 * 1024;
constexpr qint64 MaxDataBytes = qint64(10) * 1024 * 1024;

/// Keeps what the servers said about when to come back, for the scheduler. A Retry-After
/// counts only on a failure: on a response that worked it means nothing to Herald.
void noteServerHints(SyncSummary &summary, const HttpResponse &response, bool isSource)
{
    if (!response.ok() && response.retryAfterSeconds) {
        summary.retryAfterSeconds = std::max(summary.retryAfterSeconds.value_or(0), *response.retryAfterSeconds);
    }
    if (isSource && response.ok() && response.maxAgeSeconds) {
        summary.maxAgeSeconds
            = std::min(summary.maxAgeSeconds.value_or(*response.maxAgeSeconds), *response.maxAgeSeconds);
    }
}

} // namespace

SyncEngine::SyncEngine(HttpClient &http, PostStore &store, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_store(store)
    , m_deadlineTimer(new QTimer(this))
{
    m_pool.setMaxThreadCount(1);
    m_deadlineTimer->setObjectName(u"deadline"_s);
    m_deadlineTimer->setSingleShot(true);
    connect(m_deadlineTimer, &QTimer::timeout, this, &SyncEngine::giveUp);
}

SyncEngine::~SyncEngine()
{
    m_pool.clear();
}

void SyncEngine::setSourceStore(SourceStore *sources)
{
    if (m_sources) {
        disconnect(m_sources, &SourceStore::sourceRemoved, this, &SyncEngine::onSourceRemoved);
    }
    m_sources = sources;
    m_feedSync = sources ? std::make_unique<FeedSourceSync>(m_http, m_store, *sources) : nullptr;
    if (m_sources) {
        connect(m_sources, &SourceStore::sourceRemoved, this, &SyncEngine::onSourceRemoved);
    }
}

void SyncEngine::begin(std::optional<qint64> only)
{
    if (m_running) {
        return;
    }
    m_running = true;
    qCDebug(lcSync) << "sync started";
    m_summary = {};
    m_changes.clear();
    m_refetch.clear();
    m_bodiesTotal = 0;
    m_bodiesDone = 0;
    m_requestsAtStart = m_http.requestsSent();
    m_run = std::make_unique<QObject>();
    m_deadlineTimer->start(m_deadline);
    const Result<qint64> source
        = m_store.ensureSource(u"python-insider"_s, PythonInsider::siteUrl(), u"Python Insider"_s);
    m_sourceId = source.value_or(0);
    m_withPythonInsider = !only || *only == m_sourceId;
    m_summary.pythonInsider = m_withPythonInsider;
    Q_EMIT started();
    if (!source) {
        m_summary.sourceErrors << tr("The store cannot be written: %1").arg(source.error().message());
        finish();
        return;
    }
    // Counted before any starts: a source that answers at once must not finish the sync.
    m_pending = m_withPythonInsider ? 3 : 0;
    m_pythonInsiderPending = m_pending;
    m_followedInFlight.clear();
    startFollowedSources(only);
    if (m_pending == 0) {
        finish();
        return;
    }
    if (m_withPythonInsider) {
        // The index first, then the feed (which only adds what the index does not list yet),
        // with the lifecycle data alongside.
        fetchIndex();
        fetchLifecycle(PythonInsider::releaseCycleUrl());
        fetchLifecycle(PythonInsider::pythonReleasesUrl());
    }
}

void SyncEngine::startFollowedSources(std::optional<qint64> only)
{
    if (!m_sources) {
        return;
    }
    const auto sources = m_sources->sources();
    if (!sources) {
        m_summary.sourceErrors << tr("The followed sources cannot be read: %1").arg(sources.error().message());
        return;
    }
    QList<Source> followed;
    for (const Source &source : *sources) {
        if (source.kind != SourceKind::PythonInsider && source.id != m_sourceId && (!only || *only == source.id)) {
            followed << source;
        }
    }
    m_pending += int(followed.size());
    for (const Source &source : std::as_const(followed)) {
        auto *context = new QObject(m_run.get());
        m_followedInFlight.insert(source.id, {source.displayName(), context});
        // A followed source's failure and its server's Retry-After are its own: they are
        // reported with it, and never hold back Python Insider's syncs.
        m_feedSync->run(source, context, [this, context](const FeedSourceSync::Outcome &outcome) {
            // A source the deadline gave up on is reported already: whatever it still did
            // belongs to a run that is over.
            if (!m_running || !m_followedInFlight.remove(outcome.sourceId)) {
                return;
            }
            m_summary.warnings << outcome.warnings;
            recordUpserts(outcome.upserts, false);
            SyncSummary::SourcePart part;
            part.sourceId = outcome.sourceId;
            part.name = outcome.name;
            part.notModified = outcome.notModified;
            part.error = outcome.error;
            for (const auto &upsert : outcome.upserts) {
                part.newPosts += upsert.change == PostStore::Change::Inserted ? 1 : 0;
                part.updatedPosts += upsert.change == PostStore::Change::Updated ? 1 : 0;
            }
            m_summary.sources << part;
            // Not deleted here, inside one of its own callbacks.
            context->deleteLater();
            phaseDone(false);
        });
    }
}

HttpRequest SyncEngine::conditionalRequest(const QUrl &url, qint64 maxBytes) const
{
    return FeedSourceSync::conditionalRequest(m_store, url, maxBytes, m_timeout);
}

void SyncEngine::onSourceRemoved(qint64 sourceId)
{
    const auto found = m_followedInFlight.constFind(sourceId);
    if (!m_running || found == m_followedInFlight.cend()) {
        return;
    }
    QObject *context = found->context;
    m_followedInFlight.erase(found);
    // Its requests, the feed being read on the pool and the batches still to store all end
    // with their context. (Unfollowing comes from the window or the command line, never from
    // one of this source's own callbacks.)
    m_http.cancel(context);
    delete context;
    qCInfo(lcSync) << "source" << sourceId << "was unfollowed during its sync";
    // Counted done on the next turn, not inside the store's removal: the sync may finish
    // there, and whoever removed the source has not finished with it yet. (Dropped if the
    // deadline ends the run first.)
    QTimer::singleShot(0, m_run.get(), [this] { phaseDone(false); });
}

void SyncEngine::fetchIndex()
{
    m_http.get(conditionalRequest(PythonInsider::indexUrl(), MaxIndexBytes), m_run.get(),
        [this](const HttpResponse &response) { onIndex(response); });
}

void SyncEngine::onIndex(const HttpResponse &response)
{
    noteServerHints(m_summary, response, true);
    if (!response.ok()) {
        m_summary.sourceErrors << tr("Python Insider archive index: %1").arg(response.error);
    } else if (!response.notModified) {
        const auto index = PythonInsider::parseIndex(response.body);
        if (!index) {
            m_summary.sourceErrors << tr("Python Insider archive index: %1").arg(index.error().message());
        } else {
            m_summary.warnings << index->warnings;
            const auto results = m_store.upsertPosts(m_sourceId, index->posts);
            if (!results) {
                m_summary.sourceErrors
                    << tr("Python Insider archive index: cannot store posts: %1").arg(results.error().message());
            } else {
                recordUpserts(*results);
                // Only now: had storing failed, the next sync must download the index again.
                keepValidators(response);
            }
        }
    }
    fetchFeed();
}

void SyncEngine::fetchFeed()
{
    m_http.get(conditionalRequest(PythonInsider::feedUrl(), MaxFeedBytes), m_run.get(),
        [this](const HttpResponse &response) { onFeed(response); });
}

void SyncEngine::onFeed(const HttpResponse &response)
{
    noteServerHints(m_summary, response, true);
    if (!response.ok()) {
        m_summary.sourceErrors << tr("Python Insider feed: %1").arg(response.error);
    } else if (!response.notModified) {
        // On the pool: a parse waits for another under way there, which for a followed
        // project's large feed can take seconds (FeedParser::syndicationTurn()). A run given up
        // on (m_run deleted) drops the parse's answer.
        HttpResponse validators = response;
        validators.body.clear();
        QtConcurrent::run(&m_pool, &FeedParser::parse, response.body, response.baseUrl())
            .then(m_run.get(), [this, validators](const ParsedFeed &feed) {
                onParsedFeed(validators, feed);
                phaseDone();
            });
        return;
    }
    phaseDone();
}

void SyncEngine::onParsedFeed(const HttpResponse &response, const ParsedFeed &feed)
{
    for (const QString &warning : feed.warnings) {
        m_summary.warnings << tr("Python Insider feed: %1").arg(warning);
    }
    // The archive index is the authority on posts it lists; the feed only adds posts the
    // index does not have yet, so the two never overwrite each other back and forth.
    QList<PostMeta> added;
    for (const FeedItem &item : feed.items) {
        const auto post = PythonInsider::fromFeedItem(item);
        if (!post) {
            m_summary.warnings << tr("Python Insider feed: the item \"%1\" has no usable link").arg(item.title);
            continue;
        }
        const Result<std::optional<qint64>> stored = m_store.idForSlug(post->slug, m_sourceId);
        if (!stored) {
            // Unknown whether the index has it: storing it now could overwrite what the index said.
            m_summary.warnings << tr("Python Insider feed: \"%1\" was not checked against the store: %2")
                                      .arg(item.title, stored.error().message());
        } else if (!stored->has_value()) {
            added << *post;
        }
    }
    const auto results = m_store.upsertPosts(m_sourceId, added);
    if (!results) {
        m_summary.sourceErrors << tr("Python Insider feed: cannot store posts: %1").arg(results.error().message());
    } else {
        recordUpserts(*results);
    }
    if (!feed.error.isEmpty()) {
        m_summary.sourceErrors << tr(
            "Python Insider feed: %1 (kept the %n item(s) read before it)", "", int(feed.items.size()))
                                      .arg(feed.error);
    } else if (results) {
        keepValidators(response);
    }
}

void SyncEngine::fetchLifecycle(const QUrl &url)
{
    HttpRequest request = conditionalRequest(url, MaxDataBytes);
    if (!m_store.document(url)) {
        request.etag.clear(); // validators without the document they validate are worth nothing
        request.lastModified.clear();
    }
    m_http.get(request, m_run.get(), [this](const HttpResponse &response) {
        noteServerHints(m_summary, response, false);
        const QString name = response.url.fileName();
        if (!response.ok()) {
            m_summary.sourceErrors << tr("Python release data (%1): %2").arg(name, response.error);
        } else if (response.notModified) {
            // Still current: what the timeline tells of its age counts from now.
            if (const Result<void> confirmed = m_store.confirmDocument(response.url); !confirmed) {
                m_summary.sourceErrors << tr("Python release data (%1): %2").arg(name, confirmed.error().message());
            }
        } else {
            QJsonParseError error;
            const QJsonDocument json = QJsonDocument::fromJson(response.body, &error);
            if (error.error != QJsonParseError::NoError || !json.isObject()) {
                m_summary.sourceErrors << tr("Python release data (%1): not a JSON object (%2)")
                                              .arg(name,
                                                  error.error != QJsonParseError::NoError
                                                      ? error.errorString()
                                                      : tr("it is an array or a value"));
            } else if (const Result<void> stored = m_store.storeDocument(response.url, response.body); stored) {
                keepValidators(response);
            } else {
                m_summary.sourceErrors << tr("Python release data (%1): %2").arg(name, stored.error().message());
            }
        }
        phaseDone();
    });
}

void SyncEngine::recordUpserts(const QList<PostStore::UpsertResult> &results, bool fetchable)
{
    for (const auto &result : results) {
        auto existing = m_changes.find(result.id);
        if (existing == m_changes.end() || result.change == PostStore::Change::Inserted) {
            m_changes.insert(result.id, result.change);
        } else if (*existing == PostStore::Change::Unchanged) {
            *existing = result.change;
        }
        // An entry that changed upstream may come with a changed body: revalidate it (a 304
        // costs nothing when it did not).
        if (fetchable && (result.needsBody || result.change == PostStore::Change::Updated)) {
            m_refetch.insert(result.id);
        }
    }
}

void SyncEngine::phaseDone(bool pythonInsider)
{
    m_pythonInsiderPending -= pythonInsider ? 1 : 0;
    if (--m_pending == 0) {
        if (m_withPythonInsider) {
            fetchBodies();
        } else {
            finish();
        }
    }
}

void SyncEngine::fetchBodies()
{
    qCDebug(lcSync) << "feed and index read; fetching the texts that changed";
    // What upstream changed, and whatever was never fetched or failed last time.
    PostStore::Query query;
    query.sourceId = m_sourceId;
    query.onlyNeedingBody = true;
    QSet<qint64> queued;
    QList<std::tuple<qint64, QString, QUrl, bool>> work;
    for (const Post &post : m_store.posts(query)) {
        queued.insert(post.id);
        work.append({post.id, post.meta.slug, post.meta.bodyUrl, post.hasBody});
    }
    for (const qint64 id : std::as_const(m_refetch)) {
        if (!queued.contains(id)) {
            if (const auto post = m_store.post(id)) {
                work.append({id, post->meta.slug, post->meta.bodyUrl, post->hasBody});
            }
        }
    }
    m_bodiesTotal = int(work.size());
    Q_EMIT progress(0, m_bodiesTotal);
    if (work.isEmpty()) {
        finish();
        return;
    }
    for (const auto &[id, slug, url, conditional] : std::as_const(work)) {
        fetchBody(id, slug, url.isEmpty() ? PythonInsider::markdownUrl(slug) : url, conditional);
    }
}

void SyncEngine::fetchBody(qint64 postId, const QString &slug, const QUrl &url, bool conditional)
{
    HttpRequest request;
    request.url = url;
    if (conditional) {
        const Validators validators = m_store.bodyValidators(postId);
        request.etag = validators.etag;
        request.lastModified = validators.lastModified;
    }
    request.maxBytes = MaxPostBytes;
    request.timeout = m_timeout;
    m_http.get(request, m_run.get(),
        [this, postId, slug, url](const HttpResponse &response) { onBody(postId, slug, url, response); });
}

void SyncEngine::onBody(qint64 postId, const QString &slug, const QUrl &url, const HttpResponse &response)
{
    if (response.status == 404 && url.path().endsWith(u"/index.md"_s)) {
        // One post exists only as MDX.
        fetchBody(postId, slug, PythonInsider::markdownUrl(slug, u"mdx"), false);
        return;
    }
    noteServerHints(m_summary, response, false);
    if (response.ok() && response.notModified) {
        if (const Result<void> marked = m_store.markBodyCurrent(postId); !marked) {
            storeFailed(tr("that the text of %1 is current").arg(slug), marked.error());
        }
    } else if (response.ok()) {
        const QString text = QString::fromUtf8(response.body);
        const MarkdownDocument document = FrontmatterReader::read(response.body);
        if (!document.error.isEmpty()) {
            m_summary.warnings << slug + u": "_s + document.error;
        }
        // What search indexes of it: the words, not the Markdown or raw HTML around them.
        if (const Result<void> stored = m_store.storeBody(
                postId, text, url, {response.etag, response.lastModified}, SearchText::ofMarkdown(text));
            stored) {
            ++m_summary.bodiesDownloaded;
        } else {
            m_summary.postErrors << slug + u": "_s + stored.error().message();
            ++m_summary.failedPosts;
        }
    } else {
        QString error = response.error;
        if (response.status == 404) {
            error = tr("neither index.md nor index.mdx exists in %1 (HTTP 404)")
                        .arg(PythonInsider::markdownUrl(slug).adjusted(QUrl::RemoveFilename).toDisplayString());
        }
        if (const Result<void> stored = m_store.storeBodyError(postId, error); !stored) {
            storeFailed(tr("the error of %1").arg(slug), stored.error());
        }
        m_summary.postErrors << slug + u": "_s + error;
        ++m_summary.failedPosts;
    }
    bodyDone();
}

void SyncEngine::bodyDone()
{
    ++m_bodiesDone;
    Q_EMIT progress(m_bodiesDone, m_bodiesTotal);
    if (m_bodiesDone == m_bodiesTotal) {
        finish();
    }
}

void SyncEngine::giveUp()
{
    m_http.cancel(m_run.get());
    for (const FollowedRun &followed : std::as_const(m_followedInFlight)) {
        m_http.cancel(followed.context); // each followed source's requests have their own
    }
    const auto seconds = int(std::chrono::duration_cast<std::chrono::seconds>(m_deadline).count());
    const QString limit = seconds < 120 ? tr("%n second(s)", "", seconds) : tr("%n minute(s)", "", seconds / 60);
    for (auto it = m_followedInFlight.cbegin(); it != m_followedInFlight.cend(); ++it) {
        SyncSummary::SourcePart part;
        part.sourceId = it.key();
        part.name = it->name;
        part.error
            = tr("%1: the sync stopped after %2, before it answered; the next sync tries again").arg(it->name, limit);
        if (const Result<void> kept = m_sources->setSyncResult(part.sourceId, part.error); !kept) {
            storeFailed(tr("how the sync went"), kept.error());
        }
        m_summary.sources << part;
    }
    m_followedInFlight.clear();
    if (m_pythonInsiderPending > 0) {
        m_summary.sourceErrors << tr("The sync stopped after %1, before the archive index, the feed and "
                                     "the release data had arrived; the next sync tries again")
                                      .arg(limit);
    } else if (m_bodiesTotal > m_bodiesDone) {
        const int left = m_bodiesTotal - m_bodiesDone;
        m_summary.sourceErrors << tr("The sync stopped after %1 with %n post(s) still to download; the "
                                     "next sync fetches them",
            "", left)
                                      .arg(limit);
    }
    // Everything still under way for this run ends with its object, now: a feed being read on
    // the pool, the next batch of its posts to store. (Not in finish(), which may run inside
    // one of the run's own callbacks; this is the deadline's timer.)
    m_run.reset();
    finish();
}

void SyncEngine::keepValidators(const HttpResponse &response)
{
    // Stored only once what they validate is stored: had that failed, the next sync must
    // download it again. Failing here costs one download more next time, nothing else.
    if (const Result<void> kept = m_store.setValidators(response.url, {response.etag, response.lastModified}); !kept) {
        storeFailed(tr("the validators of %1").arg(response.url.toDisplayString()), kept.error());
    }
}

void SyncEngine::storeFailed(const QString &what, const Error &error)
{
    const QString message = tr("could not store %1: %2").arg(what, error.message());
    qCWarning(lcStore) << message;
    m_summary.warnings << message;
}

void SyncEngine::finish()
{
    m_deadlineTimer->stop();
    for (auto it = m_changes.cbegin(); it != m_changes.cend(); ++it) {
        if (it.value() == PostStore::Change::Inserted) {
            ++m_summary.newPosts;
            m_summary.newPostIds << it.key();
        } else if (it.value() == PostStore::Change::Updated) {
            ++m_summary.updatedPosts;
        }
    }
    // Python Insider's own unchanged posts: the followed sources report theirs in their parts.
    int followedChanged = 0;
    for (const auto &part : std::as_const(m_summary.sources)) {
        followedChanged += part.newPosts + part.updatedPosts;
    }
    const int pythonChanged = m_summary.newPosts + m_summary.updatedPosts - followedChanged;
    m_summary.unchangedPosts = m_withPythonInsider ? std::max(0, m_store.count(m_sourceId) - pythonChanged) : 0;
    m_summary.requests = m_http.requestsSent() - m_requestsAtStart;
    if (const Result<void> kept = m_withPythonInsider
            ? m_store.setSourceResult(m_sourceId, m_summary.sourceErrors.join(u'\n'))
            : Result<void>();
        !kept) {
        storeFailed(tr("how the sync went"), kept.error());
    }
    // What the new and changed posts announce, worked out now rather than when the window
    // next builds its timeline at start.
    if (m_withPythonInsider && m_summary.newPosts + m_summary.updatedPosts + m_summary.bodiesDownloaded > 0) {
        if (const auto summarised = PythonInsider::storedAnnouncements(m_store); !summarised) {
            storeFailed(tr("what the posts announce"), summarised.error());
        }
    }
    m_running = false;
    qCDebug(lcSync).nospace() << "sync finished: " << m_summary.newPosts << " new, " << m_summary.updatedPosts
                              << " updated, " << m_summary.bodiesDownloaded << " texts downloaded, "
                              << m_summary.failedPosts << " failed, " << m_summary.requests << " requests";
    for (const QString &error : std::as_const(m_summary.sourceErrors)) {
        qCInfo(lcSync) << error;
    }
    // Not deleted here: finish() may run inside one of its requests' callbacks. giveUp()
    // deleted it already.
    if (m_run) {
        m_run.release()->deleteLater();
    }
    Q_EMIT finished(m_summary);
}

} // namespace Herald
