// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QLabel;
class QFrame;

namespace Herald {

class FindBar;
class ImageLoader;
class ReaderView;

/// The reader with its bars: a note above the text when Herald refused to open a link, and
/// the find bar below it.
class ReaderPane final : public QWidget
{
    Q_OBJECT

public:
    explicit ReaderPane(ImageLoader *images, QWidget *parent = nullptr);

    [[nodiscard]] ReaderView *view() const { return m_view; }
    [[nodiscard]] FindBar *findBar() const { return m_findBar; }

    /// Shows a note above the text until it is closed or another post is shown.
    void showNote(const QString &text);
    [[nodiscard]] QString note() const;
    void hideNote();

private:
    QFrame *m_noteFrame;
    QLabel *m_note;
    ReaderView *m_view;
    FindBar *m_findBar;
};

} // namespace Herald
