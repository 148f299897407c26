#pragma once

#include <QWidget>

class QLineEdit;
class QStackedWidget;
class QTreeView;

namespace Herald {

class EmptyStateWidget;

/// The left pane: the filter field and the list of posts, or an empty state that says
/// how the list gets filled.
class PostListPane final : public QWidget
{
    Q_OBJECT

public:
    explicit PostListPane(QWidget *parent = nullptr);

    [[nodiscard]] QTreeView *view() const { return m_view; }
    [[nodiscard]] QLineEdit *filterEdit() const { return m_filter; }

private:
    QLineEdit *m_filter;
    QStackedWidget *m_stack;
    EmptyStateWidget *m_empty;
    QTreeView *m_view;
};

} // namespace Herald
