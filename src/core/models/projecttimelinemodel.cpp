// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/models/projecttimelinemodel.h"

#include "core/models/itemdataroles.h"
#include "core/releases/dependencystatus.h"
#include "core/releases/today.h"

#include <QFont>
#include <QIcon>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

// A row's internal id says what its parent is, by the project's source id, which moves with
// it (a row number would leave persistent indexes and a view's expanded and current rows
// pointing at whichever project takes the old row): 0 for a project (the root is its
// parent), the source id for a series, and for a release the source id and its series' row,
// packed. A project's series are only ever replaced as a whole, which removes their rows.
constexpr quintptr ReleaseFlag = quintptr(1) << (sizeof(quintptr) * 8 - 1);
constexpr int SeriesBits = 20;

quintptr seriesParentId(qint64 sourceId)
{
    return quintptr(sourceId);
}

quintptr releaseParentId(qint64 sourceId, int series)
{
    return ReleaseFlag | (quintptr(sourceId) << SeriesBits) | quintptr(series);
}

bool sameReleases(const ProjectReleases &a, const ProjectReleases &b)
{
    if (a.series.size() != b.series.size()) {
        return false;
    }
    for (qsizetype i = 0; i < a.series.size(); ++i) {
        const QList<ProjectRelease> &left = a.series.at(i).releases;
        const QList<ProjectRelease> &right = b.series.at(i).releases;
        if (a.series.at(i).series != b.series.at(i).series
            || !std::ranges::equal(left, right, [](const ProjectRelease &x, const ProjectRelease &y) {
                   return x.postId == y.postId && x.version.toString() == y.version.toString() && x.yanked == y.yanked
                       && x.published == y.published && x.title == y.title;
               })) {
            return false;
        }
    }
    return true;
}

QString shortDate(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat) : QString();
}

} // namespace

ProjectTimelineModel::ProjectTimelineModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void ProjectTimelineModel::setProjects(const QList<ProjectReleases> &projects)
{
    auto idOf = [](const ProjectReleases &project) { return project.source.id; };
    // Gone first, from the end, so the rows above keep their numbers.
    for (int row = int(m_projects.size()) - 1; row >= 0; --row) {
        const qint64 id = m_projects.at(row).source.id;
        if (std::ranges::none_of(projects, [&](const ProjectReleases &p) { return idOf(p) == id; })) {
            beginRemoveRows({}, row, row);
            m_projects.removeAt(row);
            endRemoveRows();
        }
    }
    for (int row = 0; row < int(projects.size()); ++row) {
        const ProjectReleases &wanted = projects.at(row);
        const auto found = std::find_if(m_projects.cbegin() + row, m_projects.cend(),
            [&](const ProjectReleases &p) { return idOf(p) == idOf(wanted); });
        if (found == m_projects.cend()) {
            beginInsertRows({}, row, row);
            m_projects.insert(row, wanted);
            endInsertRows();
            continue;
        }
        if (const int from = int(found - m_projects.cbegin()); from != row) {
            beginMoveRows({}, from, from, {}, row);
            m_projects.move(from, row);
            endMoveRows();
        }
        updateProject(row, wanted);
    }
}

void ProjectTimelineModel::updateProject(int row, const ProjectReleases &project)
{
    ProjectReleases &current = m_projects[row];
    const QModelIndex projectIndex = index(row, 0);
    const bool releasesChanged = !sameReleases(current, project);
    if (releasesChanged) {
        if (!current.series.isEmpty()) {
            beginRemoveRows(projectIndex, 0, int(current.series.size()) - 1);
            current.series.clear();
            endRemoveRows();
        }
        if (!project.series.isEmpty()) {
            beginInsertRows(projectIndex, 0, int(project.series.size()) - 1);
            current.series = project.series;
            endInsertRows();
        }
    }
    // The version used and the lifecycle change how its series and releases read, too.
    const bool judgedAgain = current.source.usedVersion != project.source.usedVersion
        || current.source.usedIn != project.source.usedIn || lifecycleKey(current) != lifecycleKey(project);
    const bool changed = releasesChanged || judgedAgain || current.source.displayName() != project.source.displayName();
    current.source = project.source;
    current.seriesParts = project.seriesParts;
    current.lifecycle = project.lifecycle;
    if (changed) { // its name, its latest release and count, the version used or the lifecycle
        Q_EMIT dataChanged(projectIndex, index(row, ColumnCount - 1));
        if (judgedAgain && !releasesChanged) {
            for (int series = 0; series < int(current.series.size()); ++series) {
                const QModelIndex seriesIndex = index(series, 0, projectIndex);
                Q_EMIT dataChanged(seriesIndex, index(series, ColumnCount - 1, projectIndex));
                const int releases = int(current.series.at(series).releases.size());
                if (releases > 0) {
                    Q_EMIT dataChanged(index(0, 0, seriesIndex), index(releases - 1, ColumnCount - 1, seriesIndex));
                }
            }
        }
    }
}

QString ProjectTimelineModel::lifecycleKey(const ProjectReleases &project)
{
    if (!project.lifecycle) {
        return {};
    }
    QStringList parts {project.lifecycle->product()};
    for (const ProductCycle &cycle : project.lifecycle->cycles()) {
        parts << cycle.cycle + u'|' + cycle.endOfLife.toString(Qt::ISODate) + u'|'
                + cycle.endOfSupport.toString(Qt::ISODate) + u'|' + QString::number(int(cycle.endedWithoutDate))
                + QString::number(int(cycle.supportEndedWithoutDate)) + QString::number(int(cycle.lts))
                + cycle.ltsFrom.toString(Qt::ISODate);
    }
    return parts.join(u'\n');
}

int ProjectTimelineModel::rowOfSource(qint64 sourceId) const
{
    const auto found = std::ranges::find_if(
        m_projects, [sourceId](const ProjectReleases &project) { return project.source.id == sourceId; });
    return found == m_projects.cend() ? -1 : int(found - m_projects.cbegin());
}

ProjectTimelineModel::Place ProjectTimelineModel::placeOf(const QModelIndex &index) const
{
    const quintptr id = index.internalId();
    if (id == 0) {
        return {ProjectKind, index.row(), -1};
    }
    if (id & ReleaseFlag) {
        const quintptr packed = id & ~ReleaseFlag;
        return {
            ReleaseKind, rowOfSource(qint64(packed >> SeriesBits)), int(packed & ((quintptr(1) << SeriesBits) - 1))};
    }
    return {SeriesKind, rowOfSource(qint64(id)), index.row()};
}

QModelIndex ProjectTimelineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    if (!parent.isValid()) {
        return createIndex(row, column, quintptr(0));
    }
    const Place place = placeOf(parent);
    if (place.project < 0) {
        return {};
    }
    const qint64 sourceId = m_projects.at(place.project).source.id;
    if (place.kind == ProjectKind) {
        return createIndex(row, column, seriesParentId(sourceId));
    }
    return createIndex(row, column, releaseParentId(sourceId, place.series));
}

QModelIndex ProjectTimelineModel::parent(const QModelIndex &child) const
{
    if (!child.isValid()) {
        return {};
    }
    const Place place = placeOf(child);
    if (place.kind == ProjectKind || place.project < 0) {
        return {};
    }
    if (place.kind == SeriesKind) {
        return createIndex(place.project, 0, quintptr(0));
    }
    return createIndex(place.series, 0, seriesParentId(m_projects.at(place.project).source.id));
}

int ProjectTimelineModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return int(m_projects.size());
    }
    if (parent.column() > 0) {
        return 0;
    }
    const Place place = placeOf(parent);
    if (place.project < 0 || place.project >= m_projects.size()) {
        return 0;
    }
    const ProjectReleases &project = m_projects.at(place.project);
    switch (place.kind) {
    case ProjectKind: return int(project.series.size());
    case SeriesKind:
        return place.series < project.series.size() ? int(project.series.at(place.series).releases.size()) : 0;
    case ReleaseKind: return 0;
    }
    return 0;
}

int ProjectTimelineModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags ProjectTimelineModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

QVariant ProjectTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Place place = placeOf(index);
    if (place.project < 0) {
        return {};
    }
    const ProjectReleases &project = m_projects.at(place.project);
    if (role == Roles::SourceRowIdRole) {
        return project.source.id;
    }
    if (role == Roles::TimelineKindRole) {
        return int(place.kind);
    }
    if (place.kind == ProjectKind) {
        return projectData(project, index.column(), role);
    }
    const ProjectSeries &series = project.series.at(place.series);
    if (place.kind == SeriesKind) {
        return seriesData(project, series, index.column(), role);
    }
    return releaseData(project, series, series.releases.at(index.row()), index.column(), role);
}

QVariant ProjectTimelineModel::projectData(const ProjectReleases &project, int column, int role) const
{
    // The newest final release of any series; else, before any final, the newest release.
    const ProjectRelease *latest = project.series.isEmpty() ? nullptr : project.series.first().latest();
    for (const ProjectSeries &series : project.series) {
        if (const ProjectRelease *candidate = series.latest(); candidate && !candidate->version.isPrerelease()) {
            latest = candidate;
            break;
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        if (column == VersionColumn) {
            return project.source.displayName();
        }
        return latest ? latest->version.toString() : QVariant();
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        if (!latest) {
            return tr("No release found yet");
        }
        QString text = tr("%n release(s), latest %1 on %2", "", project.releaseCount())
                           .arg(latest->version.toString(), shortDate(latest->published));
        if (const auto used = DependencyStatus::judge(project, project.source.usedVersion, Today::date())) {
            text += u'\n' + used->summary(DependencyStatus::Dates::Locale);
        }
        return text;
    }
    case Qt::DecorationRole:
        if (column == VersionColumn) {
            // The version the user runs: past its end of life, or behind its series.
            if (const auto used = DependencyStatus::judge(project, project.source.usedVersion, Today::date())) {
                if (used->severity() == 2) {
                    return QIcon::fromTheme(u"data-warning"_s, QIcon::fromTheme(u"dialog-warning"_s));
                }
                if (used->severity() == 1) {
                    return QIcon::fromTheme(u"software-update-available"_s);
                }
            }
        }
        return {};
    case Qt::FontRole: {
        QFont font;
        font.setWeight(QFont::DemiBold);
        return font;
    }
    case Roles::ReleaseVersionRole: return latest ? latest->version.toString() : QVariant();
    case Roles::AnnouncementPostIdRole: return latest ? QVariant(latest->postId) : QVariant();
    default: return {};
    }
}

QVariant ProjectTimelineModel::seriesData(
    const ProjectReleases &project, const ProjectSeries &series, int column, int role) const
{
    const ProjectRelease *latest = series.latest();
    // Its place in the project's lifecycle (endoflife.date's), judged today.
    const QDate today = Today::date();
    const std::optional<ProductCycle> cycle = project.cycleOf(series.series);
    const SeriesStatus status = cycle ? cycle->statusOn(today) : SeriesStatus::Unknown;
    switch (role) {
    case Qt::DisplayRole:
        if (column == VersionColumn) {
            if (!cycle) {
                return series.series;
            }
            const QString name = cycle->isLtsOn(today) && status != SeriesStatus::EndOfLife
                ? tr("%1 LTS").arg(series.series)
                : series.series;
            return tr("%1 · %2").arg(name, Lifecycle::statusName(status));
        }
        return latest ? latest->version.toString() : QVariant();
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        if (!latest) {
            return {};
        }
        QStringList lines {tr("Series %1: %n release(s), latest %2 on %3", "", int(series.releases.size()))
                .arg(series.series, latest->version.toString(), shortDate(latest->published))};
        if (cycle) {
            const QLocale locale;
            if (cycle->endOfLife.isValid()) {
                lines << (status == SeriesStatus::EndOfLife ? tr("End of life since %1") : tr("End of life on %1"))
                             .arg(locale.toString(cycle->endOfLife, QLocale::LongFormat));
            } else if (status == SeriesStatus::EndOfLife) {
                lines << tr("At its end of life");
            }
            if (cycle->endOfSupport.isValid() && status != SeriesStatus::EndOfLife) {
                lines << tr("Bug fixes until %1, security fixes after")
                             .arg(locale.toString(cycle->endOfSupport, QLocale::LongFormat));
            }
            if (cycle->isLtsOn(today)) {
                lines << tr("A long-term support release");
            }
            if (project.lifecycle) {
                lines << tr("Lifecycle from endoflife.date (%1)").arg(project.lifecycle->product());
            }
        }
        return lines.join(u'\n');
    }
    case Qt::FontRole:
        if (status == SeriesStatus::EndOfLife) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Roles::SeriesStatusRole: return int(status);
    case Roles::EndOfLifeRole: return cycle ? cycle->endOfLife : QDate();
    case Roles::SeriesRole: return series.series;
    case Roles::ReleaseVersionRole: return latest ? latest->version.toString() : QVariant();
    case Roles::AnnouncementPostIdRole: return latest ? QVariant(latest->postId) : QVariant();
    default: return {};
    }
}

QVariant ProjectTimelineModel::releaseData(const ProjectReleases &project, const ProjectSeries &series,
    const ProjectRelease &release, int column, int role) const
{
    const bool pre = release.version.isPrerelease();
    const auto used = ProjectVersion::parse(project.source.usedVersion);
    const bool yours = used && *used == release.version;
    switch (role) {
    case Qt::DisplayRole:
        if (column == VersionColumn) {
            const QString version = release.yanked ? tr("%1 (yanked)").arg(release.version.toString())
                : pre                              ? tr("%1 (pre-release)").arg(release.version.toString())
                                                   : release.version.toString();
            return yours ? tr("%1 · yours").arg(version) : version;
        }
        return shortDate(release.published);
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        QStringList lines {release.title};
        if (release.published.isValid()) {
            lines << tr("Published %1").arg(QLocale().toString(release.published.toLocalTime(), QLocale::LongFormat));
        }
        if (pre) {
            lines << tr("A pre-release, not meant for production");
        }
        if (release.yanked) {
            lines << tr("Yanked on PyPI: installers skip it unless it is pinned exactly");
        }
        if (yours) {
            lines << tr("The version you use (%1)").arg(project.source.usedIn);
        }
        return lines.join(u'\n');
    }
    case Qt::FontRole:
        if (release.yanked || yours) {
            QFont font;
            font.setStrikeOut(release.yanked);
            font.setBold(yours);
            return font;
        }
        return {};
    case Roles::SeriesRole: return series.series;
    case Roles::ReleaseVersionRole: return release.version.toString();
    case Roles::IsPrereleaseRole: return pre;
    case Roles::AnnouncementPostIdRole: return release.postId;
    case Roles::PublishedRole: return release.published;
    default: return {};
    }
}

} // namespace Herald
