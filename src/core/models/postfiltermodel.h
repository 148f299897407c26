#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

namespace Herald {

class PostStore;

/// Filters and sorts the post list: by text (title, author and tags, plus the full-text
/// index over bodies), unread only, starred only. Newest first by default.
class PostFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PostFilterModel(const PostStore &store, QObject *parent = nullptr);

    void setFilterText(const QString &text);
    [[nodiscard]] QString filterText() const { return m_text; }
    void setUnreadOnly(bool unreadOnly);
    void setStarredOnly(bool starredOnly);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    const PostStore &m_store;
    QString m_text;
    QSet<qint64> m_bodyMatches;
    bool m_unreadOnly = false;
    bool m_starredOnly = false;
};

} // namespace Herald
