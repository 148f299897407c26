#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QProgressBar;
class QSplitter;

namespace Herald {

class Backend;
class PostFilterModel;
class PostListModel;
class PostListPane;
class TimelineFilterModel;
class TimelineModel;
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
    [[nodiscard]] ReaderView *reader() const { return m_reader; }
    [[nodiscard]] TimelinePane *timelinePane() const { return m_timeline; }
    [[nodiscard]] PostListModel *postModel() const { return m_posts; }
    [[nodiscard]] TimelineModel *timelineModel() const { return m_releases; }

    /// Puts back the size, position and pane widths from the last session.
    void restoreLayout();
    /// Selects a post in the list and shows it.
    void openPost(qint64 postId);
    /// Starts a sync unless one is running.
    void refresh();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void showAbout();
    void saveLayout() const;
    void showCurrentPost(qint64 postId);
    void toggleCurrent(int role);
    void readOn();
    void onSyncStarted();
    void onSyncProgress(int done, int total);
    void onSyncFinished(const SyncSummary &summary);
    void updateTitle(int unread);
    void rebuildTimeline();

    Backend &m_backend;
    PostListModel *m_posts;
    PostFilterModel *m_filter;
    TimelineModel *m_releases;
    TimelineFilterModel *m_releaseFilter;
    QSplitter *m_splitter;
    PostListPane *m_postList;
    ReaderView *m_reader;
    TimelinePane *m_timeline;
    QProgressBar *m_progress;
    QLabel *m_syncStatus;
    QAction *m_refreshAction = nullptr;
    QAction *m_toggleTimelineAction = nullptr;
};

} // namespace Herald
