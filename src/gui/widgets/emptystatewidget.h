// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QLabel;

namespace Herald {

/// The centred icon, title and explanation a pane shows while it has nothing to show,
/// so an empty pane says why it is empty and what will fill it.
class EmptyStateWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyStateWidget(
        const QString &iconName, const QString &title, const QString &text, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setText(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateIcon();

    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_text;
    QString m_iconName;
};

} // namespace Herald
