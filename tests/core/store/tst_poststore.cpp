// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/search/searchquery.h"
#include "core/store/database.h"
#include "core/store/poststore.h"
#include "storefixtures.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Herald::Database;
using Herald::PostMeta;
using Herald::PostStore;

class TestPostStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void insertsThenRecognisesPosts();
    void changesDecideWhatNeedsABody_data();
    void changesDecideWhatNeedsABody();
    void aSourceThatLeavesFieldsOutErasesNothing();
    void storesBodiesWithTheirValidators();
    void rememberesFailures();
    void listsNewestFirst();
    void searchesTitlesAndBodies_data();
    void searchesTitlesAndBodies();
    void searchMarksTheMatchInASnippet();
    void keepsReadAndStarredAcrossUpdates();
    void keepsValidatorsAndDocuments();
    void handsOutEachUnseenPostOnce();
    void anUpdateNeverMakesAPostUnseen();
    void marksEverythingSeen();

private:
    static PostMeta meta(const QString &slug, const QString &date, const QString &title = {});

    std::unique_ptr<Herald::Test::TemporaryStore> m_temporary;
    PostStore *m_store = nullptr; ///< m_temporary's
    qint64 m_source = 0;
};

PostMeta TestPostStore::meta(const QString &slug, const QString &date, const QString &title)
{
    PostMeta post;
    post.slug = slug;
    post.url = QUrl(u"https://blog.python.org/2024/01/"_s + slug + u"/"_s);
    post.title = title.isEmpty() ? u"Title of "_s + slug : title;
    post.author = u"Łukasz Langa"_s;
    post.published = QDateTime::fromString(date, Qt::ISODate);
    post.tags = {u"releases"_s};
    post.description = u"About "_s + slug;
    post.bodyUrl = QUrl(u"https://raw.example/"_s + slug + u"/index.md"_s);
    return post;
}

void TestPostStore::init()
{
    m_temporary = std::make_unique<Herald::Test::TemporaryStore>();
    HERALD_VERIFY_RESULT(m_temporary->open());
    m_store = &m_temporary->store();
    m_source = m_temporary->source();
    QCOMPARE(
        m_store->ensureSource(u"python-insider"_s, QUrl(u"https://blog.python.org/"_s), u"Python Insider"_s).value(),
        m_source);
}

void TestPostStore::cleanup()
{
    m_store = nullptr;
    m_temporary.reset();
}

void TestPostStore::insertsThenRecognisesPosts()
{
    QSignalSpy changed(m_store, &PostStore::postsChanged);
    const QList<PostMeta> batch = {meta(u"a"_s, u"2024-01-02T00:00:00Z"_s), meta(u"b"_s, u"2024-01-03T00:00:00Z"_s)};
    const auto first = m_store->upsertPosts(m_source, batch).value();
    QCOMPARE(first.size(), 2);
    QCOMPARE(first.at(0).change, PostStore::Change::Inserted);
    QVERIFY(first.at(0).needsBody);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_store->count(), 2);

    const auto second = m_store->upsertPosts(m_source, batch).value();
    QCOMPARE(second.at(0).change, PostStore::Change::Unchanged);
    QCOMPARE(second.at(0).id, first.at(0).id);
    QCOMPARE(changed.count(), 1); // nothing changed, nothing said
    QCOMPARE(m_store->idForSlug(u"b"_s, m_source).value(), std::optional<qint64>(first.at(1).id));
    const auto post = m_store->post(first.at(0).id);
    QVERIFY(post);
    QCOMPARE(post->meta.author, u"Łukasz Langa"_s);
    QCOMPARE(post->meta.published, QDateTime::fromString(u"2024-01-02T00:00:00Z"_s, Qt::ISODate));
    QCOMPARE(post->meta.tags, QStringList {u"releases"_s});
}

void TestPostStore::changesDecideWhatNeedsABody_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("updated");
    QTest::addColumn<bool>("needsBody");
    QTest::newRow("nothing") << QString() << false << false;
    QTest::newRow("title edited") << u"title"_s << true << false;
    QTest::newRow("updated date moved") << u"updated"_s << true << true;
    QTest::newRow("description edited") << u"description"_s << true << false;
    // The body URL is where the body was found; a source's slug-derived guess never moves it.
    QTest::newRow("body URL guessed differently") << u"bodyUrl"_s << false << false;
}

void TestPostStore::changesDecideWhatNeedsABody()
{
    QFETCH(QString, field);
    QFETCH(bool, updated);
    QFETCH(bool, needsBody);
    PostMeta post = meta(u"a"_s, u"2024-01-02T00:00:00Z"_s);
    post.updated = post.published;
    const qint64 id = m_store->upsertPosts(m_source, {post}).value().constFirst().id;
    QVERIFY(m_store->storeBody(id, u"# Body"_s, post.bodyUrl, {"\"e1\"", {}}));
    if (field == u"title"_s) {
        post.title = u"A better title"_s;
    } else if (field == u"updated"_s) {
        post.updated = post.updated.addDays(3);
    } else if (field == u"description"_s) {
        post.description = u"New words"_s;
    } else if (field == u"bodyUrl"_s) {
        post.bodyUrl = QUrl(u"https://raw.example/a/index.mdx"_s);
    }
    const auto result = m_store->upsertPosts(m_source, {post}).value().constFirst();
    QCOMPARE(result.change == PostStore::Change::Updated, updated);
    QCOMPARE(result.needsBody, needsBody);
    QCOMPARE(m_store->post(id)->body, u"# Body"_s); // an update never drops the body
}

void TestPostStore::aSourceThatLeavesFieldsOutErasesNothing()
{
    const qint64 id = m_store->upsertPosts(m_source, {meta(u"a"_s, u"2024-01-02T00:00:00Z"_s)}).value().constFirst().id;
    PostMeta sparse;
    sparse.slug = u"a"_s;
    sparse.title = u"Title of a"_s;
    const auto result = m_store->upsertPosts(m_source, {sparse}).value().constFirst();
    QCOMPARE(result.change, PostStore::Change::Unchanged);
    const auto post = m_store->post(id);
    QCOMPARE(post->meta.description, u"About a"_s);
    QCOMPARE(post->meta.tags, QStringList {u"releases"_s});
    QVERIFY(post->meta.published.isValid());
}

void TestPostStore::storesBodiesWithTheirValidators()
{
    const qint64 id = m_store->upsertPosts(m_source, {meta(u"a"_s, u"2024-01-02T00:00:00Z"_s)}).value().constFirst().id;
    QSignalSpy changed(m_store, &PostStore::postChanged);
    QVERIFY(m_store->storeBody(id, u"---\ntitle: A\n---\nHello **world**"_s, QUrl(u"https://raw.example/a/index.md"_s),
        {"\"abc\"", "Tue, 02 Jan 2024 00:00:00 GMT"}));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.constFirst().constFirst().toLongLong(), id);
    const auto post = m_store->post(id);
    QVERIFY(post->hasBody);
    QVERIFY(post->body.contains(u"Hello **world**"_s));
    QCOMPARE(m_store->bodyValidators(id).etag, QByteArray("\"abc\""));
    QCOMPARE(m_store->upsertPosts(m_source, {meta(u"a"_s, u"2024-01-02T00:00:00Z"_s)}).value().constFirst().needsBody,
        false);
}

void TestPostStore::rememberesFailures()
{
    const qint64 id = m_store->upsertPosts(m_source, {meta(u"a"_s, u"2024-01-02T00:00:00Z"_s)}).value().constFirst().id;
    QVERIFY(m_store->storeBody(id, u"old"_s, QUrl(u"https://raw.example/a/index.md"_s), {}));
    QVERIFY(m_store->storeBodyError(id, u"HTTP 500 from raw.example"_s));
    QCOMPARE(m_store->post(id)->bodyError, u"HTTP 500 from raw.example"_s);
    QCOMPARE(m_store->post(id)->body, u"old"_s); // a failed refresh keeps the copy we had
    // A failure is retried on the next sync.
    QVERIFY(m_store->upsertPosts(m_source, {meta(u"a"_s, u"2024-01-02T00:00:00Z"_s)}).value().constFirst().needsBody);
}

void TestPostStore::listsNewestFirst()
{
    QVERIFY(!m_store
            ->upsertPosts(m_source,
                {meta(u"old"_s, u"2011-03-01T00:00:00Z"_s), meta(u"new"_s, u"2026-08-22T00:00:00Z"_s),
                    meta(u"mid"_s, u"2019-05-05T00:00:00Z"_s)})
            .value()
            .isEmpty());
    QStringList slugs;
    for (const auto &post : m_store->posts()) {
        slugs << post.meta.slug;
        QVERIFY(post.body.isEmpty());
    }
    QCOMPARE(slugs, (QStringList {u"new"_s, u"mid"_s, u"old"_s}));
    PostStore::Query query;
    query.limit = 1;
    QCOMPARE(m_store->posts(query).size(), 1);
}

void TestPostStore::searchesTitlesAndBodies_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("expected"); // slugs, best first; empty: nothing

    QTest::newRow("a title word") << u"final"_s << QStringList {u"a"_s};
    QTest::newRow("a body word") << u"interpreter"_s << QStringList {u"c"_s};
    QTest::newRow("a prefix") << u"summ"_s << QStringList {u"b"_s};
    // Hyphens separate words as the index does, and the title outranks the body.
    QTest::newRow("hyphenated prefix") << u"free-thread"_s << QStringList {u"c"_s, u"b"_s};
    QTest::newRow("phrase") << u"\"free threading\""_s << QStringList {u"c"_s, u"b"_s};
    QTest::newRow("phrase is not a prefix") << u"\"free thread\""_s << QStringList();
    QTest::newRow("all words must match") << u"free summit"_s << QStringList {u"b"_s};
    QTest::newRow("diacritics folded") << u"zoe"_s << QStringList {u"c"_s};
    QTest::newRow("tags are indexed") << u"security"_s << QStringList {u"c"_s};
    QTest::newRow("FTS syntax is text") << u"\" OR * NEAR("_s << QStringList();
    QTest::newRow("only punctuation") << u"- * ("_s << QStringList();
}

void TestPostStore::searchesTitlesAndBodies()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, expected);
    PostMeta third = meta(u"c"_s, u"2024-01-04T00:00:00Z"_s, u"Free-threading in 3.14"_s);
    third.author = u"Zoë Smith"_s;
    third.tags = {u"security"_s};
    const auto ids = m_store
                         ->upsertPosts(m_source,
                             {meta(u"a"_s, u"2024-01-02T00:00:00Z"_s, u"Python 3.13.0 final"_s),
                                 meta(u"b"_s, u"2024-01-03T00:00:00Z"_s, u"Language summit"_s), third})
                         .value();
    QVERIFY(
        m_store->storeBody(ids.at(1).id, u"We discussed the free-threaded build and free threading."_s, QUrl(), {}));
    QVERIFY(m_store->storeBody(ids.at(2).id, u"The free-threaded interpreter is supported."_s, QUrl(), {}));
    const QHash<qint64, QString> slugs {{ids.at(0).id, u"a"_s}, {ids.at(1).id, u"b"_s}, {ids.at(2).id, u"c"_s}};

    const auto searched = m_store->search(Herald::SearchQuery::parse(typed).ftsExpression());
    QVERIFY2(searched, searched ? "" : qPrintable(searched.error().message()));
    const QList<PostStore::SearchHit> &hits = *searched;
    QStringList found;
    for (const auto &hit : hits) {
        found << slugs.value(hit.id);
    }
    QCOMPARE(found, expected);
}

void TestPostStore::searchMarksTheMatchInASnippet()
{
    const auto ids
        = m_store->upsertPosts(m_source, {meta(u"b"_s, u"2024-01-03T00:00:00Z"_s, u"Language summit"_s)}).value();
    QVERIFY(m_store->storeBody(
        ids.at(0).id, u"At the summit we discussed the free-threaded build at length."_s, QUrl(), {}));
    const auto hits = m_store->search(Herald::SearchQuery::parse(u"free-thread"_s).ftsExpression()).value();
    QCOMPARE(hits.size(), 1);
    // The phrase's words are marked as one stretch.
    QVERIFY2(hits.at(0).snippet.contains(QChar(2) + u"free-threaded"_s + QChar(3)), qPrintable(hits.at(0).snippet));
    QVERIFY(hits.at(0).rank < 0); // bm25: lower is better
}

void TestPostStore::keepsReadAndStarredAcrossUpdates()
{
    const qint64 id = m_store->upsertPosts(m_source, {meta(u"a"_s, u"2024-01-02T00:00:00Z"_s)}).value().constFirst().id;
    QVERIFY(m_store->setRead(id, true));
    QVERIFY(m_store->setStarred(id, true));
    QVERIFY(!m_store->upsertPosts(m_source, {meta(u"a"_s, u"2024-01-02T00:00:00Z"_s, u"Edited"_s)}).value().isEmpty());
    const auto post = m_store->post(id);
    QVERIFY(post->read);
    QVERIFY(post->starred);
    QCOMPARE(post->meta.title, u"Edited"_s);
}

void TestPostStore::keepsValidatorsAndDocuments()
{
    const QUrl url(u"https://blog.python.org/rss.xml"_s);
    QCOMPARE(m_store->validators(url).etag, QByteArray());
    QVERIFY(m_store->setValidators(url, {"\"v1\"", "Mon, 01 Jan 2024 00:00:00 GMT"}));
    QVERIFY(m_store->setValidators(url, {"\"v2\"", "Tue, 02 Jan 2024 00:00:00 GMT"}));
    QCOMPARE(m_store->validators(url).etag, QByteArray("\"v2\""));
    QCOMPARE(m_store->validators(url).lastModified, QByteArray("Tue, 02 Jan 2024 00:00:00 GMT"));

    const QUrl doc(u"https://peps.python.org/api/release-cycle.json"_s);
    QVERIFY(!m_store->document(doc));
    QVERIFY(m_store->storeDocument(doc, "{\"3.14\": {}}"));
    QCOMPARE(m_store->document(doc).value_or(QByteArray()), QByteArray("{\"3.14\": {}}"));
    QVERIFY(!m_store->lastSyncTime().isValid());
    QVERIFY(m_store->setSourceResult(m_source, QString()));
    QVERIFY(qAbs(m_store->lastSyncTime().secsTo(QDateTime::currentDateTimeUtc())) < 5);
    QVERIFY(m_store->setMetaValue(u"baseline"_s, u"done"_s));
    QCOMPARE(m_store->metaValue(u"baseline"_s).value(), u"done"_s);
}

void TestPostStore::handsOutEachUnseenPostOnce()
{
    QVERIFY(!m_store
            ->upsertPosts(m_source, {meta(u"a"_s, u"2024-01-02T00:00:00Z"_s), meta(u"b"_s, u"2024-01-03T00:00:00Z"_s)})
            .value()
            .isEmpty());
    QVERIFY(!m_store->posts().constFirst().seenAt.isValid());
    const auto first = m_store->takeUnseenPosts(false);
    QVERIFY(first);
    QCOMPARE(first->size(), 2);
    QCOMPARE(first->at(0).meta.slug, u"b"_s); // newest first
    QVERIFY(first->at(0).seenAt.isValid());
    QVERIFY(first->at(0).body.isEmpty());
    QCOMPARE(m_store->takeUnseenPosts(false)->size(), 0);

    const qint64 id = m_store->upsertPosts(m_source, {meta(u"c"_s, u"2024-01-04T00:00:00Z"_s)}).value().constFirst().id;
    QVERIFY(m_store->storeBody(id, u"# Python 3.13.1"_s, QUrl(), {}));
    const auto second = m_store->takeUnseenPosts(true);
    QCOMPARE(second->size(), 1);
    QCOMPARE(second->constFirst().id, id);
    QCOMPARE(second->constFirst().body, u"# Python 3.13.1"_s);
    for (const auto &post : m_store->posts()) {
        QVERIFY(post.seenAt.isValid());
    }
}

void TestPostStore::anUpdateNeverMakesAPostUnseen()
{
    PostMeta post = meta(u"a"_s, u"2024-01-02T00:00:00Z"_s);
    const qint64 id = m_store->upsertPosts(m_source, {post}).value().constFirst().id;
    QCOMPARE(m_store->takeUnseenPosts(false)->size(), 1);
    const QDateTime seen = m_store->post(id)->seenAt;
    QVERIFY(seen.isValid());

    post.title = u"A new title"_s;
    post.description = u"New words"_s;
    post.updated = post.published.addDays(2);
    post.tags = {u"releases"_s, u"security"_s};
    QCOMPARE(m_store->upsertPosts(m_source, {post}).value().constFirst().change, PostStore::Change::Updated);
    QVERIFY(m_store->storeBody(id, u"Edited body"_s, QUrl(), {}));
    QVERIFY(m_store->setRead(id, true));
    QCOMPARE(m_store->post(id)->seenAt, seen);
    QCOMPARE(m_store->takeUnseenPosts(true)->size(), 0);
}

void TestPostStore::marksEverythingSeen()
{
    QVERIFY(!m_store
            ->upsertPosts(m_source,
                {meta(u"a"_s, u"2024-01-02T00:00:00Z"_s), meta(u"b"_s, u"2024-01-03T00:00:00Z"_s),
                    meta(u"c"_s, u"2024-01-04T00:00:00Z"_s)})
            .value()
            .isEmpty());
    QCOMPARE(m_store->markAllSeen().value(), 3);
    QCOMPARE(m_store->markAllSeen().value(), 0);
    QCOMPARE(m_store->takeUnseenPosts(false)->size(), 0);
}

QTEST_GUILESS_MAIN(TestPostStore)
#include "tst_poststore.moc"
