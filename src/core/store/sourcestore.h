// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/diagnostics/result.h"
#include "core/posts/source.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>

#include <optional>

namespace Herald {

class Database;

/// Reads and writes the followed sources and their folders. Every write is one statement or
/// one transaction, and tells listeners what changed, so that the sources pane inserts and
/// removes rows rather than resetting.
class SourceStore final : public QObject
{
    Q_OBJECT

public:
    /// A folder of sources, with its notification rule.
    struct Folder {
        QString name;
        int position = 0;
        QString notifyMode; ///< a NotificationRules mode key; empty: the global rule
    };

    explicit SourceStore(Database &database, QObject *parent = nullptr);

    /// Every source, with its post and unread counts, in folder and position order (Python
    /// Insider, once synced, among them). Fails when the store cannot be read.
    [[nodiscard]] Result<QList<Source>> sources() const;
    [[nodiscard]] Result<std::optional<Source>> source(qint64 id) const;
    /// The source that fetches `feedUrl`, if one does.
    [[nodiscard]] Result<std::optional<Source>> sourceForFeed(const QUrl &feedUrl) const;

    /// Adds a source at the end of its folder; fails, naming it, when its feed is followed already.
    Result<qint64> add(const Source &source);
    /// Removes a source and everything stored of it.
    Result<void> remove(qint64 id);
    Result<void> rename(qint64 id, const QString &name);
    /// Moves a source into `folder` (empty: the top level) before the source at `position`.
    Result<void> move(qint64 id, const QString &folder, int position);
    Result<void> setSeriesParts(qint64 id, int parts);
    Result<void> setNotifyMode(qint64 id, const QString &mode);
    Result<void> setFeedTitle(qint64 id, const QString &title);
    /// Its product on endoflife.date: unset for the one its name suggests, empty for none.
    Result<void> setLifecycleProduct(qint64 id, const std::optional<QString> &product);
    /// The version of it the user runs (empty: not known), and the file that said so.
    Result<void> setUsedVersion(qint64 id, const QString &version, const QString &usedIn);
    /// Its past is stored and marked seen (Source::baselined).
    Result<void> setBaselined(qint64 id);
    /// How its last sync went: `error` empty when it worked.
    Result<void> setSyncResult(qint64 id, const QString &error);

    [[nodiscard]] Result<QList<Folder>> folders() const;
    Result<void> setFolderNotifyMode(const QString &folder, const QString &mode);

Q_SIGNALS:
    void sourceAdded(qint64 id);
    void sourceRemoved(qint64 id);
    /// Its name, folder, place, rules or sync state changed.
    void sourceChanged(qint64 id);

private:
    Result<void> update(qint64 id, const char *column, const QVariant &value);

    Database &m_database;
};

} // namespace Herald
