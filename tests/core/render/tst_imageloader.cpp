// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The reader's image loading against the loopback fixture server: images the test makes
// itself, served as https://images.example/… through the --url-map rewrite.
#include "core/render/imageloader.h"

#include "core/net/httpclient.h"
#include "fixtureserver.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImageWriter>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Herald::HttpClient;
using Herald::ImageLoader;
using Herald::Test::Fault;
using Herald::Test::FixtureServer;

namespace {

QByteArray encode(const QImage &image, const char *format, int quality = -1)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(quality);
    if (!writer.write(image)) {
        qWarning("cannot write %s: %s", format, qPrintable(writer.errorString()));
    }
    return bytes;
}

QImage filled(int width, int height, QColor colour)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(colour);
    return image;
}

/// Noise does not compress, so the PNG is about as large as its pixels.
QImage noise(int width, int height, quint32 seed)
{
    QImage image(width, height, QImage::Format_RGB32);
    QRandomGenerator random(seed);
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<quint32 *>(image.scanLine(y));
        for (int x = 0; x < width; ++x) {
            line[x] = random.generate() | 0xff000000u;
        }
    }
    return image;
}

quint32 crc32(QByteArrayView bytes)
{
    quint32 crc = 0xffffffffu;
    for (const char byte : bytes) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit) {
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
        }
    }
    return ~crc;
}

QByteArray bigEndian(quint32 value)
{
    const char bytes[] = {char(value >> 24), char(value >> 16), char(value >> 8), char(value)};
    return QByteArray(bytes, 4);
}

QByteArray pngChunk(const QByteArray &type, const QByteArray &data)
{
    const QByteArray typed = type + data;
    return bigEndian(quint32(data.size())) + typed + bigEndian(crc32(typed));
}

/// A valid PNG header for an image of `width` × `height` RGBA pixels, followed by one tiny
/// (and wrong) data chunk: decoding it would need gigabytes before failing.
QByteArray pngBomb(quint32 width, quint32 height)
{
    const QByteArray header = bigEndian(width) + bigEndian(height) + QByteArray("\x08\x06\x00\x00\x00", 5);
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", header)
        + pngChunk("IDAT", QByteArray("\x78\x9c\x63\x00\x00\x00\x01\x00\x01", 9)) + pngChunk("IEND", {});
}

/// A GIF of one pixel in two frames: red, then blue.
QByteArray twoFrameGif()
{
    QByteArray gif("GIF89a\x01\x00\x01\x00\x80\x00\x00", 13);
    gif += QByteArray("\xff\x00\x00\x00\x00\xff", 6); // the palette: red, blue
    const QByteArray control("\x21\xf9\x04\x00\x0a\x00\x00\x00", 8);
    const QByteArray descriptor("\x2c\x00\x00\x00\x00\x01\x00\x01\x00\x00", 10);
    // LZW with 2-bit codes: clear, the pixel's index, end.
    gif += control + descriptor + QByteArray("\x02\x02\x44\x01\x00", 5); // index 0
    gif += control + descriptor + QByteArray("\x02\x02\x4c\x01\x00", 5); // index 1
    gif += ';';
    return gif;
}

QByteArray svg(int width, int height, const QByteArray &inside = {})
{
    const QByteArray size = "width=\"" + QByteArray::number(width) + "\" height=\"" + QByteArray::number(height) + '"';
    return "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
           "xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
        + size + "><rect " + size + " fill=\"#00ff00\"/>" + inside + "</svg>\n";
}

} // namespace

class TestImageLoader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void loadsEachFormat_data();
    void loadsEachFormat();
    void scalesDownToTheMaxWidth_data();
    void scalesDownToTheMaxWidth();
    void refusesBadImages_data();
    void refusesBadImages();
    void refusesAnOversizedBody();
    void refusesHugeImagesWithoutDecodingThem();
    void refusesDisallowedUrlsWithoutTouchingAnything_data();
    void refusesDisallowedUrlsWithoutTouchingAnything();
    void answersFromTheDiskCacheOffline();
    void refetchesACorruptCachedFile();
    void evictsTheOldestFilesPastTheCap();
    void coalescesRequestsForOneUrl();
    void answersFromMemory();
    void keepsMemoryBounded();
    void answersLaterNeverDuringRequest();
    void worksWithoutADiskCache();

private:
    void publish(const QString &name, const QByteArray &bytes);
    static QUrl urlOf(const QString &name) { return QUrl(u"https://images.example/"_s + name); }
    /// Requests `name` and waits for the answer: the image, or a null image and the reason.
    std::pair<QImage, QString> load(ImageLoader &loader, const QString &name, int maxWidth = 0);
    ImageLoader *makeLoader(HttpClient *client = nullptr);

    QTemporaryDir m_served;
    QTemporaryDir m_cache;
    FixtureServer *m_server = nullptr;
    HttpClient *m_client = nullptr;
    QString m_cacheDir;
};

void TestImageLoader::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_served.isValid());
    QVERIFY(m_cache.isValid());
    QVERIFY(QDir(m_served.path()).mkpath(u"images.example"_s));
    publish(u"red.png"_s, encode(filled(40, 30, Qt::red), "png"));
    publish(u"blue.jpg"_s, encode(filled(64, 48, Qt::blue), "jpeg", 95));
    publish(u"frames.gif"_s, twoFrameGif());
    publish(u"green.svg"_s, svg(200, 100));
    publish(u"wide.png"_s, encode(filled(800, 400, Qt::red), "png"));
    publish(u"wide.jpg"_s, encode(filled(800, 400, Qt::blue), "jpeg"));
    publish(u"bomb.png"_s, pngBomb(50000, 50000));
    publish(u"garbage.png"_s, QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(500, '\x5a'));
    publish(u"text.png"_s, "<html><body>Not found</body></html>\n");
    publish(u"tiff.png"_s, QByteArray("II*\x00", 4) + QByteArray(100, '\0'));
    publish(u"empty.png"_s, {});
    publish(u"outside.svg"_s, svg(10, 10, "<image xlink:href=\"file:///etc/hosts.png\" width=\"5\" height=\"5\"/>"));
    publish(u"outside-path.svg"_s,
        svg(10, 10, "<image href=\"/usr/share/pixmaps/debian-logo.png\" width=\"5\" height=\"5\"/>"));
    publish(
        u"outside-url.svg"_s, svg(10, 10, "<image href=\"https://tracker.example/p.png\" width=\"5\" height=\"5\"/>"));
    // An SVG in a data: URL that names a local file: QtSvg reads nested SVGs' images too.
    const QByteArray nested = svg(10, 10,
        "<image href=\"../../../usr/share/pixmaps/debian-logo.png\" width=\"5\" "
        "height=\"5\"/><image href=\"/dev/zero\" width=\"5\" height=\"5\"/>");
    publish(u"nested.svg"_s,
        svg(10, 10, "<image href=\"data:image/svg+xml;base64," + nested.toBase64() + "\" width=\"5\" height=\"5\"/>"));
    publish(u"nested-plain.svg"_s,
        svg(10, 10, "<image href=\"data:image/svg+xml," + QUrl::toPercentEncoding(QString::fromUtf8(nested)) + "\"/>"));
    // The same nested SVG labelled as a PNG: QtSvg sniffs the bytes, so must Herald.
    publish(u"mislabelled.svg"_s,
        svg(10, 10, "<image href=\"data:image/png;base64," + nested.toBase64() + "\" width=\"5\" height=\"5\"/>"));
    // A raster image in a data: URL opens nothing and is drawn.
    publish(u"embedded-png.svg"_s,
        svg(10, 10,
            "<image href=\"data:image/png;base64," + encode(filled(4, 4, Qt::red), "png").toBase64()
                + "\" width=\"5\" height=\"5\"/>"));
    publish(u"entities.svg"_s,
        "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>\n"
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><text>&b;</text></svg>\n");
    publish(u"broken.svg"_s, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect");
    publish(u"huge.svg"_s, svg(100000, 100000));
}

void TestImageLoader::publish(const QString &name, const QByteArray &bytes)
{
    QFile file(m_served.filePath(u"images.example/"_s + name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

void TestImageLoader::init()
{
    m_server = new FixtureServer(this);
    m_server->addRoot(m_served.path());
    QVERIFY(m_server->listen());
    Herald::UrlMap map;
    QVERIFY(map.addRule(m_server->httpsUrlMap()));
    m_client = new HttpClient(map, this);
    m_client->setBackoffBase(20ms);
    m_cacheDir = m_cache.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u'-'
        + QString::fromLatin1(QTest::currentDataTag() ? QTest::currentDataTag() : "") + u"/images"_s);
}

void TestImageLoader::cleanup()
{
    delete m_client;
    m_client = nullptr;
    delete m_server;
    m_server = nullptr;
}

ImageLoader *TestImageLoader::makeLoader(HttpClient *client)
{
    return new ImageLoader(client ? client : m_client, m_cacheDir, this);
}

std::pair<QImage, QString> TestImageLoader::load(ImageLoader &loader, const QString &name, int maxWidth)
{
    const QUrl url = urlOf(name);
    std::optional<std::pair<QImage, QString>> result;
    QMetaObject::Connection ready
        = connect(&loader, &ImageLoader::imageReady, this, [&](const QUrl &done, const QImage &image) {
              if (done == url) {
                  result = std::pair {image, QString()};
              }
          });
    QMetaObject::Connection failed
        = connect(&loader, &ImageLoader::imageFailed, this, [&](const QUrl &done, const QString &reason) {
              if (done == url) {
                  result = std::pair {QImage(), reason};
              }
          });
    loader.request(url, maxWidth);
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000); }();
    disconnect(ready);
    disconnect(failed);
    return result.value_or(std::pair {QImage(), u"timed out"_s});
}

void TestImageLoader::loadsEachFormat_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QColor>("colour");

    QTest::newRow("png") << u"red.png"_s << QSize(40, 30) << QColor(Qt::red);
    QTest::newRow("jpeg") << u"blue.jpg"_s << QSize(64, 48) << QColor(Qt::blue);
    QTest::newRow("gif: the first frame") << u"frames.gif"_s << QSize(1, 1) << QColor(Qt::red);
    QTest::newRow("svg at its own size") << u"green.svg"_s << QSize(200, 100) << QColor(Qt::green);
    QTest::newRow("svg with a png inside") << u"embedded-png.svg"_s << QSize(10, 10) << QColor(Qt::green);
}

void TestImageLoader::loadsEachFormat()
{
    QFETCH(QString, name);
    QFETCH(QSize, size);
    QFETCH(QColor, colour);
    std::unique_ptr<ImageLoader> loader(makeLoader());
    const auto [image, reason] = load(*loader, name);
    QVERIFY2(!image.isNull(), qPrintable(reason));
    QCOMPARE(image.size(), size);
    const QColor centre = image.pixelColor(size.width() / 2, size.height() / 2);
    // JPEG is lossy; the others are exact.
    QVERIFY2(std::abs(centre.red() - colour.red()) < 8 && std::abs(centre.green() - colour.green()) < 8
            && std::abs(centre.blue() - colour.blue()) < 8,
        qPrintable(centre.name()));
    QCOMPARE(m_client->requestsSent(), 1);
    QCOMPARE(loader->cachedImage(urlOf(name)), image);
    QVERIFY(QFile::exists(QDir(m_cacheDir).filePath(ImageLoader::cacheFileName(urlOf(name)))));
}

void TestImageLoader::scalesDownToTheMaxWidth_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("maxWidth");
    QTest::addColumn<QSize>("size");

    QTest::newRow("png, wider") << u"wide.png"_s << 200 << QSize(200, 100);
    QTest::newRow("jpeg, wider") << u"wide.jpg"_s << 300 << QSize(300, 150);
    QTest::newRow("svg, wider") << u"green.svg"_s << 50 << QSize(50, 25);
    QTest::newRow("svg, narrower: its own size") << u"green.svg"_s << 1000 << QSize(200, 100);
    QTest::newRow("png, narrower") << u"red.png"_s << 1000 << QSize(40, 30);
    QTest::newRow("png, no limit") << u"wide.png"_s << 0 << QSize(800, 400);
    QTest::newRow("png, negative: no limit") << u"wide.png"_s << -5 << QSize(800, 400);
    QTest::newRow("png, one pixel") << u"wide.png"_s << 1 << QSize(1, 1);
}

void TestImageLoader::scalesDownToTheMaxWidth()
{
    QFETCH(QString, name);
    QFETCH(int, maxWidth);
    QFETCH(QSize, size);
    std::unique_ptr<ImageLoader> loader(makeLoader());
    const auto [image, reason] = load(*loader, name, maxWidth);
    QVERIFY2(!image.isNull(), qPrintable(reason));
    QCOMPARE(image.size(), size);
    QCOMPARE(loader->cachedImage(urlOf(name), maxWidth).size(), size);
}

void TestImageLoader::refusesBadImages_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("reason");

    QTest::newRow("png signature, then garbage") << u"garbage.png"_s << u"PNG"_s;
    QTest::newRow("an HTML page") << u"text.png"_s << u"not a PNG, JPEG, GIF or SVG"_s;
    QTest::newRow("TIFF: not a format Herald shows") << u"tiff.png"_s << u"not a PNG, JPEG, GIF or SVG"_s;
    QTest::newRow("empty") << u"empty.png"_s << u"no image"_s;
    QTest::newRow("missing") << u"missing.png"_s << u"404"_s;
    QTest::newRow("svg with a file image") << u"outside.svg"_s << u"file:///etc/hosts.png"_s;
    QTest::newRow("svg with a path image") << u"outside-path.svg"_s << u"/usr/share/pixmaps"_s;
    QTest::newRow("svg with a remote image") << u"outside-url.svg"_s << u"https://tracker.example"_s;
    QTest::newRow("svg with entities") << u"entities.svg"_s << u"entities"_s;
    QTest::newRow("svg nesting an svg that names files") << u"nested.svg"_s << u"data:image/svg+xml"_s;
    QTest::newRow("svg nesting a plain svg") << u"nested-plain.svg"_s << u"data:image/svg+xml"_s;
    QTest::newRow("svg nesting an svg labelled png") << u"mislabelled.svg"_s << u"data:image/png"_s;
    QTest::newRow("svg cut short") << u"broken.svg"_s << u"not valid XML"_s;
    QTest::newRow("svg too large") << u"huge.svg"_s << u"100000 × 100000"_s;
}

void TestImageLoader::refusesBadImages()
{
    QFETCH(QString, name);
    QFETCH(QString, reason);
    std::unique_ptr<ImageLoader> loader(makeLoader());
    QSignalSpy ready(loader.get(), &ImageLoader::imageReady);
    const auto [image, error] = load(*loader, name);
    QVERIFY(image.isNull());
    QVERIFY2(error.contains(reason), qPrintable(error));
    QCOMPARE(ready.count(), 0);
    QVERIFY(loader->cachedImage(urlOf(name)).isNull());
    QVERIFY(!loader->isLoading(urlOf(name)));
    // Nothing that failed is kept.
    QCOMPARE(loader->diskCacheSize(), 0);
}

void TestImageLoader::refusesAnOversizedBody()
{
    Fault oversize;
    oversize.kind = Fault::Kind::Oversize;
    oversize.bytes = 12 * 1000 * 1000;
    m_server->setFault(u"*/big.png"_s, oversize);
    std::unique_ptr<ImageLoader> loader(makeLoader());
    QCOMPARE(loader->maxBytes(), qint64(10 * 1000 * 1000));
    const auto [image, reason] = load(*loader, u"big.png"_s);
    QVERIFY(image.isNull());
    QVERIFY2(reason.contains(u"larger than the 10 MB limit"_s), qPrintable(reason));
    QVERIFY(m_client->bytesReceived() < 10 * 1000 * 1000);
    QCOMPARE(loader->diskCacheSize(), 0);
}

void TestImageLoader::refusesHugeImagesWithoutDecodingThem()
{
    std::unique_ptr<ImageLoader> loader(makeLoader());
    QCOMPARE(loader->maxPixels(), qint64(40 * 1000 * 1000));
    // Decoding would allocate 10 GB; the header alone decides.
    const auto [image, reason] = load(*loader, u"bomb.png"_s);
    QVERIFY(image.isNull());
    QVERIFY2(reason.contains(u"50000 × 50000 pixels"_s), qPrintable(reason));
    QVERIFY2(reason.contains(u"40 megapixels"_s), qPrintable(reason));

    // The cap is the loader's to set.
    loader->setMaxPixels(1000);
    const auto [small, why] = load(*loader, u"red.png"_s); // 40 × 30 = 1200 pixels
    QVERIFY(small.isNull());
    QVERIFY2(why.contains(u"40 × 30 pixels"_s), qPrintable(why));
    loader->setMaxPixels(ImageLoader::DefaultMaxPixels);
}

void TestImageLoader::refusesDisallowedUrlsWithoutTouchingAnything_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QString>("reason");

    // A real image on disk: were it read, the request would succeed.
    const QString local = m_served.filePath(u"images.example/red.png"_s);
    QTest::newRow("file") << QUrl::fromLocalFile(local) << u"file:"_s;
    QTest::newRow("FILE") << QUrl(u"FILE://"_s + local) << u"file:"_s;
    QTest::newRow("qrc") << QUrl(u"qrc:/icons/herald.svg"_s) << u"qrc:"_s;
    QTest::newRow("data") << QUrl(
        u"data:image/png;base64,"_s + QString::fromLatin1(encode(filled(2, 2, Qt::red), "png").toBase64()))
                          << u"data:"_s;
    QTest::newRow("relative") << QUrl(u"red.png"_s) << u"complete http"_s;
    QTest::newRow("custom scheme") << QUrl(u"herald://images.example/red.png"_s) << u"herald:"_s;
    QTest::newRow("the server itself, by address") << QUrl() << u"127.0.0.1"_s; // filled in below
    QTest::newRow("localhost") << QUrl(u"http://localhost/red.png"_s) << u"localhost"_s;
    QTest::newRow("empty") << QUrl() << u"complete http"_s;
}

void TestImageLoader::refusesDisallowedUrlsWithoutTouchingAnything()
{
    QFETCH(QUrl, url);
    QFETCH(QString, reason);
    if (qstrcmp(QTest::currentDataTag(), "the server itself, by address") == 0) {
        url = m_server->baseUrl().resolved(QUrl(u"images.example/red.png"_s));
    }
    std::unique_ptr<ImageLoader> loader(makeLoader());
    QSignalSpy failed(loader.get(), &ImageLoader::imageFailed);
    QSignalSpy ready(loader.get(), &ImageLoader::imageReady);
    loader->request(url);
    QCOMPARE(failed.count(), 0); // later, not from inside request()
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).toUrl(), url);
    QVERIFY2(failed.at(0).at(1).toString().contains(reason), qPrintable(failed.at(0).at(1).toString()));
    QTest::qWait(50);
    QCOMPARE(ready.count(), 0);
    QCOMPARE(m_client->requestsSent(), 0);
    QCOMPARE(m_server->requestCount(), 0);
    QVERIFY(!QFileInfo::exists(m_cacheDir)); // not even the cache directory was looked into or made
    QVERIFY(loader->cachedImage(url).isNull());
}

void TestImageLoader::answersFromTheDiskCacheOffline()
{
    {
        std::unique_ptr<ImageLoader> first(makeLoader());
        QVERIFY(!load(*first, u"blue.jpg"_s).first.isNull());
        QVERIFY(first->diskCacheSize() > 0);
    }
    QCOMPARE(m_server->requestCount(), 1);
    delete m_server; // nobody answers any more
    m_server = nullptr;

    HttpClient offline(m_client->urlMap());
    std::unique_ptr<ImageLoader> second(makeLoader(&offline));
    QVERIFY(second->cachedImage(urlOf(u"blue.jpg"_s)).isNull()); // a new loader: an empty memory
    const auto [image, reason] = load(*second, u"blue.jpg"_s, 32);
    QVERIFY2(!image.isNull(), qPrintable(reason));
    QCOMPARE(image.size(), QSize(32, 24));
    QCOMPARE(offline.requestsSent(), 0);
}

void TestImageLoader::refetchesACorruptCachedFile()
{
    const QByteArray original = encode(filled(40, 30, Qt::red), "png");
    QVERIFY(QDir().mkpath(m_cacheDir));
    const QString path = QDir(m_cacheDir).filePath(ImageLoader::cacheFileName(urlOf(u"red.png"_s)));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(original.left(original.size() / 3)); // cut short, as by a crash
    }
    std::unique_ptr<ImageLoader> loader(makeLoader());
    const auto [image, reason] = load(*loader, u"red.png"_s);
    QVERIFY2(!image.isNull(), qPrintable(reason));
    QCOMPARE(image.size(), QSize(40, 30));
    QCOMPARE(m_server->requestCount(), 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), original);
}

void TestImageLoader::evictsTheOldestFilesPastTheCap()
{
    // Six images of about 30 KB each, under a cap of 100 KB.
    QStringList names;
    for (int i = 0; i < 6; ++i) {
        names += u"noise-%1.png"_s.arg(i);
        publish(names.constLast(), encode(noise(90, 90, quint32(i + 1)), "png"));
    }
    std::unique_ptr<ImageLoader> loader(makeLoader());
    loader->setDiskCacheLimit(100 * 1000);
    for (const QString &name : std::as_const(names)) {
        const auto [image, reason] = load(*loader, name);
        QVERIFY2(!image.isNull(), qPrintable(reason));
        QVERIFY2(loader->diskCacheSize() <= 100 * 1000, qPrintable(QString::number(loader->diskCacheSize())));
        QVERIFY(QFile::exists(QDir(m_cacheDir).filePath(ImageLoader::cacheFileName(urlOf(name)))));
    }
    const QDir cache(m_cacheDir);
    QVERIFY(!QFile::exists(cache.filePath(ImageLoader::cacheFileName(urlOf(names.at(0))))));
    QVERIFY(QFile::exists(cache.filePath(ImageLoader::cacheFileName(urlOf(names.at(5))))));
    QVERIFY(QFile::exists(cache.filePath(ImageLoader::cacheFileName(urlOf(names.at(4))))));

    // A file that is not the cache's own is never evicted.
    {
        QFile stranger(cache.filePath(u"notes.txt"_s));
        QVERIFY(stranger.open(QIODevice::WriteOnly));
        stranger.write(QByteArray(200 * 1000, 'x'));
    }
    loader->setDiskCacheLimit(1);
    QCOMPARE(loader->diskCacheSize(), 0);
    QVERIFY(QFile::exists(cache.filePath(u"notes.txt"_s)));
}

void TestImageLoader::coalescesRequestsForOneUrl()
{
    Fault slow;
    slow.kind = Fault::Kind::Delay;
    slow.delayMs = 200;
    m_server->setFault(u"*/wide.png"_s, slow);
    std::unique_ptr<ImageLoader> loader(makeLoader());
    QSignalSpy ready(loader.get(), &ImageLoader::imageReady);
    const QUrl url = urlOf(u"wide.png"_s);
    loader->request(url, 100);
    loader->request(url, 100);
    QVERIFY(loader->isLoading(url));
    QTRY_COMPARE(m_client->requestsSent(), 1);
    loader->request(url, 100); // while the fetch is under way (the server waits 200 ms)
    loader->request(url, 400); // another width: the same fetch
    QTRY_COMPARE(ready.count(), 2);
    QTest::qWait(100);
    QCOMPARE(ready.count(), 2);
    QCOMPARE(m_client->requestsSent(), 1);
    QCOMPARE(m_server->requestCount(), 1);
    QSet<int> widths;
    for (const auto &arguments : std::as_const(ready)) {
        QCOMPARE(arguments.at(0).toUrl(), url);
        widths.insert(arguments.at(1).value<QImage>().width());
    }
    QCOMPARE(widths, (QSet<int> {100, 400}));
    QVERIFY(!loader->isLoading(url));
}

void TestImageLoader::answersFromMemory()
{
    std::unique_ptr<ImageLoader> loader(makeLoader());
    const QImage first = load(*loader, u"wide.png"_s).first;
    QVERIFY(!first.isNull());
    // Gone from disk and from the server, but still in memory.
    QVERIFY(QDir(m_cacheDir).removeRecursively());
    delete m_server;
    m_server = nullptr;
    const auto [again, reason] = load(*loader, u"wide.png"_s);
    QVERIFY2(!again.isNull(), qPrintable(reason));
    QCOMPARE(again, first);
    QCOMPARE(m_client->requestsSent(), 1);
}

void TestImageLoader::keepsMemoryBounded()
{
    std::unique_ptr<ImageLoader> loader(makeLoader());
    // An 800 × 400 image takes 1.28 MB decoded: two fit under 3 MB, three do not.
    loader->setMemoryCacheLimit(3 * 1000 * 1000);
    QCOMPARE(loader->memoryCacheLimit(), qint64(3 * 1000 * 1000));
    QVERIFY(!load(*loader, u"wide.png"_s).first.isNull());
    QVERIFY(!load(*loader, u"wide.jpg"_s).first.isNull());
    QCOMPARE(loader->memoryCacheSize(), qint64(2 * 800 * 400 * 4));
    QVERIFY(!load(*loader, u"wide.png"_s, 799).first.isNull());
    QVERIFY(loader->memoryCacheSize() <= 3 * 1000 * 1000);
    QVERIFY(loader->cachedImage(urlOf(u"wide.png"_s)).isNull()); // the least recently used
    QVERIFY(!loader->cachedImage(urlOf(u"wide.jpg"_s)).isNull());
    QCOMPARE(loader->cachedImage(urlOf(u"wide.png"_s), 799).width(), 799);
    loader->clearMemoryCache();
    QCOMPARE(loader->memoryCacheSize(), 0);
}

void TestImageLoader::answersLaterNeverDuringRequest()
{
    std::unique_ptr<ImageLoader> loader(makeLoader());
    QVERIFY(!load(*loader, u"red.png"_s).first.isNull());
    QSignalSpy ready(loader.get(), &ImageLoader::imageReady);
    loader->request(urlOf(u"red.png"_s)); // in memory
    QCOMPARE(ready.count(), 0);
    QTRY_COMPARE(ready.count(), 1);
}

void TestImageLoader::worksWithoutADiskCache()
{
    ImageLoader loader(m_client, QString(), this);
    const auto [image, reason] = load(loader, u"red.png"_s);
    QVERIFY2(!image.isNull(), qPrintable(reason));
    QCOMPARE(loader.diskCacheSize(), 0);
    QVERIFY(loader.cacheDirectory().isEmpty());
}

QTEST_MAIN(TestImageLoader)
#include "tst_imageloader.moc"
