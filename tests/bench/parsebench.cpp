// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "benchmarks.h"
#include "core/feeds/feedparser.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Herald::Bench {

namespace {

QByteArray syntheticFeed(int items)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
                     "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>Synthetic</title>"
                     "<link>https://example.org/</link><description>Benchmark feed</description>\n";
    for (int i = 0; i < items; ++i) {
        const QByteArray n = QByteArray::number(i);
        xml += "<item><title>Python 3." + QByteArray::number(i % 20) + "." + n
            + " is now available &amp; ready</title>"
              "<link>https://example.org/2026/01/post-"
            + n
            + "/</link>"
              "<guid isPermaLink=\"true\">https://example.org/2026/01/post-"
            + n
            + "/</guid>"
              "<description>Release "
            + n
            + " brings many fixes. See the changelog for the details of this "
              "release, and thank the volunteers who made it.</description>"
              "<pubDate>Mon, 05 Jan 2026 00:00:00 GMT</pubDate><dc:creator>Release Manager</dc:creator>"
              "<category>releases</category></item>\n";
    }
    return xml + "</channel></rss>\n";
}

void measure(const QString &name, const QByteArray &bytes, int runs, QTextStream &out)
{
    QList<double> rates;
    qsizetype items = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        int rounds = 0;
        // At least half a second per run, so small documents are timed fairly.
        while (timer.elapsed() < 500 || rounds == 0) {
            items = FeedParser::parse(bytes, QUrl(u"https://example.org/rss.xml"_s)).items.size();
            ++rounds;
        }
        const double seconds = timer.nsecsElapsed() / 1e9;
        rates << bytes.size() * double(rounds) / seconds / (1024 * 1024);
    }
    out << QString::asprintf("%-34s %8.1f MB/s   (%.2f MB, %lld items)", qPrintable(name), median(rates),
        bytes.size() / (1024.0 * 1024.0), qlonglong(items))
        << Qt::endl;
}

} // namespace

void parseBenchmarks(const Context &context, QTextStream &out)
{
    out << Qt::endl << "== Feed parsing (FeedParser::parse, KF6 Syndication plus Herald's mapping)" << Qt::endl;
    QFile rss(context.fixtures + u"/blog.python.org/rss.xml"_s);
    if (rss.open(QIODevice::ReadOnly)) {
        measure(u"fixture rss.xml"_s, rss.readAll(), context.runs, out);
    }
    measure(u"synthetic feed, 10,000 items"_s, syntheticFeed(10000), context.runs, out);
}

} // namespace Herald::Bench
