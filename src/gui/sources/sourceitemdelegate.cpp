// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/sources/sourceitemdelegate.h"

#include "core/models/itemdataroles.h"
#include "core/models/sourcelistmodel.h"

#include <QApplication>
#include <QPainter>

namespace Herald {

QFont SourceItemDelegate::usageFont(const QFont &font)
{
    QFont smaller = font;
    smaller.setBold(false);
    smaller.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() * 0.85 : 8);
    return smaller;
}

QSize SourceItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (!index.data(Roles::SourceUsageRole).toString().isEmpty()) {
        size.rheight() += QFontMetrics(usageFont(option.font)).height();
    }
    return size;
}

void SourceItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString usage = index.data(Roles::SourceUsageRole).toString();
    if (usage.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem item(option);
    initStyleOption(&item, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const QFont small = usageFont(item.font);
    const int usageHeight = QFontMetrics(small).height();
    // The row's background across both lines, then the item as usual in the upper part.
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &item, painter, widget);
    QStyleOptionViewItem upper(item);
    upper.rect.setBottom(item.rect.bottom() - usageHeight);
    upper.backgroundBrush = Qt::NoBrush;
    style->drawControl(QStyle::CE_ItemViewItem, &upper, painter, widget);
    if (index.column() != SourceListModel::NameColumn) {
        return;
    }
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &upper, widget);
    const QRect line(
        textRect.left() + 2, upper.rect.bottom() - 1, item.rect.right() - textRect.left() - 4, usageHeight);
    const bool selected = item.state & QStyle::State_Selected;
    QColor colour = item.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
    if (!selected && index.data(Roles::SourceUsageSeverityRole).toInt() == 2) {
        // The timeline's warning colour, lightened where the background is dark.
        const bool dark = item.palette.color(QPalette::Base).lightness() < 128;
        colour = dark ? QColor(0xf9, 0x73, 0x16) : QColor(0xc2, 0x41, 0x0c);
    }
    painter->save();
    painter->setFont(small);
    painter->setPen(colour);
    painter->drawText(
        line, Qt::AlignLeft | Qt::AlignVCenter, QFontMetrics(small).elidedText(usage, Qt::ElideRight, line.width()));
    painter->restore();
}

} // namespace Herald
