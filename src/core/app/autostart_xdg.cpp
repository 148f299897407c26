// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Autostart on Linux and the other Unixes: an XDG autostart desktop entry.
#include "core/app/autostart.h"

#include <QCoreApplication>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Herald {

QString Autostart::defaultExecutable()
{
    // An AppImage runs from a mount that is gone after logout: start the image file itself.
    QString appImage = qEnvironmentVariable("APPIMAGE");
    if (!appImage.isEmpty()) {
        return appImage;
    }
    return QCoreApplication::applicationFilePath();
}

QString Autostart::location() const
{
    const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    return config.isEmpty() ? QString() : config + "/autostart/herald.desktop"_L1;
}

QByteArray Autostart::entryFileContent(const QStringList &command)
{
    return desktopEntry(command).toUtf8();
}

std::optional<QStringList> Autostart::commandInEntryFile(const QByteArray &content)
{
    return desktopEntryCommand(QString::fromUtf8(content));
}

} // namespace Herald
