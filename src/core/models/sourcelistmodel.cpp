// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/models/sourcelistmodel.h"

#include "core/models/itemdataroles.h"
#include "core/releases/dependencystatus.h"
#include "core/releases/projectreleases.h"
#include "core/releases/today.h"
#include "core/sources/projectlifecycles.h"
#include "core/store/poststore.h"
#include "core/store/sourcestore.h"

#include <QFont>
#include <QIcon>
#include <QLocale>
#include <QMimeData>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Herald {

QString SourceListModel::Row::key() const
{
    switch (kind) {
    case All: return u"all"_s;
    case Loose: return u"s:"_s + QString::number(source.id);
    case Folder: return u"f:"_s + folder;
    }
    return {};
}

SourceListModel::SourceListModel(SourceStore &sources, PostStore &posts, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(sources)
    , m_posts(posts)
    , m_refresh(new QTimer(this))
    , m_usageTimer(new QTimer(this))
{
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(0);
    connect(m_refresh, &QTimer::timeout, this, &SourceListModel::refresh);
    // A post read changes counts only; releases and sources change what a version used means.
    // A sync changes sources one after another: they are judged again once it settles, not
    // once for each.
    m_usageTimer->setSingleShot(true);
    m_usageTimer->setInterval(250);
    connect(m_usageTimer, &QTimer::timeout, this, &SourceListModel::refresh);
    const auto staleUsage = [this] {
        m_usageStale = true;
        m_usageTimer->start();
        scheduleRefresh();
    };
    connect(&sources, &SourceStore::sourceAdded, this, staleUsage);
    connect(&sources, &SourceStore::sourceRemoved, this, staleUsage);
    connect(&sources, &SourceStore::sourceChanged, this, staleUsage);
    connect(&posts, &PostStore::postsChanged, this, staleUsage);
    connect(&posts, &PostStore::postChanged, this, &SourceListModel::scheduleRefresh);
    refresh();
}

void SourceListModel::scheduleRefresh()
{
    m_refresh->start();
}

template<typename Item, typename Key>
void SourceListModel::align(const QModelIndex &parent, QList<Item> &current, const QList<Item> &wanted, Key key)
{
    QSet<QString> wantedKeys;
    for (const Item &item : wanted) {
        wantedKeys.insert(key(item));
    }
    for (qsizetype i = current.size() - 1; i >= 0; --i) {
        if (!wantedKeys.contains(key(current.at(i)))) {
            beginRemoveRows(parent, int(i), int(i));
            current.removeAt(i);
            endRemoveRows();
        }
    }
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        const QString wantedKey = key(wanted.at(i));
        if (i < current.size() && key(current.at(i)) == wantedKey) {
            continue;
        }
        qsizetype from = -1;
        for (qsizetype j = i + 1; j < current.size() && from < 0; ++j) {
            from = key(current.at(j)) == wantedKey ? j : -1;
        }
        if (from >= 0) {
            beginMoveRows(parent, int(from), int(from), parent, int(i));
            current.move(from, i);
            endMoveRows();
        } else {
            beginInsertRows(parent, int(i), int(i));
            current.insert(i, wanted.at(i));
            endInsertRows();
        }
    }
}

void SourceListModel::refresh()
{
    m_refresh->stop();
    const auto sources = m_store.sources();
    if (!sources) {
        return; // the store says why in its log; the list keeps what it showed
    }
    if (m_usageStale && !m_usageTimer->isActive()) {
        judgeUsage(*sources);
    }
    QList<Row> wanted {Row {Row::All, {}, {}, {}, 0}};
    QList<Row> folders;
    for (const Source &source : *sources) {
        wanted.first().unread += source.unread;
        if (source.folder.isEmpty()) {
            wanted.append(Row {Row::Loose, source, {}, {}, source.unread});
            continue;
        }
        if (folders.isEmpty() || folders.last().folder != source.folder) {
            folders.append(Row {Row::Folder, {}, source.folder, {}, 0});
        }
        folders.last().children.append(source);
        folders.last().unread += source.unread;
    }
    wanted += folders;
    const auto rowKey = [](const Row &row) { return row.key(); };
    align(QModelIndex(), m_rows, wanted, rowKey);
    const auto sourceKey = [](const Source &source) { return QString::number(source.id); };
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        Row &row = m_rows[i];
        if (row.kind == Row::Folder) {
            align(index(int(i), 0), row.children, wanted.at(i).children, sourceKey);
            row.children = wanted.at(i).children; // same order now; fresh counts and state
            if (!row.children.isEmpty()) {
                Q_EMIT dataChanged(index(0, 0, index(int(i), 0)),
                    index(int(row.children.size()) - 1, ColumnCount - 1, index(int(i), 0)));
            }
        }
        row.source = wanted.at(i).source;
        row.unread = wanted.at(i).unread;
    }
    Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void SourceListModel::judgeUsage(const QList<Source> &sources)
{
    m_usageStale = false;
    m_usage.clear();
    const QDate today = Today::date();
    QList<Source> used;
    for (const Source &source : sources) {
        if (!source.usedVersion.isEmpty() && source.kind != SourceKind::PythonInsider) {
            used << source;
        }
    }
    if (used.isEmpty()) {
        return;
    }
    // One build and one read of each lifecycle for them all.
    const QList<ProjectReleases> projects = ProjectLifecycles::releasesOf(m_posts, used, today);
    for (const ProjectReleases &project : projects) {
        if (const auto status = DependencyStatus::judge(project, project.source.usedVersion, today)) {
            m_usage.insert(project.source.id, {status->summary(DependencyStatus::Dates::Locale), status->severity()});
        }
    }
}

quintptr SourceListModel::folderId(const QString &folder) const
{
    auto found = m_folderIds.constFind(folder);
    if (found == m_folderIds.cend()) {
        found = m_folderIds.insert(folder, quintptr(m_folderIds.size() + 1));
    }
    return *found;
}

int SourceListModel::folderRow(quintptr id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).kind == Row::Folder && m_folderIds.value(m_rows.at(i).folder) == id) {
            return int(i);
        }
    }
    return -1;
}

QModelIndex SourceListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount) {
        return {};
    }
    if (!parent.isValid()) {
        return row < m_rows.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    }
    const Row *folder = rowAt(parent);
    if (!folder || folder->kind != Row::Folder || parent.column() != 0 || row >= folder->children.size()) {
        return {};
    }
    return createIndex(row, column, folderId(folder->folder));
}

QModelIndex SourceListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0) {
        return {};
    }
    const int row = folderRow(child.internalId());
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(0));
}

int SourceListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return int(m_rows.size());
    }
    const Row *row = rowAt(parent);
    return row && row->kind == Row::Folder && parent.column() == 0 ? int(row->children.size()) : 0;
}

int SourceListModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const SourceListModel::Row *SourceListModel::rowAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() != 0 || index.row() >= m_rows.size()) {
        return nullptr;
    }
    return &m_rows.at(index.row());
}

const Source *SourceListModel::sourceAt(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return nullptr;
    }
    if (index.internalId() == 0) {
        const Row *row = rowAt(index);
        return row && row->kind == Row::Loose ? &row->source : nullptr;
    }
    const int folder = folderRow(index.internalId());
    if (folder < 0 || index.row() >= m_rows.at(folder).children.size()) {
        return nullptr;
    }
    return &m_rows.at(folder).children.at(index.row());
}

bool SourceListModel::isAllSources(const QModelIndex &index)
{
    return index.isValid() && index.data(Roles::SourceRowIdRole).isNull()
        && index.data(Roles::SourceFolderRole).isNull();
}

QSet<qint64> SourceListModel::sourcesOf(const QModelIndex &index) const
{
    if (const Source *source = sourceAt(index)) {
        return {source->id};
    }
    QSet<qint64> ids;
    if (const Row *row = rowAt(index); row && row->kind == Row::Folder) {
        for (const Source &source : row->children) {
            ids.insert(source.id);
        }
    }
    return ids;
}

QModelIndex SourceListModel::indexOfSource(qint64 sourceId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        if (row.kind == Row::Loose && row.source.id == sourceId) {
            return index(int(i), 0);
        }
        for (qsizetype j = 0; j < row.children.size(); ++j) {
            if (row.children.at(j).id == sourceId) {
                return index(int(j), 0, index(int(i), 0));
            }
        }
    }
    return {};
}

QVariant SourceListModel::data(const QModelIndex &index, int role) const
{
    const Source *source = sourceAt(index);
    const Row *row = source ? nullptr : rowAt(index);
    if (!source && !row) {
        return {};
    }
    const int unread = source ? source->unread : row->unread;
    if (index.column() == UnreadColumn) {
        if (role == Qt::DisplayRole) {
            return unread > 0 ? QLocale().toString(unread) : QString();
        }
        if (role == Qt::TextAlignmentRole) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        if (role == Qt::AccessibleTextRole) {
            return tr("%n unread", "", unread);
        }
        if (role != Qt::FontRole) {
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (source) {
            return role == Qt::EditRole ? source->name : source->displayName();
        }
        return row->kind == Row::All ? tr("All Sources") : row->folder;
    case Qt::DecorationRole:
        if (source && !source->lastError.isEmpty()) {
            return QIcon::fromTheme(u"dialog-warning"_s);
        }
        if (!source) {
            return QIcon::fromTheme(row->kind == Row::All ? u"view-list-details"_s : u"folder"_s);
        }
        return QIcon::fromTheme(
            source->kind == SourceKind::PythonInsider ? u"news-subscribe"_s : u"application-rss+xml"_s);
    case Qt::ToolTipRole:
        if (!source) {
            return {};
        }
        if (!source->lastError.isEmpty()) {
            return tr("The last sync failed: %1").arg(source->lastError);
        } else {
            QString tip = source->lastSync.isValid()
                ? tr("%1\nLast synced %2")
                      .arg(source->feedUrl.toDisplayString(),
                          QLocale().toString(source->lastSync.toLocalTime(), QLocale::ShortFormat))
                : tr("%1\nNot synced yet").arg(source->feedUrl.toDisplayString());
            if (const auto usage = m_usage.constFind(source->id); usage != m_usage.cend()) {
                tip += u'\n' + usage->summary;
                if (!source->usedIn.isEmpty()) {
                    tip += u'\n' + tr("Version from %1").arg(source->usedIn);
                }
            }
            return tip;
        }
    case Qt::FontRole: {
        QFont font;
        font.setBold(unread > 0);
        return font;
    }
    case Roles::SourceRowIdRole: return source ? QVariant(source->id) : QVariant();
    case Roles::SourceKindRole: return source ? Source::kindKey(source->kind) : QString();
    case Roles::SourceFolderRole:
        return source ? QVariant(source->folder) : row->kind == Row::Folder ? QVariant(row->folder) : QVariant();
    case Roles::SourceUnreadRole: return unread;
    case Roles::SourceErrorRole: return source ? source->lastError : QString();
    case Roles::SourceLastSyncRole: return source ? source->lastSync : QDateTime();
    case Roles::SourceNotifyModeRole: return source ? source->notifyMode : QString();
    case Roles::SourceSeriesPartsRole: return source ? source->seriesParts : 0;
    case Roles::SourceFeedRole: return source ? source->feedUrl : QUrl();
    case Roles::SourceUsageRole: return source ? m_usage.value(source->id).summary : QString();
    case Roles::SourceUsageSeverityRole: return source ? m_usage.value(source->id).severity : -1;
    case Roles::SourceUsedVersionRole: return source ? source->usedVersion : QString();
    case Roles::SourceLifecycleProductRole: return source ? ProjectLifecycles::productOf(*source) : QString();
    case Roles::SourceLifecycleChosenRole: return source && source->lifecycleProduct.has_value();
    default: return {};
    }
}

bool SourceListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Source *source = sourceAt(index);
    if (!source || role != Qt::EditRole || index.column() != NameColumn) {
        return false;
    }
    const qint64 id = source->id;
    if (const Result<void> renamed = m_store.rename(id, value.toString()); !renamed) {
        Q_EMIT changeFailed(renamed.error().message());
        return false;
    }
    refresh();
    return true;
}

QVariant SourceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    return section == NameColumn ? tr("Source") : tr("Unread");
}

Qt::ItemFlags SourceListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::ItemIsDropEnabled;
    }
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (sourceAt(index) != nullptr) {
        flags |= Qt::ItemIsDragEnabled;
        if (index.column() == NameColumn) {
            flags |= Qt::ItemIsEditable;
        }
    } else if (const Row *row = rowAt(index); row && row->kind == Row::Folder) {
        flags |= Qt::ItemIsDropEnabled;
    }
    return flags;
}

QHash<int, QByteArray> SourceListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(Roles::SourceRowIdRole, "sourceId");
    names.insert(Roles::SourceKindRole, "kind");
    names.insert(Roles::SourceFolderRole, "folder");
    names.insert(Roles::SourceUnreadRole, "unread");
    names.insert(Roles::SourceErrorRole, "error");
    return names;
}

Qt::DropActions SourceListModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList SourceListModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *SourceListModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &index : indexes) {
        if (const Source *source = sourceAt(index)) {
            auto *data = new QMimeData;
            data->setData(mimeType(), QByteArray::number(source->id));
            return data;
        }
    }
    return nullptr;
}

bool SourceListModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    Q_UNUSED(column);
    if (action != Qt::MoveAction || !data || !data->hasFormat(mimeType())) {
        return false;
    }
    bool ok = false;
    const qint64 id = data->data(mimeType()).toLongLong(&ok);
    if (!ok) {
        return false;
    }
    // Dropped on a folder or among its sources: into it; elsewhere: the top level. The place
    // is the position of the source it lands before, or the end.
    const Row *folder = rowAt(parent);
    const bool intoFolder = folder && folder->kind == Row::Folder;
    QList<Source> siblings;
    if (intoFolder) {
        siblings = folder->children;
    } else {
        for (const Row &top : std::as_const(m_rows)) {
            if (top.kind == Row::Loose) {
                siblings.append(top.source);
            }
        }
        // The top level's rows count "All Sources" first.
        row = row < 0 ? row : std::max(0, row - 1);
    }
    int position = siblings.isEmpty() ? 0 : siblings.last().position + 1;
    if (row >= 0 && row < siblings.size()) {
        position = siblings.at(row).position;
    }
    if (const Result<void> moved = m_store.move(id, intoFolder ? folder->folder : QString(), position); !moved) {
        Q_EMIT changeFailed(moved.error().message());
        return false;
    }
    return true;
}

bool SourceListModel::removeRows(int, int, const QModelIndex &)
{
    return false;
}

} // namespace Herald
