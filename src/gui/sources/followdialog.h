// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/posts/source.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace Herald {

class SourceFollower;
class SourceStore;

/// File → Follow… (Ctrl+N): what to follow (a feed or page URL, owner/repo, a GitHub or PyPI
/// URL, pypi:NAME, a Discourse category), looked up as it is typed, and what was found shown
/// before anything is added: its kind, name, feed, how many items and the latest release. A
/// folder can be chosen. Follow is offered only once something was found that is not followed
/// already.
class FollowDialog final : public QDialog
{
    Q_OBJECT

public:
    FollowDialog(
        SourceFollower &follower, const SourceStore &sources, const QStringList &folders, QWidget *parent = nullptr);
    ~FollowDialog() override;

    /// What to add, once accepted.
    [[nodiscard]] Source source() const { return m_found; }
    /// Puts `text` in the field and looks it up at once (as typed and waited for).
    void lookUp(const QString &text);

private:
    void onTextEdited();
    void lookUpNow();
    void showFound(const QString &html, bool found);

    SourceFollower &m_follower;
    const SourceStore &m_sources;
    QLineEdit *m_input;
    QLabel *m_preview;
    QComboBox *m_folder;
    QDialogButtonBox *m_buttons;
    QTimer *m_delay;
    Source m_found;
    /// Each lookup's answers go to its own context, so a stale answer never shows.
    std::unique_ptr<QObject> m_lookup;
};

} // namespace Herald
