// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/render/imageloader.h"

#include "core/net/httpclient.h"
#include "core/net/linkpolicy.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimeZone>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

/// The cache's own files: 40 hex digits. Eviction touches nothing else, so a cache directory
/// set to the wrong place cannot cost anyone their files.
bool isCacheFileName(const QString &name)
{
    if (name.size() != 40) {
        return false;
    }
    return std::all_of(name.cbegin(), name.cend(), [](QChar c) { return c.isDigit() || (c >= u'a' && c <= u'f'); });
}

QFileInfoList cacheFiles(const QString &directory)
{
    QFileInfoList files;
    const QFileInfoList entries = QDir(directory).entryInfoList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QFileInfo &entry : entries) {
        if (isCacheFileName(entry.fileName())) {
            files.append(entry);
        }
    }
    return files;
}

/// The format of the bytes, from their signature: "png", "jpeg", "gif", "svg", or nothing.
/// Choosing the plugin here means no other one (TIFF, TGA, ICO …) ever parses remote bytes.
QByteArray sniffFormat(const QByteArray &bytes)
{
    if (bytes.startsWith("\x89PNG\r\n\x1a\n")) {
        return "png";
    }
    if (bytes.startsWith("\xff\xd8\xff")) {
        return "jpeg";
    }
    if (bytes.startsWith("GIF87a") || bytes.startsWith("GIF89a")) {
        return "gif";
    }
    // SVG is text: an XML declaration, a comment, a doctype or the <svg> element itself, with
    // <svg near the start.
    QByteArrayView head = QByteArrayView(bytes).left(4096);
    if (head.startsWith("\xef\xbb\xbf")) {
        head = head.mid(3);
    }
    head = head.trimmed();
    if (head.startsWith('<') && head.contains("<svg")) {
        return "svg";
    }
    return {};
}

/// A data: URL of a PNG, JPEG or GIF, judged by its decoded bytes, not its label: QtSvg hands
/// the payload to QImage::fromData, which sniffs it, so a nested SVG labelled image/png would
/// still be read (with the files it names), and other plugins would see remote bytes.
bool isRasterDataUrl(QStringView value)
{
    if (!value.startsWith("data:"_L1, Qt::CaseInsensitive)) {
        return false;
    }
    const qsizetype comma = value.indexOf(u',');
    if (comma < 0) {
        return false;
    }
    const QStringView header = value.mid(5, comma - 5);
    const QByteArray payload = value.mid(comma + 1).toLatin1();
    const QByteArray bytes = header.endsWith(";base64"_L1, Qt::CaseInsensitive)
        ? QByteArray::fromBase64(payload)
        : QByteArray::fromPercentEncoding(payload);
    const QByteArray format = sniffFormat(bytes);
    return format == "png" || format == "jpeg" || format == "gif";
}

/// Whether an SVG draws only from itself. QtSvg loads the file an `<image>` names, local
/// paths included, and does the same for an SVG nested in a data: URL; so anything but a
/// `#fragment` or a raster data: URL in an href is refused, and so is a DTD with entities (the
/// billion laughs) and XML that does not parse.
Result<void> isSelfContainedSvg(const QByteArray &bytes)
{
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::DTD:
            if (!xml.entityDeclarations().isEmpty()) {
                return Error(ImageLoader::tr("The SVG image declares XML entities."));
            }
            break;
        case QXmlStreamReader::StartElement:
            for (const QXmlStreamAttribute &attribute : xml.attributes()) {
                if (attribute.name() != "href"_L1) {
                    continue;
                }
                const QStringView value = attribute.value().trimmed();
                if (!value.startsWith(u'#') && !isRasterDataUrl(value)) {
                    return Error(ImageLoader::tr("The SVG image refers to something outside it (%1).")
                            .arg(value.left(80).toString()));
                }
            }
            break;
        default: break;
        }
    }
    if (xml.hasError()) {
        return Error(ImageLoader::tr("The SVG image is not valid XML: %1.").arg(xml.errorString()));
    }
    return {};
}

QString memoryKey(const QUrl &url, int maxWidth)
{
    return QString::number(maxWidth) + u' ' + url.toString(QUrl::FullyEncoded);
}

} // namespace

ImageLoader::ImageLoader(HttpClient *client, const QString &cacheDirectory, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cacheDirectory(cacheDirectory)
    , m_memory(DefaultMemoryCacheBytes)
{
    setMaxPixels(DefaultMaxPixels);
}

ImageLoader::~ImageLoader() = default;

void ImageLoader::setMaxPixels(qint64 pixels)
{
    m_maxPixels = pixels;
    // Process-wide, but Herald decodes no other large images. The pixel check in decode()
    // comes first; this limit catches a decoder that allocates more than the header said.
    // Four bytes a pixel: an image of 16 bits a channel close to the cap fails here, cleanly.
    const qint64 megabytes = pixels * 4 / (1024LL * 1024) + 1;
    QImageReader::setAllocationLimit(int(std::min<qint64>(megabytes, std::numeric_limits<int>::max())));
}

void ImageLoader::setDiskCacheLimit(qint64 bytes)
{
    m_diskCacheLimit = bytes;
    evict();
}

QString ImageLoader::cacheFileName(const QUrl &url)
{
    return QString::fromLatin1(QCryptographicHash::hash(url.toEncoded(), QCryptographicHash::Sha1).toHex());
}

QString ImageLoader::cachePath(const QUrl &url) const
{
    return m_cacheDirectory.isEmpty() ? QString() : QDir(m_cacheDirectory).filePath(cacheFileName(url));
}

qint64 ImageLoader::diskCacheSize() const
{
    if (m_cacheDirectory.isEmpty()) {
        return 0;
    }
    qint64 total = 0;
    for (const QFileInfo &file : cacheFiles(m_cacheDirectory)) {
        total += file.size();
    }
    return total;
}

QImage ImageLoader::cachedImage(const QUrl &url, int maxWidth) const
{
    const QImage *image = m_memory.object(memoryKey(url, std::max(0, maxWidth)));
    return image ? *image : QImage();
}

void ImageLoader::request(const QUrl &url, int maxWidth)
{
    const int width = std::max(0, maxWidth);
    // The policy comes first: a refused URL touches neither the network nor the disk.
    if (LinkPolicy::resourceUrl(url, QUrl(), true).isEmpty()) {
        const QString scheme = url.scheme().toLower();
        QString reason;
        if (scheme.isEmpty()) {
            reason = tr("Herald loads images only from complete http and https addresses.");
        } else if (LinkPolicy::isWebScheme(scheme)) {
            reason = tr("Herald does not load images from %1.").arg(url.host());
        } else {
            reason = tr("Herald does not load %1: images.").arg(scheme);
        }
        QMetaObject::invokeMethod(this, [this, url, reason] { Q_EMIT imageFailed(url, reason); }, Qt::QueuedConnection);
        return;
    }
    if (const QImage *image = m_memory.object(memoryKey(url, width))) {
        QMetaObject::invokeMethod(
            this, [this, url, copy = *image] { Q_EMIT imageReady(url, copy); }, Qt::QueuedConnection);
        return;
    }
    const auto pending = m_pending.find(url);
    if (pending != m_pending.end()) {
        if (!pending->contains(width)) {
            pending->append(width);
        }
        return;
    }
    m_pending.insert(url, {width});
    // Even the disk cache is read later, so that request() stays cheap and never answers
    // from inside itself.
    QMetaObject::invokeMethod(this, [this, url] { start(url); }, Qt::QueuedConnection);
}

void ImageLoader::start(const QUrl &url)
{
    if (!m_pending.contains(url)) {
        return;
    }
    const QString path = cachePath(url);
    if (!path.isEmpty()) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray bytes = file.size() <= m_maxBytes ? file.readAll() : QByteArray();
            if (!bytes.isEmpty() && deliver(url, bytes)) {
                // Recently used files are the last to be evicted.
                file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
                return;
            }
            // Truncated by a crash, written over, or from a version that cached differently.
            file.close();
            file.remove();
        }
    }
    fetch(url);
}

void ImageLoader::fetch(const QUrl &url)
{
    HttpRequest request;
    request.url = url;
    request.maxBytes = m_maxBytes;
    request.maxAttempts = 2;
    request.deadline = std::chrono::seconds(60);
    request.fromContent = true; // a post named it: never a local address, however reached
    m_client->get(request, this, [this, url](const HttpResponse &response) { onFetched(url, response); });
}

void ImageLoader::onFetched(const QUrl &url, const HttpResponse &response)
{
    if (!m_pending.contains(url)) {
        return;
    }
    if (!response.ok()) {
        fail(url, response.error);
        return;
    }
    if (response.body.isEmpty()) {
        fail(url, tr("The server sent no image."));
        return;
    }
    if (const Result<void> delivered = deliver(url, response.body); !delivered) {
        fail(url, delivered.error().message());
        return;
    }
    store(url, response.body);
}

Result<void> ImageLoader::deliver(const QUrl &url, const QByteArray &bytes)
{
    const QList<int> widths = m_pending.value(url);
    QList<std::pair<int, QImage>> images;
    for (const int width : widths) {
        Result<QImage> decoded = decode(bytes, width);
        if (!decoded) {
            return decoded.error();
        }
        images.append({width, *std::move(decoded)});
    }
    m_pending.remove(url);
    for (const auto &[width, image] : images) {
        m_memory.insert(memoryKey(url, width), new QImage(image), image.sizeInBytes());
    }
    for (const auto &[width, image] : images) {
        Q_EMIT imageReady(url, image);
    }
    return {};
}

void ImageLoader::fail(const QUrl &url, const QString &reason)
{
    m_pending.remove(url);
    Q_EMIT imageFailed(url, reason);
}

Result<QImage> ImageLoader::decode(const QByteArray &bytes, int maxWidth) const
{
    const QByteArray format = sniffFormat(bytes);
    if (format.isEmpty()) {
        return Error(tr("This is not a PNG, JPEG, GIF or SVG image."));
    }
    if (format == "svg") {
        if (Result<void> contained = isSelfContainedSvg(bytes); !contained) {
            return contained.error();
        }
    }
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, format);
    reader.setDecideFormatFromContent(false);
    reader.setAutoTransform(true);

    QSize size = reader.size();
    if (!size.isValid() || size.isEmpty()) {
        return Error(tr("The %1 image has no size Herald can read: %2")
                .arg(QString::fromLatin1(format.toUpper()), reader.errorString()));
    }
    if (qint64(size.width()) * size.height() > m_maxPixels) {
        return Error(tr("The image is %1 × %2 pixels, more than the %3 megapixels Herald shows.")
                .arg(size.width())
                .arg(size.height())
                .arg(QLocale().toString(double(m_maxPixels) / 1e6, 'g', 3)));
    }
    // An EXIF rotation of a quarter turn swaps the sides the reader reports.
    const bool turned = reader.transformation().testFlag(QImageIOHandler::TransformationRotate90);
    const int shownWidth = turned ? size.height() : size.width();
    if (maxWidth > 0 && shownWidth > maxWidth) {
        const double scale = double(maxWidth) / shownWidth;
        size = QSize(
            std::max(1, int(std::lround(size.width() * scale))), std::max(1, int(std::lround(size.height() * scale))));
        reader.setScaledSize(size);
    }
    QImage image = reader.read();
    if (image.isNull()) {
        return Error(tr("The %1 image could not be decoded: %2")
                .arg(QString::fromLatin1(format.toUpper()), reader.errorString()));
    }
    return image;
}

void ImageLoader::store(const QUrl &url, const QByteArray &bytes)
{
    if (m_cacheDirectory.isEmpty() || bytes.size() > m_diskCacheLimit) {
        return;
    }
    if (!QDir().mkpath(m_cacheDirectory)) {
        qWarning("ImageLoader: cannot create the cache directory %s", qPrintable(m_cacheDirectory));
        return;
    }
    QSaveFile file(cachePath(url));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        qWarning("ImageLoader: cannot write %s: %s", qPrintable(file.fileName()), qPrintable(file.errorString()));
        return;
    }
    evict();
}

void ImageLoader::evict()
{
    if (m_cacheDirectory.isEmpty()) {
        return;
    }
    QFileInfoList files = cacheFiles(m_cacheDirectory);
    qint64 total = 0;
    for (const QFileInfo &file : files) {
        total += file.size();
    }
    if (total <= m_diskCacheLimit) {
        return;
    }
    std::sort(files.begin(), files.end(), [](const QFileInfo &a, const QFileInfo &b) {
        return a.lastModified(QTimeZone::UTC) < b.lastModified(QTimeZone::UTC);
    });
    for (const QFileInfo &file : std::as_const(files)) {
        if (total <= m_diskCacheLimit) {
            break;
        }
        if (QFile::remove(file.filePath())) {
            total -= file.size();
        }
    }
}

} // namespace Herald
