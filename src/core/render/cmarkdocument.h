// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <memory>

namespace Herald {

/// A Markdown document parsed by cmark-gfm with GitHub's extensions (table, strikethrough,
/// autolink, tagfilter, tasklist), whose tree can be walked and rewritten before it is
/// rendered to HTML. The only place that knows cmark-gfm: no cmark type leaves the .cpp.
///
/// Rendering keeps raw HTML (cmark's "unsafe" mode), because posts use it for tables,
/// `<br>`, `<small>` and images; the tagfilter extension still turns `<script>`, `<iframe>`,
/// `<style>`, `<title>`, `<textarea>`, `<xmp>`, `<noembed>`, `<noframes>` and `<plaintext>`
/// into text, in raw HTML and in HTML nodes a caller inserts alike (not in wrap()'s
/// `before` and `after`, which are the caller's own markup).
class CmarkDocument final
{
public:
    enum class NodeKind {
        None,
        // blocks
        Document,
        BlockQuote,
        List,
        Item,
        CodeBlock,
        HtmlBlock,
        CustomBlock,
        Paragraph,
        Heading,
        ThematicBreak,
        FootnoteDefinition,
        Table,
        TableRow,
        TableCell,
        // inlines
        Text,
        SoftBreak,
        LineBreak,
        Code,
        HtmlInline,
        CustomInline,
        Emphasis,
        Strong,
        Link,
        Image,
        FootnoteReference,
        Strikethrough,
        Other, ///< a node of an extension Herald does not know
    };
    enum class Alignment { Default, Left, Center, Right };

    struct NodeData; // what a node handle points to; only the .cpp knows it is a cmark_node

    /// A handle on one node of the tree, like a QDomNode. It does not own the node: it stays
    /// valid until the node is replaced, wrapped or removed, or the document is destroyed.
    class Node final
    {
    public:
        Node() = default;

        [[nodiscard]] bool isNull() const { return m_node == nullptr; }
        [[nodiscard]] NodeKind kind() const;

        [[nodiscard]] Node parent() const;
        [[nodiscard]] Node firstChild() const;
        [[nodiscard]] Node next() const;
        [[nodiscard]] Node previous() const;

        /// The text of Text, Code, CodeBlock, HtmlBlock and HtmlInline nodes.
        [[nodiscard]] QString literal() const;
        void setLiteral(const QString &literal);
        /// The destination of a Link or Image, as written (entities and escapes resolved).
        [[nodiscard]] QString url() const;
        void setUrl(const QString &url);
        [[nodiscard]] QString title() const;
        /// The info string of a fenced CodeBlock ("python", "pycon" …), empty for none.
        [[nodiscard]] QString fenceInfo() const;
        /// A List item with `[ ]` or `[x]`, and whether it is ticked.
        [[nodiscard]] bool isTaskItem() const;
        [[nodiscard]] bool isTaskChecked() const;
        /// The first row of a GFM table.
        [[nodiscard]] bool isHeaderRow() const;
        /// The column alignment of a TableCell, from the table's delimiter row.
        [[nodiscard]] Alignment cellAlignment() const;
        /// Every Text and Code literal below this node, concatenated: an image's alt text.
        [[nodiscard]] QString plainText() const;

        friend bool operator==(Node a, Node b) { return a.m_node == b.m_node; }

    private:
        friend class CmarkDocument;
        explicit Node(NodeData *node)
            : m_node(node)
        { }
        NodeData *m_node = nullptr;
    };

    /// Parses `markdown` (not its frontmatter: callers strip that first).
    explicit CmarkDocument(const QString &markdown);
    ~CmarkDocument();
    Q_DISABLE_COPY_MOVE(CmarkDocument)

    [[nodiscard]] Node root() const;

    /// Replaces `node` and everything below it with raw HTML: an HTML block where `node` is a
    /// block, inline HTML where it is an inline. Handles on the old nodes become invalid.
    void replaceWithHtml(Node node, const QString &html);
    /// Puts HTML around `node`'s children in place of the node itself: the node becomes a
    /// custom block (or inline) that renders as `before`, its children, then `after`. Returns
    /// the new node, or a null Node where the parent may not hold it (an Item in a List, a
    /// cell in a row that is still a TableRow: wrap tables from the outside in).
    Node wrap(Node node, const QString &before, const QString &after);
    /// Inserts raw HTML of `node`'s own kind (block or inline) just before it.
    void insertHtmlBefore(Node node, const QString &html);
    /// Inserts inline HTML as the first or last child of an inline container (Paragraph,
    /// Heading, Link, Emphasis …) or of a block that holds blocks (as an HTML block).
    void prependHtml(Node parent, const QString &html);
    void appendHtml(Node parent, const QString &html);
    /// Takes `node` and everything below it out of the tree.
    void remove(Node node);
    /// Puts `node`'s children where it stands and removes it. Returns the first child moved,
    /// or a null Node (and changes nothing) where its parent may not hold them (Items).
    Node unwrap(Node node);
    /// Renders a task Item as an ordinary one (no `<input type=checkbox>`, which a
    /// QTextDocument cannot show).
    void clearTaskItem(Node node);

    /// The whole document as HTML (a fragment: no `<html>` or `<body>`).
    [[nodiscard]] QString toHtml() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Herald
