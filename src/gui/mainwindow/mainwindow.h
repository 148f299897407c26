#pragma once

#include <QMainWindow>

class QAction;
class QSplitter;

namespace Herald {

class PostListPane;
class ReaderView;
class TimelinePane;

/// The window shell: post list, reader and release timeline side by side, with the menus
/// and the status bar. It arranges the panes; each pane owns its own behaviour.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] PostListPane *postListPane() const { return m_postList; }
    [[nodiscard]] ReaderView *reader() const { return m_reader; }
    [[nodiscard]] TimelinePane *timelinePane() const { return m_timeline; }

    /// Puts back the size, position and pane widths from the last session.
    void restoreLayout();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void showAbout();
    void saveLayout() const;

    QSplitter *m_splitter;
    PostListPane *m_postList;
    ReaderView *m_reader;
    TimelinePane *m_timeline;
    QAction *m_refreshAction = nullptr;
    QAction *m_toggleTimelineAction = nullptr;
};

} // namespace Herald
