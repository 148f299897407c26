#include "text/localedates.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Herald::LocaleDates;

class TestLocaleDates final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesDayAndMonthAsTheLocaleDoes_data();
    void writesDayAndMonthAsTheLocaleDoes();
};

void TestLocaleDates::writesDayAndMonthAsTheLocaleDoes_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("full");
    QTest::addColumn<QString>("abbreviated");

    // 18 July 2026, with the day's period in German and the characters of Japanese.
    QTest::newRow("German") << u"de_DE"_s << u"18. Juli"_s << u"18. Juli"_s;
    QTest::newRow("US English") << u"en_US"_s << u"July 18"_s << u"Jul 18"_s;
    QTest::newRow("British English") << u"en_GB"_s << u"18 July"_s << u"18 Jul"_s;
    QTest::newRow("French") << u"fr_FR"_s << u"18 juillet"_s << u"18 juil."_s;
    QTest::newRow("Japanese") << u"ja_JP"_s << u"7月18日"_s << u"7月18日"_s;
}

void TestLocaleDates::writesDayAndMonthAsTheLocaleDoes()
{
    QFETCH(QString, locale);
    QFETCH(QString, full);
    QFETCH(QString, abbreviated);
    const QLocale chosen(locale);
    const QDate date(2026, 7, 18);
    QCOMPARE(LocaleDates::dayMonth(date, chosen), full);
    QCOMPARE(LocaleDates::dayMonth(date, chosen, LocaleDates::Month::Short), abbreviated);
    // Never the year, never the weekday.
    QVERIFY(!LocaleDates::dayMonth(date, chosen).contains(u"2026"_s));
    QVERIFY(!LocaleDates::dayMonth(date, chosen).contains(chosen.dayName(date.dayOfWeek())));
}

QTEST_GUILESS_MAIN(TestLocaleDates)
#include "tst_localedates.moc"
