// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// What search indexes of a body: the words a reader sees, for feed HTML and for Markdown with
// its frontmatter and raw HTML, never tags, attributes, addresses, scripts or styles.
#include "core/render/searchtext.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Herald::SearchText;

class TestSearchText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheWordsOfHtml_data();
    void readsTheWordsOfHtml();
    void readsTheWordsOfMarkdown_data();
    void readsTheWordsOfMarkdown();
    void aBodyWithoutWordsHasAnEmptyText();
    void keepsWithinItsBounds();
};

void TestSearchText::readsTheWordsOfHtml_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");
    QTest::newRow("a link") << u"<p>See <a href=\"https://example.org/notes\" title=\"x\">the notes</a>.</p>"_s
                            << u"See the notes."_s;
    QTest::newRow("inline elements run on") << u"<p>Version <b>1</b>.<i>2</i> is out</p>"_s << u"Version 1.2 is out"_s;
    QTest::newRow("blocks are breaks") << u"<h2>Fixes</h2><ul><li>one</li><li>two</li></ul><pre><code>pip "
                                          u"install x</code></pre>"_s
                                       << u"Fixes one two pip install x"_s;
    QTest::newRow("scripts, styles and handlers") << u"<p onclick=\"steal()\">Safe<script>steal()</script>"
                                                     u"<style>p { color: red }</style> words</p>"_s
                                                  << u"Safe words"_s;
    QTest::newRow("entities") << u"<p>Fish &amp; chips &lt;3</p>"_s << u"Fish & chips <3"_s;
}

void TestSearchText::readsTheWordsOfHtml()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(SearchText::ofHtml(html), text);
}

void TestSearchText::readsTheWordsOfMarkdown_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("text");
    QTest::newRow("frontmatter left out")
        << u"---\ntitle: A release\nauthor: Someone\n---\n\nThe body."_s << u"The body."_s;
    QTest::newRow("a link's address left out")
        << u"Read [the notes](https://example.org/notes \"Notes\")."_s << u"Read the notes."_s;
    QTest::newRow("raw HTML, as older posts carry it")
        << u"<table align=\"center\" cellpadding=\"0\"><tr><td>Home Page: <a href=\"https://a.example/\">a "
           u"site</a></td></tr></table>\n\nAfter it."_s
        << u"Home Page: a site After it."_s;
    QTest::newRow("emphasis and code") << u"Use **`pip install -U x`** _now_\n\n```python\nimport x\n```"_s
                                       << u"Use pip install -U x now import x"_s;
}

void TestSearchText::readsTheWordsOfMarkdown()
{
    QFETCH(QString, markdown);
    QFETCH(QString, text);
    QCOMPARE(SearchText::ofMarkdown(markdown), text);
}

void TestSearchText::aBodyWithoutWordsHasAnEmptyText()
{
    // Empty, never null: the store keeps NULL for "not worked out yet".
    for (const QString &body : {QString(), u""_s, u"<p></p>"_s, u"<img src=\"x.png\">"_s}) {
        QVERIFY(!SearchText::ofHtml(body).isNull());
        QVERIFY(SearchText::ofHtml(body).isEmpty());
    }
    QVERIFY(!SearchText::ofMarkdown(u"---\ntitle: x\n---\n"_s).isNull());
}

void TestSearchText::keepsWithinItsBounds()
{
    QString html;
    while (html.size() < 2 * SearchText::MaxHtml) {
        html += u"<p>word word word word word word word word</p>"_s;
    }
    const QString text = SearchText::ofHtml(html);
    QVERIFY(!text.isEmpty());
    QVERIFY(text.size() <= SearchText::MaxText);
}

QTEST_GUILESS_MAIN(TestSearchText)
#include "tst_searchtext.moc"
