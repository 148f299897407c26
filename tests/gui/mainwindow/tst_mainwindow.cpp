#include "about/aboutdialog.h"
#include "mainwindow/mainwindow.h"
#include "posts/postlistpane.h"
#include "reader/readerview.h"
#include "timeline/timelinepane.h"

#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

using namespace Qt::StringLiterals;
using Herald::MainWindow;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void showsTheThreePanesInOrder();
    void readerNeverFollowsLinksByItself();
    void emptyPanesSayWhyTheyAreEmpty();
    void timelineCanBeHiddenAndComesBack();
    void restoresItsLayout();
    void isExposedOnScreen();
    void speaksGerman();
    void aboutDialogListsTheLibraries();

private:
    QTemporaryDir m_config;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_config.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_config.path());
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::showsTheThreePanesInOrder()
{
    MainWindow window;
    auto *splitter = window.findChild<QSplitter *>(u"mainSplitter"_s);
    QVERIFY(splitter);
    QCOMPARE(splitter->count(), 3);
    QCOMPARE(splitter->widget(0), window.postListPane());
    QCOMPARE(splitter->widget(1), window.reader());
    QCOMPARE(splitter->widget(2), window.timelinePane());
    QVERIFY(qobject_cast<QTextBrowser *>(splitter->widget(1)));
    QCOMPARE(window.centralWidget(), splitter);
    // The reader gets the room; the side panes keep their width when the window grows.
    QCOMPARE(splitter->sizePolicy().horizontalStretch(), 0);
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.reader()->width() > window.postListPane()->width());
    QVERIFY(window.reader()->width() > window.timelinePane()->width());
}

void TestMainWindow::readerNeverFollowsLinksByItself()
{
    MainWindow window;
    QVERIFY(!window.reader()->openLinks());
    QVERIFY(!window.reader()->openExternalLinks());
    QVERIFY(window.reader()->toPlainText().contains(u"Welcome to Herald"_s));
}

void TestMainWindow::emptyPanesSayWhyTheyAreEmpty()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto visibleTexts = [](QWidget *pane) {
        QStringList texts;
        for (QLabel *label : pane->findChildren<QLabel *>()) {
            if (label->isVisible()) {
                texts << label->text();
            }
        }
        return texts.join(u'\n');
    };
    QVERIFY(visibleTexts(window.postListPane()).contains(u"No posts yet"_s));
    QVERIFY(visibleTexts(window.timelinePane()).contains(u"No releases yet"_s));
    QVERIFY(!window.postListPane()->view()->isVisible());
    QVERIFY(!window.timelinePane()->view()->isVisible());
}

void TestMainWindow::timelineCanBeHiddenAndComesBack()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *toggle = window.findChild<QAction *>(u"toggleTimelineAction"_s);
    QVERIFY(toggle);
    QCOMPARE(toggle->shortcut(), QKeySequence(Qt::Key_F9));
    toggle->trigger();
    QVERIFY(!window.timelinePane()->isVisible());
    toggle->trigger();
    QVERIFY(window.timelinePane()->isVisible());
}

void TestMainWindow::restoresItsLayout()
{
    QList<int> saved;
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *splitter = window.findChild<QSplitter *>(u"mainSplitter"_s);
        splitter->setSizes({250, 700, 330});
        saved = splitter->sizes();
        window.findChild<QAction *>(u"toggleTimelineAction"_s)->setChecked(false);
        window.close();
    }
    MainWindow window;
    window.restoreLayout();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *splitter = window.findChild<QSplitter *>(u"mainSplitter"_s);
    QCOMPARE(splitter->sizes().at(0), saved.at(0));
    QVERIFY(!window.findChild<QAction *>(u"toggleTimelineAction"_s)->isChecked());
}

void TestMainWindow::isExposedOnScreen()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.windowHandle()->isExposed());
    QCOMPARE(window.windowTitle(), u"Herald"_s);
    QVERIFY(!window.windowIcon().isNull());
}

void TestMainWindow::speaksGerman()
{
    QTranslator translator;
    QVERIFY2(translator.load(u":/i18n/herald_de.qm"_s), "the German catalogue is not built into herald-gui");
    QCoreApplication::installTranslator(&translator);
    MainWindow window;
    QStringList menus;
    for (QAction *action : window.menuBar()->actions()) {
        menus << action->text();
    }
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(menus, (QStringList {u"&Datei"_s, u"&Ansicht"_s, u"&Hilfe"_s}));
    QVERIFY(window.reader()->toPlainText().contains(u"Willkommen"_s));
}

void TestMainWindow::aboutDialogListsTheLibraries()
{
    Herald::AboutDialog dialog;
    auto *versions = dialog.findChild<QLabel *>(u"versionsLabel"_s);
    QVERIFY(versions);
    QVERIFY(versions->text().contains(u"KF6 SyntaxHighlighting"_s));
    QVERIFY(versions->text().contains(QString::fromLatin1(qVersion())));
    QVERIFY(dialog.findChild<QLabel *>(u"nameLabel"_s)->text().contains(QStringLiteral(HERALD_VERSION_STRING)));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
