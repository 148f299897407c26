#include "timeline/timelinepane.h"

#include "widgets/emptystatewidget.h"

#include <QLabel>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Herald {

TimelinePane::TimelinePane(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyStateWidget(u"view-calendar-timeline"_s, tr("No releases yet"),
          tr("Each Python series, its releases and its end of life appear here once "
             "the announcements and the lifecycle data are synced."),
          m_stack))
    , m_view(new QTreeView(m_stack))
{
    setObjectName(u"timelinePane"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    auto *heading = new QLabel(tr("Release timeline"), this);
    QFont headingFont = heading->font();
    headingFont.setWeight(QFont::DemiBold);
    heading->setFont(headingFont);
    heading->setContentsMargins(6, 6, 6, 2);
    layout->addWidget(heading);

    m_view->setObjectName(u"timeline"_s);
    m_view->setAccessibleName(tr("Release timeline"));
    m_view->setHeaderHidden(true);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_view);
    layout->addWidget(m_stack, 1);
}

} // namespace Herald
