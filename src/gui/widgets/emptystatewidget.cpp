// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/widgets/emptystatewidget.h"

#include <QEvent>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Herald {

EmptyStateWidget::EmptyStateWidget(const QString &iconName, const QString &title, const QString &text, QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(title, this))
    , m_text(new QLabel(text, this))
    , m_iconName(iconName)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(8);
    layout->addStretch(2);
    for (QLabel *label : {m_icon, m_title, m_text}) {
        label->setAlignment(Qt::AlignHCenter);
        layout->addWidget(label);
    }
    layout->addStretch(3);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);

    m_text->setWordWrap(true);
    m_text->setForegroundRole(QPalette::PlaceholderText);
    m_text->setTextFormat(Qt::PlainText);

    setAccessibleName(title);
    setAccessibleDescription(text);
    updateIcon();
}

void EmptyStateWidget::setTitle(const QString &title)
{
    m_title->setText(title);
    setAccessibleName(title);
}

void EmptyStateWidget::setText(const QString &text)
{
    m_text->setText(text);
    setAccessibleDescription(text);
}

void EmptyStateWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        updateIcon();
    }
}

void EmptyStateWidget::updateIcon()
{
    const QIcon icon = QIcon::fromTheme(m_iconName, QIcon(u":/icons/herald.svg"_s));
    m_icon->setPixmap(icon.pixmap(QSize(56, 56), devicePixelRatioF(), QIcon::Disabled));
}

} // namespace Herald
