// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/render/searchtext.h"

#include "core/posts/frontmatterreader.h"
#include "core/render/cmarkdocument.h"
#include "core/render/gumbodocument.h"

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

/// Of a Markdown source, as the reader parses it: the longest real post has 19 KB.
constexpr qsizetype MaxMarkdown = qsizetype(128) * 1024;

} // namespace

QString SearchText::of(const GumboDocument &document)
{
    // Empty, not null: a body without words has its text all the same (NULL would mean "not
    // worked out yet").
    const QString text = document.plainText(MaxText);
    return text.isNull() ? u""_s : text;
}

QString SearchText::ofHtml(const QString &html)
{
    return of(GumboDocument(GumboDocument::bounded(html.toUtf8(), MaxHtml, MaxDepth)));
}

QString SearchText::ofMarkdown(const QString &source)
{
    // Through HTML, as the reader goes: cmark-gfm turns the Markdown and the raw HTML in it
    // into one fragment, whose text gumbo reads as it reads a feed's.
    return ofHtml(CmarkDocument(FrontmatterReader::body(source).left(MaxMarkdown)).toHtml());
}

} // namespace Herald
