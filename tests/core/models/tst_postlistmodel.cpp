// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/models/itemdataroles.h"
#include "core/models/postfiltermodel.h"
#include "core/models/postlistmodel.h"
#include "core/sources/sourcespec.h"
#include "core/store/database.h"
#include "core/store/poststore.h"
#include "core/store/sourcestore.h"
#include "storefixtures.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Herald;

class TestPostListModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsPostsNewestFirst();
    void followsTheStore();
    void insertsMovesAndRemovesRows();
    void writesStateThrough();
    void filters_data();
    void filters();
    void ranksByRelevanceWhileSearching();
    void pinsTheOpenPost();
    void snippetsLeaveAddressesOut();
    void searchFollowsTheStore();
    void punctuationAloneFiltersNothing();
    void fetchesRowsAsTheListIsScrolled();
    void fetchesPostsStoredBelowTheEnd();
    void readsOnlyTheRowsFetched();
    void readsAPageMoreAtMostWhenPostsArrive();
    void fetchesUnderATester();
    void tagFilterFollowsTheStore();
    void fetchesDownToAPost();
    void filtersFetchUntilARowShows();
    void searchesEveryPost();

private:
    /// `count` posts titled "Post N", one a day back from 2024-01-01 (Post 0 the newest), the
    /// last `undated` of them with no date; every third one tagged "third".
    QList<qint64> addNumberedPosts(int count, int undated = 0, qint64 sourceId = 0);
    /// One post titled `title`, its slug the title, published on `day`.
    Herald::Result<QList<PostStore::UpsertResult>> addDatedPost(const QString &title, QDate day, qint64 sourceId = 0);
    QList<qint64> addPosts(const QList<std::tuple<QString, QString, QString>> &posts);
    static QStringList titles(const QAbstractItemModel &model);

    std::unique_ptr<Herald::Test::TemporaryStore> m_temporary;
    PostStore *m_store = nullptr; ///< m_temporary's
    qint64 m_source = 0;
};

void TestPostListModel::init()
{
    m_temporary = std::make_unique<Herald::Test::TemporaryStore>(u"test"_s, QUrl(u"https://example.org/"_s), u"Test"_s);
    HERALD_VERIFY_RESULT(m_temporary->open());
    m_store = &m_temporary->store();
    m_source = m_temporary->source();
}

void TestPostListModel::cleanup()
{
    m_store = nullptr;
    m_temporary.reset();
}

QList<qint64> TestPostListModel::addPosts(const QList<std::tuple<QString, QString, QString>> &posts)
{
    QList<PostMeta> metas;
    for (const auto &[slug, title, date] : posts) {
        PostMeta meta;
        meta.slug = slug;
        meta.title = title;
        meta.author = slug == u"summit"_s ? u"Łukasz Langa"_s : u"Thomas Wouters"_s;
        meta.published = QDateTime::fromString(date, Qt::ISODate);
        meta.tags = {slug == u"summit"_s ? u"community"_s : u"releases"_s};
        metas << meta;
    }
    QList<qint64> ids;
    for (const auto &result : m_store->upsertPosts(m_source, metas).value()) {
        ids << result.id;
    }
    return ids;
}

QStringList TestPostListModel::titles(const QAbstractItemModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row) {
        result << model.index(row, 0).data().toString();
    }
    return result;
}

void TestPostListModel::listsPostsNewestFirst()
{
    addPosts({{u"a"_s, u"Python 3.12.0 final"_s, u"2023-10-02T00:00:00Z"_s},
        {u"b"_s, u"Python 3.13.0 final"_s, u"2024-10-07T00:00:00Z"_s},
        {u"summit"_s, u"Language Summit"_s, u"2024-06-14T00:00:00Z"_s}});
    PostListModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    PostFilterModel proxy(*m_store);
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(PostListModel::ColumnCount));
    QCOMPARE(titles(proxy), (QStringList {u"Python 3.13.0 final"_s, u"Language Summit"_s, u"Python 3.12.0 final"_s}));
    const QModelIndex first = proxy.index(0, 0);
    QCOMPARE(first.data(Roles::AuthorRole).toString(), u"Thomas Wouters"_s);
    QVERIFY(!first.data(Roles::ReadRole).toBool());
    QVERIFY(first.data(Qt::FontRole).value<QFont>().bold()); // unread is bold
    QCOMPARE(proxy.index(0, PostListModel::AuthorColumn).data().toString(), u"Thomas Wouters"_s);
    QCOMPARE(model.unreadCount(), 3);
}

void TestPostListModel::followsTheStore()
{
    const auto ids = addPosts({{u"a"_s, u"First"_s, u"2023-10-02T00:00:00Z"_s}});
    PostListModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    const QPersistentModelIndex kept = model.indexForPost(ids.constFirst());
    addPosts({{u"b"_s, u"Second"_s, u"2024-10-07T00:00:00Z"_s}});
    QCOMPARE(reset.count(), 0); // a sync inserts rows: the views keep selection and scrolling
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.constFirst().at(1).toInt(), 0); // newest first
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(kept.isValid());
    QCOMPARE(kept.row(), 1);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy unread(&model, &PostListModel::unreadCountChanged);
    QVERIFY(m_store->setRead(ids.constFirst(), true));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.constFirst().at(0).toModelIndex(), model.indexForPost(ids.constFirst()));
    QCOMPARE(unread.constLast().constFirst().toInt(), 1);
    QVERIFY(model.indexForPost(ids.constFirst()).data(Roles::ReadRole).toBool());
    QVERIFY(!model.indexForPost(12345).isValid());
}

void TestPostListModel::insertsMovesAndRemovesRows()
{
    addPosts({{u"a"_s, u"A"_s, u"2023-01-01T00:00:00Z"_s}, {u"c"_s, u"C"_s, u"2023-03-01T00:00:00Z"_s},
        {u"e"_s, u"E"_s, u"2023-05-01T00:00:00Z"_s}});
    PostListModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // Two new posts between the old ones, one run each; and A re-dated to the top, retitled.
    addPosts({{u"b"_s, u"B"_s, u"2023-02-01T00:00:00Z"_s}, {u"d"_s, u"D"_s, u"2023-04-01T00:00:00Z"_s},
        {u"a"_s, u"A, edited"_s, u"2023-06-01T00:00:00Z"_s}});
    QCOMPARE(titles(model), (QStringList {u"A, edited"_s, u"E"_s, u"D"_s, u"C"_s, u"B"_s}));
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(moved.count(), 1);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(model.unreadCount(), 5);

    // A post re-dated far down moves once, not every post it passes once each.
    moved.clear();
    addPosts({{u"e"_s, u"E"_s, u"2022-01-01T00:00:00Z"_s}});
    QCOMPARE(titles(model), (QStringList {u"A, edited"_s, u"D"_s, u"C"_s, u"B"_s, u"E"_s}));
    QCOMPARE(moved.count(), 1);
    addPosts({{u"e"_s, u"E"_s, u"2023-05-01T00:00:00Z"_s}});
    QCOMPARE(titles(model), (QStringList {u"A, edited"_s, u"E"_s, u"D"_s, u"C"_s, u"B"_s}));
    QCOMPARE(moved.count(), 2);

    // A source's posts removed (an unfollow) leave in runs.
    Herald::SourceStore sources(m_temporary->database());
    auto followed = Herald::SourceSpec::read(u"pypi:requests"_s);
    QVERIFY(followed);
    const qint64 requests = sources.add(*followed).value();
    PostMeta release;
    release.slug = u"2.32.5"_s;
    release.title = u"requests 2.32.5"_s;
    release.published = QDateTime::fromString(u"2023-04-15T00:00:00Z"_s, Qt::ISODate);
    HERALD_VERIFY_RESULT(m_store->upsertPosts(requests, {release}));
    QCOMPARE(titles(model), (QStringList {u"A, edited"_s, u"E"_s, u"requests 2.32.5"_s, u"D"_s, u"C"_s, u"B"_s}));
    HERALD_VERIFY_RESULT(sources.remove(requests));
    model.reload();
    QCOMPARE(titles(model), (QStringList {u"A, edited"_s, u"E"_s, u"D"_s, u"C"_s, u"B"_s}));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.unreadCount(), 5);
    QCOMPARE(reset.count(), 0);
}

void TestPostListModel::writesStateThrough()
{
    const auto ids = addPosts({{u"a"_s, u"First"_s, u"2023-10-02T00:00:00Z"_s}});
    PostListModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex index = model.indexForPost(ids.constFirst());
    QVERIFY(model.setData(index, true, Roles::StarredRole));
    QVERIFY(model.setData(index, true, Roles::ReadRole));
    QVERIFY(!model.setData(index, u"x"_s, Qt::DisplayRole));
    QVERIFY(m_store->post(ids.constFirst())->starred);
    QVERIFY(m_store->post(ids.constFirst())->read);
    QVERIFY(index.data(Roles::StarredRole).toBool());
}

void TestPostListModel::filters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("unreadOnly");
    QTest::addColumn<bool>("starredOnly");
    QTest::addColumn<QStringList>("expected");

    const QString a = u"Python 3.12.0 final"_s;
    const QString b = u"Python 3.13.0 final"_s;
    const QString s = u"Language Summit"_s;
    QTest::newRow("everything") << QString() << false << false << QStringList {b, s, a};
    QTest::newRow("title") << u"3.13"_s << false << false << QStringList {b};
    QTest::newRow("case-insensitive") << u"SUMMIT"_s << false << false << QStringList {s};
    QTest::newRow("author") << u"Łukasz"_s << false << false << QStringList {s};
    // Both by their tag alone; the shorter post ranks higher.
    QTest::newRow("tag") << u"releases"_s << false << false << QStringList {a, b};
    QTest::newRow("body text") << u"subinterpreters"_s << false << false << QStringList {s};
    QTest::newRow("unread only") << QString() << true << false << QStringList {b, s};
    QTest::newRow("starred only") << QString() << false << true << QStringList {a};
    QTest::newRow("nothing matches") << u"perl"_s << false << false << QStringList();
    QTest::newRow("prefix") << u"subinterp"_s << false << false << QStringList {s};
    QTest::newRow("hyphen-insensitive") << u"free-thread"_s << false << false << QStringList {b};
    QTest::newRow("phrase") << u"\"language summit\""_s << false << false << QStringList {s};
    QTest::newRow("phrase in order only") << u"\"summit language\""_s << false << false << QStringList();
    QTest::newRow("author: filter") << u"author:langa"_s << false << false << QStringList {s};
    QTest::newRow("author: quoted") << u"author:\"thomas wouters\""_s << false << false << QStringList {b, a};
    QTest::newRow("tag: filter") << u"tag:community"_s << false << false << QStringList {s};
    QTest::newRow("series: filter") << u"series:3.12"_s << false << false << QStringList {a};
    QTest::newRow("words and a filter") << u"final author:wouters"_s << false << false << QStringList {b, a};
    QTest::newRow("word and series") << u"final series:3.13"_s << false << false << QStringList {b};
    QTest::newRow("filter and unread") << u"author:wouters"_s << true << false << QStringList {b};
}

void TestPostListModel::filters()
{
    QFETCH(QString, text);
    QFETCH(bool, unreadOnly);
    QFETCH(bool, starredOnly);
    QFETCH(QStringList, expected);
    const auto ids = addPosts({{u"a"_s, u"Python 3.12.0 final"_s, u"2023-10-02T00:00:00Z"_s},
        {u"b"_s, u"Python 3.13.0 final"_s, u"2024-10-07T00:00:00Z"_s},
        {u"summit"_s, u"Language Summit"_s, u"2024-06-14T00:00:00Z"_s}});
    QVERIFY(m_store->storeBody(ids.at(2), u"We talked about subinterpreters."_s, QUrl(), {}));
    QVERIFY(m_store->storeBody(ids.at(1), u"The free-threaded build is supported."_s, QUrl(), {}));
    QVERIFY(m_store->setRead(ids.at(0), true));
    QVERIFY(m_store->setStarred(ids.at(0), true));

    PostListModel model(*m_store);
    PostFilterModel proxy(*m_store);
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFilterText(text);
    proxy.setUnreadOnly(unreadOnly);
    proxy.setStarredOnly(starredOnly);
    QCOMPARE(titles(proxy), expected);
    proxy.setFilterText(QString());
    proxy.setUnreadOnly(false);
    proxy.setStarredOnly(false);
    QCOMPARE(proxy.rowCount(), 3);
}

void TestPostListModel::ranksByRelevanceWhileSearching()
{
    const auto ids = addPosts({{u"x"_s, u"Python 3.13.0 final"_s, u"2024-10-07T00:00:00Z"_s},
        {u"y"_s, u"Release notes"_s, u"2025-01-01T00:00:00Z"_s},
        {u"z"_s, u"Python 3.13.1"_s, u"2024-12-03T00:00:00Z"_s}});
    QVERIFY(m_store->storeBody(ids.at(1), u"The final word on the final release: final, final."_s, QUrl(), {}));
    PostListModel model(*m_store);
    PostFilterModel proxy(*m_store);
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy queryChanged(&proxy, &PostFilterModel::queryChanged);

    // Newest first without a query; no snippets.
    QCOMPARE(titles(proxy), (QStringList {u"Release notes"_s, u"Python 3.13.1"_s, u"Python 3.13.0 final"_s}));
    QVERIFY(!proxy.index(0, 0).data(Roles::SnippetRole).isValid());

    // With one, the title that holds what was typed comes first, although it is older.
    proxy.setFilterText(u"final"_s);
    QCOMPARE(queryChanged.count(), 1);
    QCOMPARE(titles(proxy), (QStringList {u"Python 3.13.0 final"_s, u"Release notes"_s}));
    // A match in the text gets a snippet with the match marked; a title match needs none.
    const QString snippet = proxy.index(1, 0).data(Roles::SnippetRole).toString();
    QVERIFY2(snippet.contains(QChar(2) + u"final"_s + QChar(3)), qPrintable(snippet));
    QVERIFY(proxy.index(0, 0).data(Roles::SnippetRole).isValid());
    QVERIFY(proxy.index(0, 0).data(Roles::SnippetRole).toString().isEmpty());

    // Back to dates once the query is gone.
    proxy.setFilterText(QString());
    QCOMPARE(titles(proxy), (QStringList {u"Release notes"_s, u"Python 3.13.1"_s, u"Python 3.13.0 final"_s}));
    QCOMPARE(proxy.query(), SearchQuery());
}

void TestPostListModel::pinsTheOpenPost()
{
    const auto ids
        = addPosts({{u"a"_s, u"First"_s, u"2023-10-02T00:00:00Z"_s}, {u"b"_s, u"Second"_s, u"2024-10-07T00:00:00Z"_s}});
    PostListModel model(*m_store);
    PostFilterModel proxy(*m_store);
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setUnreadOnly(true);
    proxy.setPinnedPost(ids.at(1));
    QVERIFY(m_store->setRead(ids.at(1), true));
    // Read, but open: still listed.
    QCOMPARE(titles(proxy), (QStringList {u"Second"_s, u"First"_s}));
    // Opening another lets it go, on the next turn of the event loop.
    proxy.setPinnedPost(ids.at(0));
    QCOMPARE(proxy.rowCount(), 2);
    QTRY_COMPARE(titles(proxy), QStringList {u"First"_s});
}

void TestPostListModel::snippetsLeaveAddressesOut()
{
    const auto ids = addPosts({{u"x"_s, u"Python 3.14.5"_s, u"2026-05-10T00:00:00Z"_s}});
    QVERIFY(m_store->storeBody(ids.at(0),
        u"See [what is new](https://docs.python.org/3/whatsnew/3.14.html#whatsnew314-free-threaded-now) "
        u"and the **free-threaded** build."_s,
        QUrl(), {}));
    PostListModel model(*m_store);
    PostFilterModel proxy(*m_store);
    proxy.setSourceModel(&model);
    proxy.setFilterText(u"free-thread"_s);
    QCOMPARE(proxy.rowCount(), 1);
    const QString snippet = proxy.index(0, 0).data(Roles::SnippetRole).toString();
    QVERIFY2(!snippet.contains(u"docs.python.org"_s) && !snippet.contains(u"whatsnew"_s), qPrintable(snippet));
    QVERIFY2(!snippet.contains(u"**"_s) && !snippet.contains(u"]("_s), qPrintable(snippet));
    // The match inside the address is kept as a word of its own.
    QVERIFY2(snippet.startsWith(u"See what is new "_s + QChar(2) + u"free-threaded"_s + QChar(3)), qPrintable(snippet));
}

void TestPostListModel::searchFollowsTheStore()
{
    const auto ids = addPosts({{u"a"_s, u"Python 3.13.0 final"_s, u"2024-10-07T00:00:00Z"_s}});
    PostListModel model(*m_store);
    PostFilterModel proxy(*m_store);
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFilterText(u"final"_s);
    QCOMPARE(titles(proxy), QStringList {u"Python 3.13.0 final"_s});
    // A sync brings a post that matches, and the text of one that did not.
    addPosts({{u"b"_s, u"Python 3.14.0 final"_s, u"2025-10-07T00:00:00Z"_s},
        {u"c"_s, u"Release notes"_s, u"2025-11-01T00:00:00Z"_s}});
    QTRY_COMPARE(titles(proxy), (QStringList {u"Python 3.14.0 final"_s, u"Python 3.13.0 final"_s}));
    QVERIFY(m_store->storeBody(m_store->idForSlug(u"c"_s).value().value_or(0), u"The final notes."_s, QUrl(), {}));
    QTRY_COMPARE(proxy.rowCount(), 3);
    // Reading a hit keeps it.
    QVERIFY(m_store->setRead(ids.at(0), true));
    QCoreApplication::processEvents();
    QCOMPARE(proxy.rowCount(), 3);
}

void TestPostListModel::punctuationAloneFiltersNothing()
{
    addPosts({{u"a"_s, u"First"_s, u"2023-10-02T00:00:00Z"_s}, {u"b"_s, u"Second"_s, u"2024-10-07T00:00:00Z"_s}});
    PostListModel model(*m_store);
    PostFilterModel proxy(*m_store);
    proxy.setSourceModel(&model);
    for (const QString &typed : {u"?"_s, u"-"_s, u"…"_s, u"\"\""_s}) {
        proxy.setFilterText(typed);
        QCOMPARE(proxy.rowCount(), 2);
    }
}

QList<qint64> TestPostListModel::addNumberedPosts(int count, int undated, qint64 sourceId)
{
    const QDateTime newest(QDate(2024, 1, 1), QTime(12, 0), QTimeZone::UTC);
    QList<PostMeta> metas;
    for (int i = 0; i < count; ++i) {
        PostMeta meta;
        meta.slug = u"post-%1-%2"_s.arg(sourceId).arg(i);
        meta.title = u"Post %1"_s.arg(i);
        meta.author = u"Author %1"_s.arg(i % 7);
        if (i < count - undated) {
            meta.published = newest.addDays(-i);
        }
        if (i % 3 == 0) {
            meta.tags = {u"third"_s};
        }
        metas << meta;
    }
    QList<qint64> ids;
    const auto stored = m_store->upsertPosts(sourceId ? sourceId : m_source, metas);
    if (stored) {
        for (const auto &result : *stored) {
            ids << result.id;
        }
    }
    return ids;
}

Herald::Result<QList<PostStore::UpsertResult>> TestPostListModel::addDatedPost(
    const QString &title, QDate day, qint64 sourceId)
{
    PostMeta meta;
    meta.slug = title;
    meta.title = title;
    meta.published = QDateTime(day, QTime(), QTimeZone::UTC);
    return m_store->upsertPosts(sourceId ? sourceId : m_source, {meta});
}

void TestPostListModel::fetchesRowsAsTheListIsScrolled()
{
    // Two and a half pages, the last 250 with no date (more than a page of them): they come
    // last, in the order of their ids, the newest stored first.
    constexpr int Count = 2 * PostListModel::PageRows + 100;
    constexpr int Undated = PostListModel::PageRows + 50;
    const QList<qint64> ids = addNumberedPosts(Count, Undated);
    QCOMPARE(ids.size(), Count);
    PostListModel model(*m_store);
    // No QAbstractItemModelTester until the end: it fetches as it checks.
    QCOMPARE(model.rowCount(), PostListModel::PageRows);
    QCOMPARE(model.unreadCount(), Count); // every post's, fetched or not
    QVERIFY(model.canFetchMore({}));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * PostListModel::PageRows);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.constFirst().at(1).toInt(), PostListModel::PageRows);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), Count);
    QVERIFY(!model.canFetchMore({})); // the page came short
    QStringList expected;
    for (int i = 0; i < Count - Undated; ++i) {
        expected << u"Post %1"_s.arg(i);
    }
    for (int i = Count - 1; i >= Count - Undated; --i) {
        expected << u"Post %1"_s.arg(i);
    }
    QCOMPARE(titles(model), expected);

    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // A dated post stored later goes before the undated rows, which are fetched already.
    HERALD_VERIFY_RESULT(addDatedPost(u"Older"_s, QDate(1999, 1, 1)));
    QCOMPARE(model.rowCount(), Count + 1);
    QCOMPARE(model.index(Count - Undated, 0).data().toString(), u"Older"_s);
}

void TestPostListModel::fetchesPostsStoredBelowTheEnd()
{
    addNumberedPosts(PostListModel::PageRows + 50);
    PostListModel model(*m_store);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), PostListModel::PageRows + 50);
    QVERIFY(!model.canFetchMore({}));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Every row was fetched: one older than them all is inserted at the end.
    HERALD_VERIFY_RESULT(addDatedPost(u"Older"_s, QDate(1999, 1, 1)));
    QCOMPARE(model.rowCount(), PostListModel::PageRows + 51);
    QCOMPARE(model.index(PostListModel::PageRows + 50, 0).data().toString(), u"Older"_s);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.unreadCount(), PostListModel::PageRows + 51);
}

void TestPostListModel::readsOnlyTheRowsFetched()
{
    addNumberedPosts(3 * PostListModel::PageRows);
    PostListModel model(*m_store);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    // A newer post arrives: it is inserted at the top, and the rows fetched stay, none beyond.
    HERALD_VERIFY_RESULT(addDatedPost(u"Fresh"_s, QDate(2025, 1, 1)));
    QCOMPARE(model.rowCount(), PostListModel::PageRows + 1);
    QCOMPARE(model.index(0, 0).data().toString(), u"Fresh"_s);
    QCOMPARE(model.index(PostListModel::PageRows, 0).data().toString(), u"Post %1"_s.arg(PostListModel::PageRows - 1));
    QCOMPARE(removed.count(), 0);
    QCOMPARE(reset.count(), 0);
    // What a row does not keep is read when asked for.
    QCOMPARE(model.index(1, 0).data(Roles::TagsRole).toStringList(), QStringList {u"third"_s});
    QCOMPARE(model.index(1, 0).data(Roles::SlugRole).toString(), u"post-0-0"_s);
}

void TestPostListModel::fetchesDownToAPost()
{
    const QList<qint64> ids = addNumberedPosts(3 * PostListModel::PageRows, 10);
    PostListModel model(*m_store);
    const qint64 deep = ids.at(2 * PostListModel::PageRows + 5);
    QVERIFY(!model.indexForPost(deep).isValid());
    const QModelIndex found = model.fetchPost(deep);
    QVERIFY(found.isValid());
    QCOMPARE(found.data(Roles::PostIdRole).toLongLong(), deep);
    QCOMPARE(model.rowCount(), 2 * PostListModel::PageRows + 6); // down to it, no further
    QVERIFY(model.canFetchMore({}));
    // One with no date sorts last: fetched through the dated ones.
    const qint64 undated = ids.constLast();
    QCOMPARE(model.fetchPost(undated).data(Roles::PostIdRole).toLongLong(), undated);
    QCOMPARE(model.rowCount(), 3 * PostListModel::PageRows - 9);
    QVERIFY(!model.fetchPost(999999).isValid());
}

void TestPostListModel::filtersFetchUntilARowShows()
{
    // Another source's posts, all older than the first page: choosing that source must not
    // leave an empty list, though the first fetches bring none of its rows.
    addNumberedPosts(3 * PostListModel::PageRows);
    Herald::SourceStore sources(m_temporary->database());
    auto spec = Herald::SourceSpec::read(u"pypi:requests"_s);
    QVERIFY(spec);
    const qint64 other = sources.add(*spec).value();
    HERALD_VERIFY_RESULT(addDatedPost(u"requests 2.0.0"_s, QDate(1990, 1, 1), other));
    PostListModel model(*m_store);
    PostFilterModel proxy(*m_store);
    proxy.setSourceModel(&model);
    proxy.setSources({other});
    QCOMPARE(proxy.rowCount(), 0);
    QVERIFY(proxy.canFetchMore({}));
    proxy.fetchMore({});
    QCOMPARE(titles(proxy), QStringList {u"requests 2.0.0"_s});
    QCOMPARE(model.rowCount(), 3 * PostListModel::PageRows + 1);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestPostListModel::searchesEveryPost()
{
    addNumberedPosts(3 * PostListModel::PageRows, 5);
    PostListModel model(*m_store);
    PostFilterModel proxy(*m_store);
    proxy.setSourceModel(&model);
    QCOMPARE(model.rowCount(), PostListModel::PageRows);
    proxy.setFilterText(u"\"Post 555\""_s);
    QCOMPARE(titles(proxy), QStringList {u"Post 555"_s});
    proxy.setFilterText(u"tag:third author:\"Author 3\""_s);
    // Every third post by author 3: i % 3 == 0 and i % 7 == 3, i.e. i % 21 == 3.
    QCOMPARE(proxy.rowCount(), int((3 * PostListModel::PageRows - 3 + 20) / 21));
    QCOMPARE(proxy.index(0, 0).data().toString(), u"Post 3"_s);
    proxy.setFilterText({});
    QCOMPARE(proxy.rowCount(), 3 * PostListModel::PageRows); // fetched by the search, kept
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestPostListModel::readsAPageMoreAtMostWhenPostsArrive()
{
    addNumberedPosts(PostListModel::PageRows + 10);
    PostListModel model(*m_store);
    QCOMPARE(model.rowCount(), PostListModel::PageRows);
    // A first sync of a big project: 500 posts newer than every row.
    QList<PostMeta> newer;
    for (int i = 0; i < 500; ++i) {
        PostMeta meta;
        meta.slug = u"newer-%1"_s.arg(i);
        meta.title = u"Newer %1"_s.arg(i);
        meta.published = QDateTime(QDate(2030, 1, 1), QTime(), QTimeZone::UTC).addSecs(-i);
        newer << meta;
    }
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    HERALD_VERIFY_RESULT(m_store->upsertPosts(m_source, newer));
    QCOMPARE(model.rowCount(), 2 * PostListModel::PageRows); // what was fetched and a page more
    QCOMPARE(model.index(0, 0).data().toString(), u"Newer 0"_s);
    QCOMPARE(reset.count(), 0);
    QVERIFY(model.canFetchMore({}));
    model.fetchAll();
    QCOMPARE(model.rowCount(), PostListModel::PageRows + 10 + 500);
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.insert(model.index(row, 0).data(Roles::PostIdRole).toLongLong());
    }
    QCOMPARE(int(ids.size()), model.rowCount());
}

void TestPostListModel::fetchesUnderATester()
{
    // The tester fetches from inside the model's own signals: no row may come twice.
    addNumberedPosts(3 * PostListModel::PageRows + 7, 3);
    PostListModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    QCOMPARE(model.rowCount(), 3 * PostListModel::PageRows + 7);
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.insert(model.index(row, 0).data(Roles::PostIdRole).toLongLong());
    }
    QCOMPARE(int(ids.size()), model.rowCount());
}

void TestPostListModel::tagFilterFollowsTheStore()
{
    addNumberedPosts(10);
    PostListModel model(*m_store);
    PostFilterModel proxy(*m_store);
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFilterText(u"tag:third"_s);
    QCOMPARE(proxy.rowCount(), 4); // posts 0, 3, 6 and 9
    PostMeta tagged;
    tagged.slug = u"tagged-later"_s;
    tagged.title = u"Tagged later"_s;
    tagged.published = QDateTime(QDate(2030, 1, 1), QTime(), QTimeZone::UTC);
    tagged.tags = {u"Third"_s};
    HERALD_VERIFY_RESULT(m_store->upsertPosts(m_source, {tagged}));
    QTRY_COMPARE(proxy.rowCount(), 5);
    QCOMPARE(proxy.index(0, 0).data().toString(), u"Tagged later"_s);
}

QTEST_GUILESS_MAIN(TestPostListModel)
#include "tst_postlistmodel.moc"
