// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Feeds as real publishers write them. Each row is a small document written from the
// format's specification (RSS 2.0, RSS 1.0 with its Dublin Core and content modules, Atom 0.3
// and Atom 1.0 (RFC 4287), the iTunes podcast tags) and checks one field of its first item.
#include "core/feeds/feedparser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Herald::FeedItem;
using Herald::FeedParser;
using Herald::ParsedFeed;

namespace {

const QUrl documentUrl(u"https://feeds.example.org/news/feed.xml"_s);

QByteArray rss(const QByteArray &item, const QByteArray &namespaces = {})
{
    return "<?xml version=\"1.0\"?>\n<rss version=\"2.0\" " + namespaces
        + "><channel><title>News</title><link>https://feeds.example.org/</link>"
          "<description>d</description><item>"
        + item + "</item></channel></rss>";
}

QByteArray atom(const QByteArray &entry, const QByteArray &feedAttributes = {})
{
    return "<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" " + feedAttributes
        + "><title>News</title><id>urn:feed</id><updated>2026-01-02T03:04:05Z</updated><entry><id>urn:e1</id>"
          "<updated>2026-01-02T03:04:05Z</updated>"
        + entry + "</entry></feed>";
}

QByteArray atom03(const QByteArray &entry, const QByteArray &ns = "http://purl.org/atom/ns#")
{
    return "<?xml version=\"1.0\"?>\n<feed version=\"0.3\" xmlns=\"" + ns
        + "\"><title>News</title><modified>2026-01-02T03:04:05Z</modified><entry><id>urn:e1</id>"
          "<issued>2026-01-02T03:04:05Z</issued><modified>2026-01-02T03:04:05Z</modified>"
        + entry + "</entry></feed>";
}

QString field(const FeedItem &item, const QString &name)
{
    if (name == "title"_L1) {
        return item.title;
    }
    if (name == "link"_L1) {
        return item.link.toString();
    }
    if (name == "author"_L1) {
        return item.author;
    }
    if (name == "content"_L1) {
        return item.content;
    }
    if (name == "summary"_L1) {
        return item.summary;
    }
    qFatal("no field %s", qPrintable(name));
}

} // namespace

class TestFeedRealWorld final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheFieldAsMeant_data();
    void readsTheFieldAsMeant();
    void resolvesAgainstTheGivenBase();
};

void TestFeedRealWorld::readsTheFieldAsMeant_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");

    // Titles: plain text as the author meant it.
    QTest::newRow("RSS escaped tag name stays literal")
        << rss("<title>History of the &lt;blink&gt; tag</title><guid>g</guid>") << u"title"_s
        << u"History of the <blink> tag"_s;
    QTest::newRow("RSS CDATA tag name stays literal")
        << rss("<title><![CDATA[Why <marquee> died]]></title><guid>g</guid>") << u"title"_s << u"Why <marquee> died"_s;
    QTest::newRow("RSS inline markup becomes text")
        << rss("<title>Python &lt;b&gt;3.14&lt;/b&gt; is out</title><guid>g</guid>") << u"title"_s
        << u"Python 3.14 is out"_s;
    QTest::newRow("RSS script text never reaches the title")
        << rss("<title>&lt;script&gt;alert('x')&lt;/script&gt;Release 2.0</title><guid>g</guid>") << u"title"_s
        << u"Release 2.0"_s;
    QTest::newRow("RSS style text never reaches the title")
        << rss("<title>&lt;style&gt;b{color:red}&lt;/style&gt;&lt;b&gt;Release&lt;/b&gt; 2.1</title><guid>g</guid>")
        << u"title"_s << u"Release 2.1"_s;
    QTest::newRow("Atom text title stays literal")
        << atom("<title type=\"text\">History of the &lt;blink&gt; tag</title>") << u"title"_s
        << u"History of the <blink> tag"_s;
    QTest::newRow("Atom html title becomes text")
        << atom("<title type=\"html\">&lt;em&gt;Django&lt;/em&gt; 5.2 &amp;amp; more</title>") << u"title"_s
        << u"Django 5.2 & more"_s;
    QTest::newRow("Atom html title drops script text")
        << atom("<title type=\"html\">&lt;script&gt;steal()&lt;/script&gt;v1.0</title>") << u"title"_s << u"v1.0"_s;
    QTest::newRow("Atom xhtml title") << atom(
        "<title type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">Numpy <b>2.3</b></div></title>")
                                      << u"title"_s << u"Numpy 2.3"_s;
    QTest::newRow("RSS 1.0 dc:title") << QByteArray(
        "<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
        "xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
        "<channel rdf:about=\"https://feeds.example.org/\"><title>N</title>"
        "<link>https://feeds.example.org/</link><description>d</description></channel>"
        "<item rdf:about=\"https://feeds.example.org/a\"><dc:title>From Dublin Core</dc:title>"
        "<link>https://feeds.example.org/a</link></item></rdf:RDF>")
                                      << u"title"_s << u"From Dublin Core"_s;
    QTest::newRow("RSS 1.0 dc:title, not the text input's")
        << QByteArray("<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
                      "xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                      "<channel rdf:about=\"https://feeds.example.org/\"><title>N</title>"
                      "<link>https://feeds.example.org/</link><description>d</description></channel>"
                      "<item rdf:about=\"https://feeds.example.org/a\"><dc:title>The item</dc:title>"
                      "<dc:source><rdf:Description><dc:title>Its source</dc:title></rdf:Description></dc:source>"
                      "<link>https://feeds.example.org/a</link></item>"
                      "<textinput rdf:about=\"https://feeds.example.org/a\"><dc:title>Search</dc:title>"
                      "<link>https://feeds.example.org/s</link></textinput></rdf:RDF>")
        << u"title"_s << u"The item"_s;
    QTest::newRow("RSS 2.0 dc:title without title")
        << rss("<dc:title>Only Dublin Core</dc:title><guid>g</guid>", "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
        << u"title"_s << u"Only Dublin Core"_s;

    // Authors.
    QTest::newRow("dc:creator") << rss(
        "<title>t</title><dc:creator>Łukasz Langa</dc:creator>", "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
                                << u"author"_s << u"Łukasz Langa"_s;
    QTest::newRow("itunes:author") << rss("<title>t</title><itunes:author>Core Devs</itunes:author>",
        "xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\"")
                                   << u"author"_s << u"Core Devs"_s;
    QTest::newRow("RSS author email (name)")
        << rss("<title>t</title><author>hugo@example.org (Hugo van Kemenade)</author>") << u"author"_s
        << u"Hugo van Kemenade"_s;
    QTest::newRow("Atom author name with email")
        << atom("<title>t</title><author><name>Thomas Wouters</name><email>t@example.org</email></author>")
        << u"author"_s << u"Thomas Wouters"_s;

    // Namespaces.
    QTest::newRow("RSS 2.0 in a default namespace") << QByteArray(
        "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns=\"http://backend.userland.com/rss2\">"
        "<channel><title>N</title><link>https://feeds.example.org/</link><description>d</description>"
        "<item><title>Namespaced item</title><link>https://feeds.example.org/n</link></item>"
        "</channel></rss>") << u"title"_s << u"Namespaced item"_s;
    QTest::newRow("Atom 0.3") << atom03("<title>Old Atom</title><link rel=\"alternate\" href=\"/old\"/>") << u"title"_s
                              << u"Old Atom"_s;
    QTest::newRow("Atom 0.3 link") << atom03("<title>Old Atom</title><link rel=\"alternate\" href=\"/old\"/>")
                                   << u"link"_s << u"https://feeds.example.org/old"_s;
    QTest::newRow("Atom 0.3 namespace with a trailing variant")
        << atom03("<title>Variant</title>", "http://purl.org/atom/ns#draft-ietf-atompub-format-07") << u"title"_s
        << u"Variant"_s;

    // Content.
    QTest::newRow("Atom html content") << atom(
        "<title>t</title><content type=\"html\">&lt;p&gt;Hello &lt;code&gt;x&lt;/code&gt;&lt;/p&gt;</content>")
                                       << u"content"_s << u"<p>Hello <code>x</code></p>"_s;
    QTest::newRow("Atom xhtml content loses its wrapper div") << atom(
        "<title>t</title><content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Inline "
        "<em>XHTML</em></p></div></content>") << u"content"_s << u"<p>Inline <em>XHTML</em></p>"_s;
    QTest::newRow("Atom text content is escaped")
        << atom("<title>t</title><content type=\"text\">a &lt; b</content>") << u"content"_s << u"a &lt; b"_s;
    QTest::newRow("Atom 0.3 base64 content") << atom03("<title>t</title><content type=\"text/html\" mode=\"base64\">"
                                                       "PHA+QmFzZSA2NCA8Yj5ib2R5PC9iPjwvcD4=</content>")
                                             << u"content"_s << u"<p>Base 64 <b>body</b></p>"_s;
    QTest::newRow("Atom 0.3 escaped content")
        << atom03("<title>t</title><content type=\"text/html\" mode=\"escaped\">&lt;p&gt;Escaped&lt;/p&gt;</content>")
        << u"content"_s << u"<p>Escaped</p>"_s;
    QTest::newRow("Atom 0.3 escaped plain text stays text")
        << atom03("<title>t</title><content type=\"text/plain\" mode=\"escaped\">a &lt;b&gt; c</content>")
        << u"content"_s << u"a &lt;b&gt; c"_s;
    QTest::newRow("RSS content:encoded") << rss(
        "<title>t</title><description>Short</description><content:encoded><![CDATA[<p>Long <i>form</i></p>]]>"
        "</content:encoded>",
        "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"")
                                         << u"content"_s << u"<p>Long <i>form</i></p>"_s;

    // Links.
    QTest::newRow("RSS relative link against the document") << rss("<title>t</title><link>../posts/1.html</link>")
                                                            << u"link"_s << u"https://feeds.example.org/posts/1.html"_s;
    QTest::newRow("RSS relative link against xml:base")
        << rss("<title>t</title><link xml:base=\"https://www.example.org/blog/\">p/2.html</link>") << u"link"_s
        << u"https://www.example.org/blog/p/2.html"_s;
    QTest::newRow("Atom link against the entry's xml:base")
        << atom("<title>t</title><link href=\"3.html\"/>", "xml:base=\"https://atom.example.org/en/\"") << u"link"_s
        << u"https://atom.example.org/en/3.html"_s;
}

void TestFeedRealWorld::readsTheFieldAsMeant()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, field);
    QFETCH(QString, expected);

    const ParsedFeed feed = FeedParser::parse(document, documentUrl);
    QVERIFY2(feed.error.isEmpty(), qPrintable(feed.error));
    QCOMPARE(feed.items.size(), 1);
    QCOMPARE(::field(feed.items.constFirst(), field).trimmed(), expected);
}

void TestFeedRealWorld::resolvesAgainstTheGivenBase()
{
    // A caller that learnt a better base (a redirect's target, Content-Location) passes it.
    const ParsedFeed feed
        = FeedParser::parse(rss("<title>t</title><link>item/4</link>"), QUrl(u"https://moved.example.org/v2/"_s));
    QCOMPARE(feed.items.size(), 1);
    QCOMPARE(feed.items.constFirst().link, QUrl(u"https://moved.example.org/v2/item/4"_s));
}

QTEST_GUILESS_MAIN(TestFeedRealWorld)
#include "tst_feedrealworld.moc"
