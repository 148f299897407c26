// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/render/posthtmlrenderer.h"

#include "core/diagnostics/logging.h"
#include "core/net/linkpolicy.h"
#include "core/posts/frontmatterreader.h"
#include "core/posts/post.h"
#include "core/render/bodyrenderer.h"
#include "core/render/codehighlighter.h"
#include "core/render/feedbodyrenderer.h"
#include "core/render/htmlescape.h"
#include "core/render/postcolors.h"

#include <QElapsedTimer>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Herald {

// ---- Private ------------------------------------------------------------------------------

struct PostHtmlRenderer::Private {
    void update();
    [[nodiscard]] QString header(const Post &post, const QDateTime &updatedTime) const;
    [[nodiscard]] QString missingBody(const Post &post) const;
    /// The colours with the code blocks' (which load the syntax-highlighting repository).
    const PostColors &bodyColors();

    Options options;
    bool dark = false;
    QString monospace;
    PostColors colors;
    bool codeColors = false; ///< whether `colors` has the code blocks' yet
    QString styleSheet;
    CodeHighlighter highlighter;
};

const PostColors &PostHtmlRenderer::Private::bodyColors()
{
    if (!codeColors) {
        colors.addCodeColors(options.palette, dark, highlighter);
        codeColors = true;
    }
    return colors;
}

void PostHtmlRenderer::Private::update()
{
    // The page is painted with Base and Text: their lightness decides, whatever the window's.
    dark = options.palette.color(QPalette::Active, QPalette::Base).lightnessF() < 0.5;
    highlighter.setScheme(dark ? CodeHighlighter::Scheme::Dark : CodeHighlighter::Scheme::Light);

    monospace = options.monospaceFamily;
    if (monospace.isEmpty()) {
        // QFontDatabase needs a QGuiApplication; the command-line modes run without one.
        monospace = qobject_cast<QGuiApplication *>(QCoreApplication::instance())
            ? QFontDatabase::systemFont(QFontDatabase::FixedFont).family()
            : u"monospace"_s;
    }
    monospace.remove(u'\'').remove(u'"').remove(u';').remove(u'<').remove(u'>');
    colors = PostColors::from(options.palette, dark);
    codeColors = false;

    // QTextDocument reads type, class and grouped selectors, and only some properties: no
    // line-height to speak of, no border-radius, borders only on tables and cells. Spacing is
    // margins, and tables carry their borders as attributes.
    styleSheet = uR"(body { color: %1; background-color: %2; }
a { color: %3; }
p { margin-top: 0px; margin-bottom: 10px; }
h1 { font-size: x-large; margin-top: 20px; margin-bottom: 8px; }
h2 { font-size: large; margin-top: 18px; margin-bottom: 6px; }
h3, h4, h5, h6 { font-size: medium; margin-top: 14px; margin-bottom: 4px; }
h1.post-title { font-size: xx-large; margin-top: 0px; margin-bottom: 6px; }
ul, ol { margin-top: 0px; margin-bottom: 10px; }
ul ul, ul ol, ol ul, ol ol { margin-bottom: 0px; }
li { margin-bottom: 3px; }
pre, code, kbd, tt, samp { font-family: '%4', monospace; }
code { background-color: %5; }
kbd { background-color: %6; font-size: small; }
th { background-color: %7; }
.byline { color: %8; margin-bottom: 6px; }
.links { margin-bottom: 4px; }
.chip { background-color: %9; color: %10; font-size: small; }
.muted { color: %8; }
.placeholder { color: %8; font-style: italic; }
)"_s.arg(colors.text, colors.base, colors.link, monospace, colors.inlineCode, colors.keyBackground,
        colors.headerBackground, colors.muted, colors.chipBackground, colors.chipText);
}

QString PostHtmlRenderer::Private::header(const Post &post, const QDateTime &updatedTime) const
{
    QString html;
    html.reserve(1024);
    const QString title = post.meta.title.trimmed().isEmpty() ? PostHtmlRenderer::tr("Untitled") : post.meta.title;
    html += u"<h1 class=\"post-title\">"_s + Html::escaped(title) + u"</h1>\n"_s;

    QStringList byline;
    if (!post.meta.author.isEmpty()) {
        byline += Html::escaped(post.meta.author);
    }
    const QDate published = post.meta.published.toUTC().date();
    if (published.isValid()) {
        byline += Html::escaped(options.locale.toString(published, QLocale::LongFormat));
    }
    const QDate updated = updatedTime.toUTC().date();
    if (updated.isValid() && updated != published) {
        byline += Html::escaped(
            PostHtmlRenderer::tr("Updated %1").arg(options.locale.toString(updated, QLocale::LongFormat)));
    }
    if (!byline.isEmpty()) {
        html += u"<p class=\"byline\">"_s + byline.join(u" · "_s) + u"</p>\n"_s;
    }

    if (!post.meta.tags.isEmpty()) {
        html += u"<p class=\"tags\">"_s;
        for (const QString &tag : post.meta.tags) {
            html += u"<span class=\"chip\">&nbsp;"_s + Html::escaped(tag) + u"&nbsp;</span> "_s;
        }
        html += u"</p>\n"_s;
    }

    QStringList links;
    if (LinkPolicy::isWebUrl(post.meta.url)) {
        links += u"<a href=\""_s + Html::urlAttribute(post.meta.url) + u"\">"_s
            + Html::escaped(PostHtmlRenderer::tr("Read on %1").arg(post.meta.url.host())) + u"</a>"_s;
    }
    if (LinkPolicy::isWebUrl(post.meta.bodyUrl)) {
        links += u"<a href=\""_s + Html::urlAttribute(post.meta.bodyUrl) + u"\">"_s
            + Html::escaped(PostHtmlRenderer::tr("Markdown source")) + u"</a>"_s;
    }
    if (!links.isEmpty()) {
        html += u"<p class=\"links\">"_s + links.join(u" · "_s) + u"</p>\n"_s;
    }
    html += u"<hr />\n"_s;
    return html;
}

QString PostHtmlRenderer::Private::missingBody(const Post &post) const
{
    QString html = u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"10\" bgcolor=\""_s + colors.noteBackground
        + u"\"><tr><td><p>"_s
        + Html::escaped(PostHtmlRenderer::tr("The text of this post has not been downloaded yet."));
    if (!post.bodyError.isEmpty()) {
        html += u"<br />"_s + Html::escaped(PostHtmlRenderer::tr("The last attempt failed: %1").arg(post.bodyError));
    } else {
        html += u" "_s + Html::escaped(PostHtmlRenderer::tr("It is fetched with the next sync."));
    }
    html += u"</p></td></tr></table>\n"_s;
    if (!post.meta.description.isEmpty()) {
        html += u"<p class=\"muted\"><i>"_s + Html::escaped(post.meta.description) + u"</i></p>\n"_s;
    }
    return html;
}

// ---- PostHtmlRenderer ---------------------------------------------------------------------

PostHtmlRenderer::PostHtmlRenderer()
    : PostHtmlRenderer(Options {})
{ }

PostHtmlRenderer::PostHtmlRenderer(const Options &options)
    : d(std::make_unique<Private>())
{
    setOptions(options);
}

PostHtmlRenderer::~PostHtmlRenderer() = default;

void PostHtmlRenderer::setOptions(const Options &options)
{
    d->options = options;
    d->update();
}

const PostHtmlRenderer::Options &PostHtmlRenderer::options() const
{
    return d->options;
}

bool PostHtmlRenderer::isDark() const
{
    return d->dark;
}

RenderedPost PostHtmlRenderer::render(const Post &post) const
{
    QElapsedTimer timer;
    timer.start();
    RenderedPost body;
    QDateTime updated = post.meta.updated;
    if (post.htmlBody && post.body.trimmed().isEmpty()) {
        // A feed item with no text (a PyPI release): there is nothing more to fetch.
        body.html = u"<p class=\"muted\"><i>"_s
            + Html::escaped(tr("The feed gives no text for this item; its page on the web may say more."))
            + u"</i></p>\n"_s;
    } else if (!post.hasBody || post.body.isEmpty()) {
        body.html = d->missingBody(post);
    } else if (post.htmlBody) {
        body = FeedBodyRenderer({d->options, d->highlighter, d->bodyColors(), d->monospace}).render(post);
    } else {
        // What would never be parsed is not read either: the frontmatter reader goes over the
        // whole text it is given (a 5 MB post cost 30 ms there alone).
        constexpr qsizetype readAtMost = 2 * BodyRenderer::MaxSource;
        const bool longer = post.body.size() > readAtMost;
        const QString source = longer ? post.body.first(readAtMost) : post.body;
        QString markdown;
        if (updated.isValid()) {
            markdown = FrontmatterReader::body(source);
        } else {
            // Neither the index nor the feed says when a post was updated; its frontmatter does.
            const MarkdownDocument document = FrontmatterReader::read(source.toUtf8());
            markdown = document.body;
            if (document.meta.updatedDate.isValid()) {
                updated = QDateTime(document.meta.updatedDate, QTime(0, 0), QTimeZone::UTC);
            }
        }
        body = BodyRenderer({d->options, d->highlighter, d->bodyColors(), d->monospace}).render(post, markdown, longer);
    }
    const QString head = d->header(post, updated);
    QString html;
    html.reserve(d->styleSheet.size() + head.size() + body.html.size() + 128);
    html += u"<html><head><style type=\"text/css\">\n"_s + d->styleSheet + u"</style></head><body>\n"_s + head
        + body.html + u"</body></html>\n"_s;
    qCDebug(lcRender).nospace() << "rendered " << post.meta.slug << " (" << html.size() << " characters) in "
                                << timer.elapsed() << " ms";
    return {html, std::move(body.codeBlocks)};
}

QString PostHtmlRenderer::codeBlockAnchor(int index)
{
    return u"code-"_s + QString::number(index);
}

int PostHtmlRenderer::codeBlockIndex(QStringView anchorName)
{
    if (!anchorName.startsWith(u"code-")) {
        return -1;
    }
    bool ok = false;
    const int index = anchorName.sliced(5).toInt(&ok);
    return ok && index >= 0 ? index : -1;
}

QUrl PostHtmlRenderer::resourceBase(const Post &post)
{
    return post.meta.bodyUrl.adjusted(QUrl::RemoveFilename | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

} // namespace Herald
