// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/about/projectinfo.h"
#include "core/app/backend.h"
#include "core/models/itemdataroles.h"
#include "core/models/postlistmodel.h"
#include "core/models/timelinemodel.h"
#include "core/settings/settings.h"
#include "core/store/poststore.h"
#include "core/store/sourcestore.h"
#include "core/sync/syncengine.h"
#include "core/sync/syncscheduler.h"
#include "emptymachine.h"
#include "fixtureserver.h"
#include "fixtureset.h"
#include "gui/about/aboutdialog.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/posts/markolderdialog.h"
#include "gui/posts/postlistpane.h"
#include "gui/reader/readerpane.h"
#include "gui/reader/readerview.h"
#include "gui/settings/settingsdialog.h"
#include "gui/theme/appearance.h"
#include "gui/timeline/timelinepane.h"
#include "verifyresult.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
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
    void cleanup();
    void showsTheThreePanesInOrder();
    void readerNeverFollowsLinksByItself();
    void emptyPanesSayWhyTheyAreEmpty();
    void timelineCanBeHiddenAndComesBack();
    void restoresItsLayout();
    void isExposedOnScreen();
    void iconsAreVisibleInBothThemes_data();
    void iconsAreVisibleInBothThemes();
    void speaksGerman();
    void aboutDialogListsTheLibraries();
    void keyboardDrivesTheList();
    void everyShortcutIsUnique();
    void selectingAPostShowsIt();
    void refreshSyncsAndFillsTheList();
    void viewMenuFiltersUnreadAndStarred();
    void timelineAndPostListSelectEachOther();
    void statusBarForgetsTheLinkOfThePostBefore();
    void narrowWindowGivesUpTheTimeline();
    void nextUnreadGoesAroundTheEnd();
    void marksAllOrOlderPostsRead();
    void postListContextMenu();
    void searchMarksTheTermsInThePost();
    void settingsReachTheWindowWhoeverChangesThem();

private:
    void addPosts(int count);
    /// Serves the fixtures from `server` and points a fresh backend at it, as --url-map would.
    void useFixtureServer(Herald::Test::FixtureServer &server, const QString &fixtures);

    QTemporaryDir m_config;
    Herald::Test::EmptyMachine m_machine; ///< the window's scan finds nothing of the test machine's
    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<Herald::Backend> m_backend;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_config.isValid());
    QVERIFY(m_machine.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_config.path());
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_data = std::make_unique<QTemporaryDir>();
    m_backend = std::make_unique<Herald::Backend>(Herald::Backend::Options {m_data->path(), {}});
    HERALD_VERIFY_RESULT(m_backend->open());
}

void TestMainWindow::cleanup()
{
    m_backend.reset();
    m_data.reset();
}

void TestMainWindow::addPosts(int count)
{
    auto &store = m_backend->store();
    const qint64 source = store.ensureSource(u"test"_s, QUrl(u"https://example.org/"_s), u"Test"_s).value();
    QList<Herald::PostMeta> posts;
    for (int i = 0; i < count; ++i) {
        Herald::PostMeta meta;
        meta.slug = u"post-%1"_s.arg(i);
        meta.title = u"Post number %1"_s.arg(i);
        meta.author = u"Author %1"_s.arg(i);
        meta.published = QDateTime(QDate(2024, 1, 1).addDays(i), QTime(0, 0), QTimeZone::UTC);
        posts << meta;
    }
    const auto results = store.upsertPosts(source, posts).value();
    QCOMPARE(results.size(), count);
    QVERIFY(store.storeBody(results.constLast().id, u"---\ntitle: x\n---\nThe body of the newest post."_s, QUrl(), {}));
}

void TestMainWindow::showsTheThreePanesInOrder()
{
    MainWindow window(*m_backend);
    auto *splitter = window.findChild<QSplitter *>(u"mainSplitter"_s);
    QVERIFY(splitter);
    QCOMPARE(splitter->count(), 3);
    // The left column: the sources above the post list.
    auto *column = qobject_cast<QSplitter *>(splitter->widget(0));
    QVERIFY(column);
    QCOMPARE(column->orientation(), Qt::Vertical);
    QCOMPARE(column->count(), 2);
    QCOMPARE(column->widget(0)->objectName(), u"sourcesPane"_s);
    QCOMPARE(column->widget(1), window.postListPane());
    QCOMPARE(splitter->widget(1), window.readerPane());
    QCOMPARE(splitter->widget(2), window.timelinePane());
    QCOMPARE(window.reader()->parentWidget(), window.readerPane());
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
    MainWindow window(*m_backend);
    QVERIFY(!window.reader()->openLinks());
    QVERIFY(!window.reader()->openExternalLinks());
    QVERIFY(window.reader()->toPlainText().contains(u"Welcome to Herald"_s));
}

void TestMainWindow::emptyPanesSayWhyTheyAreEmpty()
{
    MainWindow window(*m_backend);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(!window.startupPending()); // on a busy machine the timeline may still be read
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
    MainWindow window(*m_backend);
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
        MainWindow window(*m_backend);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *splitter = window.findChild<QSplitter *>(u"mainSplitter"_s);
        splitter->setSizes({250, 700, 330});
        saved = splitter->sizes();
        window.findChild<QAction *>(u"toggleTimelineAction"_s)->setChecked(false);
        window.close();
    }
    MainWindow window(*m_backend);
    window.restoreLayout();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *splitter = window.findChild<QSplitter *>(u"mainSplitter"_s);
    QCOMPARE(splitter->sizes().at(0), saved.at(0));
    QVERIFY(!window.findChild<QAction *>(u"toggleTimelineAction"_s)->isChecked());
}

void TestMainWindow::isExposedOnScreen()
{
    MainWindow window(*m_backend);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.windowHandle()->isExposed());
    QCOMPARE(window.windowTitle(), u"Herald"_s);
    QVERIFY(!window.windowIcon().isNull());
}

namespace {

/// How far the lightest or darkest pixel of `image` lies from its background (the colour of
/// its corner), in HSL lightness: 0 when nothing is drawn on it.
int strongestContrast(const QImage &image)
{
    const int background = image.pixelColor(0, 0).lightness();
    int strongest = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.alpha() > 128) {
                strongest = std::max(strongest, std::abs(pixel.lightness() - background));
            }
        }
    }
    return strongest;
}

} // namespace

void TestMainWindow::iconsAreVisibleInBothThemes_data()
{
    QTest::addColumn<Herald::Appearance::Theme>("theme");
    QTest::newRow("light") << Herald::Appearance::Theme::Light;
    QTest::newRow("dark") << Herald::Appearance::Theme::Dark;
}

void TestMainWindow::iconsAreVisibleInBothThemes()
{
    QFETCH(Herald::Appearance::Theme, theme);
    MainWindow window(*m_backend);
    window.appearance()->apply(theme);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QLineEdit *filter = window.postListPane()->filterEdit();
    filter->setText(u"x"_s); // shows the clear button

    // Each icon, drawn alone at the size its button uses, on the button's own background.
    QList<std::pair<QString, QIcon>> icons;
    auto *toolBar = window.findChild<QToolBar *>(u"mainToolBar"_s);
    QVERIFY(toolBar);
    auto *refresh
        = qobject_cast<QToolButton *>(toolBar->widgetForAction(window.findChild<QAction *>(u"refreshAction"_s)));
    QVERIFY(refresh);
    icons.append({u"Refresh"_s, refresh->icon()});
    auto *show = window.findChild<QToolButton *>(u"timelineFilterButton"_s);
    QVERIFY(show);
    icons.append({u"Show"_s, show->icon()});
    QToolButton *clear = nullptr;
    for (auto *button : filter->findChildren<QToolButton *>()) {
        clear = button->isVisibleTo(filter) ? button : clear;
    }
    QVERIFY(clear);
    icons.append({u"Clear the filter"_s, clear->icon()});

    const QColor background = QApplication::palette().color(QPalette::Window);
    for (const auto &[name, icon] : icons) {
        QVERIFY2(!icon.isNull(), qPrintable(name));
        QImage image(QSize(22, 22), QImage::Format_ARGB32);
        image.fill(background);
        QPainter painter(&image);
        icon.paint(&painter, QRect(3, 3, 16, 16));
        painter.end();
        const int contrast = strongestContrast(image);
        QVERIFY2(contrast >= 90, qPrintable(u"%1: contrast %2 on %3"_s.arg(name).arg(contrast).arg(background.name())));
    }
    // And as the window draws it: the Refresh button is not a blank.
    QTRY_VERIFY(strongestContrast(refresh->grab().toImage()) >= 90);
    window.appearance()->apply(Herald::Appearance::Theme::System);
}

void TestMainWindow::speaksGerman()
{
    QTranslator translator;
    QVERIFY2(translator.load(u":/i18n/herald_de.qm"_s), "the German catalogue is not built into herald-gui");
    QCoreApplication::installTranslator(&translator);
    MainWindow window(*m_backend);
    QStringList menus;
    for (QAction *action : window.menuBar()->actions()) {
        menus << action->text();
    }
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(menus,
        (QStringList {u"&Datei"_s, u"&Bearbeiten"_s, u"&Gehe zu"_s, u"&Ansicht"_s, u"&Einstellungen"_s, u"&Hilfe"_s}));
    QVERIFY(window.reader()->toPlainText().contains(u"Willkommen"_s));
}

void TestMainWindow::aboutDialogListsTheLibraries()
{
    Herald::AboutDialog dialog;
    auto *versions = dialog.findChild<QLabel *>(u"versionsLabel"_s);
    QVERIFY(versions);
    QVERIFY(versions->text().contains(u"KF6 SyntaxHighlighting"_s));
    QVERIFY(versions->text().contains(QString::fromLatin1(qVersion())));
    QVERIFY(dialog.findChild<QLabel *>(u"nameLabel"_s)->text().contains(Herald::ProjectInfo::version()));
    // The licence, the home page and where to report bugs, as links.
    const QString project = dialog.findChild<QLabel *>(u"projectLabel"_s)->text();
    QVERIFY2(project.contains(u"GPL-3.0-or-later"_s), qPrintable(project));
    QVERIFY(project.contains(Herald::ProjectInfo::homepage().toString()));
    QVERIFY(project.contains(Herald::ProjectInfo::bugTracker().toString()));
    QVERIFY(dialog.findChild<QLabel *>(u"projectLabel"_s)->openExternalLinks());
}

void TestMainWindow::everyShortcutIsUnique()
{
    // Two actions with one shortcut make Qt trigger neither ("ambiguous shortcut").
    MainWindow window(*m_backend);
    QHash<QKeySequence, QString> owners;
    for (const QAction *action : window.findChildren<QAction *>()) {
        for (const QKeySequence &shortcut : action->shortcuts()) {
            // QVERIFY2 builds its message even when it passes: only name the clash when there is one.
            if (owners.contains(shortcut)) {
                QFAIL(qPrintable(
                    u"%1 is both %2 and %3"_s.arg(shortcut.toString(), owners.value(shortcut), action->text())));
            }
            owners.insert(shortcut, action->text());
        }
    }
    QVERIFY(owners.contains(QKeySequence(QKeySequence::Find)));
    QVERIFY(owners.contains(QKeySequence(Qt::Key_Slash)));
}

void TestMainWindow::keyboardDrivesTheList()
{
    addPosts(5);
    MainWindow window(*m_backend);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTreeView *list = window.postListPane()->view();
    list->setFocus();
    list->setCurrentIndex(list->model()->index(0, 0));
    QCOMPARE(list->currentIndex().data(Herald::Roles::TitleRole).toString(), u"Post number 4"_s);
    QTest::keyClick(list, Qt::Key_J);
    QCOMPARE(list->currentIndex().row(), 1);
    QTest::keyClick(list, Qt::Key_J);
    QTest::keyClick(list, Qt::Key_J);
    QCOMPARE(list->currentIndex().row(), 3);
    QTest::keyClick(list, Qt::Key_K);
    QCOMPARE(list->currentIndex().row(), 2);
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(list->currentIndex().row(), 3);

    // Opening marks read; m toggles it back, s stars.
    const QModelIndex current = list->currentIndex();
    QTRY_VERIFY(current.data(Herald::Roles::ReadRole).toBool());
    QTest::keyClick(list, Qt::Key_M);
    QVERIFY(!list->currentIndex().data(Herald::Roles::ReadRole).toBool());
    QTest::keyClick(list, Qt::Key_S);
    QVERIFY(list->currentIndex().data(Herald::Roles::StarredRole).toBool());
    const qint64 id = list->currentIndex().data(Herald::Roles::PostIdRole).toLongLong();
    QVERIFY(m_backend->store().post(id)->starred);

    // Typing in the filter field types; it does not trigger the single-key shortcuts.
    window.postListPane()->filterEdit()->setFocus();
    QTest::keyClicks(window.postListPane()->filterEdit(), u"jk"_s);
    QCOMPARE(window.postListPane()->filterEdit()->text(), u"jk"_s);
    QCOMPARE(list->currentIndex().row(), 3);
}

void TestMainWindow::selectingAPostShowsIt()
{
    addPosts(3);
    MainWindow window(*m_backend);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), u"Herald (3 unread)"_s);
    QVERIFY(window.postListPane()->view()->isVisible());
    window.postListPane()->moveSelection(0);
    QVERIFY(window.reader()->toPlainText().contains(u"The body of the newest post."_s));
    QVERIFY(window.reader()->toPlainText().contains(u"Post number 2"_s));
    QVERIFY(!window.reader()->toPlainText().contains(u"title: x"_s)); // frontmatter is not body
    QTRY_COMPARE(window.windowTitle(), u"Herald (2 unread)"_s);
    window.postListPane()->moveSelection(1);
    QVERIFY(window.reader()->toPlainText().contains(u"Post number 1"_s));
    QVERIFY(window.reader()->toPlainText().contains(u"fetched with the next sync"_s));
}

void TestMainWindow::useFixtureServer(Herald::Test::FixtureServer &server, const QString &fixtures)
{
    server.addRoot(fixtures);
    QVERIFY(server.listen());
    Herald::UrlMap map;
    QVERIFY(map.addRule(server.httpsUrlMap()));
    m_backend.reset();
    m_backend = std::make_unique<Herald::Backend>(Herald::Backend::Options {m_data->path(), map});
    QVERIFY(m_backend->open());
}

void TestMainWindow::refreshSyncsAndFillsTheList()
{
    const Herald::Test::FixtureSet set = Herald::Test::fixtureSet();
    Herald::Test::FixtureServer server;
    useFixtureServer(server, set.directory);
    if (QTest::currentTestFailed()) {
        return;
    }

    MainWindow window(*m_backend);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.postListPane()->view()->isVisible());
    QSignalSpy finished(&m_backend->sync(), &Herald::SyncEngine::finished);
    auto *refresh = window.findChild<QAction *>(u"refreshAction"_s);
    QCOMPARE(refresh->shortcut(), QKeySequence(QKeySequence::Refresh));
    refresh->trigger();
    QVERIFY(!refresh->isEnabled()); // one sync at a time
    QVERIFY(window.findChild<QProgressBar *>(u"syncProgress"_s)->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QVERIFY(refresh->isEnabled());
    const int posts = set.pick(18, 327);
    QCOMPARE(window.postModel()->rowCount(), posts);
    QVERIFY(window.postListPane()->view()->isVisible());
    QVERIFY(window.findChild<QLabel *>(u"syncStatus"_s)->text().contains(QString::number(posts)));
    QCOMPARE(window.windowTitle(), u"Herald (%1 unread)"_s.arg(posts));
}

void TestMainWindow::viewMenuFiltersUnreadAndStarred()
{
    addPosts(4);
    auto &store = m_backend->store();
    const qint64 source = store.ensureSource(u"test"_s, QUrl(u"https://example.org/"_s), u"Test"_s).value();
    QVERIFY(store.setRead(store.idForSlug(u"post-0"_s, source).value().value(), true));
    QVERIFY(store.setStarred(store.idForSlug(u"post-1"_s, source).value().value(), true));
    MainWindow window(*m_backend);
    const QAbstractItemModel *list = window.postListPane()->view()->model();
    QCOMPARE(list->rowCount(), 4);
    auto *unread = window.findChild<QAction *>(u"unreadOnlyAction"_s);
    auto *starred = window.findChild<QAction *>(u"starredOnlyAction"_s);
    unread->setChecked(true);
    QCOMPARE(list->rowCount(), 3);
    starred->setChecked(true);
    QCOMPARE(list->rowCount(), 1);
    QCOMPARE(list->index(0, 0).data(Herald::Roles::TitleRole).toString(), u"Post number 1"_s);
    unread->setChecked(false);
    starred->setChecked(false);
    QCOMPARE(list->rowCount(), 4);
}

void TestMainWindow::timelineAndPostListSelectEachOther()
{
    Herald::Test::FixtureServer server;
    useFixtureServer(server, Herald::Test::fixtureSet().directory);
    if (QTest::currentTestFailed()) {
        return;
    }
    MainWindow window(*m_backend);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.timelinePane()->view()->isVisible()); // nothing synced: the empty state
    QSignalSpy finished(&m_backend->sync(), &Herald::SyncEngine::finished);
    window.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QTreeView *timeline = window.timelinePane()->view();
    QVERIFY(timeline->isVisible());
    const QAbstractItemModel *releases = timeline->model();
    QVERIFY(releases->rowCount() >= 4); // the supported series
    QCOMPARE(releases->index(0, 0).data(Herald::Roles::SeriesRole).toString(), u"3.16"_s);

    auto findRelease = [&](const QString &version) {
        for (int series = 0; series < releases->rowCount(); ++series) {
            const QModelIndex parent = releases->index(series, 0);
            for (int row = 0; row < releases->rowCount(parent); ++row) {
                if (releases->index(row, 0, parent).data(Herald::Roles::ReleaseVersionRole).toString() == version) {
                    return releases->index(row, 0, parent);
                }
            }
        }
        return QModelIndex();
    };

    // A release opens its announcement, in the list and in the reader.
    const QModelIndex release = findRelease(u"3.14.6"_s);
    QVERIFY(release.isValid());
    QVERIFY(release.data(Qt::ToolTipRole).toString().contains(u"Release manager: Hugo van Kemenade"_s));
    timeline->setCurrentIndex(release);
    QVERIFY(window.reader()->toPlainText().contains(u"Python 3.14.6 and 3.13.14 are now available!"_s));
    QCOMPARE(window.postListPane()->currentPostId(), release.data(Herald::Roles::AnnouncementPostIdRole).toLongLong());

    // A post highlights the releases it announced.
    const qint64 post = findRelease(u"3.13.15"_s).data(Herald::Roles::AnnouncementPostIdRole).toLongLong();
    window.openPost(post);
    QVERIFY(QList<QString>({u"3.14.7"_s, u"3.13.15"_s})
            .contains(timeline->currentIndex().data(Herald::Roles::ReleaseVersionRole).toString()));

    // The keyboard walks the timeline, and each release with an announcement opens it.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    timeline->setFocus();
    timeline->setCurrentIndex(findRelease(u"3.14.7"_s));
    QTest::keyClick(timeline, Qt::Key_Down);
    QCOMPARE(timeline->currentIndex().data(Herald::Roles::ReleaseVersionRole).toString(), u"3.14.6"_s);
    QVERIFY(window.reader()->toPlainText().contains(u"Python 3.14.6 and 3.13.14 are now available!"_s));
    QVERIFY(!timeline->currentIndex().data(Qt::AccessibleTextRole).toString().isEmpty());

    // Pre-releases are a filter away.
    QVERIFY(!findRelease(u"3.15.0b4"_s).isValid());
    window.findChild<QAction *>(u"includePrereleasesAction"_s)->setChecked(true);
    QVERIFY(findRelease(u"3.15.0b4"_s).isValid());
    // And end-of-life series too, with the one choice of series.
    QVERIFY(!findRelease(u"2.7.18"_s).isValid());
    auto *supported = window.findChild<QAction *>(u"supportedSeriesAction"_s);
    auto *all = window.findChild<QAction *>(u"allSeriesAction"_s);
    QVERIFY(supported->isChecked());
    QVERIFY(!all->isChecked());
    all->trigger();
    QVERIFY(!supported->isChecked());
    QVERIFY(findRelease(u"2.7.18"_s).isValid());
    supported->trigger();
    QVERIFY(!all->isChecked());
    QVERIFY(!findRelease(u"2.7.18"_s).isValid());
}

void TestMainWindow::statusBarForgetsTheLinkOfThePostBefore()
{
    addPosts(3);
    MainWindow window(*m_backend);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.postListPane()->moveSelection(0);
    // Hovering a link shows it; the next post must not keep it.
    Q_EMIT window.reader()->highlighted(QUrl(u"https://docs.python.org/3/whatsnew/"_s));
    QVERIFY(window.statusBar()->currentMessage().contains(u"docs.python.org"_s));
    window.postListPane()->moveSelection(1);
    QCOMPARE(window.statusBar()->currentMessage(), QString());
}

void TestMainWindow::narrowWindowGivesUpTheTimeline()
{
    addPosts(3);
    MainWindow window(*m_backend);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(window.timelinePane()->isVisible());
    // Half of a 1366 px screen: the list and the reader stay, the timeline goes.
    QVERIFY2(window.minimumSizeHint().width() <= 640, qPrintable(QString::number(window.minimumSizeHint().width())));
    window.resize(640, 700);
    QTRY_COMPARE(window.width(), 640);
    QTRY_VERIFY(!window.timelinePane()->isVisible());
    QVERIFY(window.postListPane()->isVisible());
    QVERIFY(window.readerPane()->isVisible());
    QVERIFY(window.postListPane()->width() >= 220);
    QVERIFY(window.readerPane()->width() >= 320);
    auto *toggle = window.findChild<QAction *>(u"toggleTimelineAction"_s);
    QVERIFY(toggle->isChecked()); // the user's choice is kept for when there is room
    window.resize(1280, 800);
    QTRY_VERIFY(window.timelinePane()->isVisible());
}

void TestMainWindow::nextUnreadGoesAroundTheEnd()
{
    addPosts(5);
    auto &store = m_backend->store();
    const QList<Herald::Post> posts = store.posts(); // newest first
    // Unread: the newest and the oldest.
    for (int i = 1; i < 4; ++i) {
        QVERIFY(store.setRead(posts.at(i).id, true));
    }
    MainWindow window(*m_backend);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTreeView *list = window.postListPane()->view();
    list->setFocus();
    QTest::keyClick(list, Qt::Key_N);
    QCOMPARE(window.reader()->postId(), posts.at(0).id);
    QTest::keyClick(list, Qt::Key_N);
    QCOMPARE(window.reader()->postId(), posts.at(4).id);
    // Nothing unread after it: back to the top, where the newest is read now; nothing left.
    QTest::keyClick(list, Qt::Key_N);
    QCOMPARE(window.reader()->postId(), posts.at(4).id);
    QCOMPARE(window.statusBar()->currentMessage(), u"No unread posts"_s);
    QVERIFY(store.setRead(posts.at(2).id, false));
    QTest::keyClick(list, Qt::Key_N);
    QCOMPARE(window.reader()->postId(), posts.at(2).id);
    QCOMPARE(window.statusBar()->currentMessage(), u"Continued from the top of the list"_s);
}

void TestMainWindow::marksAllOrOlderPostsRead()
{
    addPosts(6); // 2024-01-01 … 2024-01-06
    MainWindow window(*m_backend);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.postModel()->unreadCount(), 6);

    // Older than a day: the dialog says how many, and marks only those.
    window.findChild<QAction *>(u"markOlderReadAction"_s)->trigger();
    auto *older = window.findChild<Herald::MarkOlderDialog *>(u"markOlderDialog"_s);
    QVERIFY(older);
    older->setDate(QDate(2024, 1, 3));
    // Before the start of that day where the test runs (UTC midnights, in any time zone).
    int before = 0;
    for (const Herald::Post &post : m_backend->store().posts()) {
        before += post.meta.published < QDate(2024, 1, 3).startOfDay() ? 1 : 0;
    }
    QVERIFY(before >= 2 && before <= 3);
    auto *count = older->findChild<QLabel *>(u"countLabel"_s);
    QVERIFY2(count->text().startsWith(u"%1 unread post"_s.arg(before)), qPrintable(count->text()));
    older->accept();
    QTRY_COMPARE(window.postModel()->unreadCount(), 6 - before);
    QVERIFY(window.statusBar()->currentMessage().startsWith(u"Marked %1 post"_s.arg(before)));

    // All, after asking.
    window.findChild<QAction *>(u"markAllReadAction"_s)->trigger();
    auto *box = window.findChild<QMessageBox *>(u"markAllReadBox"_s);
    QVERIFY(box);
    QVERIFY2(box->text().contains(u"all %1 unread post"_s.arg(6 - before)), qPrintable(box->text()));
    QPushButton *mark = nullptr;
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::AcceptRole) {
            mark = qobject_cast<QPushButton *>(button);
        }
    }
    QVERIFY(mark);
    mark->click();
    QTRY_COMPARE(window.postModel()->unreadCount(), 0);
    QCOMPARE(m_backend->store().unreadCount(), 0);
}

void TestMainWindow::postListContextMenu()
{
    addPosts(3);
    MainWindow window(*m_backend);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTreeView *list = window.postListPane()->view();
    const QModelIndex second = list->model()->index(1, 0);
    const qint64 id = second.data(Herald::Roles::PostIdRole).toLongLong();
    QStringList seen;
    QTimer::singleShot(0, this, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        for (QAction *action : menu->actions()) {
            if (!action->isSeparator()) {
                seen << action->text();
            }
        }
        for (QAction *action : menu->actions()) {
            if (action->text() == u"St&ar"_s) {
                action->trigger();
            }
        }
        menu->close();
    });
    Q_EMIT list->customContextMenuRequested(list->visualRect(second).center());
    QCOMPARE(seen, (QStringList {u"Open in &Browser"_s, u"&Copy Link"_s, u"Mark as &Read"_s, u"St&ar"_s}));
    QTRY_VERIFY(m_backend->store().post(id)->starred);
    // The menu acted on the row under the pointer, and opened nothing.
    QCOMPARE(window.reader()->postId(), 0);
}

void TestMainWindow::searchMarksTheTermsInThePost()
{
    addPosts(3);
    MainWindow window(*m_backend);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.postListPane()->moveSelection(0); // the newest, with a body
    QCOMPARE(window.reader()->searchMatchCount(), 0);
    QLineEdit *filter = window.postListPane()->filterEdit();
    filter->setText(u"newest"_s);
    QTRY_COMPARE(window.postListPane()->view()->model()->rowCount(), 1);
    // "newest" is in the body: marked; the open post stays open.
    QTRY_VERIFY(window.reader()->searchMatchCount() >= 1);
    filter->clear();
    QTRY_COMPARE(window.reader()->searchMatchCount(), 0);
}

QTEST_MAIN(TestMainWindow)
void TestMainWindow::settingsReachTheWindowWhoeverChangesThem()
{
    using namespace std::chrono_literals;
    MainWindow window(*m_backend);
    auto *images = window.findChild<QAction *>(u"remoteImagesAction"_s);
    QVERIFY(images);
    QVERIFY(images->isChecked());
    QVERIFY(window.reader()->remoteImages());

    // The settings dialog turns images off and syncs less often: the menu, the reader and
    // the schedule follow at once.
    window.findChild<QAction *>(u"configureAction"_s)->trigger();
    auto *dialog = window.findChild<Herald::SettingsDialog *>();
    QVERIFY(dialog);
    dialog->findChild<QCheckBox *>(u"remoteImagesCheck"_s)->click();
    auto *interval = dialog->findChild<QComboBox *>(u"intervalCombo"_s);
    interval->setCurrentIndex(interval->findData(360));
    dialog->accept();
    QVERIFY(!images->isChecked());
    QVERIFY(!window.reader()->remoteImages());
    QCOMPARE(m_backend->scheduler().interval(), 360min);

    // The menu turns them back on, for good: the settings file says so.
    images->trigger();
    QVERIFY(window.reader()->remoteImages());
    QVERIFY(m_backend->settings().remoteImages());
    QVERIFY(Herald::Settings().remoteImages());
}

#include "tst_mainwindow.moc"
