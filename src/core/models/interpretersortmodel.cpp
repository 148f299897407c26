// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/models/interpretersortmodel.h"

#include "core/models/itemdataroles.h"

using namespace Qt::StringLiterals;

namespace Herald {

InterpreterSortModel::InterpreterSortModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(0, Qt::AscendingOrder);
}

bool InterpreterSortModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // The source row breaks ties: a proxy re-sorting one changed row places it among its
    // equals wherever its search lands, so equals would not keep discovery order otherwise.
    const int leftSeverity = left.data(Roles::InterpreterSeverityRole).toInt();
    const int rightSeverity = right.data(Roles::InterpreterSeverityRole).toInt();
    if (leftSeverity != rightSeverity) {
        return leftSeverity > rightSeverity;
    }
    // Among the worst, end of life before a missed security release: no fix will ever come.
    const auto endOfLife = [](const QModelIndex &index) {
        return index.data(Roles::InterpreterVerdictRole).toString() == "end-of-life"_L1;
    };
    if (endOfLife(left) != endOfLife(right)) {
        return endOfLife(left);
    }
    return left.row() < right.row();
}

} // namespace Herald
