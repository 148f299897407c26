// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/notify/notificationrules.h"
#include "core/notify/releasenotice.h"
#include "core/releases/lifecycle.h"
#include "core/releases/releaseextractor.h"

#include "../releases/fixtureposts.h"
#include "englishplurals.h"
#include "fixtureset.h"

#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using Herald::Lifecycle;
using Herald::NewItem;
using Herald::NotificationRules;
using Herald::Post;
using Herald::ReleaseExtractor;
using Herald::ReleaseNotice;
using Mode = Herald::NotificationRules::Mode;

class TestReleaseNotice final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void titlesReleases_data();
    void titlesReleases();
    void joinsLists_data();
    void joinsLists();
    void shortensDescriptions_data();
    void shortensDescriptions();
    void oneReleasePost();
    void oneSecurityReleasePost();
    void oneOtherPost();
    void groupsOneSync_data();
    void groupsOneSync();
    void nothingLetThroughIsNoNotice();
    void summarisesTheFirstImport();

private:
    /// The fixture post with this slug, with the index's description and tags.
    Post fixturePost(const QString &slug) const;

    Herald::Test::EnglishPlurals m_plurals;
    Herald::Test::FixtureSet m_set;
    QList<Post> m_posts; ///< the fixture archive, newest first
    Lifecycle m_lifecycle;
};

void TestReleaseNotice::initTestCase()
{
    QVERIFY(QCoreApplication::installTranslator(&m_plurals));
    m_set = Herald::Test::fixtureSet();
    m_posts = Herald::Test::fixturePosts(m_set.directory);
    QCOMPARE(m_posts.size(), m_set.pick(18, 327));
    // fixturePosts() reads what the timeline needs; notices also show descriptions and tags.
    const QJsonArray index = QJsonDocument::fromJson(
        Herald::Test::fixtureDocument(m_set.directory, u"/blog.python.org/search-index.json"_s))
                                 .array();
    QCOMPARE(index.size(), m_posts.size());
    for (qsizetype i = 0; i < index.size(); ++i) {
        const QJsonObject entry = index.at(i).toObject();
        m_posts[i].meta.description = entry.value("description"_L1).toString();
        m_posts[i].meta.tags = entry.value("tags"_L1).toVariant().toStringList();
    }
    m_lifecycle = Herald::Test::fixtureLifecycle(m_set.directory);
}

void TestReleaseNotice::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_plurals);
}

Post TestReleaseNotice::fixturePost(const QString &slug) const
{
    for (const Post &post : m_posts) {
        if (post.meta.slug == slug) {
            return post;
        }
    }
    return {};
}

void TestReleaseNotice::titlesReleases_data()
{
    QTest::addColumn<QString>("postTitle");
    QTest::addColumn<QString>("title");

    QTest::newRow("one") << u"Python 3.14.5 is out!"_s << u"Python 3.14.5 released"_s;
    QTest::newRow("two") << u"Python 3.14.7 and 3.13.15 are now available!"_s
                         << u"Python 3.14.7 and 3.13.15 released"_s;
    QTest::newRow("three") << u"Python 3.12.14, 3.11.16 and 3.10.21 are now available!"_s
                           << u"Python 3.12.14, 3.11.16 and 3.10.21 released"_s;
    QTest::newRow("four") << u"Python 3.12.12, 3.11.14, 3.10.19 and 3.9.24 are now available!"_s
                          << u"Python 3.12.12, 3.11.14, 3.10.19 and 3.9.24 released"_s;
    QTest::newRow("pre-release beside finals")
        << u"Python 3.15.0a8, 3.14.4 and 3.13.13 are out!"_s << u"Python 3.15.0a8, 3.14.4 and 3.13.13 released"_s;
    QTest::newRow("alpha in words") << u"Python 3.15.0 alpha 2"_s << u"Python 3.15.0a2 released"_s;
    QTest::newRow("candidate in words") << u"Python 3.15.0 candidate 1 is here!"_s << u"Python 3.15.0rc1 released"_s;
    QTest::newRow("a series' alpha") << u"Python 3.3 Alpha 4 Released"_s << u"Python 3.3.0a4 released"_s;
    QTest::newRow("named twice") << u"Python 3.12.4 released: get 3.12.4 now"_s << u"Python 3.12.4 released"_s;
    QTest::newRow("another implementation") << u"IronPython 2.7.5 released"_s << u"IronPython 2.7.5 released"_s;
    QTest::newRow("two implementations") << u"Jython 2.7.0 and Python 3.4.3 released"_s
                                         << u"Jython 2.7.0 and Python 3.4.3 released"_s;
}

void TestReleaseNotice::titlesReleases()
{
    QFETCH(QString, postTitle);
    QFETCH(QString, title);
    QCOMPARE(ReleaseNotice::releaseTitle(ReleaseExtractor::extractFromText(postTitle)), title);
}

void TestReleaseNotice::joinsLists_data()
{
    QTest::addColumn<QStringList>("items");
    QTest::addColumn<QString>("joined");
    QTest::newRow("none") << QStringList() << QString();
    QTest::newRow("one") << QStringList {u"a"_s} << u"a"_s;
    QTest::newRow("two") << QStringList {u"a"_s, u"b"_s} << u"a and b"_s;
    QTest::newRow("three") << QStringList {u"a"_s, u"b"_s, u"c"_s} << u"a, b and c"_s;
    QTest::newRow("percent signs stay") << QStringList {u"%1"_s, u"%2"_s} << u"%1 and %2"_s;
}

void TestReleaseNotice::joinsLists()
{
    QFETCH(QStringList, items);
    QFETCH(QString, joined);
    QCOMPARE(ReleaseNotice::joinList(items), joined);
}

void TestReleaseNotice::shortensDescriptions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shortened");

    const QString sentence
        = u"Python 3.14.7 is the seventh maintenance release of 3.14, containing around 180 bugfixes, "
          u"build improvements and documentation changes since 3.14.6. "_s;
    QTest::newRow("short") << u"A pair of bug fix releases await your upgrade."_s
                           << u"A pair of bug fix releases await your upgrade."_s;
    QTest::newRow("spaces and lines") << u"  Get those\n wheels   rolling!  "_s << u"Get those wheels rolling!"_s;
    QTest::newRow("Markdown link")
        << u"[Python Releases Eclipse Your Security!](https://discuss.python.org/t/108537) New security releases."_s
        << u"Python Releases Eclipse Your Security! New security releases."_s;
    QTest::newRow("emphasis and code") << u"**Do** upgrade `pip`"_s << u"Do upgrade pip"_s;
    // The 200th character is a space after "release of": the cut is right there.
    QTest::newRow("long") << sentence + sentence
                          << QString(sentence + u"Python 3.14.7 is the seventh maintenance release of"_s).simplified()
            + u"…"_s;
    // The 200th character is inside a word: the cut is before it, and the comma goes.
    QTest::newRow("cut inside a word") << QString(190, u'a') + u" bb, cccccccccccc dd"_s
                                       << QString(190, u'a') + u" bb…"_s;
    QTest::newRow("exactly the limit") << QString(200, u'a') << QString(200, u'a');
    QTest::newRow("one long word") << QString(250, u'a') << QString(200, u'a') + u"…"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestReleaseNotice::shortensDescriptions()
{
    QFETCH(QString, text);
    QFETCH(QString, shortened);
    const QString result = ReleaseNotice::shortened(text);
    QCOMPARE(result, shortened);
    QVERIFY(result.size() <= ReleaseNotice::maxTextLength + 1);
}

void TestReleaseNotice::oneReleasePost()
{
    const Post post = fixturePost(u"python-3147-31315"_s);
    QVERIFY(post.id > 0);
    const auto notice = ReleaseNotice::build({post}, NotificationRules(), m_lifecycle);
    QVERIFY(notice);
    QCOMPARE(notice->eventId, ReleaseNotice::newReleaseEvent());
    QCOMPARE(notice->title, u"Python 3.14.7 and 3.13.15 released"_s);
    QCOMPARE(notice->text,
        m_set.pick(u"Two bug fix releases for the current series, with about three hundred fixes between them."_s,
            u"A pair of bug fix releases await your upgrade."_s));
    QCOMPARE(notice->postIds, QList<qint64> {post.id});
}

void TestReleaseNotice::oneSecurityReleasePost()
{
    // 3.12, 3.11 and 3.10 are all in security status in the fixtures' lifecycle data.
    const Post post = fixturePost(u"python-31214-31116-31021"_s);
    NotificationRules rules;
    rules.mode = Mode::SecurityReleases;
    const auto notice = ReleaseNotice::build({post}, rules, m_lifecycle);
    QVERIFY(notice);
    QCOMPARE(notice->eventId, ReleaseNotice::securityReleaseEvent());
    QCOMPARE(notice->title, u"Python 3.12.14, 3.11.16 and 3.10.21 released"_s);
    QCOMPARE(notice->text,
        m_set.pick(u"Security fixes only: three releases close the holes reported since March. Upgrade when you can."_s,
            u"Python Releases Eclipse Your Security! New security releases for 3.10, 3.11 and 3.12 are now available."_s));
}

void TestReleaseNotice::oneOtherPost()
{
    Post post;
    post.id = 7;
    post.meta.title = u"The Python Insider Blog Has Moved!"_s;
    post.meta.description = u"Python Insider now lives at blog.python.org."_s;
    NotificationRules rules;
    rules.mode = Mode::AllPosts;
    const auto notice = ReleaseNotice::build({post}, rules, Lifecycle());
    QVERIFY(notice);
    QCOMPARE(notice->eventId, ReleaseNotice::newPostEvent());
    QCOMPARE(notice->title, post.meta.title);
    QCOMPARE(notice->text, post.meta.description);
    QCOMPARE(notice->postIds, QList<qint64> {7});
}

void TestReleaseNotice::groupsOneSync_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("eventId");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("lines");

    const QString security = u"Python 3.12.14, 3.11.16 and 3.10.21 are now available!"_s;
    const QString bugfix = u"Python 3.14.7 and 3.13.15 are now available!"_s;
    if (!m_set.snapshot) {
        // The ten newest posts of the archive arrive in one sync: seven release posts (one of
        // them security releases, three of them pre-releases only), three others.
        QTest::newRow("releases") << int(Mode::Releases) << ReleaseNotice::securityReleaseEvent()
                                  << u"7 new Python releases"_s
                                  << QStringList {security, bugfix, u"Python 3.15.0 candidate 1 is here!"_s,
                                         u"Python 3.15.0 beta 4 is here!"_s, u"and 3 more"_s};
        QTest::newRow("final releases") << int(Mode::FinalReleases) << ReleaseNotice::securityReleaseEvent()
                                        << u"4 new Python releases"_s
                                        << QStringList {security, bugfix,
                                               u"Python 3.14.6 and 3.13.14 are now available!"_s,
                                               u"Python 3.14.5 is out!"_s};
        QTest::newRow("all posts") << int(Mode::AllPosts) << ReleaseNotice::securityReleaseEvent() << u"10 new posts"_s
                                   << QStringList {u"Notes from the summer core sprint"_s, security, bugfix,
                                          u"Python 3.15.0 candidate 1 is here!"_s, u"and 6 more"_s};
        QTest::newRow("security releases")
            << int(Mode::SecurityReleases) << ReleaseNotice::securityReleaseEvent()
            << u"Python 3.12.14, 3.11.16 and 3.10.21 released"_s
            << QStringList {
                   u"Security fixes only: three releases close the holes reported since March. Upgrade when you can."_s};
        return;
    }
    // The ten newest posts of the snapshot arrive in one sync: five release posts (one of
    // them security releases, two of them pre-releases only), five others.
    QTest::newRow("releases") << int(Mode::Releases) << ReleaseNotice::securityReleaseEvent()
                              << u"5 new Python releases"_s
                              << QStringList {security, bugfix, u"Python 3.15.0 candidate 1 is here!"_s,
                                     u"Python 3.15.0 beta 4 is here!"_s, u"Python 3.15.0 beta 3 is here!"_s};
    QTest::newRow("final releases") << int(Mode::FinalReleases) << ReleaseNotice::securityReleaseEvent()
                                    << u"2 new Python releases"_s << QStringList {security, bugfix};
    QTest::newRow("all posts") << int(Mode::AllPosts) << ReleaseNotice::securityReleaseEvent() << u"10 new posts"_s
                               << QStringList {u"The Python documentation is now available in Russian!"_s,
                                      u"Announcing the Packaging Council Election Candidates for 2026!"_s, security,
                                      bugfix, u"and 6 more"_s};
    QTest::newRow("security releases") << int(Mode::SecurityReleases) << ReleaseNotice::securityReleaseEvent()
                                       << u"Python 3.12.14, 3.11.16 and 3.10.21 released"_s
                                       << QStringList {u"Python Releases Eclipse Your Security! New security "
                                                       u"releases for 3.10, 3.11 and 3.12 are now available."_s};
}

void TestReleaseNotice::groupsOneSync()
{
    QFETCH(int, mode);
    QFETCH(QString, eventId);
    QFETCH(QString, title);
    QFETCH(QStringList, lines);
    NotificationRules rules;
    rules.mode = Mode(mode);
    const QList<Post> fresh = m_posts.first(10);
    const auto notice = ReleaseNotice::build(fresh, rules, m_lifecycle);
    QVERIFY(notice);
    QCOMPARE(notice->eventId, eventId);
    QCOMPARE(notice->title, title);
    QCOMPARE(notice->text.split(u'\n'), lines);
    // Every post the notice stands for, in the order they came, for Open and Mark as read.
    QList<qint64> expected;
    for (const Post &post : fresh) {
        if (rules.matches(NewItem::fromPost(post, m_lifecycle), m_lifecycle)) {
            expected << post.id;
        }
    }
    QCOMPARE(notice->postIds, expected);
}

void TestReleaseNotice::nothingLetThroughIsNoNotice()
{
    Post news;
    news.id = 1;
    news.meta.title = u"Packaging Council Inaugural Election Dates"_s;
    Post other = news;
    other.id = 2;
    other.meta.title = u"Rust for CPython Progress Update April 2026"_s;
    QVERIFY(!ReleaseNotice::build({news, other}, NotificationRules(), Lifecycle()));
    QVERIFY(!ReleaseNotice::build(QList<Post>(), NotificationRules(), Lifecycle()));
    QVERIFY(!ReleaseNotice::build(QList<NewItem>()));

    NotificationRules all;
    all.mode = Mode::AllPosts;
    const auto notice = ReleaseNotice::build({news, other}, all, Lifecycle());
    QVERIFY(notice);
    QCOMPARE(notice->eventId, ReleaseNotice::newPostEvent());
    QCOMPARE(notice->title, u"2 new posts"_s);
    QCOMPARE(notice->text, news.meta.title + u'\n' + other.meta.title);
}

void TestReleaseNotice::summarisesTheFirstImport()
{
    const ReleaseNotice many = ReleaseNotice::imported(327);
    QCOMPARE(many.title, u"327 posts imported"_s);
    QCOMPARE(many.eventId, ReleaseNotice::importedEvent());
    QVERIFY(many.postIds.isEmpty());
    QCOMPARE(ReleaseNotice::imported(1).title, u"1 post imported"_s);
}

QTEST_GUILESS_MAIN(TestReleaseNotice)
#include "tst_releasenotice.moc"
