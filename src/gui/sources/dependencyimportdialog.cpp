// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/sources/dependencyimportdialog.h"

#include "core/deps/dependencyfile.h"
#include "core/models/dependencyplanmodel.h"

#include "ui_dependencyimportdialog.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Herald {

DependencyImportDialog::DependencyImportDialog(SourceStore &sources, const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DependencyImportDialog>())
    , m_sources(sources)
    , m_path(path)
    , m_model(new DependencyPlanModel(this))
{
    m_ui->setupUi(this);
    m_ui->dependencyPreview->setModel(m_model);
    m_ui->dependencyPreview->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->dependencyPreview->header()->setStretchLastSection(true);
    m_ui->allCheck->setVisible(path.endsWith(u".lock"_s));
    connect(m_ui->allCheck, &QCheckBox::toggled, this, &DependencyImportDialog::read);
    m_import = m_ui->buttons->addButton(tr("&Follow"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(u"importButton"_s);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    read();
}

DependencyImportDialog::~DependencyImportDialog() = default;

void DependencyImportDialog::read()
{
    const Result<DependencyList> list
        = DependencyFile::read(m_path, m_ui->allCheck->isChecked() ? DependencyScope::All : DependencyScope::Direct);
    Result<DependencyImport::Plan> plan
        = list ? DependencyImport::plan(m_sources, *list, m_path) : Result<DependencyImport::Plan>(list.error());
    if (!plan) {
        m_plan = {};
        m_model->setEntries({});
        m_ui->summaryLabel->setText(tr("Nothing can be imported: %1").arg(plan.error().message()));
        m_ui->notesLabel->hide();
        m_import->setEnabled(false);
        return;
    }
    m_plan = std::move(*plan);
    m_model->setEntries(m_plan.entries);
    QString summary = tr("%n dependency(ies) of %1 will be followed on PyPI, in the folder “%2”", "", m_plan.toFollow())
                          .arg(QFileInfo(m_path).fileName(), m_plan.folder);
    if (m_plan.followedAlready() > 0) {
        summary += tr("; %n followed already", "", m_plan.followedAlready());
    }
    m_ui->summaryLabel->setText(summary + u'.');
    m_ui->notesLabel->setText(m_plan.list.notes.join(u'\n'));
    m_ui->notesLabel->setVisible(!m_plan.list.notes.isEmpty());
    m_import->setEnabled(!m_plan.entries.isEmpty());
}

} // namespace Herald
