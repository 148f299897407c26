#include "gui/sources/dependencyimportdialog.h"

#include "core/deps/dependencyfile.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Herald {

DependencyImportDialog::DependencyImportDialog(SourceStore &sources, const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_sources(sources)
    , m_path(path)
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_notes(new QLabel(this))
    , m_all(new QCheckBox(tr("&Every locked package, not only the direct dependencies"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import Dependencies"));
    m_summary->setWordWrap(true);
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    // A static, read-only preview: QTreeWidget's own items serve it; nothing edits them.
    m_list->setObjectName(u"dependencyPreview"_s);
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setHeaderLabels({tr("Dependency"), tr("Version"), tr("Here"), tr("From")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_all->setVisible(path.endsWith(u".lock"_s));
    connect(m_all, &QCheckBox::toggled, this, &DependencyImportDialog::read);
    QPushButton *import = m_buttons->addButton(tr("&Follow"), QDialogButtonBox::AcceptRole);
    import->setObjectName(u"importButton"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_all);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_notes);
    layout->addWidget(m_buttons);
    resize(640, 480);
    read();
}

void DependencyImportDialog::read()
{
    m_list->clear();
    m_notes->clear();
    auto *import = findChild<QPushButton *>(u"importButton"_s);
    const Result<DependencyList> list
        = DependencyFile::read(m_path, m_all->isChecked() ? DependencyScope::All : DependencyScope::Direct);
    Result<DependencyImport::Plan> plan
        = list ? DependencyImport::plan(m_sources, *list, m_path) : Result<DependencyImport::Plan>(list.error());
    if (!plan) {
        m_summary->setText(tr("Nothing can be imported: %1").arg(plan.error().message()));
        m_list->setVisible(false);
        import->setEnabled(false);
        return;
    }
    m_plan = std::move(*plan);
    m_list->setVisible(true);
    for (const DependencyImport::Entry &entry : std::as_const(m_plan.entries)) {
        const Dependency &dependency = entry.dependency;
        auto *item = new QTreeWidgetItem(m_list,
            {dependency.name, dependency.version.isEmpty() ? tr("not pinned") : dependency.version,
                entry.followed ? tr("followed already") : tr("new"), dependency.origin});
        item->setToolTip(0, dependency.group.isEmpty() ? dependency.normalized : dependency.group);
        if (entry.followed) {
            item->setForeground(2, palette().color(QPalette::PlaceholderText));
        }
    }
    m_summary->setText(
        tr("%n dependency(ies) of %1 will be followed on PyPI, in the folder “%2”", "", m_plan.toFollow())
            .arg(QFileInfo(m_path).fileName(), m_plan.folder)
        + (m_plan.followedAlready() > 0 ? tr("; %n followed already", "", m_plan.followedAlready()) : QString())
        + u'.');
    m_notes->setText(m_plan.list.notes.join(u'\n'));
    m_notes->setVisible(!m_plan.list.notes.isEmpty());
    import->setEnabled(!m_plan.entries.isEmpty());
}

} // namespace Herald
