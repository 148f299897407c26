// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Herald {

/// One entry of a feed, as plain text and absolute URLs, whatever format it came in.
struct FeedItem {
    QString guid; ///< the feed's own id; else the link; else a hash of title and date
    QString title; ///< plain text, never HTML
    QUrl link; ///< absolute
    QString author; ///< display names, comma-separated when there are several
    QDateTime published; ///< UTC; invalid when the feed gives no readable date
    QDateTime updated; ///< UTC; the published date when the feed gives no other
    QStringList categories;
    QString summary; ///< HTML as the feed sent it
    QString content; ///< HTML as the feed sent it (content:encoded, atom:content)
};

/// What FeedParser read from one document.
struct ParsedFeed {
    QString format; ///< "RSS 2.0", "RSS 1.0", "RSS 0.91", "Atom 1.0" …; empty when unknown
    QString title; ///< plain text
    QUrl link; ///< absolute
    QList<FeedItem> items;
    QStringList warnings; ///< problems that were repaired or worked around
    QString error; ///< empty when the whole document was read; items may still hold what came before the fault
};

} // namespace Herald
