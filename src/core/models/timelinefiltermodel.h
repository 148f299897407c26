// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSortFilterProxyModel>

namespace Herald {

/// Filters the release timeline (a TimelineModel).
///
/// Series: supportedOnly (on by default) hides every series that is not supported on the
/// model's day, that is every series at its end of life by status or by date; a series without
/// any lifecycle data is kept, since nothing says it is unsupported. Off, every series shows.
/// Releases: pre-releases (alpha, beta, candidate) show only with includePrereleases;
/// onlyMissingAnnouncements keeps the releases that were never announced, and the series
/// that have any.
class TimelineFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TimelineFilterModel(QObject *parent = nullptr);

    void setSupportedOnly(bool on);
    [[nodiscard]] bool supportedOnly() const { return m_supportedOnly; }
    void setIncludePrereleases(bool on);
    [[nodiscard]] bool includePrereleases() const { return m_includePrereleases; }
    void setOnlyMissingAnnouncements(bool on);
    [[nodiscard]] bool onlyMissingAnnouncements() const { return m_onlyMissing; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool acceptsSeries(const QModelIndex &series) const;
    bool acceptsRelease(const QModelIndex &release) const;
    void change(bool &flag, bool on);

    bool m_supportedOnly = true;
    bool m_includePrereleases = false;
    bool m_onlyMissing = false;
};

} // namespace Herald
