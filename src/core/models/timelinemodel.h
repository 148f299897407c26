#pragma once

#include "core/releases/timeline.h"

#include <QAbstractItemModel>
#include <QDate>

namespace Herald {

/// The release timeline as a tree: series at the top level (newest first), their releases
/// below (newest first). Columns: version, status or stage, date (end of life or official
/// release date), announcement.
class TimelineModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { VersionColumn, StatusColumn, DateColumn, AnnouncementColumn, ColumnCount };
    enum Kind { SeriesKind, ReleaseKind };

    explicit TimelineModel(QObject *parent = nullptr);

    void setTimeline(Timeline timeline);
    [[nodiscard]] const Timeline &timeline() const { return m_timeline; }
    /// The day statuses are judged on and DaysUntilEndOfLifeRole counts from: Today::date()
    /// unless set (for tests, and by the window at midnight).
    void setToday(QDate today);
    [[nodiscard]] QDate today() const;

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

    Timeline m_timeline;
    QDate m_today;
};

} // namespace Herald
