// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>

namespace Herald {

/// One library Herald runs against, with the version found at run time.
struct ComponentVersion {
    QString name;
    QString version;
};

/// The versions `herald --version` and the About dialog report: Herald itself, then the
/// libraries it is linked with, as they report themselves at run time.
QList<ComponentVersion> componentVersions();

/// The same list as aligned text, one component per line.
QString componentVersionsText();

} // namespace Herald
