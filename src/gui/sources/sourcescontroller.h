// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/posts/source.h"

#include <QObject>

#include <memory>

class QStatusBar;
class QWidget;

namespace Herald {

class Backend;
class SourceFollower;
class SourcesPane;

/// What the sources pane asks for, done: following (the Follow dialog, then the new source's
/// first sync), unfollowing with an Undo offered in the status bar, and syncing one source
/// (after the sync under way, if one is).
class SourcesController final : public QObject
{
    Q_OBJECT

public:
    SourcesController(Backend &backend, SourcesPane *pane, QStatusBar *statusBar, QWidget *window);
    ~SourcesController() override;

    /// File → Follow… (Ctrl+N); `text`, when given, is looked up at once.
    void follow(const QString &text = {});
    /// File → Import Dependencies…: a project's dependency file, previewed, then followed.
    void importDependencies(const QString &path = {});
    void unfollow(qint64 sourceId);
    /// Brings back the source unfollowed last, and syncs it.
    void undoUnfollow();
    void syncSource(qint64 sourceId);

Q_SIGNALS:
    /// A source was followed (by the dialog or an undo).
    void followed(qint64 sourceId);

private:
    void report(const QString &message);
    void add(const Source &source);

    Backend &m_backend;
    SourcesPane *m_pane;
    QStatusBar *m_statusBar;
    QWidget *m_window;
    std::optional<Source> m_unfollowed; ///< what Undo brings back
    /// The Follow dialog's lookups: kept here rather than in a dialog, so that closing one
    /// never waits for a feed still being read.
    std::unique_ptr<SourceFollower> m_follower;
};

} // namespace Herald
