// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The renderer's bounds (core/render/renderlimits.h): how much of a post is shown, how much
// Markdown is parsed, and how wide a table and how long a list may be, in Markdown and in raw
// HTML, each with its note; and raw HTML rendered in time proportional to its tags.
#include "core/render/posthtmlrenderer.h"
#include "englishplurals.h"
#include "snippetpost.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;
using Herald::Post;
using Herald::PostHtmlRenderer;
using Herald::Test::bodyOf;
using Herald::Test::fixedOptions;
using Herald::Test::numbered;
using Herald::Test::snippetPost;

class TestRenderBounds final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsABoundedPart_data();
    void showsABoundedPart();
    void rawHtmlTakesTimeInProportionToItsTags();

private:
    Herald::Test::EnglishPlurals m_plurals;
};

void TestRenderBounds::initTestCase()
{
    QCoreApplication::installTranslator(&m_plurals);
}

void TestRenderBounds::showsABoundedPart_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QStringList>("present"); ///< regular expressions the body must match
    QTest::addColumn<QStringList>("absent"); ///< and must not

    // Past 100,000 characters (a block counting 20) the rest is left out: laying out costs
    // about a second per megabyte.
    const QString leftOut = u"<p class=\"muted\"><i>The rest of this post is left out"_s;
    QTest::newRow("30,000 paragraphs") << numbered(u"para %1\n\n"_s, 30000)
                                       << QStringList {u"<p>para 0</p>"_s, u"<p>para 3000</p>"_s, leftOut}
                                       << QStringList {u"para 5000\\b"_s, u"para 29999"_s};
    QTest::newRow("a long post of lists and text")
        << numbered(u"- item %1 with some words to make it longer than before\n"_s, 5000)
        << QStringList {u"item 0 with"_s, leftOut} << QStringList {u"item 4999"_s};
    QTest::newRow("one 1 MB raw HTML block")
        << u"<div>\n<p title=\"t\">"_s + QString(u"h&amp;"_s).repeated(200000) + u"</p>\n</div>\n"_s
        << QStringList {u"<div>\n<p title=\"t\">h"_s, u"h&amp;(\\x{200b})?h&amp;"_s, leftOut}
        << QStringList {u"h&amp;</p>"_s, u"&(?!amp;)"_s};
    // Past 128 KiB of Markdown nothing is parsed: a reference defined there defines nothing.
    QTest::newRow("a reference defined past the Markdown parsed")
        << u"[x][r]\n\n"_s + numbered(u"p %1\n\n"_s, 30000) + u"[r]: https://refd.example/\n"_s
        << QStringList {u"\\[x\\]\\[r\\]"_s, leftOut} << QStringList {u"refd\\.example"_s};
    const QString wide = QString(u"|c"_s).repeated(200) + u"|\n"_s + QString(u"|-"_s).repeated(200) + u"|\n"_s
        + numbered(u"|v%1"_s, 200) + u"|\n"_s;
    QTest::newRow("a table of 200 columns shows 64")
        << wide << QStringList {u">\\s*v63\\s*</td>"_s, u"136 more columns of this table not shown"_s}
        << QStringList {u"v64\\b"_s, u"v199"_s};
    QTest::newRow("a raw table of 200 columns shows 64")
        << u"<table><tr>"_s + numbered(u"<td>w%1</td>"_s, 200) + u"</tr></table>\n"_s
        << QStringList {u"<td>w63</td>w64"_s,
               u"</table><p class=\"muted\"><i>136 more columns of this table not shown"_s}
        << QStringList {u"<td>w64"_s};
    QTest::newRow("a list of 1,200 items shows 1,000")
        << numbered(u"- item %1\n"_s, 1200)
        << QStringList {u"item 999\\b"_s, u"</ul>\\s*<p class=\"muted\"><i>200 more items of this list not shown."_s}
        << QStringList {u"item 1000\\b"_s, leftOut};
    QTest::newRow("a raw cell spans at most 8 columns")
        << u"<table><tr><td colspan=\"20480\">a</td><td>b</td></tr></table>\n"_s
        << QStringList {u"<td colspan=\"8\">a</td><td>b</td></tr>"_s} << QStringList {u"20480"_s, u"not shown"_s};
    QTest::newRow("a post just short of the limit is whole")
        << numbered(u"para %1\n\n"_s, 3000) << QStringList {u"<p>para 2999</p>"_s} << QStringList {leftOut};
}

void TestRenderBounds::showsABoundedPart()
{
    QFETCH(QString, markdown);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    const QString mismatch = Herald::Test::renderedMismatch(markdown, present, absent);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestRenderBounds::rawHtmlTakesTimeInProportionToItsTags()
{
    // Each tag was once matched with a check of all the HTML after it: ten times the tags took
    // a hundred times as long (5,000 nested divs, 100 ms). A ratio, not a time: it holds on a
    // slow machine and under sanitizers alike.
    const PostHtmlRenderer renderer(fixedOptions());
    const auto fastest = [&renderer](int tags) {
        const Post post = snippetPost(u"<div>\n"_s + QString(u"<b>s</b>"_s).repeated(tags / 2) + u"\n</div>\n"_s);
        qint64 best = std::numeric_limits<qint64>::max();
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer timer;
            timer.start();
            const bool shown = renderer.render(post).html.contains(u"<b>s</b>"_s);
            best = shown ? best : 0; // a render that lost the tags proves nothing
            best = std::min(best, timer.nsecsElapsed());
        }
        return best;
    };
    const qint64 small = fastest(1000);
    const qint64 large = fastest(10000);
    QVERIFY(small > 0 && large > 0);
    QVERIFY2(
        large < 30 * small, qPrintable(u"1,000 tags: %1 ms, 10,000 tags: %2 ms"_s.arg(small / 1e6).arg(large / 1e6)));
}

QTEST_MAIN(TestRenderBounds)
#include "tst_renderbounds.moc"
