// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/interpreters/interpreter.h"
#include "core/interpreters/interpretertext.h"
#include "core/models/interpretermodel.h"
#include "core/models/interpretersortmodel.h"
#include "core/models/itemdataroles.h"
#include "core/releases/timeline.h"

#include "../releases/fixtureposts.h"
#include "englishplurals.h"
#include "fixtureset.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

class TestInterpreterModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void judgesEachInterpreter();
    void updatesRowsInPlaceOnAnotherScan();
    void waitsForTheTimeline();
    void namesAFewCvesOfEachMissedRelease();
    void sortsThoseNeedingAttentionFirst();

private:
    static Interpreter python(const QString &path, const QString &version, bool freeThreaded = false);
    static QStringList paths(const QAbstractItemModel &model);

    Timeline m_timeline;
    Test::EnglishPlurals m_plurals;
};

void TestInterpreterModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCoreApplication::installTranslator(&m_plurals);
    const QString archive = Test::archiveDirectory();
    m_timeline = Timeline::build(Test::fixturePosts(archive), Test::fixtureLifecycle(archive));
}

Interpreter TestInterpreterModel::python(const QString &path, const QString &version, bool freeThreaded)
{
    Interpreter interpreter;
    interpreter.names = {{path, InterpreterOrigin::Path, {}}};
    interpreter.executable = path;
    interpreter.version = *Version::parse(version);
    interpreter.implementation = u"CPython"_s;
    interpreter.freeThreaded = freeThreaded;
    return interpreter;
}

QStringList TestInterpreterModel::paths(const QAbstractItemModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row) {
        result += model.index(row, 0).data(Roles::InterpreterPathRole).toString();
    }
    return result;
}

void TestInterpreterModel::judgesEachInterpreter()
{
    InterpreterModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setToday(QDate(2026, 12, 6));
    model.setTimeline(&m_timeline);
    Interpreter broken;
    broken.names = {{u"/usr/bin/python3.9"_s, InterpreterOrigin::Path, {}}};
    broken.problem = u"a broken link: /opt/python3.9 does not exist"_s;
    model.setInterpreters(
        {python(u"/usr/bin/python3.12"_s, u"3.12.3"_s), python(u"/opt/t/python3.14t"_s, u"3.14.7"_s, true), broken});
    QCOMPARE(model.rowCount(), 3);
    const QModelIndex old = model.index(0);
    QCOMPARE(old.data().toString(), u"3.12.3"_s);
    QCOMPARE(old.data(Roles::InterpreterSeverityRole).toInt(), 2);
    QCOMPARE(old.data(Roles::InterpreterActionRole).toString(), u"Upgrade to 3.12.14 (2 security fixes)"_s);
    QCOMPARE(old.data(Roles::InterpreterLatestRole).toString(), u"3.12.14"_s);
    const QString tip = old.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(
                 QRegularExpression(u"Missing 3\\.12\\.14 of [^(]+ \\(security: CVE-2026-1041, CVE-2026-1187\\)"_s)),
        qPrintable(tip));
    const QModelIndex threaded = model.index(1);
    QCOMPARE(threaded.data().toString(), u"3.14.7 free-threaded"_s);
    QCOMPARE(threaded.data(Roles::InterpreterVerdictRole).toString(), u"up-to-date"_s);
    QCOMPARE(model.index(2).data(Roles::InterpreterVerdictRole).toString(), u"unusable"_s);
    QCOMPARE(model.index(2).data(Roles::InterpreterProblemRole).toString(), broken.problem);
    QCOMPARE(model.worstSeverity(), 2);
    QCOMPARE(model.versionsBySeries().value(u"3.14"_s), QStringList {u"3.14.7 free-threaded"_s});
    QVERIFY(!model.versionsBySeries().contains(u"3.9"_s));
}

void TestInterpreterModel::updatesRowsInPlaceOnAnotherScan()
{
    InterpreterModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setToday(QDate(2026, 12, 6));
    model.setTimeline(&m_timeline);
    model.setInterpreters({python(u"/a"_s, u"3.12.3"_s), python(u"/b"_s, u"3.13.15"_s), python(u"/c"_s, u"3.14.7"_s)});
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QPersistentModelIndex c(model.index(2));
    // /a upgraded in place, /b gone, /d new, /c now first.
    model.setInterpreters(
        {python(u"/c"_s, u"3.14.7"_s), python(u"/a"_s, u"3.12.14"_s), python(u"/d"_s, u"3.13.0rc2"_s)});
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(moved.count(), 1);
    QCOMPARE(paths(model), (QStringList {u"/c"_s, u"/a"_s, u"/d"_s}));
    QCOMPARE(c.row(), 0); // the same row, moved, not a new one
    QCOMPARE(model.index(1).data(Roles::InterpreterSeverityRole).toInt(), 0);
    // 3.13.0rc2 misses 3.13.14, which fixed a CVE.
    QCOMPARE(model.index(2).data(Roles::InterpreterSeverityRole).toInt(), 2);
}

void TestInterpreterModel::waitsForTheTimeline()
{
    InterpreterModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setToday(QDate(2026, 12, 6));
    model.setInterpreters({python(u"/a"_s, u"3.8.10"_s)});
    QCOMPARE(model.index(0).data(Roles::InterpreterActionRole).toString(), u"Waiting for the release data"_s);
    QCOMPARE(model.worstSeverity(), 0);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setTimeline(&m_timeline);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0).data(Roles::InterpreterVerdictRole).toString(), u"end-of-life"_s);
    QCOMPARE(model.index(0).data(Roles::InterpreterActionRole).toString(),
        u"3.8 reached end of life on 7 Oct 2024: move to 3.14"_s);
}

void TestInterpreterModel::namesAFewCvesOfEachMissedRelease()
{
    // A tooltip line per missed release, never as wide as the screen.
    TimelineRelease release;
    release.version = *Version::parse(u"3.12.6"_s);
    release.officialDate = QDate(2024, 9, 6);
    release.security = true;
    release.cves = {u"CVE-2024-1"_s, u"CVE-2024-2"_s, u"CVE-2024-3"_s, u"CVE-2024-4"_s, u"CVE-2024-5"_s};
    QCOMPARE(InterpreterText::missedLine(release),
        u"Missing 3.12.6 of 06/09/2024 (security: CVE-2024-1, CVE-2024-2, CVE-2024-3 and 2 more)"_s);
    release.cves.resize(2);
    QCOMPARE(
        InterpreterText::missedLine(release), u"Missing 3.12.6 of 06/09/2024 (security: CVE-2024-1, CVE-2024-2)"_s);
    release.security = false;
    release.officialDate = {};
    QCOMPARE(InterpreterText::missedLine(release), u"Missing 3.12.6"_s);
}

void TestInterpreterModel::sortsThoseNeedingAttentionFirst()
{
    InterpreterModel model;
    model.setToday(QDate(2026, 12, 6));
    InterpreterSortModel sorted;
    sorted.setSourceModel(&model);
    QAbstractItemModelTester tester(&sorted, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setInterpreters({python(u"/a"_s, u"3.14.7"_s), python(u"/b"_s, u"3.13.15"_s), python(u"/g"_s, u"3.12.3"_s),
        python(u"/c"_s, u"3.8.10"_s), python(u"/d"_s, u"3.12.14"_s), python(u"/e"_s, u"3.14.6"_s)});
    // Without release data nothing is judged yet: discovery order.
    QCOMPARE(paths(sorted), (QStringList {u"/a"_s, u"/b"_s, u"/g"_s, u"/c"_s, u"/d"_s, u"/e"_s}));
    model.setTimeline(&m_timeline);
    // End of life (/c) before a missed security fix (/g), then behind (/e), then up to date,
    // each in discovery order.
    QCOMPARE(paths(sorted), (QStringList {u"/c"_s, u"/g"_s, u"/e"_s, u"/a"_s, u"/b"_s, u"/d"_s}));
    // /c upgraded and /f found: /c joins its equals in discovery order, /f where it belongs.
    model.setInterpreters({python(u"/a"_s, u"3.14.7"_s), python(u"/b"_s, u"3.13.15"_s), python(u"/g"_s, u"3.12.3"_s),
        python(u"/c"_s, u"3.13.15"_s), python(u"/d"_s, u"3.12.14"_s), python(u"/e"_s, u"3.14.6"_s),
        python(u"/f"_s, u"3.12.3"_s)});
    QCOMPARE(paths(sorted), (QStringList {u"/g"_s, u"/f"_s, u"/e"_s, u"/a"_s, u"/b"_s, u"/c"_s, u"/d"_s}));
}

QTEST_GUILESS_MAIN(TestInterpreterModel)
#include "tst_interpretermodel.moc"
