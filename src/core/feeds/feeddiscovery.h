// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace Herald {

/// Finds the feeds a web page names for itself: `<link rel="alternate">` elements of an RSS,
/// Atom or RDF type, resolved against the page's `<base href>` or its own URL. The page is
/// parsed as a browser parses it (gumbo), within the sanitiser's bounds.
class FeedDiscovery final
{
public:
    struct Feed {
        QUrl url; ///< absolute, http or https
        QString title; ///< as the page names it; may be empty
        QString type; ///< its MIME type
    };

    /// The feeds `html`, fetched from `pageUrl`, names, in document order, each once.
    static QList<Feed> find(const QByteArray &html, const QUrl &pageUrl);
    /// Whether a document is a web page rather than a feed: its MIME type says so, or, with
    /// none, it starts like one.
    static bool looksLikeHtml(const QByteArray &body, const QByteArray &contentType);
};

} // namespace Herald
