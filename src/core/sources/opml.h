// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/diagnostics/result.h"
#include "core/posts/source.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QByteArray;

namespace Herald {

/// OPML 2.0 subscription lists (opml.org/spec2.opml): what every feed reader imports and
/// exports. Folders are outlines holding the feeds' outlines. Herald writes the standard
/// attributes (text, title, type="rss", xmlUrl, htmlUrl) and, in its own namespace, what makes
/// a list it wrote come back exactly: each source's kind, identifier, the user's name, its
/// notification rule, series grouping and whether a page named its feed, and each folder's
/// rule. A list from another reader has only the standard ones: each feed's kind is then read
/// from its URL as --follow reads what is typed.
///
/// Written on QXmlStreamReader and QXmlStreamWriter: OPML is a few attributes on nested
/// elements, which needs no library of its own.
class Opml final
{
    Q_DECLARE_TR_FUNCTIONS(Herald::Opml)

public:
    /// Herald's namespace, for the attributes other readers ignore.
    static constexpr auto HeraldNamespace = "urn:x-herald:opml:1";

    struct Folder {
        QString name;
        QString notifyMode; ///< a NotificationRules mode key; empty: the global rule
    };

    /// What a subscription list holds.
    struct Subscriptions {
        QList<Source> sources; ///< in the list's order, each with its folder
        QList<Folder> folders; ///< the folders named, in order
        QStringList skipped; ///< one line for each outline that could not be followed, and why
    };

    /// The sources as an OPML 2.0 document: sources outside any folder first, then each folder
    /// as an outline of its sources, in the order given. Python Insider is written too, for
    /// other readers; reading it back skips it, as it is built in.
    static QByteArray write(const QList<Source> &sources, const QList<Folder> &folders, const QString &title);

    /// The subscriptions an OPML document lists. Fails, naming `where` (the file) with the
    /// line and column, when the document is not well-formed XML or not OPML; then nothing
    /// was read. Outlines that name no feed Herald can follow are listed in `skipped`.
    static Result<Subscriptions> read(const QByteArray &bytes, const QString &where);
};

} // namespace Herald
