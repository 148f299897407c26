// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/reader/readerpane.h"

#include "gui/reader/findbar.h"
#include "gui/reader/readerview.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Herald {

ReaderPane::ReaderPane(ImageLoader *images, QWidget *parent)
    : QWidget(parent)
    , m_noteFrame(new QFrame(this))
    , m_note(new QLabel(m_noteFrame))
    , m_view(new ReaderView(images, this))
    , m_findBar(new FindBar(m_view, this))
{
    setObjectName(u"readerPane"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_noteFrame->setObjectName(u"readerNote"_s);
    m_noteFrame->setFrameShape(QFrame::StyledPanel);
    m_noteFrame->setAutoFillBackground(true);
    m_noteFrame->setBackgroundRole(QPalette::ToolTipBase);
    m_noteFrame->setForegroundRole(QPalette::ToolTipText);
    auto *noteLayout = new QHBoxLayout(m_noteFrame);
    noteLayout->setContentsMargins(10, 6, 4, 6);
    auto *icon = new QLabel(m_noteFrame);
    icon->setPixmap(QIcon::fromTheme(u"dialog-information"_s).pixmap(16, 16));
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton(m_noteFrame);
    close->setIcon(QIcon::fromTheme(u"dialog-close"_s));
    close->setAutoRaise(true);
    close->setToolTip(tr("Dismiss"));
    connect(close, &QToolButton::clicked, this, &ReaderPane::hideNote);
    noteLayout->addWidget(icon);
    noteLayout->addWidget(m_note, 1);
    noteLayout->addWidget(close);
    m_noteFrame->hide();

    m_findBar->hide();
    layout->addWidget(m_noteFrame);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_findBar);
    setFocusProxy(m_view);
}

void ReaderPane::showNote(const QString &text)
{
    m_note->setText(text);
    m_noteFrame->show();
}

QString ReaderPane::note() const
{
    return m_noteFrame->isVisible() ? m_note->text() : QString();
}

void ReaderPane::hideNote()
{
    m_noteFrame->hide();
}

} // namespace Herald
