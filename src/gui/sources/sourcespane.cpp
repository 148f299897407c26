// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/sources/sourcespane.h"

#include "gui/sources/sourceitemdelegate.h"

#include "core/models/itemdataroles.h"
#include "core/models/sourcelistmodel.h"
#include "core/notify/notificationrules.h"
#include "core/sources/projectlifecycles.h"
#include "core/store/sourcestore.h"

#include <QActionGroup>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Herald {

SourcesPane::SourcesPane(SourceListModel *model, SourceStore &store, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_store(store)
    , m_view(new QTreeView(this))
{
    setObjectName(u"sourcesPane"_s);
    auto *title = new QLabel(tr("Sources"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto *follow = new QToolButton(this);
    follow->setObjectName(u"followButton"_s);
    follow->setIcon(QIcon::fromTheme(u"list-add"_s));
    follow->setText(tr("Follow…"));
    follow->setToolTip(tr("Follow a project's releases or a feed (Ctrl+N)"));
    follow->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    follow->setAutoRaise(true);
    connect(follow, &QToolButton::clicked, this, &SourcesPane::followRequested);
    auto *header = new QHBoxLayout;
    header->setContentsMargins(6, 2, 2, 0);
    header->addWidget(title, 1);
    header->addWidget(follow);

    m_view->setObjectName(u"sourcesView"_s);
    m_view->setModel(model);
    m_view->setHeaderHidden(true);
    m_view->setRootIsDecorated(true);
    // A source with the version the user runs takes a second line that says what it means.
    m_view->setUniformRowHeights(false);
    m_view->setItemDelegate(new SourceItemDelegate(m_view));
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDropIndicatorShown(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(SourceListModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(SourceListModel::UnreadColumn, QHeaderView::ResizeToContents);
    m_view->expandAll();
    m_view->setAccessibleName(tr("Sources"));
    connect(model, &QAbstractItemModel::rowsInserted, m_view, [this](const QModelIndex &under, int first, int last) {
        for (int row = first; row <= last; ++row) {
            m_view->expand(m_model->index(row, 0, under)); // a new folder shows its sources
        }
    });
    connect(model, &SourceListModel::changeFailed, this, &SourcesPane::report);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { Q_EMIT sourcesChosen(m_model->sourcesOf(current)); });
    connect(m_view, &QWidget::customContextMenuRequested, this, &SourcesPane::showContextMenu);
    m_view->setCurrentIndex(model->index(0, 0));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
}

void SourcesPane::selectSource(qint64 sourceId)
{
    m_model->refresh();
    if (const QModelIndex index = m_model->indexOfSource(sourceId); index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
}

void SourcesPane::report(const QString &error)
{
    Q_EMIT changeFailed(error);
}

void SourcesPane::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position).siblingAtColumn(SourceListModel::NameColumn);
    QMenu menu(this);
    const QVariant id = index.data(Roles::SourceRowIdRole);
    if (!id.isValid()) {
        if (index.isValid() && !SourceListModel::isAllSources(index)) {
            // A folder: its rule for the sources in it that have none of their own.
            const QString folder = index.data(Roles::SourceFolderRole).toString();
            QString current;
            for (const auto &entry : m_store.folders().value_or(QList<SourceStore::Folder>())) {
                current = entry.name == folder ? entry.notifyMode : current;
            }
            addRulesMenu(&menu, current, tr("As in the Settings"),
                [this, folder](const QString &key) { return m_store.setFolderNotifyMode(folder, key); });
        }
        menu.addAction(QIcon::fromTheme(u"list-add"_s), tr("&Follow…"), this, &SourcesPane::followRequested);
        menu.exec(m_view->viewport()->mapToGlobal(position));
        return;
    }
    const qint64 sourceId = id.toLongLong();
    const bool builtIn = index.data(Roles::SourceKindRole).toString() == u"python-insider"_s;
    menu.addAction(QIcon::fromTheme(u"view-refresh"_s), tr("&Refresh"), this,
        [this, sourceId] { Q_EMIT syncRequested(sourceId); });
    menu.addAction(QIcon::fromTheme(u"edit-rename"_s), tr("Re&name"), this, [this, index] { m_view->edit(index); });
    if (!builtIn) {
        menu.addAction(QIcon::fromTheme(u"folder"_s), tr("&Move to Folder…"), this,
            [this, sourceId, index] { moveToFolder(sourceId, index.data(Roles::SourceFolderRole).toString()); });
        addRulesMenu(&menu, index.data(Roles::SourceNotifyModeRole).toString(), tr("As Its Folder or the Settings"),
            [this, sourceId](const QString &key) { return m_store.setNotifyMode(sourceId, key); });
        addSeriesMenu(&menu, sourceId, index.data(Roles::SourceSeriesPartsRole).toInt());
        addLifecycleMenu(&menu, sourceId, index);
        menu.addAction(tr("Version I &Use…"), this, [this, sourceId, index] { askUsedVersion(sourceId, index); });
        menu.addSeparator();
        menu.addAction(QIcon::fromTheme(u"list-remove"_s), tr("&Unfollow"), this,
            [this, sourceId] { Q_EMIT unfollowRequested(sourceId); });
    }
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void SourcesPane::addRulesMenu(QMenu *menu, const QString &current, const QString &inherited,
    const std::function<Result<void>(const QString &)> &apply)
{
    QMenu *rules = menu->addMenu(tr("&Notifications"));
    auto *group = new QActionGroup(rules);
    const QList<std::pair<QString, QString>> modes
        = {{QString(), inherited}, {NotificationRules::modeKey(NotificationRules::Mode::AllPosts), tr("All Posts")},
            {NotificationRules::modeKey(NotificationRules::Mode::Releases), tr("Releases")},
            {NotificationRules::modeKey(NotificationRules::Mode::FinalReleases), tr("Final Releases Only")},
            {NotificationRules::modeKey(NotificationRules::Mode::SecurityReleases), tr("Security Releases Only")},
            {NotificationRules::modeKey(NotificationRules::Mode::NewerThanUsed), tr("Releases Newer Than Mine")},
            {NotificationRules::modeKey(NotificationRules::Mode::SecurityOfUsed), tr("Security Releases of My Series")},
            {NotificationRules::offKey(), tr("None")}};
    for (const auto &[key, text] : modes) {
        QAction *action = rules->addAction(text);
        action->setCheckable(true);
        action->setChecked(key == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, apply, key] {
            if (const Result<void> set = apply(key); !set) {
                report(set.error().message());
            }
        });
    }
}

void SourcesPane::addLifecycleMenu(QMenu *menu, qint64 sourceId, const QModelIndex &index)
{
    QMenu *lifecycle = menu->addMenu(tr("&Lifecycle"));
    const bool chosen = index.data(Roles::SourceLifecycleChosenRole).toBool();
    const QString product = index.data(Roles::SourceLifecycleProductRole).toString();
    auto *group = new QActionGroup(lifecycle);
    const auto add = [&](const QString &text, bool checked, const std::function<void()> &apply) {
        QAction *action = lifecycle->addAction(text);
        action->setCheckable(true);
        action->setChecked(checked);
        group->addAction(action);
        connect(action, &QAction::triggered, this, apply);
    };
    const auto set = [this, sourceId](const std::optional<QString> &value) {
        if (const Result<void> done = m_store.setLifecycleProduct(sourceId, value); !done) {
            report(done.error().message());
        }
    };
    add(tr("Automatic"), !chosen, [set] { set(std::nullopt); });
    add(chosen && !product.isEmpty() ? tr("endoflife.date: %1…").arg(product) : tr("Choose on endoflife.date…"),
        chosen && !product.isEmpty(), [this, set, product] {
            bool ok = false;
            const QString name = QInputDialog::getText(this, tr("Lifecycle"),
                tr("The product on endoflife.date whose lifecycle this source follows (such as django or nodejs):"),
                QLineEdit::Normal, product, &ok)
                                     .trimmed()
                                     .toLower();
            if (!ok || name.isEmpty()) {
                return;
            }
            if (!ProjectLifecycles::isProductName(name)) {
                report(tr("“%1” is no product name on endoflife.date (such as django or nodejs)").arg(name));
                return;
            }
            set(name);
        });
    add(tr("None"), chosen && product.isEmpty(), [set] { set(QString()); });
}

void SourcesPane::askUsedVersion(qint64 sourceId, const QModelIndex &index)
{
    bool ok = false;
    const QString version = QInputDialog::getText(this, tr("Version I Use"),
        tr("The version of %1 you run, to be told what it misses and when its series ends (empty: not known):")
            .arg(index.data(Qt::DisplayRole).toString()),
        QLineEdit::Normal, index.data(Roles::SourceUsedVersionRole).toString(), &ok)
                                .trimmed();
    if (!ok) {
        return;
    }
    if (const Result<void> done = m_store.setUsedVersion(sourceId, version, QString()); !done) {
        report(done.error().message());
    }
}

void SourcesPane::addSeriesMenu(QMenu *menu, qint64 sourceId, int current)
{
    QMenu *series = menu->addMenu(tr("&Series"));
    auto *group = new QActionGroup(series);
    const QList<std::pair<int, QString>> choices
        = {{0, tr("Automatic")}, {1, tr("By Major Version (2, 3)")}, {2, tr("By Minor Version (2.1, 2.2)")}};
    for (const auto &[parts, text] : choices) {
        QAction *action = series->addAction(text);
        action->setCheckable(true);
        action->setChecked(parts == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, sourceId, parts] {
            if (const Result<void> set = m_store.setSeriesParts(sourceId, parts); !set) {
                report(set.error().message());
            }
        });
    }
}

void SourcesPane::moveToFolder(qint64 sourceId, const QString &current)
{
    const QString topLevel = tr("(No Folder)");
    QStringList folders {topLevel};
    for (const auto &folder : m_store.folders().value_or(QList<SourceStore::Folder>())) {
        folders << folder.name;
    }
    bool ok = false;
    const QString chosen
        = QInputDialog::getItem(this, tr("Move to Folder"), tr("Folder (type a new name to make one):"), folders,
            current.isEmpty() ? 0 : std::max(0, int(folders.indexOf(current))), true, &ok);
    if (!ok) {
        return;
    }
    const QString folder = chosen == topLevel ? QString() : chosen.simplified();
    if (const Result<void> moved = m_store.move(sourceId, folder, std::numeric_limits<int>::max() / 2); !moved) {
        report(moved.error().message());
    }
}

} // namespace Herald
