// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/releases/timeline.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QHash>
#include <QStringList>

namespace Herald {

/// The release timeline as a tree: series at the top level (newest first), below each its
/// expected releases (latest day first) and then its releases (newest first). Columns:
/// version, status or stage, date (end of life, official release date, or the day a release
/// is expected), announcement (or, on a series, its latest and next release).
class TimelineModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { VersionColumn, StatusColumn, DateColumn, AnnouncementColumn, ColumnCount };
    enum Kind { SeriesKind, ReleaseKind, ExpectedKind };

    explicit TimelineModel(QObject *parent = nullptr);

    void setTimeline(Timeline timeline);
    [[nodiscard]] const Timeline &timeline() const { return m_timeline; }
    /// The day statuses are judged on and DaysUntilEndOfLifeRole counts from: Today::date()
    /// unless set (for tests, and by the window at midnight).
    void setToday(QDate today);
    [[nodiscard]] QDate today() const;
    /// The versions this machine runs, by series ("3.12" -> "3.12.3", "3.12.3 free-threaded"):
    /// their series and releases are marked (InstalledRole).
    void setInstalled(const QHash<QString, QStringList> &versionsBySeries);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    // A release row's internal id is its series row + 1; a series row's is 0.
    static constexpr quintptr seriesId = 0;

    QVariant seriesData(const TimelineSeries &series, int column, int role) const;
    /// Tooltip and accessible description: date, days since the previous release, manager.
    QString releaseDescription(const TimelineSeries &series, const TimelineRelease &release) const;
    QVariant releaseData(const TimelineSeries &series, const TimelineRelease &release, int column, int role) const;
    QVariant expectedData(const TimelineSeries &series, const ExpectedRelease &release, int column, int role) const;
    /// The roles a release and an expected release answer alike: series, version, stage.
    QVariant versionData(const TimelineSeries &series, const Version &version, int role) const;
    /// "in 12 days", "today", "3 days overdue".
    QString countdown(QDate day) const;
    [[nodiscard]] int childCount(const TimelineSeries &series) const;
    [[nodiscard]] bool runs(const TimelineSeries &series, const Version &version) const;

    Timeline m_timeline;
    QDate m_today;
    QHash<QString, QStringList> m_installed;
};

} // namespace Herald
