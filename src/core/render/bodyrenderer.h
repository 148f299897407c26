#pragma once

#include "core/render/posthtmlrenderer.h"
#include "core/render/rawhtmlfilter.h"

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
    /// Quotes and lists deeper than this are shown flat: QTextDocument lays out nested tables
    /// in time exponential in their depth (25 quote levels never finished), and its style
    /// selector walks every ancestor of every block (10,000 levels hung it).
    static constexpr int MaxNesting = 8;
    /// Beyond this many levels of anything, what is below is cut, not walked: the walk recurses.
    static constexpr int MaxDepth = 300;
    /// Emphasis, links and the like beyond this many in one post are shown as their plain
    /// text: QTextDocument took seconds for a word of 170,000 emphasised pieces.
    static constexpr int MaxFormats = 5000;
    /// The text one post may show, in characters, each block counting BlockCost more: laying
    /// out costs about a second per megabyte, and the longest real post has 19 KB. The rest is
    /// left out, with a note.
    static constexpr qsizetype MaxShown = 100000;
    static constexpr qsizetype BlockCost = 20;
    /// The Markdown one post may have parsed, in characters; the rest is left out, with the
    /// same note. Parsing and walking 1 MB of emphasis took a quarter of a second.
    static constexpr qsizetype MaxSource = 128 * 1024;
    /// Columns of a table beyond this are not shown, with a note: QTextDocument took 0.2 s
    /// to lay out a table of 2,000 columns. Real release notes have fewer than ten.
    static constexpr int MaxColumns = RawHtmlFilter::MaxColumns;
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
    [[nodiscard]] RenderedPost render(const Post &post, const QString &markdown, bool cutShort = false) const;

private:
    Context m_context;
};

} // namespace Herald
