// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSortFilterProxyModel>

namespace Herald {

/// An InterpreterModel with those needing attention first: end of life, then security fixes
/// missed, then behind, then up to date, each group in discovery order. It follows the source's
/// inserts, removals and new advice.
class InterpreterSortModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit InterpreterSortModel(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace Herald
