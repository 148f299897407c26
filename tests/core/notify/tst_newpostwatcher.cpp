// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/notify/newpostwatcher.h"
#include "core/store/database.h"
#include "core/store/poststore.h"
#include "storefixtures.h"

#include "../releases/fixtureposts.h"
#include "fixtureset.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using Herald::Database;
using Herald::NewPostWatcher;
using Herald::Post;
using Herald::PostMeta;
using Herald::PostStore;

class TestNewPostWatcher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void theFirstCollectionIsASilentBaseline();
    void waitsForPostsBeforeTheBaseline();
    void theBaselineCountsPythonInsidersArchiveOnly();
    void aNewPostIsNewExactlyOnce();
    void aResyncBringsNothingNew();
    void aRestartBringsNothingNew();
    void aPostLeftBeforeARestartIsNotLost();
    void anUpdatedPostIsNotNew();
    void aRecreatedDatabaseBaselinesAgain_data();
    void aRecreatedDatabaseBaselinesAgain();
    void oldPostsFilledInLateAreNotNews();
    void theFixtureArchiveIsOneBaseline();
    void anUnreadableBaselineMarksNothing();

private:
    void openStore();
    void closeStore();
    QList<Post> upsert(const QList<PostMeta> &posts);
    static PostMeta meta(const QString &slug, const QDateTime &published, const QString &title = {});
    static QList<PostMeta> archive();

    std::unique_ptr<Herald::Test::TemporaryStore> m_temporary;
    PostStore *m_store = nullptr; ///< m_temporary's, while open
    std::unique_ptr<NewPostWatcher> m_watcher;
    qint64 m_source = 0;
};

PostMeta TestNewPostWatcher::meta(const QString &slug, const QDateTime &published, const QString &title)
{
    PostMeta post;
    post.slug = slug;
    post.url = QUrl(u"https://blog.python.org/"_s + slug + u"/"_s);
    post.title = title.isEmpty() ? u"Title of "_s + slug : title;
    post.published = published;
    post.description = u"About "_s + slug;
    return post;
}

// Three posts of the last weeks: what a first sync brings (besides the rest of the archive).
QList<PostMeta> TestNewPostWatcher::archive()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return {meta(u"one"_s, now.addDays(-20)), meta(u"two"_s, now.addDays(-10)), meta(u"three"_s, now.addDays(-3))};
}

void TestNewPostWatcher::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestNewPostWatcher::openStore()
{
    HERALD_VERIFY_RESULT(m_temporary->open());
    m_store = &m_temporary->store();
    m_source = m_temporary->source();
    m_watcher = std::make_unique<NewPostWatcher>(*m_store);
}

void TestNewPostWatcher::closeStore()
{
    m_watcher.reset();
    m_store = nullptr;
    m_temporary->close();
}

QList<Post> TestNewPostWatcher::upsert(const QList<PostMeta> &posts)
{
    QList<Post> stored;
    for (const auto &result : m_store->upsertPosts(m_source, posts).value()) {
        stored << m_store->post(result.id).value_or(Post());
    }
    return stored;
}

void TestNewPostWatcher::init()
{
    m_temporary = std::make_unique<Herald::Test::TemporaryStore>();
    openStore();
}

void TestNewPostWatcher::cleanup()
{
    closeStore();
    m_temporary.reset();
}

void TestNewPostWatcher::anUnreadableBaselineMarksNothing()
{
    upsert(archive());
    QVERIFY(m_watcher->collectNew()->baseline);
    const QList<Post> fresh = upsert({meta(u"fresh"_s, QDateTime::currentDateTimeUtc())});
    // The meta table cannot be read: that is not "no baseline yet", which would mark the new
    // post seen and never tell of it.
    QSqlQuery rename(m_temporary->database().handle());
    QVERIFY2(rename.exec(u"ALTER TABLE meta RENAME TO meta_away"_s), qPrintable(rename.lastError().text()));
    QSignalSpy collected(m_watcher.get(), &NewPostWatcher::collected);
    const auto failed = m_watcher->collectNew();
    QVERIFY(!failed);
    QVERIFY(!failed.error().message().isEmpty());
    QCOMPARE(collected.count(), 0);
    QVERIFY(!m_store->post(fresh.constFirst().id)->seenAt.isValid());
    // Readable again, the post is news.
    QVERIFY2(rename.exec(u"ALTER TABLE meta_away RENAME TO meta"_s), qPrintable(rename.lastError().text()));
    const auto next = m_watcher->collectNew();
    QVERIFY(next);
    QCOMPARE(next->fresh.size(), 1);
}

void TestNewPostWatcher::theFirstCollectionIsASilentBaseline()
{
    upsert(archive());
    QSignalSpy collected(m_watcher.get(), &NewPostWatcher::collected);
    QVERIFY(!m_watcher->hasBaseline());
    const auto result = m_watcher->collectNew();
    QVERIFY(result);
    QVERIFY(result->baseline);
    QVERIFY(!result->restored);
    QCOMPARE(result->importedCount, 3);
    QVERIFY(result->fresh.isEmpty());
    QVERIFY(m_watcher->hasBaseline());
    QCOMPARE(collected.count(), 1);

    const auto again = m_watcher->collectNew();
    QVERIFY(!again->baseline);
    QCOMPARE(again->importedCount, 0);
    QVERIFY(again->fresh.isEmpty());
}

void TestNewPostWatcher::waitsForPostsBeforeTheBaseline()
{
    // A first sync that brought nothing (offline): a baseline now would make the archive new.
    const auto empty = m_watcher->collectNew();
    QVERIFY(empty);
    QVERIFY(!empty->baseline);
    QVERIFY(!m_watcher->hasBaseline());

    upsert(archive());
    const auto result = m_watcher->collectNew();
    QVERIFY(result->baseline);
    QCOMPARE(result->importedCount, 3);
    QVERIFY(result->fresh.isEmpty());
}

void TestNewPostWatcher::theBaselineCountsPythonInsidersArchiveOnly()
{
    // A store that `herald --sync` filled, a project followed, and then the window's first
    // collection: "332 posts imported. The Python Insider archive can now be read offline."
    // counted the project's releases as the blog's posts.
    upsert(archive());
    const qint64 django
        = m_store->ensureSource(u"github"_s, QUrl(u"https://github.com/django/django"_s), u"django"_s).value_or(0);
    QVERIFY(django > 0);
    PostMeta release;
    release.slug = u"5.2.8"_s;
    release.title = u"Django 5.2.8"_s;
    release.url = QUrl(u"https://github.com/django/django/releases/tag/5.2.8"_s);
    release.published = QDateTime(QDate(2025, 11, 5), QTime(12, 0), QTimeZone::UTC);
    QVERIFY(m_store->upsertPosts(django, {release}, true));
    QCOMPARE(m_store->count(), 4);

    const auto result = m_watcher->collectNew();
    QVERIFY(result);
    QVERIFY(result->baseline);
    QCOMPARE(result->importedCount, 3);
    QCOMPARE(m_store->pythonPostCount(), 3);
}

void TestNewPostWatcher::aNewPostIsNewExactlyOnce()
{
    upsert(archive());
    QVERIFY(m_watcher->collectNew()->baseline);

    const Post fresh = upsert({meta(u"four"_s, QDateTime::currentDateTimeUtc(), u"Python 3.14.8 is out"_s)}).first();
    QVERIFY(m_store->storeBody(fresh.id, u"Python 3.14.8 is the eighth maintenance release"_s, QUrl(), {}));
    const auto result = m_watcher->collectNew();
    QVERIFY(!result->baseline);
    QCOMPARE(result->fresh.size(), 1);
    QCOMPARE(result->fresh.constFirst().id, fresh.id);
    QCOMPARE(result->fresh.constFirst().meta.title, u"Python 3.14.8 is out"_s);
    QVERIFY(result->fresh.constFirst().body.contains(u"maintenance"_s)); // for the release extractor
    QVERIFY(m_store->post(fresh.id)->seenAt.isValid());

    QVERIFY(m_watcher->collectNew()->fresh.isEmpty());
}

void TestNewPostWatcher::aResyncBringsNothingNew()
{
    const QList<PostMeta> posts = archive();
    upsert(posts);
    QVERIFY(m_watcher->collectNew()->baseline);
    const PostMeta four = meta(u"four"_s, QDateTime::currentDateTimeUtc());
    upsert({four});
    QCOMPARE(m_watcher->collectNew()->fresh.size(), 1);

    // The same index and feed again, as a sync with nothing new upstream stores them.
    const auto results = m_store->upsertPosts(m_source, QList<PostMeta>(posts) << four).value();
    for (const auto &result : results) {
        QCOMPARE(result.change, PostStore::Change::Unchanged);
    }
    const auto again = m_watcher->collectNew();
    QVERIFY(again->fresh.isEmpty());
    QCOMPARE(again->backfilled, 0);
}

void TestNewPostWatcher::aRestartBringsNothingNew()
{
    upsert(archive());
    QVERIFY(m_watcher->collectNew()->baseline);
    upsert({meta(u"four"_s, QDateTime::currentDateTimeUtc())});
    QCOMPARE(m_watcher->collectNew()->fresh.size(), 1);

    closeStore();
    openStore();
    QVERIFY(m_watcher->hasBaseline());
    upsert(archive() << meta(u"four"_s, QDateTime::currentDateTimeUtc())); // the first sync after the restart
    const auto result = m_watcher->collectNew();
    QVERIFY(!result->baseline);
    QVERIFY(result->fresh.isEmpty());
}

void TestNewPostWatcher::aPostLeftBeforeARestartIsNotLost()
{
    upsert(archive());
    QVERIFY(m_watcher->collectNew()->baseline);
    // Synced, then the app quit (or was killed) before it collected.
    const Post four = upsert({meta(u"four"_s, QDateTime::currentDateTimeUtc())}).first();

    closeStore();
    openStore();
    const auto result = m_watcher->collectNew();
    QCOMPARE(result->fresh.size(), 1);
    QCOMPARE(result->fresh.constFirst().id, four.id);
}

void TestNewPostWatcher::anUpdatedPostIsNotNew()
{
    upsert(archive());
    QVERIFY(m_watcher->collectNew()->baseline);
    PostMeta four = meta(u"four"_s, QDateTime::currentDateTimeUtc(), u"Python 3.14.8 is out"_s);
    const Post stored = upsert({four}).first();
    QVERIFY(m_store->storeBody(stored.id, u"First words"_s, QUrl(), {}));
    QCOMPARE(m_watcher->collectNew()->fresh.size(), 1);

    // Upstream edits the new post and an old one: title, description, updated date, body.
    four.title = u"Python 3.14.8 is out (with a fix)"_s;
    four.description = u"Corrected"_s;
    four.updated = four.published.addDays(1);
    PostMeta one = archive().constFirst();
    one.title = u"Edited years later"_s;
    one.updated = QDateTime::currentDateTimeUtc();
    const auto results = m_store->upsertPosts(m_source, {four, one}).value();
    QCOMPARE(results.at(0).change, PostStore::Change::Updated);
    QCOMPARE(results.at(1).change, PostStore::Change::Updated);
    QVERIFY(m_store->storeBody(stored.id, u"Second words"_s, QUrl(), {}));

    const auto result = m_watcher->collectNew();
    QVERIFY(result->fresh.isEmpty());
    QCOMPARE(result->backfilled, 0);
}

void TestNewPostWatcher::aRecreatedDatabaseBaselinesAgain_data()
{
    QTest::addColumn<bool>("hint");
    QTest::newRow("the settings remember a baseline") << true;
    QTest::newRow("the settings were lost too") << false;
}

void TestNewPostWatcher::aRecreatedDatabaseBaselinesAgain()
{
    QFETCH(bool, hint);
    upsert(archive());
    QVERIFY(m_watcher->collectNew()->baseline);
    closeStore();

    // The file is damaged: Database moves it aside and starts an empty one.
    QFile file(m_temporary->filePath(u"herald.db"_s));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QByteArray(8192, 'x'));
    file.close();
    openStore();
    QVERIFY2(m_temporary->database().warning().contains(u"damaged"_s), qPrintable(m_temporary->database().warning()));
    QCOMPARE(m_store->count(), 0);
    QVERIFY(!m_watcher->hasBaseline());
    m_watcher->setBaselineHint(hint);

    // Collected before the first sync brings the archive back: nothing to set a baseline on.
    QVERIFY(!m_watcher->collectNew()->baseline);
    upsert(archive() << meta(u"four"_s, QDateTime::currentDateTimeUtc()));
    const auto result = m_watcher->collectNew();
    QVERIFY(result);
    QVERIFY(result->baseline);
    QCOMPARE(result->restored, hint); // quiet, or at most the one summary: never the archive
    QCOMPARE(result->importedCount, 4);
    QVERIFY(result->fresh.isEmpty());
    QVERIFY(m_watcher->collectNew()->fresh.isEmpty());
}

void TestNewPostWatcher::oldPostsFilledInLateAreNotNews()
{
    upsert(archive());
    QVERIFY(m_watcher->collectNew()->baseline);
    // The archive index failed on the first sync and brings the old posts now, next to a
    // post written a week ago and published today.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<Post> stored = upsert({meta(u"2011"_s, QDateTime(QDate(2011, 3, 1), QTime(0, 0), QTimeZone::UTC)),
        meta(u"last-spring"_s, now.addDays(-NewPostWatcher::backfillGraceDays - 5)),
        meta(u"drafted"_s, now.addDays(-7))});
    const auto result = m_watcher->collectNew();
    QCOMPARE(result->backfilled, 2);
    QCOMPARE(result->fresh.size(), 1);
    QCOMPARE(result->fresh.constFirst().id, stored.at(2).id);
    QVERIFY(m_watcher->collectNew()->fresh.isEmpty());
    QCOMPARE(m_watcher->collectNew()->backfilled, 0);
}

void TestNewPostWatcher::theFixtureArchiveIsOneBaseline()
{
    const Herald::Test::FixtureSet set = Herald::Test::fixtureSet();
    QList<PostMeta> posts;
    for (const Post &post : Herald::Test::fixturePosts(set.directory)) {
        posts << post.meta;
    }
    const int count = set.pick(18, 327);
    QCOMPARE(posts.size(), count);
    QCOMPARE(m_store->upsertPosts(m_source, posts).value().size(), count);

    const auto baseline = m_watcher->collectNew();
    QVERIFY(baseline->baseline);
    QCOMPARE(baseline->importedCount, count);
    QVERIFY(baseline->fresh.isEmpty());

    // The next sync stores the same archive and one new post.
    upsert(QList<PostMeta>(posts) << meta(u"python-3148-31316"_s, QDateTime::currentDateTimeUtc(),
               u"Python 3.14.8 and 3.13.16 are now available!"_s));
    const auto next = m_watcher->collectNew();
    QCOMPARE(next->fresh.size(), 1);
    QCOMPARE(next->fresh.constFirst().meta.slug, u"python-3148-31316"_s);
    QCOMPARE(next->backfilled, 0);
}

QTEST_GUILESS_MAIN(TestNewPostWatcher)
#include "tst_newpostwatcher.moc"
