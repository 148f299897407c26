// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/diagnostics/result.h"
#include "core/posts/source.h"

#include <QCoreApplication>
#include <QStringList>
#include <QThreadPool>

#include <functional>

class QObject;

namespace Herald {

class HttpClient;

/// Finds out what a user's "follow this" means before it is followed: reads the input
/// (SourceSpec), fetches what it names once, and when that is a web page rather than a feed,
/// the first feed the page names. The preview says what was found, so that nothing is added
/// on a guess.
class SourceFollower final
{
    Q_DECLARE_TR_FUNCTIONS(Herald::SourceFollower)

public:
    struct Preview {
        Source source; ///< ready to add: kind, identifier, feed URL and the feed's title
        QString format; ///< "Atom 1.0", "RSS 2.0" …
        int items = 0;
        QString latestTitle; ///< the first item's title
        QString latestVersion; ///< the newest version among its items, where they are releases
        QList<QUrl> otherFeeds; ///< further feeds the page named, when it was a page
    };

    explicit SourceFollower(HttpClient &http);
    /// Waits for a feed still being read (at most one: the pool has a thread).
    ~SourceFollower();
    Q_DISABLE_COPY_MOVE(SourceFollower)

    /// Previews what `input` names; `done` runs once, unless `context` goes first.
    void preview(const QString &input, QObject *context, const std::function<void(Result<Preview>)> &done);

private:
    /// Fetches the source's feed; `discovered`: a page named it, and it is not looked into again.
    void fetch(const Source &source, bool discovered, const QList<QUrl> &others, QObject *context,
        const std::function<void(Result<Preview>)> &done);
    /// On the pool: what the feed `body`, fetched from `baseUrl`, shows of `source`.
    static Result<Preview> read(const Source &source, const QByteArray &body, const QUrl &baseUrl);

    HttpClient &m_http;
    /// Where feeds are read: its own, so that a preview never queues behind other work, and
    /// so that none is still being read once the follower is gone (Syndication's parsers go
    /// with the application object).
    QThreadPool m_pool;
};

} // namespace Herald
