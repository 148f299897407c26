// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/text/localedates.h"

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
    // Words and points that belong to the year or the weekday leave with them.
    QTest::newRow("Spanish") << u"es_ES"_s << u"18 de julio"_s << u"18 de jul"_s;
    QTest::newRow("Brazilian Portuguese") << u"pt_BR"_s << u"18 de julho"_s << u"18 de jul."_s;
    QTest::newRow("Russian") << u"ru_RU"_s << u"18 июля"_s << u"18 июл."_s;
    QTest::newRow("Hungarian") << u"hu_HU"_s << u"július 18."_s << u"júl. 18."_s;
    QTest::newRow("Korean") << u"ko_KR"_s << u"7월 18일"_s << u"7월 18일"_s;
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
