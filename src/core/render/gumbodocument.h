// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

#include <gumbo.h>

#include <memory>

namespace Herald {

/// An HTML document parsed by gumbo, the HTML5 parser, within bounds: gumbo's time grows
/// with the square of the nesting, and its own way of freeing a tree recurses, so input is
/// bounded first (bounded()) and the tree is freed in one go with the document.
class GumboDocument final
{
public:
    /// Parses `html` as it is: bound it with bounded() first.
    explicit GumboDocument(const QByteArray &html);
    ~GumboDocument();
    Q_DISABLE_COPY_MOVE(GumboDocument)

    /// The <html> element; null when nothing was parsed.
    [[nodiscard]] const GumboNode *root() const;
    /// The <body> element; null when there is none.
    [[nodiscard]] const GumboNode *body() const;
    /// The <head> element; null when there is none.
    [[nodiscard]] const GumboNode *head() const;

    /// The first `maxInput` bytes of `html`, cut before markup nests deeper than `maxDepth`
    /// as written, and never in the middle of a UTF-8 sequence.
    static QByteArray bounded(const QByteArray &html, qsizetype maxInput, int maxDepth);
    /// The text a reader sees in the body, whitespace made single spaces, at most about
    /// `limit` characters: what scripts, styles and templates hold is no text.
    [[nodiscard]] QString plainText(qsizetype limit) const;
    /// An attribute's value; null when the element has none.
    static QString attribute(const GumboElement &element, const char *name);

private:
    class Arena;
    [[nodiscard]] const GumboNode *child(GumboTag tag) const;

    std::unique_ptr<Arena> m_arena;
    GumboOutput *m_output = nullptr;
};

} // namespace Herald
