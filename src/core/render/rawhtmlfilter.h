// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/render/renderlimits.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

class QRegularExpressionMatch;

namespace Herald {

/// The raw HTML of a post, made safe and fit for QTextDocument tag by tag, for
/// PostHtmlRenderer. Tags that could make QTextDocument fetch anything go: `<link>`, `<base>`,
/// `<object>` and the like, and `style`, `background`, `src` and `srcset` attributes (CSS
/// `background-image` is read by QTextDocument itself). Every `<img>` is handed to the
/// Handler to be rebuilt or replaced, never copied. Anything that is not a well-formed tag
/// has its `<` escaped, so that QTextDocument's laxer parser cannot find a tag in it either.
/// Elements HTML does not know go to the Handler too: the posts' `<module>` and `<pid>` are
/// text the blog's converter left unescaped, and MDX posts have `<Component />` tags.
///
/// `<script>`, `<style>`, `<iframe>` and the rest of GFM's tagfilter list pass through
/// untouched: cmark-gfm's tagfilter extension defuses them when it renders.
class RawHtmlFilter final
{
public:
    static constexpr int MaxColumns = RenderLimits::MaxColumns;

    struct Attribute {
        QString name; ///< lower case
        QString value; ///< character references decoded
        bool hasValue = false;
    };

    /// Decides for the tags the filter does not handle by itself.
    class Handler
    {
    public:
        virtual ~Handler() = default;
        /// The markup for an `<img>`: `insideLink` when a raw `<a>` is open around it.
        virtual QString image(const QList<Attribute> &attributes, bool insideLink) = 0;
        /// The markup for a tag of an element HTML does not know; `tag` is the tag as written.
        virtual QString unknownElement(const QString &name, bool closing, const QString &tag, bool block) = 0;
    };

    explicit RawHtmlFilter(Handler &handler)
        : m_handler(handler)
    { }
    Q_DISABLE_COPY_MOVE(RawHtmlFilter)

    /// One HTML node's literal; `block` for an HTML block, false for inline HTML. Call it for
    /// the nodes in document order: it follows whether a raw `<a>` is open across them. Lone
    /// surrogates become U+FFFD.
    [[nodiscard]] QString filter(const QString &html, bool block);
    /// Inside an `<a>` of raw HTML, as far as filter() has seen.
    [[nodiscard]] bool insideLink() const { return m_linkOpen; }

    static QString value(const QList<Attribute> &attributes, QLatin1StringView name);
    static bool contains(const QList<Attribute> &attributes, QLatin1StringView name);

private:
    QString rewriteTag(const QRegularExpressionMatch &match, bool block);

    /// Whether an opening tag of a nesting element goes (too deep), and whether a closing one
    /// closes one that went. Counted across the whole post, like m_linkOpen.
    bool dropsOpening(const QString &name);
    bool dropsClosing(const QString &name);

    /// Cells beyond MaxColumns in a row of a raw table: the tags go, their text stays, and the
    /// table's closing tag gets a note. QTextDocument took 0.2 s to lay out 2,000 columns.
    std::optional<QString> rewriteCells(const QString &name, bool closing, bool selfClosing, int span);
    /// A colspan or rowspan as a number from 1 to RenderLimits::MaxSpan.
    static int spanOf(const QList<Attribute> &attributes, QLatin1StringView name);

    struct TableCells {
        int inRow = 0; ///< cells opened in the current row
        int widest = 0; ///< the most cells any row had
        int dropped = 0; ///< cells open and dropped
    };

    Handler &m_handler;
    QList<TableCells> m_tables; ///< the raw tables open, outermost first
    bool m_linkOpen = false;
    QHash<QString, int> m_open; ///< nesting elements open and kept, by kind
    QHash<QString, int> m_dropped; ///< nesting elements open beyond the limit, by kind
};

} // namespace Herald
