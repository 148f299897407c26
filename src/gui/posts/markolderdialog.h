// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class MarkOlderDialog;
}

namespace Herald {

/// Asks for a day: every unread post published before it is to be marked read. Says how many
/// that is while the day is chosen.
class MarkOlderDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `countBefore` tells how many unread posts were published before a day.
    MarkOlderDialog(std::function<int(QDate)> countBefore, QWidget *parent = nullptr);
    ~MarkOlderDialog() override;

    [[nodiscard]] QDate date() const;
    void setDate(QDate date);

private:
    void updateCount();

    std::unique_ptr<Ui::MarkOlderDialog> m_ui;
    std::function<int(QDate)> m_countBefore;
};

} // namespace Herald
