// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/releases/projectreleases.h"

#include <QAbstractItemModel>
#include <QCoreApplication>

namespace Herald {

/// The followed projects' releases as a tree, for the timeline under Python's: projects at
/// the top level (in the sources' order), below each its series (newest first), below each
/// series its releases (newest first). Columns: version, date.
///
/// setProjects() keeps what did not change: projects are inserted, moved and removed, and
/// only the series of a project whose releases changed are replaced; the model never resets.
class ProjectTimelineModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { VersionColumn, DateColumn, ColumnCount };
    enum Kind { ProjectKind, SeriesKind, ReleaseKind };

    explicit ProjectTimelineModel(QObject *parent = nullptr);

    void setProjects(const QList<ProjectReleases> &projects);
    [[nodiscard]] const QList<ProjectReleases> &projects() const { return m_projects; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    /// Where a row is: its kind and the rows of its project and series.
    struct Place {
        Kind kind = ProjectKind;
        int project = -1;
        int series = -1;
    };
    /// -1 for a row that has gone: an index kept past its project's removal.
    [[nodiscard]] Place placeOf(const QModelIndex &index) const;
    [[nodiscard]] int rowOfSource(qint64 sourceId) const;
    /// What of a project's lifecycle its rows show, to tell whether it changed.
    static QString lifecycleKey(const ProjectReleases &project);
    QVariant projectData(const ProjectReleases &project, int column, int role) const;
    QVariant seriesData(const ProjectReleases &project, const ProjectSeries &series, int column, int role) const;
    QVariant releaseData(const ProjectReleases &project, const ProjectSeries &series, const ProjectRelease &release,
        int column, int role) const;
    /// Replaces the series of the project at `row` when they differ.
    void updateProject(int row, const ProjectReleases &project);

    QList<ProjectReleases> m_projects;
};

} // namespace Herald
