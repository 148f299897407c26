// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Small posts for the renderer's tests: a body of Markdown with the URLs a synced post has,
// options that render the same on every machine, and the body of what was rendered.

#include "core/posts/post.h"
#include "core/render/palettes.h"
#include "core/render/posthtmlrenderer.h"
#include "core/sources/pythoninsider.h"

#include <QLocale>
#include <QRegularExpression>
#include <QString>
#include <QTimeZone>

namespace Herald::Test {

using namespace Qt::StringLiterals;

inline const QString slugForSnippets = QStringLiteral("a-post");

/// A post whose body is `markdown`, with the URLs a synced post has.
inline Post snippetPost(const QString &markdown)
{
    Post post;
    post.id = 1;
    post.meta.slug = slugForSnippets;
    post.meta.title = u"A post"_s;
    post.meta.author = u"Hugo van Kemenade"_s;
    post.meta.published = QDateTime(QDate(2025, 10, 7), QTime(0, 0), QTimeZone::UTC);
    post.meta.url = QUrl(u"https://blog.python.org/2025/10/a-post/"_s);
    post.meta.bodyUrl = Herald::PythonInsider::markdownUrl(slugForSnippets);
    post.body = markdown;
    post.hasBody = true;
    return post;
}

inline PostHtmlRenderer::Options fixedOptions(bool dark = false, bool remoteImages = false)
{
    PostHtmlRenderer::Options options;
    options.palette = dark ? Herald::Palettes::dark() : Herald::Palettes::light();
    options.remoteImages = remoteImages;
    options.maxTextWidth = 900;
    options.monospaceFamily = u"DejaVu Sans Mono"_s;
    options.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    return options;
}

/// The part of a rendered document after the header.
inline QString bodyOf(const QString &html)
{
    const qsizetype rule = html.indexOf(u"<hr />\n"_s);
    return rule < 0 ? html : html.sliced(rule + 7);
}

/// `pattern` with %1 replaced by 0, 1, … `count - 1`, one after another.
inline QString numbered(const QString &pattern, int count)
{
    QString text;
    for (int i = 0; i < count; ++i) {
        text += pattern.arg(i);
    }
    return text;
}

/// Why `body` fails its patterns: the first of `present` it does not match or of `absent` it
/// does, with the body; empty when it passes.
inline QString patternMismatch(const QString &body, const QStringList &present, const QStringList &absent)
{
    for (const QString &pattern : present) {
        if (!QRegularExpression(pattern).match(body).hasMatch()) {
            return pattern + u"\nnot in:\n"_s + body.left(4000);
        }
    }
    for (const QString &pattern : absent) {
        if (QRegularExpression(pattern).match(body).hasMatch()) {
            return pattern + u"\nfound in:\n"_s + body.left(4000);
        }
    }
    return {};
}

/// Why the body `markdown` renders to (with fixedOptions()) fails its patterns; empty when
/// it passes.
inline QString renderedMismatch(const QString &markdown, const QStringList &present, const QStringList &absent)
{
    const PostHtmlRenderer renderer(fixedOptions());
    return patternMismatch(bodyOf(renderer.render(snippetPost(markdown)).html), present, absent);
}

} // namespace Herald::Test
