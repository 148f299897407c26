// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// SourceListModel under QAbstractItemModelTester: "All Sources", loose sources and folders
// with their sources, following the stores with row insertions, removals and moves (never a
// reset), unread counts per source, folder and in all, renames, and moves by drag and drop.
#include "core/models/itemdataroles.h"
#include "core/models/sourcelistmodel.h"
#include "core/sources/sourcespec.h"
#include "core/store/poststore.h"
#include "core/store/sourcestore.h"
#include "storefixtures.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using Herald::PostMeta;
using Herald::SourceListModel;
using Herald::SourceSpec;
using Herald::SourceStore;
namespace Roles = Herald::Roles;

class TestSourceListModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsLooseSourcesThenFolders();
    void followsTheStoresWithoutAReset();
    void countsUnreadPosts();
    void renamesInPlace();
    void movesByDragAndDrop();
    void saysWhatTheVersionUsedMeans();

private:
    qint64 follow(const QString &input, const QString &folder = {});
    /// Every row as "name" or "folder/name", in order, with the unread count when given.
    QStringList shape(bool withUnread = false) const;

    std::unique_ptr<Herald::Test::TemporaryStore> m_temporary;
    std::unique_ptr<SourceStore> m_sources;
    std::unique_ptr<SourceListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestSourceListModel::init()
{
    m_temporary = std::make_unique<Herald::Test::TemporaryStore>();
    HERALD_VERIFY_RESULT(m_temporary->open());
    m_sources = std::make_unique<SourceStore>(m_temporary->database());
    m_model = std::make_unique<SourceListModel>(*m_sources, m_temporary->store());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestSourceListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_sources.reset();
    m_temporary.reset();
}

qint64 TestSourceListModel::follow(const QString &input, const QString &folder)
{
    auto source = SourceSpec::read(input).value();
    source.folder = folder;
    return m_sources->add(source).value_or(0);
}

QStringList TestSourceListModel::shape(bool withUnread) const
{
    QStringList rows;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        const QModelIndex top = m_model->index(i, 0);
        const auto describe = [&](const QModelIndex &index, const QString &prefix) {
            QString text = prefix + index.data().toString();
            if (withUnread) {
                text += u'=' + QString::number(index.data(Roles::SourceUnreadRole).toInt());
            }
            return text;
        };
        rows << describe(top, {});
        for (int j = 0; j < m_model->rowCount(top); ++j) {
            rows << describe(m_model->index(j, 0, top), top.data().toString() + u'/');
        }
    }
    return rows;
}

void TestSourceListModel::listsLooseSourcesThenFolders()
{
    follow(u"pypi:zeta"_s, u"Web"_s);
    follow(u"pypi:alpha"_s);
    follow(u"django/django"_s, u"Web"_s);
    follow(u"pypi:numpy"_s, u"Science"_s);
    m_model->refresh();
    QCOMPARE(shape(),
        (QStringList {u"All Sources"_s, u"Python Insider"_s, u"alpha"_s, u"Science"_s, u"Science/numpy"_s, u"Web"_s,
            u"Web/zeta"_s, u"Web/django/django"_s}));
    QVERIFY(SourceListModel::isAllSources(m_model->index(0, 0)));
    const QModelIndex web = m_model->index(4, 0);
    QCOMPARE(m_model->sourcesOf(web).size(), 2);
    QVERIFY(m_model->sourcesOf(m_model->index(0, 0)).isEmpty()); // every source
    QVERIFY(!(m_model->flags(web) & Qt::ItemIsDragEnabled));
    QVERIFY(m_model->flags(web) & Qt::ItemIsDropEnabled);
    QVERIFY(m_model->flags(m_model->index(0, 0, web)) & Qt::ItemIsEditable);
}

void TestSourceListModel::followsTheStoresWithoutAReset()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    const qint64 django = follow(u"django/django"_s);
    QTRY_COMPARE(inserted.size(), 1); // picked up on the next turn of the event loop
    const qint64 flask = follow(u"pallets/flask"_s, u"Web"_s);
    QTRY_COMPARE(shape().size(), 5);
    // Into the folder: out of the top level, into Web.
    HERALD_VERIFY_RESULT(m_sources->move(django, u"Web"_s, 0));
    QTRY_COMPARE(shape(),
        (QStringList {
            u"All Sources"_s, u"Python Insider"_s, u"Web"_s, u"Web/django/django"_s, u"Web/pallets/flask"_s}));
    // Reordered within it: a move.
    const auto movesBefore = moved.size();
    HERALD_VERIFY_RESULT(m_sources->move(flask, u"Web"_s, 0));
    QTRY_COMPARE(shape(),
        (QStringList {
            u"All Sources"_s, u"Python Insider"_s, u"Web"_s, u"Web/pallets/flask"_s, u"Web/django/django"_s}));
    QVERIFY(moved.size() > movesBefore);
    HERALD_VERIFY_RESULT(m_sources->remove(flask));
    HERALD_VERIFY_RESULT(m_sources->remove(django));
    QTRY_COMPARE(shape(), (QStringList {u"All Sources"_s, u"Python Insider"_s}));
    QVERIFY(removed.size() >= 2);
    QCOMPARE(reset.size(), 0);
}

void TestSourceListModel::countsUnreadPosts()
{
    const qint64 django = follow(u"django/django"_s, u"Web"_s);
    QList<PostMeta> posts;
    for (const QString &version : {u"5.2.8"_s, u"5.2.7"_s, u"5.2.6"_s}) {
        PostMeta meta;
        meta.slug = version;
        meta.title = version;
        meta.version = version;
        meta.inlineHtml = u"<p>notes</p>"_s;
        posts << meta;
    }
    const auto stored = m_temporary->store().upsertPosts(django, posts);
    HERALD_VERIFY_RESULT(stored);
    QTRY_COMPARE(
        shape(true), (QStringList {u"All Sources=3"_s, u"Python Insider=0"_s, u"Web=3"_s, u"Web/django/django=3"_s}));
    HERALD_VERIFY_RESULT(m_temporary->store().setRead(stored->first().id, true));
    QTRY_COMPARE(
        shape(true), (QStringList {u"All Sources=2"_s, u"Python Insider=0"_s, u"Web=2"_s, u"Web/django/django=2"_s}));
    const QModelIndex row = m_model->indexOfSource(django);
    QCOMPARE(m_model->index(row.row(), SourceListModel::UnreadColumn, row.parent()).data().toString(), u"2"_s);
    QVERIFY(row.data(Qt::FontRole).value<QFont>().bold());
    HERALD_VERIFY_RESULT(m_sources->setSyncResult(django, u"HTTP 500"_s));
    QTRY_COMPARE(m_model->indexOfSource(django).data(Roles::SourceErrorRole).toString(), u"HTTP 500"_s);
    QVERIFY(m_model->indexOfSource(django).data(Qt::ToolTipRole).toString().contains(u"HTTP 500"_s));
}

void TestSourceListModel::renamesInPlace()
{
    const qint64 django = follow(u"django/django"_s);
    m_model->refresh();
    const QModelIndex row = m_model->indexOfSource(django);
    QCOMPARE(row.data(Qt::EditRole).toString(), QString()); // no name of its own yet
    QVERIFY(m_model->setData(row, u"Django"_s));
    QCOMPARE(m_model->indexOfSource(django).data().toString(), u"Django"_s);
    QCOMPARE(m_sources->source(django).value()->name, u"Django"_s);
    // An empty name gives the project's back.
    QVERIFY(m_model->setData(m_model->indexOfSource(django), QString()));
    QCOMPARE(m_model->indexOfSource(django).data().toString(), u"django/django"_s);
}

void TestSourceListModel::movesByDragAndDrop()
{
    const qint64 django = follow(u"django/django"_s);
    follow(u"pallets/flask"_s, u"Web"_s);
    const qint64 attrs = follow(u"python-attrs/attrs"_s, u"Web"_s);
    m_model->refresh();
    const QModelIndex web = m_model->index(3, 0);
    QCOMPARE(web.data().toString(), u"Web"_s);
    std::unique_ptr<QMimeData> data(m_model->mimeData({m_model->indexOfSource(django)}));
    QVERIFY(data);
    // Dropped into Web, before its second source.
    QVERIFY(m_model->dropMimeData(data.get(), Qt::MoveAction, 1, 0, web));
    QTRY_COMPARE(shape(),
        (QStringList {u"All Sources"_s, u"Python Insider"_s, u"Web"_s, u"Web/pallets/flask"_s, u"Web/django/django"_s,
            u"Web/python-attrs/attrs"_s}));
    // Dropped on the top level, at its end.
    std::unique_ptr<QMimeData> back(m_model->mimeData({m_model->indexOfSource(attrs)}));
    QVERIFY(m_model->dropMimeData(back.get(), Qt::MoveAction, -1, 0, QModelIndex()));
    QTRY_COMPARE(shape(),
        (QStringList {u"All Sources"_s, u"Python Insider"_s, u"python-attrs/attrs"_s, u"Web"_s, u"Web/pallets/flask"_s,
            u"Web/django/django"_s}));
    // The view's removal after a move removes nothing.
    QVERIFY(!m_model->removeRows(0, 1, m_model->index(3, 0)));
    QVERIFY(!m_model->dropMimeData(back.get(), Qt::CopyAction, -1, 0, QModelIndex()));
}

void TestSourceListModel::saysWhatTheVersionUsedMeans()
{
    qputenv("HERALD_TODAY", "2026-12-07");
    const qint64 django = follow(u"pypi:Django"_s);
    m_model->refresh();
    const auto usage
        = [this, django] { return m_model->indexOfSource(django).data(Roles::SourceUsageRole).toString(); };
    QCOMPARE(usage(), QString()); // no version used known
    QCOMPARE(m_model->indexOfSource(django).data(Roles::SourceUsageSeverityRole).toInt(), -1);
    QList<PostMeta> releases;
    for (const QString &version : {u"5.2.9"_s, u"4.2.26"_s, u"4.2.11"_s}) {
        PostMeta meta;
        meta.slug = version;
        meta.title = version;
        meta.version = version;
        meta.published = QDateTime(QDate(2026, 11, 1), QTime(12, 0), QTimeZone::UTC);
        releases << meta;
    }
    HERALD_VERIFY_RESULT(m_temporary->store().upsertPosts(django, releases));
    HERALD_VERIFY_RESULT(m_sources->setUsedVersion(django, u"4.2.11"_s, u"requirements.txt:1"_s));
    QTRY_COMPARE(usage(), u"you use 4.2.11; 4.2.26 and 5.2.9 are out"_s);
    QCOMPARE(m_model->indexOfSource(django).data(Roles::SourceUsageSeverityRole).toInt(), 1);
    QVERIFY(
        m_model->indexOfSource(django).data(Qt::ToolTipRole).toString().contains(u"Version from requirements.txt:1"_s));
    // Its lifecycle, once stored, says its series has ended.
    QFile lifecycle(QStringLiteral(HERALD_TEST_DATA "/projects/endoflife.date/api/django.json"));
    QVERIFY(lifecycle.open(QIODevice::ReadOnly));
    HERALD_VERIFY_RESULT(
        m_temporary->store().storeDocument(QUrl(u"https://endoflife.date/api/django.json"_s), lifecycle.readAll()));
    HERALD_VERIFY_RESULT(m_sources->setLifecycleProduct(django, std::nullopt)); // a change of the source: judged again
    QTRY_COMPARE(m_model->indexOfSource(django).data(Roles::SourceUsageSeverityRole).toInt(), 2);
    QVERIFY2(usage().endsWith(
                 u"4.2 reached end of life on "_s + QLocale().toString(QDate(2026, 4, 30), QLocale::ShortFormat)),
        qPrintable(usage()));
    HERALD_VERIFY_RESULT(m_sources->setUsedVersion(django, QString(), QString()));
    QTRY_COMPARE(usage(), QString());
    qunsetenv("HERALD_TODAY");
}

QTEST_MAIN(TestSourceListModel)
#include "tst_sourcelistmodel.moc"
