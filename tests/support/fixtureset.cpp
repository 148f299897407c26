// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "fixtureset.h"

#include <QDir>

namespace Herald::Test {

QString archiveDirectory()
{
    return QDir(QStringLiteral(HERALD_ARCHIVE_DIR)).canonicalPath();
}

FixtureSet fixtureSet()
{
    const QString named = qEnvironmentVariable("HERALD_FIXTURES");
    if (named.isEmpty()) {
        return {archiveDirectory(), false};
    }
    // A tree that is missing stays named as given: the test then fails on its first read
    // instead of quietly testing the archive in a run that was asked for the snapshot.
    const QString directory = QDir(named).exists() ? QDir(named).canonicalPath() : named;
    return {directory, directory != archiveDirectory()};
}

} // namespace Herald::Test
