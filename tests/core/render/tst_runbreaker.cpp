// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/render/runbreaker.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Herald::RunBreaker;

namespace {

constexpr QChar Zwsp(0x200B);

/// The longest stretch of `text` with no space and no zero-width space, tags skipped.
int longestRun(const QString &text, bool html)
{
    int longest = 0;
    int run = 0;
    bool inTag = false;
    for (const QChar c : text) {
        if (html && (c == u'<' || inTag)) {
            inTag = c != u'>';
            continue;
        }
        run = (c.isSpace() || c == Zwsp) ? 0 : run + 1;
        longest = std::max(longest, run);
    }
    return longest;
}

QString withoutBreaks(QString text)
{
    return text.remove(Zwsp);
}

} // namespace

class TestRunBreaker final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void breaksOnlyLongRuns_data();
    void breaksOnlyLongRuns();
    void countsARunAcrossPieces();
    void neverSplitsPairsMarksOrReferences();
    void breaksTextBetweenTagsOnly();
};

void TestRunBreaker::breaksOnlyLongRuns_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("changed");

    QTest::newRow("empty") << QString() << false;
    QTest::newRow("a sentence") << u"Python 3.14.0 is out."_s << false;
    QTest::newRow("160 characters") << QString(160, u'x') << false;
    QTest::newRow("161 characters") << QString(161, u'x') << true;
    QTest::newRow("long words between spaces") << QString(QString(150, u'x') + u' ').repeated(100) << false;
    QTest::newRow("a long URL") << u"https://example.org/"_s + QString(400, u'a') << true;
    QTest::newRow("Chinese breaks by itself") << QString(500, QChar(0x4E2D)) << false;
    QTest::newRow("5 MB") << QString(5 * 1024 * 1024, u'y') << true;
}

void TestRunBreaker::breaksOnlyLongRuns()
{
    QFETCH(QString, text);
    QFETCH(bool, changed);
    QString broken = text;
    RunBreaker breaker;
    QCOMPARE(breaker.breakText(broken), changed);
    QCOMPARE(withoutBreaks(broken), text);
    if (changed) {
        QVERIFY(longestRun(broken, false) <= RunBreaker::LongRun);
    } else {
        QCOMPARE(broken, text);
    }
}

void TestRunBreaker::countsARunAcrossPieces()
{
    // `*ab*cd` repeated: many short nodes, one word on the screen.
    RunBreaker breaker;
    QString joined;
    int changedPieces = 0;
    for (int i = 0; i < 1000; ++i) {
        QString piece = u"ab"_s;
        changedPieces += breaker.breakText(piece) ? 1 : 0;
        joined += piece;
    }
    QVERIFY(changedPieces > 0);
    QVERIFY(longestRun(joined, false) <= RunBreaker::LongRun);
    QCOMPARE(withoutBreaks(joined), u"ab"_s.repeated(1000));

    // A new block starts a new run.
    breaker.reset();
    QString shortOne = QString(100, u'x');
    QVERIFY(!breaker.breakText(shortOne));
}

void TestRunBreaker::neverSplitsPairsMarksOrReferences()
{
    const QString emoji = QString::fromUtf8("\xF0\x9F\x90\x8D"); // a surrogate pair
    const QString accented = u"e\u0301"_s; // e and a combining acute accent
    for (const QString &unit : {emoji, accented}) {
        QString text = unit.repeated(400);
        RunBreaker breaker;
        QVERIFY(breaker.breakText(text));
        for (qsizetype i = 1; i < text.size(); ++i) {
            if (text.at(i) == Zwsp) {
                QVERIFY2(!text.at(i - 1).isHighSurrogate(), "a pair split");
                QVERIFY2(!text.at(i + 1).isMark(), "a mark torn from its letter");
            }
        }
        QCOMPARE(withoutBreaks(text), unit.repeated(400));
    }
    RunBreaker breaker;
    const QString html = u"<p>"_s + u"&amp;&#x1F40D;x"_s.repeated(200) + u"</p>"_s;
    const QString broken = breaker.breakHtml(html);
    QCOMPARE(withoutBreaks(broken), html);
    for (qsizetype at = broken.indexOf(Zwsp); at >= 0; at = broken.indexOf(Zwsp, at + 1)) {
        const qsizetype amp = broken.lastIndexOf(u'&', at);
        const qsizetype semicolon = broken.lastIndexOf(u';', at);
        QVERIFY2(amp < 0 || semicolon > amp, "a character reference cut");
    }
}

void TestRunBreaker::breaksTextBetweenTagsOnly()
{
    RunBreaker breaker;
    const QString attribute = QString(300, u'a');
    const QString html = u"<div title=\""_s + attribute + u"\"><p>"_s + QString(1000, u'h') + u"</p></div>"_s;
    const QString broken = breaker.breakHtml(html);
    QVERIFY(broken.contains(attribute)); // the tag is untouched
    QVERIFY(broken.contains(Zwsp));
    QVERIFY(longestRun(broken, true) <= RunBreaker::LongRun);
    QCOMPARE(withoutBreaks(broken), html);
}

QTEST_GUILESS_MAIN(TestRunBreaker)
#include "tst_runbreaker.moc"
