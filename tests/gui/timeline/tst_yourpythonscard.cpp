// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "../../core/releases/fixtureposts.h"
#include "englishplurals.h"
#include "fixtureset.h"

#include "core/interpreters/interpreter.h"
#include "core/models/interpretermodel.h"
#include "core/models/itemdataroles.h"
#include "core/models/timelinefiltermodel.h"
#include "core/models/timelinemodel.h"
#include "core/releases/timeline.h"
#include "gui/timeline/timelinepane.h"
#include "gui/timeline/yourpythonscard.h"

#include <QLabel>
#include <QListView>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Herald;

/// The "Your Pythons" card above the timeline: what it shows with and without interpreters,
/// and that choosing one selects its release in the timeline.
class TestYourPythonsCard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void saysWhereItLookedWhenNothingIsFound();
    void showsEachInterpreterWithItsAdvice();
    void listsThoseNeedingAttentionFirst();
    void choosingOneSelectsItsReleaseInTheTimeline();
    void choosingAnEndOfLifeOneShowsAllSeries();

private:
    static Interpreter python(const QString &path, const QString &version);

    Test::EnglishPlurals m_plurals;
    std::unique_ptr<TimelineModel> m_timeline;
    std::unique_ptr<TimelineFilterModel> m_filter;
    std::unique_ptr<InterpreterModel> m_interpreters;
    std::unique_ptr<TimelinePane> m_pane;
};

void TestYourPythonsCard::initTestCase()
{
    QCoreApplication::installTranslator(&m_plurals);
}

void TestYourPythonsCard::init()
{
    m_pane.reset();
    m_timeline = std::make_unique<TimelineModel>();
    m_timeline->setToday(QDate(2026, 12, 6));
    const QString archive = Test::archiveDirectory();
    m_timeline->setTimeline(Timeline::build(Test::fixturePosts(archive), Test::fixtureLifecycle(archive)));
    m_filter = std::make_unique<TimelineFilterModel>();
    m_filter->setSourceModel(m_timeline.get());
    m_interpreters = std::make_unique<InterpreterModel>();
    m_interpreters->setToday(QDate(2026, 12, 6));
    m_interpreters->setTimeline(&m_timeline->timeline());
    m_pane = std::make_unique<TimelinePane>(m_filter.get(), m_interpreters.get());
    m_pane->resize(340, 800);
    m_pane->expandSeries();
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

Interpreter TestYourPythonsCard::python(const QString &path, const QString &version)
{
    Interpreter interpreter;
    interpreter.names = {{path, InterpreterOrigin::Path, {}}};
    interpreter.version = *Version::parse(version);
    interpreter.implementation = u"CPython"_s;
    return interpreter;
}

void TestYourPythonsCard::saysWhereItLookedWhenNothingIsFound()
{
    YourPythonsCard *card = m_pane->pythonsCard();
    auto *empty = card->findChild<QLabel *>(u"yourPythonsEmpty"_s);
    QVERIFY(empty);
    card->setScanning(true);
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->text(), u"Looking for Python interpreters…"_s);
    card->setSearched({u"PATH"_s, u"~/.pyenv/versions"_s});
    card->setScanning(false);
    QVERIFY(empty->text().contains(u"Herald looked in PATH, ~/.pyenv/versions."_s));
    QVERIFY(empty->text().contains(u"Add…"_s));
    QVERIFY(!card->view()->isVisible());
}

void TestYourPythonsCard::showsEachInterpreterWithItsAdvice()
{
    YourPythonsCard *card = m_pane->pythonsCard();
    m_interpreters->setInterpreters(
        {python(u"/usr/bin/python3.12"_s, u"3.12.3"_s), python(u"/b/python3.14"_s, u"3.14.7"_s)});
    QVERIFY(card->view()->isVisible());
    QVERIFY(!card->findChild<QLabel *>(u"yourPythonsEmpty"_s)->isVisible());
    QCOMPARE(card->findChild<QLabel *>(u"yourPythonsSummary"_s)->text(), u"1 to update"_s);
    QCOMPARE(card->view()->model()->rowCount(), 2);
    // The list is as tall as its rows, and no taller.
    QCOMPARE(card->view()->height(), 2 * card->view()->sizeHintForRow(0) + 2 * card->view()->frameWidth());
}

void TestYourPythonsCard::listsThoseNeedingAttentionFirst()
{
    QListView *view = m_pane->pythonsCard()->view();
    const auto shown = [view] {
        QStringList paths;
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            paths += view->model()->index(row, 0).data(Roles::InterpreterPathRole).toString();
        }
        return paths;
    };
    // Discovery order: up to date, end of life, behind, up to date again.
    m_interpreters->setInterpreters({python(u"/a/python3.14"_s, u"3.14.7"_s), python(u"/b/python3.8"_s, u"3.8.10"_s),
        python(u"/c/python3.13"_s, u"3.13.0rc2"_s), python(u"/d/python3.14"_s, u"3.14.7"_s)});
    QCOMPARE(shown(), QStringList({u"/b/python3.8"_s, u"/c/python3.13"_s, u"/a/python3.14"_s, u"/d/python3.14"_s}));
    // A later scan finds the 3.8 upgraded: it moves to the end, among its equals in discovery order.
    m_interpreters->setInterpreters({python(u"/a/python3.14"_s, u"3.14.7"_s), python(u"/b/python3.8"_s, u"3.14.7"_s),
        python(u"/c/python3.13"_s, u"3.13.0rc2"_s), python(u"/d/python3.14"_s, u"3.14.7"_s)});
    QCOMPARE(shown(), QStringList({u"/c/python3.13"_s, u"/a/python3.14"_s, u"/b/python3.8"_s, u"/d/python3.14"_s}));
}

void TestYourPythonsCard::choosingOneSelectsItsReleaseInTheTimeline()
{
    m_interpreters->setInterpreters({python(u"/b/python3.14"_s, u"3.14.6"_s)});
    YourPythonsCard *card = m_pane->pythonsCard();
    QSignalSpy chosen(card, &YourPythonsCard::interpreterChosen);
    const QRect row = card->view()->visualRect(card->view()->model()->index(0, 0));
    QTest::mouseClick(card->view()->viewport(), Qt::LeftButton, {}, row.center());
    QCOMPARE(chosen.count(), 1);
    const QModelIndex current = m_pane->view()->currentIndex();
    QCOMPARE(current.data(Roles::SeriesRole).toString(), u"3.14"_s);
    QCOMPARE(current.data(Roles::ReleaseVersionRole).toString(), u"3.14.6"_s);
    // And the keyboard does the same: Return on the row.
    m_interpreters->setInterpreters({python(u"/a/python3.13"_s, u"3.13.15"_s)});
    card->view()->setFocus();
    card->view()->setCurrentIndex(card->view()->model()->index(0, 0));
    QTest::keyClick(card->view(), Qt::Key_Return);
    QCOMPARE(m_pane->view()->currentIndex().data(Roles::ReleaseVersionRole).toString(), u"3.13.15"_s);
}

void TestYourPythonsCard::choosingAnEndOfLifeOneShowsAllSeries()
{
    QVERIFY(m_filter->supportedOnly());
    QVERIFY(!m_pane->selectRelease(u"3.1"_s, u"3.1.5"_s)); // not in the timeline at all
    QVERIFY(m_filter->supportedOnly()); // and the filter is as it was
    QVERIFY(!m_filter->includePrereleases());
    QVERIFY(m_pane->selectRelease(u"3.9"_s, u"3.9.25"_s));
    QVERIFY(!m_filter->supportedOnly());
    QCOMPARE(m_pane->view()->currentIndex().data(Roles::ReleaseVersionRole).toString(), u"3.9.25"_s);
}

QTEST_MAIN(TestYourPythonsCard)
#include "tst_yourpythonscard.moc"
