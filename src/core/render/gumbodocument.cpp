// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/render/gumbodocument.h"

#include <cctype>
#include <cstdlib>
#include <unordered_set>

#include <QList>

namespace Herald {

/// Where gumbo's memory comes from. The tree is freed in one go when the arena goes:
/// gumbo_destroy_output() frees it node by node, recursively, which overflows the stack on a
/// document nested a few hundred thousand levels deep.
class GumboDocument::Arena final
{
public:
    Arena() = default;
    ~Arena()
    {
        for (void *block : m_live) {
            std::free(block); // NOLINT(cppcoreguidelines-no-malloc): gumbo's own allocations
        }
    }
    Q_DISABLE_COPY_MOVE(Arena)

    static void *allocate(void *arena, size_t size)
    {
        void *block = std::malloc(size); // NOLINT(cppcoreguidelines-no-malloc)
        if (block) {
            static_cast<Arena *>(arena)->m_live.insert(block);
        }
        return block;
    }
    static void deallocate(void *arena, void *block)
    {
        if (block && static_cast<Arena *>(arena)->m_live.erase(block) > 0) {
            std::free(block); // NOLINT(cppcoreguidelines-no-malloc)
        }
    }

private:
    std::unordered_set<void *> m_live;
};

namespace {

/// Elements that never hold others as written: void ones, and those a following sibling
/// closes (a list item, a paragraph, a cell) when their end tag is left out.
bool nestsAsWritten(QByteArrayView name)
{
    static const QList<QByteArrayView> flat {"area", "base", "br", "col", "embed", "hr", "img", "input", "keygen",
        "link", "meta", "param", "source", "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option",
        "optgroup", "thead", "tbody", "tfoot", "colgroup", "rb", "rt", "rp"};
    return !flat.contains(name);
}

/// Where the markup first opens more than `limit` elements at once, read from the tags as
/// written, as a browser nests them closely enough: a start tag opens its element (unless it
/// never holds others), an end tag closes the innermost open element of its name and those
/// inside it, and one that matches nothing closes nothing. -1 when it never does. gumbo takes
/// time in the square of the depth (each start tag looks through the elements open: 200,000
/// nested divs took minutes), so what lies deeper is not parsed at all. No real document
/// nests a hundredth as deep.
qsizetype tooDeepAt(QByteArrayView html, int limit)
{
    QList<QByteArray> open;
    for (qsizetype i = html.indexOf('<'); i >= 0 && i + 1 < html.size(); i = html.indexOf('<', i + 1)) {
        const QByteArrayView rest = html.sliced(i);
        if (rest.startsWith("<!--")) {
            // HTML's comments: "<!-->" and "<!--->" end at once; else at "-->" or "--!>"; one
            // that never ends runs to the end, and nothing after it opens anything.
            if (rest.startsWith("<!-->") || rest.startsWith("<!--->")) {
                i += rest.startsWith("<!-->") ? 4 : 5;
                continue;
            }
            const qsizetype close = rest.indexOf("-->", 4);
            const qsizetype bang = rest.indexOf("--!>", 4);
            if (close < 0 && bang < 0) {
                return -1;
            }
            i += (close < 0 ? bang : bang < 0 ? close : std::min(close, bang)) + 2;
            continue;
        }
        const bool closing = html.at(i + 1) == '/';
        const qsizetype start = i + (closing ? 2 : 1);
        qsizetype end = start;
        while (end < html.size() && end - start < 16 && std::isalnum(uchar(html.at(end)))) {
            ++end;
        }
        if (end == start) {
            continue; // not a tag: a "<" in text
        }
        const QByteArray name = html.sliced(start, end - start).toByteArray().toLower();
        if (!nestsAsWritten(name)) {
            continue;
        }
        if (closing) {
            const qsizetype at = open.lastIndexOf(name);
            if (at >= 0) {
                open.resize(at);
            }
            continue;
        }
        // "<div/>" opens a div all the same: HTML has no self-closing elements but the void ones.
        open.append(name);
        if (open.size() > limit) {
            return i;
        }
    }
    return -1;
}

} // namespace

GumboDocument::GumboDocument(const QByteArray &html)
    : m_arena(std::make_unique<Arena>())
{
    GumboOptions options = kGumboDefaultOptions;
    options.allocator = &Arena::allocate;
    options.deallocator = &Arena::deallocate;
    options.userdata = m_arena.get();
    options.max_errors = 0; // the errors are not read: do not collect them
    // Freed with the arena, never with gumbo_destroy_output() (see Arena).
    m_output = gumbo_parse_with_options(&options, html.constData(), size_t(html.size()));
}

GumboDocument::~GumboDocument() = default;

const GumboNode *GumboDocument::root() const
{
    return m_output && m_output->root && m_output->root->type == GUMBO_NODE_ELEMENT ? m_output->root : nullptr;
}

const GumboNode *GumboDocument::child(GumboTag tag) const
{
    const GumboNode *html = root();
    if (!html) {
        return nullptr;
    }
    const GumboVector &children = html->v.element.children;
    for (unsigned int i = 0; i < children.length; ++i) {
        const auto *node = static_cast<const GumboNode *>(children.data[i]);
        if (node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag) {
            return node;
        }
    }
    return nullptr;
}

const GumboNode *GumboDocument::body() const
{
    return child(GUMBO_TAG_BODY);
}

const GumboNode *GumboDocument::head() const
{
    return child(GUMBO_TAG_HEAD);
}

QByteArray GumboDocument::bounded(const QByteArray &html, qsizetype maxInput, int maxDepth)
{
    QByteArray input = html.size() > maxInput ? html.first(maxInput) : html;
    if (const qsizetype deep = tooDeepAt(input, maxDepth); deep >= 0) {
        input.truncate(deep);
    }
    const bool cut = input.size() < html.size();
    // Not in the middle of a UTF-8 sequence.
    while (cut && !input.isEmpty() && (uchar(input.back()) & 0xC0) == 0x80) {
        input.chop(1);
    }
    if (cut && !input.isEmpty() && (uchar(input.back()) & 0x80) != 0) {
        input.chop(1);
    }
    return input;
}

QString GumboDocument::plainText(qsizetype limit) const
{
    // Phrasing elements run on with the text around them ("v<b>1</b>.0" reads "v1.0"); every
    // other element is a break between words.
    static const std::unordered_set<int> inlineTags {GUMBO_TAG_A, GUMBO_TAG_ABBR, GUMBO_TAG_B, GUMBO_TAG_BDI,
        GUMBO_TAG_BDO, GUMBO_TAG_BIG, GUMBO_TAG_CITE, GUMBO_TAG_CODE, GUMBO_TAG_DATA, GUMBO_TAG_DEL, GUMBO_TAG_DFN,
        GUMBO_TAG_EM, GUMBO_TAG_FONT, GUMBO_TAG_I, GUMBO_TAG_INS, GUMBO_TAG_KBD, GUMBO_TAG_MARK, GUMBO_TAG_Q,
        GUMBO_TAG_S, GUMBO_TAG_SAMP, GUMBO_TAG_SMALL, GUMBO_TAG_SPAN, GUMBO_TAG_STRIKE, GUMBO_TAG_STRONG, GUMBO_TAG_SUB,
        GUMBO_TAG_SUP, GUMBO_TAG_TIME, GUMBO_TAG_TT, GUMBO_TAG_U, GUMBO_TAG_VAR, GUMBO_TAG_WBR};
    QString text;
    // Depth first, without recursion: a document may nest deeply.
    QList<const GumboNode *> stack {body()};
    while (!stack.isEmpty() && text.size() < limit) {
        const GumboNode *node = stack.takeLast();
        if (!node) {
            text += u' '; // the end of an element that is a break
            continue;
        }
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
            text += QString::fromUtf8(node->v.text.text);
            continue;
        }
        if (node->type != GUMBO_NODE_ELEMENT) {
            continue;
        }
        const GumboTag tag = node->v.element.tag;
        if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_TEMPLATE || tag == GUMBO_TAG_NOSCRIPT
            || tag == GUMBO_TAG_IFRAME || tag == GUMBO_TAG_OBJECT || tag == GUMBO_TAG_SVG) {
            continue;
        }
        if (!inlineTags.contains(tag)) {
            text += u' ';
            stack.append(nullptr); // and one after it, when its children are done
        }
        const GumboVector &children = node->v.element.children;
        for (unsigned int i = children.length; i > 0; --i) {
            stack.append(static_cast<const GumboNode *>(children.data[i - 1]));
        }
    }
    return text.simplified().left(limit);
}

QString GumboDocument::attribute(const GumboElement &element, const char *name)
{
    const GumboAttribute *found = gumbo_get_attribute(&element.attributes, name);
    return found ? QString::fromUtf8(found->value) : QString();
}

} // namespace Herald
