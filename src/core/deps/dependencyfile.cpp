// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/deps/dependencyfile.h"

#include "core/deps/lockfile.h"
#include "core/deps/pyprojectfile.h"
#include "core/deps/requirementsfile.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Herald {

Result<DependencyList> DependencyFile::read(const QString &path, Scope scope)
{
    const QString name = QFileInfo(path).fileName();
    if (name == "pyproject.toml"_L1) {
        return PyprojectFile::read(path);
    }
    if (name == "uv.lock"_L1) {
        return LockFile::readUv(path, scope);
    }
    if (name == "poetry.lock"_L1) {
        return LockFile::readPoetry(path, scope);
    }
    if (name.endsWith(".txt"_L1) || name.endsWith(".in"_L1)) {
        return RequirementsFile::read(path);
    }
    return Error(tr("%1 is no dependency file Herald reads: it reads requirements files (*.txt, *.in), "
                    "pyproject.toml, uv.lock and poetry.lock")
            .arg(path));
}

} // namespace Herald
