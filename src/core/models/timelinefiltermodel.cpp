// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/models/timelinefiltermodel.h"

#include "core/models/itemdataroles.h"
#include "core/models/timelinemodel.h"
#include "core/releases/lifecycle.h"

#include <QDate>

namespace Herald {

TimelineFilterModel::TimelineFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

void TimelineFilterModel::change(bool &flag, bool on)
{
    if (flag == on) {
        return;
    }
    flag = on;
    invalidateRowsFilter();
}

void TimelineFilterModel::setSupportedOnly(bool on)
{
    change(m_supportedOnly, on);
}

void TimelineFilterModel::setIncludePrereleases(bool on)
{
    change(m_includePrereleases, on);
}

void TimelineFilterModel::setOnlyMissingAnnouncements(bool on)
{
    change(m_onlyMissing, on);
}

bool TimelineFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return sourceParent.isValid() ? acceptsRelease(index) : acceptsSeries(index);
}

bool TimelineFilterModel::acceptsSeries(const QModelIndex &series) const
{
    const auto status = SeriesStatus(series.data(Roles::SeriesStatusRole).toInt());
    if (m_supportedOnly) {
        // The status role already judges by date; an unknown status with a passed end of
        // life is just as unsupported.
        const QVariant days = series.data(Roles::DaysUntilEndOfLifeRole);
        const bool lapsed = days.isValid() && days.toInt() < 0;
        if (status == SeriesStatus::EndOfLife || lapsed) {
            return false;
        }
    }
    if (m_onlyMissing) {
        const QAbstractItemModel *model = sourceModel();
        for (int row = 0, rows = model->rowCount(series); row < rows; ++row) {
            if (acceptsRelease(model->index(row, 0, series))) {
                return true;
            }
        }
        return false;
    }
    return true;
}

bool TimelineFilterModel::acceptsRelease(const QModelIndex &release) const
{
    // Of the releases still to come, the overdue ones and the first on time: the schedule
    // further out is in the series' tooltip and the calendar export.
    if (release.data(Roles::TimelineKindRole).toInt() == TimelineModel::ExpectedKind
        && !release.data(Roles::OverdueRole).toBool() && !release.data(Roles::UpcomingRole).toBool()) {
        return false;
    }
    if (!m_includePrereleases && release.data(Roles::IsPrereleaseRole).toBool()) {
        return false;
    }
    return !m_onlyMissing || release.data(Roles::MissingAnnouncementRole).toBool();
}

} // namespace Herald
