// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// MainWindow's menus, toolbar and the actions in them: what each does is in mainwindow.cpp.
#include "gui/mainwindow/mainwindow.h"

#include "gui/theme/appearance.h"

#include "core/app/backend.h"
#include "core/diagnostics/logging.h"
#include "core/diagnostics/startupmarks.h"
#include "core/interpreters/interpreterscanner.h"
#include "core/models/interpretermodel.h"
#include "core/models/itemdataroles.h"
#include "core/models/postfiltermodel.h"
#include "core/models/postlistmodel.h"
#include "core/models/projecttimelinemodel.h"
#include "core/models/sourcelistmodel.h"
#include "core/models/timelinefiltermodel.h"
#include "core/models/timelinemodel.h"
#include "core/releases/projectreleases.h"
#include "core/releases/releasecalendar.h"
#include "core/releases/timeline.h"
#include "core/releases/today.h"
#include "core/settings/settings.h"
#include "core/sources/projectlifecycles.h"
#include "core/sources/pythoninsider.h"
#include "core/store/poststore.h"
#include "core/store/sourcestore.h"
#include "core/sync/syncengine.h"
#include "core/sync/syncscheduler.h"
#include "gui/about/aboutdialog.h"
#include "gui/posts/markolderdialog.h"
#include "gui/posts/postlistpane.h"
#include "gui/reader/findbar.h"
#include "gui/reader/readerpane.h"
#include "gui/reader/readerview.h"
#include "gui/settings/settingsdialog.h"
#include "gui/sources/sourcescontroller.h"
#include "gui/sources/sourcespane.h"
#include "gui/timeline/timelinepane.h"
#include "gui/timeline/yourpythonscard.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QSaveFile>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTime>
#include <QTimer>
#include <QTimeZone>
#include <QToolBar>
#include <QTreeView>
#include <QWindow>

using namespace Qt::StringLiterals;

namespace Herald {

void MainWindow::createActions()
{
    createFileMenu();
    QMenu *goMenu = createGoMenu();
    createEditMenu(goMenu);
    createViewMenu();
    createSettingsAndHelpMenus();

    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(u"mainToolBar"_s);
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_refreshAction);
}

void MainWindow::createFileMenu()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    m_refreshAction = fileMenu->addAction(QIcon::fromTheme(u"view-refresh"_s), tr("&Refresh"));
    m_refreshAction->setObjectName(u"refreshAction"_s);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setToolTip(tr("Fetch new posts and release data (F5)"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    QAction *followAction = fileMenu->addAction(QIcon::fromTheme(u"list-add"_s), tr("&Follow…"));
    followAction->setObjectName(u"followAction"_s);
    followAction->setShortcut(QKeySequence::New);
    followAction->setToolTip(tr("Follow a project's releases or any feed (Ctrl+N)"));
    connect(followAction, &QAction::triggered, m_sourcesController, [this] { m_sourcesController->follow(); });
    QAction *importDepsAction
        = fileMenu->addAction(QIcon::fromTheme(u"document-import"_s), tr("&Import Dependencies…"));
    importDepsAction->setObjectName(u"importDependenciesAction"_s);
    importDepsAction->setToolTip(
        tr("Follow every dependency of a Python project: requirements.txt, pyproject.toml, uv.lock or poetry.lock"));
    connect(importDepsAction, &QAction::triggered, m_sourcesController,
        [this] { m_sourcesController->importDependencies(); });
    fileMenu->addSeparator();
    QAction *printAction = fileMenu->addAction(QIcon::fromTheme(u"document-print"_s), tr("&Print…"));
    printAction->setObjectName(u"printAction"_s);
    printAction->setShortcut(QKeySequence::Print);
    connect(printAction, &QAction::triggered, this, &MainWindow::printPost);
    QAction *pdfAction = fileMenu->addAction(QIcon::fromTheme(u"document-export"_s), tr("E&xport as PDF…"));
    pdfAction->setObjectName(u"exportPdfAction"_s);
    connect(pdfAction, &QAction::triggered, this, &MainWindow::exportPdf);
    QAction *calendarAction
        = fileMenu->addAction(QIcon::fromTheme(u"view-calendar"_s), tr("Export Release &Calendar…"));
    calendarAction->setObjectName(u"exportCalendarAction"_s);
    calendarAction->setToolTip(tr("Save the expected releases and end-of-life dates for a calendar application"));
    connect(calendarAction, &QAction::triggered, this, &MainWindow::exportCalendar);
    fileMenu->addSeparator();
    QAction *closeAction = fileMenu->addAction(QIcon::fromTheme(u"window-close"_s), tr("&Close Window"));
    closeAction->setObjectName(u"closeWindowAction"_s);
    closeAction->setShortcut(QKeySequence::Close);
    closeAction->setToolTip(tr("Close the window; Herald keeps running only if the settings say so"));
    connect(closeAction, &QAction::triggered, this, &QWidget::close);
    QAction *quitAction = fileMenu->addAction(QIcon::fromTheme(u"application-exit"_s), tr("&Quit"));
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, qApp, &QApplication::quit, Qt::QueuedConnection);
}

QMenu *MainWindow::createGoMenu()
{
    QMenu *goMenu = menuBar()->addMenu(tr("&Go"));
    auto addGoAction = [&](const QString &name, const QString &text, const QList<QKeySequence> &keys, auto slot) {
        QAction *action = goMenu->addAction(text);
        action->setObjectName(name);
        action->setShortcuts(keys);
        // Window-wide, but a text field that wants the key still gets it first.
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    addGoAction(
        u"nextPostAction"_s, tr("&Next Post"), {QKeySequence(Qt::Key_J)}, [this] { m_postList->moveSelection(1); });
    addGoAction(u"previousPostAction"_s, tr("&Previous Post"), {QKeySequence(Qt::Key_K)},
        [this] { m_postList->moveSelection(-1); });
    addGoAction(u"readOnAction"_s, tr("&Read On"), {QKeySequence(Qt::Key_Space)}, [this] { readOn(); });
    addGoAction(u"nextUnreadAction"_s, tr("Next &Unread Post"), {QKeySequence(Qt::Key_N)}, [this] { nextUnread(); });
    goMenu->addSeparator();
    addGoAction(u"toggleReadAction"_s, tr("Mark as &Read/Unread"), {QKeySequence(Qt::Key_M)},
        [this] { toggleCurrent(Roles::ReadRole); });
    addGoAction(u"toggleStarAction"_s, tr("&Star/Unstar"), {QKeySequence(Qt::Key_S)},
        [this] { toggleCurrent(Roles::StarredRole); });
    addGoAction(u"markAllReadAction"_s, tr("Mark &All as Read…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)},
        [this] { markAllRead(); });
    addGoAction(u"markOlderReadAction"_s, tr("Mark &Older as Read…"), {}, [this] { markOlderRead(); });
    goMenu->addSeparator();
    // Ctrl+F is Edit → Find in Post; the list's filter has / and Ctrl+Shift+F.
    addGoAction(u"findPostAction"_s, tr("&Filter Posts"),
        {QKeySequence(Qt::Key_Slash), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)}, [this] {
            m_postList->filterEdit()->setFocus(Qt::ShortcutFocusReason);
            m_postList->filterEdit()->selectAll();
        });
    return goMenu;
}

void MainWindow::createEditMenu(QMenu *before)
{
    // Edit comes before Go, as in every application.
    QMenu *editMenu = new QMenu(tr("&Edit"), this);
    menuBar()->insertMenu(before->menuAction(), editMenu);
    QAction *findAction = editMenu->addAction(QIcon::fromTheme(u"edit-find"_s), tr("&Find in Post…"));
    findAction->setObjectName(u"findAction"_s);
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, m_readerPane->findBar(), &FindBar::activate);
    QAction *findNextAction = editMenu->addAction(tr("Find &Next"));
    findNextAction->setShortcut(QKeySequence::FindNext);
    connect(findNextAction, &QAction::triggered, this, [this] { m_readerPane->findBar()->findNext(false); });
    QAction *findPreviousAction = editMenu->addAction(tr("Find Pre&vious"));
    findPreviousAction->setShortcut(QKeySequence::FindPrevious);
    connect(findPreviousAction, &QAction::triggered, this, [this] { m_readerPane->findBar()->findNext(true); });
}

void MainWindow::createViewMenu()
{
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *unreadOnly = viewMenu->addAction(tr("&Unread Posts Only"));
    unreadOnly->setObjectName(u"unreadOnlyAction"_s);
    unreadOnly->setCheckable(true);
    unreadOnly->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    connect(unreadOnly, &QAction::toggled, m_filter, &PostFilterModel::setUnreadOnly);
    QAction *starredOnly = viewMenu->addAction(tr("&Starred Posts Only"));
    starredOnly->setObjectName(u"starredOnlyAction"_s);
    starredOnly->setCheckable(true);
    starredOnly->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(starredOnly, &QAction::toggled, m_filter, &PostFilterModel::setStarredOnly);
    viewMenu->addSeparator();
    m_toggleTimelineAction = viewMenu->addAction(tr("Release &Timeline"));
    m_toggleTimelineAction->setObjectName(u"toggleTimelineAction"_s);
    m_toggleTimelineAction->setCheckable(true);
    m_toggleTimelineAction->setChecked(true);
    m_toggleTimelineAction->setShortcut(QKeySequence(Qt::Key_F9));
    connect(m_toggleTimelineAction, &QAction::toggled, this, [this](bool on) {
        updateTimelineVisibility();
        if (on && !m_timeline->isVisible()) {
            statusBar()->showMessage(tr("The window is too narrow for the release timeline; widen it to see it"), 5000);
        }
    });
    viewMenu->addSeparator();
    addReaderActions(viewMenu);
    viewMenu->addSeparator();
    addThemeMenu(viewMenu);
}

void MainWindow::createSettingsAndHelpMenus()
{
    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    QAction *configureAction = settingsMenu->addAction(QIcon::fromTheme(u"configure"_s), tr("&Configure Herald…"));
    configureAction->setObjectName(u"configureAction"_s);
    configureAction->setMenuRole(QAction::PreferencesRole);
    configureAction->setShortcut(QKeySequence::Preferences);
    connect(configureAction, &QAction::triggered, this, &MainWindow::showSettings);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = helpMenu->addAction(QIcon(u":/icons/herald.svg"_s), tr("&About Herald"));
    aboutAction->setMenuRole(QAction::AboutRole);
    connect(aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    QAction *aboutQtAction = helpMenu->addAction(tr("About &Qt"));
    aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::addReaderActions(QMenu *viewMenu)
{
    Settings &settings = m_backend.settings();
    QAction *zoomIn = viewMenu->addAction(QIcon::fromTheme(u"zoom-in"_s), tr("Zoom &In"));
    zoomIn->setObjectName(u"zoomInAction"_s);
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    connect(zoomIn, &QAction::triggered, this, [this] { m_reader->setZoom(m_reader->zoom() + 1); });
    QAction *zoomOut = viewMenu->addAction(QIcon::fromTheme(u"zoom-out"_s), tr("Zoom &Out"));
    zoomOut->setObjectName(u"zoomOutAction"_s);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    connect(zoomOut, &QAction::triggered, this, [this] { m_reader->setZoom(m_reader->zoom() - 1); });
    QAction *zoomReset = viewMenu->addAction(QIcon::fromTheme(u"zoom-original"_s), tr("&Actual Size"));
    zoomReset->setObjectName(u"zoomResetAction"_s);
    zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(zoomReset, &QAction::triggered, this, [this] { m_reader->setZoom(0); });
    m_reader->setZoom(settings.readerZoom());
    connect(m_reader, &ReaderView::zoomChanged, &settings, &Settings::setReaderZoom);

    QAction *images = viewMenu->addAction(tr("Load &Remote Images"));
    images->setObjectName(u"remoteImagesAction"_s);
    images->setCheckable(true);
    images->setToolTip(tr("Download the pictures in posts. When off, Herald requests nothing a post names."));
    images->setChecked(settings.remoteImages());
    m_reader->setRemoteImages(images->isChecked());
    // The menu and the settings dialog both change the setting; the action and the reader
    // follow the setting, whoever changed it.
    connect(images, &QAction::toggled, &settings, &Settings::setRemoteImages);
    connect(&settings, &Settings::remoteImagesChanged, images, &QAction::setChecked);
    connect(&settings, &Settings::remoteImagesChanged, m_reader, &ReaderView::setRemoteImages);
}

void MainWindow::addThemeMenu(QMenu *viewMenu)
{
    QMenu *themeMenu = viewMenu->addMenu(tr("T&heme"));
    auto *group = new QActionGroup(themeMenu);
    const std::pair<Appearance::Theme, QString> themes[] = {
        {Appearance::Theme::System, tr("&System", "theme")},
        {Appearance::Theme::Light, tr("&Light", "theme")},
        {Appearance::Theme::Dark, tr("&Dark", "theme")},
    };
    for (const auto &[theme, text] : themes) {
        QAction *action = themeMenu->addAction(text);
        action->setObjectName(u"theme_"_s + Appearance::themeName(theme));
        action->setCheckable(true);
        action->setChecked(theme == m_appearance->theme());
        group->addAction(action);
        connect(action, &QAction::triggered, m_appearance, [this, theme] { m_appearance->setTheme(theme); });
    }
    connect(m_appearance, &Appearance::themeChanged, group, [group](Appearance::Theme theme) {
        const QString name = u"theme_"_s + Appearance::themeName(theme);
        for (QAction *action : group->actions()) {
            action->setChecked(action->objectName() == name);
        }
    });
}

} // namespace Herald
