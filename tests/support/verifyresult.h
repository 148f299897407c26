// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QTest>

/// QVERIFY for a Result: it must hold a value, and when it does not, the test's message is
/// the Result's error.
#define HERALD_VERIFY_RESULT(expression)                                                                               \
    do {                                                                                                               \
        const auto heraldResult = (expression);                                                                        \
        QVERIFY2(bool(heraldResult), heraldResult ? "" : qPrintable(heraldResult.error().message()));                  \
    } while (false)
