// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/net/httpclient.h"

#include "core/about/projectinfo.h"
#include "core/diagnostics/logging.h"
#include "core/net/linkpolicy.h"
#include "core/net/localaddress.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QHostInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

constexpr int MaxRedirects = 5;
/// The most a reply buffers before Herald has read it: with it, a body sent without a
/// Content-Length stops at the size cap instead of filling memory first.
constexpr qint64 ReadBufferBytes = qint64(256) * 1024;
constexpr std::chrono::milliseconds MaxBackoff {30000};

QString formatBytes(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 0, QLocale::DataSizeSIFormat);
}

std::optional<int> parseMaxAge(const QByteArray &cacheControl)
{
    static const QRegularExpression maxAge(
        u"(?:^|[,\\s])max-age\\s*=\\s*(\\d+)"_s, QRegularExpression::CaseInsensitiveOption);
    const auto match = maxAge.match(QString::fromLatin1(cacheControl));
    return match.hasMatch() ? std::optional<int>(match.captured(1).toInt()) : std::nullopt;
}

bool isRetryableStatus(int status)
{
    return status == 408 || status == 429 || status >= 500;
}

} // namespace

QUrl HttpResponse::baseUrl() const
{
    QUrl body = finalUrl.isValid() && !finalUrl.isEmpty() ? finalUrl : url;
    const QUrl location = QUrl::fromEncoded(contentLocation.trimmed());
    if (contentLocation.trimmed().isEmpty() || !location.isValid()) {
        return body;
    }
    // Content-Location names the resource the body represents (RFC 9110, 8.7). It is taken as
    // the base only within the origin the body came from: a server cannot point the links of
    // a feed at another host, a local address or plain http through it.
    const QUrl resolved = body.resolved(location);
    const bool sameOrigin = resolved.scheme() == body.scheme()
        && resolved.host().compare(body.host(), Qt::CaseInsensitive) == 0 && resolved.port() == body.port();
    return sameOrigin ? resolved : body;
}

std::optional<int> HttpClient::parseRetryAfter(const QByteArray &value)
{
    // Retry-After is either delta-seconds or an HTTP-date (RFC 9110 §10.2.3). However far
    // away it points, it stays far away: clamped to a year, never wrapped round to a second.
    constexpr qint64 Year = 365LL * 24 * 3600;
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty()) {
        return std::nullopt;
    }
    if (std::all_of(trimmed.cbegin(), trimmed.cend(), [](char c) { return c >= '0' && c <= '9'; })) {
        // Twelve digits are far more than a year already; more would not fit a number.
        const qint64 seconds = trimmed.size() > 12 ? Year : trimmed.toLongLong();
        return int(std::min(seconds, Year));
    }
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(trimmed), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s);
    if (!when.isValid()) {
        return std::nullopt;
    }
    when.setTimeZone(QTimeZone::UTC);
    return int(std::clamp<qint64>(QDateTime::currentDateTimeUtc().secsTo(when), 0, Year));
}

HttpClient::HttpClient(UrlMap urlMap, QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
    , m_urlMap(std::move(urlMap))
{
    // Process-wide, but Herald has exactly one network layer: this one.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    // Every redirect is looked at (allowsRedirect): never to a less safe scheme, and never from
    // a public address into the local network.
    m_nam->setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
    m_nam->setAutoDeleteReplies(false);
    m_isLocal = [](const QHostAddress &address) { return LocalAddress::isLocal(address); };
    m_resolver
        = [](const QString &host, const QObject *context, std::function<void(const QList<QHostAddress> &)> answer) {
              QHostInfo::lookupHost(host, context, [answer = std::move(answer)](const QHostInfo &info) {
                  answer(info.error() == QHostInfo::NoError ? info.addresses() : QList<QHostAddress> {});
              });
          };
}

HttpClient::~HttpClient() = default;

QByteArray HttpClient::userAgent()
{
    return "Herald/" + ProjectInfo::version().toLatin1() + " (Python release announcements reader; Qt/"
        + QByteArray(qVersion()) + ')';
}

void HttpClient::get(const HttpRequest &request, const QObject *context, Callback done)
{
    auto job = std::make_shared<Job>();
    job->request = request;
    job->context = context;
    job->hasContext = context != nullptr;
    job->done = std::move(done);
    job->host = request.url.host().isEmpty() ? request.url.scheme() : request.url.host();
    job->target = request.url;
    m_jobs.insert(job.get(), job);
    enqueue(job);
}

int HttpClient::cancel(const QObject *context)
{
    QList<JobPtr> cancelled;
    for (const JobPtr &job : std::as_const(m_jobs)) {
        if (job->hasContext && job->context == context) {
            cancelled << job;
        }
    }
    for (const JobPtr &job : std::as_const(cancelled)) {
        job->cancelled = true;
        m_jobs.remove(job.get());
        m_waiting[job->host].removeOne(job);
        if (job->reply) {
            job->reply->abort(); // onFinished() frees its slot, and delivers nothing
        }
    }
    return int(cancelled.size());
}

bool HttpClient::abandoned(const Job &job)
{
    return job.cancelled || (job.hasContext && !job.context);
}

void HttpClient::enqueue(const JobPtr &job)
{
    m_waiting[job->host].append(job);
    pump(job->host);
}

void HttpClient::pump(const QString &host)
{
    auto waiting = m_waiting.find(host);
    while (waiting != m_waiting.end() && !waiting->isEmpty() && m_inFlight.value(host) < m_maxPerHost) {
        const JobPtr job = waiting->takeFirst();
        if (abandoned(*job)) {
            m_jobs.remove(job.get());
            continue; // nobody is waiting for it any more
        }
        m_inFlight[host] += 1; // from here: the lookup counts as the request's
        Q_EMIT inFlightChanged(host, m_inFlight.value(host));
        ++job->attempt; // here, not in start(): a redirect followed by hand is no new attempt
        job->attemptDeadline.setRemainingTime(job->request.deadline); // for every hop of it
        checkThenStart(job);
    }
    if (waiting != m_waiting.end() && waiting->isEmpty()) {
        m_waiting.erase(waiting);
    }
}

void HttpClient::checkThenStart(const JobPtr &job)
{
    job->pinned.reset();
    const QUrl target = job->targetMapped ? job->target : m_urlMap.map(job->target);
    // Only content's own addresses: a --url-map target is the user's choice.
    const bool mapped = job->targetMapped || target != job->target;
    const QString host = target.host();
    if (!job->request.fromContent || mapped || host.isEmpty() || !QHostAddress(host).isNull()
        || LocalAddress::isLocalHost(host)) {
        if (job->request.fromContent && !mapped && LocalAddress::isLocalHost(host)) {
            job->refused = QCoreApplication::translate("HttpClient", "%1 is a local address").arg(host);
        }
        start(job);
        return;
    }
    // A name: what it resolves to decides (an attacker's name may point at 127.0.0.1), and the
    // connection goes to the address checked, so that a second answer (DNS rebinding) is
    // never asked for.
    m_resolver(host, this, [this, job, host](const QList<QHostAddress> &addresses) {
        for (const QHostAddress &address : addresses) {
            if (m_isLocal(address)) {
                job->refused = QCoreApplication::translate("HttpClient", "%1 resolves to the local address %2")
                                   .arg(host, address.toString());
                break;
            }
        }
        if (addresses.isEmpty()) {
            job->refused = QCoreApplication::translate("HttpClient", "%1 has no address").arg(host);
        }
        if (!job->refused.isEmpty()) {
            qCInfo(lcNet) << "refused:" << job->refused;
        } else {
            job->pinned = addresses.constFirst();
        }
        start(job);
    });
}

Result<void> HttpClient::allowsRedirect(const Job &job, const QUrl &from, const QUrl &to) const
{
    if (from.scheme() == "https"_L1 && to.scheme() != "https"_L1) {
        return Error(QCoreApplication::translate("HttpClient", "redirected from https to the less safe %1")
                .arg(to.toDisplayString()));
    }
    if (!LinkPolicy::isWebScheme(to.scheme())) {
        return Error(QCoreApplication::translate("HttpClient", "redirected to %1, which is not http or https")
                .arg(to.toDisplayString()));
    }
    // Within one origin a redirect reaches nothing new. Elsewhere, a local target is allowed
    // only for a request the user pointed at the local network in the first place.
    const auto port = [](const QUrl &url) { return url.port(url.scheme() == "https"_L1 ? 443 : 80); };
    const bool sameOrigin = from.scheme() == to.scheme() && from.host().compare(to.host(), Qt::CaseInsensitive) == 0
        && port(from) == port(to);
    // Judged on the address as configured, before --url-map: the map stands in for the real
    // hosts (a mirror, a test server), and what they may reach is what the real ones may.
    const bool startedLocal = !job.request.fromContent && LocalAddress::isLocalHost(job.request.url.host());
    if (!sameOrigin && !startedLocal && LocalAddress::isLocalHost(to.host())) {
        return Error(
            QCoreApplication::translate("HttpClient", "redirected to the local address %1").arg(to.toDisplayString()));
    }
    return {};
}

void HttpClient::start(const JobPtr &job)
{
    job->buffer.clear();
    job->tooLarge = false;
    job->pastDeadline = false;
    if (!job->refused.isEmpty() || job->cancelled) {
        // Refused or cancelled before any byte was sent: finish on the next turn, as a
        // request would.
        QTimer::singleShot(0, this, [this, job] { onFinished(job, nullptr); });
        return;
    }

    QNetworkRequest request(job->targetMapped ? job->target : m_urlMap.map(job->target));
    if (const std::optional<QHostAddress> pinned = job->pinned) {
        // To the address checked, under the name: Host says which site, TLS checks the
        // certificate against the name and sends it as SNI. HTTP/2 would name the address
        // in :authority instead, so such a request speaks HTTP/1.1.
        QUrl byAddress = request.url();
        const QString name = byAddress.host();
        byAddress.setHost(pinned->toString());
        request.setUrl(byAddress);
        const bool https = byAddress.scheme() == "https"_L1;
        const int port = byAddress.port(https ? 443 : 80);
        request.setRawHeader(
            "Host", QUrl::toAce(name) + (port == (https ? 443 : 80) ? QByteArray() : ':' + QByteArray::number(port)));
        request.setPeerVerifyName(name);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    }
    if (job->request.fromContent) {
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    }
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    if (!job->request.etag.isEmpty()) {
        request.setRawHeader("If-None-Match", job->request.etag);
    } else if (!job->request.lastModified.isEmpty()) {
        request.setRawHeader("If-Modified-Since", job->request.lastModified);
    }
    request.setTransferTimeout(job->request.timeout);
    request.setMaximumRedirectsAllowed(MaxRedirects);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);

    Q_EMIT inFlightChanged(job->host, m_inFlight.value(job->host));
    ++m_requestsSent;

    QNetworkReply *reply = m_nam->get(request);
    job->reply = reply;
    reply->setReadBufferSize(ReadBufferBytes);
    job->currentUrl = request.url();
    connect(reply, &QNetworkReply::redirected, this, [this, job, reply](const QUrl &to) {
        if (const Result<void> allowed = allowsRedirect(*job, job->currentUrl, to); !allowed) {
            job->refused = allowed.error().message();
            reply->abort();
            return;
        }
        const QUrl from = job->currentUrl;
        job->currentUrl = to;
        // Only the user's own sources get here (remote content's redirects are followed by
        // hand): their names are resolved by Qt again when it connects.
        const bool sameHost = from.host().compare(to.host(), Qt::CaseInsensitive) == 0;
        const bool userLocal = LocalAddress::isLocalHost(job->request.url.host());
        if (sameHost || userLocal || !QHostAddress(to.host()).isNull() || to.host().isEmpty()) {
            Q_EMIT reply->redirectAllowed(); // nothing to resolve: allowsRedirect saw it all
            return;
        }
        // A name elsewhere: what it resolves to decides, as for the first request. The reply
        // waits for redirectAllowed() or its abort.
        m_resolver(to.host(), reply, [this, job, reply, to](const QList<QHostAddress> &addresses) {
            for (const QHostAddress &address : addresses) {
                if (m_isLocal(address)) {
                    job->refused = QCoreApplication::translate("HttpClient",
                        "redirected to %1, which resolves to "
                        "the local address %2")
                                       .arg(to.toDisplayString(), address.toString());
                    reply->abort();
                    return;
                }
            }
            Q_EMIT reply->redirectAllowed();
        });
    });
    // However slowly the bytes come (one every 20 s never trips the transfer timeout).
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [job, reply] {
        job->pastDeadline = true;
        reply->abort();
    });
    deadline->start(std::chrono::milliseconds(std::max<qint64>(1, job->attemptDeadline.remainingTime())));
    const qint64 cap = job->request.maxBytes;
    connect(reply, &QNetworkReply::metaDataChanged, this, [job, reply, cap] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > cap) {
            job->tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, [job, reply, cap] {
        job->buffer += reply->readAll();
        if (job->buffer.size() > cap) {
            // Checked after inflating too, so a small gzip body cannot expand without bound.
            job->tooLarge = true;
            job->buffer.clear();
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, job, reply] { onFinished(job, reply); });
}

bool HttpClient::followContentRedirect(const JobPtr &job, QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool redirect = status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    if (!job->request.fromContent || !redirect || !job->refused.isEmpty() || job->pastDeadline || job->tooLarge
        || abandoned(*job)) {
        return false; // onFinished() answers, or drops a job nobody waits for
    }
    const QByteArray location = reply->rawHeader("Location");
    if (location.isEmpty()) {
        return false;
    }
    const QUrl next = QUrl::fromEncoded(location.trimmed());
    // A path alone stays within the origin, in the path space of the server that answered:
    // one standing in for the host (--url-map) has its own. Anything else is judged as the
    // address the content names, before --url-map.
    const bool samePlace = next.scheme().isEmpty() && next.host().isEmpty();
    const QUrl answered = job->targetMapped ? job->target : m_urlMap.map(job->target);
    const bool mappedHop = samePlace && (job->targetMapped || answered != job->target);
    const QUrl to = samePlace ? answered.resolved(next) : job->target.resolved(next);
    if (++job->hops > MaxRedirects) {
        job->refused = QCoreApplication::translate("HttpClient", "more than %1 redirects").arg(MaxRedirects);
    } else if (!samePlace) {
        if (const Result<void> allowed = allowsRedirect(*job, job->target, to); !allowed) {
            job->refused = allowed.error().message();
        }
    }
    if (!job->refused.isEmpty()) {
        return false; // onFinished() says why
    }
    reply->deleteLater();
    job->target = to;
    job->targetMapped = mappedHop;
    // The request keeps its place: it is still one request.
    m_inFlight[job->host] += 1;
    Q_EMIT inFlightChanged(job->host, m_inFlight.value(job->host));
    checkThenStart(job);
    return true;
}

void HttpClient::onFinished(const JobPtr &job, QNetworkReply *reply)
{
    m_inFlight[job->host] -= 1;
    Q_EMIT inFlightChanged(job->host, m_inFlight.value(job->host));
    const QString where = job->request.url.toDisplayString();
    HttpResponse response;
    response.url = job->request.url;
    response.attempts = job->attempt;
    if (job->cancelled) {
        if (reply) {
            reply->deleteLater();
        }
        pump(job->host);
        return;
    }
    if (!reply) {
        response.error = QCoreApplication::translate("HttpClient", "Refused to fetch %1: %2").arg(where, job->refused);
        deliver(job, response);
        pump(job->host);
        return;
    }
    if (followContentRedirect(job, reply)) {
        return;
    }
    reply->deleteLater();
    if (!job->tooLarge && !job->pastDeadline && job->refused.isEmpty() && reply->isOpen()) {
        job->buffer += reply->readAll();
    }
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.retryAfterSeconds = parseRetryAfter(reply->rawHeader("Retry-After"));
    response.maxAgeSeconds = parseMaxAge(reply->rawHeader("Cache-Control"));

    bool retryable = false;
    if (!job->refused.isEmpty()) {
        response.error = QCoreApplication::translate("HttpClient", "Refused to fetch %1: %2").arg(where, job->refused);
    } else if (job->pastDeadline) {
        response.error = QCoreApplication::translate("HttpClient", "%1 took longer than %2 s")
                             .arg(where, QString::number(job->request.deadline.count() / 1000.0, 'g', 3));
    } else if (job->tooLarge) {
        response.error = QCoreApplication::translate("HttpClient", "%1 is larger than the %2 limit")
                             .arg(where, formatBytes(job->request.maxBytes));
    } else if (response.status == 304) {
        response.notModified = true;
        response.etag = reply->rawHeader("ETag");
        response.lastModified = reply->rawHeader("Last-Modified");
    } else if (reply->error() == QNetworkReply::NoError && response.status >= 200 && response.status < 300) {
        response.body = std::move(job->buffer);
        response.etag = reply->rawHeader("ETag");
        response.lastModified = reply->rawHeader("Last-Modified");
        response.contentType = reply->rawHeader("Content-Type");
        response.contentLocation = reply->rawHeader("Content-Location");
        // Remote content's hops are followed by hand (target); Qt follows the user's own.
        response.finalUrl = job->request.fromContent ? (job->targetMapped ? m_urlMap.unmap(job->target) : job->target)
                                                     : m_urlMap.unmap(job->currentUrl);
        ++m_bodiesReceived;
        m_bytesReceived += response.body.size();
    } else if (response.status >= 300) {
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        response.error = QCoreApplication::translate("HttpClient", "HTTP %1 %2 from %3")
                             .arg(QString::number(response.status), reason, where)
                             .simplified();
        retryable = isRetryableStatus(response.status);
    } else if (reply->error() == QNetworkReply::OperationCanceledError) {
        response.error = QCoreApplication::translate("HttpClient", "%1 timed out: no data for %2 s")
                             .arg(where, QString::number(job->request.timeout.count() / 1000.0, 'g', 3));
        retryable = true;
    } else {
        response.error
            = QCoreApplication::translate("HttpClient", "Could not fetch %1: %2").arg(where, reply->errorString());
        retryable = reply->error() != QNetworkReply::TooManyRedirectsError
            && reply->error() != QNetworkReply::InsecureRedirectError
            && reply->error() != QNetworkReply::ProtocolUnknownError;
    }

    if (retryable && job->attempt < job->request.maxAttempts) {
        using namespace std::chrono;
        milliseconds wait = m_backoffBase * (1 << (job->attempt - 1));
        wait = std::min(wait, MaxBackoff);
        // Up to a quarter more, so that many clients do not retry in lockstep.
        wait += milliseconds(QRandomGenerator::global()->bounded(static_cast<qint64>(wait.count()) / 4 + 1));
        if (response.retryAfterSeconds) {
            const seconds asked(*response.retryAfterSeconds);
            if (asked > MaxRetryAfter) {
                deliver(job, response);
                pump(job->host);
                return;
            }
            wait = std::max<milliseconds>(wait, asked);
        }
        QTimer::singleShot(wait, this, [this, job] {
            if (!job->cancelled) {
                enqueue(job);
            }
        });
        pump(job->host);
        return;
    }
    deliver(job, response);
    pump(job->host);
}

void HttpClient::deliver(const JobPtr &job, const HttpResponse &response)
{
    if (response.ok()) {
        qCDebug(lcNet).nospace() << "GET " << job->request.url.toDisplayString() << ": "
                                 << (response.notModified ? u"not modified"_s : u"%1 bytes"_s.arg(response.body.size()))
                                 << " after " << job->attempt << " attempt(s)";
    } else {
        qCDebug(lcNet).nospace() << "GET " << job->request.url.toDisplayString() << " failed: " << response.error;
    }
    m_jobs.remove(job.get());
    if (abandoned(*job)) {
        return;
    }
    if (job->done) {
        job->done(response);
    }
}

} // namespace Herald
