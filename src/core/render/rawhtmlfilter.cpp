// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/render/rawhtmlfilter.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

/// Elements a post's raw HTML may use. Any other tag (`<module>` in a traceback, `<pid>` in a
/// command line, `<bomb>` in an XML example) was text that the blog's converter left
/// unescaped: it is shown as text rather than swallowed, as QTextDocument would.
bool isHtmlElement(const QString &lowerName)
{
    static const QSet<QString> elements = [] {
        QSet<QString> set;
        const auto names = u"a abbr acronym address area article aside audio b base bdi bdo big blockquote body br "
                           "button canvas caption center cite code col colgroup data dd del details dfn dialog dir "
                           "div dl dt em embed fieldset figcaption figure font footer form h1 h2 h3 h4 h5 h6 head "
                           "header hr html i iframe img input ins kbd label legend li link main map mark meta nav "
                           "nobr noembed noframes noscript object ol optgroup option p param picture plaintext pre q "
                           "qt s samp script section select small source span strike strong style sub summary sup "
                           "svg table tbody td template textarea tfoot th thead time title tr track tt u ul var "
                           "video wbr xmp"_s;
        for (const QStringView name : QStringView(names).split(u' ')) {
            set.insert(name.toString());
        }
        return set;
    }();
    return elements.contains(lowerName);
}

/// Elements that could make QTextDocument fetch something (a style sheet, a base for
/// relative URLs, an embedded object) or that it cannot show; they are dropped.
bool isDroppedElement(const QString &lowerName)
{
    static const QSet<QString> dropped = {u"link"_s, u"meta"_s, u"base"_s, u"object"_s, u"embed"_s, u"param"_s,
        u"source"_s, u"track"_s, u"input"_s, u"picture"_s, u"video"_s, u"audio"_s, u"svg"_s};
    return dropped.contains(lowerName);
}

/// Attributes that could load a resource (QTextDocument reads `background` and CSS
/// `background-image` itself) or that name one we rewrite; they never pass through.
bool isDroppedAttribute(const QString &lowerName)
{
    return lowerName == "style"_L1 || lowerName == "background"_L1 || lowerName == "src"_L1 || lowerName == "srcset"_L1
        || lowerName == "source"_L1 || lowerName == "poster"_L1;
}

/// The character references an attribute value may use. Only for reading the value right:
/// what is written back is always re-escaped, and URLs only ever come out of LinkPolicy.
QString decodeEntities(QStringView value)
{
    if (!value.contains(u'&')) {
        return value.toString();
    }
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const qsizetype semicolon = value[i] == u'&' ? value.indexOf(u';', i) : -1;
        if (semicolon < 0 || semicolon - i > 10) {
            out += value[i];
            continue;
        }
        const QStringView name = value.sliced(i + 1, semicolon - i - 1);
        char32_t code = 0;
        bool ok = false;
        if (name.startsWith(u"#x") || name.startsWith(u"#X")) {
            code = name.sliced(2).toUInt(&ok, 16);
        } else if (name.startsWith(u'#')) {
            code = name.sliced(1).toUInt(&ok, 10);
        } else if (name == u"amp") {
            code = u'&', ok = true;
        } else if (name == u"lt") {
            code = u'<', ok = true;
        } else if (name == u"gt") {
            code = u'>', ok = true;
        } else if (name == u"quot") {
            code = u'"', ok = true;
        } else if (name == u"apos") {
            code = u'\'', ok = true;
        } else if (name == u"nbsp") {
            code = 0xA0, ok = true;
        }
        if (!ok || code == 0 || code > 0x10FFFF) {
            out += value[i];
            continue;
        }
        out += QString::fromUcs4(&code, 1);
        i = semicolon;
    }
    return out;
}

/// A start or end tag, as CommonMark defines them (spec 0.29, "Raw HTML"): cmark-gfm cut the
/// HTML of a post out with this very grammar, which is regular, so a regular expression
/// reads it exactly. Only tags are read, never nesting; anything that is not a well-formed
/// tag has its `<` escaped, so it cannot become a tag in QTextDocument's laxer parser either.
const QRegularExpression &tagPattern()
{
    static const QRegularExpression pattern(
        uR"(<(/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(/?)>)"_s);
    return pattern;
}

QList<RawHtmlFilter::Attribute> parseAttributes(QStringView text)
{
    static const QRegularExpression pattern(
        uR"(([A-Za-z_:][A-Za-z0-9_.:-]*)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?)"_s);
    QList<RawHtmlFilter::Attribute> attributes;
    for (const QRegularExpressionMatch &match : pattern.globalMatchView(text)) {
        RawHtmlFilter::Attribute attribute;
        attribute.name = match.captured(1).toLower();
        QStringView value = match.capturedView(2);
        attribute.hasValue = !value.isEmpty();
        if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'')) {
            value = value.sliced(1, value.size() - 2);
        }
        attribute.value = decodeEntities(value);
        attributes.append(attribute);
    }
    return attributes;
}

} // namespace

QString RawHtmlFilter::value(const QList<Attribute> &attributes, QLatin1StringView name)
{
    for (const Attribute &attribute : attributes) {
        if (attribute.name == name) {
            return attribute.value;
        }
    }
    return {};
}

bool RawHtmlFilter::contains(const QList<Attribute> &attributes, QLatin1StringView name)
{
    return std::any_of(
        attributes.begin(), attributes.end(), [name](const Attribute &attribute) { return attribute.name == name; });
}

QString RawHtmlFilter::filter(const QString &input, bool block)
{
    // PCRE2 checks the whole subject for valid UTF-16 on every match, which made a post of
    // many tags quadratic (5,000 nested divs took 100 ms here). Check once, mend what is
    // broken, and tell each match not to check again.
    QString mended;
    if (!QStringView(input).isValidUtf16()) {
        mended = input;
        for (qsizetype i = 0; i < mended.size(); ++i) {
            const QChar c = mended.at(i);
            if (c.isHighSurrogate() && i + 1 < mended.size() && mended.at(i + 1).isLowSurrogate()) {
                ++i;
            } else if (c.isSurrogate()) {
                mended[i] = QChar::ReplacementCharacter;
            }
        }
    }
    const QString &html = mended.isNull() ? input : mended;
    QString out;
    out.reserve(html.size() + 64);
    qsizetype position = 0;
    while (position < html.size()) {
        const qsizetype open = html.indexOf(u'<', position);
        if (open < 0) {
            out += QStringView(html).sliced(position);
            break;
        }
        out += QStringView(html).sliced(position, open - position);
        if (QStringView(html).sliced(open).startsWith(u"<!--")) {
            const qsizetype end = html.indexOf("-->"_L1, open + 4);
            if (end >= 0) {
                out += QStringView(html).sliced(open, end + 3 - open);
                position = end + 3;
                continue;
            }
        }
        const QRegularExpressionMatch match = tagPattern().match(html, open, QRegularExpression::NormalMatch,
            QRegularExpression::AnchorAtOffsetMatchOption | QRegularExpression::DontCheckSubjectStringMatchOption);
        if (!match.hasMatch()) {
            out += u"&lt;"_s;
            position = open + 1;
            continue;
        }
        out += rewriteTag(match, block);
        position = match.capturedEnd();
    }
    return out;
}

namespace {

/// How deeply raw HTML may nest boxes (tables and quotes: QTextDocument lays out nested tables
/// in exponential time) and other containers (its style selector walks every ancestor).
constexpr int MaxBoxNesting = 6;
constexpr int MaxContainerNesting = 24;

int nestingLimit(const QString &name)
{
    if (name == "table"_L1 || name == "blockquote"_L1) {
        return MaxBoxNesting;
    }
    if (name == "div"_L1 || name == "ul"_L1 || name == "ol"_L1 || name == "dl"_L1 || name == "section"_L1
        || name == "article"_L1 || name == "span"_L1) {
        return MaxContainerNesting;
    }
    return -1; // not counted
}

} // namespace

bool RawHtmlFilter::dropsOpening(const QString &name)
{
    const int limit = nestingLimit(name);
    if (limit < 0) {
        return false;
    }
    // Boxes count together: a table in a quote in a table nests as deeply as three tables.
    const QString kind = limit == MaxBoxNesting ? u"box"_s : name;
    if (m_open.value(kind) >= limit) {
        ++m_dropped[kind];
        return true;
    }
    ++m_open[kind];
    return false;
}

bool RawHtmlFilter::dropsClosing(const QString &name)
{
    const int limit = nestingLimit(name);
    if (limit < 0) {
        return false;
    }
    const QString kind = limit == MaxBoxNesting ? u"box"_s : name;
    // The innermost opened went first: their closing tags come first too.
    if (m_dropped.value(kind) > 0) {
        --m_dropped[kind];
        return true;
    }
    if (m_open.value(kind) > 0) {
        --m_open[kind];
    }
    return false;
}

int RawHtmlFilter::spanOf(const QList<Attribute> &attributes, QLatin1StringView name)
{
    bool ok = false;
    const int span = value(attributes, name).trimmed().toInt(&ok);
    return ok ? std::clamp(span, 1, RenderLimits::MaxSpan) : 1;
}

std::optional<QString> RawHtmlFilter::rewriteCells(const QString &name, bool closing, bool selfClosing, int span)
{
    if (selfClosing) {
        return std::nullopt;
    }
    if (name == "table"_L1) {
        if (!closing) {
            m_tables.append(TableCells {});
            return std::nullopt;
        }
        if (m_tables.isEmpty()) {
            return std::nullopt;
        }
        const TableCells table = m_tables.takeLast();
        if (table.widest <= MaxColumns) {
            return std::nullopt;
        }
        return u"</table><p class=\"muted\"><i>"_s
            + QCoreApplication::translate("Herald::PostHtmlRenderer", "%n more column(s) of this table not shown.",
                nullptr, table.widest - MaxColumns)
                  .toHtmlEscaped()
            + u"</i></p>"_s;
    }
    if (m_tables.isEmpty()) {
        return std::nullopt;
    }
    TableCells &table = m_tables.last();
    if (name == "tr"_L1 && !closing) {
        table.inRow = 0;
    } else if (name == "td"_L1 || name == "th"_L1) {
        if (closing) {
            if (table.dropped > 0) {
                --table.dropped;
                return QString();
            }
        } else {
            const bool beyond = table.inRow >= MaxColumns;
            table.inRow += span;
            table.widest = std::max(table.widest, table.inRow);
            if (beyond) {
                ++table.dropped; // its text joins the row's last shown cell
                return QString();
            }
        }
    }
    return std::nullopt;
}

QString RawHtmlFilter::rewriteTag(const QRegularExpressionMatch &match, bool block)
{
    const bool closing = !match.capturedView(1).isEmpty();
    const QString writtenName = match.captured(2);
    const QString name = writtenName.toLower();
    if (!isHtmlElement(name)) {
        return m_handler.unknownElement(writtenName, closing, match.captured(0), block);
    }
    if (isDroppedElement(name)) {
        return {};
    }
    // Too deep to lay out: the tags go, what they hold stays.
    const bool selfClosing = !match.capturedView(4).isEmpty();
    if (!selfClosing && (closing ? dropsClosing(name) : dropsOpening(name))) {
        return {};
    }
    if (name == "a"_L1) {
        m_linkOpen = !closing;
    }
    QList<Attribute> attributes;
    if (!closing) {
        attributes = parseAttributes(match.capturedView(3));
    }
    int span = 1;
    if ((name == "td"_L1 || name == "th"_L1) && !closing) {
        span = spanOf(attributes, "colspan"_L1);
    }
    if (const std::optional<QString> cells = rewriteCells(name, closing, selfClosing, span)) {
        return *cells;
    }
    if (closing) {
        return match.captured(0);
    }
    if (name == "td"_L1 || name == "th"_L1) {
        // Spans count as the columns and rows they make: colspan="20480" is 20,480 columns to
        // QTextDocument. What a cell may span is what is left of its row.
        const int room = m_tables.isEmpty() ? MaxColumns : MaxColumns - (m_tables.last().inRow - span);
        for (Attribute &attribute : attributes) {
            if (attribute.name == "colspan"_L1) {
                attribute.value = QString::number(std::clamp(span, 1, std::max(1, room)));
            } else if (attribute.name == "rowspan"_L1) {
                attribute.value = QString::number(spanOf({attribute}, "rowspan"_L1));
            }
        }
        attributes.append({u"x-rewritten"_s, {}, false}); // never clean: written back below
    }
    if (name == "img"_L1) {
        return m_handler.image(attributes, m_linkOpen);
    }
    const bool table = name == "table"_L1;
    const bool clean = std::none_of(attributes.begin(), attributes.end(), [](const Attribute &attribute) {
        return isDroppedAttribute(attribute.name) || attribute.name == "x-rewritten"_L1;
    });
    if (clean && !table) {
        return match.captured(0);
    }
    QString tag = u'<' + name;
    for (const Attribute &attribute : attributes) {
        if (!isDroppedAttribute(attribute.name) && attribute.name != "x-rewritten"_L1) {
            tag += u' ' + attribute.name;
            if (attribute.hasValue) {
                tag += u"=\""_s + attribute.value.toHtmlEscaped() + u'"';
            }
        }
    }
    if (table) {
        // Layout tables of the Blogger era: some air inside and around them, which
        // QTextDocument does not give a table by itself.
        if (!contains(attributes, "cellpadding"_L1)) {
            tag += u" cellpadding=\"4\""_s;
        }
        tag += u" style=\"margin-top: 4px; margin-bottom: 12px;\""_s;
    }
    return tag + (match.capturedView(4).isEmpty() ? u">"_s : u" />"_s);
}

} // namespace Herald
