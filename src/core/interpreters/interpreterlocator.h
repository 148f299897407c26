// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/interpreters/discoveryenvironment.h"
#include "core/interpreters/interpreter.h"
#include "core/interpreters/versionfiles.h"

#include <QFileInfo>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Herald {

/// Lists the interpreters a machine may have, from its search path, the version managers'
/// folders, the platform's install locations, the Windows registry and the locations the
/// user added, with what each layout says about the version. Reads folders and small files
/// only; nothing is run here except Windows' `py --list-paths`.
class InterpreterLocator final
{
public:
    /// One path that may be an interpreter, and what its layout says.
    struct Candidate {
        InterpreterName name;
        QString venv; ///< the virtual environment it belongs to; empty for an install
        QString prefix; ///< the install's folder (where include/ and conda-meta/ are); may be empty
        VersionFiles::FolderName folder; ///< what the install's folder name says
        std::optional<Version> registryVersion; ///< PEP 514's Version value
        bool registryFreeThreaded = false;
    };

    explicit InterpreterLocator(const DiscoveryEnvironment &environment);

    /// Every candidate, search path first; the same file may come more than once.
    QList<Candidate> candidates();
    /// Where it looked, for people to read: "PATH", "~/.pyenv/versions" …, in order.
    [[nodiscard]] QStringList searched() const { return m_searched; }

    /// The interpreters `py --list-paths` names: `-V:3.12 *  C:\…\python.exe` (3.11+), or
    /// `-3.9-64  C:\…` (older launchers). Returns pairs of tag and path.
    static QList<std::pair<QString, QString>> parsePyLauncherList(const QByteArray &output);

private:
    void addPath();
    void addInstallRoot(const QString &root, InterpreterOrigin origin, const QString &shownAs);
    void addUv();
    void addConda();
    void addCondaPrefix(const QString &prefix, const QString &detail);
    void addHomebrew();
    void addFrameworks();
    void addRegistry();
    void addPyLauncher();
    void addUserLocation(const QString &location);
    void addInstall(const QString &prefix, InterpreterOrigin origin, const QString &detail);
    void addVenv(const QString &folder, InterpreterOrigin origin, const QString &detail);
    /// The interpreter of an install or environment folder; empty when it has none.
    [[nodiscard]] QString executableIn(const QString &prefix) const;
    void looked(const QString &place);
    [[nodiscard]] bool isStub(const QFileInfo &file) const;

    const DiscoveryEnvironment &m_env;
    QList<Candidate> m_candidates;
    QStringList m_searched;
};

} // namespace Herald
