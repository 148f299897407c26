// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A post's Markdown through the whole reader pipeline: cmark-gfm, Herald's rewriting, code
// highlighting, then layout in a QTextDocument, within a time budget: a post must never freeze
// the reader.
#include "core/posts/post.h"
#include "core/render/posthtmlrenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTextDocument>

#include <cstddef>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QGuiApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Herald::PostHtmlRenderer renderer;
    // The first render loads the syntax definitions: not part of any input's time.
    static const bool warm = [] {
        Herald::Post first;
        first.body = QStringLiteral("```python\nx = 1\n```\n");
        first.hasBody = true;
        QTextDocument document;
        document.setHtml(renderer.render(first).html);
        return true;
    }();
    (void)warm;
    Herald::Post post;
    post.id = 1;
    post.meta.slug = QStringLiteral("fuzz");
    post.meta.title = QStringLiteral("Fuzz");
    post.meta.bodyUrl = QUrl(QStringLiteral("https://raw.example.org/posts/fuzz/index.md"));
    post.body = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    post.hasBody = true;
    QElapsedTimer timer;
    timer.start();
    QTextDocument document;
    document.setHtml(renderer.render(post).html);
    document.setTextWidth(800);
    (void)document.documentLayout()->documentSize();
    // Generous for a sanitizer build and a small input; the posts that froze the reader took
    // minutes.
    if (timer.elapsed() > 10000) {
        std::fprintf(stderr, "rendering took %lld ms\n", static_cast<long long>(timer.elapsed()));
        __builtin_trap();
    }
    return 0;
}
