#pragma once

#include "core/posts/post.h"

#include <QAbstractItemModel>
#include <QHash>

namespace Herald {

class PostStore;

/// Every stored post as a flat list, newest first, with read and starred state. Stays in
/// step with the store without ever resetting: new posts are inserted, removed ones removed,
/// a re-dated one moved, and a single post's change updates its row.
/// Editing ReadRole or StarredRole writes through to the store.
class PostListModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, AuthorColumn, DateColumn, ColumnCount };

    explicit PostListModel(PostStore &store, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The row of a post, or an invalid index.
    [[nodiscard]] QModelIndex indexForPost(qint64 postId) const;
    [[nodiscard]] int unreadCount() const;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void unreadCountChanged(int count);

private:
    void refreshPost(qint64 postId);

    PostStore &m_store;
    QList<Post> m_posts;
    QHash<qint64, int> m_rows;
    int m_unread = 0;
};

} // namespace Herald
