// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/diagnostics/result.h"
#include "core/posts/post.h"

#include <QDateTime>
#include <QList>
#include <QObject>

namespace Herald {

class PostStore;

/// Decides which posts are new to this install, so that each is announced exactly once, ever.
///
/// A post is new until a collection hands it out; collectNew() marks what it returns as seen
/// in the same transaction, so neither a restart, nor a re-sync, nor an edited post (an upsert
/// never clears the mark) makes it new again. A crash after that commit but before the caller
/// shows the notification loses that one notification; that window is accepted, because the
/// other order would announce the same posts twice.
///
/// The first collection on an install that has posts sets the baseline instead: it marks the
/// whole archive seen and reports only how many posts there are. The baseline is kept in the
/// database (meta key "notify.baseline"). A damaged database is moved aside and a new one
/// started, and that one has no baseline; so the caller also keeps a hint outside the database
/// (Settings::baselineDone(), passed in with setBaselineHint()) and a baseline
/// set while the hint is on is a quiet re-baseline (Result::restored): posts published between
/// the crash and the first sync after it are not announced.
///
/// Posts that were never seen but were published long before the previous collection (more
/// than backfillGraceDays) are an archive filled in late (a first sync whose archive index
/// failed, an archive moved to new addresses), not news: they are marked seen and counted in
/// Collection::backfilled, never announced.
class NewPostWatcher final : public QObject
{
    Q_OBJECT

public:
    /// What one collection found. A collection that fails (the store cannot be read or
    /// written) marks nothing: its posts come next time.
    struct Collection {
        bool baseline = false; ///< this collection set the baseline: the archive is seen, nothing is fresh
        bool restored = false; ///< a baseline set again for a database recreated after a crash: say nothing
        int importedCount = 0; ///< with baseline: how many posts Python Insider's archive has
        int backfilled = 0; ///< old posts seen for the first time and marked seen quietly
        QList<Post> fresh; ///< the new posts, newest first, with their bodies
    };

    static constexpr int backfillGraceDays = 30;

    explicit NewPostWatcher(PostStore &store, QObject *parent = nullptr);

    /// Whether an earlier database of this install had a baseline (kept outside the database).
    void setBaselineHint(bool baselineDone) { m_hint = baselineDone; }
    /// Whether this database has its baseline; once true, the caller should keep the hint on.
    [[nodiscard]] bool hasBaseline() const;

    /// Collects what is new since the last collection; call it after each sync. Emits collected().
    Result<Collection> collectNew();
    Result<Collection> collectNew(const QDateTime &now);

    static QString baselineKey();
    static QString lastCollectedKey();

Q_SIGNALS:
    void collected(const Herald::NewPostWatcher::Collection &collection);

private:
    void keepCollectedAt(const QString &stamp);

    PostStore &m_store;
    bool m_hint = false;
};

} // namespace Herald
