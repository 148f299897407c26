// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/timeline/interpreteritemdelegate.h"

#include "core/interpreters/interpretertext.h"
#include "core/models/itemdataroles.h"

#include <QApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

constexpr int Padding = 6;
constexpr int DotSize = 10;

} // namespace

QColor InterpreterItemDelegate::severityColor(const QModelIndex &index)
{
    const QString verdict = index.data(Roles::InterpreterVerdictRole).toString();
    if (verdict == "up-to-date"_L1) {
        return QColor(0x15, 0x80, 0x3d);
    }
    if (verdict == "behind"_L1) {
        return QColor(0xd9, 0x77, 0x06);
    }
    if (verdict == "security"_L1 || verdict == "end-of-life"_L1) {
        return QColor(0xdc, 0x26, 0x26);
    }
    return QColor(0x78, 0x71, 0x6c);
}

void InterpreterItemDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = {};
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.65f);
    const QRect rect = option.rect.adjusted(Padding, Padding / 2, -Padding, -Padding / 2);
    const QFontMetrics metrics(option.font);
    const int lineHeight = metrics.height();

    const QColor dot = severityColor(index);
    painter->setPen(Qt::NoPen);
    painter->setBrush(dot);
    painter->drawEllipse(QRect(rect.left(), rect.top() + (lineHeight - DotSize) / 2, DotSize, DotSize));

    int x = rect.left() + DotSize + 8;
    QFont bold = option.font;
    bold.setWeight(QFont::DemiBold);
    const QString version = index.data(Qt::DisplayRole).toString();
    painter->setFont(bold);
    painter->setPen(text);
    const int versionWidth = QFontMetrics(bold).horizontalAdvance(version);
    painter->drawText(QRect(x, rect.top(), versionWidth + 2, lineHeight), Qt::AlignLeft | Qt::AlignVCenter, version);
    x += versionWidth + 8;

    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.85);
    const QFontMetrics smallMetrics(small);
    painter->setFont(small);
    painter->setPen(muted);
    // Where it was found and its path share what is left of the line; the path gives way first.
    const QString where = index.data(Roles::InterpreterWhereRole).toString();
    const QString path = InterpreterText::shortPath(index.data(Roles::InterpreterPathRole).toString());
    const QString firstLine = where + u"  ·  "_s + path;
    const QRect firstRect(x, rect.top(), rect.right() - x, lineHeight);
    painter->drawText(firstRect, Qt::AlignLeft | Qt::AlignVCenter,
        smallMetrics.elidedText(firstLine, Qt::ElideMiddle, firstRect.width()));

    const QString action = index.data(Roles::InterpreterActionRole).toString();
    const int severity = index.data(Roles::InterpreterSeverityRole).toInt();
    QFont actionFont = option.font;
    actionFont.setWeight(severity > 0 ? QFont::Medium : QFont::Normal);
    painter->setFont(actionFont);
    // The advice in the dot's colour, deepened on a light background and lifted on a dark one.
    const bool lightBase = option.palette.color(QPalette::Base).lightness() > 128;
    const QColor advice = lightBase ? dot.darker(115) : dot.lighter(140);
    painter->setPen(severity > 0 && !selected ? advice : (severity > 0 ? text : muted));
    const QRect actionRect(rect.left() + DotSize + 8, rect.top() + lineHeight + 2, rect.width() - DotSize - 8,
        QFontMetrics(actionFont).height());
    // Both ends of the advice matter ("Upgrade to 3.12.14 … (2 security fixes)", "… move to
    // 3.14"): a narrow pane gets it in the small font first, and only then with its middle left out.
    if (QFontMetrics(actionFont).horizontalAdvance(action) > actionRect.width()) {
        actionFont.setPointSizeF(small.pointSizeF());
        painter->setFont(actionFont);
    }
    painter->drawText(actionRect, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(actionFont).elidedText(action, Qt::ElideMiddle, actionRect.width()));
    painter->restore();
}

QSize InterpreterItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex & /*index*/) const
{
    return {200, QFontMetrics(option.font).height() * 2 + Padding + 4};
}

} // namespace Herald
