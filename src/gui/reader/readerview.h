// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/posts/post.h"

#include <QSet>
#include <QTextBrowser>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace Herald {

class ImageLoader;
class PostHtmlRenderer;

/// The reading pane: a QTextBrowser showing a post rendered by PostHtmlRenderer.
///
/// It never follows links or loads anything by itself. Clicks go through LinkPolicy, and
/// loadResource() is overridden so that the only resources a post can get are remote images
/// fetched by the ImageLoader, asynchronously, while remote images are on: QTextBrowser's own
/// loadResource() would read local files and qrc: resources named by the document, so it is
/// never called. An image shows a placeholder until it arrives; then the document is laid out
/// again with the text at the top of the pane kept in place.
class ReaderView final : public QTextBrowser
{
    Q_OBJECT

public:
    /// `images` may be null: then no image is ever loaded.
    explicit ReaderView(ImageLoader *images, QWidget *parent = nullptr);
    ~ReaderView() override;

    /// The page shown before any post is selected.
    void showWelcome();
    /// Renders and shows a post, scrolled to its top.
    void showPost(const Post &post);
    /// The post on show, or 0.
    [[nodiscard]] qint64 postId() const { return m_post ? m_post->id : 0; }
    /// The HTML of the post on show, exactly as it was given to the document.
    [[nodiscard]] QString renderedHtml() const { return m_html; }

    [[nodiscard]] bool remoteImages() const { return m_remoteImages; }
    /// Turns remote images on or off, and shows the post again under the new rule.
    void setRemoteImages(bool on);
    /// Images asked for and not yet arrived or failed.
    [[nodiscard]] int pendingImages() const { return int(m_pending.size()); }

    /// Zoom in steps of one point from the default size, kept between -4 and +12.
    [[nodiscard]] int zoom() const { return m_zoom; }
    void setZoom(int steps);

    /// Marks every occurrence of these search terms in the post (and in every post shown after),
    /// hyphens and spaces alike; an empty list clears the marks.
    void setSearchTerms(const QStringList &terms);
    /// How many places are marked.
    [[nodiscard]] int searchMatchCount() const { return int(extraSelections().size()); }

    /// The text of the code block at a viewport position, or nothing when there is none.
    [[nodiscard]] std::optional<QString> codeBlockAt(const QPoint &viewportPos) const;

    /// Prints the post as shown, without the on-screen side margins, to a printer or PDF.
    void printPost(QPagedPaintDevice *device) const;

    /// How an http(s) or mailto: link is handed to the system (QDesktopServices by default).
    void setUrlOpener(std::function<bool(const QUrl &)> opener) { m_openUrl = std::move(opener); }

Q_SIGNALS:
    /// A link to another Python Insider post was clicked.
    void postLinkActivated(const QString &slug);
    /// A link was not opened; `reason` says why, for the user.
    void linkRefused(const QUrl &url, const QString &reason);
    /// The last pending image arrived or failed.
    void imagesSettled();
    void zoomChanged(int steps);

protected:
    QVariant loadResource(int type, const QUrl &name) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void followLink(const QUrl &url);
    void render();
    void setDocumentHtml(const QString &html);
    void updateTextWidth();
    [[nodiscard]] int readableWidth() const;
    [[nodiscard]] int textWidth() const;
    [[nodiscard]] int decodeWidth() const;
    [[nodiscard]] QImage fitted(const QImage &image) const;
    [[nodiscard]] QImage placeholder() const;
    void onImageReady(const QUrl &url, const QImage &image);
    void onImageFailed(const QUrl &url);
    void relayoutKeepingPosition();
    void refitImages();

    ImageLoader *m_images;
    std::unique_ptr<PostHtmlRenderer> m_renderer;
    std::optional<Post> m_post;
    QString m_html;
    QStringList m_codeBlocks; ///< of the post shown, by PostHtmlRenderer::codeBlockIndex()
    bool m_showingWelcome = false;
    bool m_remoteImages = true;
    int m_zoom = 0;
    void markSearchTerms();

    QStringList m_searchTerms;
    QSet<QUrl> m_pending;
    QSet<QUrl> m_shownImages;
    QTimer m_refitTimer;
    std::function<bool(const QUrl &)> m_openUrl;
};

} // namespace Herald
