// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

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
    /// Selects the first post in the list and gives the list the focus.
    void enterList();
    /// Puts `text` in the filter field and applies it at once, as if typed.
    void search(const QString &text);

Q_SIGNALS:
    /// The user chose another post. Never emitted because the list changed under the
    /// selection (filtering, sorting, a sync): that keeps the open post open.
    void currentPostChanged(qint64 postId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateEmptyState();
    void onCurrentRowChanged(const QModelIndex &current);
    void beginSettling();
    void endSettling();
    void applyFilterNow();
    /// Makes `index` the selected, open post.
    void choose(const QModelIndex &index);
    void showContextMenu(const QPoint &position);

    PostFilterModel *m_model;
    QLineEdit *m_filter;
    QTimer *m_filterDelay;
    QStackedWidget *m_stack;
    EmptyStateWidget *m_empty;
    QTreeView *m_view;
    qint64 m_shownPostId = 0;
    int m_settling = 0;
    bool m_reconciling = false;
};

} // namespace Herald
