#pragma once

#include <QWidget>

class QStackedWidget;
class QTreeView;

namespace Herald {

class EmptyStateWidget;

/// The right-hand sidebar: every announced Python release, grouped by series.
class TimelinePane final : public QWidget
{
    Q_OBJECT

public:
    explicit TimelinePane(QWidget *parent = nullptr);

    [[nodiscard]] QTreeView *view() const { return m_view; }

private:
    QStackedWidget *m_stack;
    EmptyStateWidget *m_empty;
    QTreeView *m_view;
};

} // namespace Herald
