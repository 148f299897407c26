// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// FeedDiscovery: the feeds a page names for itself, as a browser reads the page.
#include "core/feeds/feeddiscovery.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Herald::FeedDiscovery;

class TestFeedDiscovery final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsAlternateFeeds_data();
    void findsAlternateFeeds();
    void tellsPagesFromFeeds_data();
    void tellsPagesFromFeeds();
};

void TestFeedDiscovery::findsAlternateFeeds_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QStringList>("feeds");
    const QByteArray head = "<!DOCTYPE html><html><head><title>t</title>";
    QTest::newRow("RSS and Atom, relative and absolute")
        << head + R"(<link rel="alternate" type="application/rss+xml" href="/feed.xml">
            <link rel="alternate" type="application/atom+xml" href="https://other.example/atom">)"
        << QStringList {u"https://page.example/feed.xml"_s, u"https://other.example/atom"_s};
    QTest::newRow("relative to the page's directory")
        << head + R"(<link rel="alternate" type="application/atom+xml" href="releases.atom">)"
        << QStringList {u"https://page.example/blog/releases.atom"_s};
    QTest::newRow("<base href> counts") << head
            + R"(<base href="https://cdn.example/x/"><link rel="alternate" type="application/rss+xml" href="rss">)"
                                        << QStringList {u"https://cdn.example/x/rss"_s};
    QTest::newRow("rel tokens in any case and order")
        << head + R"(<link rel="ALTERNATE home" type="Application/RSS+XML; charset=utf-8" href="a.rss">)"
        << QStringList {u"https://page.example/blog/a.rss"_s};
    QTest::newRow("each feed once") << head + R"(<link rel="alternate" type="application/rss+xml" href="/f">
            <link rel="alternate" type="application/rss+xml" href="https://page.example/f#x">)"
                                    << QStringList {u"https://page.example/f"_s};
    QTest::newRow("not a feed: a stylesheet, a translation, an icon")
        << head + R"(<link rel="alternate stylesheet" type="text/css" href="/dark.css">
            <link rel="alternate" hreflang="de" href="/de/">
            <link rel="icon" type="application/rss+xml" href="/icon">)"
        << QStringList {};
    QTest::newRow("no local files, no scripts")
        << head + R"x(<link rel="alternate" type="application/rss+xml" href="file:///etc/passwd">
            <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
            <link rel="alternate" type="application/rss+xml" href="">)x"
        << QStringList {};
    QTest::newRow("a link in the body counts too")
        << QByteArray(R"(<p>x</p><link rel="alternate" type="application/atom+xml" href="/late">)")
        << QStringList {u"https://page.example/late"_s};
    QTest::newRow("not HTML at all") << QByteArray("\x00\x01\xff garbage", 12) << QStringList {};
    QTest::newRow("nested ten thousand deep")
        << QByteArray("<div>").repeated(10000) + R"(<link rel="alternate" type="application/rss+xml" href="/d">)"
        << QStringList {};
}

void TestFeedDiscovery::findsAlternateFeeds()
{
    QFETCH(QByteArray, html);
    QFETCH(QStringList, feeds);
    QStringList found;
    for (const auto &feed : FeedDiscovery::find(html, QUrl(u"https://page.example/blog/index.html"_s))) {
        found << feed.url.toString();
    }
    QCOMPARE(found, feeds);
}

void TestFeedDiscovery::tellsPagesFromFeeds_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<bool>("html");
    QTest::newRow("text/html") << QByteArray("<?xml version='1.0'?><rss/>") << QByteArray("text/html; charset=utf-8")
                               << true;
    QTest::newRow("a doctype, no type") << QByteArray("\n  <!DOCTYPE html><html>") << QByteArray() << true;
    QTest::newRow("an RSS feed") << QByteArray("<?xml version='1.0'?><rss/>") << QByteArray("application/rss+xml")
                                 << false;
    QTest::newRow("a feed served as XML")
        << QByteArray("<feed xmlns='http://www.w3.org/2005/Atom'/>") << QByteArray("application/xml") << false;
}

void TestFeedDiscovery::tellsPagesFromFeeds()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(bool, html);
    QCOMPARE(FeedDiscovery::looksLikeHtml(body, contentType), html);
}

QTEST_GUILESS_MAIN(TestFeedDiscovery)
#include "tst_feeddiscovery.moc"
