// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QLabel;
class QSplitter;
class QStackedWidget;
class QTreeView;

namespace Herald {

class EmptyStateWidget;
class InterpreterModel;
class ProjectTimelineModel;
class TimelineFilterModel;
class YourPythonsCard;

/// The right-hand sidebar: every announced Python release, grouped by series, with each
/// series' lifecycle status, and below it the followed projects' releases by project and
/// series. Activating a release asks for its announcement; selecting a post elsewhere
/// highlights the releases it announced.
class TimelinePane final : public QWidget
{
    Q_OBJECT

public:
    /// `interpreters` fills the "Your Pythons" card above the timeline.
    TimelinePane(TimelineFilterModel *model, InterpreterModel *interpreters, QWidget *parent = nullptr);

    [[nodiscard]] QTreeView *view() const { return m_view; }
    /// Shows the followed projects' releases below Python's, while there are any.
    void setProjectModel(ProjectTimelineModel *model);
    /// Null until setProjectModel().
    [[nodiscard]] QTreeView *projectView() const { return m_projectView; }
    [[nodiscard]] YourPythonsCard *pythonsCard() const { return m_card; }
    /// Selects `version` of `series` (a release, or one expected), or else the series itself,
    /// showing every series first if the filter hides it. False when the timeline has neither.
    bool selectRelease(const QString &series, const QString &version);

    /// A line above the timeline about its data (missing, or not updated for a while); empty
    /// hides it.
    void setNote(const QString &note);
    [[nodiscard]] QString note() const;
    /// While Python's timeline is still being read from a large archive, the empty pane says
    /// so instead of "No releases yet".
    void setReading(bool reading);
    /// Selects the first release announced by `postId`, in Python's timeline or a project's,
    /// without asking to open it again.
    void highlightPost(qint64 postId);
    /// Expands every series; called after the timeline is rebuilt.
    void expandSeries();

Q_SIGNALS:
    /// The user chose a release that has an announcement.
    void announcementRequested(qint64 postId);

private:
    void updateEmptyState();
    void updateEmptyText();
    void updateProjectsShown();
    /// Selects the project release `postId` announced, if any, without asking to open it.
    void highlightProjectRelease(qint64 postId);
    /// Makes `release` current in `view`, its series open and in sight, while m_highlighting.
    void showQuietly(QTreeView *view, const QModelIndex &release);
    /// Asks for the announcement of what the user chose, unless the pane chose it itself.
    void openChosen(const QModelIndex &current);
    void showProjectContextMenu(const QPoint &position);
    void showContextMenu(const QPoint &position);

    TimelineFilterModel *m_model;
    YourPythonsCard *m_card;
    QLabel *m_note;
    QStackedWidget *m_stack;
    EmptyStateWidget *m_empty;
    bool m_reading = false;
    QTreeView *m_view;
    QSplitter *m_splitter;
    QWidget *m_projects = nullptr;
    QTreeView *m_projectView = nullptr;
    ProjectTimelineModel *m_projectModel = nullptr;
    bool m_highlighting = false;
    int m_projectsSettling = 0; ///< the project model is between a change's begin and end
};

} // namespace Herald
