// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/render/feedbodyrenderer.h"

#include "core/posts/post.h"
#include "core/render/htmlescape.h"
#include "core/render/postcolors.h"

using namespace Qt::StringLiterals;

namespace Herald {

FeedBodyRenderer::FeedBodyRenderer(const BodyRenderer::Context &context)
    : m_context(context)
{ }

RenderedPost FeedBodyRenderer::render(const Post &post)
{
    // Relative links and images in an item resolve against its page.
    m_base = post.meta.url;
    m_codeBlocks.clear();
    HtmlSanitizer sanitizer({m_base, m_context.options.remoteImages}, *this);
    RenderedPost rendered;
    rendered.html = sanitizer.sanitize(post.body.toUtf8());
    rendered.codeBlocks = m_codeBlocks;
    return rendered;
}

QString FeedBodyRenderer::image(const QUrl &src, const QUrl &allowed, const QString &alt, QSize size, bool insideLink)
{
    if (allowed.isEmpty()) {
        return BodyRenderer::imagePlaceholder(src, m_base, alt, insideLink);
    }
    const int maxWidth = m_context.options.maxTextWidth;
    if (maxWidth > 0 && size.width() > maxWidth) {
        size = QSize(maxWidth, size.height() * maxWidth / size.width());
    }
    return HtmlSanitizer::Presenter::image(src, allowed, alt, size, insideLink);
}

QString FeedBodyRenderer::codeBlock(const QString &code, const QString &language)
{
    const int index = int(m_codeBlocks.size());
    QString text = code;
    if (text.endsWith(u'\n')) {
        text.chop(1);
    }
    m_codeBlocks.append(text); // Copy Code Block copies it whole
    return BodyRenderer::codeBlockHtml(m_context, BodyRenderer::shownCode(text), language, index);
}

QString FeedBodyRenderer::note(const QString &text)
{
    return u"<p class=\"muted\"><i>"_s + Html::escaped(text) + u"</i></p>"_s;
}

QString FeedBodyRenderer::cellAttributes()
{
    return u" style=\"border: 1px solid "_s + m_context.colors.border + u";\""_s;
}

} // namespace Herald
