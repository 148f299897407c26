// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Autostart on Windows: a value under the user's Run registry key.
#include "core/app/autostart.h"

#include <QCoreApplication>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
const QString RunKey = u"HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run"_s;
const QString RunValue = u"Herald"_s;
} // namespace

QString Autostart::defaultExecutable()
{
    return QCoreApplication::applicationFilePath();
}

QString Autostart::location() const
{
    return RunKey + u'\\' + RunValue;
}

Autostart::State Autostart::state() const
{
    const QSettings run(RunKey, QSettings::NativeFormat);
    const QString value = run.value(RunValue).toString();
    if (value.isEmpty()) {
        return State::Disabled;
    }
    return value == windowsCommandLine(m_command) ? State::Enabled : State::Stale;
}

Result<void> Autostart::setEnabled(bool enabled)
{
    QSettings run(RunKey, QSettings::NativeFormat);
    if (enabled) {
        run.setValue(RunValue, windowsCommandLine(m_command));
    } else {
        run.remove(RunValue);
    }
    run.sync();
    if (run.status() != QSettings::NoError) {
        return Error(tr("Cannot change the registry value %1").arg(location()));
    }
    return {};
}

} // namespace Herald
