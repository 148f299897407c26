#include "mainwindow/mainwindow.h"

#include "about/aboutdialog.h"
#include "posts/postlistpane.h"
#include "reader/readerview.h"
#include "timeline/timelinepane.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace Herald {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_postList(new PostListPane(m_splitter))
    , m_reader(new ReaderView(m_splitter))
    , m_timeline(new TimelinePane(m_splitter))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Herald"));
    setWindowIcon(QIcon(u":/icons/herald.svg"_s));

    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(1);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setSizes({320, 640, 300});
    m_postList->setMinimumWidth(220);
    m_reader->setMinimumWidth(360);
    m_timeline->setMinimumWidth(220);
    setCentralWidget(m_splitter);

    createActions();
    m_reader->showWelcome();
    statusBar()->showMessage(tr("Not synced yet"));
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    m_refreshAction = fileMenu->addAction(QIcon::fromTheme(u"view-refresh"_s), tr("&Refresh"));
    m_refreshAction->setObjectName(u"refreshAction"_s);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setToolTip(tr("Fetch new posts and release data"));
    // Nothing to fetch with until the sync engine is wired in.
    m_refreshAction->setEnabled(false);
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(QIcon::fromTheme(u"application-exit"_s), tr("&Quit"));
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, qApp, &QApplication::quit, Qt::QueuedConnection);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    m_toggleTimelineAction = viewMenu->addAction(tr("Release &Timeline"));
    m_toggleTimelineAction->setObjectName(u"toggleTimelineAction"_s);
    m_toggleTimelineAction->setCheckable(true);
    m_toggleTimelineAction->setChecked(true);
    m_toggleTimelineAction->setShortcut(QKeySequence(Qt::Key_F9));
    connect(m_toggleTimelineAction, &QAction::toggled, m_timeline, &QWidget::setVisible);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = helpMenu->addAction(QIcon(u":/icons/herald.svg"_s), tr("&About Herald"));
    aboutAction->setMenuRole(QAction::AboutRole);
    connect(aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    QAction *aboutQtAction = helpMenu->addAction(tr("About &Qt"));
    aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(u"mainToolBar"_s);
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_refreshAction);
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    restoreGeometry(settings.value(u"MainWindow/geometry"_s).toByteArray());
    m_splitter->restoreState(settings.value(u"MainWindow/splitter"_s).toByteArray());
    m_toggleTimelineAction->setChecked(settings.value(u"MainWindow/timelineVisible"_s, true).toBool());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(u"MainWindow/geometry"_s, saveGeometry());
    settings.setValue(u"MainWindow/splitter"_s, m_splitter->saveState());
    settings.setValue(u"MainWindow/timelineVisible"_s, m_toggleTimelineAction->isChecked());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

} // namespace Herald
