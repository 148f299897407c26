// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/interpreters/discoveryenvironment.h"

#include "core/interpreters/registryview.h"

#include <QDir>
#include <QProcessEnvironment>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Herald {

DiscoveryEnvironment DiscoveryEnvironment::current(const QStringList &userLocations)
{
    DiscoveryEnvironment env;
#if defined(Q_OS_WIN)
    env.platform = Platform::Windows;
    env.runPyLauncher = true;
#elif defined(Q_OS_MACOS)
    env.platform = Platform::MacOS;
#endif
    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    env.path = system.value(u"PATH"_s).split(QDir::listSeparator(), Qt::SkipEmptyParts);
    env.home = QDir::homePath();
    for (const auto &name : {u"PYENV_ROOT"_s, u"XDG_DATA_HOME"_s, u"UV_PYTHON_INSTALL_DIR"_s, u"ASDF_DATA_DIR"_s,
             u"MISE_DATA_DIR"_s, u"CONDA_PREFIX"_s, u"MAMBA_ROOT_PREFIX"_s, u"APPDATA"_s, u"LOCALAPPDATA"_s}) {
        if (system.contains(name)) {
            env.variables.insert(name, system.value(name));
        }
    }
    env.registry = RegistryView::system();
    env.userLocations = userLocations;
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (!cache.isEmpty()) {
        env.cacheFile = QDir(cache).filePath(u"interpreters.json"_s);
    }
    return env;
}

} // namespace Herald
