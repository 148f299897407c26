// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/models/postlistmodel.h"

#include "core/diagnostics/logging.h"
#include "core/models/itemdataroles.h"
#include "core/store/poststore.h"

#include <QFont>
#include <QLocale>
#include <QScopedValueRollback>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald {

PostListModel::PostListModel(PostStore &store, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
{
    connect(&m_store, &PostStore::postsChanged, this, &PostListModel::reload);
    connect(&m_store, &PostStore::postChanged, this, &PostListModel::refreshPost);
    reload();
}

PostListModel::Row PostListModel::rowOf(const Post &post)
{
    return {post.id, post.sourceId, post.meta.published, post.meta.title, post.meta.author, post.bodyError, post.read,
        post.starred};
}

PostStore::ListKey PostListModel::keyOf(const Row &row)
{
    PostStore::ListKey key;
    key.id = row.id;
    if (row.published.isValid()) {
        key.publishedAt = row.published.toSecsSinceEpoch();
    }
    return key;
}

void PostListModel::reload()
{
    // The rows fetched so far, and those the store has gained among them, are read again: a
    // sync brings a few posts among thousands. The rows that came are inserted, those that
    // went are removed and a re-dated one is moved, so the views keep their selection, scroll
    // position and expanded state (a reset would lose all three and cost a full relayout).
    // Rows beyond the last fetched one wait for the next fetch. At most a page more than was
    // fetched is read: a sync that brings 50,000 newer posts pushes the last rows out (to be
    // fetched again) rather than making the list read them all.
    PostStore::ListRange range;
    range.limit = int(m_posts.size()) + PageRows;
    if (!m_posts.isEmpty() && m_more) {
        range.through = keyOf(m_posts.constLast());
    }
    const Result<QList<Post>> read = m_store.listedPosts(range);
    if (!read) {
        qCWarning(lcStore) << "could not read the post list:" << read.error().message();
        return;
    }
    // A view or tester reacting to the changes below must not fetch into the half-done list.
    const QScopedValueRollback changing(m_changing, true);
    QList<Row> fresh;
    fresh.reserve(read->size());
    for (const Post &post : *read) {
        fresh.append(rowOf(post));
    }
    m_more = range.through.has_value() || int(fresh.size()) == range.limit;
    QHash<qint64, int> freshRow; // where each post belongs
    freshRow.reserve(fresh.size());
    for (int row = 0; row < int(fresh.size()); ++row) {
        freshRow.insert(fresh.at(row).id, row);
    }
    const auto wanted = [&freshRow](qint64 id) { return freshRow.contains(id); };
    // Gone first, in runs from the end, so the rows above keep their numbers.
    for (int row = int(m_posts.size()) - 1; row >= 0;) {
        if (wanted(m_posts.at(row).id)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !wanted(m_posts.at(first - 1).id)) {
            --first;
        }
        beginRemoveRows({}, first, row);
        m_posts.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
    QSet<qint64> present;
    present.reserve(m_posts.size());
    for (const Row &post : std::as_const(m_posts)) {
        present.insert(post.id);
    }
    // Then in the store's order: a run of new posts is inserted in one go, a post found
    // further down is moved up, and one that changed is updated in place.
    int firstChanged = -1;
    int lastChanged = -1;
    for (int row = 0; row < int(fresh.size());) {
        if (!present.contains(fresh.at(row).id)) {
            int last = row;
            while (last + 1 < int(fresh.size()) && !present.contains(fresh.at(last + 1).id)) {
                ++last;
            }
            beginInsertRows({}, row, last);
            m_posts.insert(row, last - row + 1, Row());
            for (int i = row; i <= last; ++i) {
                m_posts[i] = std::move(fresh[i]);
            }
            endInsertRows();
            row = last + 1;
            continue;
        }
        if (m_posts.at(row).id != fresh.at(row).id) {
            // One post re-dated moves, not all those it passes: when the post here belongs
            // further down than the one after it, it is the one that moved, and goes down
            // before the first row that belongs after it; else the post due here moves up.
            const int here = freshRow.value(m_posts.at(row).id);
            if (row + 1 < int(m_posts.size()) && here > freshRow.value(m_posts.at(row + 1).id)) {
                int to = row + 1;
                while (to < int(m_posts.size()) && freshRow.value(m_posts.at(to).id) < here) {
                    ++to;
                }
                beginMoveRows({}, row, row, {}, to);
                m_posts.move(row, to - 1);
                endMoveRows();
                continue; // look at this row again
            }
            const qint64 id = fresh.at(row).id;
            const auto from = std::find_if(
                m_posts.cbegin() + row + 1, m_posts.cend(), [id](const Row &post) { return post.id == id; });
            const int source = int(from - m_posts.cbegin());
            beginMoveRows({}, source, source, {}, row);
            m_posts.move(source, row);
            endMoveRows();
        }
        if (m_posts.at(row) != fresh.at(row)) {
            firstChanged = firstChanged < 0 ? row : firstChanged;
            lastChanged = row;
        }
        m_posts[row] = std::move(fresh[row]);
        ++row;
    }
    if (firstChanged >= 0) {
        Q_EMIT dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
    }
    m_rows.clear();
    indexRows(0);
    countUnread();
}

void PostListModel::indexRows(int from)
{
    m_rows.reserve(m_posts.size());
    for (int row = from; row < int(m_posts.size()); ++row) {
        m_rows.insert(m_posts.at(row).id, row);
    }
}

void PostListModel::countUnread()
{
    // From the store: most rows may not be fetched yet.
    const int before = m_unread;
    m_unread = m_store.unreadCount();
    if (m_unread != before || m_posts.isEmpty()) {
        Q_EMIT unreadCountChanged(m_unread);
    }
}

bool PostListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more && !m_changing;
}

void PostListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    PostStore::ListRange range;
    range.limit = PageRows;
    append(range);
}

void PostListModel::fetchAll()
{
    if (canFetchMore({})) {
        append({});
    }
}

QModelIndex PostListModel::fetchPost(qint64 postId)
{
    if (const QModelIndex found = indexForPost(postId); found.isValid()) {
        return found;
    }
    const std::optional<PostStore::ListKey> key = m_store.listKey(postId);
    if (!key) {
        return {};
    }
    PostStore::ListRange range;
    range.through = key;
    append(range);
    if (!m_rows.contains(postId)) {
        reload(); // it belongs among the rows fetched: the store has it, the list not yet
    }
    return indexForPost(postId);
}

void PostListModel::append(const PostStore::ListRange &wanted)
{
    if (m_changing) {
        return;
    }
    const QScopedValueRollback changing(m_changing, true); // a fetch from a view reacting to this one
    PostStore::ListRange range = wanted;
    if (!m_posts.isEmpty()) {
        range.after = keyOf(m_posts.constLast());
    }
    const Result<QList<Post>> read = m_store.listedPosts(range);
    if (!read) {
        qCWarning(lcStore) << "could not read the post list:" << read.error().message();
        m_more = false;
        return;
    }
    // Whether rows are left: a page came short, or everything after was read.
    m_more = range.through.has_value() ? m_more : range.limit >= 0 && int(read->size()) == range.limit;
    QList<Row> rows;
    rows.reserve(read->size());
    for (const Post &post : *read) {
        if (!m_rows.contains(post.id)) {
            rows.append(rowOf(post));
        }
    }
    if (rows.isEmpty()) {
        return;
    }
    const int first = int(m_posts.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_posts.append(std::move(rows));
    indexRows(first);
    endInsertRows();
}

std::optional<Post> PostListModel::details(const Row &row) const
{
    return m_store.postWithoutBody(row.id);
}

void PostListModel::refreshPost(qint64 postId)
{
    const auto row = m_rows.constFind(postId);
    if (row == m_rows.cend()) {
        // Not fetched: a body stored, most often (a post is fetched before it is opened and
        // read; marking many read changes the whole list). Not worth counting again.
        return;
    }
    const std::optional<Post> fresh = m_store.postWithoutBody(postId);
    if (!fresh) {
        return;
    }
    Row &post = m_posts[*row];
    const int unreadBefore = m_unread;
    m_unread += (post.read ? 0 : -1) + (fresh->read ? 0 : 1);
    post = rowOf(*fresh);
    Q_EMIT dataChanged(index(*row, 0), index(*row, ColumnCount - 1));
    if (m_unread != unreadBefore) {
        Q_EMIT unreadCountChanged(m_unread);
    }
}

QModelIndex PostListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_posts.size() || column < 0 || column >= ColumnCount) {
        return {};
    }
    return createIndex(row, column);
}

QModelIndex PostListModel::parent(const QModelIndex &) const
{
    return {};
}

int PostListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_posts.size());
}

int PostListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PostListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Row &post = m_posts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn: return post.title;
        case AuthorColumn: return post.author;
        case DateColumn: return QLocale().toString(post.published.toLocalTime().date(), QLocale::ShortFormat);
        }
        return {};
    case Qt::ToolTipRole:
        if (!post.bodyError.isEmpty()) {
            return post.bodyError;
        }
        [[fallthrough]];
    case Roles::DescriptionRole: {
        const std::optional<Post> full = details(post);
        return full ? full->meta.description : QString();
    }
    case Qt::FontRole:
        if (!post.read) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::AccessibleDescriptionRole: return post.read ? tr("read") : tr("unread");
    case Roles::PostIdRole: return post.id;
    case Roles::TitleRole: return post.title;
    case Roles::AuthorRole: return post.author;
    case Roles::PublishedRole: return post.published;
    case Roles::ReadRole: return post.read;
    case Roles::StarredRole: return post.starred;
    case Roles::BodyErrorRole: return post.bodyError;
    case Roles::SourceIdRole: return post.sourceId;
    // Not kept in the row: asked for one post at a time (a menu, a drag), never while painting.
    case Roles::SlugRole:
    case Roles::TagsRole:
    case Roles::UrlRole:
    case Roles::HasBodyRole: {
        const std::optional<Post> full = details(post);
        if (!full) {
            return {};
        }
        switch (role) {
        case Roles::SlugRole: return full->meta.slug;
        case Roles::TagsRole: return full->meta.tags;
        case Roles::UrlRole: return full->meta.url;
        default: return full->hasBody;
        }
    }
    }
    return {};
}

bool PostListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return false;
    }
    const qint64 id = m_posts.at(index.row()).id;
    // The store reports the change back through postChanged, which updates the row.
    if (role != Roles::ReadRole && role != Roles::StarredRole) {
        return false;
    }
    const Result<void> changed
        = role == Roles::ReadRole ? m_store.setRead(id, value.toBool()) : m_store.setStarred(id, value.toBool());
    if (!changed) {
        qCWarning(lcStore) << "could not change post" << id << ":" << changed.error().message();
    }
    return bool(changed);
}

QVariant PostListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TitleColumn: return tr("Title");
    case AuthorColumn: return tr("Author");
    case DateColumn: return tr("Date");
    }
    return {};
}

Qt::ItemFlags PostListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> PostListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert({{Roles::PostIdRole, "postId"}, {Roles::SlugRole, "slug"}, {Roles::TitleRole, "title"},
        {Roles::AuthorRole, "author"}, {Roles::PublishedRole, "published"}, {Roles::TagsRole, "tags"},
        {Roles::DescriptionRole, "description"}, {Roles::UrlRole, "url"}, {Roles::ReadRole, "read"},
        {Roles::StarredRole, "starred"}, {Roles::HasBodyRole, "hasBody"}, {Roles::BodyErrorRole, "bodyError"}});
    return names;
}

QModelIndex PostListModel::indexForPost(qint64 postId) const
{
    const auto row = m_rows.constFind(postId);
    return row == m_rows.cend() ? QModelIndex() : index(*row, 0);
}

int PostListModel::unreadCount() const
{
    return m_unread;
}

} // namespace Herald
