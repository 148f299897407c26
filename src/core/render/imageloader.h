// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/diagnostics/result.h"

#include <QCache>
#include <QHash>
#include <QImage>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

namespace Herald {

class HttpClient;
struct HttpResponse;

/// Loads the images of a post for the reader, asynchronously, through Herald's HttpClient.
///
/// request() returns at once; the answer comes later as imageReady() or imageFailed(), never
/// from inside request() itself. What the reader shows meanwhile is the GUI's business.
///
/// - Only http(s) URLs that LinkPolicy::resourceUrl() accepts are loaded. Anything else
///   (file:, qrc:, data:, a loopback or local-network address …) fails without any network or
///   file access, the disk cache included.
/// - Downloads are capped (10 MB by default) and images by their pixel count (40 megapixels):
///   the size is read from the header before anything is decoded, and a larger image fails.
///   QImageReader's process-wide allocation limit is set to match, as a second line.
/// - PNG, JPEG, GIF (the first frame) and SVG, recognised by their first bytes, not by the
///   URL or the Content-Type; no other image plugin ever sees remote bytes. An SVG that refers
///   to anything outside itself (`<image href="file:…">`, another URL) is refused, because
///   QtSvg would read local files for it.
/// - `maxWidth` > 0 scales a wider image down while decoding (JPEG and SVG decode straight to
///   the smaller size); SVG renders at its own size otherwise.
/// - The downloaded bytes are kept on disk, one file per URL named by the SHA-1 of the URL, and
///   the oldest files by modification time go when the directory grows past its cap (64 MiB).
///   A hit refreshes the time. A cached file that no longer decodes is deleted and fetched
///   again. Cached images do not expire: an image URL of a published post does not change.
/// - Decoded images are kept in memory, bounded by their bytes (32 MiB), so opening a post
///   again is instant: see cachedImage().
/// - Requests for a URL already loading join the one fetch under way. imageReady() comes once
///   per URL and width, however many requests asked for it meanwhile; imageFailed() once per URL.
///
/// Decoding happens on this object's thread; the size checks keep it cheap.
class ImageLoader final : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 DefaultMaxBytes = 10LL * 1000 * 1000;
    static constexpr qint64 DefaultMaxPixels = 40LL * 1000 * 1000;
    static constexpr qint64 DefaultDiskCacheBytes = 64LL * 1024 * 1024;
    static constexpr qint64 DefaultMemoryCacheBytes = 32LL * 1024 * 1024;

    /// `cacheDirectory` (for instance QStandardPaths::CacheLocation + "/images") is created when
    /// the first image is stored; an empty string keeps no disk cache. `client` must outlive
    /// the loader.
    ImageLoader(HttpClient *client, const QString &cacheDirectory, QObject *parent = nullptr);
    ~ImageLoader() override;
    Q_DISABLE_COPY_MOVE(ImageLoader)

    /// Starts loading `url`, scaled down to `maxWidth` pixels when it is wider (0: as it is).
    void request(const QUrl &url, int maxWidth = 0);
    /// The decoded image when it is in the memory cache, or a null image.
    [[nodiscard]] QImage cachedImage(const QUrl &url, int maxWidth = 0) const;
    [[nodiscard]] bool isLoading(const QUrl &url) const { return m_pending.contains(url); }

    [[nodiscard]] qint64 maxBytes() const { return m_maxBytes; }
    /// Also sets QImageReader::setAllocationLimit() to what an image of that size needs.
    void setMaxPixels(qint64 pixels);
    [[nodiscard]] qint64 maxPixels() const { return m_maxPixels; }
    void setDiskCacheLimit(qint64 bytes);
    void setMemoryCacheLimit(qint64 bytes) { m_memory.setMaxCost(bytes); }
    [[nodiscard]] qint64 memoryCacheLimit() const { return m_memory.maxCost(); }

    [[nodiscard]] QString cacheDirectory() const { return m_cacheDirectory; }
    /// The bytes of the files in the disk cache.
    [[nodiscard]] qint64 diskCacheSize() const;
    /// The bytes of the decoded images in memory.
    [[nodiscard]] qint64 memoryCacheSize() const { return m_memory.totalCost(); }
    void clearMemoryCache() { m_memory.clear(); }

    /// The name of the disk cache file for `url`: the hex SHA-1 of its encoded form.
    static QString cacheFileName(const QUrl &url);

Q_SIGNALS:
    void imageReady(const QUrl &url, const QImage &image);
    void imageFailed(const QUrl &url, const QString &reason);

private:
    void start(const QUrl &url);
    void fetch(const QUrl &url);
    void onFetched(const QUrl &url, const HttpResponse &response);
    /// Decodes `bytes` for every width asked for `url`, and hands the images out.
    Result<void> deliver(const QUrl &url, const QByteArray &bytes);
    void fail(const QUrl &url, const QString &reason);
    [[nodiscard]] Result<QImage> decode(const QByteArray &bytes, int maxWidth) const;
    void store(const QUrl &url, const QByteArray &bytes);
    void evict();
    [[nodiscard]] QString cachePath(const QUrl &url) const;

    HttpClient *m_client;
    QString m_cacheDirectory;
    qint64 m_maxBytes = DefaultMaxBytes;
    qint64 m_maxPixels = DefaultMaxPixels;
    qint64 m_diskCacheLimit = DefaultDiskCacheBytes;
    QCache<QString, QImage> m_memory;
    QHash<QUrl, QList<int>> m_pending; ///< the widths asked for each URL being loaded
};

} // namespace Herald
