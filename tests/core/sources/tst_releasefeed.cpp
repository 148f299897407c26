// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// ReleaseFeed: the items of GitHub's releases.atom, PyPI's release RSS and a Discourse
// category's RSS (tests/data/projects, written here in their documented shapes) read as
// posts: a slug that stays the same, the version each release is, and the notes as HTML;
// and PyPI's JSON document read for yanked releases and requires_python.
#include "core/feeds/feedparser.h"
#include "core/sources/releasefeed.h"
#include "core/sources/sourcespec.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using Herald::FeedParser;
using Herald::PostMeta;
using Herald::ReleaseFeed;
using Herald::SourceSpec;

namespace {

QByteArray fixture(const QString &path)
{
    QFile file(QStringLiteral(HERALD_TEST_DATA) + u"/projects/"_s + path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The posts of the fixture at `path` as the source `input` names reads them.
QList<PostMeta> postsOf(const QString &input, const QString &path, QStringList *warnings = nullptr)
{
    const auto source = SourceSpec::read(input).value();
    const QByteArray bytes = fixture(path);
    return ReleaseFeed::posts(source, FeedParser::parse(bytes, source.feedUrl), warnings);
}

QStringList versions(const QList<PostMeta> &posts)
{
    QStringList result;
    for (const PostMeta &post : posts) {
        result << post.slug + u'=' + post.version;
    }
    return result;
}

} // namespace

class TestReleaseFeed final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsGithubReleases();
    void readsVPrefixedTags();
    void readsPypiReleases();
    void readsDiscourseTopics();
    void readsAnyFeed();
    void skipsItemsItCannotTellApart();
    void readsPypiJson();
    void refusesWhatIsNoPypiJson_data();
    void refusesWhatIsNoPypiJson();
};

void TestReleaseFeed::readsGithubReleases()
{
    const QList<PostMeta> posts = postsOf(u"django/django"_s, u"github.com/django/django/releases.atom"_s);
    QCOMPARE(versions(posts),
        (QStringList {u"5.2.8=5.2.8"_s, u"6.0rc1=6.0rc1"_s, u"5.2.7=5.2.7"_s, u"4.2.26=4.2.26"_s, u"5.1.14=5.1.14"_s}));
    const PostMeta &first = posts.first();
    QCOMPARE(first.title, u"Django 5.2.8"_s);
    QCOMPARE(first.author, u"sarahboyce"_s);
    QCOMPARE(first.url, QUrl(u"https://github.com/django/django/releases/tag/5.2.8"_s));
    QCOMPARE(first.published, QDateTime(QDate(2026, 11, 5), QTime(14, 2, 11), QTimeZone::UTC));
    // The notes as the feed sent them, for the sanitiser to read; nothing to fetch.
    QVERIFY(first.inlineHtml.startsWith(u"<h2>Security fixes</h2>"_s));
    QVERIFY(first.inlineHtml.contains(u"highlight-source-python"_s));
    QVERIFY(first.bodyUrl.isEmpty());
}

void TestReleaseFeed::readsVPrefixedTags()
{
    const QList<PostMeta> posts = postsOf(u"pydantic/pydantic"_s, u"github.com/pydantic/pydantic/releases.atom"_s);
    // The tag is the slug as GitHub spells it; the version is without its "v", and the title's
    // date is not read as one.
    QCOMPARE(versions(posts), (QStringList {u"v2.13.0b1=2.13.0b1"_s, u"v2.12.5=2.12.5"_s, u"v1.10.24=1.10.24"_s}));
}

void TestReleaseFeed::readsPypiReleases()
{
    const QList<PostMeta> posts = postsOf(u"pypi:requests"_s, u"pypi.org/rss/project/requests/releases.xml"_s);
    QCOMPARE(versions(posts),
        (QStringList {
            u"2.32.5=2.32.5"_s, u"2.32.4=2.32.4"_s, u"2.32.1=2.32.1"_s, u"2.32.0=2.32.0"_s, u"3.0.0a1=3.0.0a1"_s}));
    QCOMPARE(posts.first().title, u"requests 2.32.5"_s); // not the version alone, in a list of many
    // PyPI's items have a summary and nothing else: that is the body.
    QCOMPARE(posts.first().inlineHtml, u"Python HTTP for Humans."_s);
}

void TestReleaseFeed::readsDiscourseTopics()
{
    const QList<PostMeta> posts
        = postsOf(u"https://discuss.python.org/c/announcements/7"_s, u"discuss.python.org/c/announcements/7.rss"_s);
    QCOMPARE(posts.size(), 2);
    QCOMPARE(posts.at(0).slug, u"discuss.python.org-topic-104800"_s);
    QCOMPARE(posts.at(0).author, u"hugovk"_s);
    QCOMPARE(posts.at(0).version, u"3.15.0a2"_s); // "3.15.0 alpha 2" as announcements write it
    QCOMPARE(posts.at(1).version, QString()); // an election is no release
    QVERIFY(posts.at(0).inlineHtml.contains(u"<p>This is an early developer preview.</p>"_s));
}

void TestReleaseFeed::readsAnyFeed()
{
    const QList<PostMeta> posts
        = postsOf(u"https://tools.example.org/blog/releases.atom"_s, u"tools.example.org/blog/releases.atom"_s);
    QCOMPARE(posts.size(), 1);
    QCOMPARE(posts.first().version, u"24.11"_s); // CalVer
    QCOMPARE(posts.first().url, QUrl(u"https://tools.example.org/blog/24.11/"_s));
}

void TestReleaseFeed::skipsItemsItCannotTellApart()
{
    // What a parser hands on when a feed repeats an id or gives an item nothing to know it by.
    const auto source = SourceSpec::read(u"https://example.org/feed.xml"_s).value();
    Herald::ParsedFeed feed;
    feed.format = u"RSS 2.0"_s;
    Herald::FeedItem first;
    first.guid = u"same"_s;
    first.title = u"1.0 released"_s;
    Herald::FeedItem again = first;
    again.title = u"1.0 released again"_s;
    Herald::FeedItem nothing;
    nothing.summary = u"nothing to know it by"_s;
    feed.items = {first, again, nothing};
    QStringList warnings;
    const QList<PostMeta> posts = ReleaseFeed::posts(source, feed, &warnings);
    QCOMPARE(posts.size(), 1);
    QCOMPARE(posts.first().title, u"1.0 released"_s);
    QCOMPARE(posts.first().version, u"1.0"_s);
    QCOMPARE(warnings.size(), 2);
    QVERIFY2(warnings.at(0).contains(u"appears twice"_s), qPrintable(warnings.at(0)));
    QVERIFY2(warnings.at(1).contains(u"has no id, link or title"_s), qPrintable(warnings.at(1)));
}

void TestReleaseFeed::readsPypiJson()
{
    const auto info = ReleaseFeed::readPypiJson(fixture(u"pypi.org/pypi/requests/json"_s));
    QVERIFY2(info, info ? "" : qPrintable(info.error().message()));
    // PEP 592: yanked when every file is; a release with no files is not.
    QCOMPARE(info->yanked, (QStringList {u"2.32.0"_s, u"2.32.1"_s}));
    QCOMPARE(info->requiresPython, u">=3.9"_s);
}

void TestReleaseFeed::refusesWhatIsNoPypiJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("not JSON") << QByteArray("<html>rate limited</html>") << u"not JSON"_s;
    QTest::newRow("cut short") << QByteArray(R"({"info": {"name": "x")") << u"not JSON"_s;
    QTest::newRow("an array") << QByteArray("[]") << u"no \"info\" object"_s;
    QTest::newRow("no info") << QByteArray(R"({"releases": {}})") << u"no \"info\" object"_s;
}

void TestReleaseFeed::refusesWhatIsNoPypiJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const auto info = ReleaseFeed::readPypiJson(json);
    QVERIFY(!info);
    QVERIFY2(info.error().message().contains(message), qPrintable(info.error().message()));
}

QTEST_GUILESS_MAIN(TestReleaseFeed)
#include "tst_releasefeed.moc"
