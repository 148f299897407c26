// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QtGlobal>

namespace Herald {

class GumboDocument;

/// What search indexes of a post's body: the words a reader sees, never the markup around
/// them. No tags, attributes, link addresses, scripts or styles, and for Markdown no
/// frontmatter and none of the raw HTML that Python Insider's older posts carry: "href" or
/// "table" find no post for its markup, and the words shown around a match are text.
class SearchText final
{
public:
    SearchText() = delete;

    /// How much of a body's HTML is read: the longest real release notes are some 100 KB.
    static constexpr qsizetype MaxHtml = qsizetype(1024) * 1024;
    /// How deep its elements are followed.
    static constexpr int MaxDepth = 200;
    /// How much of its text is indexed.
    static constexpr qsizetype MaxText = qsizetype(256) * 1024;

    /// A feed item's HTML.
    static QString ofHtml(const QString &html);
    /// HTML already parsed (bounded by MaxHtml and MaxDepth), for a caller that reads it too.
    static QString of(const GumboDocument &document);
    /// A post's Markdown source, frontmatter included.
    static QString ofMarkdown(const QString &source);
};

} // namespace Herald
