// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/posts/postitemdelegate.h"

#include "core/models/itemdataroles.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

constexpr int HorizontalPadding = 10;
constexpr int VerticalPadding = 6;
constexpr int DotSize = 7;

QFont titleFont(const QStyleOptionViewItem &option, bool unread)
{
    QFont font = option.font;
    font.setWeight(unread ? QFont::DemiBold : QFont::Normal);
    return font;
}

QFont detailFont(const QStyleOptionViewItem &option)
{
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 0.88);
    return font;
}

} // namespace

void PostItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Background, selection and focus as the style draws them.
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool unread = !index.data(Roles::ReadRole).toBool();
    const bool starred = index.data(Roles::StarredRole).toBool();
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.65f);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect rect
        = option.rect.adjusted(HorizontalPadding + DotSize + 6, VerticalPadding, -HorizontalPadding, -VerticalPadding);
    const QFont title = titleFont(option, unread);
    const QFont detail = detailFont(option);
    const int titleHeight = QFontMetrics(title).height();

    if (unread) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? text : option.palette.color(group, QPalette::Accent));
        const int y = rect.top() + (titleHeight - DotSize) / 2;
        painter->drawEllipse(QRect(option.rect.left() + HorizontalPadding, y, DotSize, DotSize));
    }

    int right = rect.right();
    if (starred) {
        painter->setFont(title);
        painter->setPen(selected ? text : QColor(0xE0, 0xA1, 0x00));
        const QString star = u"★"_s;
        const int width = QFontMetrics(title).horizontalAdvance(star);
        painter->drawText(QRect(right - width, rect.top(), width, titleHeight), Qt::AlignCenter, star);
        right -= width + 6;
    }

    painter->setFont(title);
    painter->setPen(text);
    const QRect titleRect(rect.left(), rect.top(), right - rect.left(), titleHeight);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(title).elidedText(index.data(Roles::TitleRole).toString(), Qt::ElideRight, titleRect.width()));

    QString details
        = QLocale().toString(index.data(Roles::PublishedRole).toDateTime().toLocalTime().date(), QLocale::ShortFormat);
    if (const QString author = index.data(Roles::AuthorRole).toString(); !author.isEmpty()) {
        details += u"  ·  "_s + author;
    }
    if (!index.data(Roles::BodyErrorRole).toString().isEmpty()) {
        details += u"  ·  "_s + tr("not downloaded");
    }
    painter->setFont(detail);
    painter->setPen(muted);
    const QRect detailRect(rect.left(), rect.top() + titleHeight + 2, rect.width(), QFontMetrics(detail).height());
    painter->drawText(detailRect, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(detail).elidedText(details, Qt::ElideRight, detailRect.width()));

    if (const QString snippet = index.data(Roles::SnippetRole).toString(); !snippet.isEmpty()) {
        const QRect snippetRect(rect.left(), detailRect.bottom() + 3, rect.width(), QFontMetrics(detail).height());
        paintSnippet(painter, snippetRect, snippet, detail, text, muted);
    }
    painter->restore();
}

QString PostItemDelegate::fittedSnippet(const QString &snippet, const QFont &font, const QFont &bold, int width)
{
    const qsizetype first = snippet.indexOf(u'\x02');
    if (first <= 0) {
        return snippet;
    }
    const qsizetype end = snippet.indexOf(u'\x03', first);
    const QString before = snippet.left(first);
    const QString match = snippet.mid(first + 1, end < 0 ? -1 : end - first - 1);
    const QFontMetrics metrics(font);
    if (metrics.horizontalAdvance(before) + QFontMetrics(bold).horizontalAdvance(match) <= width) {
        return snippet;
    }
    return metrics.elidedText(before, Qt::ElideLeft, width / 3) + snippet.mid(first);
}

void PostItemDelegate::paintSnippet(QPainter *painter, const QRect &rect, const QString &found, const QFont &font,
    const QColor &match, const QColor &other)
{
    // The matches (between \x02 and \x03) in bold and full colour, the rest muted; what does
    // not fit is elided at the end, after the first match has been brought into view.
    QFont bold = font;
    bold.setWeight(QFont::DemiBold);
    const QString snippet = fittedSnippet(found, font, bold, rect.width());
    int x = rect.left();
    bool inMatch = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= snippet.size() && x < rect.right(); ++i) {
        const bool boundary = i == snippet.size() || snippet.at(i) == u'\x02' || snippet.at(i) == u'\x03';
        if (!boundary) {
            continue;
        }
        const QString part = snippet.mid(start, i - start);
        start = i + 1;
        if (!part.isEmpty()) {
            const QFont &partFont = inMatch ? bold : font;
            const QFontMetrics metrics(partFont);
            const QString shown = metrics.elidedText(part, Qt::ElideRight, rect.right() - x);
            painter->setFont(partFont);
            painter->setPen(inMatch ? match : other);
            painter->drawText(
                QRect(x, rect.top(), rect.right() - x, rect.height()), Qt::AlignLeft | Qt::AlignVCenter, shown);
            x += metrics.horizontalAdvance(shown);
        }
        if (i < snippet.size()) {
            inMatch = snippet.at(i) == u'\x02';
        }
    }
}

QSize PostItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    int height = QFontMetrics(titleFont(option, true)).height() + 2 + QFontMetrics(detailFont(option)).height()
        + 2 * VerticalPadding;
    // While searching (a valid SnippetRole, even empty), every row has room for a snippet:
    // the list's rows are all one height.
    if (index.data(Roles::SnippetRole).isValid()) {
        height += QFontMetrics(detailFont(option)).height() + 3;
    }
    return {200, height};
}

} // namespace Herald
