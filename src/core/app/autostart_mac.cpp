// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Autostart on macOS: a per-user LaunchAgent with RunAtLoad (see autostart.h for why not
// SMAppService).
#include "core/app/autostart.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace Herald {

QString Autostart::defaultExecutable()
{
    return QCoreApplication::applicationFilePath();
}

QString Autostart::location() const
{
    return QDir::homePath() + "/Library/LaunchAgents/org.herald.Herald.plist"_L1;
}

QByteArray Autostart::entryFileContent(const QStringList &command)
{
    return launchAgent(command);
}

std::optional<QStringList> Autostart::commandInEntryFile(const QByteArray &content)
{
    return launchAgentCommand(content);
}

} // namespace Herald
