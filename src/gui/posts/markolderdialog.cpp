// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/posts/markolderdialog.h"

#include "ui_markolderdialog.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Herald {

MarkOlderDialog::MarkOlderDialog(std::function<int(QDate)> countBefore, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MarkOlderDialog>())
    , m_countBefore(std::move(countBefore))
{
    m_ui->setupUi(this);
    setObjectName(u"markOlderDialog"_s);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Mark as Read"));
    m_ui->dateEdit->setMaximumDate(QDate::currentDate().addDays(1));
    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this, &MarkOlderDialog::updateCount);
    setDate(QDate::currentDate().addMonths(-1));
}

MarkOlderDialog::~MarkOlderDialog() = default;

QDate MarkOlderDialog::date() const
{
    return m_ui->dateEdit->date();
}

void MarkOlderDialog::setDate(QDate date)
{
    m_ui->dateEdit->setDate(date);
    updateCount();
}

void MarkOlderDialog::updateCount()
{
    const int count = m_countBefore ? m_countBefore(date()) : 0;
    m_ui->countLabel->setText(count > 0 ? tr("%n unread post(s) will be marked as read.", nullptr, count)
                                        : tr("No unread post was published before that day."));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(count > 0);
}

} // namespace Herald
