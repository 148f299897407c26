// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Autostart where the login reads a file: an XDG autostart desktop entry (Linux and the other
// Unixes) or a LaunchAgent (macOS). What goes in the file is the platform's own part.
#include "core/app/autostart.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Herald {

Autostart::State Autostart::state() const
{
    QFile file(location());
    if (file.fileName().isEmpty() || !file.open(QIODevice::ReadOnly)) {
        return State::Disabled;
    }
    const std::optional<QStringList> command = commandInEntryFile(file.readAll());
    if (!command) {
        return State::Disabled;
    }
    return *command == m_command ? State::Enabled : State::Stale;
}

Result<void> Autostart::setEnabled(bool enabled)
{
    const QString path = location();
    if (path.isEmpty()) {
        return Error(tr("There is no configuration folder to keep the login item in"));
    }
    if (!enabled) {
        QFile file(path);
        if (file.exists() && !file.remove()) {
            return Error(tr("Cannot remove %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        }
        return {};
    }
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        return Error(tr("Cannot create the folder %1").arg(QDir::toNativeSeparators(folder)));
    }
    // Written aside and renamed into place, so the session never reads half an entry.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    file.write(entryFileContent(m_command));
    if (!file.commit()) {
        return Error(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}

} // namespace Herald
