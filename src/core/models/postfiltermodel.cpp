#include "models/postfiltermodel.h"

#include "models/itemdataroles.h"
#include "store/poststore.h"

#include <QDateTime>

namespace Herald {

PostFilterModel::PostFilterModel(const PostStore &store, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_store(store)
{
    setSortRole(Roles::PublishedRole);
    setDynamicSortFilter(true);
    sort(0, Qt::DescendingOrder);
}

void PostFilterModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text) {
        return;
    }
    m_text = trimmed;
    const QList<qint64> ids = m_text.isEmpty() ? QList<qint64>() : m_store.search(m_text);
    m_bodyMatches = QSet<qint64>(ids.cbegin(), ids.cend());
    invalidateFilter();
}

void PostFilterModel::setUnreadOnly(bool unreadOnly)
{
    if (unreadOnly != m_unreadOnly) {
        m_unreadOnly = unreadOnly;
        invalidateFilter();
    }
}

void PostFilterModel::setStarredOnly(bool starredOnly)
{
    if (starredOnly != m_starredOnly) {
        m_starredOnly = starredOnly;
        invalidateFilter();
    }
}

bool PostFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_unreadOnly && index.data(Roles::ReadRole).toBool()) {
        return false;
    }
    if (m_starredOnly && !index.data(Roles::StarredRole).toBool()) {
        return false;
    }
    if (m_text.isEmpty()) {
        return true;
    }
    if (m_bodyMatches.contains(index.data(Roles::PostIdRole).toLongLong())) {
        return true;
    }
    return index.data(Roles::TitleRole).toString().contains(m_text, Qt::CaseInsensitive)
        || index.data(Roles::AuthorRole).toString().contains(m_text, Qt::CaseInsensitive)
        || index.data(Roles::TagsRole).toStringList().contains(m_text, Qt::CaseInsensitive);
}

bool PostFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QDateTime a = left.data(Roles::PublishedRole).toDateTime();
    const QDateTime b = right.data(Roles::PublishedRole).toDateTime();
    if (a != b) {
        return a < b;
    }
    // Same day: keep the store's order (higher id = stored later = listed first).
    return left.data(Roles::PostIdRole).toLongLong() < right.data(Roles::PostIdRole).toLongLong();
}

} // namespace Herald
