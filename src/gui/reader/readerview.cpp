#include "reader/readerview.h"

#include <QEvent>

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

void ReaderView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    // The welcome page picks its colours from the palette; redo it when the theme changes.
    if (event->type() == QEvent::PaletteChange && m_showingWelcome) {
        showWelcome();
    }
}

} // namespace Herald
