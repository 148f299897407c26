// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/diagnostics/result.h"

#include <QList>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using Herald::Error;
using Herald::Result;

/// The core's one way of telling failure: what a Result holds and gives back.
class TestResult final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void holdsAValue();
    void holdsAnError();
    void keepsNoneApartFromFailure();
    void voidResults();
    void aLoopOverATemporaryValueIsSafe();
};

namespace {

Result<int> half(int number)
{
    if (number % 2 != 0) {
        return Error(u"%1 is odd"_s.arg(number));
    }
    return number / 2;
}

Result<QList<int>> numbers(int count)
{
    QList<int> list;
    for (int i = 0; i < count; ++i) {
        list << i;
    }
    return list;
}

} // namespace

void TestResult::holdsAValue()
{
    const Result<int> result = half(8);
    QVERIFY(result);
    QVERIFY(result.has_value());
    QCOMPARE(result.value(), 4);
    QCOMPARE(*result, 4);
    QCOMPARE(result.value_or(-1), 4);
}

void TestResult::holdsAnError()
{
    const Result<int> result = half(7);
    QVERIFY(!result);
    QCOMPARE(result.error().message(), u"7 is odd"_s);
    QCOMPARE(result.value_or(-1), -1);
    // A failure passes on to a Result of another type as it is.
    const auto passOn = [](const Result<int> &inner) -> Result<QString> {
        if (!inner) {
            return inner.error();
        }
        return QString::number(*inner);
    };
    QCOMPARE(passOn(result).error().message(), u"7 is odd"_s);
    QCOMPARE(passOn(half(2)).value(), u"1"_s);
}

void TestResult::keepsNoneApartFromFailure()
{
    const Result<std::optional<int>> none = std::nullopt;
    QVERIFY(none);
    QVERIFY(!none->has_value());
    const Result<std::optional<int>> some = 3;
    QCOMPARE(some.value(), std::optional<int>(3));
    const Result<std::optional<int>> failed = Error(u"unreadable"_s);
    QVERIFY(!failed);
    QCOMPARE(failed.value_or(std::nullopt), std::nullopt);
}

void TestResult::voidResults()
{
    const Result<void> done;
    QVERIFY(done);
    const Result<void> failed = Error(u"Cannot write /x: Permission denied"_s);
    QVERIFY(!failed);
    QCOMPARE(failed.error().message(), u"Cannot write /x: Permission denied"_s);
    Result<void> later;
    later = failed;
    QVERIFY(!later);
}

void TestResult::aLoopOverATemporaryValueIsSafe()
{
    // value() of a temporary gives the list itself, so the loop does not read freed memory
    // (ASan would tell).
    int sum = 0;
    for (const int number : numbers(100).value()) {
        sum += number;
    }
    QCOMPARE(sum, 4950);
}

QTEST_APPLESS_MAIN(TestResult)
#include "tst_result.moc"
