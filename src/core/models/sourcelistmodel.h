// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/posts/source.h"

#include <QHash>

#include <QAbstractItemModel>
#include <QList>
#include <QSet>

class QTimer;

namespace Herald {

class PostStore;
class SourceStore;

/// The followed sources for the sources pane: "All Sources" first, then the sources outside
/// any folder, then each folder with its sources, in the order the user gave them. Two
/// columns: the name and the unread count. Names are editable (a rename); sources are dragged
/// between and within folders (a move). It follows the stores: a source added, removed,
/// moved or synced, or a post read, inserts, removes, moves or updates rows, never resets.
class SourceListModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, UnreadColumn, ColumnCount };
    /// What a source carries on a drag.
    static QString mimeType() { return QStringLiteral("application/x-herald-source"); }

    SourceListModel(SourceStore &sources, PostStore &posts, QObject *parent = nullptr);

    /// Reads the stores again now (a change is otherwise picked up on the next turn of the
    /// event loop, once for many).
    void refresh();

    /// The sources a row stands for: one source, a folder's, or none for "All Sources" (every one).
    [[nodiscard]] QSet<qint64> sourcesOf(const QModelIndex &index) const;
    /// The row of a source; invalid when it is not listed.
    [[nodiscard]] QModelIndex indexOfSource(qint64 sourceId) const;
    [[nodiscard]] static bool isAllSources(const QModelIndex &index);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;
    /// The view's own removal after a move: the stores move the row, so it does nothing.
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

Q_SIGNALS:
    /// A rename or a move the store refused; the message says why.
    void changeFailed(const QString &message);

private:
    /// A top-level row: "All Sources", a source outside any folder, or a folder and its sources.
    struct Row {
        enum Kind { All, Loose, Folder };
        Kind kind = Loose;
        Source source; ///< Loose
        QString folder; ///< Folder
        QList<Source> children; ///< Folder
        int unread = 0; ///< All and Folder: the sum

        [[nodiscard]] QString key() const;
    };

    void scheduleRefresh();
    /// Brings `current` to `wanted` under `parent` with row removals, moves and insertions.
    template<typename Item, typename Key>
    void align(const QModelIndex &parent, QList<Item> &current, const QList<Item> &wanted, Key key);
    [[nodiscard]] const Source *sourceAt(const QModelIndex &index) const;
    [[nodiscard]] const Row *rowAt(const QModelIndex &index) const;

    /// A child's internal id: its folder's, which stays the same however the folder moves.
    [[nodiscard]] quintptr folderId(const QString &folder) const;
    [[nodiscard]] int folderRow(quintptr id) const;

    /// What the version used of each source that knows it means today.
    void judgeUsage(const QList<Source> &sources);

    SourceStore &m_store;
    PostStore &m_posts;
    QList<Row> m_rows;
    struct Usage {
        QString summary;
        int severity = -1;
    };
    QHash<qint64, Usage> m_usage;
    bool m_usageStale = true; ///< releases or sources changed since it was judged
    mutable QHash<QString, quintptr> m_folderIds;
    QTimer *m_refresh;
    QTimer *m_usageTimer; ///< settles a burst of changes before the versions used are judged again
};

} // namespace Herald
