// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/render/posthtmlrenderer.h"
#include "core/render/renderlimits.h"

#include <QString>
#include <QStringList>

namespace Herald {

class CodeHighlighter;
struct Post;
struct PostColors;

/// The body of one post: parses its Markdown with cmark-gfm, walks the tree once and rewrites
/// what QTextDocument cannot show as it stands (code blocks, raw HTML, images, badges, tables,
/// quotes, MDX components), within bounds that keep a hostile post from freezing the reader,
/// then lets cmark-gfm write the HTML. PostHtmlRenderer adds the style sheet and the header.
class BodyRenderer final
{
public:
    /// The bounds of every renderer (see RenderLimits).
    static constexpr int MaxNesting = RenderLimits::MaxNesting;
    static constexpr int MaxDepth = RenderLimits::MaxDepth;
    static constexpr qsizetype MaxShown = RenderLimits::MaxShown;
    static constexpr qsizetype BlockCost = RenderLimits::BlockCost;
    static constexpr int MaxColumns = RenderLimits::MaxColumns;
    static constexpr int MaxListItems = RenderLimits::MaxListItems;
    /// Emphasis, links and the like beyond this many in one post are shown as their plain
    /// text: QTextDocument took seconds for a word of 170,000 emphasised pieces.
    static constexpr int MaxFormats = 5000;
    /// The Markdown one post may have parsed, in characters; the rest is left out, with the
    /// same note. Parsing and walking 1 MB of emphasis took a quarter of a second.
    static constexpr qsizetype MaxSource = qsizetype(128) * 1024;
    /// What one text or one line of code may hold at all; the rest is said to be cut.
    static constexpr int MaxTextLength = 50000;
    static constexpr int MaxCodeLineLength = 4000;

    /// What the body renders with; each outlives the BodyRenderer.
    struct Context {
        const PostHtmlRenderer::Options &options;
        const CodeHighlighter &highlighter;
        const PostColors &colors;
        /// The code font's family, safe to write inside quotes in CSS.
        const QString &monospace;
    };

    explicit BodyRenderer(const Context &context);

    /// The body's HTML, and the exact text of each of its code blocks in document order.
    /// `cutShort`: the Markdown is the start of a longer text, and the post says so.
    /// A block of code as the reader shows it: highlighted in a shaded box, with the anchor
    /// Copy Code Block finds it by.
    static QString codeBlockHtml(const Context &context, const QString &code, QStringView language, int index);
    /// A block of code as far as it is shown: lines of pathological length (a minified file,
    /// a hostile post) cut, before highlighting and layout.
    static QString shownCode(const QString &code);
    /// Text in place of an image that is not loaded, linking to the image (only ever an
    /// http(s) URL) unless it already sits inside a link.
    static QString imagePlaceholder(const QUrl &src, const QUrl &base, QString alt, bool inLink);

    [[nodiscard]] RenderedPost render(const Post &post, const QString &markdown, bool cutShort = false) const;

private:
    Context m_context;
};

} // namespace Herald
