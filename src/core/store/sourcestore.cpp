// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/sourcestore.h"

#include "core/store/database.h"
#include "core/store/sqlvalues.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Herald {

using namespace SqlValues;

namespace {

const QString SourceColumns = u"s.id, s.kind, s.identifier, s.url, s.title, s.name, s.folder, s.position, "
                              u"s.series_parts, s.notify_mode, s.last_sync_at, s.last_error, "
                              u"s.baseline_at IS NOT NULL, s.discovered, "
                              u"(SELECT count(*) FROM posts p WHERE p.source_id = s.id), "
                              u"(SELECT count(*) FROM posts p WHERE p.source_id = s.id AND p.is_read = 0), "
                              u"s.lifecycle_product, s.used_version, s.used_in"_s;

Source sourceFromQuery(const QSqlQuery &query)
{
    Source source;
    source.id = query.value(0).toLongLong();
    source.kind = Source::kindFromKey(query.value(1).toString()).value_or(SourceKind::Feed);
    source.identifier = query.value(2).toString();
    source.feedUrl = QUrl(query.value(3).toString());
    source.feedTitle = query.value(4).toString();
    source.name = query.value(5).toString();
    source.folder = query.value(6).toString();
    source.position = query.value(7).toInt();
    source.seriesParts = query.value(8).toInt();
    source.notifyMode = query.value(9).toString();
    source.lastSync = fromSeconds(query.value(10));
    source.lastError = query.value(11).toString();
    source.baselined = query.value(12).toBool();
    source.discovered = query.value(13).toBool();
    source.posts = query.value(14).toInt();
    source.unread = query.value(15).toInt();
    if (!query.isNull(16)) {
        source.lifecycleProduct = query.value(16).toString();
    }
    source.usedVersion = query.value(17).toString();
    source.usedIn = query.value(18).toString();
    return source;
}

Result<QList<Source>> select(const Database &database, const QString &condition, const QVariant &value)
{
    QSqlQuery query(database.handle());
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + SourceColumns + u" FROM sources s "_s + condition
        + u" ORDER BY s.kind != 'python-insider', s.folder != '', s.folder, s.position, s.id"_s);
    if (value.isValid()) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return Error(query.lastError().text());
    }
    QList<Source> sources;
    while (query.next()) {
        sources.append(sourceFromQuery(query));
    }
    return sources;
}

Result<std::optional<Source>> first(Result<QList<Source>> found)
{
    if (!found) {
        return found.error();
    }
    return found->isEmpty() ? std::nullopt : std::optional<Source>(found->first());
}

} // namespace

SourceStore::SourceStore(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{ }

Result<QList<Source>> SourceStore::sources() const
{
    return select(m_database, {}, {});
}

Result<std::optional<Source>> SourceStore::source(qint64 id) const
{
    return first(select(m_database, u"WHERE s.id = ?"_s, id));
}

Result<std::optional<Source>> SourceStore::sourceForFeed(const QUrl &feedUrl) const
{
    return first(select(m_database, u"WHERE s.url = ?"_s, feedUrl.toString()));
}

Result<qint64> SourceStore::add(const Source &source)
{
    const auto existing = sourceForFeed(source.feedUrl);
    if (!existing) {
        return existing.error();
    }
    if (const std::optional<Source> &followed = *existing) {
        return Error(tr("%1 is followed already, as source %2")
                .arg(source.feedUrl.toDisplayString(), QString::number(followed->id)));
    }
    QSqlQuery query(m_database.handle());
    query.prepare(u"INSERT INTO sources (kind, identifier, url, title, name, folder, position, series_parts, "
                  u"notify_mode, discovered, added_at, lifecycle_product, used_version, used_in) VALUES (?, ?, ?, ?, "
                  u"?, ?, (SELECT coalesce(max(position), -1) + 1 FROM sources WHERE folder = ?), ?, ?, ?, ?, ?, ?, ?) "
                  u"RETURNING id"_s);
    const QVariantList values = {Source::kindKey(source.kind), text(source.identifier), source.feedUrl.toString(),
        text(source.feedTitle), text(source.name), text(source.folder), text(source.folder), source.seriesParts,
        text(source.notifyMode), source.discovered, now(),
        source.lifecycleProduct ? QVariant(text(*source.lifecycleProduct)) : QVariant(QMetaType::fromType<QString>()),
        text(source.usedVersion), text(source.usedIn)};
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    if (!query.exec() || !query.next()) {
        return Error(query.lastError().text());
    }
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    Q_EMIT sourceAdded(id);
    return id;
}

Result<void> SourceStore::remove(qint64 id)
{
    const auto found = source(id);
    if (!found) {
        return found.error();
    }
    const std::optional<Source> &removed = *found;
    if (!removed) {
        return Error(tr("There is no source %1").arg(id));
    }
    const Result<void> done = m_database.transaction([&]() -> Result<void> {
        // The posts go with their source (ON DELETE CASCADE), and their search entries with
        // them; so do the validators and documents of its feeds, or following it again would
        // be answered "not modified" and store nothing.
        for (const QString &sql : {u"DELETE FROM http_validators WHERE url = ? OR url = ?"_s,
                 u"DELETE FROM documents WHERE url = ? OR url = ?"_s}) {
            QSqlQuery forget(m_database.handle());
            forget.prepare(sql);
            forget.addBindValue(removed->feedUrl.toString());
            forget.addBindValue(text(removed->pypiJsonUrl().toString()));
            if (!forget.exec()) {
                return Error(forget.lastError().text());
            }
        }
        QSqlQuery query(m_database.handle());
        query.prepare(u"DELETE FROM sources WHERE id = ?"_s);
        query.addBindValue(id);
        return query.exec() ? Result<void>() : Result<void>(Error(query.lastError().text()));
    });
    if (done) {
        Q_EMIT sourceRemoved(id);
    }
    return done;
}

Result<void> SourceStore::update(qint64 id, const char *column, const QVariant &value)
{
    QSqlQuery query(m_database.handle());
    query.prepare(u"UPDATE sources SET %1 = ? WHERE id = ?"_s.arg(QLatin1StringView(column)));
    query.addBindValue(value);
    query.addBindValue(id);
    if (!query.exec()) {
        return Error(query.lastError().text());
    }
    if (query.numRowsAffected() == 0) {
        return Error(tr("There is no source %1").arg(id));
    }
    Q_EMIT sourceChanged(id);
    return {};
}

Result<void> SourceStore::rename(qint64 id, const QString &name)
{
    return update(id, "name", text(name.simplified()));
}

Result<void> SourceStore::move(qint64 id, const QString &folder, int position)
{
    const QString target = text(folder.simplified());
    const Result<void> moved = m_database.transaction([&]() -> Result<void> {
        // Make room, then take the place: the others in the folder keep their order.
        QSqlQuery shift(m_database.handle());
        shift.prepare(u"UPDATE sources SET position = position + 1 WHERE folder = ? AND position >= ? AND id != ?"_s);
        shift.addBindValue(target);
        shift.addBindValue(position);
        shift.addBindValue(id);
        if (!shift.exec()) {
            return Error(shift.lastError().text());
        }
        QSqlQuery place(m_database.handle());
        place.prepare(u"UPDATE sources SET folder = ?, position = ? WHERE id = ?"_s);
        place.addBindValue(target);
        place.addBindValue(position);
        place.addBindValue(id);
        if (!place.exec()) {
            return Error(place.lastError().text());
        }
        if (place.numRowsAffected() == 0) {
            return Error(tr("There is no source %1").arg(id));
        }
        if (target.isEmpty()) {
            return {}; // the top level is no folder
        }
        QSqlQuery folderRow(m_database.handle());
        folderRow.prepare(u"INSERT INTO folders (name, position) VALUES (?, "
                          u"(SELECT coalesce(max(position), -1) + 1 FROM folders)) ON CONFLICT (name) DO NOTHING"_s);
        folderRow.addBindValue(target);
        if (!folderRow.exec()) {
            return Error(folderRow.lastError().text());
        }
        return {};
    });
    if (moved) {
        Q_EMIT sourceChanged(id);
    }
    return moved;
}

Result<void> SourceStore::setSeriesParts(qint64 id, int parts)
{
    return update(id, "series_parts", std::clamp(parts, 0, 2));
}

Result<void> SourceStore::setNotifyMode(qint64 id, const QString &mode)
{
    return update(id, "notify_mode", text(mode));
}

Result<void> SourceStore::setLifecycleProduct(qint64 id, const std::optional<QString> &product)
{
    return update(id, "lifecycle_product",
        product ? QVariant(text(product->trimmed())) : QVariant(QMetaType::fromType<QString>()));
}

Result<void> SourceStore::setUsedVersion(qint64 id, const QString &version, const QString &usedIn)
{
    QSqlQuery query(m_database.handle());
    query.prepare(u"UPDATE sources SET used_version = ?, used_in = ? WHERE id = ?"_s);
    query.addBindValue(text(version));
    query.addBindValue(text(version.isEmpty() ? QString() : usedIn));
    query.addBindValue(id);
    if (!query.exec()) {
        return Error(query.lastError().text());
    }
    if (query.numRowsAffected() == 0) {
        return Error(tr("There is no source %1").arg(id));
    }
    Q_EMIT sourceChanged(id);
    return {};
}

Result<void> SourceStore::setFeedTitle(qint64 id, const QString &title)
{
    return update(id, "title", text(title));
}

Result<void> SourceStore::setSyncResult(qint64 id, const QString &error)
{
    QSqlQuery query(m_database.handle());
    query.prepare(u"UPDATE sources SET last_sync_at = ?, last_error = ? WHERE id = ?"_s);
    query.addBindValue(now());
    query.addBindValue(text(error));
    query.addBindValue(id);
    if (!query.exec()) {
        return Error(query.lastError().text());
    }
    Q_EMIT sourceChanged(id);
    return {};
}

Result<QList<SourceStore::Folder>> SourceStore::folders() const
{
    QSqlQuery query(m_database.handle());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT name, position, notify_mode FROM folders ORDER BY position, name"_s)) {
        return Error(query.lastError().text());
    }
    QList<Folder> folders;
    while (query.next()) {
        folders.append({query.value(0).toString(), query.value(1).toInt(), query.value(2).toString()});
    }
    return folders;
}

Result<void> SourceStore::setBaselined(qint64 id)
{
    return update(id, "baseline_at", now());
}

Result<void> SourceStore::setFolderNotifyMode(const QString &folder, const QString &mode)
{
    if (folder.simplified().isEmpty()) {
        return Error(tr("The top level is no folder"));
    }
    QSqlQuery query(m_database.handle());
    query.prepare(u"INSERT INTO folders (name, notify_mode) VALUES (?, ?) "
                  u"ON CONFLICT (name) DO UPDATE SET notify_mode = excluded.notify_mode"_s);
    query.addBindValue(text(folder.simplified()));
    query.addBindValue(text(mode));
    return query.exec() ? Result<void>() : Result<void>(Error(query.lastError().text()));
}

} // namespace Herald
