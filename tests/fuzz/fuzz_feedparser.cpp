// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The feed parser (KF6 Syndication and Herald's own checks) on any bytes, as a server might
// send them for a feed URL.
#include "core/feeds/feedparser.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QUrl>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const Herald::ParsedFeed feed
        = Herald::FeedParser::parse(bytes, QUrl(QStringLiteral("https://example.org/feed.xml")));
    for (const Herald::FeedItem &item : feed.items) {
        // Whatever the feed says, links come out absolute or empty.
        if (!item.link.isEmpty() && item.link.isRelative()) {
            __builtin_trap();
        }
    }
    return 0;
}
