// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/render/bodyrenderer.h"
#include "core/render/htmlsanitizer.h"

namespace Herald {

/// Renders the HTML body a feed carried (a GitHub release's notes, a Discourse topic) the way
/// the reader renders the blog's Markdown: HtmlSanitizer keeps what is safe, and this gives it
/// the reader's looks: highlighted code blocks that Copy Code Block finds, image placeholders
/// that link to the image, bordered table cells, and muted notes.
class FeedBodyRenderer final : private HtmlSanitizer::Presenter
{
public:
    explicit FeedBodyRenderer(const BodyRenderer::Context &context);

    [[nodiscard]] RenderedPost render(const Post &post);

private:
    QString image(const QUrl &src, const QUrl &allowed, const QString &alt, QSize size, bool insideLink) override;
    QString codeBlock(const QString &code, const QString &language) override;
    QString note(const QString &text) override;
    QString cellAttributes() override;

    BodyRenderer::Context m_context;
    QUrl m_base;
    QStringList m_codeBlocks;
};

} // namespace Herald
