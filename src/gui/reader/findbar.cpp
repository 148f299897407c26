// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/reader/findbar.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTextEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Herald {

FindBar::FindBar(QTextEdit *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_field(new QLineEdit(this))
    , m_caseSensitive(new QCheckBox(tr("Match case"), this))
    , m_status(new QLabel(this))
{
    setObjectName(u"findBar"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    auto *close = new QToolButton(this);
    close->setIcon(QIcon::fromTheme(u"dialog-close"_s));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close the find bar (Esc)"));
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        m_view->setFocus();
    });
    m_field->setObjectName(u"findField"_s);
    m_field->setPlaceholderText(tr("Find in post"));
    m_field->setClearButtonEnabled(true);
    m_field->setAccessibleName(tr("Find in post"));
    auto *previous = new QToolButton(this);
    previous->setIcon(QIcon::fromTheme(u"go-up"_s));
    previous->setToolTip(tr("Previous match (Shift+Enter)"));
    previous->setAutoRaise(true);
    auto *next = new QToolButton(this);
    next->setIcon(QIcon::fromTheme(u"go-down"_s));
    next->setToolTip(tr("Next match (Enter)"));
    next->setAutoRaise(true);
    layout->addWidget(close);
    layout->addWidget(m_field, 1);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_caseSensitive);
    layout->addWidget(m_status);

    connect(previous, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(next, &QToolButton::clicked, this, [this] { findNext(false); });
    connect(m_field, &QLineEdit::textEdited, this, &FindBar::search);
    connect(m_caseSensitive, &QCheckBox::toggled, this, &FindBar::search);
}

void FindBar::activate()
{
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void FindBar::search()
{
    // Typing searches again from the start of the current match, so the match grows in place.
    QTextCursor cursor = m_view->textCursor();
    cursor.setPosition(cursor.selectionStart());
    m_view->setTextCursor(cursor);
    findNext(false);
}

bool FindBar::findNext(bool backward)
{
    const QString text = m_field->text();
    if (text.isEmpty()) {
        setNotFound(false);
        m_status->clear();
        return false;
    }
    QTextDocument::FindFlags flags;
    if (backward) {
        flags |= QTextDocument::FindBackward;
    }
    if (m_caseSensitive->isChecked()) {
        flags |= QTextDocument::FindCaseSensitively;
    }
    bool found = m_view->find(text, flags);
    if (!found) {
        // Wrap around, like every browser's find.
        QTextCursor cursor = m_view->textCursor();
        cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        m_view->setTextCursor(cursor);
        found = m_view->find(text, flags);
    }
    setNotFound(!found);
    m_status->setText(found ? QString() : tr("Not found"));
    return found;
}

void FindBar::setNotFound(bool notFound)
{
    QPalette palette = m_field->palette();
    palette.setColor(QPalette::Base,
        notFound
            ? QColor(0xd9, 0x3a, 0x3a).lighter(m_field->palette().color(QPalette::Text).lightness() > 128 ? 60 : 170)
            : this->palette().color(QPalette::Base));
    m_field->setPalette(palette);
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_view->setFocus();
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        findNext(event->modifiers().testFlag(Qt::ShiftModifier));
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Herald
