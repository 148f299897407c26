// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/diagnostics/result.h"

#include <QSet>
#include <QWidget>

#include <functional>

class QMenu;
class QTreeView;

namespace Herald {

class SourceListModel;
class SourceStore;

/// The sources above the post list: "All Sources", each followed source with its unread
/// count and, when its last sync failed, a warning with the message; folders with theirs.
/// Choosing one shows its posts. Names are edited in place (F2), sources dragged between
/// folders; the context menu moves, sets the notification rule and series, refreshes and
/// unfollows.
class SourcesPane final : public QWidget
{
    Q_OBJECT

public:
    SourcesPane(SourceListModel *model, SourceStore &store, QWidget *parent = nullptr);

    [[nodiscard]] QTreeView *view() const { return m_view; }
    /// Shows this source, as if chosen (after following it).
    void selectSource(qint64 sourceId);

Q_SIGNALS:
    /// The user chose which sources' posts to show: empty for all.
    void sourcesChosen(const QSet<qint64> &sourceIds);
    void followRequested();
    void unfollowRequested(qint64 sourceId);
    void syncRequested(qint64 sourceId);
    /// A change the store refused; the message says why.
    void changeFailed(const QString &message);

private:
    void showContextMenu(const QPoint &position);
    /// The notification rules, `current` checked; `inherited` names the rule of none's own.
    void addRulesMenu(QMenu *menu, const QString &current, const QString &inherited,
        const std::function<Result<void>(const QString &)> &apply);
    void addLifecycleMenu(QMenu *menu, qint64 sourceId, const QModelIndex &index);
    void askUsedVersion(qint64 sourceId, const QModelIndex &index);
    void addSeriesMenu(QMenu *menu, qint64 sourceId, int current);
    void moveToFolder(qint64 sourceId, const QString &current);
    void report(const QString &error);

    SourceListModel *m_model;
    SourceStore &m_store;
    QTreeView *m_view;
};

} // namespace Herald
