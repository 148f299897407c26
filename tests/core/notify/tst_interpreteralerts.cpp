// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/interpreters/interpreter.h"
#include "core/interpreters/interpreteradvice.h"
#include "core/notify/interpreteralerts.h"

#include "storefixtures.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

/// Alerts about the interpreters of this machine: told once per interpreter and release,
/// across restarts, and never for what was already so at the first look.
class TestInterpreterAlerts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void theFirstLookTellsNothing();
    void tellsEachNewSecurityReleaseOnce();
    void tellsAnEndOfLifeOnceAcrossRestarts();
    void onlySecurityAndEndOfLifeAreTold_data();
    void onlySecurityAndEndOfLifeAreTold();

private:
    static std::pair<Interpreter, InterpreterAdvice> judged(
        const QString &path, const QString &version, InterpreterAdvice::Verdict verdict, const QString &latest = {});

    std::unique_ptr<Test::TemporaryStore> m_store;
};

void TestInterpreterAlerts::init()
{
    m_store = std::make_unique<Test::TemporaryStore>();
    HERALD_VERIFY_RESULT(m_store->open());
}

std::pair<Interpreter, InterpreterAdvice> TestInterpreterAlerts::judged(
    const QString &path, const QString &version, InterpreterAdvice::Verdict verdict, const QString &latest)
{
    Interpreter interpreter;
    interpreter.names = {{path, InterpreterOrigin::Path, {}}};
    interpreter.version = *Version::parse(version);
    interpreter.implementation = u"CPython"_s;
    InterpreterAdvice advice;
    advice.verdict = verdict;
    advice.series = interpreter.version.series();
    if (!latest.isEmpty()) {
        advice.latest = Version::parse(latest);
    }
    advice.action = u"do something"_s;
    return {interpreter, advice};
}

void TestInterpreterAlerts::theFirstLookTellsNothing()
{
    InterpreterAlerts alerts(m_store->store());
    const InterpreterAlerts::Judged now {
        judged(u"/usr/bin/python3.8"_s, u"3.8.10"_s, InterpreterAdvice::Verdict::EndOfLife),
        judged(u"/usr/bin/python3.12"_s, u"3.12.3"_s, InterpreterAdvice::Verdict::MissesSecurity, u"3.12.14"_s),
    };
    QVERIFY(alerts.update(now).isEmpty());
    QVERIFY(alerts.update(now).isEmpty());
    // Even a first look with nothing to say is a baseline.
    Test::TemporaryStore other;
    QVERIFY(other.open());
    InterpreterAlerts fresh(other.store());
    QVERIFY(fresh.update({}).isEmpty());
    QCOMPARE(fresh.update(now).size(), 2);
}

void TestInterpreterAlerts::tellsEachNewSecurityReleaseOnce()
{
    InterpreterAlerts alerts(m_store->store());
    QVERIFY(alerts.update({judged(u"/p"_s, u"3.12.14"_s, InterpreterAdvice::Verdict::UpToDate)}).isEmpty());
    const auto behind = judged(u"/p"_s, u"3.12.14"_s, InterpreterAdvice::Verdict::MissesSecurity, u"3.12.15"_s);
    const QList<InterpreterAlert> told = alerts.update({behind});
    QCOMPARE(told.size(), 1);
    QCOMPARE(told.constFirst().title, u"Python 3.12.14 misses a security release"_s);
    QVERIFY(told.constFirst().text.startsWith(u"do something\n"_s));
    QVERIFY(alerts.update({behind}).isEmpty());
    // The next security release is news again.
    QCOMPARE(
        alerts.update({judged(u"/p"_s, u"3.12.14"_s, InterpreterAdvice::Verdict::MissesSecurity, u"3.12.16"_s)}).size(),
        1);
}

void TestInterpreterAlerts::tellsAnEndOfLifeOnceAcrossRestarts()
{
    const auto ended = judged(u"/opt/python3.10"_s, u"3.10.20"_s, InterpreterAdvice::Verdict::EndOfLife);
    {
        InterpreterAlerts alerts(m_store->store());
        QVERIFY(alerts.update({judged(u"/opt/python3.10"_s, u"3.10.20"_s, InterpreterAdvice::Verdict::UpToDate)})
                .isEmpty());
        const QList<InterpreterAlert> told = alerts.update({ended});
        QCOMPARE(told.size(), 1);
        QCOMPARE(told.constFirst().title, u"Python 3.10.20 has reached its end of life"_s);
    }
    m_store->close();
    QVERIFY(m_store->open());
    InterpreterAlerts afterRestart(m_store->store());
    QVERIFY(afterRestart.update({ended}).isEmpty());
}

void TestInterpreterAlerts::onlySecurityAndEndOfLifeAreTold_data()
{
    QTest::addColumn<int>("verdict");
    QTest::addColumn<bool>("told");
    QTest::newRow("up to date") << int(InterpreterAdvice::Verdict::UpToDate) << false;
    QTest::newRow("behind") << int(InterpreterAdvice::Verdict::Behind) << false;
    QTest::newRow("security") << int(InterpreterAdvice::Verdict::MissesSecurity) << true;
    QTest::newRow("end of life") << int(InterpreterAdvice::Verdict::EndOfLife) << true;
    QTest::newRow("not followed") << int(InterpreterAdvice::Verdict::NotFollowed) << false;
    QTest::newRow("unknown") << int(InterpreterAdvice::Verdict::UnknownSeries) << false;
    QTest::newRow("unusable") << int(InterpreterAdvice::Verdict::Unusable) << false;
}

void TestInterpreterAlerts::onlySecurityAndEndOfLifeAreTold()
{
    QFETCH(int, verdict);
    QFETCH(bool, told);
    InterpreterAlerts alerts(m_store->store());
    QVERIFY(alerts.update({}).isEmpty());
    const auto entry = judged(u"/p"_s, u"3.13.1"_s, InterpreterAdvice::Verdict(verdict), u"3.13.9"_s);
    QCOMPARE(alerts.update({entry}).size(), told ? 1 : 0);
}

QTEST_GUILESS_MAIN(TestInterpreterAlerts)
#include "tst_interpreteralerts.moc"
