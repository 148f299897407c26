// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/net/urlmap.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Herald::Result;
using Herald::UrlMap;

class TestUrlMap final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void maps_data();
    void maps();
    void rejectsBadRules_data();
    void rejectsBadRules();
    void readsTheEnvironment();
};

void TestUrlMap::maps_data()
{
    QTest::addColumn<QStringList>("rules");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");

    const QStringList loopback {u"https://=http://127.0.0.1:8080/"_s};
    QTest::newRow("feed") << loopback << u"https://blog.python.org/rss.xml"_s
                          << u"http://127.0.0.1:8080/blog.python.org/rss.xml"_s;
    QTest::newRow("raw markdown") << loopback
                                  << u"https://raw.githubusercontent.com/python/python-insider-blog/main/content/"
                                     u"posts/a/index.md"_s
                                  << u"http://127.0.0.1:8080/raw.githubusercontent.com/python/python-insider-blog/"
                                     u"main/content/posts/a/index.md"_s;
    QTest::newRow("query kept") << loopback << u"https://pypi.org/rss/project/x/releases.xml?a=1"_s
                                << u"http://127.0.0.1:8080/pypi.org/rss/project/x/releases.xml?a=1"_s;
    QTest::newRow("no rule matches") << loopback << u"http://example.org/feed"_s << u"http://example.org/feed"_s;
    QTest::newRow("no rules") << QStringList() << u"https://blog.python.org/"_s << u"https://blog.python.org/"_s;
    QTest::newRow("first rule wins") << QStringList {u"https://blog.python.org/=http://a/"_s, u"https://=http://b/"_s}
                                     << u"https://blog.python.org/rss.xml"_s << u"http://a/rss.xml"_s;
    QTest::newRow("mirror of one host") << QStringList {u"https://peps.python.org/api/=http://mirror.test/peps/"_s}
                                        << u"https://peps.python.org/api/release-cycle.json"_s
                                        << u"http://mirror.test/peps/release-cycle.json"_s;
    QTest::newRow("encoded characters survive")
        << loopback << u"https://blog.python.org/a%20b"_s << u"http://127.0.0.1:8080/blog.python.org/a%20b"_s;
}

void TestUrlMap::maps()
{
    QFETCH(QStringList, rules);
    QFETCH(QString, url);
    QFETCH(QString, expected);
    UrlMap map;
    for (const QString &rule : std::as_const(rules)) {
        const Result<void> added = map.addRule(rule);
        QVERIFY2(added, added ? "" : qPrintable(added.error().message()));
    }
    QCOMPARE(map.map(QUrl(url)).toString(QUrl::FullyEncoded), expected);
}

void TestUrlMap::rejectsBadRules_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("message");
    QTest::newRow("no equals sign") << u"https://"_s << u"FROM=TO"_s;
    QTest::newRow("empty from") << u"=http://x/"_s << u"FROM=TO"_s;
    QTest::newRow("empty to") << u"https://="_s << u"FROM=TO"_s;
    QTest::newRow("target without scheme") << u"https://=127.0.0.1:8080"_s << u"not a URL"_s;
}

void TestUrlMap::rejectsBadRules()
{
    QFETCH(QString, rule);
    QFETCH(QString, message);
    UrlMap map;
    const Result<void> added = map.addRule(rule);
    QVERIFY(!added);
    QVERIFY2(added.error().message().contains(message), qPrintable(added.error().message()));
    QVERIFY(map.isEmpty());
}

void TestUrlMap::readsTheEnvironment()
{
    qputenv("HERALD_URL_MAP", "https://blog.python.org/=http://a/;https://=http://b/");
    UrlMap map;
    QVERIFY(map.addRulesFromEnvironment());
    qunsetenv("HERALD_URL_MAP");
    QCOMPARE(map.rules().size(), 2);
    QCOMPARE(map.map(QUrl(u"https://peps.python.org/x"_s)).toString(), u"http://b/peps.python.org/x"_s);
}

QTEST_GUILESS_MAIN(TestUrlMap)
#include "tst_urlmap.moc"
