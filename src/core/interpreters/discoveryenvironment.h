// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>

namespace Herald {

class RegistryView;

/// Everything interpreter discovery reads from the outside world, so that tests can build a
/// machine in a temporary folder: the search path, the home folder, the variables the
/// version managers honour, a prefix for the fixed system folders, and the registry.
struct DiscoveryEnvironment {
    /// Which platform's layouts to look for.
    enum class Platform { Linux, MacOS, Windows };

    Platform platform = Platform::Linux;
    QStringList path; ///< PATH's folders, in order
    QString home;
    /// PYENV_ROOT, XDG_DATA_HOME, UV_PYTHON_INSTALL_DIR, ASDF_DATA_DIR, MISE_DATA_DIR,
    /// CONDA_PREFIX, MAMBA_ROOT_PREFIX, APPDATA, LOCALAPPDATA: those that are set.
    QHash<QString, QString> variables;
    /// Put before the fixed system folders (/opt/homebrew, /Library/Frameworks, /opt/conda);
    /// empty on a real machine.
    QString root;
    std::shared_ptr<const RegistryView> registry; ///< read on Windows only; may be null
    bool runPyLauncher = false; ///< ask Windows' `py --list-paths`
    QStringList userLocations; ///< folders and files the user added in the settings
    QString cacheFile; ///< where the answers of interpreters that were run are kept; empty: none
    std::chrono::milliseconds probeTimeout {3000};

    /// This machine, with the user's added locations and the cache in Herald's cache folder.
    static DiscoveryEnvironment current(const QStringList &userLocations);

    /// A variable, or `fallback` when it is unset or empty.
    [[nodiscard]] QString variable(const QString &name, const QString &fallback = {}) const
    {
        const QString value = variables.value(name);
        return value.isEmpty() ? fallback : value;
    }
    [[nodiscard]] QString systemPath(const QString &absolute) const { return root + absolute; }
};

} // namespace Herald
