// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/render/cmarkdocument.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <cstring>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

// A Node handle carries the cmark_node pointer as an opaque NodeData pointer, so that
// cmarkdocument.h needs no cmark header; these two are the only casts between them.
cmark_node *raw(CmarkDocument::NodeData *node)
{
    return reinterpret_cast<cmark_node *>(node);
}

CmarkDocument::NodeData *opaque(cmark_node *node)
{
    return reinterpret_cast<CmarkDocument::NodeData *>(node);
}

QString fromUtf8(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

constexpr const char *extensionNames[] = {"table", "strikethrough", "autolink", "tagfilter", "tasklist"};

bool hasTypeString(cmark_node *node, const char *name)
{
    const char *type = cmark_node_get_type_string(node);
    return type && std::strcmp(type, name) == 0;
}

CmarkDocument::NodeKind kindOf(cmark_node *node)
{
    using Kind = CmarkDocument::NodeKind;
    if (!node) {
        return Kind::None;
    }
    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_DOCUMENT: return Kind::Document;
    case CMARK_NODE_BLOCK_QUOTE: return Kind::BlockQuote;
    case CMARK_NODE_LIST: return Kind::List;
    case CMARK_NODE_ITEM: return Kind::Item;
    case CMARK_NODE_CODE_BLOCK: return Kind::CodeBlock;
    case CMARK_NODE_HTML_BLOCK: return Kind::HtmlBlock;
    case CMARK_NODE_CUSTOM_BLOCK: return Kind::CustomBlock;
    case CMARK_NODE_PARAGRAPH: return Kind::Paragraph;
    case CMARK_NODE_HEADING: return Kind::Heading;
    case CMARK_NODE_THEMATIC_BREAK: return Kind::ThematicBreak;
    case CMARK_NODE_FOOTNOTE_DEFINITION: return Kind::FootnoteDefinition;
    case CMARK_NODE_TEXT: return Kind::Text;
    case CMARK_NODE_SOFTBREAK: return Kind::SoftBreak;
    case CMARK_NODE_LINEBREAK: return Kind::LineBreak;
    case CMARK_NODE_CODE: return Kind::Code;
    case CMARK_NODE_HTML_INLINE: return Kind::HtmlInline;
    case CMARK_NODE_CUSTOM_INLINE: return Kind::CustomInline;
    case CMARK_NODE_EMPH: return Kind::Emphasis;
    case CMARK_NODE_STRONG: return Kind::Strong;
    case CMARK_NODE_LINK: return Kind::Link;
    case CMARK_NODE_IMAGE: return Kind::Image;
    case CMARK_NODE_FOOTNOTE_REFERENCE: return Kind::FootnoteReference;
    default: break;
    }
    // The extensions register their node types at run time, and their headers, which would
    // name them, are not installed: their type strings are the stable way to know them.
    if (hasTypeString(node, "table")) {
        return Kind::Table;
    }
    if (hasTypeString(node, "table_row") || hasTypeString(node, "table_header")) {
        return Kind::TableRow;
    }
    if (hasTypeString(node, "table_cell")) {
        return Kind::TableCell;
    }
    if (hasTypeString(node, "strikethrough")) {
        return Kind::Strikethrough;
    }
    return Kind::Other;
}

/// Makes every literal, URL and title below `node` a copy of its own. cmark's inlines may
/// point into their block's content buffer, which is freed with the block.
void ownStrings(cmark_node *node)
{
    cmark_iter *iter = cmark_iter_new(node);
    for (cmark_event_type event = cmark_iter_next(iter); event != CMARK_EVENT_DONE; event = cmark_iter_next(iter)) {
        if (event != CMARK_EVENT_ENTER) {
            continue;
        }
        cmark_node *current = cmark_iter_get_node(iter);
        if (current == node) {
            continue;
        }
        if (const char *literal = cmark_node_get_literal(current)) {
            const QByteArray copy(literal);
            cmark_node_set_literal(current, copy.constData());
        }
        const cmark_node_type type = cmark_node_get_type(current);
        if (type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE) {
            const QByteArray url(cmark_node_get_url(current) ? cmark_node_get_url(current) : "");
            const QByteArray title(cmark_node_get_title(current) ? cmark_node_get_title(current) : "");
            cmark_node_set_url(current, url.constData());
            cmark_node_set_title(current, title.constData());
        }
    }
    cmark_iter_free(iter);
}

bool isBlockNode(cmark_node *node)
{
    return (cmark_node_get_type(node) & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_BLOCK;
}

void appendPlainText(cmark_node *node, QString &text)
{
    for (cmark_node *child = cmark_node_first_child(node); child; child = cmark_node_next(child)) {
        switch (cmark_node_get_type(child)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE: text += fromUtf8(cmark_node_get_literal(child)); break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK: text += u' '; break;
        default: appendPlainText(child, text); break;
        }
    }
}

cmark_node *newHtmlNode(bool block, const QString &html)
{
    cmark_node *node = cmark_node_new(block ? CMARK_NODE_HTML_BLOCK : CMARK_NODE_HTML_INLINE);
    cmark_node_set_literal(node, html.toUtf8().constData());
    return node;
}

} // namespace

// ---- Node -------------------------------------------------------------------------------

CmarkDocument::NodeKind CmarkDocument::Node::kind() const
{
    return kindOf(raw(m_node));
}

CmarkDocument::Node CmarkDocument::Node::parent() const
{
    return Node(m_node ? opaque(cmark_node_parent(raw(m_node))) : nullptr);
}

CmarkDocument::Node CmarkDocument::Node::firstChild() const
{
    return Node(m_node ? opaque(cmark_node_first_child(raw(m_node))) : nullptr);
}

CmarkDocument::Node CmarkDocument::Node::next() const
{
    return Node(m_node ? opaque(cmark_node_next(raw(m_node))) : nullptr);
}

CmarkDocument::Node CmarkDocument::Node::previous() const
{
    return Node(m_node ? opaque(cmark_node_previous(raw(m_node))) : nullptr);
}

QString CmarkDocument::Node::literal() const
{
    return m_node ? fromUtf8(cmark_node_get_literal(raw(m_node))) : QString();
}

void CmarkDocument::Node::setLiteral(const QString &literal)
{
    if (m_node) {
        cmark_node_set_literal(raw(m_node), literal.toUtf8().constData());
    }
}

QString CmarkDocument::Node::url() const
{
    return m_node ? fromUtf8(cmark_node_get_url(raw(m_node))) : QString();
}

void CmarkDocument::Node::setUrl(const QString &url)
{
    if (m_node) {
        cmark_node_set_url(raw(m_node), url.toUtf8().constData());
    }
}

QString CmarkDocument::Node::title() const
{
    return m_node ? fromUtf8(cmark_node_get_title(raw(m_node))) : QString();
}

QString CmarkDocument::Node::fenceInfo() const
{
    return m_node ? fromUtf8(cmark_node_get_fence_info(raw(m_node))).trimmed() : QString();
}

bool CmarkDocument::Node::isTaskItem() const
{
    return m_node && cmark_node_get_type(raw(m_node)) == CMARK_NODE_ITEM && hasTypeString(raw(m_node), "tasklist");
}

bool CmarkDocument::Node::isTaskChecked() const
{
    return isTaskItem() && cmark_gfm_extensions_get_tasklist_item_checked(raw(m_node));
}

bool CmarkDocument::Node::isHeaderRow() const
{
    return kind() == NodeKind::TableRow && cmark_gfm_extensions_get_table_row_is_header(raw(m_node)) != 0;
}

CmarkDocument::Alignment CmarkDocument::Node::cellAlignment() const
{
    if (kind() != NodeKind::TableCell) {
        return Alignment::Default;
    }
    cmark_node *row = cmark_node_parent(raw(m_node));
    cmark_node *table = row ? cmark_node_parent(row) : nullptr;
    if (kindOf(table) != NodeKind::Table) {
        return Alignment::Default;
    }
    int column = 0;
    for (cmark_node *cell = cmark_node_previous(raw(m_node)); cell; cell = cmark_node_previous(cell)) {
        ++column;
    }
    if (column >= cmark_gfm_extensions_get_table_columns(table)) {
        return Alignment::Default;
    }
    const uint8_t *alignments = cmark_gfm_extensions_get_table_alignments(table);
    switch (alignments ? alignments[column] : 0) {
    case 'l': return Alignment::Left;
    case 'c': return Alignment::Center;
    case 'r': return Alignment::Right;
    default: return Alignment::Default;
    }
}

QString CmarkDocument::Node::plainText() const
{
    QString text;
    if (m_node) {
        appendPlainText(raw(m_node), text);
    }
    return text;
}

// ---- CmarkDocument ----------------------------------------------------------------------

struct CmarkDocument::Private {
    cmark_parser *parser = nullptr;
    cmark_node *root = nullptr;
};

CmarkDocument::CmarkDocument(const QString &markdown)
    : d(std::make_unique<Private>())
{
    // Registration fills a process-wide registry; cmark-gfm guards it, so calling it for
    // every document is cheap and thread-safe after the first time.
    cmark_gfm_core_extensions_ensure_registered();
    d->parser = cmark_parser_new(CMARK_OPT_DEFAULT);
    for (const char *name : extensionNames) {
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name)) {
            cmark_parser_attach_syntax_extension(d->parser, extension);
        }
    }
    const QByteArray utf8 = markdown.toUtf8();
    cmark_parser_feed(d->parser, utf8.constData(), size_t(utf8.size()));
    d->root = cmark_parser_finish(d->parser);
    // Once for the whole tree, so that no later wrap or removal of a block can leave an
    // inline reading the block's freed buffer (see ownStrings()).
    if (d->root) {
        ownStrings(d->root);
    }
}

CmarkDocument::~CmarkDocument()
{
    if (d->root) {
        cmark_node_free(d->root);
    }
    // The parser owns the list of extensions the renderer needs, so it lives as long as the tree.
    if (d->parser) {
        cmark_parser_free(d->parser);
    }
}

CmarkDocument::Node CmarkDocument::root() const
{
    return Node(opaque(d->root));
}

void CmarkDocument::replaceWithHtml(Node node, const QString &html)
{
    cmark_node *old = raw(node.m_node);
    if (!old || old == d->root) {
        return;
    }
    cmark_node *replacement = newHtmlNode(isBlockNode(old), html);
    if (cmark_node_replace(old, replacement)) {
        cmark_node_free(old);
    } else {
        cmark_node_free(replacement);
    }
}

CmarkDocument::Node CmarkDocument::wrap(Node node, const QString &before, const QString &after)
{
    cmark_node *old = raw(node.m_node);
    if (!old || old == d->root) {
        return {};
    }
    cmark_node *custom = cmark_node_new(isBlockNode(old) ? CMARK_NODE_CUSTOM_BLOCK : CMARK_NODE_CUSTOM_INLINE);
    cmark_node_set_on_enter(custom, before.toUtf8().constData());
    cmark_node_set_on_exit(custom, after.toUtf8().constData());
    if (!cmark_node_insert_before(old, custom)) {
        cmark_node_free(custom);
        return {};
    }
    // The inlines below `old` own their strings (the constructor saw to it): freeing the block
    // frees nothing they read. A table cell wrapped before that left them reading freed memory;
    // a fuzzer found it.
    bool stranded = false;
    while (cmark_node *child = cmark_node_first_child(old)) {
        if (cmark_node_append_child(custom, child)) {
            continue;
        }
        // A child the new node cannot hold (a block under a custom inline) stays in the tree,
        // beside it: freeing it here would leave handles to it, the walker's among them,
        // pointing at freed memory (a fuzzer found that in a table cell).
        if (!cmark_node_insert_before(custom, child)) {
            stranded = true;
            break;
        }
    }
    if (stranded) {
        // What could not move keeps its old parent, which stays (empty of the rest).
        return Node(opaque(custom));
    }
    cmark_node_unlink(old);
    cmark_node_free(old);
    return Node(opaque(custom));
}

void CmarkDocument::insertHtmlBefore(Node node, const QString &html)
{
    cmark_node *at = raw(node.m_node);
    if (!at || at == d->root) {
        return;
    }
    cmark_node *inserted = newHtmlNode(isBlockNode(at), html);
    if (!cmark_node_insert_before(at, inserted)) {
        cmark_node_free(inserted);
    }
}

void CmarkDocument::prependHtml(Node parent, const QString &html)
{
    cmark_node *container = raw(parent.m_node);
    if (!container) {
        return;
    }
    // A paragraph or heading holds inlines; a block quote, item or document holds blocks.
    cmark_node *inserted = newHtmlNode(false, html);
    if (!cmark_node_prepend_child(container, inserted)) {
        cmark_node_free(inserted);
        inserted = newHtmlNode(true, html);
        if (!cmark_node_prepend_child(container, inserted)) {
            cmark_node_free(inserted);
        }
    }
}

void CmarkDocument::appendHtml(Node parent, const QString &html)
{
    cmark_node *container = raw(parent.m_node);
    if (!container) {
        return;
    }
    cmark_node *inserted = newHtmlNode(false, html);
    if (!cmark_node_append_child(container, inserted)) {
        cmark_node_free(inserted);
        inserted = newHtmlNode(true, html);
        if (!cmark_node_append_child(container, inserted)) {
            cmark_node_free(inserted);
        }
    }
}

void CmarkDocument::remove(Node node)
{
    cmark_node *old = raw(node.m_node);
    if (!old || old == d->root) {
        return;
    }
    cmark_node_unlink(old);
    cmark_node_free(old);
}

CmarkDocument::Node CmarkDocument::unwrap(Node node)
{
    cmark_node *old = raw(node.m_node);
    if (!old || old == d->root) {
        return {};
    }
    cmark_node *first = cmark_node_first_child(old);
    cmark_node *parent = cmark_node_parent(old);
    // Every child must fit where the node is, or none moves.
    for (cmark_node *child = first; child; child = cmark_node_next(child)) {
        const bool blockChild = isBlockNode(child);
        if (!parent || blockChild != isBlockNode(old) || cmark_node_get_type(child) == CMARK_NODE_ITEM) {
            return {};
        }
    }
    while (cmark_node *child = cmark_node_first_child(old)) {
        if (!cmark_node_insert_before(old, child)) {
            return {};
        }
    }
    cmark_node_unlink(old);
    cmark_node_free(old); // its children's strings are their own (the constructor saw to it)
    return first ? Node(opaque(first)) : Node();
}

void CmarkDocument::clearTaskItem(Node node)
{
    if (node.isTaskItem()) {
        cmark_node_set_syntax_extension(raw(node.m_node), nullptr);
    }
}

QString CmarkDocument::toHtml() const
{
    // CMARK_OPT_UNSAFE: raw HTML is kept (tagfilter still defuses the dangerous tags).
    // No CMARK_OPT_HARDBREAKS: a soft line break stays a space, as on the blog; only a
    // trailing double space or backslash is a <br>. No CMARK_OPT_GITHUB_PRE_LANG: code
    // blocks are replaced before rendering anyway.
    char *html = cmark_render_html(d->root, CMARK_OPT_UNSAFE, cmark_parser_get_syntax_extensions(d->parser));
    QString result = QString::fromUtf8(html);
    cmark_get_default_mem_allocator()->free(html);
    return result;
}

} // namespace Herald
