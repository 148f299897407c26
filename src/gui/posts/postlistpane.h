#pragma once

#include <QWidget>

class QLineEdit;
class QStackedWidget;
class QTimer;
class QTreeView;

namespace Herald {

class EmptyStateWidget;
class PostFilterModel;

/// The left pane: the filter field and the list of posts, or an empty state that says
/// how the list gets filled.
class PostListPane final : public QWidget
{
    Q_OBJECT

public:
    explicit PostListPane(PostFilterModel *model, QWidget *parent = nullptr);

    [[nodiscard]] QTreeView *view() const { return m_view; }
    [[nodiscard]] QLineEdit *filterEdit() const { return m_filter; }

    /// The selected post, or 0.
    [[nodiscard]] qint64 currentPostId() const;
    void selectPost(qint64 postId);
    /// Moves the selection by `delta` rows (j/k), staying inside the list.
    void moveSelection(int delta);

Q_SIGNALS:
    void currentPostChanged(qint64 postId);

private:
    void updateEmptyState();

    PostFilterModel *m_model;
    QLineEdit *m_filter;
    QTimer *m_filterDelay;
    QStackedWidget *m_stack;
    EmptyStateWidget *m_empty;
    QTreeView *m_view;
};

} // namespace Herald
