// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/posts/frontmatter.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace Herald {

/// A Markdown file split into its frontmatter and the Markdown that follows it.
struct MarkdownDocument {
    bool hasFrontmatter = false; ///< the file starts with a `---` block that is closed again
    Frontmatter meta;
    QString body; ///< the Markdown after the closing `---`, or the whole text without frontmatter
    QString error; ///< empty when all went well; otherwise one problem per line, never fatal
};

/// Reads a Markdown file with YAML frontmatter between `---` lines, as the Python Insider
/// blog keeps its posts. It is lenient the way a reader must be: a UTF-8 BOM and CRLF line
/// endings are accepted (the body comes back with LF endings), a file without frontmatter is
/// all body, and a broken or oddly typed frontmatter costs only the fields it spoils. Every
/// problem is described in MarkdownDocument::error, with its line in the file where known.
class FrontmatterReader final
{
public:
    /// Splits and parses `utf8`, the bytes of an index.md or index.mdx.
    static MarkdownDocument read(const QByteArray &utf8);
    /// Only the Markdown after the frontmatter, as read() returns it in MarkdownDocument::body,
    /// without parsing the YAML: for callers that need the body only, at a fraction of the cost.
    static QString body(const QString &text);
    /// The same Markdown as body(), as a view into `text` that copies nothing, with its line
    /// endings as they are.
    static QStringView bodyView(QStringView text);
};

} // namespace Herald
