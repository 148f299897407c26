#pragma once

#include "core/sources/dependencyimport.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QTreeWidget;

namespace Herald {

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

    /// What accepting it imports; valid once the file was read.
    [[nodiscard]] const DependencyImport::Plan &plan() const { return m_plan; }

private:
    void read();

    SourceStore &m_sources;
    QString m_path;
    DependencyImport::Plan m_plan;
    QLabel *m_summary;
    QTreeWidget *m_list;
    QLabel *m_notes;
    QCheckBox *m_all;
    QDialogButtonBox *m_buttons;
};

} // namespace Herald
