// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/mainwindow/mainwindow.h"

#include "gui/theme/appearance.h"

#include "core/app/backend.h"
#include "core/diagnostics/freedmemory.h"
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
#include "core/releases/announcementsummary.h"
#include "core/releases/projectreleases.h"
#include "core/releases/releasecalendar.h"
#include "core/releases/timeline.h"
#include "core/releases/today.h"
#include "core/settings/settings.h"
#include "core/sources/projectlifecycles.h"
#include "core/sources/pythoninsider.h"
#include "core/sources/pythontimelineread.h"
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

namespace {

/// Lifecycle data not confirmed current for longer than this is said to be old.
constexpr int StaleLifecycleDays = 14;
/// The narrowest the timeline is shown; a narrower window hides it.
constexpr int TimelineMinimumWidth = 220;

} // namespace

MainWindow::MainWindow(Backend &backend, QWidget *parent)
    : QMainWindow(parent)
    , m_backend(backend)
    , m_posts(new PostListModel(backend.store(), this))
    , m_filter(new PostFilterModel(backend.store(), this))
    , m_releases(new TimelineModel(this))
    , m_projectReleases(new ProjectTimelineModel(this))
    , m_releaseFilter(new TimelineFilterModel(this))
    , m_interpreters(new InterpreterModel(this))
    , m_sourcesModel(new SourceListModel(backend.sources(), backend.store(), this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_postList(nullptr)
    , m_readerPane(nullptr)
    , m_reader(nullptr)
    , m_timeline(nullptr)
    , m_progress(new QProgressBar(this))
    , m_syncStatus(new QLabel(this))
    , m_appearance(new Appearance(backend.settings(), this))
    , m_timelineRebuild(new QTimer(this))
{
    setObjectName(u"mainWindow"_s);
    // Python's timeline, which the first frame shows, is read beside the panes' construction.
    QFuture<StoredPythonTimeline> pythonTimeline = PythonTimelineRead::start(m_backend.database());
    setWindowIcon(QIcon(u":/icons/herald.svg"_s));
    m_filter->setSourceModel(m_posts);
    m_releaseFilter->setSourceModel(m_releases);

    // The left column: the sources above the posts they show.
    auto *column = new QSplitter(Qt::Vertical, m_splitter);
    column->setObjectName(u"sourcesSplitter"_s);
    column->setChildrenCollapsible(false);
    column->setHandleWidth(1);
    m_sourcesPane = new SourcesPane(m_sourcesModel, m_backend.sources(), column);
    StartupMarks::mark("window: models and sources pane (the first widget: the style loads)");
    m_postList = new PostListPane(m_filter, column);
    StartupMarks::mark("window: post list");
    column->setStretchFactor(0, 0);
    column->setStretchFactor(1, 1);
    column->setSizes({190, 610});
    m_sourcesPane->setMinimumHeight(60);
    m_readerPane = new ReaderPane(&m_backend.images(), m_splitter);
    m_reader = m_readerPane->view();
    StartupMarks::mark("window: reader");
    m_timeline = new TimelinePane(m_releaseFilter, m_interpreters, m_splitter);
    m_timeline->setProjectModel(m_projectReleases);
    StartupMarks::mark("window: timeline pane");
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(1);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setSizes({340, 620, 300});
    m_postList->setMinimumWidth(220);
    m_readerPane->setMinimumWidth(320);
    // No real minimum for the window to respect (1 px overrides its layout's): below
    // TimelineMinimumWidth it is hidden instead (updateTimelineVisibility), so the window can
    // be made narrow.
    m_timeline->setMinimumWidth(1);
    setCentralWidget(m_splitter);

    m_progress->setObjectName(u"syncProgress"_s);
    m_progress->setMaximumWidth(180);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_syncStatus->setObjectName(u"syncStatus"_s);
    statusBar()->addWidget(m_syncStatus, 1);
    statusBar()->addPermanentWidget(m_progress);
    if (const QDateTime last = m_backend.store().lastSyncTime(); last.isValid()) {
        m_syncStatus->setText(tr("Last synced %1").arg(QLocale().toString(last.toLocalTime(), QLocale::ShortFormat)));
    } else {
        m_syncStatus->setText(tr("Not synced yet"));
    }

    m_sourcesController = new SourcesController(m_backend, m_sourcesPane, statusBar(), this);
    connect(m_sourcesPane, &SourcesPane::sourcesChosen, m_filter, &PostFilterModel::setSources);
    createActions();
    StartupMarks::mark("window: status bar, menus and toolbar");
    m_reader->showWelcome();

    connect(m_postList, &PostListPane::currentPostChanged, this, &MainWindow::showCurrentPost);
    connect(m_timeline, &TimelinePane::announcementRequested, this, &MainWindow::openPost);
    connect(m_posts, &PostListModel::unreadCountChanged, this, &MainWindow::updateTitle);
    connect(m_filter, &PostFilterModel::queryChanged, this,
        [this] { m_reader->setSearchTerms(m_filter->query().highlightTerms()); });
    connect(m_reader, &QTextBrowser::highlighted, this, [this](const QUrl &url) {
        if (url.isEmpty()) {
            statusBar()->clearMessage();
        } else {
            statusBar()->showMessage(url.toDisplayString());
        }
    });
    connect(m_reader, &ReaderView::postLinkActivated, this, &MainWindow::openPostBySlug);
    connect(m_reader, &ReaderView::linkRefused, this,
        [this](const QUrl &, const QString &reason) { m_readerPane->showNote(reason); });
    SyncEngine &sync = m_backend.sync();
    connect(&sync, &SyncEngine::started, this, &MainWindow::onSyncStarted);
    connect(&sync, &SyncEngine::progress, this, &MainWindow::onSyncProgress);
    connect(&sync, &SyncEngine::finished, this, &MainWindow::onSyncFinished);
    updateTitle(m_posts->unreadCount());
    // Posts arrive in batches during a sync: the timeline fills in as they do, not only at the end.
    m_timelineRebuild->setSingleShot(true);
    m_timelineRebuild->setInterval(400);
    connect(m_timelineRebuild, &QTimer::timeout, this, &MainWindow::rebuildTimeline);
    connect(&m_backend.store(), &PostStore::postsChanged, m_timelineRebuild, qOverload<>(&QTimer::start));
    // A project renamed, regrouped, followed or unfollowed shows in its timeline too.
    for (auto signal : {&SourceStore::sourceAdded, &SourceStore::sourceRemoved, &SourceStore::sourceChanged}) {
        connect(&m_backend.sources(), signal, m_timelineRebuild, qOverload<>(&QTimer::start));
    }
    // Python's timeline is shown with the panes when its read has ended by now, as it has at
    // the archive's size. A read still under way (100,000 posts take about 300 ms) is not
    // waited for: the pane says it is reading, and the timeline fills in when the read ends.
    // The projects' timeline (every release of every followed project, 50,000 at 200
    // projects) waits for the first frame.
    m_projectsDeferred = true;
    if (pythonTimeline.isFinished()) {
        takePythonTimeline(pythonTimeline.takeResult());
        StartupMarks::mark("window: Python's timeline");
    } else {
        m_pythonTimelinePending = true;
        m_timeline->setReading(true);
        m_pythonTimelineRead = pythonTimeline;
        pythonTimeline.then(this, [this](QFuture<StoredPythonTimeline> read) {
            m_pythonTimelineRead = {};
            takePythonTimeline(read.takeResult());
            // A post opened meanwhile (--show, a notification, a second launch) is found now.
            if (m_reader->postId() != 0) {
                m_timeline->highlightPost(m_reader->postId());
            }
            StartupMarks::mark("Python's timeline, read after the window");
            FreedMemory::release(); // the summaries it was built from, read on the pool
            if (m_rebuildAfterRead) {
                // Posts changed while it was read: read again, now that the pool's connection
                // no longer competes for the store (a read may write the summaries it lacks).
                m_rebuildAfterRead = false;
                rebuildTimeline();
            }
        });
        StartupMarks::mark("window: Python's timeline is still being read");
    }

    // The machine's interpreters: found off the GUI thread after the window is up.
    InterpreterScanner &scanner = m_backend.interpreters();
    YourPythonsCard *card = m_timeline->pythonsCard();
    const auto showInterpreters = [this, card](const InterpreterDiscovery::Findings &result) {
        m_interpreters->setInterpreters(result.interpreters);
        m_releases->setInstalled(m_interpreters->versionsBySeries());
        card->setSearched(result.searched);
        card->setScanning(m_backend.interpreters().isScanning());
    };
    connect(&scanner, &InterpreterScanner::finished, this, showInterpreters);
    connect(card, &YourPythonsCard::rescanRequested, this, &MainWindow::scanInterpreters);
    connect(card, &YourPythonsCard::locationAdded, this, [this](const QString &location) {
        Settings &settings = m_backend.settings();
        settings.setInterpreterLocations(settings.interpreterLocations() << location);
    });
    connect(&m_backend.settings(), &Settings::interpreterLocationsChanged, this, &MainWindow::scanInterpreters);
    if (scanner.hasResult()) {
        showInterpreters(scanner.result());
    }
    QTimer::singleShot(0, this, &MainWindow::scanInterpreters);
    scheduleMidnight();

    resize(1280, 800);
    // The keys (j, k, n, space…) work from the start; / goes to the search.
    m_postList->view()->setFocus(Qt::OtherFocusReason);
}

MainWindow::~MainWindow()
{
    // The read uses a connection of its own, by the store's path: it ends before the store can.
    // One that has not started yet never will.
    m_pythonTimelineRead.cancel();
    m_pythonTimelineRead.waitForFinished();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_firstFrameShown && windowHandle()) {
        windowHandle()->installEventFilter(this);
    }
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The window's first expose paints and flushes it before returning: what is queued then
    // runs after the first frame.
    if (watched == windowHandle() && event->type() == QEvent::Expose && windowHandle()->isExposed()) {
        windowHandle()->removeEventFilter(this);
        QTimer::singleShot(0, this, [this] {
            m_firstFrameShown = true;
            StartupMarks::mark(StartupMarks::FirstFrame);
            Q_EMIT firstFrameShown();
            if (m_projectsDeferred) {
                rebuildProjectTimeline();
                // A post opened before (--show, a notification, a second launch) is found now.
                if (m_reader->postId() != 0) {
                    m_timeline->highlightPost(m_reader->postId());
                }
                StartupMarks::mark("projects' timeline");
            }
            FreedMemory::release(); // what the start read and let go of
        });
    }
    return QMainWindow::eventFilter(watched, event);
}

bool MainWindow::startupPending() const
{
    return m_projectsDeferred || m_pythonTimelinePending;
}

void MainWindow::refresh()
{
    // Through the schedule, so that the next background sync counts from this one.
    m_backend.scheduler().requestSyncNow();
}

void MainWindow::openPost(qint64 postId)
{
    m_posts->fetchPost(postId); // the list fetches as it is scrolled: an old post may not be in it yet
    m_postList->selectPost(postId);
    if (m_reader->postId() != postId) {
        showCurrentPost(postId);
    }
}

void MainWindow::showCurrentPost(qint64 postId)
{
    const auto post = postId ? m_backend.store().post(postId) : std::nullopt;
    if (!post) {
        m_reader->showWelcome();
        return;
    }
    // A link hovered in the post before is not in this one.
    statusBar()->clearMessage();
    m_reader->showPost(*post);
    m_timeline->highlightPost(postId);
    if (!post->read) {
        reportStoreWrite(m_backend.store().setRead(postId, true));
    }
}

void MainWindow::toggleCurrent(int role)
{
    // The open post, even when the filter no longer lists it.
    const qint64 id = m_reader->postId();
    const auto post = id ? m_backend.store().post(id) : std::nullopt;
    if (!post) {
        return;
    }
    if (role == Roles::ReadRole) {
        reportStoreWrite(m_backend.store().setRead(id, !post->read));
    } else {
        reportStoreWrite(m_backend.store().setStarred(id, !post->starred));
    }
}

void MainWindow::reportStoreWrite(const Result<void> &written)
{
    if (written) {
        return;
    }
    const QString &error = written.error().message();
    qCWarning(lcStore) << "could not save a change to a post:" << error;
    statusBar()->showMessage(tr("Herald could not save the change: %1").arg(error), 10000);
}

void MainWindow::nextUnread()
{
    // From the post after the open one to the end, then from the top: never the open one.
    if (m_posts->unreadCount() == 0) {
        statusBar()->showMessage(tr("No unread posts"), 4000);
        return; // without fetching every row to find out
    }
    QAbstractItemModel *model = m_postList->view()->model();
    const QModelIndex current = m_postList->view()->currentIndex();
    const bool open = current.isValid() && current.data(Roles::PostIdRole).toLongLong() == m_reader->postId();
    const int start = current.isValid() ? current.row() + (open ? 1 : 0) : 0;
    const auto unreadAt = [&](int row) {
        const QModelIndex index = model->index(row, 0);
        return !index.data(Roles::ReadRole).toBool()
            && index.data(Roles::PostIdRole).toLongLong() != m_reader->postId();
    };
    const auto choose = [&](int row, bool wrapped) {
        const QModelIndex index = model->index(row, 0);
        m_postList->view()->setCurrentIndex(index);
        m_postList->view()->scrollTo(index);
        if (wrapped) {
            statusBar()->showMessage(tr("Continued from the top of the list"), 4000);
        }
    };
    // Down to the end, fetching the rows not in the list yet; then from the top.
    for (int row = start;; ++row) {
        if (row >= model->rowCount()) {
            if (!model->canFetchMore({})) {
                break;
            }
            model->fetchMore({});
            if (row >= model->rowCount()) {
                break;
            }
        }
        if (unreadAt(row)) {
            choose(row, false);
            return;
        }
    }
    for (int row = 0; row < std::min(start, model->rowCount()); ++row) {
        if (unreadAt(row)) {
            choose(row, true);
            return;
        }
    }
    statusBar()->showMessage(tr("No unread posts"), 4000);
}

void MainWindow::markAllRead()
{
    PostStore &store = m_backend.store();
    const int unread = store.unreadCount();
    if (unread == 0) {
        statusBar()->showMessage(tr("No unread posts"), 4000);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Mark All as Read"),
        tr("Mark all %n unread post(s) as read?", nullptr, unread), QMessageBox::Cancel, this);
    box->setObjectName(u"markAllReadBox"_s);
    box->addButton(tr("Mark as Read"), QMessageBox::AcceptRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this, [this] { reportMarked(m_backend.store().markAllRead()); });
    box->open();
}

void MainWindow::markOlderRead()
{
    PostStore &store = m_backend.store();
    auto *dialog = new MarkOlderDialog([&store](QDate day) { return store.unreadCount(day.startOfDay()); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // The start of the chosen day where the user is; never invalid, so never "all posts".
        const QDateTime before = dialog->date().startOfDay();
        if (before.isValid()) {
            reportMarked(m_backend.store().markAllRead(before));
        }
    });
    dialog->open();
}

void MainWindow::reportMarked(const Result<int> &marked)
{
    if (!marked) {
        QMessageBox::warning(
            this, tr("Mark as Read"), tr("The posts could not be marked as read: %1").arg(marked.error().message()));
        return;
    }
    statusBar()->showMessage(tr("Marked %n post(s) as read", nullptr, *marked), 5000);
}

void MainWindow::readOn()
{
    // Space pages through the post, then moves on to the next one, as newsreaders do.
    QScrollBar *bar = m_reader->verticalScrollBar();
    if (m_reader->postId() != 0 && bar->value() < bar->maximum()) {
        bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
    } else {
        m_postList->moveSelection(1);
    }
}

void MainWindow::onSyncStarted()
{
    m_refreshAction->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_syncStatus->setText(tr("Syncing…"));
    m_syncStatus->setToolTip({});
}

void MainWindow::onSyncProgress(int done, int total)
{
    if (total > 0) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_syncStatus->setText(tr("Fetching posts: %1 of %2").arg(done).arg(total));
    }
}

void MainWindow::onSyncFinished(const SyncSummary &summary)
{
    m_refreshAction->setEnabled(true);
    m_progress->hide();
    const QString time = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    QString text;
    if (summary.newPosts > 0) {
        text = tr("Synced at %1: %n new post(s)", "", summary.newPosts).arg(time);
    } else {
        text = tr("Synced at %1: no new posts").arg(time);
    }
    const QStringList problems = summary.allSourceErrors() + summary.postErrors;
    if (!problems.isEmpty()) {
        text += u" — "_s + tr("%n problem(s), hover for details", "", int(problems.size()));
    }
    m_syncStatus->setText(text);
    m_syncStatus->setToolTip(problems.join(u'\n'));
    rebuildTimeline();
}

void MainWindow::rebuildTimeline()
{
    m_timelineRebuild->stop();
    if (m_pythonTimelinePending) {
        m_rebuildAfterRead = true; // after the read under way (see the constructor)
        return;
    }
    showPythonTimeline(PythonTimelineRead::read(m_backend.store()));
    if (m_projectsDeferred) {
        return; // built once the window has shown its first frame
    }
    rebuildProjectTimeline();
    FreedMemory::release(); // what both builds read and let go of
}

void MainWindow::takePythonTimeline(StoredPythonTimeline stored)
{
    if (!stored.connected) {
        qCWarning(lcStore) << "reading Python's timeline beside the window failed:" << stored.error;
        stored = PythonTimelineRead::read(m_backend.store()); // through the window's own connection
    }
    showPythonTimeline(std::move(stored));
}

void MainWindow::showPythonTimeline(StoredPythonTimeline stored)
{
    m_pythonTimelinePending = false;
    m_timeline->setReading(false);
    if (!stored.error.isEmpty()) {
        qCWarning(lcStore) << "could not read what Python's posts announce:" << stored.error;
    }
    Timeline &timeline = stored.timeline;
    QString note;
    if (!timeline.hasLifecycleData() && !timeline.series().isEmpty()) {
        note = tr("Lifecycle data has not been synced yet: series statuses and end-of-life dates are unknown.");
    } else if (timeline.hasLifecycleData()) {
        // The statuses are judged by today's date whatever the data's age; still say how old it is.
        const QDateTime &checked = stored.lifecycleCheckedAt;
        if (checked.isValid() && checked.daysTo(QDateTime::currentDateTimeUtc()) > StaleLifecycleDays) {
            note = tr("The lifecycle data was last updated on %1. Statuses are judged by today's date; refresh "
                      "to update it.")
                       .arg(QLocale().toString(checked.toLocalTime().date(), QLocale::LongFormat));
        }
    }
    m_timeline->setNote(note);
    m_releases->setTimeline(std::move(timeline));
    m_interpreters->setTimeline(&m_releases->timeline());
    m_timeline->expandSeries();
}

void MainWindow::rebuildProjectTimeline()
{
    m_projectsDeferred = false;
    PostStore &store = m_backend.store();
    const Result<QList<Source>> sources = m_backend.sources().sources();
    if (!sources) {
        qCWarning(lcStore) << "cannot read the sources for the project timeline:" << sources.error().message();
        return; // the projects shown stay as they were
    }
    PostStore::Query releases;
    releases.projectReleasesOnly = true;
    const QList<Post> posts = store.posts(releases);
    StartupMarks::mark("projects' timeline: releases read");
    QList<ProjectReleases> projects
        = ProjectReleases::build(*sources, posts, QDateTime(Today::date(), QTime(12, 0), QTimeZone::UTC));
    StartupMarks::mark("projects' timeline: built");
    QStringList warnings;
    ProjectLifecycles::attach(store, projects, &warnings);
    for (const QString &warning : std::as_const(warnings)) {
        qCWarning(lcStore) << warning;
    }
    StartupMarks::mark("projects' timeline: lifecycles");
    m_projectReleases->setProjects(projects);
}

void MainWindow::scheduleMidnight()
{
    // Statuses, countdowns and advice are judged by the day: at midnight, judged again.
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime midnight(now.date().addDays(1), QTime(0, 0, 1));
    QTimer::singleShot(std::max<qint64>(1000, now.msecsTo(midnight)), this, [this] {
        m_releases->setToday(QDate());
        m_interpreters->setToday(QDate());
        scheduleMidnight();
    });
}

void MainWindow::scanInterpreters()
{
    m_timeline->pythonsCard()->setScanning(true);
    m_backend.interpreters().scan(m_backend.discoveryEnvironment());
}

void MainWindow::exportCalendar()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Release Calendar"),
        QDir(documents).filePath(u"python-releases.ics"_s), tr("iCalendar files (*.ics)"));
    if (path.isEmpty()) {
        return;
    }
    const QByteArray calendar
        = ReleaseCalendar::build(m_releases->timeline(), Today::date(), QDateTime::currentDateTimeUtc());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(calendar) != calendar.size() || !file.commit()) {
        QMessageBox::warning(this, tr("Export Release Calendar"),
            tr("Herald could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    statusBar()->showMessage(tr("Saved the release calendar to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::updateTitle(int unread)
{
    setWindowTitle(unread > 0 ? tr("Herald (%1 unread)").arg(unread) : tr("Herald"));
}

void MainWindow::showSettings()
{
    QStringList series;
    for (const TimelineSeries &entry : m_releases->timeline().series()) { // newest first
        series.append(entry.series);
    }
    auto *dialog = new SettingsDialog(m_backend.settings(), series, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::testNotificationRequested, this, &MainWindow::testNotificationRequested);
    dialog->open();
}

void MainWindow::openPostBySlug(const QString &slug)
{
    // Slugs are unique within a source, and links name no source: the first stored wins.
    const Result<std::optional<qint64>> id = m_backend.store().idForSlug(slug);
    if (!id) {
        m_readerPane->showNote(tr("Herald could not look for the post “%1”: %2").arg(slug, id.error().message()));
        return;
    }
    if (const std::optional<qint64> &found = *id) {
        openPost(*found);
        return;
    }
    m_readerPane->showNote(tr("The post “%1” is not in Herald's archive yet.").arg(slug));
}

void MainWindow::printPost()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Post"));
    if (dialog.exec() == QDialog::Accepted) {
        m_reader->printPost(&printer);
    }
}

void MainWindow::exportPdf()
{
    const auto post = m_reader->postId() ? m_backend.store().post(m_reader->postId()) : std::nullopt;
    const QString suggested = (post ? post->meta.slug : u"herald"_s) + u".pdf"_s;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export as PDF"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' + suggested,
        tr("PDF files (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setDocName(post ? post->meta.title : u"Herald"_s);
    m_reader->printPost(&printer);
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::restoreLayout()
{
    const Settings::WindowLayout layout = m_backend.settings().windowLayout();
    restoreGeometry(layout.geometry);
    m_splitter->restoreState(layout.splitter);
    m_toggleTimelineAction->setChecked(layout.timelineVisible);
}

void MainWindow::saveLayout() const
{
    m_backend.settings().setWindowLayout(
        {saveGeometry(), m_splitter->saveState(), m_toggleTimelineAction->isChecked()});
}

void MainWindow::updateTimelineVisibility()
{
    // A narrow window (half a small screen) gives up the timeline first: the list and the
    // reader stay usable. It comes back by itself when there is room again.
    const int needed = m_postList->minimumWidth() + m_readerPane->minimumWidth() + TimelineMinimumWidth
        + 2 * m_splitter->handleWidth();
    // The window's width, not the splitter's: it is right before the first show too (and in
    // an offscreen screenshot, which is never shown).
    const bool room = width() >= needed;
    m_timeline->setVisible(m_toggleTimelineAction->isChecked() && room);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    updateTimelineVisibility();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    if (m_closeHandler && m_closeHandler()) {
        // Herald keeps running in the background: the window only goes away.
        event->ignore();
        hide();
        return;
    }
    QMainWindow::closeEvent(event);
}

} // namespace Herald
