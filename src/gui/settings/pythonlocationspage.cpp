// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/settings/pythonlocationspage.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Herald {

PythonLocationsPage::PythonLocationsPage(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_remove(new QPushButton(QIcon::fromTheme(u"list-remove"_s), tr("&Remove"), this))
    , m_alerts(
          new QCheckBox(tr("&Tell me when a Python I run misses a security release or reaches its end of life"), this))
{
    setObjectName(u"pythonsPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *intro = new QLabel(tr("Herald finds the Pythons on your PATH and those that pyenv, uv, asdf, mise, conda, "
                                "Homebrew and the python.org installers manage. Add virtual environments and other "
                                "installs here; a folder of several is searched one level deep."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *row = new QHBoxLayout;
    m_list->setObjectName(u"pythonLocationsList"_s);
    m_list->setAccessibleName(tr("Added Python locations"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    row->addWidget(m_list, 1);
    auto *buttons = new QVBoxLayout;
    auto *addFolder
        = new QPushButton(QIcon::fromTheme(u"folder-add"_s, QIcon::fromTheme(u"list-add"_s)), tr("Add &Folder…"), this);
    addFolder->setObjectName(u"addPythonFolderButton"_s);
    auto *addInterpreter
        = new QPushButton(QIcon::fromTheme(u"application-x-executable"_s), tr("Add &Interpreter…"), this);
    addInterpreter->setObjectName(u"addPythonInterpreterButton"_s);
    m_remove->setObjectName(u"removePythonLocationButton"_s);
    buttons->addWidget(addFolder);
    buttons->addWidget(addInterpreter);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    row->addLayout(buttons);
    layout->addLayout(row, 1);
    m_alerts->setObjectName(u"interpreterAlertsCheck"_s);
    layout->addWidget(m_alerts);

    connect(addFolder, &QPushButton::clicked, this, &PythonLocationsPage::addFolder);
    connect(addInterpreter, &QPushButton::clicked, this, &PythonLocationsPage::addInterpreter);
    connect(m_remove, &QPushButton::clicked, this, &PythonLocationsPage::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &PythonLocationsPage::updateButtons);
    updateButtons();
}

void PythonLocationsPage::setLocations(const QStringList &locations)
{
    m_list->clear();
    for (const QString &location : locations) {
        addLocation(location);
    }
    m_list->clearSelection();
    updateButtons();
}

QStringList PythonLocationsPage::locations() const
{
    QStringList result;
    for (int row = 0; row < m_list->count(); ++row) {
        result += m_list->item(row)->data(Qt::UserRole).toString();
    }
    return result;
}

void PythonLocationsPage::setAlerts(bool on)
{
    m_alerts->setChecked(on);
}

bool PythonLocationsPage::alerts() const
{
    return m_alerts->isChecked();
}

void PythonLocationsPage::addLocation(const QString &location)
{
    const QString path = QDir::cleanPath(location);
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == path) {
            m_list->setCurrentRow(row);
            return;
        }
    }
    auto *item = new QListWidgetItem(QDir::toNativeSeparators(path), m_list);
    item->setData(Qt::UserRole, path);
    // A location that is gone stays listed (it may be on a drive not mounted now), marked.
    if (!QFileInfo::exists(path)) {
        item->setIcon(QIcon::fromTheme(u"dialog-warning"_s));
        item->setToolTip(tr("%1 does not exist at the moment").arg(QDir::toNativeSeparators(path)));
    }
    m_list->setCurrentItem(item);
}

void PythonLocationsPage::addFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Add a Python Folder"), QDir::homePath());
    if (!folder.isEmpty()) {
        addLocation(folder);
    }
}

void PythonLocationsPage::addInterpreter()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Add a Python Interpreter"), QDir::homePath());
    if (!file.isEmpty()) {
        addLocation(file);
    }
}

void PythonLocationsPage::removeSelected()
{
    qDeleteAll(m_list->selectedItems());
    updateButtons();
}

void PythonLocationsPage::updateButtons()
{
    m_remove->setEnabled(!m_list->selectedItems().isEmpty());
}

} // namespace Herald
