#include "posts/postlistpane.h"

#include "widgets/emptystatewidget.h"

#include <QLineEdit>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Herald {

PostListPane::PostListPane(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyStateWidget(u"mail-unread"_s, tr("No posts yet"),
          tr("Python Insider posts appear here after the first sync, and stay readable offline."), m_stack))
    , m_view(new QTreeView(m_stack))
{
    setObjectName(u"postListPane"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    m_filter->setPlaceholderText(tr("Filter posts"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter posts"));
    layout->addWidget(m_filter);

    m_view->setObjectName(u"postList"_s);
    m_view->setAccessibleName(tr("Posts"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_view);
    layout->addWidget(m_stack, 1);
}

} // namespace Herald
