// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/store/poststore.h"
#include "core/sync/syncsummary.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QThreadPool>

#include <chrono>
#include <memory>
#include <optional>

class QTimer;

namespace Herald {

class FeedSourceSync;
class HttpClient;
class SourceStore;
struct HttpRequest;
struct HttpResponse;
struct ParsedFeed;

/// Brings the store up to date with Python Insider.
///
/// The first sync reads the archive index and the feed, then fetches every post's Markdown
/// (index.md, or index.mdx when there is none) with bounded concurrency, so the whole
/// archive is readable and searchable offline. Later syncs revalidate with conditional
/// requests: when nothing changed upstream they download no bodies at all. A source or post
/// that fails gets a recorded, human-readable error, never blocks the others, and is retried
/// next time. One sync runs at a time.
class SyncEngine final : public QObject
{
    Q_OBJECT

public:
    SyncEngine(HttpClient &http, PostStore &store, QObject *parent = nullptr);
    ~SyncEngine() override;

    [[nodiscard]] bool isRunning() const { return m_running; }

    /// The followed sources to sync besides Python Insider; without it, only Python Insider.
    void setSourceStore(SourceStore *sources);

    /// Starts a sync of every source; does nothing while one is running.
    void start() { begin(std::nullopt); }
    /// Starts a sync of one source; does nothing while a sync is running.
    void startSource(qint64 sourceId) { begin(sourceId); }

    /// How long a request may go without receiving data (30 s by default).
    void setRequestTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    /// How long a whole sync may take (15 minutes by default). Past it, what is still under
    /// way is abandoned, the sync finishes with an error, and the next one fetches the rest.
    void setDeadline(std::chrono::milliseconds deadline) { m_deadline = deadline; }

Q_SIGNALS:
    void started();
    /// Bodies fetched so far, of those this sync needs.
    void progress(int done, int total);
    void finished(const Herald::SyncSummary &summary);

private:
    void begin(std::optional<qint64> only);
    [[nodiscard]] HttpRequest conditionalRequest(const QUrl &url, qint64 maxBytes) const;
    void fetchIndex();
    void fetchFeed();
    void fetchLifecycle(const QUrl &url);
    void onIndex(const HttpResponse &response);
    void onFeed(const HttpResponse &response);
    /// The feed's items the archive index does not have yet, stored; `response` is the feed's
    /// answer without its body.
    void onParsedFeed(const HttpResponse &response, const ParsedFeed &feed);
    /// `fetchable`: the posts' bodies are fetched from their body URL (Python Insider's).
    void recordUpserts(const QList<PostStore::UpsertResult> &results, bool fetchable = true);
    /// Starts the followed sources' syncs, each counted in m_pending.
    void startFollowedSources(std::optional<qint64> only);
    /// A source unfollowed while its sync is under way: the sync ends there, unreported, for a
    /// source that is no more (its later batches would fail on it).
    void onSourceRemoved(qint64 sourceId);
    /// One source's part is done (Python Insider's, or a followed source's).
    void phaseDone(bool pythonInsider = true);
    void fetchBodies();
    void fetchBody(qint64 postId, const QString &slug, const QUrl &url, bool conditional);
    void onBody(qint64 postId, const QString &slug, const QUrl &url, const HttpResponse &response);
    void bodyDone();
    /// Keeps a response's ETag and Last-Modified for the next conditional request.
    void keepValidators(const HttpResponse &response);
    /// A store write that failed: logged, and a warning of the sync.
    void storeFailed(const QString &what, const Error &error);
    void finish();
    void giveUp();

    HttpClient &m_http;
    PostStore &m_store;
    SourceStore *m_sources = nullptr;
    std::unique_ptr<FeedSourceSync> m_feedSync;
    bool m_withPythonInsider = true;
    int m_pythonInsiderPending = 0; ///< Python Insider's parts still under way
    /// A followed source's sync under way: its name, for the deadline's report, and the
    /// context of its requests and batches (a child of m_run), ended when it is unfollowed.
    struct FollowedRun {
        QString name;
        QObject *context = nullptr;
    };
    QHash<qint64, FollowedRun> m_followedInFlight; ///< followed sources not answered yet
    bool m_running = false;
    qint64 m_sourceId = 0;
    int m_pending = 0;
    int m_bodiesTotal = 0;
    int m_bodiesDone = 0;
    int m_requestsAtStart = 0;
    QHash<qint64, PostStore::Change> m_changes;
    QSet<qint64> m_refetch; ///< posts whose body must be revalidated because upstream changed
    SyncSummary m_summary;
    std::chrono::milliseconds m_timeout {30000};
    std::chrono::milliseconds m_deadline {std::chrono::minutes(15)};
    QTimer *m_deadlineTimer;
    /// The context of this sync's requests: cancelling it abandons them all at once.
    std::unique_ptr<QObject> m_run;
    /// Where Python Insider's feed is parsed: its own, so that it never queues behind other
    /// work, and last, so that it is gone, its parse done, before anything else of the engine
    /// (and before the application object, with which Syndication's parsers go).
    QThreadPool m_pool;
};

} // namespace Herald
