// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QTemporaryDir>

namespace Herald::Test {

/// A machine with no Python on it, for tests whose windows look for interpreters: PATH and
/// HOME point at an empty folder and the version managers' variables are unset, so a scan
/// finds nothing on the test machine's PATH or in its home and every run sees the same card.
class EmptyMachine final
{
public:
    EmptyMachine();
    Q_DISABLE_COPY_MOVE(EmptyMachine)

    [[nodiscard]] bool isValid() const { return m_folder.isValid(); }

private:
    QTemporaryDir m_folder;
};

} // namespace Herald::Test
