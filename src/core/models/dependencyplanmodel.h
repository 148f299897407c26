// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/sources/dependencyimport.h"

#include <QAbstractItemModel>
#include <QList>

namespace Herald {

/// What a dependency import will do, one row per dependency: its name as the file spells it,
/// the version the file pins or locks, whether it is new or followed already, and the line it
/// comes from. A new plan replaces the rows by removing the old ones and inserting the new.
class DependencyPlanModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, VersionColumn, StateColumn, OriginColumn, ColumnCount };

    explicit DependencyPlanModel(QObject *parent = nullptr);

    void setEntries(const QList<DependencyImport::Entry> &entries);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QList<DependencyImport::Entry> m_entries;
};

} // namespace Herald
