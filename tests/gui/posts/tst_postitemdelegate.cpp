// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// What a post's row shows of a search snippet: the match, however far into the snippet it
// comes and however narrow the list.
#include "gui/posts/postitemdelegate.h"

#include <QFontMetrics>
#include <QTest>

using namespace Qt::StringLiterals;
using Herald::PostItemDelegate;

class TestPostItemDelegate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSnippetShowsItsFirstMatch_data();
    void aSnippetShowsItsFirstMatch();
};

namespace {

const QString Words = u"the release brings a faster interpreter with better error messages and many "
                      u"fixes to the standard library, the build and the documentation "_s;

QFont boldOf(const QFont &font)
{
    QFont bold = font;
    bold.setWeight(QFont::DemiBold);
    return bold;
}

} // namespace

void TestPostItemDelegate::aSnippetShowsItsFirstMatch_data()
{
    QTest::addColumn<QString>("snippet");
    QTest::addColumn<int>("width");
    QTest::addColumn<bool>("cut"); // the words before the match are cut at their start

    const QString late = Words + u"\x02vendored certificates\x03 are gone"_s;
    QTest::newRow("a match past the width") << late << 240 << true;
    QTest::newRow("the same, at 640 px") << late << 640 << true;
    QTest::newRow("room for all of it") << late << 4000 << false;
    QTest::newRow("a match first") << u"\x02vendored\x03 certificates "_s + Words << 240 << false;
    QTest::newRow("no match") << Words << 240 << false;
    QTest::newRow("two matches, the first one late")
        << Words + u"\x02vendored\x03 certificates and \x02vendored\x03 wheels"_s << 240 << true;
    QTest::newRow("an unclosed match") << Words + u"\x02vendored certificates"_s << 240 << true;
}

void TestPostItemDelegate::aSnippetShowsItsFirstMatch()
{
    QFETCH(QString, snippet);
    QFETCH(int, width);
    QFETCH(bool, cut);
    const QFont font;
    const QFont bold = boldOf(font);

    const QString shown = PostItemDelegate::fittedSnippet(snippet, font, bold, width);
    if (!cut) {
        QCOMPARE(shown, snippet);
        return;
    }
    const qsizetype first = snippet.indexOf(u'\x02');
    const qsizetype shownFirst = shown.indexOf(u'\x02');
    QVERIFY(shownFirst > 0);
    // From the first match on, the snippet is whole; before it, the end of its words.
    QCOMPARE(shown.mid(shownFirst), snippet.mid(first));
    const QString before = shown.left(shownFirst);
    QVERIFY2(before.startsWith(u'…'), qPrintable(before));
    QVERIFY2(snippet.left(first).endsWith(before.mid(1)), qPrintable(before));
    // And the match begins within the row, at most a third of the way in.
    QVERIFY(QFontMetrics(font).horizontalAdvance(before) <= width / 3);
    const qsizetype end = shown.indexOf(u'\x03', shownFirst);
    const QString match = shown.mid(shownFirst + 1, end < 0 ? -1 : end - shownFirst - 1);
    QVERIFY(!match.isEmpty());
    if (QFontMetrics(bold).horizontalAdvance(match) <= width * 2 / 3) {
        QVERIFY(QFontMetrics(font).horizontalAdvance(before) + QFontMetrics(bold).horizontalAdvance(match) <= width);
    }
}

QTEST_MAIN(TestPostItemDelegate)
#include "tst_postitemdelegate.moc"
