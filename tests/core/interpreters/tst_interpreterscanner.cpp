// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/interpreters/discoveryenvironment.h"
#include "core/interpreters/interpreterscanner.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using Herald::DiscoveryEnvironment;
using Herald::InterpreterScanner;

class TestInterpreterScanner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scansUntilItsResultArrives();
    void aScanAskedBeforeTheResultArrivesIsKept();

private:
    QTemporaryDir m_home;
    /// A machine with nothing to find: no PATH, an empty home and system root.
    [[nodiscard]] DiscoveryEnvironment emptyMachine() const;
};

DiscoveryEnvironment TestInterpreterScanner::emptyMachine() const
{
    DiscoveryEnvironment environment;
    environment.home = m_home.path();
    environment.root = m_home.path();
    return environment;
}

void TestInterpreterScanner::scansUntilItsResultArrives()
{
    InterpreterScanner scanner;
    QSignalSpy finished(&scanner, &InterpreterScanner::finished);
    scanner.scan(emptyMachine());
    QVERIFY(scanner.isScanning());
    // The discovery ends in its worker thread; with no event processed here, its result has
    // not reached this thread, so the scan is still going on for whoever shows it.
    QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
    QCOMPARE(finished.count(), 0);
    QVERIFY(scanner.isScanning());
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(!scanner.isScanning());
    QVERIFY(scanner.hasResult());
}

void TestInterpreterScanner::aScanAskedBeforeTheResultArrivesIsKept()
{
    InterpreterScanner scanner;
    QSignalSpy finished(&scanner, &InterpreterScanner::finished);
    scanner.scan(emptyMachine());
    QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
    // Asked between the thread's end and the delivery of its result: it waits its turn
    // rather than replacing the scan whose result is on its way.
    scanner.scan(emptyMachine());
    QTRY_COMPARE(finished.count(), 2);
    QVERIFY(!scanner.isScanning());
}

QTEST_GUILESS_MAIN(TestInterpreterScanner)
#include "tst_interpreterscanner.moc"
