// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/feeds/feeditem.h"

#include <QCoreApplication>

class QByteArray;
class QMutex;

namespace Herald {

/// Reads an RSS 0.9x, 1.0 or 2.0 or Atom 1.0 document into a ParsedFeed.
///
/// KF6 Syndication does the parsing; this class maps its documents onto Herald's types and
/// repairs what it gets wrong or gives up on: it decodes the bytes itself (a wrong charset
/// declaration fails the whole document in Syndication), reads dates in the odd forms real
/// feeds use, resolves links against xml:base and the document URL, turns HTML titles into
/// plain text, and recovers the complete items that came before a well-formedness error.
/// It never throws away a whole feed for a problem in one item: the problem becomes a warning.
class FeedParser final
{
    Q_DECLARE_TR_FUNCTIONS(FeedParser)

public:
    /// Titles longer than this are cut, with a warning.
    static constexpr qsizetype MaxTitleLength = 2000;

    /// Parses `bytes`, the document fetched from `documentUrl` (the base for relative links).
    /// Safe on any thread: parses in Syndication take turns (syndicationTurn()), so one may
    /// wait a second or two for a large feed's. The window's parses run on a pool for that.
    static ParsedFeed parse(const QByteArray &bytes, const QUrl &documentUrl);
    /// What a parse holds while Syndication reads its document. Syndication is not written
    /// for threads: its one parser collection is made on first use and keeps the last parse's
    /// error. (Public so that a test can stand for a large feed's parse under way.)
    static QMutex &syndicationTurn();

    /// Reads an RFC 822 or RFC 3339 date, including the lenient forms feeds use in practice
    /// ("GMT", "UT", named US zones, missing seconds, one-digit days, lowercase months,
    /// two-digit years, fractional seconds). Returns a UTC QDateTime, or an invalid one.
    static QDateTime parseDate(QStringView text);
};

} // namespace Herald
