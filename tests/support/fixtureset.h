// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace Herald::Test {

/// The tree of fixtures a test run reads, laid out by host as fixtures/README describes.
///
/// By default that is the small archive written for the tests in tests/data/archive/handwritten,
/// which every clone has, so no test needs anything beside the checkout. When $HERALD_FIXTURES
/// names another tree the run reads that one instead: ctest's `<test>_snapshot` entries, which
/// exist only where ../shared/fixtures/web did at configure time, point it at the real
/// snapshot, and the tests then expect the snapshot's figures.
struct FixtureSet {
    QString directory;
    bool snapshot = false;

    /// What a test expects of this set: `archive` for the handwritten archive, `real` for the
    /// snapshot.
    template<typename T>
    [[nodiscard]] T pick(const T &archive, const T &real) const
    {
        return snapshot ? real : archive;
    }
};

/// The set this run reads (see FixtureSet).
FixtureSet fixtureSet();

/// tests/data/archive/handwritten in the source tree.
QString archiveDirectory();

} // namespace Herald::Test
