// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/reader/readerview.h"

#include "gui/reader/readerdocument.h"

#include "core/net/linkpolicy.h"
#include "core/render/imageloader.h"
#include "core/render/posthtmlrenderer.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QMenu>
#include <QPainter>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

// Text lines longer than this many average characters are hard to read; wider panes get
// side margins instead of longer lines.
constexpr int readableColumns = 88;
constexpr int minimumMargin = 24;
constexpr int minimumZoom = -4;
constexpr int maximumZoom = 12;

// One transparent pixel: what the document gets for an image it must not have.
QImage blankImage()
{
    QImage image(1, 1, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    return image;
}

} // namespace

ReaderView::ReaderView(ImageLoader *images, QWidget *parent)
    : QTextBrowser(parent)
    , m_images(images)
    , m_renderer(std::make_unique<PostHtmlRenderer>())
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(u"reader"_s);
    setAccessibleName(tr("Post"));
    auto *safeDocument = new ReaderDocument(this);
    safeDocument->setLoader([this](int type, const QUrl &name) { return loadResource(type, name); });
    safeDocument->setUndoRedoEnabled(false); // read only: what is shown is never undone
    setDocument(safeDocument);
    // QTextEdit lays the whole document out again whenever the viewport's width changes, as it
    // does when a scroll bar comes or goes: opening a long post after a short one laid it out
    // twice. A scroll bar that is always there never changes the width.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    document()->setDocumentMargin(minimumMargin);
    connect(this, &QTextBrowser::anchorClicked, this, &ReaderView::followLink);
    if (m_images) {
        connect(m_images, &ImageLoader::imageReady, this, &ReaderView::onImageReady);
        connect(m_images, &ImageLoader::imageFailed, this, [this](const QUrl &url) { onImageFailed(url); });
    }
    // Rescaling images on every pixel of a window resize would be wasted work.
    m_refitTimer.setSingleShot(true);
    m_refitTimer.setInterval(150);
    connect(&m_refitTimer, &QTimer::timeout, this, &ReaderView::refitImages);
}

ReaderView::~ReaderView() = default;

void ReaderView::showWelcome()
{
    m_showingWelcome = true;
    m_post.reset();
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
    setDocumentHtml(html);
}

void ReaderView::showPost(const Post &post)
{
    m_showingWelcome = false;
    m_post = post;
    render();
    verticalScrollBar()->setValue(0);
}

void ReaderView::render()
{
    if (!m_post) {
        return;
    }
    PostHtmlRenderer::Options options;
    options.palette = palette();
    options.remoteImages = m_remoteImages && m_images;
    options.maxTextWidth = textWidth();
    options.monospaceFamily = QFontDatabase::systemFont(QFontDatabase::FixedFont).family();
    m_renderer->setOptions(options);
    RenderedPost rendered = m_renderer->render(*m_post);
    m_codeBlocks = std::move(rendered.codeBlocks);
    setDocumentHtml(rendered.html);
}

void ReaderView::setDocumentHtml(const QString &html)
{
    m_html = html;
    const bool hadPending = !m_pending.isEmpty();
    m_pending.clear();
    m_shownImages.clear();
    // Into the emptied document, whose margins are set first: QTextEdit::setHtml() would lay
    // the post out with a fresh document's margins, then again with ours (a 1 MB word of
    // emphasis took 120 ms, not 50).
    document()->clear();
    updateTextWidth();
    QTextCursor(document()).insertHtml(html);
    markSearchTerms();
    if (hadPending && m_pending.isEmpty()) {
        Q_EMIT imagesSettled();
    }
}

void ReaderView::setSearchTerms(const QStringList &terms)
{
    if (terms == m_searchTerms) {
        return;
    }
    m_searchTerms = terms;
    markSearchTerms();
}

void ReaderView::markSearchTerms()
{
    // The index splits words at punctuation, so "free-thread" found "free threading": mark
    // what it found, whatever stands between the parts.
    constexpr int maximumMarks = 1000;
    QList<QTextEdit::ExtraSelection> marks;
    QTextCharFormat format;
    QColor background = palette().color(QPalette::Highlight);
    background.setAlphaF(0.3f);
    format.setBackground(background);
    static const QRegularExpression separators(u"[\\W_]+"_s, QRegularExpression::UseUnicodePropertiesOption);
    for (const QString &term : std::as_const(m_searchTerms)) {
        QStringList parts;
        for (const QString &part : term.split(separators, Qt::SkipEmptyParts)) {
            parts << QRegularExpression::escape(part);
        }
        if (parts.isEmpty()) {
            continue;
        }
        // From the start of a word, as the index matches ("the" is not in "mathematician").
        const QRegularExpression pattern(u"(?<!\\w)"_s + parts.join(u"[\\W_]*"_s),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        QTextCursor cursor = document()->find(pattern, 0);
        while (!cursor.isNull() && marks.size() < maximumMarks) {
            marks.append({cursor, format});
            cursor = document()->find(pattern, cursor);
        }
    }
    setExtraSelections(marks);
}

void ReaderView::setRemoteImages(bool on)
{
    if (m_remoteImages == on) {
        return;
    }
    m_remoteImages = on;
    const int position = verticalScrollBar()->value();
    render();
    verticalScrollBar()->setValue(position);
}

void ReaderView::setZoom(int steps)
{
    steps = std::clamp(steps, minimumZoom, maximumZoom);
    if (steps == m_zoom) {
        return;
    }
    const int delta = steps - m_zoom;
    m_zoom = steps;
    if (delta > 0) {
        zoomIn(delta);
    } else {
        zoomOut(-delta);
    }
    updateTextWidth();
    Q_EMIT zoomChanged(m_zoom);
}

int ReaderView::readableWidth() const
{
    return fontMetrics().averageCharWidth() * readableColumns;
}

int ReaderView::textWidth() const
{
    return std::max(120, std::min(readableWidth(), viewport()->width() - 2 * minimumMargin));
}

int ReaderView::decodeWidth() const
{
    // The widest an image is ever drawn at this zoom, in device pixels: images are decoded to
    // it once and scaled down from there to the pane, so a resize needs no new decode.
    return int(readableWidth() * std::max(1.0, devicePixelRatioF()));
}

void ReaderView::updateTextWidth()
{
    // QTextDocument has no max-width: centre a readable column with the root frame's side
    // margins, which the document paints as its own background.
    // The side margins replace the document margin on the left and right, so they include it:
    // a pane too narrow to centre anything still keeps its text off the edge.
    const int side = minimumMargin + std::max(0, (viewport()->width() - 2 * minimumMargin - textWidth()) / 2);
    QTextFrame *root = document()->rootFrame();
    QTextFrameFormat format = root->frameFormat();
    if (int(format.leftMargin()) != side || int(format.rightMargin()) != side) {
        format.setLeftMargin(side);
        format.setRightMargin(side);
        root->setFrameFormat(format);
    }
}

void ReaderView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    updateTextWidth();
    if (!m_shownImages.isEmpty()) {
        m_refitTimer.start();
    }
}

QVariant ReaderView::loadResource(int type, const QUrl &name)
{
    // Never QTextBrowser::loadResource(): it reads local files and qrc: resources. Images are
    // the only kind of resource a post gets, and only remote ones, and only while they are on.
    if (type != QTextDocument::ImageResource) {
        return {};
    }
    if (!m_images || !m_remoteImages || !LinkPolicy::isWebUrl(name)) {
        // Not nothing: for an image the document has no data for, QTextDocument's image
        // handler loads the name as a file path itself. An empty image stops it there.
        return blankImage();
    }
    if (const QImage cached = m_images->cachedImage(name, decodeWidth()); !cached.isNull()) {
        m_shownImages.insert(name);
        return fitted(cached);
    }
    m_pending.insert(name);
    m_images->request(name, decodeWidth());
    return placeholder();
}

QImage ReaderView::fitted(const QImage &image) const
{
    // Drawn at the screen's pixel density, and never wider than the text column.
    const qreal ratio = std::max(1.0, devicePixelRatioF());
    const int maxPixels = int(textWidth() * ratio);
    QImage result = image.width() > maxPixels ? image.scaledToWidth(maxPixels, Qt::SmoothTransformation) : image;
    result.setDevicePixelRatio(image.width() > maxPixels ? ratio : std::max(1.0, image.devicePixelRatio()));
    return result;
}

QImage ReaderView::placeholder() const
{
    const qreal ratio = std::max(1.0, devicePixelRatioF());
    const QSize size(std::min(320, textWidth()), 48);
    QImage image(size * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor fill = palette().color(QPalette::Mid);
    fill.setAlphaF(0.25f);
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    painter.drawRoundedRect(QRectF(QPointF(0, 0), QSizeF(size)).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(QRect(QPoint(0, 0), size), Qt::AlignCenter, tr("Loading image…"));
    return image;
}

void ReaderView::onImageReady(const QUrl &url, const QImage &image)
{
    if (!m_pending.remove(url)) {
        return; // not for the post on show
    }
    m_shownImages.insert(url);
    document()->addResource(QTextDocument::ImageResource, url, fitted(image));
    relayoutKeepingPosition();
    if (m_pending.isEmpty()) {
        Q_EMIT imagesSettled();
    }
}

void ReaderView::onImageFailed(const QUrl &url)
{
    if (!m_pending.remove(url)) {
        return;
    }
    // A blank image takes no room: the text closes up where the placeholder was. (A null one
    // would make QTextDocument's image handler try the URL as a file path.)
    document()->addResource(QTextDocument::ImageResource, url, blankImage());
    relayoutKeepingPosition();
    if (m_pending.isEmpty()) {
        Q_EMIT imagesSettled();
    }
}

void ReaderView::relayoutKeepingPosition()
{
    // Keep the text at the top of the pane where it is while images above it change size.
    const QTextCursor top = cursorForPosition(QPoint(0, 0));
    const int anchor = top.position();
    const int offset = cursorRect(top).top();
    const bool atTop = verticalScrollBar()->value() == 0;
    document()->markContentsDirty(0, document()->characterCount());
    if (atTop) {
        return;
    }
    QTextCursor cursor(document());
    cursor.setPosition(std::min(anchor, document()->characterCount() - 1));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + cursorRect(cursor).top() - offset);
}

void ReaderView::refitImages()
{
    if (!m_images) {
        return;
    }
    for (const QUrl &url : std::as_const(m_shownImages)) {
        if (const QImage image = m_images->cachedImage(url, decodeWidth()); !image.isNull()) {
            document()->addResource(QTextDocument::ImageResource, url, fitted(image));
        }
    }
    relayoutKeepingPosition();
}

void ReaderView::followLink(const QUrl &url)
{
    if (url.scheme().isEmpty() && url.host().isEmpty() && url.path().isEmpty() && url.hasFragment()) {
        scrollToAnchor(url.fragment());
        return;
    }
    const LinkPolicy::Decision decision = LinkPolicy::forLink(url);
    switch (decision.action) {
    case LinkPolicy::Action::OpenExternally:
    case LinkPolicy::Action::SystemHandler:
        if (!m_openUrl(url)) {
            Q_EMIT linkRefused(url, tr("No application could open %1.").arg(url.toDisplayString()));
        }
        return;
    case LinkPolicy::Action::OpenPost: Q_EMIT postLinkActivated(decision.postSlug); return;
    case LinkPolicy::Action::Refuse: Q_EMIT linkRefused(url, decision.reason); return;
    }
}

std::optional<QString> ReaderView::codeBlockAt(const QPoint &viewportPos) const
{
    const QTextCursor cursor = cursorForPosition(viewportPos);
    const QTextTable *table = cursor.currentTable();
    if (!table) {
        return std::nullopt;
    }
    const QTextCursor first = table->cellAt(0, 0).firstCursorPosition();
    QTextCursor probe(first);
    probe.movePosition(QTextCursor::NextCharacter);
    for (const QString &name : probe.charFormat().anchorNames() + first.charFormat().anchorNames()) {
        const int index = PostHtmlRenderer::codeBlockIndex(name);
        if (index >= 0 && index < m_codeBlocks.size()) {
            return m_codeBlocks.at(index);
        }
    }
    return std::nullopt;
}

void ReaderView::contextMenuEvent(QContextMenuEvent *event)
{
    std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    if (const auto code = codeBlockAt(event->pos())) {
        QAction *copy = new QAction(QIcon::fromTheme(u"edit-copy"_s), tr("Copy Code Block"), menu.get());
        copy->setObjectName(u"copyCodeBlockAction"_s);
        connect(copy, &QAction::triggered, this, [text = *code] { QGuiApplication::clipboard()->setText(text); });
        const QList<QAction *> actions = menu->actions();
        menu->insertAction(actions.isEmpty() ? nullptr : actions.first(), copy);
        menu->insertSeparator(actions.isEmpty() ? nullptr : actions.first());
    }
    menu->exec(event->globalPos());
}

void ReaderView::printPost(QPagedPaintDevice *device) const
{
    // A document of its own, without the on-screen side margins, laid out for the page. It
    // gets the images on show and nothing else.
    ReaderDocument copy;
    copy.setLoader([this](int type, const QUrl &name) -> QVariant {
        if (type != QTextDocument::ImageResource) {
            return {};
        }
        const QImage image
            = m_images && m_shownImages.contains(name) ? m_images->cachedImage(name, decodeWidth()) : QImage();
        return image.isNull() ? blankImage() : image;
    });
    copy.setDefaultFont(document()->defaultFont());
    copy.setDefaultStyleSheet(document()->defaultStyleSheet());
    copy.setHtml(m_html);
    copy.print(device);
}

void ReaderView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    // Colours of the welcome page and of posts (badges, code themes) come from the palette.
    if (event->type() == QEvent::PaletteChange) {
        if (m_showingWelcome) {
            showWelcome();
        } else if (m_post) {
            const int position = verticalScrollBar()->value();
            render();
            verticalScrollBar()->setValue(position);
        }
    } else if (event->type() == QEvent::FontChange) {
        updateTextWidth();
    }
}

} // namespace Herald
