// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QUrl>

namespace Herald {

/// Facts about Herald itself, set by CMake in one generated file (projectinfo.cpp.in), so a
/// version bump rebuilds that file and what links it, not every source.
class ProjectInfo final
{
public:
    /// "0.1.0"
    [[nodiscard]] static QString version();
    /// The licence as an SPDX expression: "GPL-3.0-or-later".
    [[nodiscard]] static QString licenseSpdx();
    /// The licence's name for people to read.
    [[nodiscard]] static QString licenseName();
    [[nodiscard]] static QUrl homepage();
    /// Where to report a bug.
    [[nodiscard]] static QUrl bugTracker();
    /// Where `cmake --install` puts the translation catalogues (share/herald/translations),
    /// found from the running executable's folder; it need not exist (a build-tree run).
    [[nodiscard]] static QString installedTranslations();
};

} // namespace Herald
