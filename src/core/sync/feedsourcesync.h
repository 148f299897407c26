// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/posts/source.h"
#include "core/store/poststore.h"

#include <QCoreApplication>
#include <QStringList>

#include <chrono>
#include <functional>

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

    void setRequestTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    /// Syncs `source`; `done` runs once, unless `context` goes first.
    void run(const Source &source, const QObject *context, std::function<void(const Outcome &)> done);

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
    void onFeed(const Source &source, const HttpResponse &response, Outcome &outcome);
    void onPypiJson(const Source &source, const HttpResponse &response, Outcome &outcome);
    void onLifecycle(const QString &product, const HttpResponse &response, Outcome &outcome);
    void keepValidators(const HttpResponse &response, Outcome &outcome);

    HttpClient &m_http;
    PostStore &m_posts;
    SourceStore &m_sources;
    std::chrono::milliseconds m_timeout {30000};
};

} // namespace Herald
