// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/notify/newpostwatcher.h"

#include "core/diagnostics/logging.h"
#include "core/store/poststore.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Herald {

NewPostWatcher::NewPostWatcher(PostStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{ }

QString NewPostWatcher::baselineKey()
{
    return u"notify.baseline"_s;
}

QString NewPostWatcher::lastCollectedKey()
{
    return u"notify.lastCollected"_s;
}

bool NewPostWatcher::hasBaseline() const
{
    return !m_store.metaValue(baselineKey()).value_or(QString()).isEmpty();
}

Result<NewPostWatcher::Collection> NewPostWatcher::collectNew()
{
    return collectNew(QDateTime::currentDateTimeUtc());
}

Result<NewPostWatcher::Collection> NewPostWatcher::collectNew(const QDateTime &now)
{
    Collection result;
    const QString stamp = QString::number(now.toSecsSinceEpoch());
    // Unread is not unset: a baseline set again would swallow every new post unannounced.
    const Result<QString> baseline = m_store.metaValue(baselineKey());
    if (!baseline) {
        qCWarning(lcStore) << "could not read the baseline of seen posts:" << baseline.error().message();
        return baseline.error();
    }
    if (baseline->isEmpty()) {
        // An empty store is a first sync that failed: a baseline now would make the whole
        // archive new when the next sync brings it.
        if (m_store.count() == 0) {
            return result;
        }
        // Marked before the baseline is recorded: a crash in between only sets it again
        // (quietly, as nothing is unseen by then), where the other order would announce the
        // whole archive.
        const Result<void> recorded = [&]() -> Result<void> {
            if (const Result<int> seen = m_store.markAllSeen(); !seen) {
                return seen.error();
            }
            return m_store.setMetaValue(baselineKey(), stamp);
        }();
        if (!recorded) {
            qCWarning(lcStore) << "could not set the baseline of seen posts:" << recorded.error().message();
            return recorded.error();
        }
        keepCollectedAt(stamp);
        result.baseline = true;
        result.restored = m_hint;
        // What the notice tells of: Python Insider's archive, now readable offline. A project
        // followed before the first collection (its first sync stored its past as seen) is
        // not part of it.
        result.importedCount = m_store.pythonPostCount();
        Q_EMIT collected(result);
        return result;
    }

    const QString last = m_store.metaValue(lastCollectedKey()).value_or(QString()); // lost: no backfill cutoff
    const QDateTime cutoff = last.isEmpty()
        ? QDateTime()
        : QDateTime::fromSecsSinceEpoch(last.toLongLong(), QTimeZone::UTC).addDays(-backfillGraceDays);
    const auto taken = m_store.takeUnseenPosts(true);
    if (!taken) {
        qCWarning(lcStore) << "could not read the new posts:" << taken.error().message();
        return taken.error();
    }
    for (const Post &post : *taken) {
        if (cutoff.isValid() && post.meta.published.isValid() && post.meta.published < cutoff) {
            ++result.backfilled;
        } else {
            result.fresh.append(post);
        }
    }
    keepCollectedAt(stamp);
    Q_EMIT collected(result);
    return result;
}

void NewPostWatcher::keepCollectedAt(const QString &stamp)
{
    // Lost, the next collection counts older posts as fresh instead of backfilled: worth a
    // warning, not worth holding back what was collected.
    if (const Result<void> kept = m_store.setMetaValue(lastCollectedKey(), stamp); !kept) {
        qCWarning(lcStore) << "could not record when new posts were collected:" << kept.error().message();
    }
}

} // namespace Herald
