// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/timeline/timelineitemdelegate.h"

#include "core/models/itemdataroles.h"
#include "core/models/timelinemodel.h"
#include "core/releases/lifecycle.h"
#include "core/releases/version.h"

#include <QApplication>
#include <QDate>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

constexpr int Padding = 8;
constexpr int GutterWidth = 26;
constexpr int DotSize = 9;

QFont scaled(const QFont &font, qreal factor, QFont::Weight weight = QFont::Normal)
{
    QFont result = font;
    result.setPointSizeF(font.pointSizeF() * factor);
    result.setWeight(weight);
    return result;
}

// Decided by the stage itself, never by its (translated) name.
QColor stageColor(Version::Stage stage)
{
    switch (stage) {
    case Version::Stage::Alpha: return QColor(0x8b, 0x5c, 0xf6);
    case Version::Stage::Beta: return QColor(0x0e, 0x7c, 0xc4);
    case Version::Stage::Candidate: return QColor(0xc2, 0x5e, 0x00);
    case Version::Stage::Final: break;
    }
    return QColor(0x15, 0x80, 0x3d);
}

/// A rounded pill with white text; returns its width.
int drawPill(QPainter *painter, const QPoint &topLeft, const QString &text, const QColor &color, const QFont &font)
{
    const QFontMetrics metrics(font);
    const QRect rect(topLeft, QSize(metrics.horizontalAdvance(text) + 12, metrics.height() + 2));
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawRoundedRect(rect, rect.height() / 2.0, rect.height() / 2.0);
    painter->setPen(Qt::white);
    painter->setFont(font);
    painter->drawText(rect, Qt::AlignCenter, text);
    return rect.width();
}

/// The colours of a row: its text, and the same text faded to `mutedAlpha`.
struct RowColors {
    QColor text;
    QColor muted;
};

RowColors rowColors(const QStyleOptionViewItem &option, float mutedAlpha)
{
    const bool selected = option.state & QStyle::State_Selected;
    RowColors colors;
    colors.text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    colors.muted = colors.text;
    colors.muted.setAlphaF(mutedAlpha);
    return colors;
}

} // namespace

QColor TimelineItemDelegate::statusColor(int status)
{
    switch (SeriesStatus(status)) {
    case SeriesStatus::Feature: return QColor(0x6d, 0x28, 0xd9);
    case SeriesStatus::Prerelease: return QColor(0xb4, 0x53, 0x09);
    case SeriesStatus::Bugfix: return QColor(0x15, 0x80, 0x3d);
    case SeriesStatus::Security: return QColor(0xc2, 0x41, 0x0c);
    case SeriesStatus::EndOfLife: return QColor(0x6b, 0x72, 0x80);
    case SeriesStatus::Unknown: break;
    }
    return QColor(0x78, 0x71, 0x6c);
}

QString TimelineItemDelegate::endOfLifeText(const QModelIndex &index)
{
    const QVariant days = index.data(Roles::DaysUntilEndOfLifeRole);
    if (!days.isValid()) {
        return {};
    }
    const int left = days.toInt();
    const QDate endOfLife = index.data(Roles::EndOfLifeRole).toDate();
    if (left < 0) {
        return tr("ended %1").arg(QLocale().toString(endOfLife, QLocale::ShortFormat));
    }
    if (left < 60) {
        return tr("EOL in %n day(s)", nullptr, left);
    }
    // Whole calendar months from today, never rounded up: 34 months is 2 years 10 months.
    const QDate today = endOfLife.addDays(-left);
    int months = (endOfLife.year() - today.year()) * 12 + endOfLife.month() - today.month();
    if (endOfLife.day() < today.day()) {
        --months;
    }
    if (months < 12) {
        return tr("EOL in %n month(s)", nullptr, months);
    }
    if (months % 12 == 0) {
        return tr("EOL in %n year(s)", nullptr, months / 12);
    }
    return tr("EOL in %1 %2", "years, then months")
        .arg(tr("%n year(s)", nullptr, months / 12), tr("%n month(s)", nullptr, months % 12));
}

void TimelineItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    switch (index.data(Roles::TimelineKindRole).toInt()) {
    case TimelineModel::SeriesKind: paintSeries(painter, option, index); break;
    case TimelineModel::ExpectedKind: paintExpected(painter, option, index); break;
    default: paintRelease(painter, option, index);
    }
    painter->restore();
}

void TimelineItemDelegate::paintSeries(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const bool selected = option.state & QStyle::State_Selected;
    const auto [text, muted] = rowColors(option, 0.65f);
    const QRect rect = option.rect.adjusted(Padding / 2, Padding / 2, -Padding, -Padding / 2);
    const QFont title = scaled(option.font, 1.1, QFont::DemiBold);
    const QFont small = scaled(option.font, 0.85);
    const int titleHeight = QFontMetrics(title).height();

    painter->setFont(title);
    painter->setPen(text);
    const QString name = index.data(Qt::DisplayRole).toString();
    painter->drawText(
        QRect(rect.left(), rect.top(), rect.width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter, name);
    const int nameWidth = QFontMetrics(title).horizontalAdvance(name);
    const QString status = index.siblingAtColumn(TimelineModel::StatusColumn).data().toString();
    const int pillTop = rect.top() + (titleHeight - QFontMetrics(small).height()) / 2 - 1;
    const int statusWidth = drawPill(painter, QPoint(rect.left() + nameWidth + 8, pillTop), status,
        statusColor(index.data(Roles::SeriesStatusRole).toInt()), small);
    // A series this machine runs: its versions are in the tooltip.
    if (!index.data(Roles::InstalledRole).toStringList().isEmpty()) {
        drawPill(painter, QPoint(rect.left() + nameWidth + 8 + statusWidth + 6, pillTop), tr("yours"),
            option.palette.color(QPalette::Highlight).darker(selected ? 130 : 100), small);
    }

    // latest · N overdue · next in N days · EOL in …: the overdue part in its warning colour,
    // and whatever does not fit elided at the end.
    QList<std::pair<QString, QColor>> details;
    if (const QString latest = index.data(Roles::ReleaseVersionRole).toString(); !latest.isEmpty()) {
        details.append({tr("latest %1").arg(latest), muted});
    }
    if (const int overdue = index.data(Roles::OverdueRole).toInt(); overdue > 0) {
        details.append({tr("%n overdue", nullptr, overdue), selected ? text : overdueColor()});
    }
    if (const QString next = index.data(Roles::NextExpectedVersionRole).toString(); !next.isEmpty()) {
        const int days = index.data(Roles::DaysUntilExpectedRole).toInt();
        if (days < 0) {
            details.append({tr("%1 due %n day(s) ago", nullptr, -days).arg(next), selected ? text : overdueColor()});
        } else {
            details.append(
                {days == 0 ? tr("%1 today").arg(next) : tr("%1 in %n day(s)", nullptr, days).arg(next), muted});
        }
    }
    if (const QString eol = endOfLifeText(index); !eol.isEmpty()) {
        details.append({eol, muted});
    }
    painter->setFont(small);
    const QFontMetrics smallMetrics(small);
    const QString separator = u"  ·  "_s;
    int x = rect.left();
    const int top = rect.top() + titleHeight + 2;
    for (qsizetype i = 0; i < details.size() && x < rect.right(); ++i) {
        const QString part = (i > 0 ? separator : QString()) + details.at(i).first;
        const QString shown = smallMetrics.elidedText(part, Qt::ElideRight, rect.right() - x);
        painter->setPen(details.at(i).second);
        painter->drawText(
            QRect(x, top, rect.right() - x, smallMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter, shown);
        x += smallMetrics.horizontalAdvance(shown);
    }
}

QColor TimelineItemDelegate::overdueColor()
{
    return QColor(0xd9, 0x77, 0x06);
}

void TimelineItemDelegate::paintExpected(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const bool selected = option.state & QStyle::State_Selected;
    const auto [text, muted] = rowColors(option, 0.55f);
    const QRect rect = option.rect;
    const int middle = rect.center().y();
    const int lineX = rect.left() + GutterWidth / 2;
    const bool overdue = index.data(Roles::OverdueRole).toBool();

    // The future part of the axis is dashed, and so is the ring of a release still to come.
    QColor axis = muted;
    axis.setAlphaF(0.3f);
    painter->setPen(QPen(axis, 2, Qt::DashLine));
    painter->drawLine(QPoint(lineX, index.row() == 0 ? middle : rect.top()), QPoint(lineX, rect.bottom() + 1));
    const QColor ring = overdue ? overdueColor() : muted;
    painter->setPen(QPen(ring, 1.5, Qt::DotLine));
    painter->setBrush(option.palette.color(QPalette::Base));
    painter->drawEllipse(QRect(lineX - DotSize / 2, middle - DotSize / 2, DotSize, DotSize));

    QFont versionFont = option.font;
    versionFont.setItalic(true);
    const QFont small = scaled(option.font, 0.82);
    int x = rect.left() + GutterWidth + 2;
    painter->setFont(versionFont);
    painter->setPen(muted);
    const QString version = index.data(Roles::ReleaseVersionRole).toString();
    const int versionWidth = QFontMetrics(versionFont).horizontalAdvance(version);
    painter->drawText(QRect(x, rect.top(), versionWidth + 2, rect.height()), Qt::AlignLeft | Qt::AlignVCenter, version);
    x += versionWidth + 10;

    const int days = index.data(Roles::DaysUntilExpectedRole).toInt();
    const QString when = overdue ? tr("%n day(s) overdue", nullptr, -days)
        : days == 0              ? tr("today")
                                 : tr("in %n day(s)", nullptr, days);
    const QString right = index.siblingAtColumn(TimelineModel::DateColumn).data().toString() + u"  ·  "_s + when;
    painter->setFont(small);
    painter->setPen(overdue && !selected ? overdueColor() : muted);
    const QRect dateRect(x, rect.top(), rect.right() - Padding - x, rect.height());
    painter->drawText(dateRect, Qt::AlignRight | Qt::AlignVCenter,
        QFontMetrics(small).elidedText(right, Qt::ElideLeft, dateRect.width()));
}

void TimelineItemDelegate::paintRelease(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const bool selected = option.state & QStyle::State_Selected;
    const auto [text, muted] = rowColors(option, 0.65f);
    const QRect rect = option.rect;
    const int middle = rect.center().y();
    const int lineX = rect.left() + GutterWidth / 2;

    // The time axis: a line through every release of the series, broken at the first and last.
    QColor axis = muted;
    axis.setAlphaF(0.35f);
    painter->setPen(QPen(axis, 2));
    const int row = index.row();
    const int rows = index.model()->rowCount(index.parent());
    painter->drawLine(
        QPoint(lineX, row == 0 ? middle : rect.top()), QPoint(lineX, row == rows - 1 ? middle : rect.bottom() + 1));

    const bool announced = index.data(Roles::HasAnnouncementRole).toBool();
    const bool disagrees = index.data(Roles::DateDisagreementRole).toBool();
    const auto stageKind = Version::Stage(index.data(Roles::ReleaseStageKindRole).toInt());
    const QColor dot = disagrees ? QColor(0xd9, 0x77, 0x06) : stageColor(stageKind);
    painter->setPen(QPen(dot, 2));
    painter->setBrush(announced ? QBrush(dot) : QBrush(option.palette.color(QPalette::Base)));
    painter->drawEllipse(QRect(lineX - DotSize / 2, middle - DotSize / 2, DotSize, DotSize));

    const QFont versionFont = scaled(option.font, 1.0, announced ? QFont::Medium : QFont::Normal);
    const QFont small = scaled(option.font, 0.82);
    int x = rect.left() + GutterWidth + 2;
    painter->setFont(versionFont);
    painter->setPen(announced ? text : muted);
    const QString version = index.data(Roles::ReleaseVersionRole).toString();
    const int versionWidth = QFontMetrics(versionFont).horizontalAdvance(version);
    painter->drawText(QRect(x, rect.top(), versionWidth, rect.height()), Qt::AlignLeft | Qt::AlignVCenter, version);
    x += versionWidth + 8;
    if (stageKind != Version::Stage::Final) {
        const QString stage = index.data(Roles::ReleaseStageRole).toString();
        x += drawPill(
                 painter, QPoint(x, middle - QFontMetrics(small).height() / 2 - 1), stage, stageColor(stageKind), small)
            + 6;
    }
    if (index.data(Roles::InstalledRole).toBool()) {
        x += drawPill(painter, QPoint(x, middle - QFontMetrics(small).height() / 2 - 1), tr("yours"),
                 option.palette.color(QPalette::Highlight).darker(selected ? 130 : 100), small)
            + 6;
    }

    // The model's date column: the official date, or the announcement's when only the blog
    // knows the release.
    QString right = index.siblingAtColumn(TimelineModel::DateColumn).data().toString();
    if (index.data(Roles::MissingAnnouncementRole).toBool()) {
        right = tr("not announced") + u"  ·  "_s + right;
    }
    painter->setFont(small);
    painter->setPen(muted);
    const QRect dateRect(x, rect.top(), rect.right() - Padding - x, rect.height());
    painter->drawText(dateRect, Qt::AlignRight | Qt::AlignVCenter,
        QFontMetrics(small).elidedText(right, Qt::ElideLeft, dateRect.width()));
}

QSize TimelineItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.data(Roles::TimelineKindRole).toInt() == TimelineModel::SeriesKind) {
        return {200,
            QFontMetrics(scaled(option.font, 1.1, QFont::DemiBold)).height()
                + QFontMetrics(scaled(option.font, 0.85)).height() + Padding + 4};
    }
    return {200, QFontMetrics(option.font).height() + 10};
}

} // namespace Herald
