// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/models/timelinemodel.h"

#include "core/models/itemdataroles.h"
#include "core/releases/today.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald {

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void TimelineModel::setTimeline(Timeline timeline)
{
    beginResetModel();
    m_timeline = std::move(timeline);
    endResetModel();
}

void TimelineModel::setToday(QDate today)
{
    m_today = today;
    if (m_timeline.series().isEmpty()) {
        return;
    }
    const QList<int> roles {Qt::DisplayRole, Qt::ToolTipRole, Roles::DaysUntilEndOfLifeRole, Roles::SeriesStatusRole,
        Roles::OverdueRole, Roles::NextExpectedVersionRole, Roles::NextExpectedDateRole, Roles::DaysUntilExpectedRole};
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), roles);
    // Countdowns and overdue flags live on the expected rows.
    for (int row = 0; row < rowCount(); ++row) {
        const QModelIndex series = index(row, 0);
        if (const int children = rowCount(series); children > 0) {
            Q_EMIT dataChanged(index(0, 0, series), index(children - 1, ColumnCount - 1, series), roles);
        }
    }
}

QDate TimelineModel::today() const
{
    return m_today.isValid() ? m_today : Today::date();
}

void TimelineModel::setInstalled(const QHash<QString, QStringList> &versionsBySeries)
{
    if (versionsBySeries == m_installed) {
        return;
    }
    m_installed = versionsBySeries;
    for (int row = 0; row < rowCount(); ++row) {
        const QModelIndex series = index(row, 0);
        Q_EMIT dataChanged(series, index(row, ColumnCount - 1), {Roles::InstalledRole, Qt::ToolTipRole});
        if (const int children = rowCount(series); children > 0) {
            Q_EMIT dataChanged(index(0, 0, series), index(children - 1, ColumnCount - 1, series),
                {Roles::InstalledRole, Qt::ToolTipRole});
        }
    }
}

int TimelineModel::childCount(const TimelineSeries &series) const
{
    return int(series.expected.size() + series.releases.size());
}

bool TimelineModel::runs(const TimelineSeries &series, const Version &version) const
{
    const QString text = version.toString();
    const QStringList installed = m_installed.value(series.series);
    return std::any_of(installed.cbegin(), installed.cend(),
        [&text](const QString &entry) { return entry == text || entry.startsWith(text + u' '); });
}

QString TimelineModel::countdown(QDate day) const
{
    const qint64 days = today().daysTo(day);
    if (days == 0) {
        return tr("today");
    }
    return days > 0 ? tr("in %n day(s)", nullptr, int(days)) : tr("%n day(s) overdue", nullptr, int(-days));
}

QModelIndex TimelineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount) {
        return {};
    }
    if (!parent.isValid()) {
        return row < m_timeline.series().size() ? createIndex(row, column, seriesId) : QModelIndex();
    }
    if (parent.internalId() != seriesId || parent.column() != 0 || parent.row() >= m_timeline.series().size()
        || row >= childCount(m_timeline.series().at(parent.row()))) {
        return {};
    }
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex TimelineModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == seriesId) {
        return {};
    }
    return createIndex(int(child.internalId() - 1), 0, seriesId);
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return int(m_timeline.series().size());
    }
    if (parent.internalId() != seriesId || parent.column() != 0) {
        return 0;
    }
    return childCount(m_timeline.series().at(parent.row()));
}

int TimelineModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    if (index.internalId() == seriesId) {
        return seriesData(m_timeline.series().at(index.row()), index.column(), role);
    }
    const TimelineSeries &series = m_timeline.series().at(qsizetype(index.internalId() - 1));
    const qsizetype expected = series.expected.size();
    if (index.row() < expected) { // the latest day first, above the made releases
        return expectedData(series, series.expected.at(expected - 1 - index.row()), index.column(), role);
    }
    return releaseData(series, series.releases.at(index.row() - expected), index.column(), role);
}

QVariant TimelineModel::seriesData(const TimelineSeries &series, int column, int role) const
{
    const TimelineRelease *latest = series.latest();
    const ExpectedRelease *next = series.nextExpected();
    const auto overdue = int(std::count_if(series.expected.cbegin(), series.expected.cend(),
        [this](const ExpectedRelease &release) { return release.isOverdue(today()); }));
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case VersionColumn: return tr("Python %1").arg(series.series);
        case StatusColumn: {
            const SeriesStatus status = series.statusOn(today());
            return status == SeriesStatus::Unknown && !series.statusText.isEmpty()
                ? tr("unknown (%1)").arg(series.statusText)
                : Lifecycle::statusName(status);
        }
        case DateColumn:
            return series.endOfLife.isValid()
                ? tr("end of life %1").arg(QLocale().toString(series.endOfLife, QLocale::ShortFormat))
                : QVariant();
        case AnnouncementColumn: {
            QStringList parts;
            if (latest) {
                parts << tr("latest %1").arg(latest->version.toString());
            }
            if (next) {
                parts << tr("next %1 %2").arg(next->version.toString(), countdown(next->date));
            }
            if (overdue > 0) {
                parts << tr("%n release(s) overdue", nullptr, overdue);
            }
            return parts.isEmpty() ? QVariant() : QVariant(parts.join(u" · "_s));
        }
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList lines;
        if (const QStringList installed = m_installed.value(series.series); !installed.isEmpty()) {
            lines << tr("You run %1").arg(QLocale().createSeparatedList(installed));
        }
        if (next) {
            lines << tr("Next: %1, expected %2 (%3)")
                         .arg(next->version.toString(), QLocale().toString(next->date, QLocale::LongFormat),
                             countdown(next->date));
        }
        // A late one leads; the countdown goes on to the first still on time.
        if (const ExpectedRelease *upcoming = series.upcoming(today()); upcoming && upcoming != next) {
            lines << tr("Then: %1, expected %2 (%3)")
                         .arg(upcoming->version.toString(), QLocale().toString(upcoming->date, QLocale::LongFormat),
                             countdown(upcoming->date));
        }
        if (const SeriesStatus status = series.statusOn(today());
            status != series.status && series.status != SeriesStatus::Unknown) {
            // Say why Herald disagrees with the data it shows.
            lines << (status == SeriesStatus::EndOfLife
                    ? tr("End of life since %1. The lifecycle data still says “%2”.")
                          .arg(QLocale().toString(series.endOfLife, QLocale::LongFormat), series.statusText)
                    : tr("Released on %1. The lifecycle data still says “%2”.")
                          .arg(QLocale().toString(series.firstRelease, QLocale::LongFormat), series.statusText));
        }
        if (!series.releaseManager.isEmpty()) {
            lines << tr("Release manager: %1").arg(series.releaseManager);
        }
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
    }
    case Qt::AccessibleTextRole: return tr("Python %1").arg(series.series);
    case Roles::TimelineKindRole: return int(SeriesKind);
    case Roles::SeriesRole: return series.series;
    case Roles::SeriesStatusRole: return int(series.statusOn(today()));
    case Roles::SeriesStatusTextRole: return series.statusText;
    case Roles::EndOfLifeRole: return series.endOfLife;
    case Roles::DaysUntilEndOfLifeRole:
        return series.endOfLife.isValid() ? QVariant(int(today().daysTo(series.endOfLife))) : QVariant();
    case Roles::ReleaseManagerRole: return series.releaseManager;
    case Roles::ReleaseVersionRole: return latest ? latest->version.toString() : QVariant();
    case Roles::OverdueRole: return overdue;
    case Roles::NextExpectedVersionRole: return next ? next->version.toString() : QString();
    case Roles::NextExpectedDateRole: return next ? next->date : QDate();
    case Roles::DaysUntilExpectedRole: return next ? QVariant(int(today().daysTo(next->date))) : QVariant();
    case Roles::InstalledRole: return m_installed.value(series.series);
    }
    return {};
}

QVariant TimelineModel::expectedData(
    const TimelineSeries &series, const ExpectedRelease &release, int column, int role) const
{
    const bool overdue = release.isOverdue(today());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case VersionColumn: return release.version.toString();
        case StatusColumn: return Timeline::stageName(release.version);
        case DateColumn: return QLocale().toString(release.date, QLocale::ShortFormat);
        case AnnouncementColumn:
            return overdue ? tr("expected, %1").arg(countdown(release.date))
                           : tr("expected %1").arg(countdown(release.date));
        }
        return {};
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        QStringList lines {tr("Python %1 (%2)").arg(release.version.toString(), Timeline::stageName(release.version))};
        lines << (overdue
                ? tr("Expected %1 and not announced yet").arg(QLocale().toString(release.date, QLocale::LongFormat))
                : tr("Expected %1").arg(QLocale().toString(release.date, QLocale::LongFormat)));
        if (!series.releaseManager.isEmpty()) {
            lines << tr("Release manager: %1").arg(series.releaseManager);
        }
        return lines.join(u'\n');
    }
    case Qt::AccessibleTextRole:
        return tr("Python %1, %2, expected").arg(release.version.toString(), Timeline::stageName(release.version));
    case Roles::TimelineKindRole: return int(ExpectedKind);
    case Roles::OverdueRole: return overdue;
    case Roles::UpcomingRole: return series.upcoming(today()) == &release;
    case Roles::NextExpectedVersionRole: {
        const ExpectedRelease *next = series.nextExpected();
        return next ? next->version.toString() : QString();
    }
    case Roles::NextExpectedDateRole: return release.date;
    case Roles::DaysUntilExpectedRole: return int(today().daysTo(release.date));
    // Not made yet: nobody announced it, nobody runs it.
    case Roles::HasAnnouncementRole:
    case Roles::InstalledRole: return false;
    }
    return versionData(series, release.version, role);
}

QVariant TimelineModel::versionData(const TimelineSeries &series, const Version &version, int role) const
{
    switch (role) {
    case Roles::SeriesRole: return series.series;
    case Roles::SeriesStatusRole: return int(series.statusOn(today()));
    case Roles::ReleaseVersionRole: return version.toString();
    case Roles::ReleaseStageRole: return Timeline::stageName(version);
    case Roles::ReleaseStageKindRole: return int(version.stage());
    case Roles::IsPrereleaseRole: return version.isPrerelease();
    }
    return {};
}

QVariant TimelineModel::releaseData(
    const TimelineSeries &series, const TimelineRelease &release, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case VersionColumn: return release.version.toString();
        case StatusColumn: return Timeline::stageName(release.version);
        case DateColumn:
            if (release.officialDate.isValid()) {
                return QLocale().toString(release.officialDate, QLocale::ShortFormat);
            }
            // Announced on the blog but not (yet) in python-releases.json: the announcement's
            // day stands in, and says so.
            return release.isAnnounced()
                ? tr("announced %1").arg(QLocale().toString(release.announced, QLocale::ShortFormat))
                : QVariant();
        case AnnouncementColumn:
            if (release.missingAnnouncement) {
                return tr("no announcement");
            }
            if (release.datesDisagree()) {
                return tr("announced %1, %n day(s) off", nullptr, int(release.announcementDelay()))
                    .arg(QLocale().toString(release.announced, QLocale::ShortFormat));
            }
            return release.isAnnounced() ? QLocale().toString(release.announced, QLocale::ShortFormat) : QVariant();
        }
        return {};
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: return releaseDescription(series, release);
    case Qt::AccessibleTextRole:
        return tr("Python %1, %2").arg(release.version.toString(), Timeline::stageName(release.version));
    case Roles::TimelineKindRole: return int(ReleaseKind);
    case Roles::OfficialDateRole: return release.officialDate;
    case Roles::AnnouncementPostIdRole:
        return release.isAnnounced() ? QVariant(release.postIds.constFirst()) : QVariant();
    case Roles::AnnouncementPostIdsRole: {
        QVariantList ids;
        for (const qint64 id : release.postIds) {
            ids.append(id);
        }
        return ids;
    }
    case Roles::AnnouncementDateRole: return release.announced;
    case Roles::HasAnnouncementRole: return release.isAnnounced();
    case Roles::MissingAnnouncementRole: return release.missingAnnouncement;
    case Roles::DateDisagreementRole: return release.datesDisagree();
    case Roles::InstalledRole: return runs(series, release.version);
    }
    return versionData(series, release.version, role);
}

QString TimelineModel::releaseDescription(const TimelineSeries &series, const TimelineRelease &release) const
{
    QStringList lines {tr("Python %1 (%2)").arg(release.version.toString(), Timeline::stageName(release.version))};
    if (release.officialDate.isValid()) {
        lines << tr("Released %1").arg(QLocale().toString(release.officialDate, QLocale::LongFormat));
        // Releases are newest first, so the previous one of the series is the next entry.
        const qsizetype at = &release - series.releases.constData();
        if (at + 1 < series.releases.size() && series.releases.at(at + 1).officialDate.isValid()) {
            const TimelineRelease &previous = series.releases.at(at + 1);
            lines << tr("%n day(s) after %1", nullptr, int(previous.officialDate.daysTo(release.officialDate)))
                         .arg(previous.version.toString());
        }
    }
    if (release.missingAnnouncement) {
        lines << tr("Not announced on the blog");
    } else if (release.isAnnounced()) {
        lines << tr("Announced %1").arg(QLocale().toString(release.announced, QLocale::LongFormat));
    }
    if (release.security) {
        lines << (release.cves.isEmpty() ? tr("A security release")
                                         : tr("A security release: %1").arg(release.cves.join(u", "_s)));
    }
    if (runs(series, release.version)) {
        lines << tr("You run this release");
    }
    if (!series.releaseManager.isEmpty()) {
        lines << tr("Release manager: %1").arg(series.releaseManager);
    }
    return lines.join(u'\n');
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case VersionColumn: return tr("Version");
    case StatusColumn: return tr("Status");
    case DateColumn: return tr("Date");
    case AnnouncementColumn: return tr("Announcement");
    }
    return {};
}

Qt::ItemFlags TimelineModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    const Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return index.internalId() == seriesId ? flags : flags | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(
        {{Roles::TimelineKindRole, "kind"}, {Roles::SeriesRole, "series"}, {Roles::SeriesStatusRole, "seriesStatus"},
            {Roles::SeriesStatusTextRole, "seriesStatusText"}, {Roles::EndOfLifeRole, "endOfLife"},
            {Roles::DaysUntilEndOfLifeRole, "daysUntilEndOfLife"}, {Roles::ReleaseManagerRole, "releaseManager"},
            {Roles::ReleaseVersionRole, "version"}, {Roles::ReleaseStageRole, "stage"},
            {Roles::ReleaseStageKindRole, "stageKind"}, {Roles::IsPrereleaseRole, "prerelease"},
            {Roles::OfficialDateRole, "officialDate"}, {Roles::AnnouncementPostIdRole, "postId"},
            {Roles::AnnouncementPostIdsRole, "postIds"}, {Roles::AnnouncementDateRole, "announced"},
            {Roles::HasAnnouncementRole, "hasAnnouncement"}, {Roles::MissingAnnouncementRole, "missingAnnouncement"},
            {Roles::DateDisagreementRole, "dateDisagreement"}, {Roles::OverdueRole, "overdue"},
            {Roles::NextExpectedVersionRole, "nextExpectedVersion"}, {Roles::NextExpectedDateRole, "nextExpectedDate"},
            {Roles::DaysUntilExpectedRole, "daysUntilExpected"}, {Roles::InstalledRole, "installed"}});
    return names;
}

} // namespace Herald
