// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/render/htmlsanitizer.h"

#include "core/net/linkpolicy.h"
#include "core/render/gumbodocument.h"
#include "core/render/htmlescape.h"
#include "core/render/runbreaker.h"

#include <QRegularExpression>

#include <gumbo.h>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

enum class Treatment {
    Drop, ///< the element and everything in it
    Unwrap, ///< its content, without it
    Keep, ///< as it is, with the attributes it may have
    Division, ///< a sectioning element: a <div>
};

Treatment treatmentOf(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_A:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_B:
    case GUMBO_TAG_I:
    case GUMBO_TAG_U:
    case GUMBO_TAG_S:
    case GUMBO_TAG_STRIKE:
    case GUMBO_TAG_DEL:
    case GUMBO_TAG_INS:
    case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP:
    case GUMBO_TAG_SMALL:
    case GUMBO_TAG_BIG:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_KBD:
    case GUMBO_TAG_SAMP:
    case GUMBO_TAG_VAR:
    case GUMBO_TAG_TT:
    case GUMBO_TAG_CITE:
    case GUMBO_TAG_Q:
    case GUMBO_TAG_ABBR:
    case GUMBO_TAG_SPAN:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_IMG: return Treatment::Keep;
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_CENTER: return Treatment::Division;
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_FRAME:
    case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_APPLET:
    case GUMBO_TAG_PARAM:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_OPTGROUP:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_DATALIST:
    case GUMBO_TAG_KEYGEN:
    case GUMBO_TAG_OUTPUT:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_SOURCE:
    case GUMBO_TAG_TRACK:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_AREA:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_META:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_BASE:
    case GUMBO_TAG_DIALOG:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_XMP:
    case GUMBO_TAG_PLAINTEXT: return Treatment::Drop;
    default: return Treatment::Unwrap;
    }
}

bool nests(GumboTag tag)
{
    return tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL || tag == GUMBO_TAG_DL || tag == GUMBO_TAG_BLOCKQUOTE
        || tag == GUMBO_TAG_TABLE;
}

bool isBlock(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_PRE: return true;
    default: return false;
    }
}

/// A whole number attribute within bounds, or 0.
int number(const GumboElement &element, const char *name, int most)
{
    bool ok = false;
    const int value = GumboDocument::attribute(element, name).trimmed().toInt(&ok);
    return ok && value > 0 && value <= most ? value : 0;
}

/// A colspan or rowspan from 1 to RenderLimits::MaxSpan.
int spanOf(const GumboElement &element, const char *name)
{
    bool ok = false;
    const int value = GumboDocument::attribute(element, name).trimmed().toInt(&ok);
    return ok ? std::clamp(value, 1, RenderLimits::MaxSpan) : 1;
}

/// The language a code block's markup names: `language-x` or `lang-x` on the <pre> or its
/// <code>, or GitHub's `highlight-source-x` around it.
QString codeLanguage(const GumboNode *pre)
{
    static const QRegularExpression pattern(
        uR"((?:^|\s)(?:language-|lang-|highlight-source-)([A-Za-z0-9_+#.-]{1,32}))"_s);
    QList<const GumboNode *> candidates {pre};
    if (pre->parent && pre->parent->type == GUMBO_NODE_ELEMENT) {
        candidates << pre->parent;
    }
    const GumboVector &children = pre->v.element.children;
    for (unsigned int i = 0; i < children.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(children.data[i]);
        if (child->type == GUMBO_NODE_ELEMENT && child->v.element.tag == GUMBO_TAG_CODE) {
            candidates.prepend(child);
        }
    }
    for (const GumboNode *node : std::as_const(candidates)) {
        const QRegularExpressionMatch match = pattern.match(GumboDocument::attribute(node->v.element, "class"));
        if (match.hasMatch()) {
            return match.captured(1).toLower();
        }
    }
    return {};
}

/// The text of a subtree as a browser shows it in <pre>: text only, <br> as a line break.
void appendText(const GumboNode *node, QString &out, int depth = 0)
{
    if (depth > HtmlSanitizer::MaxDepth) {
        return;
    }
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
        out += QString::fromUtf8(node->v.text.text);
        return;
    }
    if (node->type != GUMBO_NODE_ELEMENT || treatmentOf(node->v.element.tag) == Treatment::Drop) {
        return;
    }
    if (node->v.element.tag == GUMBO_TAG_BR) {
        out += u'\n';
        return;
    }
    const GumboVector &children = node->v.element.children;
    for (unsigned int i = 0; i < children.length; ++i) {
        appendText(static_cast<const GumboNode *>(children.data[i]), out, depth + 1);
    }
}

/// One sanitising pass over one document.
class Writer final
{
public:
    Writer(const HtmlSanitizer::Options &options, HtmlSanitizer::Presenter &presenter)
        : m_options(options)
        , m_presenter(presenter)
    { }

    QString write(const GumboNode *body, bool inputCut)
    {
        children(body, 0, 0);
        if (m_full || inputCut) {
            m_out += m_presenter.note(HtmlSanitizer::tr(
                "The rest of this post is left out: it is longer than Herald shows. Open it in the browser to read it "
                "all."));
        }
        return m_out;
    }

private:
    void children(const GumboNode *node, int nesting, int depth)
    {
        const GumboVector &children = node->v.element.children;
        for (unsigned int i = 0; i < children.length && !m_full; ++i) {
            visit(static_cast<const GumboNode *>(children.data[i]), nesting, depth + 1);
        }
    }

    void visit(const GumboNode *node, int nesting, int depth)
    {
        switch (node->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_CDATA:
        case GUMBO_NODE_WHITESPACE: text(QString::fromUtf8(node->v.text.text)); return;
        case GUMBO_NODE_ELEMENT: break;
        default: return; // comments, the document
        }
        const GumboElement &element = node->v.element;
        if (element.tag_namespace != GUMBO_NAMESPACE_HTML) {
            return; // SVG and MathML, whatever their tag
        }
        if (depth >= HtmlSanitizer::MaxDepth) {
            if (!m_saidDeep) {
                m_saidDeep = true;
                m_out += m_presenter.note(HtmlSanitizer::tr("The rest is nested too deeply to show."));
            }
            return;
        }
        const GumboTag tag = element.tag;
        Treatment treatment = treatmentOf(tag);
        if (treatment == Treatment::Drop) {
            return;
        }
        if (treatment == Treatment::Unwrap) {
            children(node, nesting, depth);
            return;
        }
        switch (tag) {
        case GUMBO_TAG_LI:
            if (!m_items.isEmpty() && ++m_items.last() > HtmlSanitizer::MaxListItems) {
                return; // QTextDocument takes time in the square of a list's length
            }
            break;
        case GUMBO_TAG_TD:
        case GUMBO_TAG_TH:
            if (!m_cells.isEmpty()) {
                // A span counts as the columns it makes (colspan="20480" is that many to
                // QTextDocument), and may span no more than its row has left.
                const int span = spanOf(element, "colspan");
                const int before = m_cells.last();
                m_cells.last() += span;
                m_widest = std::max(m_widest, m_cells.last());
                if (before >= HtmlSanitizer::MaxColumns) {
                    return; // the row's cells beyond what can be laid out
                }
                m_spanRoom = HtmlSanitizer::MaxColumns - before;
            }
            break;
        default: break;
        }
        if (isBlock(tag)) {
            m_runs.reset();
            // A block costs layout time whatever it holds.
            m_shown += HtmlSanitizer::BlockCost;
            if (m_shown > HtmlSanitizer::MaxShown) {
                m_full = true;
                return;
            }
        }
        switch (tag) {
        case GUMBO_TAG_PRE: codeBlock(node); return;
        case GUMBO_TAG_IMG: image(element); return;
        case GUMBO_TAG_A: link(node, nesting, depth); return;
        case GUMBO_TAG_BR: m_out += u"<br />"_s; return;
        case GUMBO_TAG_HR: m_out += u"<hr />"_s; return;
        default: break;
        }
        if (nests(tag) && nesting >= HtmlSanitizer::MaxNesting) {
            // Shown flat: what it holds stays, the level does not.
            if (!m_saidFlat) {
                m_saidFlat = true;
                m_out += m_presenter.note(
                    HtmlSanitizer::tr("Nested more deeply than Herald shows: the deeper levels are shown flat."));
            }
            children(node, nesting, depth);
            return;
        }
        const QString name
            = treatment == Treatment::Division ? u"div"_s : QString::fromLatin1(gumbo_normalized_tagname(tag));
        m_out += u'<' + name + attributes(element, tag) + u'>';
        const bool list = tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL;
        if (tag == GUMBO_TAG_TABLE) {
            m_cells.append(0);
        } else if (tag == GUMBO_TAG_TR && !m_cells.isEmpty()) {
            m_cells.last() = 0;
        } else if (list) {
            m_items.append(0);
        }
        const int widestBefore = m_widest;
        m_widest = 0;
        children(node, nests(tag) ? nesting + 1 : nesting, depth);
        m_out += u"</"_s + name + u'>';
        if (list) {
            const int items = m_items.takeLast();
            if (items > HtmlSanitizer::MaxListItems) {
                m_out += m_presenter.note(HtmlSanitizer::tr(
                    "%n more item(s) of this list not shown.", nullptr, items - HtmlSanitizer::MaxListItems));
            }
        }
        if (tag == GUMBO_TAG_TABLE) {
            m_cells.removeLast();
            if (m_widest > HtmlSanitizer::MaxColumns) {
                m_out += m_presenter.note(HtmlSanitizer::tr(
                    "%n more column(s) of this table not shown.", nullptr, m_widest - HtmlSanitizer::MaxColumns));
            }
            m_widest = widestBefore;
        } else {
            m_widest = std::max(m_widest, widestBefore);
        }
        if (isBlock(tag)) {
            m_runs.reset();
        }
    }

    QString attributes(const GumboElement &element, GumboTag tag)
    {
        QString out;
        switch (tag) {
        case GUMBO_TAG_TD:
        case GUMBO_TAG_TH: {
            if (const int span = std::min(spanOf(element, "colspan"), m_spanRoom); span > 1) {
                out += u" colspan=\""_s + QString::number(span) + u'"';
            }
            if (const int span = spanOf(element, "rowspan"); span > 1) {
                out += u" rowspan=\""_s + QString::number(span) + u'"';
            }
            const QString align = GumboDocument::attribute(element, "align").trimmed().toLower();
            if (align == "left"_L1 || align == "center"_L1 || align == "right"_L1) {
                out += u" align=\""_s + align + u'"';
            }
            out += m_presenter.cellAttributes();
            break;
        }
        case GUMBO_TAG_TABLE: out += u" cellspacing=\"0\" cellpadding=\"5\""_s; break;
        case GUMBO_TAG_OL:
            if (const int start = number(element, "start", 1000000)) {
                out += u" start=\""_s + QString::number(start) + u'"';
            }
            break;
        default: break;
        }
        return out;
    }

    void text(const QString &text)
    {
        if (m_full) {
            return;
        }
        QString shown = text;
        const qsizetype room = HtmlSanitizer::MaxShown - m_shown;
        if (shown.size() > room) {
            shown.truncate(std::max<qsizetype>(0, room));
            if (!shown.isEmpty() && shown.back().isHighSurrogate()) {
                shown.chop(1);
            }
            m_full = true;
        }
        m_shown += shown.size();
        m_runs.breakText(shown);
        m_out += Html::escaped(shown);
    }

    void link(const GumboNode *node, int nesting, int depth)
    {
        const QString href = GumboDocument::attribute(node->v.element, "href").trimmed();
        const QUrl target = href.isEmpty() ? QUrl() : m_options.base.resolved(QUrl(href));
        const bool allowed = !href.isEmpty() && !target.isRelative()
            && LinkPolicy::forLink(target).action != LinkPolicy::Action::Refuse;
        if (!allowed || m_insideLink) {
            children(node, nesting, depth); // the text stays, the target goes
            return;
        }
        m_out += u"<a href=\""_s + Html::urlAttribute(target) + u'"';
        if (const QString title = GumboDocument::attribute(node->v.element, "title").simplified(); !title.isEmpty()) {
            m_out += u" title=\""_s + Html::escaped(title.left(500)) + u'"';
        }
        m_out += u'>';
        m_insideLink = true;
        children(node, nesting, depth);
        m_insideLink = false;
        m_out += u"</a>"_s;
    }

    void image(const GumboElement &element)
    {
        const QString src = GumboDocument::attribute(element, "src").trimmed();
        const QUrl url = src.isEmpty() ? QUrl() : QUrl(src);
        const QUrl allowed = LinkPolicy::resourceUrl(url, m_options.base, m_options.remoteImages);
        const QSize size(number(element, "width", 10000), number(element, "height", 10000));
        const QString alt = GumboDocument::attribute(element, "alt").simplified().left(300);
        // An image costs as a block does, shown or not (a placeholder is text, and a shown
        // one a request).
        m_shown += HtmlSanitizer::BlockCost;
        if (m_shown > HtmlSanitizer::MaxShown) {
            m_full = true;
            return;
        }
        m_out += m_presenter.image(m_options.base.resolved(url), allowed, alt, size, m_insideLink);
    }

    void codeBlock(const GumboNode *pre)
    {
        QString code;
        appendText(pre, code);
        if (code.startsWith(u'\n')) {
            code.remove(0, 1); // the newline right after <pre> is not content
        }
        const qsizetype room = HtmlSanitizer::MaxShown - m_shown;
        if (code.size() > room) {
            code.truncate(std::max<qsizetype>(0, room));
            m_full = true;
        }
        m_shown += code.size() + 20;
        m_out += m_presenter.codeBlock(code, codeLanguage(pre));
    }

    const HtmlSanitizer::Options &m_options;
    HtmlSanitizer::Presenter &m_presenter;
    QString m_out;
    RunBreaker m_runs;
    QList<int> m_cells; ///< cells in the current row of each open table
    QList<int> m_items; ///< items so far of each open list
    int m_widest = 0; ///< the most cells a row of the innermost table had
    int m_spanRoom = HtmlSanitizer::MaxColumns; ///< the columns left in the row for the cell being written
    qsizetype m_shown = 0;
    bool m_full = false;
    bool m_insideLink = false;
    bool m_saidFlat = false;
    bool m_saidDeep = false;
};

} // namespace

QString HtmlSanitizer::Presenter::image(
    const QUrl &src, const QUrl &allowed, const QString &alt, QSize size, bool insideLink)
{
    Q_UNUSED(insideLink);
    if (allowed.isEmpty()) {
        const QString label = alt.isEmpty() ? src.fileName() : alt;
        return u"<span>"_s
            + Html::escaped(
                label.isEmpty() ? HtmlSanitizer::tr("[image]") : HtmlSanitizer::tr("[image: %1]").arg(label))
            + u"</span>"_s;
    }
    QString out = u"<img src=\""_s + Html::urlAttribute(allowed) + u"\" alt=\""_s + Html::escaped(alt) + u'"';
    if (size.width() > 0) {
        out += u" width=\""_s + QString::number(size.width()) + u'"';
    }
    if (size.height() > 0) {
        out += u" height=\""_s + QString::number(size.height()) + u'"';
    }
    return out + u" />"_s;
}

QString HtmlSanitizer::Presenter::codeBlock(const QString &code, const QString &language)
{
    Q_UNUSED(language);
    return u"<pre>"_s + Html::escaped(code) + u"</pre>"_s;
}

QString HtmlSanitizer::Presenter::note(const QString &text)
{
    return u"<p><i>"_s + Html::escaped(text) + u"</i></p>"_s;
}

HtmlSanitizer::HtmlSanitizer(const Options &options, Presenter &presenter)
    : m_options(options)
    , m_presenter(presenter)
{ }

QString HtmlSanitizer::sanitize(const QByteArray &html)
{
    const QByteArray input = GumboDocument::bounded(html, MaxInput, MaxParsedDepth);
    const bool cut = input.size() < html.size();
    const GumboDocument document(input);
    const GumboNode *body = document.body();
    if (!body) {
        return {};
    }
    return Writer(m_options, m_presenter).write(body, cut);
}

} // namespace Herald
