// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStyledItemDelegate>

namespace Herald {

/// Paints the release timeline: a series as its name, a coloured status badge and a line with
/// its latest release and end of life; a release as a dot on a vertical line (hollow when the
/// blog never announced it), its version, a stage chip and its date.
class TimelineItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The badge colour of a series status (Herald::SeriesStatus as int); readable with white
    /// text on light and dark palettes alike.
    static QColor statusColor(int status);
    /// "EOL in 11 months", "EOL in 3 years", "ended 31 Oct 2024".
    static QString endOfLifeText(const QModelIndex &index);
    /// The colour of a release whose day has passed with no announcement.
    static QColor overdueColor();

private:
    void paintSeries(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintRelease(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintExpected(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
};

} // namespace Herald
