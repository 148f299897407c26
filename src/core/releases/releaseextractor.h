// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/releases/version.h"

#include <QList>
#include <QString>

namespace Herald {

struct Post;

/// One release a post announces.
struct AnnouncedRelease {
    Version version;
    QString implementation; ///< "CPython", or another implementation's name ("IronPython", "Jython" …)

    friend bool operator==(const AnnouncedRelease &, const AnnouncedRelease &) = default;
};

/// Finds the releases a Python Insider post announces, from its title and, when the title
/// names no version at all, from the first sentence of its Markdown body.
///
/// A version counts as announced when it is written in full (`3.12.4`, `3.13.0rc2`,
/// `3.12.0 alpha 3`), or as a series with a numbered pre-release stage (`3.3 Alpha 4`,
/// `Python 3.14 release candidate 1`, `Third release candidate for Python 3.4`), which CPython
/// only ever makes for X.Y.0. A bare series (`Farewell, Python 3.4`), a possessive
/// (`Python 3.15's JIT`), a wildcard (`3.3.x`) and a version after "before", "since", "prior to"
/// and the like are mentions, not announcements.
class ReleaseExtractor final
{
public:
    /// The announced releases in the order the post names them, without duplicates.
    static QList<AnnouncedRelease> extract(const QString &title, QStringView markdownBody);
    /// The same rules over one line of text, without the body fallback.
    static QList<AnnouncedRelease> extractFromText(const QString &text);
    /// What a stored post announces: extract() on its title and, only when the title names no
    /// version at all, the opening of its Markdown body (read in place, frontmatter skipped).
    /// Nothing for a post of another project's feed (an HTML body or a project version).
    static QList<AnnouncedRelease> extractFromPost(const Post &post);

    static QString cpython();
    /// True when `text` has a version token at all; only a title without one lets the body speak.
    static bool mentionsVersion(const QString &text);
};

} // namespace Herald
