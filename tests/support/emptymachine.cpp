// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "emptymachine.h"

namespace Herald::Test {

EmptyMachine::EmptyMachine()
{
    qputenv("PATH", m_folder.path().toUtf8());
    qputenv("HOME", m_folder.path().toUtf8());
    // What DiscoveryEnvironment::current() reads besides PATH and HOME.
    for (const char *name : {"PYENV_ROOT", "UV_PYTHON_INSTALL_DIR", "ASDF_DATA_DIR", "MISE_DATA_DIR", "CONDA_PREFIX",
             "MAMBA_ROOT_PREFIX", "XDG_DATA_HOME"}) {
        qunsetenv(name);
    }
}

} // namespace Herald::Test
