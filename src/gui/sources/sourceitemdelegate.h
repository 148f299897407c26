// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStyledItemDelegate>

namespace Herald {

/// Draws a source in the sources pane as the style does, with a second, smaller line under
/// its name when the version of it the user runs is known: "you use 4.2.11; 5.2.9 is out; …",
/// in a warning colour once its series is past its end of life.
class SourceItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    [[nodiscard]] static QFont usageFont(const QFont &font);
};

} // namespace Herald
