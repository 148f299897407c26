// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStyledItemDelegate>

namespace Herald {

/// Paints a post as two lines: its title (bold while unread, with an unread dot) and, muted
/// beneath it, the date and the author; a star when it is starred. While searching, a third
/// line shows the words around the match in the post's text.
class PostItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// What a row shows of a search snippet (its matches between \x02 and \x03) in `width`
    /// pixels: the snippet, unless its first match would begin past the width, or end past
    /// it. The words before that match are then cut at their start ("…words match"), to a
    /// third of the width, so that the row shows why it matched. `bold` is the matches' font.
    static QString fittedSnippet(const QString &snippet, const QFont &font, const QFont &bold, int width);

private:
    static void paintSnippet(QPainter *painter, const QRect &rect, const QString &found, const QFont &font,
        const QColor &match, const QColor &other);
};

} // namespace Herald
