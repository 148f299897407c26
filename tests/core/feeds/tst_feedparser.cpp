// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/feeds/feedparser.h"
#include "fixtureset.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;
using Herald::FeedItem;
using Herald::FeedParser;
using Herald::ParsedFeed;

class TestFeedParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEachFormat_data();
    void readsEachFormat();
    void mapsItemFields_data();
    void mapsItemFields();
    void parsesDates_data();
    void parsesDates();
    void resolvesRelativeLinks_data();
    void resolvesRelativeLinks();
    void decodesDeclaredEncodings_data();
    void decodesDeclaredEncodings();
    void reportsBadInput_data();
    void reportsBadInput();
    void recoversItemsBeforeAnXmlError_data();
    void recoversItemsBeforeAnXmlError();
    void fallsBackForMissingGuids();
    void capsHugeTitles();
    void agreesWithTheBlogsSearchIndex();

private:
    static QByteArray data(const QString &name);
    static QDateTime utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0, int ms = 0);
    static bool anyContains(const QStringList &texts, const QString &fragment);
};

QByteArray TestFeedParser::data(const QString &name)
{
    QFile file(QString::fromUtf8(HERALD_TEST_DATA) + "/feeds/"_L1 + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read test data %s", qPrintable(file.fileName()));
    }
    return file.readAll();
}

QDateTime TestFeedParser::utc(int year, int month, int day, int hour, int minute, int second, int ms)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), QTimeZone::UTC);
}

bool TestFeedParser::anyContains(const QStringList &texts, const QString &fragment)
{
    return std::any_of(texts.cbegin(), texts.cend(), [&](const QString &text) { return text.contains(fragment); });
}

void TestFeedParser::readsEachFormat_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QUrl>("link");
    QTest::addColumn<QStringList>("itemTitles");

    QTest::newRow("RSS 2.0") << u"rss20.xml"_s << u"RSS 2.0"_s << u"Herald & Friends"_s
                             << QUrl(u"https://news.example.org/"_s)
                             << QStringList {u"Python 3.13.0 & pip 24.2 are out"_s, u"Bugfix release 3.12.7 & more"_s,
                                    u"Café — is 3 < 4 > 2? \"Yes\""_s};
    QTest::newRow("RSS 1.0") << u"rss10.xml"_s << u"RSS 1.0"_s << u"RDF Site Summary"_s
                             << QUrl(u"https://rdf.example.org/"_s)
                             << QStringList {
                                    u"Python 3.11.10 security release"_s, u"Python 3.10.15 security release"_s};
    QTest::newRow("RSS 0.91") << u"rss091.xml"_s << u"RSS 0.91"_s << u"Old Style News"_s
                              << QUrl(u"http://old.example.org/"_s)
                              << QStringList {u"Python 2.0 released"_s, u"Python 1.6 released"_s};
    QTest::newRow("Atom 1.0") << u"atom10.xml"_s << u"Atom 1.0"_s << u"Atom & Eve"_s
                              << QUrl(u"https://atom.example.org/"_s)
                              << QStringList {u"Python 3.13.0 final & friends"_s, u"Only updated"_s};
}

void TestFeedParser::readsEachFormat()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(QString, title);
    QFETCH(QUrl, link);
    QFETCH(QStringList, itemTitles);

    const ParsedFeed feed = FeedParser::parse(data(file), QUrl(u"https://feeds.example.org/"_s + file));
    QVERIFY2(feed.error.isEmpty(), qPrintable(feed.error));
    QCOMPARE(feed.format, format);
    QCOMPARE(feed.title, title);
    QCOMPARE(feed.link, link);
    QStringList titles;
    for (const FeedItem &item : feed.items) {
        titles << item.title;
    }
    QCOMPARE(titles, itemTitles);
}

void TestFeedParser::mapsItemFields_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("guid");
    QTest::addColumn<QUrl>("link");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QDateTime>("published");
    QTest::addColumn<QDateTime>("updated");
    QTest::addColumn<QStringList>("categories");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("content");

    QTest::newRow("RSS 2.0: dc:creator, content:encoded, categories")
        << u"rss20.xml"_s << 0 << u"tag:news.example.org,2024:3130"_s
        << QUrl(u"https://news.example.org/2024/10/python-3130/"_s) << u"Thomas Wouters"_s << utc(2024, 10, 7, 17, 5)
        << utc(2024, 10, 7, 17, 5) << QStringList {u"releases"_s, u"python"_s} << u"The final release of 3.13."_s
        << u"<strong>final</strong>"_s;
    QTest::newRow("RSS 2.0: author with e-mail, +0200, CDATA description")
        << u"rss20.xml"_s << 1 << u"https://news.example.org/2024/10/python-3127/"_s
        << QUrl(u"https://news.example.org/2024/10/python-3127/"_s) << u"Łukasz Langa"_s << utc(2024, 10, 1, 7, 30)
        << utc(2024, 10, 1, 7, 30) << QStringList() << u"<p>Fixes &amp; security updates.</p>"_s << QString();
    QTest::newRow("RSS 2.0: no guid, \"UT\", two-digit year, atom:link ignored")
        << u"rss20.xml"_s << 2 << u"https://news.example.org/2024/10/cafe/"_s
        << QUrl(u"https://news.example.org/2024/10/cafe/"_s) << u"Hugo van Kemenade"_s << utc(2024, 10, 2, 12)
        << utc(2024, 10, 2, 12) << QStringList() << QString() << QString();
    QTest::newRow("RSS 1.0: dc:creator and dc:date")
        << u"rss10.xml"_s << 0 << u"https://rdf.example.org/one"_s << QUrl(u"https://rdf.example.org/one"_s)
        << u"Pablo Galindo Salgado"_s << utc(2024, 9, 7, 10) << utc(2024, 9, 7, 10) << QStringList()
        << u"Security fixes only."_s << QString();
    QTest::newRow("Atom 1.0: fractional seconds and offset, lowercase t and z, category label")
        << u"atom10.xml"_s << 0 << u"tag:atom.example.org,2024:3130"_s
        << QUrl(u"https://atom.example.org/posts/python-3130.html"_s) << u"Thomas Wouters"_s
        << utc(2024, 10, 7, 17, 5, 0, 123) << utc(2024, 10, 8, 9) << QStringList {u"Releases"_s, u"python"_s}
        << u"The final release."_s << u"<strong>final</strong>"_s;
    QTest::newRow("Atom 1.0: only <updated>, no seconds, feed author, xhtml summary")
        << u"atom10.xml"_s << 1 << u"tag:atom.example.org,2024:only-updated"_s
        << QUrl(u"https://elsewhere.example.org/only-updated"_s) << u"Feed Author"_s << utc(2024, 10, 1, 8)
        << utc(2024, 10, 1, 8) << QStringList() << u"xhtml</em> summary."_s << QString();
}

void TestFeedParser::mapsItemFields()
{
    QFETCH(QString, file);
    QFETCH(int, index);
    QFETCH(QString, guid);
    QFETCH(QUrl, link);
    QFETCH(QString, author);
    QFETCH(QDateTime, published);
    QFETCH(QDateTime, updated);
    QFETCH(QStringList, categories);
    QFETCH(QString, summary);
    QFETCH(QString, content);

    const ParsedFeed feed = FeedParser::parse(data(file), QUrl(u"https://feeds.example.org/"_s + file));
    QVERIFY2(feed.error.isEmpty(), qPrintable(feed.error));
    QVERIFY(index < feed.items.size());
    const FeedItem &item = feed.items.at(index);
    QCOMPARE(item.guid, guid);
    QCOMPARE(item.link, link);
    QCOMPARE(item.author, author);
    QCOMPARE(item.published, published);
    QCOMPARE(item.published.timeSpec(), Qt::UTC);
    QCOMPARE(item.updated, updated);
    QCOMPARE(item.categories, categories);
    QVERIFY2(item.summary.contains(summary), qPrintable(item.summary));
    QVERIFY2(item.content.contains(content), qPrintable(item.content));
    QCOMPARE(content.isEmpty(), item.content.isEmpty());
}

void TestFeedParser::parsesDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");

    const QDateTime noon = utc(2024, 10, 7, 12);
    QTest::newRow("RFC 822 with GMT") << u"Mon, 07 Oct 2024 12:00:00 GMT"_s << noon;
    QTest::newRow("RFC 822 with +0000") << u"Mon, 07 Oct 2024 12:00:00 +0000"_s << noon;
    QTest::newRow("RFC 822 with UT") << u"Mon, 07 Oct 2024 12:00:00 UT"_s << noon;
    QTest::newRow("RFC 822 with UTC") << u"Mon, 07 Oct 2024 12:00:00 UTC"_s << noon;
    QTest::newRow("RFC 822 with Z") << u"Mon, 07 Oct 2024 12:00:00 Z"_s << noon;
    QTest::newRow("RFC 822 with a negative offset") << u"Mon, 07 Oct 2024 08:00:00 -0400"_s << noon;
    QTest::newRow("RFC 822 with a colon in the offset") << u"Mon, 07 Oct 2024 14:00:00 +02:00"_s << noon;
    QTest::newRow("RFC 822 with EDT") << u"Mon, 07 Oct 2024 08:00:00 EDT"_s << noon;
    QTest::newRow("RFC 822 with PST") << u"Mon, 07 Oct 2024 04:00:00 PST"_s << noon;
    QTest::newRow("RFC 822 without seconds") << u"Mon, 07 Oct 2024 12:00 GMT"_s << noon;
    QTest::newRow("RFC 822 with a one-digit day") << u"Tue, 1 Oct 2024 12:00:00 GMT"_s << utc(2024, 10, 1, 12);
    QTest::newRow("RFC 822 with a lowercase month") << u"Mon, 07 oct 2024 12:00:00 GMT"_s << noon;
    QTest::newRow("RFC 822 with an uppercase month") << u"MON, 07 OCT 2024 12:00:00 GMT"_s << noon;
    QTest::newRow("RFC 822 with a full month name") << u"Monday, 07 October 2024 12:00:00 GMT"_s << noon;
    QTest::newRow("RFC 822 with a two-digit year") << u"Mon, 07 Oct 24 12:00:00 GMT"_s << noon;
    QTest::newRow("RFC 822 with a twentieth-century two-digit year")
        << u"Fri, 25 Dec 98 12:00:00 GMT"_s << utc(1998, 12, 25, 12);
    QTest::newRow("RFC 822 without the weekday") << u"07 Oct 2024 12:00:00 GMT"_s << noon;
    QTest::newRow("RFC 822 without a zone") << u"Mon, 07 Oct 2024 12:00:00"_s << noon;
    QTest::newRow("RFC 822 without a time") << u"Mon, 07 Oct 2024"_s << utc(2024, 10, 7);
    QTest::newRow("RFC 822 with a zone comment") << u"Mon, 07 Oct 2024 04:00:00 -0800 (PST)"_s << noon;
    QTest::newRow("RFC 822 with fractional seconds") << u"Mon, 07 Oct 2024 12:00:00.250 GMT"_s << noon;
    QTest::newRow("RFC 822 with surrounding whitespace") << u"\n   Mon, 07 Oct 2024 12:00:00 GMT \n"_s << noon;
    QTest::newRow("RFC 822 midnight stays midnight") << u"Sat, 22 Aug 2026 00:00:00 GMT"_s << utc(2026, 8, 22);
    QTest::newRow("RFC 3339 with Z") << u"2024-10-07T12:00:00Z"_s << noon;
    QTest::newRow("RFC 3339 with lowercase t and z") << u"2024-10-07t12:00:00z"_s << noon;
    QTest::newRow("RFC 3339 with an offset") << u"2024-10-07T14:30:00+02:30"_s << noon;
    QTest::newRow("RFC 3339 with a negative offset") << u"2024-10-07T07:00:00-05:00"_s << noon;
    QTest::newRow("RFC 3339 with fractional seconds") << u"2024-10-07T12:00:00.5Z"_s << utc(2024, 10, 7, 12, 0, 0, 500);
    QTest::newRow("RFC 3339 with microseconds") << u"2024-10-07T12:00:00.123456Z"_s << utc(2024, 10, 7, 12, 0, 0, 123);
    QTest::newRow("RFC 3339 without seconds") << u"2024-10-07T12:00Z"_s << noon;
    QTest::newRow("RFC 3339 with a space for T") << u"2024-10-07 12:00:00+00:00"_s << noon;
    QTest::newRow("RFC 3339 without a zone") << u"2024-10-07T12:00:00"_s << noon;
    QTest::newRow("RFC 3339 date only") << u"2024-10-07"_s << utc(2024, 10, 7);
    QTest::newRow("the search index's form") << u"2026-08-22T00:00:00.000Z"_s << utc(2026, 8, 22);
    QTest::newRow("empty") << QString() << QDateTime();
    QTest::newRow("words") << u"sometime last week"_s << QDateTime();
    QTest::newRow("an unknown month") << u"Mon, 07 Foo 2024 12:00:00 GMT"_s << QDateTime();
    QTest::newRow("31 February") << u"2024-02-31T12:00:00Z"_s << QDateTime();
    QTest::newRow("hour 25") << u"Mon, 07 Oct 2024 25:00:00 GMT"_s << QDateTime();
    QTest::newRow("an impossible offset") << u"2024-10-07T12:00:00+25:00"_s << QDateTime();
}

void TestFeedParser::parsesDates()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);

    const QDateTime parsed = FeedParser::parseDate(text);
    QCOMPARE(parsed, expected);
    if (expected.isValid()) {
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
    }
}

void TestFeedParser::resolvesRelativeLinks_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QUrl>("documentUrl");
    QTest::addColumn<QUrl>("feedLink");
    QTest::addColumn<QStringList>("links");

    QTest::newRow("RSS against xml:base on the channel and the item")
        << u"xmlbase-rss.xml"_s << QUrl(u"https://feeds.example.org/rss.xml"_s)
        << QUrl(u"http://base.example.org/blog/index.html"_s)
        << QStringList {u"http://base.example.org/blog/2024/post-a.html"_s,
               u"http://base.example.org/blog/archive/post-b.html"_s, u"http://base.example.org/about"_s,
               u"https://other.example.org/post-d"_s};
    QTest::newRow("RSS against the document URL, not glued to the channel link")
        << u"relative-rss.xml"_s << QUrl(u"https://www.example.com/feeds/rss.xml"_s)
        << QUrl(u"https://www.example.com/blog/"_s)
        << QStringList {u"https://www.example.com/feeds/posts/x.html"_s, u"https://www.example.com/y.html"_s};
    QTest::newRow("Atom against relative and absolute xml:base, then the document URL")
        << u"xmlbase-atom.xml"_s << QUrl(u"https://www.example.com/feeds/atom.xml"_s) << QUrl()
        << QStringList {u"https://www.example.com/feeds/news/c.html"_s, u"http://abs.example.org/d.html"_s,
               u"https://www.example.com/feeds/e.html"_s};
}

void TestFeedParser::resolvesRelativeLinks()
{
    QFETCH(QString, file);
    QFETCH(QUrl, documentUrl);
    QFETCH(QUrl, feedLink);
    QFETCH(QStringList, links);

    const ParsedFeed feed = FeedParser::parse(data(file), documentUrl);
    QVERIFY2(feed.error.isEmpty(), qPrintable(feed.error));
    QCOMPARE(feed.link, feedLink);
    QStringList actual;
    for (const FeedItem &item : feed.items) {
        actual << item.link.toString();
    }
    QCOMPARE(actual, links);
}

void TestFeedParser::decodesDeclaredEncodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("feedTitle");
    QTest::addColumn<QString>("itemTitle");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QString>("warning");

    QTest::newRow("ISO-8859-1") << data(u"latin1.xml"_s) << u"Café Müller » Neuigkeiten"_s << u"Grüße aus Köln © 2024"_s
                                << u"Jürgen Schön"_s << QString();
    QTest::newRow("Windows-1252 that says it is UTF-8")
        << data(u"windows1252-as-utf8.xml"_s) << u"Mislabelled"_s << u"“Smart quotes” and café – €5"_s << QString()
        << u"says it is UTF-8 but is not"_s;

    QByteArray utf16("\xFF\xFE", 2);
    const QString text
        = QString::fromUtf8(data(u"rss20.xml"_s)).replace("encoding=\"UTF-8\""_L1, "encoding=\"UTF-16\""_L1);
    utf16 += QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    QTest::newRow("UTF-16 with a byte order mark")
        << utf16 << u"Herald & Friends"_s << u"Python 3.13.0 & pip 24.2 are out"_s << u"Thomas Wouters"_s << QString();

    QByteArray unknown = data(u"rss091.xml"_s).replace("ISO-8859-1", "X-NO-SUCH-CHARSET");
    QTest::newRow("an unknown charset") << unknown << u"Old Style News"_s << u"Python 2.0 released"_s << QString()
                                        << u"Unknown character encoding “X-NO-SUCH-CHARSET”"_s;

    QByteArray controls = data(u"rss20.xml"_s).replace("Python 3.13.0 &amp;", "Python\x0B 3.13.0\x01 &amp;");
    QTest::newRow("control characters") << controls << u"Herald & Friends"_s << u"Python 3.13.0 & pip 24.2 are out"_s
                                        << u"Thomas Wouters"_s << u"control characters"_s;

    QTest::newRow("blank lines before the declaration")
        << QByteArray("\n\n  " + data(u"rss20.xml"_s)) << u"Herald & Friends"_s << u"Python 3.13.0 & pip 24.2 are out"_s
        << u"Thomas Wouters"_s << QString();
}

void TestFeedParser::decodesDeclaredEncodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, feedTitle);
    QFETCH(QString, itemTitle);
    QFETCH(QString, author);
    QFETCH(QString, warning);

    const ParsedFeed feed = FeedParser::parse(bytes, QUrl(u"https://feeds.example.org/feed.xml"_s));
    QVERIFY2(feed.error.isEmpty(), qPrintable(feed.error));
    QCOMPARE(feed.title, feedTitle);
    QVERIFY(!feed.items.isEmpty());
    QCOMPARE(feed.items.constFirst().title, itemTitle);
    QCOMPARE(feed.items.constFirst().author, author);
    if (warning.isEmpty()) {
        QVERIFY2(!anyContains(feed.warnings, u"encoding"_s) && !anyContains(feed.warnings, u"UTF-8"_s),
            qPrintable(feed.warnings.join(u'\n')));
    } else {
        QVERIFY2(anyContains(feed.warnings, warning), qPrintable(feed.warnings.join(u'\n')));
    }
}

void TestFeedParser::reportsBadInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QStringList>("warnings");
    QTest::addColumn<QStringList>("itemTitles");

    QTest::newRow("an empty body") << QByteArray() << u"The document is empty"_s << QStringList() << QStringList();
    QTest::newRow("only whitespace") << QByteArray(" \r\n\t\n") << u"The document is empty"_s << QStringList()
                                     << QStringList();
    QTest::newRow("an HTML page") << data(u"html-page.html"_s) << u"This is an HTML page, not a feed"_s << QStringList()
                                  << QStringList();
    QTest::newRow("an XHTML page") << QByteArray("<?xml version=\"1.0\"?>\n<!-- front page -->\n"
                                                 "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>")
                                   << u"This is an HTML page, not a feed"_s << QStringList() << QStringList();
    QTest::newRow("plain text") << QByteArray("Service Unavailable")
                                << u"The document is not well-formed XML: Start tag expected. (line 1, column 1)"_s
                                << QStringList() << QStringList();
    QTest::newRow("XML that is not a feed")
        << QByteArray("<?xml version=\"1.0\"?><catalog><book/></catalog>")
        << u"This is XML but not a feed: its root element is <catalog>"_s << QStringList() << QStringList();
    QTest::newRow("an RSS root with no channel")
        << QByteArray("<rss version=\"2.0\"></rss>") << u"KF6 Syndication could not read this RSS 2.0 document"_s
        << QStringList() << QStringList();
    QTest::newRow("duplicate guids")
        << data(u"duplicate-guids.xml"_s) << QString()
        << QStringList {u"Item 3 (“The copy”) repeats the id “same-id” of item 1; kept the first"_s}
        << QStringList {u"The first one"_s, u"A different one"_s};
    QTest::newRow("missing links and dates")
        << data(u"missing-fields.xml"_s) << QString()
        << QStringList {u"Item 1 (“No link, no date, no guid”) has no link"_s,
               u"Item 1 (“No link, no date, no guid”) has no date"_s, u"Item 3 (“No link but a guid”) has no link"_s,
               u"Item 4 (“Unreadable date”): cannot read the date “sometime last week”"_s,
               u"Item 4 (“Unreadable date”) has no date"_s}
        << QStringList {u"No link, no date, no guid"_s, u"No guid"_s, u"No link but a guid"_s, u"Unreadable date"_s};
}

void TestFeedParser::reportsBadInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    QFETCH(QStringList, warnings);
    QFETCH(QStringList, itemTitles);

    const ParsedFeed feed = FeedParser::parse(bytes, QUrl(u"https://feeds.example.org/feed.xml"_s));
    QVERIFY2(feed.error.startsWith(error), qPrintable(feed.error));
    QCOMPARE(feed.error.isEmpty(), error.isEmpty());
    QCOMPARE(feed.warnings, warnings);
    QStringList titles;
    for (const FeedItem &item : feed.items) {
        titles << item.title;
    }
    QCOMPARE(titles, itemTitles);
}

void TestFeedParser::recoversItemsBeforeAnXmlError_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QStringList>("itemTitles");

    QTest::newRow("RSS cut off in the fourth item")
        << data(u"truncated.xml"_s)
        << u"The feed is not well-formed XML: Premature end of document. (line 29, column 27). Items read before it: 3"_s
        << QStringList {u"Python 3.13.0 is out"_s, u"Python 3.12.7 is out 🐍"_s, u"Łukasz's notes on 3.11"_s};

    const QByteArray atom = data(u"atom10.xml"_s);
    QTest::newRow("Atom cut off in the second entry")
        << atom.first(atom.indexOf("<title>Only updated"))
        << u"The feed is not well-formed XML: Premature end of document. (line 22, column 4). Items read before it: 1"_s
        << QStringList {u"Python 3.13.0 final & friends"_s};

    QByteArray entity = data(u"rss20.xml"_s).replace("<author>rm@example.org", "<author>rm@example.org&nbsp;");
    QTest::newRow("an undeclared entity in the second item")
        << entity
        << u"The feed is not well-formed XML: Entity 'nbsp' not declared. (line 27, column 34). Items read before it: 1"_s
        << QStringList {u"Python 3.13.0 & pip 24.2 are out"_s};

    const QByteArray rss = data(u"rss20.xml"_s);
    QTest::newRow("broken before the first item")
        << rss.first(rss.indexOf("<item>")) + "<item><title>a</titel>"
        << u"The feed is not well-formed XML: Opening and ending tag mismatch. (line 11, column 26). Items read before it: 0"_s
        << QStringList();
    QTest::newRow("cut off inside the root element's start tag")
        << rss.first(200) << u"The document is not well-formed XML: Premature end of document. (line 5, column 31)"_s
        << QStringList();
}

void TestFeedParser::recoversItemsBeforeAnXmlError()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    QFETCH(QStringList, itemTitles);

    const ParsedFeed feed = FeedParser::parse(bytes, QUrl(u"https://feeds.example.org/feed.xml"_s));
    QVERIFY2(feed.error.startsWith(error), qPrintable(feed.error));
    QStringList titles;
    for (const FeedItem &item : feed.items) {
        titles << item.title;
        QVERIFY(item.link.isValid());
        QVERIFY(item.published.isValid());
    }
    QCOMPARE(titles, itemTitles);
}

void TestFeedParser::fallsBackForMissingGuids()
{
    const QByteArray bytes = data(u"missing-fields.xml"_s);
    const ParsedFeed feed = FeedParser::parse(bytes, QUrl(u"https://missing.example.org/rss.xml"_s));
    QCOMPARE(feed.items.size(), 4);

    const FeedItem &bare = feed.items.at(0);
    QVERIFY(bare.link.isEmpty());
    QVERIFY(!bare.published.isValid());
    QVERIFY2(bare.guid.startsWith("hash:"_L1), qPrintable(bare.guid));
    QCOMPARE(FeedParser::parse(bytes, QUrl()).items.at(0).guid, bare.guid);

    QCOMPARE(feed.items.at(1).guid, u"https://missing.example.org/no-guid"_s);
    QCOMPARE(feed.items.at(2).guid, u"kept-guid"_s);
    QVERIFY(feed.items.at(2).link.isEmpty());

    // The same title on another date is another item.
    const QByteArray redated = QByteArray(bytes).replace("<title>No link, no date, no guid</title>",
        "<title>No link, no date, no guid</title><pubDate>Wed, 02 Oct 2024 10:00:00 GMT</pubDate>");
    QVERIFY(FeedParser::parse(redated, QUrl()).items.at(0).guid != bare.guid);
}

void TestFeedParser::capsHugeTitles()
{
    const QByteArray huge(10 * 1024 * 1024, 'x');
    QByteArray bytes = data(u"rss20.xml"_s);
    bytes.replace("Python 3.13.0 &amp; pip 24.2 are out", huge);
    bytes.replace("<title>Herald &amp; Friends</title>", QByteArray("<title>" + huge + "</title>"));

    const ParsedFeed feed = FeedParser::parse(bytes, QUrl(u"https://feeds.example.org/feed.xml"_s));
    QVERIFY2(feed.error.isEmpty(), qPrintable(feed.error));
    QCOMPARE(feed.title.size(), FeedParser::MaxTitleLength);
    QCOMPARE(feed.items.size(), 3);
    QCOMPARE(feed.items.at(0).title.size(), FeedParser::MaxTitleLength);
    QVERIFY(feed.items.at(0).title.endsWith(u'…'));
    QCOMPARE(feed.items.at(1).title, u"Bugfix release 3.12.7 & more"_s);
    QCOMPARE(feed.warnings,
        QStringList({u"The feed has a title of 10485760 characters; cut to 2000"_s,
            u"Item 1 has a title of 10485760 characters; cut to 2000"_s}));
}

void TestFeedParser::agreesWithTheBlogsSearchIndex()
{
    const Herald::Test::FixtureSet set = Herald::Test::fixtureSet();
    const QString &fixtures = set.directory;
    QFile rss(fixtures + "/blog.python.org/rss.xml"_L1);
    QFile index(fixtures + "/blog.python.org/search-index.json"_L1);
    QVERIFY2(rss.open(QIODevice::ReadOnly), qPrintable(rss.fileName()));
    QVERIFY2(index.open(QIODevice::ReadOnly), qPrintable(index.fileName()));

    QHash<QString, QJsonObject> posts;
    const QJsonArray entries = QJsonDocument::fromJson(index.readAll()).array();
    for (const QJsonValue &entry : entries) {
        posts.insert(entry[u"url"_s].toString(), entry.toObject());
    }
    QCOMPARE(posts.size(), set.pick(18, 327));

    const ParsedFeed feed = FeedParser::parse(rss.readAll(), QUrl(u"https://blog.python.org/rss.xml"_s));
    QVERIFY2(feed.error.isEmpty(), qPrintable(feed.error));
    QVERIFY2(feed.warnings.isEmpty(), qPrintable(feed.warnings.join(u'\n')));
    QCOMPARE(feed.format, u"RSS 2.0"_s);
    QCOMPARE(feed.title, u"Python Insider"_s);
    QCOMPARE(feed.items.size(), set.pick(10, 50)); // the newest posts only
    for (const FeedItem &item : feed.items) {
        QCOMPARE(item.link.host(), u"blog.python.org"_s);
        QString path = item.link.path();
        path.chop(path.endsWith(u'/') ? 1 : 0);
        QVERIFY2(posts.contains(path), qPrintable(path));
        const QJsonObject post = posts.value(path);
        QCOMPARE(item.title, post[u"title"_s].toString());
        QCOMPARE(item.author, post[u"author"_s].toString());
        QCOMPARE(item.published, QDateTime::fromString(post[u"date"_s].toString(), Qt::ISODateWithMs));
        QCOMPARE(item.guid, item.link.toString());
    }
}

QTEST_GUILESS_MAIN(TestFeedParser)
#include "tst_feedparser.moc"
