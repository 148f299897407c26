// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

class QCoreApplication;

namespace Herald {

/// Names the application (for QSettings, QStandardPaths and the desktop), before any
/// QCoreApplication exists.
void setApplicationIdentity();

/// Loads Herald's and Qt's translations for the system locale, parented to the app.
void installTranslations(QCoreApplication &app);

} // namespace Herald
