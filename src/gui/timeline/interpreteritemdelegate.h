// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStyledItemDelegate>

namespace Herald {

/// Paints one interpreter of the "Your Pythons" card: a status dot, the version and where it
/// was found, the path, and the one-line advice.
class InterpreterItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// Green up to date, amber behind, red a missed security release or end of life, grey
    /// for what Herald cannot judge.
    static QColor severityColor(const QModelIndex &index);
};

} // namespace Herald
