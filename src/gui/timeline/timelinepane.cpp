// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/timeline/timelinepane.h"

#include "core/models/itemdataroles.h"
#include "core/models/projecttimelinemodel.h"
#include "core/models/timelinefiltermodel.h"
#include "core/models/timelinemodel.h"
#include "core/releases/version.h"
#include "core/sources/pythoninsider.h"
#include "gui/timeline/timelineitemdelegate.h"
#include "gui/timeline/yourpythonscard.h"
#include "gui/widgets/emptystatewidget.h"

#include <QActionGroup>
#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald {

TimelinePane::TimelinePane(TimelineFilterModel *model, InterpreterModel *interpreters, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_card(new YourPythonsCard(interpreters, this))
    , m_note(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyStateWidget(u"view-calendar-timeline"_s, QString(), QString(), m_stack))
    , m_view(new QTreeView(m_stack))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    setObjectName(u"timelinePane"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_card);
    connect(m_card, &YourPythonsCard::interpreterChosen, this, &TimelinePane::selectRelease);
    auto *separator = new QFrame(this);
    separator->setFrameShape(QFrame::HLine);
    separator->setFrameShadow(QFrame::Sunken);
    layout->addWidget(separator);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(6, 4, 2, 0);
    auto *heading = new QLabel(tr("Release timeline"), this);
    QFont headingFont = heading->font();
    headingFont.setWeight(QFont::DemiBold);
    heading->setFont(headingFont);
    header->addWidget(heading, 1);

    auto *filterButton = new QToolButton(this);
    filterButton->setObjectName(u"timelineFilterButton"_s);
    filterButton->setText(tr("Show"));
    filterButton->setToolTip(tr("Choose which series and releases the timeline shows"));
    filterButton->setIcon(QIcon::fromTheme(u"view-filter"_s));
    filterButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    filterButton->setPopupMode(QToolButton::InstantPopup);
    filterButton->setAutoRaise(true);
    auto *menu = new QMenu(filterButton);
    auto addFilter
        = [&](const QString &name, const QString &text, bool checked, void (TimelineFilterModel::*set)(bool)) {
              QAction *action = menu->addAction(text);
              action->setObjectName(name);
              action->setCheckable(true);
              action->setChecked(checked);
              connect(action, &QAction::toggled, m_model, set);
              connect(action, &QAction::toggled, this, &TimelinePane::expandSeries);
          };
    // One choice of series, then toggles that apply to either.
    menu->addSection(tr("Series"));
    auto *seriesGroup = new QActionGroup(menu);
    QAction *supported = menu->addAction(tr("Supported Series"));
    supported->setObjectName(u"supportedSeriesAction"_s);
    supported->setToolTip(tr("Series that still get bugfix or security releases"));
    QAction *all = menu->addAction(tr("All Series"));
    all->setObjectName(u"allSeriesAction"_s);
    all->setToolTip(tr("Every series, end of life included"));
    for (QAction *action : {supported, all}) {
        action->setCheckable(true);
        seriesGroup->addAction(action);
    }
    supported->setChecked(m_model->supportedOnly());
    all->setChecked(!m_model->supportedOnly());
    connect(supported, &QAction::toggled, m_model, &TimelineFilterModel::setSupportedOnly);
    connect(supported, &QAction::toggled, this, &TimelinePane::expandSeries);
    menu->addSection(tr("Releases"));
    addFilter(
        u"includePrereleasesAction"_s, tr("Include Pre-releases"), false, &TimelineFilterModel::setIncludePrereleases);
    addFilter(u"missingOnlyAction"_s, tr("Only Releases Without an Announcement"), false,
        &TimelineFilterModel::setOnlyMissingAnnouncements);
    filterButton->setMenu(menu);
    header->addWidget(filterButton);
    layout->addLayout(header);

    m_note->setObjectName(u"timelineNote"_s);
    m_note->setWordWrap(true);
    m_note->setContentsMargins(6, 0, 6, 0);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->hide();
    layout->addWidget(m_note);

    m_view->setObjectName(u"timeline"_s);
    m_view->setAccessibleName(tr("Release timeline"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new TimelineItemDelegate(m_view));
    m_view->setHeaderHidden(true);
    m_view->setRootIsDecorated(true);
    m_view->setIndentation(10);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setMouseTracking(true);
    for (int column = 1; column < TimelineModel::ColumnCount; ++column) {
        m_view->setColumnHidden(column, true);
    }
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &TimelinePane::openChosen);

    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &TimelinePane::showContextMenu);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_view);
    // Python keeps its place at the top; the projects follow below once there are any.
    m_splitter->setObjectName(u"timelineSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_stack);
    layout->addWidget(m_splitter, 1);

    connect(m_model, &QAbstractItemModel::modelReset, this, &TimelinePane::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TimelinePane::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TimelinePane::updateEmptyState);
    updateEmptyText();
    updateEmptyState();
}

void TimelinePane::setProjectModel(ProjectTimelineModel *model)
{
    Q_ASSERT(!m_projectModel);
    m_projectModel = model;
    m_projects = new QWidget(m_splitter);
    auto *layout = new QVBoxLayout(m_projects);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *heading = new QLabel(tr("Projects"), m_projects);
    heading->setContentsMargins(6, 4, 6, 0);
    QFont headingFont = heading->font();
    headingFont.setWeight(QFont::DemiBold);
    heading->setFont(headingFont);
    layout->addWidget(heading);

    m_projectView = new QTreeView(m_projects);
    m_projectView->setObjectName(u"projectTimeline"_s);
    m_projectView->setAccessibleName(tr("Releases of followed projects"));
    // Connected before the view's own handlers, so the guard is up when they move the
    // current row; the matching ends, connected after setModel(), run after theirs.
    for (auto begin : {&QAbstractItemModel::rowsAboutToBeRemoved, &QAbstractItemModel::rowsAboutToBeInserted}) {
        connect(model, begin, this, [this] { ++m_projectsSettling; });
    }
    connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this, [this] { ++m_projectsSettling; });
    m_projectView->setModel(model);
    for (auto end : {&QAbstractItemModel::rowsRemoved, &QAbstractItemModel::rowsInserted}) {
        connect(model, end, this, [this] { m_projectsSettling = std::max(0, m_projectsSettling - 1); });
    }
    connect(model, &QAbstractItemModel::rowsMoved, this,
        [this] { m_projectsSettling = std::max(0, m_projectsSettling - 1); });
    m_projectView->setHeaderHidden(true);
    m_projectView->setIndentation(12);
    m_projectView->setFrameShape(QFrame::NoFrame);
    m_projectView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_projectView->setUniformRowHeights(true);
    m_projectView->header()->setStretchLastSection(false);
    m_projectView->header()->setSectionResizeMode(ProjectTimelineModel::VersionColumn, QHeaderView::Stretch);
    m_projectView->header()->setSectionResizeMode(ProjectTimelineModel::DateColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_projectView, 1);
    m_splitter->addWidget(m_projects);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    // Choosing a release (or a series or project: its latest) opens its announcement.
    connect(m_projectView->selectionModel(), &QItemSelectionModel::currentChanged, this, &TimelinePane::openChosen);
    m_projectView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_projectView, &QWidget::customContextMenuRequested, this, &TimelinePane::showProjectContextMenu);
    // A project's series open as they arrive; its releases stay folded until asked for.
    connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first, int last) {
        if (!parent.isValid()) {
            for (int row = first; row <= last; ++row) {
                m_projectView->expand(m_projectModel->index(row, 0));
            }
        }
        updateProjectsShown();
    });
    connect(model, &QAbstractItemModel::rowsRemoved, this, &TimelinePane::updateProjectsShown);
    for (int row = 0; row < model->rowCount(); ++row) {
        m_projectView->expand(model->index(row, 0));
    }
    updateProjectsShown();
}

void TimelinePane::highlightProjectRelease(qint64 postId)
{
    if (!m_projectModel) {
        return;
    }
    // The row the user chose stands for this post already (a project or a series opens its
    // latest release): leave the choice as it is.
    if (m_projectView->currentIndex().data(Roles::AnnouncementPostIdRole).toLongLong() == postId) {
        return;
    }
    m_highlighting = true;
    // No current row either, so that choosing the one that was current opens it again.
    m_projectView->selectionModel()->clear();
    for (int project = 0; project < m_projectModel->rowCount(); ++project) {
        const QModelIndex projectIndex = m_projectModel->index(project, 0);
        for (int series = 0; series < m_projectModel->rowCount(projectIndex); ++series) {
            const QModelIndex seriesIndex = m_projectModel->index(series, 0, projectIndex);
            for (int row = 0; row < m_projectModel->rowCount(seriesIndex); ++row) {
                const QModelIndex release = m_projectModel->index(row, 0, seriesIndex);
                if (release.data(Roles::AnnouncementPostIdRole).toLongLong() == postId) {
                    m_projectView->expand(projectIndex);
                    showQuietly(m_projectView, release);
                    m_highlighting = false;
                    return;
                }
            }
        }
    }
    m_highlighting = false;
}

void TimelinePane::showQuietly(QTreeView *view, const QModelIndex &release)
{
    Q_ASSERT(m_highlighting); // shown, not chosen: nothing opens
    view->expand(release.parent());
    view->setCurrentIndex(release);
    view->scrollTo(release);
}

void TimelinePane::openChosen(const QModelIndex &current)
{
    // While the projects change shape, the selection model moves the current row on its own
    // (to a neighbour of a removed project): that is no choice of the user's.
    if (m_highlighting || m_projectsSettling > 0 || !current.isValid()) {
        return;
    }
    const QVariant post = current.data(Roles::AnnouncementPostIdRole);
    if (post.isValid()) {
        Q_EMIT announcementRequested(post.toLongLong());
    }
}

void TimelinePane::updateProjectsShown()
{
    m_projects->setVisible(m_projectModel->rowCount() > 0);
}

void TimelinePane::showProjectContextMenu(const QPoint &position)
{
    const QModelIndex index = m_projectView->indexAt(position);
    if (!index.isValid()) {
        return;
    }
    const QString version = index.data(Roles::ReleaseVersionRole).toString();
    const QVariant post = index.data(Roles::AnnouncementPostIdRole);
    QMenu menu(this);
    QAction *open = menu.addAction(tr("Open &Announcement"));
    open->setEnabled(post.isValid());
    connect(open, &QAction::triggered, this, [this, post] { Q_EMIT announcementRequested(post.toLongLong()); });
    QAction *copy = menu.addAction(QIcon::fromTheme(u"edit-copy"_s), tr("&Copy Version"));
    copy->setEnabled(!version.isEmpty());
    connect(copy, &QAction::triggered, this, [version] { QGuiApplication::clipboard()->setText(version); });
    menu.exec(m_projectView->viewport()->mapToGlobal(position));
}

void TimelinePane::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

QString TimelinePane::note() const
{
    return m_note->isVisible() ? m_note->text() : QString();
}

void TimelinePane::setReading(bool reading)
{
    m_reading = reading;
    updateEmptyText();
}

void TimelinePane::updateEmptyText()
{
    if (m_reading) {
        m_empty->setTitle(tr("Reading the releases…"));
        m_empty->setText(tr("Each Python series, its releases and its end of life appear here in a moment."));
    } else {
        m_empty->setTitle(tr("No releases yet"));
        m_empty->setText(tr("Each Python series, its releases and its end of life appear here once the "
                            "announcements and the lifecycle data are synced."));
    }
}

void TimelinePane::expandSeries()
{
    m_view->expandAll();
}

void TimelinePane::highlightPost(qint64 postId)
{
    highlightProjectRelease(postId);
    // A release of this post is already chosen (the user may have clicked the second release
    // a post announces): leave it.
    if (m_view->currentIndex().data(Roles::AnnouncementPostIdsRole).toList().contains(QVariant(postId))) {
        return;
    }
    for (int series = 0; series < m_model->rowCount(); ++series) {
        const QModelIndex parent = m_model->index(series, 0);
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex release = m_model->index(row, 0, parent);
            if (release.data(Roles::AnnouncementPostIdsRole).toList().contains(QVariant(postId))) {
                m_highlighting = true;
                showQuietly(m_view, release);
                m_highlighting = false;
                return;
            }
        }
    }
    m_highlighting = true;
    m_view->clearSelection();
    m_highlighting = false;
}

bool TimelinePane::selectRelease(const QString &series, const QString &version)
{
    const auto find = [this, &series, &version]() -> QModelIndex {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex parent = m_model->index(row, 0);
            if (parent.data(Roles::SeriesRole).toString() != series) {
                continue;
            }
            for (int child = 0; child < m_model->rowCount(parent); ++child) {
                const QModelIndex release = m_model->index(child, 0, parent);
                if (release.data(Roles::ReleaseVersionRole).toString() == version) {
                    return release;
                }
            }
            return parent;
        }
        return {};
    };
    QModelIndex target = find();
    const auto parsed = Version::parse(version);
    const bool hiddenPrerelease = parsed && parsed->isPrerelease() && !m_model->includePrereleases();
    if (!target.isValid() || (hiddenPrerelease && target.data(Roles::ReleaseVersionRole).toString() != version)) {
        // The filter may hide an end-of-life series or a pre-release: show everything, through
        // the menu's own actions so that it says what is shown; put back if that finds nothing.
        auto *all = findChild<QAction *>(u"allSeriesAction"_s);
        auto *supported = findChild<QAction *>(u"supportedSeriesAction"_s);
        auto *pre = findChild<QAction *>(u"includePrereleasesAction"_s);
        const bool wasSupportedOnly = m_model->supportedOnly();
        const bool hadPrereleases = m_model->includePrereleases();
        all->setChecked(true);
        pre->setChecked(true);
        if (const QModelIndex wider = find(); wider.isValid()) {
            target = wider;
        } else {
            (wasSupportedOnly ? supported : all)->setChecked(true);
            pre->setChecked(hadPrereleases);
        }
        expandSeries();
    }
    if (!target.isValid()) {
        return false;
    }
    // Choosing an interpreter is not asking for an announcement.
    m_highlighting = true;
    m_view->expand(target.parent().isValid() ? target.parent() : target);
    m_view->setCurrentIndex(target);
    m_view->scrollTo(target, QAbstractItemView::PositionAtCenter);
    m_highlighting = false;
    return true;
}

void TimelinePane::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid() || index.data(Roles::TimelineKindRole).toInt() != TimelineModel::ReleaseKind) {
        return;
    }
    const QString version = index.data(Roles::ReleaseVersionRole).toString();
    const QVariant post = index.data(Roles::AnnouncementPostIdRole);
    QMenu menu(this);
    QAction *open = menu.addAction(tr("Open &Announcement"));
    open->setEnabled(post.isValid());
    connect(open, &QAction::triggered, this, [this, post] { Q_EMIT announcementRequested(post.toLongLong()); });
    const QUrl page = PythonInsider::releasePageUrl(version);
    QAction *web = menu.addAction(QIcon::fromTheme(u"internet-web-browser"_s), tr("Open Release &Page on python.org"));
    connect(web, &QAction::triggered, this, [page] { QDesktopServices::openUrl(page); });
    QAction *copy = menu.addAction(QIcon::fromTheme(u"edit-copy"_s), tr("&Copy Version"));
    connect(copy, &QAction::triggered, this, [version] { QGuiApplication::clipboard()->setText(version); });
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void TimelinePane::updateEmptyState()
{
    m_stack->setCurrentWidget(
        m_model->sourceModel() && m_model->sourceModel()->rowCount() > 0 ? static_cast<QWidget *>(m_view) : m_empty);
}

} // namespace Herald
