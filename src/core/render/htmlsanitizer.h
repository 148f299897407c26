// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/render/renderlimits.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSize>
#include <QString>
#include <QUrl>

namespace Herald {

/// HTML from a feed (Atom content, `content:encoded`, an RSS description, GitHub's release
/// notes) as the subset of HTML the reader's QTextDocument shows, and nothing else.
///
/// It parses with gumbo, a complete HTML5 parser, so it reads markup as a browser would
/// (unclosed tags, misnested formatting, entities, `<script>` whose text looks like tags), and
/// writes a new document from the tree: what it does not know is never copied.
///
/// - Kept: headings, paragraphs, lists, quotes, tables, preformatted code, line breaks and rules;
///   emphasis, code, links, images, sub- and superscripts. HTML5's sectioning elements become
///   divisions. Unknown elements give their content, not their tags.
/// - Dropped with what they contain: scripts, styles, templates, frames, objects, embeds, forms
///   and their controls, media, SVG and MathML, the document's head. Comments go too.
/// - Attributes: none but a link's `href` and `title`, an image's `src`, `alt`, `width` and
///   `height`, a cell's `colspan`, `rowspan` and `align`, and a list's `start`. No event
///   handler, no `style`, no `class` (except to read a code block's language) ever passes.
/// - URLs are resolved against the item's base and judged by LinkPolicy: a link LinkPolicy
///   refuses keeps its text and loses its target; an image that may not be fetched (a local
///   file, `data:`, a local address, or any image while remote images are off) is never
///   named in the output as an image: the Presenter shows a placeholder.
/// - Bounds, as for Markdown: lists, quotes and tables deeper than MaxNesting are shown flat,
///   anything deeper than MaxDepth is cut, rows keep MaxColumns cells, lists MaxListItems
///   items, long words get break
///   opportunities, and the text shown stops at MaxShown characters; input past MaxInput, or
///   nested deeper than MaxParsedDepth as written, is not parsed. Each bound that bites says
///   so in the output.
class HtmlSanitizer final
{
    // The notes are the Markdown renderer's, word for word: one translation for both.
    Q_DECLARE_TR_FUNCTIONS(Herald::PostHtmlRenderer)

public:
    static constexpr int MaxNesting = RenderLimits::MaxNesting;
    static constexpr int MaxDepth = RenderLimits::MaxDepth;
    static constexpr int MaxColumns = RenderLimits::MaxColumns;
    static constexpr int MaxListItems = RenderLimits::MaxListItems;
    static constexpr qsizetype MaxShown = RenderLimits::MaxShown;
    static constexpr qsizetype BlockCost = RenderLimits::BlockCost;
    static constexpr qsizetype MaxInput = qsizetype(1024) * 1024;
    /// Markup that opens more elements at once than this is parsed only up to there.
    static constexpr int MaxParsedDepth = 1000;

    /// How the reader shows what the sanitiser lets through: the sanitiser decides what is
    /// safe, the presenter how it looks. This one is plain; the reader's dresses it up.
    class Presenter
    {
    public:
        virtual ~Presenter() = default;
        /// An image. `allowed` is the URL it may be fetched from, empty when it may not be
        /// (show a placeholder then, never `src`); `insideLink` when a link is open around it.
        virtual QString image(const QUrl &src, const QUrl &allowed, const QString &alt, QSize size, bool insideLink);
        /// A block of code, its exact text, and the language its markup named (or empty).
        virtual QString codeBlock(const QString &code, const QString &language);
        /// A note in the text: something was left out or shown differently.
        virtual QString note(const QString &text);
        /// What a table cell's opening tag carries besides its span and alignment (a border).
        virtual QString cellAttributes() { return {}; }
    };

    struct Options {
        QUrl base; ///< what relative URLs resolve against: the item's link or the feed's URL
        bool remoteImages = false;
    };

    HtmlSanitizer(const Options &options, Presenter &presenter);

    /// The safe HTML for `html` (UTF-8), to go inside the reader's `<body>`.
    [[nodiscard]] QString sanitize(const QByteArray &html);

private:
    Options m_options;
    Presenter &m_presenter;
};

} // namespace Herald
