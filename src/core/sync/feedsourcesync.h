// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/posts/source.h"
#include "core/store/poststore.h"

#include <QCoreApplication>
#include <QStringList>
#include <QThreadPool>

#include <chrono>
#include <functional>
#include <memory>

namespace Herald {

class HttpClient;
class SourceStore;
struct HttpResponse;
struct HttpRequest;

/// Brings one followed source up to date: its feed with a conditional request, each item
/// stored as a post with its HTML and version, and for a PyPI project its JSON document,
/// whose yanked releases are marked; then, when due, the project's lifecycle from
/// endoflife.date (ProjectLifecycles). A source's first sync is its past: its posts are marked
/// seen, so following a project never announces its old releases.
///
/// A feed is read (parsed, its items made posts) on a pool of its own, and stored on the
/// calling thread a batch at a time, the event loop turning between batches: however large a
/// feed, the window that syncs it keeps answering. (Python Insider's feed and the Follow
/// preview are parsed on a pool too: Syndication's parses take turns, and one may wait for a
/// large feed's.)
class FeedSourceSync final
{
    Q_DECLARE_TR_FUNCTIONS(Herald::FeedSourceSync)

public:
    /// What one source's sync did.
    struct Outcome {
        qint64 sourceId = 0;
        QString name;
        QList<PostStore::UpsertResult> upserts;
        bool notModified = false;
        QString error; ///< empty when it worked
        QStringList warnings;
        std::optional<int> retryAfterSeconds;
    };

    FeedSourceSync(HttpClient &http, PostStore &posts, SourceStore &sources);
    /// Waits for the feeds still being read.
    ~FeedSourceSync();
    Q_DISABLE_COPY_MOVE(FeedSourceSync)

    void setRequestTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    /// Syncs `source`; `done` runs once, unless `context` goes first.
    void run(const Source &source, QObject *context, std::function<void(const Outcome &)> done);

    /// The most a feed may weigh.
    static constexpr qint64 MaxFeedBytes = qint64(20) * 1024 * 1024;

    /// A GET of `url` that sends the validators `store` keeps for it, so that an unchanged
    /// document costs a 304.
    static HttpRequest conditionalRequest(
        const PostStore &store, const QUrl &url, qint64 maxBytes, std::chrono::milliseconds timeout);
    /// `request` without its validators unless `conditional`: when what they validate is not
    /// stored, a "not modified" would leave nothing to use.
    static HttpRequest unconditionalUnless(bool conditional, HttpRequest request);

private:
    [[nodiscard]] HttpRequest request(const Source &source, const QUrl &url, qint64 maxBytes) const;
    struct Reading;
    struct Storing;

    /// On the pool: `body` parsed, and its items as `source`'s posts.
    static Reading read(const Source &source, const QByteArray &body, const QUrl &baseUrl);
    /// The feed's answer: read on the pool, then stored; `then` runs once it is all done
    /// (or failed), unless `context` goes first.
    void onFeed(const Source &source, const HttpResponse &response, QObject *context,
        const std::shared_ptr<Outcome> &outcome, std::function<void()> then);
    void onRead(const std::shared_ptr<Storing> &storing);
    /// Stores the read posts from `from` on, one batch now and the rest on later turns.
    void storeFrom(const std::shared_ptr<Storing> &storing, qsizetype from);
    /// Once every post is stored: the source's baseline, title and validators.
    void onStored(const Storing &storing);
    void onPypiJson(const Source &source, const HttpResponse &response, Outcome &outcome);
    void onLifecycle(const QString &product, const HttpResponse &response, Outcome &outcome);
    void keepValidators(const HttpResponse &response, Outcome &outcome);

    HttpClient &m_http;
    PostStore &m_posts;
    SourceStore &m_sources;
    std::chrono::milliseconds m_timeout {30000};
    QThreadPool m_pool;
};

} // namespace Herald
