// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// endoflife.date's cycles for any product: read leniently from the API's documented shape,
// and judged by the day asked about, never by the data's age.
#include "core/releases/productlifecycle.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using Herald::ProductCycle;
using Herald::ProductLifecycle;
using Herald::SeriesStatus;

Q_DECLARE_METATYPE(Herald::SeriesStatus)

namespace {

ProductLifecycle django()
{
    QFile file(QStringLiteral(HERALD_TEST_DATA "/projects/endoflife.date/api/django.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(file.fileName()));
    }
    auto read = ProductLifecycle::read(file.readAll(), u"django"_s);
    if (!read) {
        qFatal("%s", qPrintable(read.error().message()));
    }
    return *read;
}

} // namespace

class TestProductLifecycle final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheCycles();
    void judgesByTheDay_data();
    void judgesByTheDay();
    void refusesWhatIsNoList_data();
    void refusesWhatIsNoList();
    void guessesTheProduct_data();
    void guessesTheProduct();
};

void TestProductLifecycle::readsTheCycles()
{
    const ProductLifecycle lifecycle = django();
    QStringList names;
    for (const ProductCycle &cycle : lifecycle.cycles()) {
        names << cycle.cycle;
    }
    // The nameless cycle is skipped; a numeric one reads as its text.
    QCOMPARE(names, QStringList({u"6.0"_s, u"5.2"_s, u"5.1"_s, u"4.2"_s, u"3.2"_s, u"2.2"_s}));
    QCOMPARE(lifecycle.warnings().size(), 2);
    QVERIFY2(lifecycle.warnings().at(0).contains(u"cycle 6 has no name"_s), qPrintable(lifecycle.warnings().at(0)));
    QVERIFY2(lifecycle.warnings().at(1).contains(u"django 2.2: cannot read “eol”"_s),
        qPrintable(lifecycle.warnings().at(1)));
    const auto lts = lifecycle.cycle(u"5.2"_s);
    QVERIFY(lts);
    QCOMPARE(lts->endOfLife, QDate(2028, 4, 30));
    QCOMPARE(lts->endOfSupport, QDate(2025, 12, 31));
    QCOMPARE(lts->latest, u"5.2.8"_s);
    QVERIFY(lts->isLtsOn(QDate(2026, 12, 6)));
    // A series finer than the cycles is judged by its cycle; a major by its newest minor.
    QCOMPARE(lifecycle.cycle(u"5.2.1"_s)->cycle, u"5.2"_s);
    QCOMPARE(lifecycle.cycle(u"5"_s)->cycle, u"5.2"_s);
    QCOMPARE(lifecycle.cycle(u"4"_s)->cycle, u"4.2"_s);
    QVERIFY(!lifecycle.cycle(u"7"_s));
    QVERIFY(!lifecycle.cycle(u"5.3"_s));
    QVERIFY(!lifecycle.cycle(u"52"_s));
    QCOMPARE(ProductLifecycle::apiUrl(u"django"_s), QUrl(u"https://endoflife.date/api/django.json"_s));
}

void TestProductLifecycle::judgesByTheDay_data()
{
    QTest::addColumn<QString>("cycle");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<SeriesStatus>("status");
    QTest::newRow("6.0 before its release") << u"6.0"_s << QDate(2026, 12, 6) << SeriesStatus::Prerelease;
    QTest::newRow("6.0 released") << u"6.0"_s << QDate(2026, 12, 10) << SeriesStatus::Bugfix;
    QTest::newRow("5.2 in security support") << u"5.2"_s << QDate(2026, 12, 6) << SeriesStatus::Security;
    QTest::newRow("5.2 in active support") << u"5.2"_s << QDate(2025, 6, 1) << SeriesStatus::Bugfix;
    QTest::newRow("4.2 on its last day") << u"4.2"_s << QDate(2026, 4, 29) << SeriesStatus::Security;
    QTest::newRow("4.2 at its end of life") << u"4.2"_s << QDate(2026, 4, 30) << SeriesStatus::EndOfLife;
    QTest::newRow("3.2, ended without a day") << u"3.2"_s << QDate(2021, 5, 1) << SeriesStatus::EndOfLife;
    QTest::newRow("2.2, unreadable end, support over") << u"2.2"_s << QDate(2026, 12, 6) << SeriesStatus::Security;
}

void TestProductLifecycle::judgesByTheDay()
{
    QFETCH(QString, cycle);
    QFETCH(QDate, today);
    QFETCH(SeriesStatus, status);
    const auto found = django().cycle(cycle);
    QVERIFY(found);
    QCOMPARE(found->statusOn(today), status);
}

void TestProductLifecycle::refusesWhatIsNoList_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("not JSON") << QByteArray("<html>Not found</html>") << u"not valid JSON"_s;
    QTest::newRow("an object") << QByteArray(R"({"cycle": "1.0"})") << u"not a list of release cycles"_s;
}

void TestProductLifecycle::refusesWhatIsNoList()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const auto read = ProductLifecycle::read(json, u"numpy"_s);
    QVERIFY(!read);
    QVERIFY2(read.error().message().contains(message), qPrintable(read.error().message()));
    QVERIFY2(read.error().message().contains(u"numpy"_s), qPrintable(read.error().message()));
}

void TestProductLifecycle::guessesTheProduct_data()
{
    QTest::addColumn<QString>("project");
    QTest::addColumn<QString>("product");
    QTest::newRow("GitHub") << u"django/django"_s << u"django"_s;
    QTest::newRow("PyPI, capitalised") << u"Django"_s << u"django"_s;
    QTest::newRow("underscores") << u"ruby_on_rails"_s << u"ruby-on-rails"_s;
    QTest::newRow("dots") << u"zope.interface"_s << u"zope-interface"_s;
}

void TestProductLifecycle::guessesTheProduct()
{
    QFETCH(QString, project);
    QFETCH(QString, product);
    QCOMPARE(ProductLifecycle::guessProduct(project), product);
}

QTEST_GUILESS_MAIN(TestProductLifecycle)
#include "tst_productlifecycle.moc"
