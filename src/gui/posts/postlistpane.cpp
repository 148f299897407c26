#include "posts/postlistpane.h"

#include "models/itemdataroles.h"
#include "models/postfiltermodel.h"
#include "models/postlistmodel.h"
#include "posts/postitemdelegate.h"
#include "widgets/emptystatewidget.h"

#include <QHeaderView>
#include <QLineEdit>
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
    connect(m_filterDelay, &QTimer::timeout, this, [this] {
        m_model->setFilterText(m_filter->text());
        updateEmptyState();
    });

    m_view->setObjectName(u"postList"_s);
    m_view->setAccessibleName(tr("Posts"));
    m_view->setModel(m_model);
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
        m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
            Q_EMIT currentPostChanged(current.isValid() ? current.data(Roles::PostIdRole).toLongLong() : 0);
        });

    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_view);
    layout->addWidget(m_stack, 1);

    connect(m_model, &QAbstractItemModel::modelReset, this, &PostListPane::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &PostListPane::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &PostListPane::updateEmptyState);
    updateEmptyState();
}

qint64 PostListPane::currentPostId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(Roles::PostIdRole).toLongLong() : 0;
}

void PostListPane::selectPost(qint64 postId)
{
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
    const QModelIndex current = m_view->currentIndex();
    const int row = current.isValid() ? std::clamp(current.row() + delta, 0, rows - 1) : 0;
    const QModelIndex target = m_model->index(row, 0);
    m_view->setCurrentIndex(target);
    m_view->scrollTo(target);
}

void PostListPane::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    if (empty && !m_model->filterText().isEmpty()) {
        m_empty->setTitle(tr("No matching posts"));
        m_empty->setText(tr("No post title, author, tag or text matches “%1”.").arg(m_model->filterText()));
    } else {
        m_empty->setTitle(tr("No posts yet"));
        m_empty->setText(tr("Python Insider posts appear here after the first sync, and stay readable offline."));
    }
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_view);
}

} // namespace Herald
