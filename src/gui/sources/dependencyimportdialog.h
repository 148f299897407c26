// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/sources/dependencyimport.h"

#include <QDialog>

#include <memory>

namespace Ui {
class DependencyImportDialog;
}

namespace Herald {

class DependencyPlanModel;
class SourceStore;

/// File → Import Dependencies…: a Python project's dependency file read, and a preview of what
/// importing it does — each dependency with the version the file pins or locks, marked new or
/// followed already, and what was skipped — before anything is followed. A lock file can be
/// read for its direct dependencies or for every locked package.
class DependencyImportDialog final : public QDialog
{
    Q_OBJECT

public:
    DependencyImportDialog(SourceStore &sources, const QString &path, QWidget *parent = nullptr);
    ~DependencyImportDialog() override;

    /// What accepting it imports; valid once the file was read.
    [[nodiscard]] const DependencyImport::Plan &plan() const { return m_plan; }

private:
    void read();

    std::unique_ptr<Ui::DependencyImportDialog> m_ui;
    SourceStore &m_sources;
    QString m_path;
    DependencyImport::Plan m_plan;
    DependencyPlanModel *m_model;
    QPushButton *m_import;
};

} // namespace Herald
