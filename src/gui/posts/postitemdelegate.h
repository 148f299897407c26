#pragma once

#include <QStyledItemDelegate>

namespace Herald {

/// Paints a post as two lines: its title (bold while unread, with an unread dot) and, muted
/// beneath it, the date and the author; a star when it is starred.
class PostItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Herald
