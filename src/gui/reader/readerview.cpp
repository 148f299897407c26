#include "reader/readerview.h"

#include "posts/frontmatterreader.h"
#include "posts/post.h"

#include <QEvent>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Herald {

ReaderView::ReaderView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(u"reader"_s);
    setAccessibleName(tr("Post"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    document()->setDocumentMargin(32);
}

void ReaderView::showWelcome()
{
    m_showingWelcome = true;
    m_postId = 0;
    const QPalette pal = palette();
    const QString muted = pal.color(QPalette::PlaceholderText).name();
    const QString accent = pal.color(QPalette::Link).name();
    // QTextDocument understands a subset of HTML 4 and CSS 2; keep to it.
    const QString html
        = u"<div style='margin-top:48px'>"
          u"<h1 style='font-weight:600'>%1</h1>"
          u"<p style='font-size:large; color:%2'>%3</p>"
          u"<table cellspacing='0' cellpadding='6' style='margin-top:16px'>"
          u"<tr><td style='color:%4; font-weight:600'>&#9656;</td><td>%5</td></tr>"
          u"<tr><td style='color:%4; font-weight:600'>&#9656;</td><td>%6</td></tr>"
          u"<tr><td style='color:%4; font-weight:600'>&#9656;</td><td>%7</td></tr>"
          u"</table></div>"_s.arg(tr("Welcome to Herald"), muted,
              tr("Python release announcements, readable offline, with the lifecycle of every "
                 "Python series beside them."),
              accent, tr("Posts from Python Insider are listed on the left."), tr("The post you select is shown here."),
              tr("Every announced release, grouped by series, is on the right."));
    setHtml(html);
}

void ReaderView::showPost(const Post &post)
{
    m_showingWelcome = false;
    m_postId = post.id;
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    QString meta = QLocale().toString(post.meta.published.toLocalTime().date(), QLocale::LongFormat);
    if (!post.meta.author.isEmpty()) {
        meta += u" · "_s + post.meta.author.toHtmlEscaped();
    }
    if (!post.meta.tags.isEmpty()) {
        meta += u" · "_s + post.meta.tags.join(u", "_s).toHtmlEscaped();
    }
    QString html = u"<h1 style='font-weight:600'>%1</h1><p style='color:%2'>%3 · <a href='%4'>%5</a></p>"_s.arg(
        post.meta.title.toHtmlEscaped(), muted, meta, post.meta.url.toString(QUrl::FullyEncoded).toHtmlEscaped(),
        tr("On the web"));
    if (post.hasBody) {
        const MarkdownDocument document = FrontmatterReader::read(post.body.toUtf8());
        html += u"<pre style='white-space:pre-wrap'>%1</pre>"_s.arg(document.body.trimmed().toHtmlEscaped());
    } else {
        html += u"<p>%1</p>"_s.arg(post.meta.description.toHtmlEscaped());
        html += u"<p style='color:%1'><i>%2</i></p>"_s.arg(muted,
            post.bodyError.isEmpty()
                ? tr("The full text arrives with the next sync.")
                : tr("The full text could not be downloaded: %1").arg(post.bodyError.toHtmlEscaped()));
    }
    setHtml(html);
}

void ReaderView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    // The welcome page picks its colours from the palette; redo it when the theme changes.
    if (event->type() == QEvent::PaletteChange && m_showingWelcome) {
        showWelcome();
    }
}

} // namespace Herald
