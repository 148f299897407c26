// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/sources/sourcescontroller.h"

#include "core/app/backend.h"
#include "core/sources/sourcefollower.h"
#include "core/store/sourcestore.h"
#include "core/sync/syncengine.h"
#include "gui/sources/dependencyimportdialog.h"
#include "gui/sources/followdialog.h"
#include "gui/sources/sourcespane.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

constexpr int UndoSeconds = 15;

} // namespace

SourcesController::SourcesController(Backend &backend, SourcesPane *pane, QStatusBar *statusBar, QWidget *window)
    : QObject(pane)
    , m_backend(backend)
    , m_pane(pane)
    , m_statusBar(statusBar)
    , m_window(window)
    , m_follower(std::make_unique<SourceFollower>(backend.http()))
{
    connect(pane, &SourcesPane::followRequested, this, [this] { follow(); });
    connect(pane, &SourcesPane::unfollowRequested, this, &SourcesController::unfollow);
    connect(pane, &SourcesPane::syncRequested, this, &SourcesController::syncSource);
    connect(pane, &SourcesPane::changeFailed, this, &SourcesController::report);
}

void SourcesController::report(const QString &message)
{
    m_statusBar->showMessage(message, 10000);
}

SourcesController::~SourcesController() = default;

void SourcesController::follow(const QString &text)
{
    QStringList folders;
    for (const auto &folder : m_backend.sources().folders().value_or(QList<SourceStore::Folder>())) {
        folders << folder.name;
    }
    auto *dialog = new FollowDialog(*m_follower, m_backend.sources(), folders, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { add(dialog->source()); });
    dialog->open();
    if (!text.isEmpty()) {
        dialog->lookUp(text);
    }
}

void SourcesController::importDependencies(const QString &path)
{
    const QString file = !path.isEmpty() ? path
                                         : QFileDialog::getOpenFileName(m_window, tr("Import Dependencies"), QString(),
                                               tr("Python dependency files (requirements*.txt *.txt *.in "
                                                  "pyproject.toml uv.lock poetry.lock);;All files (*)"));
    if (file.isEmpty()) {
        return;
    }
    auto *dialog = new DependencyImportDialog(m_backend.sources(), file, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // Planned again: a sync or an unfollow may have come while the preview was open.
        const DependencyImport::Plan &shown = dialog->plan();
        Result<DependencyImport::Plan> plan = DependencyImport::plan(m_backend.sources(), shown.list, shown.path);
        const Result<QList<qint64>> added = plan
            ? DependencyImport::apply(m_backend.database(), m_backend.sources(), *plan)
            : Result<QList<qint64>>(plan.error());
        if (!added) {
            QMessageBox box(QMessageBox::Warning, tr("Cannot Import"),
                tr("Nothing was imported from %1: %2").arg(shown.path, added.error().message()), QMessageBox::Ok,
                m_window);
            box.setTextFormat(Qt::PlainText); // it quotes the file
            box.exec();
            return;
        }
        report(tr("%n dependency(ies) followed", "", int(added->size())));
        for (const qint64 id : *added) {
            Q_EMIT followed(id);
        }
        if (!added->isEmpty()) {
            m_pane->selectSource(added->first());
            m_backend.sync().start(); // their releases, and the lifecycles
        }
    });
    dialog->open();
}

void SourcesController::add(const Source &source)
{
    const Result<qint64> added = m_backend.sources().add(source);
    if (!added) {
        QMessageBox::warning(m_window, tr("Cannot Follow"), added.error().message());
        return;
    }
    m_pane->selectSource(*added);
    Q_EMIT followed(*added);
    syncSource(*added);
}

void SourcesController::unfollow(qint64 sourceId)
{
    const auto found = m_backend.sources().source(sourceId);
    if (!found) {
        report(found.error().message());
        return;
    }
    const std::optional<Source> &listed = *found;
    if (!listed) {
        report(tr("There is no source %1").arg(sourceId));
        return;
    }
    const Source &source = *listed;
    if (const Result<void> removed = m_backend.sources().remove(sourceId); !removed) {
        report(removed.error().message());
        return;
    }
    m_unfollowed = source;
    // Undo, for a while: the source comes back with its name, folder and rules; its posts
    // come back with its next sync.
    auto *undo = new QPushButton(tr("Undo"), m_statusBar);
    undo->setObjectName(u"undoUnfollowButton"_s);
    undo->setFlat(true);
    m_statusBar->addPermanentWidget(undo);
    m_statusBar->showMessage(tr("No longer following %1.").arg(source.displayName()), UndoSeconds * 1000);
    connect(undo, &QPushButton::clicked, this, [this, undo] {
        undo->deleteLater();
        undoUnfollow();
    });
    QTimer::singleShot(UndoSeconds * 1000, undo, &QObject::deleteLater);
}

void SourcesController::undoUnfollow()
{
    if (!m_unfollowed) {
        return;
    }
    Source source = *m_unfollowed;
    m_unfollowed.reset();
    source.id = 0;
    source.baselined = false; // its past comes back as the past, not as news
    m_statusBar->clearMessage();
    add(source);
}

void SourcesController::syncSource(qint64 sourceId)
{
    SyncEngine &sync = m_backend.sync();
    if (!sync.isRunning()) {
        sync.startSource(sourceId);
        return;
    }
    // After the sync under way, which may not include it.
    auto *context = new QObject(this);
    connect(&sync, &SyncEngine::finished, context, [context, &sync, sourceId] {
        context->deleteLater();
        QTimer::singleShot(0, &sync, [&sync, sourceId] { sync.startSource(sourceId); });
    });
}

} // namespace Herald
