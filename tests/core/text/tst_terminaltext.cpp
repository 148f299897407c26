// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/text/terminaltext.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Herald::TerminalText;

class TestTerminalText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsTextDropsControls_data();
    void keepsTextDropsControls();
};

void TestTerminalText::keepsTextDropsControls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << u"Python 3.14 — π"_s << u"Python 3.14 — π"_s;
    QTest::newRow("newlines and tabs stay") << u"a\n\tb"_s << u"a\n\tb"_s;
    QTest::newRow("NUL") << (u"a"_s + QChar(0) + u"b"_s) << u"ab"_s;
    QTest::newRow("escape sequence") << u"\x1b]0;owned\x07title\x1b[2J"_s << u"]0;ownedtitle[2J"_s;
    QTest::newRow("C1 control") << (u"a"_s + QChar(0x9b) + u"31mb"_s) << u"a31mb"_s;
    QTest::newRow("carriage return") << u"safe\rEVIL"_s << u"safeEVIL"_s;
}

void TestTerminalText::keepsTextDropsControls()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(TerminalText::safe(text), shown);
}

QTEST_GUILESS_MAIN(TestTerminalText)
#include "tst_terminaltext.moc"
