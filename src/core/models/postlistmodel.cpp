#include "core/models/postlistmodel.h"

#include "core/diagnostics/logging.h"
#include "core/models/itemdataroles.h"
#include "core/store/poststore.h"

#include <QFont>
#include <QLocale>

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

void PostListModel::reload()
{
    beginResetModel();
    m_posts = m_store.posts();
    m_rows.clear();
    m_rows.reserve(m_posts.size());
    m_unread = 0;
    for (int row = 0; row < m_posts.size(); ++row) {
        m_rows.insert(m_posts.at(row).id, row);
        m_unread += m_posts.at(row).read ? 0 : 1;
    }
    endResetModel();
    Q_EMIT unreadCountChanged(m_unread);
}

void PostListModel::refreshPost(qint64 postId)
{
    const auto row = m_rows.constFind(postId);
    if (row == m_rows.cend()) {
        return;
    }
    auto fresh = m_store.post(postId);
    if (!fresh) {
        return;
    }
    fresh->body.clear(); // the list never holds bodies
    Post &post = m_posts[*row];
    const int unreadBefore = m_unread;
    m_unread += (post.read ? 0 : -1) + (fresh->read ? 0 : 1);
    post = *fresh;
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
    const Post &post = m_posts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn: return post.meta.title;
        case AuthorColumn: return post.meta.author;
        case DateColumn: return QLocale().toString(post.meta.published.toLocalTime().date(), QLocale::ShortFormat);
        }
        return {};
    case Qt::ToolTipRole: return post.bodyError.isEmpty() ? post.meta.description : post.bodyError;
    case Qt::FontRole:
        if (!post.read) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::AccessibleDescriptionRole: return post.read ? tr("read") : tr("unread");
    case Roles::PostIdRole: return post.id;
    case Roles::SlugRole: return post.meta.slug;
    case Roles::TitleRole: return post.meta.title;
    case Roles::AuthorRole: return post.meta.author;
    case Roles::PublishedRole: return post.meta.published;
    case Roles::TagsRole: return post.meta.tags;
    case Roles::DescriptionRole: return post.meta.description;
    case Roles::UrlRole: return post.meta.url;
    case Roles::ReadRole: return post.read;
    case Roles::StarredRole: return post.starred;
    case Roles::HasBodyRole: return post.hasBody;
    case Roles::BodyErrorRole: return post.bodyError;
    case Roles::SourceIdRole: return post.sourceId;
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
