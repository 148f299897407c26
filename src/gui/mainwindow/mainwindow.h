// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/diagnostics/result.h"
#include "core/sources/pythontimelineread.h"

#include <QFuture>
#include <QMainWindow>

#include <functional>
#include <optional>

class QAction;
class QMenu;
class QLabel;
class QProgressBar;
class QSplitter;
class QTimer;

namespace Herald {

class Appearance;
class Backend;
class InterpreterModel;
class PostFilterModel;
class PostListModel;
class ProjectTimelineModel;
class PostListPane;
class SourceListModel;
class SourcesController;
class SourcesPane;
class TimelineFilterModel;
class TimelineModel;
class ReaderPane;
class ReaderView;
class TimelinePane;
struct SyncSummary;

/// The window shell: post list, reader and release timeline side by side, with the menus
/// and the status bar. It arranges the panes and connects them to the backend; each pane
/// owns its own behaviour.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Backend &backend, QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] PostListPane *postListPane() const { return m_postList; }
    [[nodiscard]] ReaderPane *readerPane() const { return m_readerPane; }
    [[nodiscard]] ReaderView *reader() const { return m_reader; }
    [[nodiscard]] TimelinePane *timelinePane() const { return m_timeline; }
    [[nodiscard]] PostListModel *postModel() const { return m_posts; }
    [[nodiscard]] InterpreterModel *interpreterModel() const { return m_interpreters; }
    [[nodiscard]] TimelineModel *timelineModel() const { return m_releases; }
    [[nodiscard]] ProjectTimelineModel *projectTimelineModel() const { return m_projectReleases; }
    [[nodiscard]] Appearance *appearance() const { return m_appearance; }

    /// Puts back the size, position and pane widths from the last session.
    void restoreLayout();
    /// Selects a post in the list and shows it.
    void openPost(qint64 postId);
    /// Starts a sync unless one is running.
    void refresh();
    /// Asked when the window is closed: true hides it instead, and Herald keeps running.
    void setCloseHandler(std::function<bool()> handler) { m_closeHandler = std::move(handler); }
    /// Work left until the window shows everything: the projects' timeline, which waits for
    /// the first frame, and Python's when its read outlasted the window's construction.
    [[nodiscard]] bool startupPending() const;

Q_SIGNALS:
    /// The window's first frame is on screen: what it does not show starts now.
    void firstFrameShown();
    /// The settings dialog's test button.
    void testNotificationRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createFileMenu();
    QMenu *createGoMenu();
    /// Edit comes before Go, as in every application.
    void createEditMenu(QMenu *before);
    void createViewMenu();
    void createSettingsAndHelpMenus();
    void addThemeMenu(QMenu *viewMenu);
    void addReaderActions(QMenu *viewMenu);
    void openPostBySlug(const QString &slug);
    void showSettings();
    void printPost();
    void exportPdf();
    void showAbout();
    void saveLayout() const;
    void showCurrentPost(qint64 postId);
    void toggleCurrent(int role);
    void readOn();
    void nextUnread();
    void markAllRead();
    void markOlderRead();
    void reportMarked(const Result<int> &marked);
    /// Logs and shows a store write that failed.
    void reportStoreWrite(const Result<void> &written);
    void onSyncStarted();
    void onSyncProgress(int done, int total);
    void onSyncFinished(const SyncSummary &summary);
    void updateTitle(int unread);
    void rebuildTimeline();
    /// Shows the timeline read beside the window, or reads it here when that read could not
    /// open the store.
    void takePythonTimeline(StoredPythonTimeline stored);
    void showPythonTimeline(StoredPythonTimeline stored);
    void rebuildProjectTimeline();
    void updateTimelineVisibility();
    /// Looks for the machine's interpreters again, off the GUI thread; the card fills in.
    void scanInterpreters();
    /// Judges the timeline and the interpreters again when the day changes.
    void scheduleMidnight();
    void exportCalendar();

    Backend &m_backend;
    PostListModel *m_posts;
    PostFilterModel *m_filter;
    TimelineModel *m_releases;
    ProjectTimelineModel *m_projectReleases;
    TimelineFilterModel *m_releaseFilter;
    InterpreterModel *m_interpreters;
    SourceListModel *m_sourcesModel;
    SourcesPane *m_sourcesPane = nullptr;
    SourcesController *m_sourcesController = nullptr;
    QSplitter *m_splitter;
    PostListPane *m_postList;
    ReaderPane *m_readerPane;
    ReaderView *m_reader;
    TimelinePane *m_timeline;
    QProgressBar *m_progress;
    QLabel *m_syncStatus;
    Appearance *m_appearance;
    bool m_projectsDeferred = false; ///< the projects' timeline waits for the first frame
    bool m_firstFrameShown = false;
    /// Python's timeline of a large archive is still being read on the pool (m_pythonTimelineRead)
    bool m_pythonTimelinePending = false;
    QFuture<StoredPythonTimeline> m_pythonTimelineRead;
    bool m_rebuildAfterRead = false; ///< posts changed while that read was under way
    QTimer *m_timelineRebuild;
    std::function<bool()> m_closeHandler;
    QAction *m_refreshAction = nullptr;
    QAction *m_toggleTimelineAction = nullptr;
};

} // namespace Herald
