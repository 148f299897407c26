// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// SourceStore: followed sources kept as first-class objects (kind, names, folder, place, rules,
// sync state, post and unread counts), each change signalled for the sources pane, removal
// taking the source's posts and search entries with it; and the store's part of feed posts:
// inline HTML bodies, versions, and PyPI's yanked marks.
#include "core/sources/sourcespec.h"
#include "core/store/poststore.h"
#include "core/store/sourcestore.h"
#include "storefixtures.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Herald::PostMeta;
using Herald::PostStore;
using Herald::Source;
using Herald::SourceKind;
using Herald::SourceSpec;
using Herald::SourceStore;

class TestSourceStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addsEachFeedOnce();
    void countsPostsAndUnread();
    void renamesMovesAndOrders();
    void removesASourceWithItsPosts();
    void keepsSyncState();
    void storesFeedBodiesInline();
    void marksYankedReleases();
    void aFirstSyncIsSeenNotNews();

private:
    [[nodiscard]] qint64 follow(const QString &input, const QString &folder = {});
    static PostMeta release(const QString &version, const QString &html);

    std::unique_ptr<Herald::Test::TemporaryStore> m_temporary;
    std::unique_ptr<SourceStore> m_sources;
};

void TestSourceStore::init()
{
    m_temporary = std::make_unique<Herald::Test::TemporaryStore>();
    HERALD_VERIFY_RESULT(m_temporary->open());
    m_sources = std::make_unique<SourceStore>(m_temporary->database());
}

void TestSourceStore::cleanup()
{
    m_sources.reset();
    m_temporary.reset();
}

qint64 TestSourceStore::follow(const QString &input, const QString &folder)
{
    auto source = SourceSpec::read(input);
    if (!source) {
        return 0;
    }
    source->folder = folder;
    return m_sources->add(*source).value_or(0);
}

PostMeta TestSourceStore::release(const QString &version, const QString &html)
{
    PostMeta meta;
    meta.slug = version;
    meta.title = u"Release "_s + version;
    meta.version = version;
    meta.url = QUrl(u"https://github.com/o/r/releases/tag/"_s + version);
    meta.published = QDateTime(QDate(2026, 11, 1), QTime(12, 0), QTimeZone::UTC);
    meta.inlineHtml = html;
    return meta;
}

void TestSourceStore::addsEachFeedOnce()
{
    QSignalSpy added(m_sources.get(), &SourceStore::sourceAdded);
    const qint64 django = follow(u"django/django"_s);
    QVERIFY(django > 0);
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.at(0).at(0).toLongLong(), django);
    // The same feed by another spelling is the same source.
    const auto again = m_sources->add(SourceSpec::read(u"https://github.com/django/django/releases"_s).value());
    QVERIFY(!again);
    QVERIFY2(again.error().message().contains(u"followed already, as source %1"_s.arg(django)),
        qPrintable(again.error().message()));
    QCOMPARE(added.size(), 1);
    const auto stored = m_sources->source(django);
    HERALD_VERIFY_RESULT(stored);
    QVERIFY(stored->has_value());
    QCOMPARE(Source::kindKey((*stored)->kind), u"github"_s);
    QCOMPARE((*stored)->identifier, u"django/django"_s);
    QCOMPARE((*stored)->displayName(), u"django/django"_s);
    QCOMPARE((*stored)->projectName(), u"django"_s);
    QVERIFY(!(*stored)->lastSync.isValid());
}

void TestSourceStore::countsPostsAndUnread()
{
    const qint64 django = follow(u"django/django"_s);
    PostStore &posts = m_temporary->store();
    const auto stored = posts.upsertPosts(django, {release(u"5.2.8"_s, u"<p>a</p>"_s), release(u"5.2.7"_s, u"b"_s)});
    HERALD_VERIFY_RESULT(stored);
    HERALD_VERIFY_RESULT(posts.setRead(stored->at(0).id, true));
    const auto sources = m_sources->sources();
    HERALD_VERIFY_RESULT(sources);
    // Python Insider (the fixture's source) first, then the followed ones.
    QCOMPARE(sources->size(), 2);
    QCOMPARE(Source::kindKey(sources->at(0).kind), u"python-insider"_s);
    QCOMPARE(sources->at(1).id, django);
    QCOMPARE(sources->at(1).posts, 2);
    QCOMPARE(sources->at(1).unread, 1);
}

void TestSourceStore::renamesMovesAndOrders()
{
    const qint64 a = follow(u"pypi:alpha"_s);
    const qint64 b = follow(u"pypi:beta"_s);
    const qint64 c = follow(u"pypi:gamma"_s, u"Web"_s);
    QSignalSpy changed(m_sources.get(), &SourceStore::sourceChanged);
    HERALD_VERIFY_RESULT(m_sources->rename(a, u"  Alpha   project "_s));
    QCOMPARE(changed.size(), 1);
    // b goes before c in the folder "Web"; a stays at the top level.
    HERALD_VERIFY_RESULT(m_sources->move(b, u"Web"_s, 0));
    const auto sources = m_sources->sources();
    HERALD_VERIFY_RESULT(sources);
    QStringList order;
    for (const Source &source : *sources) {
        order << source.folder + u':' + source.displayName();
    }
    QCOMPARE(order, (QStringList {u":Python Insider"_s, u":Alpha project"_s, u"Web:beta"_s, u"Web:gamma"_s}));
    // Back to the top level and in again: no folder is made of the top level.
    HERALD_VERIFY_RESULT(m_sources->move(b, QString(), 0));
    HERALD_VERIFY_RESULT(m_sources->move(b, u"Web"_s, 0));
    QVERIFY(!m_sources->setFolderNotifyMode(QString(), u"releases"_s));
    const auto folders = m_sources->folders();
    HERALD_VERIFY_RESULT(folders);
    QCOMPARE(folders->size(), 1);
    QCOMPARE(folders->first().name, u"Web"_s);
    HERALD_VERIFY_RESULT(m_sources->setFolderNotifyMode(u"Web"_s, u"security-releases"_s));
    QCOMPARE(m_sources->folders()->first().notifyMode, u"security-releases"_s);
    HERALD_VERIFY_RESULT(m_sources->setNotifyMode(c, u"final-releases"_s));
    HERALD_VERIFY_RESULT(m_sources->setSeriesParts(c, 1));
    const auto gamma = m_sources->source(c);
    QCOMPARE((*gamma)->notifyMode, u"final-releases"_s);
    QCOMPARE((*gamma)->seriesParts, 1);
    QVERIFY(!m_sources->rename(999, u"x"_s));
}

void TestSourceStore::removesASourceWithItsPosts()
{
    const qint64 django = follow(u"django/django"_s);
    PostStore &posts = m_temporary->store();
    HERALD_VERIFY_RESULT(posts.upsertPosts(django, {release(u"5.2.8"_s, u"<p>uniqueword</p>"_s)}));
    const QUrl feed(u"https://github.com/django/django/releases.atom"_s);
    HERALD_VERIFY_RESULT(posts.setValidators(feed, {"\"etag\"", {}}));
    QCOMPARE(posts.search(u"uniqueword"_s)->size(), 1);
    QSignalSpy removed(m_sources.get(), &SourceStore::sourceRemoved);
    HERALD_VERIFY_RESULT(m_sources->remove(django));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(posts.count(), 0);
    QCOMPARE(posts.search(u"uniqueword"_s)->size(), 0);
    QVERIFY(posts.validators(feed).etag.isEmpty()); // following again fetches it whole
    const auto gone = m_sources->source(django);
    HERALD_VERIFY_RESULT(gone);
    QVERIFY(!gone->has_value());
    const auto again = m_sources->remove(django);
    QVERIFY(!again);
    QVERIFY(again.error().message().contains(u"There is no source"_s));
}

void TestSourceStore::keepsSyncState()
{
    const qint64 django = follow(u"django/django"_s);
    HERALD_VERIFY_RESULT(m_sources->setSyncResult(django, u"HTTP 500 from github.com"_s));
    auto stored = m_sources->source(django).value();
    QVERIFY(stored->lastSync.isValid());
    QCOMPARE(stored->lastError, u"HTTP 500 from github.com"_s);
    HERALD_VERIFY_RESULT(m_sources->setSyncResult(django, {}));
    HERALD_VERIFY_RESULT(m_sources->setFeedTitle(django, u"Release notes from django"_s));
    stored = m_sources->source(django).value();
    QCOMPARE(stored->lastError, QString());
    QCOMPARE(stored->feedTitle, u"Release notes from django"_s);
}

void TestSourceStore::storesFeedBodiesInline()
{
    const qint64 django = follow(u"django/django"_s);
    PostStore &posts = m_temporary->store();
    const auto first = posts.upsertPosts(django, {release(u"5.2.8"_s, u"<p>Notes</p>"_s)});
    HERALD_VERIFY_RESULT(first);
    QCOMPARE(first->at(0).change, PostStore::Change::Inserted);
    QVERIFY(!first->at(0).needsBody); // nothing to fetch: the feed carried it
    auto post = posts.post(first->at(0).id).value();
    QVERIFY(post.htmlBody);
    QVERIFY(post.hasBody);
    QCOMPARE(post.body, u"<p>Notes</p>"_s);
    QCOMPARE(post.meta.version, u"5.2.8"_s);
    // The same again changes nothing; new notes are an update.
    QCOMPARE(posts.upsertPosts(django, {release(u"5.2.8"_s, u"<p>Notes</p>"_s)})->at(0).change,
        PostStore::Change::Unchanged);
    QCOMPARE(posts.upsertPosts(django, {release(u"5.2.8"_s, u"<p>Notes, corrected</p>"_s)})->at(0).change,
        PostStore::Change::Updated);
    post = posts.post(first->at(0).id).value();
    QCOMPARE(post.body, u"<p>Notes, corrected</p>"_s);
    // Nothing of a feed post waits for a body download.
    PostStore::Query needing;
    needing.onlyNeedingBody = true;
    needing.sourceId = django;
    QVERIFY(posts.posts(needing).isEmpty());
}

void TestSourceStore::marksYankedReleases()
{
    const qint64 requests = follow(u"pypi:requests"_s);
    PostStore &posts = m_temporary->store();
    HERALD_VERIFY_RESULT(
        posts.upsertPosts(requests, {release(u"2.32.0"_s, {}), release(u"2.32.1"_s, {}), release(u"2.32.5"_s, {})}));
    QSignalSpy changed(&posts, &PostStore::postsChanged);
    HERALD_VERIFY_RESULT(posts.setYanked(requests, {u"2.32.0"_s, u"2.32.1"_s}));
    QCOMPARE(changed.size(), 1);
    // The same word again writes nothing, and says nothing.
    HERALD_VERIFY_RESULT(posts.setYanked(requests, {u"2.32.0"_s, u"2.32.1"_s}));
    QCOMPARE(changed.size(), 1);
    // PyPI can un-yank.
    HERALD_VERIFY_RESULT(posts.setYanked(requests, {u"2.32.0"_s}));
    QStringList yanked;
    PostStore::Query query;
    query.sourceId = requests;
    for (const auto &post : posts.posts(query)) {
        if (post.yanked) {
            yanked << post.meta.version;
        }
    }
    QCOMPARE(yanked, QStringList {u"2.32.0"_s});
}

void TestSourceStore::aFirstSyncIsSeenNotNews()
{
    const qint64 django = follow(u"django/django"_s);
    PostStore &posts = m_temporary->store();
    HERALD_VERIFY_RESULT(posts.upsertPosts(django, {release(u"5.2.8"_s, u"a"_s), release(u"5.2.7"_s, u"b"_s)}));
    QCOMPARE(posts.markSourceSeen(django).value(), 2);
    HERALD_VERIFY_RESULT(posts.upsertPosts(django, {release(u"5.2.9"_s, u"c"_s)}));
    const auto unseen = posts.takeUnseenPosts(false);
    HERALD_VERIFY_RESULT(unseen);
    QCOMPARE(unseen->size(), 1);
    QCOMPARE(unseen->first().meta.version, u"5.2.9"_s);
}

QTEST_GUILESS_MAIN(TestSourceStore)
#include "tst_sourcestore.moc"
