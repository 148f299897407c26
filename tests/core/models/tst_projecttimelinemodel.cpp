// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// ProjectTimelineModel under QAbstractItemModelTester: projects, their series and releases as
// a three-level tree; a new sync inserts, moves and removes projects and replaces only the
// series of a project whose releases changed, never resetting the model.
#include "core/models/itemdataroles.h"
#include "core/models/projecttimelinemodel.h"
#include "core/releases/productlifecycle.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using Herald::ProductLifecycle;
using Herald::ProjectReleases;
using Herald::ProjectTimelineModel;
using Herald::Source;
using Herald::SourceKind;
namespace Roles = Herald::Roles;

namespace {

/// A project with `versions` (newest first), each announced by post id base + its position.
ProjectReleases project(qint64 id, const QString &name, const QStringList &versions, bool yankFirst = false)
{
    Source source;
    source.id = id;
    source.kind = SourceKind::PyPI;
    source.identifier = name;
    source.name = name;
    QList<Herald::Post> posts;
    for (qsizetype i = 0; i < versions.size(); ++i) {
        Herald::Post post;
        post.id = id * 100 + i;
        post.sourceId = id;
        post.meta.slug = versions.at(i);
        post.meta.title = name + u' ' + versions.at(i);
        post.meta.version = versions.at(i);
        post.meta.published = QDateTime(QDate(2026, 11, 30).addDays(-i), QTime(12, 0), QTimeZone::UTC);
        post.yanked = yankFirst && i == 0;
        posts << post;
    }
    return ProjectReleases::build({source}, posts, QDateTime(QDate(2026, 12, 1), QTime(), QTimeZone::UTC)).constFirst();
}

} // namespace

class TestProjectTimelineModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void showsProjectsSeriesAndReleases();
    void followsChangesWithoutAReset();
    void showsTheLifecycleAndTheVersionUsed();

private:
    /// "name" per project, with "  series" and "    version" below, in order.
    QStringList shape() const;

    std::unique_ptr<ProjectTimelineModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestProjectTimelineModel::init()
{
    m_tester.reset();
    m_model = std::make_unique<ProjectTimelineModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

QStringList TestProjectTimelineModel::shape() const
{
    QStringList rows;
    for (int p = 0; p < m_model->rowCount(); ++p) {
        const QModelIndex projectIndex = m_model->index(p, 0);
        rows << projectIndex.data().toString();
        for (int s = 0; s < m_model->rowCount(projectIndex); ++s) {
            const QModelIndex seriesIndex = m_model->index(s, 0, projectIndex);
            rows << u"  "_s + seriesIndex.data().toString();
            for (int r = 0; r < m_model->rowCount(seriesIndex); ++r) {
                rows << u"    "_s + m_model->index(r, 0, seriesIndex).data().toString();
            }
        }
    }
    return rows;
}

void TestProjectTimelineModel::showsProjectsSeriesAndReleases()
{
    m_model->setProjects({project(1, u"Django"_s, {u"6.0rc1"_s, u"5.2.8"_s, u"5.2.7"_s, u"4.2.26"_s}),
        project(2, u"requests"_s, {u"2.32.5"_s, u"2.32.4"_s}, true)});
    QCOMPARE(shape(),
        QStringList({u"Django"_s, u"  6.0"_s, u"    6.0rc1 (pre-release)"_s, u"  5.2"_s, u"    5.2.8"_s, u"    5.2.7"_s,
            u"  4.2"_s, u"    4.2.26"_s, u"requests"_s, u"  2.32"_s, u"    2.32.5 (yanked)"_s, u"    2.32.4"_s}));

    const QModelIndex django = m_model->index(0, 0);
    // A project's latest is its newest final release, and opening it opens that announcement.
    QCOMPARE(m_model->index(0, ProjectTimelineModel::DateColumn).data().toString(), u"5.2.8"_s);
    QCOMPARE(django.data(Roles::AnnouncementPostIdRole).toLongLong(), 101);
    QCOMPARE(django.data(Roles::SourceRowIdRole).toLongLong(), 1);
    QCOMPARE(django.data(Roles::TimelineKindRole).toInt(), int(ProjectTimelineModel::ProjectKind));

    const QModelIndex series52 = m_model->index(1, 0, django);
    QCOMPARE(series52.data(Roles::SeriesRole).toString(), u"5.2"_s);
    QCOMPARE(series52.data(Roles::TimelineKindRole).toInt(), int(ProjectTimelineModel::SeriesKind));
    const QModelIndex release = m_model->index(0, 0, series52);
    QCOMPARE(release.data(Roles::ReleaseVersionRole).toString(), u"5.2.8"_s);
    QCOMPARE(release.data(Roles::AnnouncementPostIdRole).toLongLong(), 101);
    QCOMPARE(release.data(Roles::TimelineKindRole).toInt(), int(ProjectTimelineModel::ReleaseKind));
    QCOMPARE(release.parent(), series52);
    QCOMPARE(series52.parent(), django);
    QVERIFY(!release.data(Roles::IsPrereleaseRole).toBool());
    QVERIFY(m_model->index(0, 0, m_model->index(0, 0, django)).data(Roles::IsPrereleaseRole).toBool());
    QVERIFY(!m_model->index(0, ProjectTimelineModel::DateColumn, series52).data().toString().isEmpty());

    const QModelIndex yanked = m_model->index(0, 0, m_model->index(0, 0, m_model->index(1, 0)));
    QVERIFY(yanked.data(Qt::FontRole).value<QFont>().strikeOut());
    QVERIFY(yanked.data(Qt::ToolTipRole).toString().contains(u"Yanked"_s));
}

void TestProjectTimelineModel::followsChangesWithoutAReset()
{
    m_model->setProjects({project(1, u"Django"_s, {u"5.2.8"_s}), project(2, u"requests"_s, {u"2.32.5"_s}),
        project(3, u"numpy"_s, {u"2.3.5"_s})});
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);

    // Nothing changed: nothing is signalled.
    m_model->setProjects({project(1, u"Django"_s, {u"5.2.8"_s}), project(2, u"requests"_s, {u"2.32.5"_s}),
        project(3, u"numpy"_s, {u"2.3.5"_s})});
    QCOMPARE(inserted.size() + removed.size() + moved.size(), 0);

    // A release of one project replaces that project's series only.
    const QPersistentModelIndex numpy = m_model->index(2, 0);
    m_model->setProjects({project(1, u"Django"_s, {u"5.2.9"_s, u"5.2.8"_s}), project(2, u"requests"_s, {u"2.32.5"_s}),
        project(3, u"numpy"_s, {u"2.3.5"_s})});
    QCOMPARE(removed.size(), 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.constFirst().at(0).value<QModelIndex>(), m_model->index(0, 0));
    QVERIFY(m_model->index(0, ProjectTimelineModel::DateColumn).data().toString() == u"5.2.9"_s);
    QVERIFY(numpy.isValid());
    QCOMPARE(numpy.data().toString(), u"numpy"_s);

    // Unfollowed, followed and reordered: an index kept below a project that moves goes with it.
    const QPersistentModelIndex numpyRelease = m_model->index(0, 0, m_model->index(0, 0, numpy));
    QCOMPARE(numpyRelease.data().toString(), u"2.3.5"_s);
    inserted.clear();
    removed.clear();
    m_model->setProjects({project(3, u"numpy"_s, {u"2.3.5"_s}), project(1, u"Django"_s, {u"5.2.9"_s, u"5.2.8"_s}),
        project(4, u"pydantic"_s, {u"2.12.0"_s})});
    QCOMPARE(shape(),
        QStringList({u"numpy"_s, u"  2.3"_s, u"    2.3.5"_s, u"Django"_s, u"  5.2"_s, u"    5.2.9"_s, u"    5.2.8"_s,
            u"pydantic"_s, u"  2.12"_s, u"    2.12.0"_s}));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(moved.size(), 1);
    QVERIFY(numpy.isValid());
    QCOMPARE(numpy.row(), 0);
    QVERIFY(numpyRelease.isValid());
    QCOMPARE(numpyRelease.data().toString(), u"2.3.5"_s);
    QCOMPARE(numpyRelease.parent().parent(), QModelIndex(numpy));
    QCOMPARE(numpyRelease.data(Roles::SourceRowIdRole).toLongLong(), 3);

    // A rename reaches the row in place.
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    ProjectReleases renamed = project(4, u"pydantic"_s, {u"2.12.0"_s});
    renamed.source.name = u"Pydantic"_s;
    m_model->setProjects(
        {project(3, u"numpy"_s, {u"2.3.5"_s}), project(1, u"Django"_s, {u"5.2.9"_s, u"5.2.8"_s}), renamed});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_model->index(2, 0).data().toString(), u"Pydantic"_s);

    m_model->setProjects({});
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(resets.size(), 0);
}

void TestProjectTimelineModel::showsTheLifecycleAndTheVersionUsed()
{
    qputenv("HERALD_TODAY", "2026-12-07");
    ProjectReleases django = project(1, u"Django"_s, {u"5.2.9"_s, u"4.2.26"_s, u"4.2.11"_s});
    m_model->setProjects({django});
    const QModelIndex top = m_model->index(0, 0);
    QCOMPARE(m_model->index(1, 0, top).data().toString(), u"4.2"_s); // no lifecycle: the series alone

    // The lifecycle and the version used arrive (a sync, the user): the rows read anew in place.
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    django.lifecycle = ProductLifecycle::read(
        R"([{"cycle": "5.2", "eol": "2028-04-30", "support": "2025-12-31", "lts": true},
            {"cycle": "4.2", "eol": "2026-04-30", "support": "2023-12-31", "lts": true}])",
        u"django"_s)
                           .value();
    django.source.usedVersion = u"4.2.11"_s;
    m_model->setProjects({django});
    QCOMPARE(changed.size(), 1 + 2 + 2); // the project, each series and each series' releases
    QCOMPARE(m_model->index(0, 0, top).data().toString(), u"5.2 LTS · security fixes only"_s);
    QCOMPARE(m_model->index(1, 0, top).data().toString(), u"4.2 · end of life"_s);
    QCOMPARE(m_model->index(1, 0, top).data(Roles::EndOfLifeRole).toDate(), QDate(2026, 4, 30));
    const QModelIndex mine = m_model->index(1, 0, m_model->index(1, 0, top));
    QCOMPARE(mine.data().toString(), u"4.2.11 · yours"_s);
    QVERIFY(mine.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY2(top.data(Qt::ToolTipRole).toString().contains(u"you use 4.2.11; 4.2.26 and 5.2.9 are out"_s),
        qPrintable(top.data(Qt::ToolTipRole).toString()));

    // Another product with as many cycles is a change too.
    changed.clear();
    django.lifecycle = ProductLifecycle::read(
        R"([{"cycle": "5.2", "eol": "2029-04-30"}, {"cycle": "4.2", "eol": "2027-04-30"}])", u"other"_s)
                           .value();
    m_model->setProjects({django});
    QVERIFY(!changed.isEmpty());
    QCOMPARE(m_model->index(1, 0, top).data().toString(), u"4.2 · bugfix"_s);
    qunsetenv("HERALD_TODAY");
}

QTEST_GUILESS_MAIN(TestProjectTimelineModel)
#include "tst_projecttimelinemodel.moc"
