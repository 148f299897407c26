// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/timeline/yourpythonscard.h"

#include "core/models/interpretermodel.h"
#include "core/models/interpretersortmodel.h"
#include "core/models/itemdataroles.h"
#include "gui/timeline/interpreteritemdelegate.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

// Rows shown before the list scrolls: the timeline below keeps most of the pane.
constexpr int MaxVisibleRows = 4;

} // namespace

YourPythonsCard::YourPythonsCard(InterpreterModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_summary(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_sorted(new InterpreterSortModel(this))
    , m_view(new QListView(this))
    , m_rescan(new QToolButton(this))
{
    setObjectName(u"yourPythonsCard"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(6, 4, 2, 0);
    auto *heading = new QLabel(tr("Your Pythons"), this);
    QFont headingFont = heading->font();
    headingFont.setWeight(QFont::DemiBold);
    heading->setFont(headingFont);
    header->addWidget(heading);
    m_summary->setObjectName(u"yourPythonsSummary"_s);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    header->addWidget(m_summary, 1);

    auto *add = new QToolButton(this);
    add->setObjectName(u"addPythonLocationButton"_s);
    add->setIcon(QIcon::fromTheme(u"list-add"_s));
    add->setText(tr("Add…"));
    add->setToolTip(tr("Add a virtual environment, an install folder or an interpreter for Herald to follow"));
    add->setAutoRaise(true);
    connect(add, &QToolButton::clicked, this, &YourPythonsCard::addLocation);
    header->addWidget(add);
    m_rescan->setObjectName(u"rescanPythonsButton"_s);
    m_rescan->setIcon(QIcon::fromTheme(u"view-refresh"_s));
    m_rescan->setText(tr("Look Again"));
    m_rescan->setToolTip(tr("Look for Python interpreters again"));
    m_rescan->setAutoRaise(true);
    connect(m_rescan, &QToolButton::clicked, this, &YourPythonsCard::rescanRequested);
    header->addWidget(m_rescan);
    layout->addLayout(header);

    m_empty->setObjectName(u"yourPythonsEmpty"_s);
    m_empty->setWordWrap(true);
    m_empty->setContentsMargins(6, 0, 6, 4);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_empty);

    m_view->setObjectName(u"yourPythons"_s);
    m_view->setAccessibleName(tr("Your Pythons"));
    m_sorted->setSourceModel(m_model);
    m_view->setModel(m_sorted);
    m_view->setItemDelegate(new InterpreterItemDelegate(m_view));
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setUniformItemSizes(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    layout->addWidget(m_view);

    const auto choose = [this](const QModelIndex &index) {
        const QString series = index.data(Roles::InterpreterSeriesRole).toString();
        if (!series.isEmpty()) {
            Q_EMIT interpreterChosen(series, index.data(Roles::InterpreterVersionRole).toString());
        }
    };
    connect(m_view, &QListView::activated, this, choose);
    connect(m_view, &QListView::clicked, this, choose);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_model, signal, this, &YourPythonsCard::updateState);
    }
    connect(m_model, &QAbstractItemModel::dataChanged, this, &YourPythonsCard::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &YourPythonsCard::updateState);
    updateState();
}

void YourPythonsCard::setSearched(const QStringList &places)
{
    m_searched = places;
    updateState();
}

void YourPythonsCard::setScanning(bool scanning)
{
    m_scanning = scanning;
    m_rescan->setEnabled(!scanning);
    updateState();
}

void YourPythonsCard::updateState()
{
    const int rows = m_model->rowCount();
    if (rows == 0) {
        m_summary->clear();
        m_view->hide();
        m_empty->setText(m_scanning || m_searched.isEmpty()
                ? tr("Looking for Python interpreters…")
                : tr("No Python interpreter found. Herald looked in %1. Add a virtual environment or an install with "
                     "Add…, or in Settings.")
                      .arg(m_searched.join(u", "_s)));
        m_empty->show();
        return;
    }
    m_empty->hide();
    m_view->show();
    int attention = 0;
    for (int row = 0; row < rows; ++row) {
        attention += m_model->index(row, 0).data(Roles::InterpreterSeverityRole).toInt() > 0 ? 1 : 0;
    }
    m_summary->setText(attention > 0 ? tr("%n to update", nullptr, attention) : tr("%n found", nullptr, rows));
    fitHeight();
}

void YourPythonsCard::fitHeight()
{
    const int rows = std::min(m_model->rowCount(), MaxVisibleRows);
    const int rowHeight = m_view->sizeHintForRow(0);
    m_view->setFixedHeight(rows * std::max(rowHeight, 1) + 2 * m_view->frameWidth());
}

void YourPythonsCard::addLocation()
{
    // A folder: a virtual environment, an install, or a folder of either.
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Add a Python Location"), QDir::homePath());
    if (!folder.isEmpty()) {
        Q_EMIT locationAdded(folder);
    }
}

} // namespace Herald
