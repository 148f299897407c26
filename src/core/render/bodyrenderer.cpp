// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/render/bodyrenderer.h"

#include "core/net/linkpolicy.h"
#include "core/posts/post.h"
#include "core/render/cmarkdocument.h"
#include "core/render/codehighlighter.h"
#include "core/render/htmlescape.h"
#include "core/render/postcolors.h"
#include "core/render/rawhtmlfilter.h"
#include "core/render/referenceclassifier.h"
#include "core/render/runbreaker.h"

#include <QRegularExpression>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

using Node = CmarkDocument::Node;
using Kind = CmarkDocument::NodeKind;

/// A pixel length from an HTML attribute ("600", "600px"); 0 for anything else.
int pixels(QString value)
{
    value = value.trimmed();
    if (value.endsWith("px"_L1, Qt::CaseInsensitive)) {
        value.chop(2);
    }
    bool ok = false;
    const int result = value.toInt(&ok);
    return ok && result > 0 && result < 100000 ? result : 0;
}

bool isImportLine(QStringView line)
{
    static const QRegularExpression pattern(uR"(^\s*import\s+(?:.+\s+from\s+)?(['"])[^'"]+\1\s*;?\s*$)"_s);
    return line.trimmed().isEmpty() || pattern.matchView(line).hasMatch();
}

/// The first `limit` characters of `html`, or fewer: never inside a tag, a character
/// reference or a surrogate pair.
QString cutHtml(const QString &html, qsizetype limit)
{
    qsizetype at = std::clamp<qsizetype>(limit, 0, html.size());
    const qsizetype open = at > 0 ? html.lastIndexOf(u'<', at - 1) : -1;
    if (open >= 0 && (at == 0 || html.lastIndexOf(u'>', at - 1) < open)) {
        at = open;
    }
    const qsizetype amp = at > 0 ? html.lastIndexOf(u'&', at - 1) : -1;
    if (amp >= 0 && html.indexOf(u';', amp) >= at) {
        at = amp;
    }
    if (at > 0 && html.at(at - 1).isHighSurrogate()) {
        --at;
    }
    return html.left(at);
}

QString cutText(const QString &text, qsizetype limit)
{
    if (text.size() <= limit) {
        return text;
    }
    return text.left(limit) + u" … "_s
        + PostHtmlRenderer::tr(
            "(%n more character(s) not shown)", nullptr, int(std::min<qsizetype>(text.size() - limit, INT_MAX)));
}

/// One render of one post's Markdown: walks the tree top-down and rewrites what
/// QTextDocument cannot show as it stands, then lets cmark-gfm write the HTML.
class BodyWalker final : private RawHtmlFilter::Handler
{
public:
    BodyWalker(const BodyRenderer::Context &context, const Post &post)
        : m_context(context)
        , m_post(post)
        , m_base(PostHtmlRenderer::resourceBase(post))
        , m_mdx(post.meta.bodyUrl.path().endsWith(".mdx"_L1, Qt::CaseInsensitive))
    { }

    RenderedPost render(const QString &markdown, bool cutShort)
    {
        m_sourceCut = cutShort;
        // What lies past MaxSource is never parsed: parsing and walking cost time in
        // proportion to the source, whatever the post ends up showing.
        CmarkDocument document(markdown.size() > BodyRenderer::MaxSource ? sourceCut(markdown) : markdown);
        m_document = &document;
        walk(document.root());
        if (m_full || m_sourceCut) {
            document.appendHtml(document.root(),
                u"<p class=\"muted\"><i>"_s
                    + Html::escaped(PostHtmlRenderer::tr("The rest of this post is left out: it is longer than Herald "
                                                         "shows. Open it in the browser to read it all."))
                    + u"</i></p>"_s);
        }
        m_document = nullptr;
        return {document.toHtml(), std::move(m_codeBlocks)};
    }

private:
    /// The first MaxSource characters, to the last paragraph break within them if there is
    /// one not too far back, else the last line break; the rest is said to be left out.
    QString sourceCut(const QString &markdown)
    {
        m_sourceCut = true;
        const QStringView head = QStringView(markdown).first(BodyRenderer::MaxSource);
        qsizetype end = head.lastIndexOf(u"\n\n");
        if (end < BodyRenderer::MaxSource / 2) {
            end = head.lastIndexOf(u'\n');
        }
        if (end < BodyRenderer::MaxSource / 2) {
            end = head.size() - (head.back().isHighSurrogate() ? 1 : 0);
        }
        return head.first(end).toString();
    }

    void walk(Node parent, int nesting = 0, int depth = 0)
    {
        Node next;
        for (Node child = parent.firstChild(); !child.isNull(); child = next) {
            next = child.next(); // taken first: a transformation may replace the child
            if (m_full) {
                m_document->remove(child); // past what a post may show
                continue;
            }
            if (depth >= BodyRenderer::MaxDepth) {
                m_document->replaceWithHtml(child,
                    u"<p class=\"muted\"><i>"_s
                        + Html::escaped(PostHtmlRenderer::tr("The rest is nested too deeply to show."))
                        + u"</i></p>"_s);
                continue;
            }
            const bool nests = child.kind() == Kind::BlockQuote || child.kind() == Kind::List;
            if (nests && nesting >= BodyRenderer::MaxNesting) {
                // Shown flat: the children stay, the level does not.
                if (!m_saidFlat) {
                    m_saidFlat = true;
                    m_document->insertHtmlBefore(child,
                        u"<p class=\"muted\"><i>"_s
                            + Html::escaped(
                                PostHtmlRenderer::tr("Nested more deeply than Herald shows: the deeper levels "
                                                     "are shown flat."))
                            + u"</i></p>"_s);
                }
                // Quotes: their children take their place and are walked on this level, so
                // 10,000 levels cost no recursion at all.
                const Node hoisted = child.kind() == Kind::BlockQuote ? m_document->unwrap(child) : Node();
                if (!hoisted.isNull()) {
                    next = hoisted;
                    continue;
                }
                const Node flat = m_document->wrap(child, QString(), QString());
                // Walked either way: nothing below may skip the filters.
                walk(flat.isNull() ? child : flat, nesting, depth + 1);
                continue;
            }
            const bool formats = child.kind() == Kind::Emphasis || child.kind() == Kind::Strong
                || child.kind() == Kind::Strikethrough || child.kind() == Kind::Link;
            if (formats && ++m_formats > BodyRenderer::MaxFormats) {
                // Their text stays in place, walked on this level, without the formatting.
                const Node hoisted = m_document->unwrap(child);
                if (!hoisted.isNull()) {
                    next = hoisted;
                    continue;
                }
            }
            if (child.kind() == Kind::List) {
                trimList(child, next);
            }
            const Node descend = transform(child, next);
            if (!descend.isNull()) {
                walk(descend, nesting + (nests ? 1 : 0), depth + 1);
            }
        }
    }

    /// A list keeps MaxListItems items, and says how many more it had after itself.
    void trimList(Node list, Node next)
    {
        int items = 0;
        Node following;
        for (Node item = list.firstChild(); !item.isNull(); item = following) {
            following = item.next();
            if (++items > BodyRenderer::MaxListItems) {
                m_document->remove(item);
            }
        }
        if (items <= BodyRenderer::MaxListItems) {
            return;
        }
        const QString note = u"<p class=\"muted\"><i>"_s
            + Html::escaped(PostHtmlRenderer::tr(
                "%n more item(s) of this list not shown.", nullptr, items - BodyRenderer::MaxListItems))
            + u"</i></p>"_s;
        if (next.isNull()) {
            m_document->appendHtml(list.parent(), note);
        } else {
            m_document->insertHtmlBefore(next, note);
        }
    }

    /// Rewrites one node; returns the node whose children are to be walked next, or a null
    /// Node when there is nothing below it left to look at. May advance `next` past siblings
    /// it took in.
    Node transform(Node node, Node &next)
    {
        switch (node.kind()) {
        case Kind::CodeBlock: codeBlock(node); return {};
        case Kind::HtmlBlock: htmlBlock(node, next); return {};
        case Kind::HtmlInline: node.setLiteral(m_filter.filter(node.literal(), false)); return {};
        case Kind::Image: image(node); return {};
        case Kind::Link: return link(node);
        case Kind::Heading:
            m_runs.reset();
            m_shown += BodyRenderer::BlockCost;
            heading(node);
            return node;
        case Kind::BlockQuote: return blockQuote(node);
        case Kind::Table: return table(node);
        case Kind::Strikethrough: return m_document->wrap(node, u"<s>"_s, u"</s>"_s);
        case Kind::Item: taskItem(node); return node;
        case Kind::Text:
        case Kind::Code: {
            QString literal = node.literal();
            bool cut = literal.size() > BodyRenderer::MaxTextLength;
            if (cut) {
                literal = cutText(literal, BodyRenderer::MaxTextLength);
            }
            if (literal.size() > room()) {
                literal = cutHtml(literal, room()); // a little early at a '<' or '&', harmlessly
                m_full = cut = true;
            }
            m_shown += literal.size();
            if (m_runs.breakText(literal) || cut) {
                node.setLiteral(literal);
            }
            return {};
        }
        case Kind::SoftBreak:
        case Kind::LineBreak: m_runs.reset(); return {};
        case Kind::Paragraph:
            m_runs.reset();
            m_shown += BodyRenderer::BlockCost;
            if (m_mdx && isImportParagraph(node)) {
                m_document->remove(node);
                return {};
            }
            return node;
        case Kind::TableCell:
            m_runs.reset();
            m_shown += BodyRenderer::BlockCost;
            return node;
        default: return node;
        }
    }

    QString codeBlockHtml(QString code, QStringView info)
    {
        if (code.endsWith(u'\n')) {
            code.chop(1);
        }
        // Copy Code Block copies the exact text; what is shown is cut where lines are of
        // pathological length (a minified file, a hostile post), before highlighting and layout.
        const int index = int(m_codeBlocks.size());
        m_codeBlocks.append(code);
        m_shown += BodyRenderer::BlockCost;
        if (code.size() > room()) {
            code = cutHtml(code, room()); // a little early at a '<' or '&', harmlessly
            m_full = true;
        }
        m_shown += code.size();
        code = BodyRenderer::shownCode(code);
        return BodyRenderer::codeBlockHtml(m_context, code, info, index);
    }

    void codeBlock(Node node)
    {
        const QString info = node.fenceInfo();
        const QStringView language = QStringView(info).left(info.indexOf(u' '));
        m_document->replaceWithHtml(node, codeBlockHtml(node.literal(), language));
    }

    void htmlBlock(Node node, Node &next)
    {
        const QString literal = node.literal();
        // `<!DOCTYPE …>`, `<!ENTITY …>`: declarations mean nothing inside a page, and the posts
        // that have them show XML examples the Blogger export left unescaped. One code block
        // for a run of them shows the example instead of nothing.
        if (isDeclaration(literal)) {
            QString code = literal;
            while (!next.isNull() && next.kind() == Kind::HtmlBlock && isDeclaration(next.literal())) {
                const Node taken = next;
                next = next.next();
                if (!code.endsWith(u'\n')) {
                    code += u'\n';
                }
                code += taken.literal();
                m_document->remove(taken);
            }
            m_document->replaceWithHtml(node, codeBlockHtml(code, {}));
            return;
        }
        QString filtered = m_filter.filter(literal, true);
        m_shown += BodyRenderer::BlockCost;
        if (filtered.size() > room()) {
            filtered = cutHtml(filtered, room());
            m_full = true;
        }
        m_shown += filtered.size();
        m_runs.reset();
        node.setLiteral(filtered.size() > RunBreaker::LongRun ? m_runs.breakHtml(filtered) : filtered);
        m_runs.reset();
    }

    [[nodiscard]] qsizetype room() const { return std::max<qsizetype>(0, BodyRenderer::MaxShown - m_shown); }

    static bool isDeclaration(const QString &html)
    {
        return html.size() > 2 && html.startsWith("<!"_L1) && html.at(2).isLetter();
    }

    void image(Node node)
    {
        const QUrl src(node.url());
        const QUrl allowed = LinkPolicy::resourceUrl(src, m_base, m_context.options.remoteImages);
        if (!allowed.isEmpty()) {
            node.setUrl(allowed.toString(QUrl::FullyEncoded));
            return;
        }
        bool inLink = false;
        for (Node up = node.parent(); !up.isNull() && !inLink; up = up.parent()) {
            inLink = up.kind() == Kind::Link;
        }
        m_document->replaceWithHtml(node, imagePlaceholder(src, node.plainText(), inLink || m_filter.insideLink()));
    }

    /// Text in place of an image that is not loaded, linking to the image (only ever an
    /// http(s) URL) unless it already sits inside a link.
    QString imagePlaceholder(const QUrl &src, const QString &alt, bool inLink) const
    {
        return BodyRenderer::imagePlaceholder(src, m_base, alt, inLink);
    }

    Node link(Node node)
    {
        const QString url = node.url();
        const QUrl target(url);
        if (node.firstChild().isNull() || !LinkPolicy::isWebUrl(target) || containsImage(node)) {
            return node;
        }
        const ReferenceBadge badge = ReferenceClassifier::classify(target);
        if (!badge.isBadge()) {
            return node;
        }
        const QString text = node.plainText();
        const bool bare = isUrlText(text, url);
        if (!bare && !namesReference(text, badge)) {
            return node; // prose that happens to link to the docs or a repository: an ordinary link
        }
        const auto &[background, color] = m_context.colors.badges[size_t(badge.kind)];
        const QString open = u"<a href=\""_s + Html::urlAttribute(target) + u"\" title=\""_s
            + Html::escaped(badge.label) + u"\" style=\"text-decoration: none;\"><span style=\"background-color: "_s
            + background + u"; color: "_s + color + u";\">&nbsp;"_s;
        const QString close = u"&nbsp;</span></a>"_s;
        if (bare) {
            m_document->replaceWithHtml(node, open + Html::escaped(badge.label) + close);
            return {};
        }
        return m_document->wrap(node, open, close);
    }

    /// Link text that names the reference itself ("PEP 745", "gh-86155", "CVE-2024-1234",
    /// "requests"), so that a badge says no less than the text did.
    static bool namesReference(const QString &text, const ReferenceBadge &badge)
    {
        if (text.contains(badge.label, Qt::CaseInsensitive)) {
            return true;
        }
        switch (badge.kind) {
        case ReferenceBadge::Kind::Pep:
        case ReferenceBadge::Kind::GitHubIssue:
        case ReferenceBadge::Kind::GitHubPull:
        case ReferenceBadge::Kind::Cve: break;
        default: return false;
        }
        // The number the label ends with, standing alone in the text: "gh-86155" for
        // "python/cpython#86155", "PEP 8" for "PEP 8".
        static const QRegularExpression trailingNumber(u"(\\d+)$"_s);
        const QString number = trailingNumber.match(badge.label).captured(1);
        if (number.isEmpty()) {
            return false;
        }
        // One pattern for every number, compiled once: a pattern built per link would be
        // compiled on every render.
        static const QRegularExpression standalone(u"(?<![\\d.])0*(\\d+)(?![\\d.])"_s);
        for (auto matches = standalone.globalMatch(text); matches.hasNext();) {
            if (matches.next().capturedView(1) == number) {
                return true;
            }
        }
        return false;
    }

    static bool containsImage(Node node)
    {
        for (Node child = node.firstChild(); !child.isNull(); child = child.next()) {
            if (child.kind() == Kind::Image || containsImage(child)) {
                return true;
            }
        }
        return false;
    }

    /// Link text that only repeats an address, as autolinks and `[https://…](https://…)` do.
    static bool isUrlText(const QString &text, const QString &url)
    {
        const QString trimmed = text.trimmed();
        return trimmed.isEmpty() || trimmed == url || trimmed.startsWith("http://"_L1, Qt::CaseInsensitive)
            || trimmed.startsWith("https://"_L1, Qt::CaseInsensitive)
            || trimmed.startsWith("www."_L1, Qt::CaseInsensitive);
    }

    /// `# [](https://discuss.python.org/…#anchor)Title`: the Discourse export put an empty
    /// permalink before each heading. The heading keeps its text and gains a small link.
    void heading(Node node)
    {
        const Node first = node.firstChild();
        if (first.kind() != Kind::Link || !first.firstChild().isNull()) {
            return;
        }
        const QUrl target(first.url());
        m_document->remove(first);
        if (!LinkPolicy::isWebUrl(target)) {
            return;
        }
        const QString label = target.host().startsWith("discuss."_L1) ? PostHtmlRenderer::tr("discuss") : u"#"_s;
        m_document->appendHtml(node,
            // <small>, not a CSS font size: QTextDocument sizes <small> below the body text
            // even inside a heading, while it ignores "font-size: small" there.
            u"&nbsp;<a href=\""_s + Html::urlAttribute(target) + u"\"><small style=\"font-weight: normal;\">"_s
                + Html::escaped(label) + u"</small></a>"_s);
    }

    Node blockQuote(Node node)
    {
        // QTextDocument indents a <blockquote> and nothing more; a bar beside the text reads
        // as a quotation, and a narrow coloured cell is the one way to draw one.
        return m_document->wrap(node,
            u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"margin-top: 2px; margin-bottom: 12px;\"><tr><td width=\"3\" bgcolor=\""_s
                + m_context.colors.quoteBar + u"\"></td><td style=\"padding-left: 12px; color: "_s
                + m_context.colors.quoteText + u";\">"_s,
            u"</td></tr></table>"_s);
    }

    Node table(Node node)
    {
        // Read the alignments while the cells still sit in their TableRow and Table; then wrap
        // from the outside in, as a row only takes cells until its table is a custom block.
        struct Cell {
            Node node;
            QString tag;
        };
        struct Row {
            Node node;
            QList<Cell> cells;
        };
        // Borders on the cells, collapsed: QTextDocument draws no grid from a table's own CSS,
        // and the `border` attribute doubles every line.
        const QString cellBorder = u" style=\"border: 1px solid "_s + m_context.colors.border + u";\""_s;
        QList<Row> rows;
        int columns = 0;
        for (Node row = node.firstChild(); !row.isNull(); row = row.next()) {
            Row entry {row, {}};
            const bool header = row.isHeaderRow();
            int column = 0;
            Node nextCell;
            for (Node cell = row.firstChild(); !cell.isNull(); cell = nextCell) {
                nextCell = cell.next();
                if (++column > BodyRenderer::MaxColumns) {
                    m_document->remove(cell);
                    continue;
                }
                QString tag = (header ? u"<th"_s : u"<td"_s) + cellBorder;
                switch (cell.cellAlignment()) {
                case CmarkDocument::Alignment::Left: tag += u" align=\"left\""_s; break;
                case CmarkDocument::Alignment::Center: tag += u" align=\"center\""_s; break;
                case CmarkDocument::Alignment::Right: tag += u" align=\"right\""_s; break;
                case CmarkDocument::Alignment::Default:
                    if (header) {
                        tag += u" align=\"left\""_s;
                    }
                    break;
                }
                entry.cells.append({cell, tag + u" valign=\"top\">"_s});
            }
            columns = std::max(columns, column);
            rows.append(entry);
        }
        QString after = u"</table>"_s;
        if (columns > BodyRenderer::MaxColumns) {
            after += u"<p class=\"muted\"><i>"_s
                + Html::escaped(PostHtmlRenderer::tr(
                    "%n more column(s) of this table not shown.", nullptr, columns - BodyRenderer::MaxColumns))
                + u"</i></p>"_s;
        }
        const Node wrapped = m_document->wrap(node,
            u"<table cellspacing=\"0\" cellpadding=\"5\" style=\"border-collapse: collapse; margin-top: 2px; margin-bottom: 12px;\">"_s,
            after);
        for (const Row &row : std::as_const(rows)) {
            m_document->wrap(row.node, u"<tr>"_s, u"</tr>"_s);
            for (const Cell &cell : row.cells) {
                m_document->wrap(cell.node, cell.tag, cell.tag.startsWith(u"<th"_s) ? u"</th>"_s : u"</td>"_s);
            }
        }
        return wrapped;
    }

    void taskItem(Node node)
    {
        if (!node.isTaskItem()) {
            return;
        }
        const QString box = node.isTaskChecked() ? u"\u2611 "_s : u"\u2610 "_s;
        m_document->clearTaskItem(node);
        const Node first = node.firstChild();
        m_document->prependHtml(first.kind() == Kind::Paragraph ? first : node, box);
    }

    static bool isImportParagraph(Node node)
    {
        QString text;
        for (Node child = node.firstChild(); !child.isNull(); child = child.next()) {
            switch (child.kind()) {
            case Kind::Text: text += child.literal(); break;
            case Kind::SoftBreak:
            case Kind::LineBreak: text += u'\n'; break;
            default: return false;
            }
        }
        if (!text.trimmed().startsWith("import"_L1)) {
            return false;
        }
        const QList<QStringView> lines = QStringView(text).split(u'\n');
        return std::all_of(lines.begin(), lines.end(), isImportLine);
    }

    /// A JSX component of an MDX post: only the website can show it.
    QString componentNote(const QString &name, bool block) const
    {
        const QString text
            = Html::escaped(PostHtmlRenderer::tr("Interactive content (%1) is shown on the website.").arg(name));
        QString link;
        if (LinkPolicy::isWebUrl(m_post.meta.url)) {
            link = u" <a href=\""_s + Html::urlAttribute(m_post.meta.url) + u"\">"_s
                + Html::escaped(PostHtmlRenderer::tr("Open the post on %1").arg(m_post.meta.url.host())) + u"</a>"_s;
        }
        if (!block) {
            return u"<span style=\"background-color: "_s + m_context.colors.noteBackground + u";\">&nbsp;"_s + text
                + link + u"&nbsp;</span>"_s;
        }
        return u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"8\" bgcolor=\""_s
            + m_context.colors.noteBackground + u"\" style=\"margin-bottom: 12px;\"><tr><td><span class=\"muted\">"_s
            + text + u"</span>"_s + link + u"</td></tr></table>"_s;
    }

    QString unknownElement(const QString &name, bool closing, const QString &tag, bool block) override
    {
        if (m_mdx && name.front().isUpper()) {
            return closing ? QString() : componentNote(name, block);
        }
        return Html::escaped(tag);
    }

    /// An `<img>` of raw HTML, rebuilt from the attributes it needs, never copied: whatever
    /// else the tag said cannot reach QTextDocument.
    QString image(const QList<RawHtmlFilter::Attribute> &attributes, bool insideLink) override
    {
        const QUrl src(RawHtmlFilter::value(attributes, "src"_L1).trimmed());
        const QString alt = RawHtmlFilter::value(attributes, "alt"_L1);
        const QUrl allowed = LinkPolicy::resourceUrl(src, m_base, m_context.options.remoteImages);
        if (allowed.isEmpty()) {
            return imagePlaceholder(src, alt, insideLink);
        }
        QString tag = u"<img src=\""_s + Html::urlAttribute(allowed) + u"\" alt=\""_s + Html::escaped(alt) + u'"';
        int width = pixels(RawHtmlFilter::value(attributes, "width"_L1));
        int height = pixels(RawHtmlFilter::value(attributes, "height"_L1));
        const int maxWidth = m_context.options.maxTextWidth;
        if (maxWidth > 0 && width > maxWidth) {
            height = height * maxWidth / width;
            width = maxWidth;
        }
        if (width > 0) {
            tag += u" width=\""_s + QString::number(width) + u'"';
        }
        if (height > 0) {
            tag += u" height=\""_s + QString::number(height) + u'"';
        }
        return tag + u" />"_s;
    }

    const BodyRenderer::Context &m_context;
    const Post &m_post;
    const QUrl m_base;
    const bool m_mdx;
    bool m_saidFlat = false;
    int m_formats = 0; ///< emphasis, links and the like seen so far
    qsizetype m_shown = 0; ///< what the post shows so far, as BodyRenderer::MaxShown counts it
    bool m_full = false; ///< BodyRenderer::MaxShown is reached: the rest is left out
    bool m_sourceCut = false; ///< the Markdown was longer than BodyRenderer::MaxSource
    QStringList m_codeBlocks;
    CmarkDocument *m_document = nullptr;
    RawHtmlFilter m_filter {*this};
    RunBreaker m_runs;
};

} // namespace

QString BodyRenderer::codeBlockHtml(const Context &context, const QString &code, QStringView language, int index)
{
    // A one-cell table: the only block QTextDocument gives a background and padding. The
    // anchor sits inside the <pre> so that it marks the code's first character rather
    // than adding an empty line above it.
    return u"<table class=\"code\" width=\"100%\" cellspacing=\"0\" cellpadding=\"10\" bgcolor=\""_s
        + context.colors.codeBackground
        + u"\" style=\"margin-top: 2px; margin-bottom: 12px;\"><tr><td><pre style=\"font-family: '"_s
        + context.monospace + u"', monospace; color: "_s + context.colors.codeText
        + u"; white-space: pre-wrap; margin: 0px;\"><a name=\""_s + PostHtmlRenderer::codeBlockAnchor(index)
        + u"\"></a>"_s + context.highlighter.toHtml(code, language) + u"</pre></td></tr></table>"_s;
}

QString BodyRenderer::shownCode(const QString &code)
{
    if (code.size() <= MaxCodeLineLength) {
        return code;
    }
    QStringList lines = code.split(u'\n');
    for (QString &line : lines) {
        line = cutText(line, MaxCodeLineLength);
    }
    return cutText(lines.join(u'\n'), qsizetype(MaxTextLength) * 4);
}

QString BodyRenderer::imagePlaceholder(const QUrl &src, const QUrl &base, QString alt, bool inLink)
{
    alt = alt.simplified();
    if (alt.isEmpty()) {
        alt = src.fileName();
    }
    const QString label
        = Html::escaped(alt.isEmpty() ? PostHtmlRenderer::tr("[image]") : PostHtmlRenderer::tr("[image: %1]").arg(alt));
    const QUrl page = LinkPolicy::resourceUrl(src, base, true);
    if (!inLink && !page.isEmpty()) {
        return u"<a href=\""_s + Html::urlAttribute(page) + u"\"><span class=\"placeholder\">"_s + label
            + u"</span></a>"_s;
    }
    return u"<span class=\"placeholder\">"_s + label + u"</span>"_s;
}

BodyRenderer::BodyRenderer(const Context &context)
    : m_context(context)
{ }

RenderedPost BodyRenderer::render(const Post &post, const QString &markdown, bool cutShort) const
{
    return BodyWalker(m_context, post).render(markdown, cutShort);
}

} // namespace Herald
