// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/render/palettes.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPalette>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace Herald {

struct Post;

/// What PostHtmlRenderer and BodyRenderer make of a post.
struct RenderedPost {
    QString html;
    /// The exact text of each code block, in document order.
    QStringList codeBlocks;
};

/// Turns a stored post into the one HTML document the reader's QTextBrowser shows: a header
/// (title, author, dates, tags, links to the web page and the Markdown source) and the body,
/// parsed with cmark-gfm and fitted to the HTML subset QTextDocument understands by
/// BodyRenderer.
///
/// - Code blocks are highlighted with KSyntaxHighlighting. Block N is a one-cell table whose
///   text starts with the named anchor codeBlockAnchor(N) ("code-N"); the rendering's
///   codeBlocks holds their exact text. To copy the block under the mouse, the viewer
///   takes the QTextTable at that cursor, reads anchorNames() of the first character of its
///   first cell, and looks the number up with codeBlockIndex().
/// - Every image `src`, Markdown or raw HTML, goes through LinkPolicy::resourceUrl() against
///   the directory of the post's Markdown. An image that may not be loaded becomes the text
///   "[image: alt]" (a link to the image where it is not already inside one): the output
///   never names a file:, qrc:, data: or any non-http(s) resource, and with remote images off
///   it holds no `<img>` at all.
/// - Links that ReferenceClassifier recognises (PEPs, releases, docs, PyPI, GitHub, CVEs) are
///   compact coloured badges; a bare URL shows the badge's label instead.
/// - Colours derive from the palette, so light and dark palettes both read well.
/// - Posts in MDX lose their `import` lines, and each `<Component />` becomes a note that
///   links to the post on the web.
class PostHtmlRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(Herald::PostHtmlRenderer)

public:
    struct Options {
        QPalette palette = Palettes::light();
        bool remoteImages = false;
        /// The widest an image may be, in pixels; a raw HTML image with a larger `width` is
        /// scaled down to it. 0: no limit.
        int maxTextWidth = 0;
        /// The family for code. Empty: the system's fixed-pitch font where a QGuiApplication
        /// exists, "monospace" elsewhere (the command line).
        QString monospaceFamily;
        /// Formats the dates in the header.
        QLocale locale;
    };

    PostHtmlRenderer();
    explicit PostHtmlRenderer(const Options &options);
    ~PostHtmlRenderer();
    Q_DISABLE_COPY_MOVE(PostHtmlRenderer)

    void setOptions(const Options &options);
    [[nodiscard]] const Options &options() const;
    /// True when the palette's base colour is dark: code uses the dark highlighting theme.
    [[nodiscard]] bool isDark() const;

    /// A complete HTML document (`<html><head><style>…</style></head><body>…</body></html>`),
    /// with the text of each of its code blocks.
    [[nodiscard]] RenderedPost render(const Post &post) const;

    static QString codeBlockAnchor(int index);
    /// The index in an anchor name made by codeBlockAnchor(), or -1.
    static int codeBlockIndex(QStringView anchorName);

    /// Where relative images of the post live: its Markdown's URL without the file name,
    /// with a trailing slash.
    static QUrl resourceBase(const Post &post);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Herald
