// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// DependencyPlanModel under QAbstractItemModelTester: a dependency import's preview, one row
// per dependency with its version, whether it is new and where it was read, replaced by row
// removals and insertions when the plan changes (a lock file read for all its packages).
#include "core/models/dependencyplanmodel.h"
#include "core/models/itemdataroles.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Herald::Dependency;
using Herald::DependencyImport;
using Herald::DependencyPlanModel;

namespace {

DependencyImport::Entry entry(const QString &name, const QString &version, qint64 followedAs = 0)
{
    DependencyImport::Entry entry;
    entry.dependency = Dependency {name, name.toLower(), version, u"group: dev"_s, u"pyproject.toml:3"_s, {}};
    if (followedAs > 0) {
        Herald::Source source;
        source.id = followedAs;
        source.kind = Herald::SourceKind::PyPI;
        source.identifier = name;
        entry.followed = source;
    }
    return entry;
}

} // namespace

class TestDependencyPlanModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsEachDependency();
    void replacesRowsWithoutAReset();
};

void TestDependencyPlanModel::showsEachDependency()
{
    DependencyPlanModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries({entry(u"Django"_s, u"4.2.11"_s, 7), entry(u"requests"_s, {})});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(DependencyPlanModel::ColumnCount));
    QCOMPARE(model.index(0, DependencyPlanModel::NameColumn).data().toString(), u"Django"_s);
    QCOMPARE(model.index(0, DependencyPlanModel::VersionColumn).data().toString(), u"4.2.11"_s);
    QCOMPARE(model.index(0, DependencyPlanModel::StateColumn).data().toString(), u"followed already"_s);
    QCOMPARE(model.index(0, DependencyPlanModel::OriginColumn).data().toString(), u"pyproject.toml:3"_s);
    QCOMPARE(model.index(0, 0).data(Herald::Roles::SourceRowIdRole).toLongLong(), 7);
    QVERIFY(model.index(0, 0).data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(u"group: dev"_s));
    QCOMPARE(model.index(1, DependencyPlanModel::VersionColumn).data().toString(), u"not pinned"_s);
    QCOMPARE(model.index(1, DependencyPlanModel::StateColumn).data().toString(), u"new"_s);
    QVERIFY(!model.index(1, 0).data(Herald::Roles::SourceRowIdRole).isValid());
    QCOMPARE(model.headerData(DependencyPlanModel::StateColumn, Qt::Horizontal).toString(), u"Here"_s);
}

void TestDependencyPlanModel::replacesRowsWithoutAReset()
{
    DependencyPlanModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setEntries({entry(u"Django"_s, u"4.2.11"_s)});
    model.setEntries({entry(u"Django"_s, u"4.2.11"_s), entry(u"asgiref"_s, u"3.8.1"_s)});
    model.setEntries({});
    QCOMPARE(resets.size(), 0);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(removed.size(), 2);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestDependencyPlanModel)
#include "tst_dependencyplanmodel.moc"
