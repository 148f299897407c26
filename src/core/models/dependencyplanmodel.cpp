// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/models/dependencyplanmodel.h"

#include "core/models/itemdataroles.h"

#include <QFont>

namespace Herald {

DependencyPlanModel::DependencyPlanModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void DependencyPlanModel::setEntries(const QList<DependencyImport::Entry> &entries)
{
    if (!m_entries.isEmpty()) {
        beginRemoveRows({}, 0, int(m_entries.size()) - 1);
        m_entries.clear();
        endRemoveRows();
    }
    if (!entries.isEmpty()) {
        beginInsertRows({}, 0, int(entries.size()) - 1);
        m_entries = entries;
        endInsertRows();
    }
}

QModelIndex DependencyPlanModel::index(int row, int column, const QModelIndex &parent) const
{
    return hasIndex(row, column, parent) ? createIndex(row, column) : QModelIndex();
}

QModelIndex DependencyPlanModel::parent(const QModelIndex &) const
{
    return {};
}

int DependencyPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int DependencyPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DependencyPlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const DependencyImport::Entry &entry = m_entries.at(index.row());
    const Dependency &dependency = entry.dependency;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return dependency.name;
        case VersionColumn: return dependency.version.isEmpty() ? tr("not pinned") : dependency.version;
        case StateColumn: return entry.followed ? tr("followed already") : tr("new");
        case OriginColumn: return dependency.origin;
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList lines {tr("pypi:%1").arg(dependency.normalized)};
        if (!dependency.group.isEmpty()) {
            lines << dependency.group;
        }
        if (!dependency.marker.isEmpty()) {
            lines << tr("Only where %1").arg(dependency.marker);
        }
        if (entry.followed) {
            lines << tr("Followed already, as “%1”").arg(entry.followed->displayName());
        }
        return lines.join(u'\n');
    }
    case Qt::FontRole:
        if (entry.followed) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Roles::SourceRowIdRole: return entry.followed ? QVariant(entry.followed->id) : QVariant();
    default: return {};
    }
}

QVariant DependencyPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn: return tr("Dependency");
    case VersionColumn: return tr("Version");
    case StateColumn: return tr("Here");
    case OriginColumn: return tr("From");
    }
    return {};
}

Qt::ItemFlags DependencyPlanModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemNeverHasChildren : Qt::NoItemFlags;
}

} // namespace Herald
