// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/posts/post.h"
#include "core/store/poststore.h"

#include <QAbstractItemModel>
#include <QHash>

namespace Herald {

/// The stored posts as a flat list, newest first, with read and starred state. Rows are
/// fetched as the list is scrolled (canFetchMore() and fetchMore(), a page at a time from the
/// covering index), so an archive of 100,000 posts costs what the screen shows. Stays in step
/// with the store without ever resetting: new posts are inserted, removed ones removed, a
/// re-dated one moved, and a single post's change updates its row.
/// A row holds what the list shows and filters by; the rest (description, address, tags)
/// is read from the store when asked for. Editing ReadRole or StarredRole writes through to
/// the store.
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

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /// The row of a post, or an invalid index while it is not fetched (or does not exist).
    [[nodiscard]] QModelIndex indexForPost(qint64 postId) const;
    /// The row of a post, fetching the rows down to it first; invalid when there is no such post.
    QModelIndex fetchPost(qint64 postId);
    /// Fetches every row: what a search needs, as it ranks all the posts it finds.
    void fetchAll();
    /// Every stored post's unread ones, fetched or not.
    [[nodiscard]] int unreadCount() const;

    /// How many rows a fetch brings: a few screens.
    static constexpr int PageRows = 200;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void unreadCountChanged(int count);

private:
    /// What a row keeps: the list's columns and what its filters read.
    struct Row {
        qint64 id = 0;
        qint64 sourceId = 0;
        QDateTime published;
        QString title;
        QString author;
        QString bodyError;
        bool read = false;
        bool starred = false;
        friend bool operator==(const Row &, const Row &) = default;
    };
    static Row rowOf(const Post &post);
    static PostStore::ListKey keyOf(const Row &row);

    void refreshPost(qint64 postId);
    void append(const PostStore::ListRange &range);
    void indexRows(int from);
    void countUnread();
    [[nodiscard]] std::optional<Post> details(const Row &row) const;

    PostStore &m_store;
    QList<Row> m_posts;
    QHash<qint64, int> m_rows;
    bool m_more = true; ///< the store may have rows after the last one fetched
    bool m_changing = false; ///< rows are being inserted or moved: no fetching meanwhile
    int m_unread = 0;
};

} // namespace Herald
