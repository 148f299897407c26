// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/diagnostics/result.h"
#include "core/net/urlmap.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Herald {

/// One GET, with the validators of the copy we already have.
struct HttpRequest {
    QUrl url;
    QByteArray etag; ///< sent as If-None-Match
    QByteArray lastModified; ///< sent as If-Modified-Since
    qint64 maxBytes = 5LL * 1024 * 1024;
    std::chrono::milliseconds timeout {30000}; ///< with no data flowing
    /// For the whole transfer, however slowly the data trickles in.
    std::chrono::milliseconds deadline {120000};
    int maxAttempts = 3;
    /// Asked for by remote content (an image a post names), not by the user's configuration:
    /// it may then never reach a local address, whether written as one, named (localhost,
    /// ip6-localhost), resolved from a name, or redirected to.
    bool fromContent = false;
};

/// What came back. A 304 is a success with notModified set and no body.
struct HttpResponse {
    QUrl url; ///< as requested, before any --url-map rewrite
    QUrl finalUrl; ///< where the body came from after redirects, before --url-map; else url
    QByteArray contentLocation; ///< the Content-Location header, as sent
    int status = 0;
    bool notModified = false;
    QByteArray body;
    QByteArray etag;
    QByteArray lastModified;
    QByteArray contentType;
    int attempts = 0;
    std::optional<int> retryAfterSeconds; ///< the server asked us to come back later
    std::optional<int> maxAgeSeconds; ///< Cache-Control: max-age
    QString error; ///< human-readable; empty on success

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
    /// What relative links in the body are resolved against: its Content-Location, resolved
    /// against the URL the body came from, when it stays within that origin; else that URL.
    [[nodiscard]] QUrl baseUrl() const;
};

/// Herald's only way onto the network: one QNetworkAccessManager with conditional GET, gzip,
/// a redirect policy that never downgrades to a less safe scheme, a transfer timeout and a
/// size cap on every request, a bounded number of concurrent requests per host, retries
/// with exponential backoff that honour Retry-After on 429 and 503, a User-Agent naming
/// Herald, the system proxy, and the --url-map rewrite.
class HttpClient final : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const HttpResponse &)>;
    /// Looks a host name up and answers, on this thread, with its addresses (none when it has
    /// none). `context` going away cancels the answer.
    using Resolver = std::function<void(
        const QString &host, const QObject *context, std::function<void(const QList<QHostAddress> &)> answer)>;

    explicit HttpClient(UrlMap urlMap = {}, QObject *parent = nullptr);
    ~HttpClient() override;
    Q_DISABLE_COPY_MOVE(HttpClient)

    /// Queues a GET. `done` runs once on this thread, unless `context` is gone by then.
    void get(const HttpRequest &request, const QObject *context, Callback done);
    /// Drops every request queued for `context`, and aborts those under way: their callbacks
    /// never run. Returns how many there were.
    int cancel(const QObject *context);

    void setMaxConnectionsPerHost(int count) { m_maxPerHost = std::max(1, count); }
    /// How names are resolved (QHostInfo by default); tests give names their addresses here.
    void setResolver(Resolver resolver) { m_resolver = std::move(resolver); }
    [[nodiscard]] const Resolver &resolver() const { return m_resolver; }
    /// Which resolved addresses content may not reach (LocalAddress::isLocal). Tests only: they
    /// have no public address to connect a pinned request to but loopback.
    void setLocalAddressRule(std::function<bool(const QHostAddress &)> isLocal) { m_isLocal = std::move(isLocal); }
    /// The first retry waits this long, each later one twice as long (with jitter).
    void setBackoffBase(std::chrono::milliseconds base) { m_backoffBase = base; }

    [[nodiscard]] const UrlMap &urlMap() const { return m_urlMap; }
    [[nodiscard]] int requestsSent() const { return m_requestsSent; }
    [[nodiscard]] int bodiesReceived() const { return m_bodiesReceived; }
    [[nodiscard]] qint64 bytesReceived() const { return m_bytesReceived; }
    [[nodiscard]] int inFlight(const QString &host) const { return m_inFlight.value(host); }
    /// The requests queued, under way or waiting to retry, for every host.
    [[nodiscard]] int requestsUnderWay() const { return int(m_jobs.size()); }

    static QByteArray userAgent();
    /// A Retry-After header in seconds (delta-seconds or an HTTP-date), at most a year;
    /// nothing for what is neither.
    static std::optional<int> parseRetryAfter(const QByteArray &value);

Q_SIGNALS:
    void inFlightChanged(const QString &host, int count);

private:
    struct Job {
        HttpRequest request;
        QPointer<const QObject> context;
        bool hasContext = false;
        Callback done;
        QString host;
        int attempt = 0;
        QByteArray buffer;
        bool tooLarge = false;
        bool pastDeadline = false;
        bool cancelled = false;
        QPointer<QNetworkReply> reply; ///< while a request is under way
        QString refused; ///< why a redirect or a resolved address was not followed
        QUrl currentUrl; ///< where the request is now, after the redirects followed so far
        /// For remote content: the hop's URL before --url-map (the request's, then each
        /// redirect's), and the address its name was checked at, which is the one connected to.
        QUrl target;
        /// target is already where --url-map sends it: a relative redirect from a mapped host
        /// stays in the path space of the server standing in for it.
        bool targetMapped = false;
        std::optional<QHostAddress> pinned;
        int hops = 0; ///< redirects followed by hand (remote content's)
        QDeadlineTimer attemptDeadline; ///< the request's deadline, for all its hops together
    };
    using JobPtr = std::shared_ptr<Job>;

    void enqueue(const JobPtr &job);
    void pump(const QString &host);
    void start(const JobPtr &job);
    /// Starts the job once its host is known not to be local, where that matters.
    void checkThenStart(const JobPtr &job);
    /// Whether a redirect from `from` to `to` may be followed; a refusal says why.
    Result<void> allowsRedirect(const Job &job, const QUrl &from, const QUrl &to) const;
    void onFinished(const JobPtr &job, QNetworkReply *reply);
    /// Remote content's redirects are followed here, not by Qt, so that each hop's name is
    /// resolved once, checked, and connected to at that address. True when the reply was one.
    bool followContentRedirect(const JobPtr &job, QNetworkReply *reply);
    void deliver(const JobPtr &job, const HttpResponse &response);
    /// Whether nobody waits for the job any more: cancelled, or its context is gone.
    [[nodiscard]] static bool abandoned(const Job &job);

    QNetworkAccessManager *m_nam;
    UrlMap m_urlMap;
    Resolver m_resolver;
    std::function<bool(const QHostAddress &)> m_isLocal;
    QHash<QString, QList<JobPtr>> m_waiting;
    /// Every job not yet delivered or dropped, wherever it is: queued, resolving, under way or
    /// waiting to retry; cancel() finds them here.
    QHash<const Job *, JobPtr> m_jobs;
    QHash<QString, int> m_inFlight;
    int m_maxPerHost = 4;
    std::chrono::milliseconds m_backoffBase {1000};
    /// A Retry-After longer than this is reported instead of waited for.
    static constexpr std::chrono::seconds MaxRetryAfter {60};
    int m_requestsSent = 0;
    int m_bodiesReceived = 0;
    qint64 m_bytesReceived = 0;
};

} // namespace Herald
