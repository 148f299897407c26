// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/posts/postlistpane.h"

#include "core/models/itemdataroles.h"
#include "core/models/postfiltermodel.h"
#include "core/models/postlistmodel.h"
#include "core/net/linkpolicy.h"
#include "gui/posts/postitemdelegate.h"
#include "gui/widgets/emptystatewidget.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Herald {

PostListPane::PostListPane(PostFilterModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new QLineEdit(this))
    , m_filterDelay(new QTimer(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyStateWidget(u"mail-unread"_s, tr("No posts yet"),
          tr("Python Insider posts appear here after the first sync, and stay readable offline."), m_stack))
    , m_view(new QTreeView(m_stack))
{
    setObjectName(u"postListPane"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    m_filter->setObjectName(u"postFilter"_s);
    m_filter->setPlaceholderText(tr("Filter posts"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter posts"));
    layout->addWidget(m_filter);
    // Filtering runs a full-text query; wait for a pause in typing.
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(150);
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, &PostListPane::applyFilterNow);
    m_filter->installEventFilter(this);

    m_view->setObjectName(u"postList"_s);
    m_view->setAccessibleName(tr("Posts"));
    // While the model changes shape, the selection model moves the current index on its own
    // (to a neighbour of a removed row). That is not the user choosing a post: it must neither
    // open nor mark anything. These run before the view's and the selection model's handlers,
    // which setModel() connects; the matching ends, connected after it, run after theirs.
    connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this, &PostListPane::beginSettling);
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, &PostListPane::beginSettling);
    connect(m_model, &QAbstractItemModel::layoutAboutToBeChanged, this, &PostListPane::beginSettling);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &PostListPane::beginSettling);
    m_view->setModel(m_model);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &PostListPane::endSettling);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &PostListPane::endSettling);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &PostListPane::endSettling);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PostListPane::endSettling);
    m_view->setItemDelegate(new PostItemDelegate(m_view));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setHeaderHidden(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setFrameShape(QFrame::NoFrame);
    for (int column = 1; column < PostListModel::ColumnCount; ++column) {
        m_view->setColumnHidden(column, true);
    }
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PostListPane::onCurrentRowChanged);
    // Selecting the row that already is current (the view makes the first row current on
    // focus, without selecting it) changes no current row: it is still a choice.
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        [this] { onCurrentRowChanged(m_view->currentIndex()); });
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &PostListPane::showContextMenu);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_view);
    layout->addWidget(m_stack, 1);

    connect(m_model, &QAbstractItemModel::modelReset, this, &PostListPane::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &PostListPane::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &PostListPane::updateEmptyState);
    updateEmptyState();
}

void PostListPane::onCurrentRowChanged(const QModelIndex &current)
{
    if (m_settling > 0 || m_reconciling) {
        return;
    }
    // Only a row the user selected opens: the view also moves the current index without
    // selecting anything (on focus, it points at the first row), and that is no choice.
    if (!current.isValid() || !m_view->selectionModel()->isSelected(current)) {
        return; // an emptied selection leaves the open post open
    }
    const qint64 id = current.data(Roles::PostIdRole).toLongLong();
    if (id == m_shownPostId) {
        return;
    }
    m_shownPostId = id;
    m_model->setPinnedPost(id);
    Q_EMIT currentPostChanged(id);
}

void PostListPane::showContextMenu(const QPoint &position)
{
    const QPersistentModelIndex index = m_view->indexAt(position);
    if (!index.isValid()) {
        return;
    }
    QMenu menu(this);
    const QUrl url = index.data(Roles::UrlRole).toUrl();
    QAction *open = menu.addAction(QIcon::fromTheme(u"internet-web-browser"_s), tr("Open in &Browser"));
    open->setEnabled(LinkPolicy::isWebUrl(url));
    connect(open, &QAction::triggered, this, [url] { QDesktopServices::openUrl(url); });
    QAction *copy = menu.addAction(QIcon::fromTheme(u"edit-copy"_s), tr("&Copy Link"));
    copy->setEnabled(LinkPolicy::isWebUrl(url));
    connect(copy, &QAction::triggered, this,
        [url] { QGuiApplication::clipboard()->setText(url.toString(QUrl::FullyEncoded)); });
    menu.addSeparator();
    const bool read = index.data(Roles::ReadRole).toBool();
    QAction *toggleRead = menu.addAction(read ? tr("Mark as &Unread") : tr("Mark as &Read"));
    connect(toggleRead, &QAction::triggered, this, [this, index, read] {
        if (index.isValid()) {
            m_model->setData(index, !read, Roles::ReadRole);
        }
    });
    const bool starred = index.data(Roles::StarredRole).toBool();
    QAction *toggleStar = menu.addAction(starred ? tr("Unst&ar") : tr("St&ar"));
    connect(toggleStar, &QAction::triggered, this, [this, index, starred] {
        if (index.isValid()) {
            m_model->setData(index, !starred, Roles::StarredRole);
        }
    });
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void PostListPane::beginSettling()
{
    ++m_settling;
}

void PostListPane::endSettling()
{
    if (m_settling > 0) {
        --m_settling;
    }
    if (m_settling > 0) {
        return;
    }
    // Put the selection back on the open post, or on nothing when it was filtered out.
    m_reconciling = true;
    QModelIndex shown;
    if (m_shownPostId != 0) {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid() && current.data(Roles::PostIdRole).toLongLong() == m_shownPostId) {
            shown = current;
        } else {
            for (int row = 0; row < m_model->rowCount(); ++row) {
                const QModelIndex index = m_model->index(row, 0);
                if (index.data(Roles::PostIdRole).toLongLong() == m_shownPostId) {
                    shown = index;
                    break;
                }
            }
        }
    }
    QItemSelectionModel *selection = m_view->selectionModel();
    if (shown.isValid()) {
        if (m_view->currentIndex() != shown) {
            selection->setCurrentIndex(shown, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
    } else if (m_view->currentIndex().isValid()) {
        selection->clearSelection();
        selection->clearCurrentIndex();
    }
    m_reconciling = false;
}

void PostListPane::applyFilterNow()
{
    m_filterDelay->stop();
    m_model->setFilterText(m_filter->text());
    updateEmptyState();
}

void PostListPane::search(const QString &text)
{
    m_filter->setText(text);
    applyFilterNow();
}

void PostListPane::enterList()
{
    applyFilterNow();
    m_view->setFocus(Qt::OtherFocusReason);
    const QModelIndex current = m_view->currentIndex();
    const bool chosen = current.isValid() && m_view->selectionModel()->isSelected(current);
    if (!chosen && m_model->rowCount() > 0) {
        choose(m_model->index(0, 0));
    }
}

bool PostListPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() & ~Qt::KeypadModifier) {
            return QWidget::eventFilter(watched, event);
        }
        switch (key->key()) {
        case Qt::Key_Escape:
            // The first Esc clears the filter; the next one goes back to the list.
            if (!m_filter->text().isEmpty()) {
                m_filter->clear();
                applyFilterNow();
            } else {
                m_view->setFocus(Qt::OtherFocusReason);
            }
            return true;
        case Qt::Key_Down:
        case Qt::Key_Return:
        case Qt::Key_Enter: enterList(); return true;
        default: break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

qint64 PostListPane::currentPostId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(Roles::PostIdRole).toLongLong() : 0;
}

void PostListPane::selectPost(qint64 postId)
{
    // Chosen elsewhere (the timeline, a link): the open post, whether or not the list shows it.
    m_shownPostId = postId;
    m_model->setPinnedPost(postId);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(Roles::PostIdRole).toLongLong() == postId) {
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index);
            return;
        }
    }
}

void PostListPane::moveSelection(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0) {
        return;
    }
    // From the open post; a current row nobody chose (focus put it there) is where j starts.
    const QModelIndex current = m_view->currentIndex();
    const bool chosen = current.isValid() && m_view->selectionModel()->isSelected(current);
    const int row = current.isValid() ? std::clamp(current.row() + (chosen ? delta : 0), 0, rows - 1) : 0;
    choose(m_model->index(row, 0));
}

void PostListPane::choose(const QModelIndex &index)
{
    // Selected, not only current: that is what opens a post (onCurrentRowChanged). When it
    // already was the current row, no signal says so: open it here.
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    onCurrentRowChanged(index);
}

void PostListPane::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    if (empty && !m_model->searchError().isEmpty()) {
        m_empty->setTitle(tr("The search failed"));
        m_empty->setText(tr("Herald could not search the posts: %1").arg(m_model->searchError()));
    } else if (empty && !m_model->filterText().isEmpty()) {
        m_empty->setTitle(tr("No matching posts"));
        m_empty->setText(tr("No post title, author, tag or text matches “%1”.").arg(m_model->filterText()));
    } else {
        m_empty->setTitle(tr("No posts yet"));
        m_empty->setText(tr("Python Insider posts appear here after the first sync, and stay readable offline."));
    }
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_view);
}

} // namespace Herald
