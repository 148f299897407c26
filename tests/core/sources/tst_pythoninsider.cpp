// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/feeds/feeditem.h"
#include "core/sources/pythoninsider.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Herald::PythonInsider;

class TestPythonInsider final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAnIndexEntry();
    void rejectsAnUnreadableIndex_data();
    void rejectsAnUnreadableIndex();
    void skipsBadEntriesAndKeepsTheRest_data();
    void skipsBadEntriesAndKeepsTheRest();
    void knowsWhereThingsLive();
    void mapsFeedItemsBySlug();
};

void TestPythonInsider::readsAnIndexEntry()
{
    const auto result = PythonInsider::parseIndex(
        R"([{"id":"python-3140-alpha-4-is-out","url":"/2025/01/python-3140-alpha-4-is-out","title":"Python 3.14.0 alpha 4 is out",
             "description":"Hello","author":"Hugo van Kemenade","date":"2025-01-14T00:00:00.000Z","tags":["releases"]}])");
    QVERIFY(result);
    QVERIFY(result->warnings.isEmpty());
    QCOMPARE(result->posts.size(), 1);
    const auto &post = result->posts.constFirst();
    QCOMPARE(post.slug, u"python-3140-alpha-4-is-out"_s);
    QCOMPARE(post.url, QUrl(u"https://blog.python.org/2025/01/python-3140-alpha-4-is-out/"_s));
    QCOMPARE(post.published, QDateTime(QDate(2025, 1, 14), QTime(0, 0), QTimeZone::UTC));
    QCOMPARE(post.tags, QStringList {u"releases"_s});
    QCOMPARE(post.bodyUrl, PythonInsider::markdownUrl(u"python-3140-alpha-4-is-out"_s));
}

void TestPythonInsider::rejectsAnUnreadableIndex_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("not JSON") << QByteArray("<html>") << u"not valid JSON"_s;
    QTest::newRow("cut short") << QByteArray(R"([{"id": "a", "title")") << u"not valid JSON"_s;
    QTest::newRow("an object") << QByteArray(R"({"posts": []})") << u"should be a JSON array"_s;
    QTest::newRow("empty") << QByteArray() << u"not valid JSON"_s;
}

void TestPythonInsider::rejectsAnUnreadableIndex()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const auto result = PythonInsider::parseIndex(json);
    QVERIFY(!result);
    QVERIFY2(result.error().message().contains(message), qPrintable(result.error().message()));
}

void TestPythonInsider::skipsBadEntriesAndKeepsTheRest_data()
{
    QTest::addColumn<QByteArray>("entry");
    QTest::addColumn<QString>("warning");
    QTest::newRow("a number") << QByteArray("42") << u"a number, not an object"_s;
    QTest::newRow("title is a number") << QByteArray(R"({"id":"x","title":5,"date":"2025-01-14T00:00:00Z"})")
                                       << u"'title' is a number, not a string"_s;
    QTest::newRow("no id") << QByteArray(R"({"title":"T","date":"2025-01-14T00:00:00Z"})")
                           << u"'id' is missing, not a string"_s;
    QTest::newRow("date not a date") << QByteArray(R"({"id":"x","title":"T","date":"yesterday"})")
                                     << u"not an ISO 8601 date"_s;
    QTest::newRow("id that climbs out of the path")
        << QByteArray(R"({"id":"../../etc","title":"T","date":"2025-01-14"})") << u"cannot be part of a URL"_s;
    QTest::newRow("id with a slash") << QByteArray(R"({"id":"a/b","title":"T","date":"2025-01-14T00:00:00Z"})")
                                     << u"cannot be part of a URL"_s;
}

void TestPythonInsider::skipsBadEntriesAndKeepsTheRest()
{
    QFETCH(QByteArray, entry);
    QFETCH(QString, warning);
    const auto result = PythonInsider::parseIndex(
        "[" + entry + R"(, {"id":"good","title":"Good","date":"2025-01-14T00:00:00.000Z","tags":"not a list"}])");
    QVERIFY(result);
    QCOMPARE(result->warnings.size(), 1);
    QVERIFY2(result->warnings.constFirst().contains(u"entry 1"_s), qPrintable(result->warnings.constFirst()));
    QVERIFY2(result->warnings.constFirst().contains(warning), qPrintable(result->warnings.constFirst()));
    QCOMPARE(result->posts.size(), 1);
    QCOMPARE(result->posts.constFirst().slug, u"good"_s);
    QVERIFY(result->posts.constFirst().tags.isEmpty());
}

void TestPythonInsider::knowsWhereThingsLive()
{
    QCOMPARE(PythonInsider::feedUrl().toString(), u"https://blog.python.org/rss.xml"_s);
    QCOMPARE(PythonInsider::indexUrl().toString(), u"https://blog.python.org/search-index.json"_s);
    QCOMPARE(PythonInsider::markdownUrl(u"a-post"_s, u"mdx").toString(),
        u"https://raw.githubusercontent.com/python/python-insider-blog/main/content/posts/a-post/index.mdx"_s);
    QCOMPARE(PythonInsider::releaseCycleUrl().toString(), u"https://peps.python.org/api/release-cycle.json"_s);
}

void TestPythonInsider::mapsFeedItemsBySlug()
{
    Herald::FeedItem item;
    item.title = u"Python 3.13.0 final"_s;
    item.link = QUrl(u"https://blog.python.org/2024/10/python-3130-final-released/"_s);
    item.author = u"Thomas Wouters"_s;
    item.categories = {u"releases"_s};
    const auto post = PythonInsider::fromFeedItem(item);
    QVERIFY(post);
    QCOMPARE(post->slug, u"python-3130-final-released"_s);
    QCOMPARE(post->bodyUrl, PythonInsider::markdownUrl(u"python-3130-final-released"_s));
    item.link = QUrl(u"https://blog.python.org/"_s);
    QVERIFY(!PythonInsider::fromFeedItem(item));
}

QTEST_GUILESS_MAIN(TestPythonInsider)
#include "tst_pythoninsider.moc"
