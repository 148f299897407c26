// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTextEdit;

namespace Herald {

/// Find in page for the reader: a bar under the text with a search field, next and
/// previous, and case sensitivity. Enter finds the next match, Shift+Enter the previous one,
/// Escape closes the bar and gives the focus back to the text.
class FindBar final : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QTextEdit *view, QWidget *parent = nullptr);

    [[nodiscard]] QLineEdit *field() const { return m_field; }

    /// Shows the bar with the field focused and its text selected.
    void activate();
    /// Finds the next (or previous) match, wrapping around; false when there is none.
    bool findNext(bool backward = false);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void search();
    void setNotFound(bool notFound);

    QTextEdit *m_view;
    QLineEdit *m_field;
    QCheckBox *m_caseSensitive;
    QLabel *m_status;
};

} // namespace Herald
