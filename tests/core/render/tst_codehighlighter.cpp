// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/render/codehighlighter.h"

#include "../releases/fixtureposts.h"
#include "fixtureset.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using Herald::CodeHighlighter;

namespace {

/// The text of the HTML, without its markup and with its entities decoded.
QString plainText(const QString &html)
{
    static const QRegularExpression tag(u"<[^>]*>"_s);
    QString text = html;
    text.remove(tag);
    text.replace("&lt;"_L1, "<"_L1)
        .replace("&gt;"_L1, ">"_L1)
        .replace("&quot;"_L1, "\""_L1)
        .replace("&amp;"_L1, "&"_L1);
    return text;
}

/// The style of the first span whose text contains `word`, or an empty string when the word
/// is not inside a span.
QString styleAround(const QString &html, const QString &word)
{
    static const QRegularExpression span(u"<span style=\"([^\"]*)\">([^<]*)</span>"_s);
    for (const auto &match : span.globalMatch(html)) {
        if (plainText(match.captured(2)).contains(word)) {
            return match.captured(1);
        }
    }
    return {};
}

QString colourAround(const QString &html, const QString &word)
{
    static const QRegularExpression colour(u"(?:^|;)color:(#[0-9a-f]{6})"_s);
    return colour.match(styleAround(html, word)).captured(1);
}

} // namespace

class TestCodeHighlighter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsTheLanguage_data();
    void findsTheLanguage();
    void escapesEverything_data();
    void escapesEverything();
    void coloursPythonKeywords();
    void emitsOnlyWhatTheFormatSets();
    void plainTextHasNoSpans();
    void schemesDiffer();
    void keepsStateAcrossLines();
    void highlightsSessionsAfterThePrompt();
    void consoleOutputStaysPlain();
    void keepsLineStructure();
    void switchesSchemes();
    void highlightsTheFixtureBlocks();
    void highlightsLongBlocksQuickly();
};

void TestCodeHighlighter::findsTheLanguage_data()
{
    QTest::addColumn<QString>("info");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("language");

    const QString some = u"x = 1\n"_s;
    QTest::newRow("py") << u"py"_s << some << u"Python"_s;
    QTest::newRow("python") << u"python"_s << some << u"Python"_s;
    QTest::newRow("Python") << u"Python"_s << some << u"Python"_s;
    QTest::newRow("python3") << u"python3"_s << some << u"Python"_s;
    QTest::newRow("py3") << u"py3"_s << some << u"Python"_s;
    QTest::newRow("pycon") << u"pycon"_s << u">>> 1 + 1\n2\n"_s << u"Python"_s;
    QTest::newRow("python-repl") << u"python-repl"_s << u">>> 1\n"_s << u"Python"_s;
    QTest::newRow("sh") << u"sh"_s << some << u"Bash"_s;
    QTest::newRow("shell") << u"shell"_s << some << u"Bash"_s;
    QTest::newRow("bash") << u"bash"_s << some << u"Bash"_s;
    QTest::newRow("console") << u"console"_s << u"$ ls\n"_s << u"Bash"_s;
    QTest::newRow("shell-session") << u"shell-session"_s << u"$ ls\n"_s << u"Bash"_s;
    QTest::newRow("zsh") << u"zsh"_s << some << u"Bash"_s;
    QTest::newRow("diff") << u"diff"_s << some << u"Diff"_s;
    QTest::newRow("patch") << u"patch"_s << some << u"Diff"_s;
    QTest::newRow("toml") << u"toml"_s << some << u"TOML"_s;
    QTest::newRow("yaml") << u"yaml"_s << some << u"YAML"_s;
    QTest::newRow("yml") << u"yml"_s << some << u"YAML"_s;
    QTest::newRow("json") << u"json"_s << some << u"JSON"_s;
    QTest::newRow("c") << u"c"_s << some << u"C"_s;
    QTest::newRow("cpp") << u"cpp"_s << some << u"C++"_s;
    QTest::newRow("c++") << u"c++"_s << some << u"C++"_s;
    QTest::newRow("definition name") << u"rust"_s << some << u"Rust"_s;
    QTest::newRow("extension") << u"rs"_s << some << u"Rust"_s;
    QTest::newRow("extension: js") << u"js"_s << some << u"JavaScript"_s;
    QTest::newRow("attributes after the word") << u"python title=\"x.py\""_s << some << u"Python"_s;
    QTest::newRow("tab after the word") << u"bash\t{linenos}"_s << some << u"Bash"_s;
    QTest::newRow("Pandoc braces") << u"{.python}"_s << some << u"Python"_s;
    QTest::newRow("spaces around") << u"  toml  "_s << some << u"TOML"_s;
    QTest::newRow("unknown") << u"klingon"_s << some << QString();
    QTest::newRow("unknown: not a file name") << u"../../etc/passwd"_s << some << QString();
    QTest::newRow("text") << u"text"_s << u"def f():\n"_s << QString();
    QTest::newRow("plain") << u"plain"_s << some << QString();

    // No info string: Python only when it could only be Python.
    QTest::newRow("guess: prompt") << QString() << u">>> import sys\n>>> sys.version\n'3.14.0'\n"_s << u"Python"_s;
    QTest::newRow("guess: def") << QString() << u"def circumference(radius: float) -> float:\n    return 2\n"_s
                                << u"Python"_s;
    QTest::newRow("guess: async def") << QString() << u"async def main():\n    pass\n"_s << u"Python"_s;
    QTest::newRow("guess: from import") << QString() << u"from math import pi as π\n\nprint(pi)\n"_s << u"Python"_s;
    QTest::newRow("guess: import") << QString() << u"import asyncio\n"_s << u"Python"_s;
    QTest::newRow("guess: import as") << QString() << u"import numpy as np\n"_s << u"Python"_s;
    QTest::newRow("guess: class") << QString() << u"class Point:\n    x: int\n"_s << u"Python"_s;
    QTest::newRow("guess: class with bases")
        << QString() << u"class Point(Base, metaclass=M):\n    pass\n"_s << u"Python"_s;
    QTest::newRow("guess: print") << QString() << u"print(\"hello\")\n"_s << u"Python"_s;
    QTest::newRow("guess: whitespace info") << u"   "_s << u"def f():\n    pass\n"_s << u"Python"_s;
    QTest::newRow("plain: shell") << QString() << u"./configure --enable-optimizations\nmake -j8\n"_s << QString();
    QTest::newRow("plain: pip") << QString() << u"python3 -m pip install --upgrade pip\n"_s << QString();
    QTest::newRow("plain: shell prompt") << QString() << u"$ python3 -m venv .venv\n$ . .venv/bin/activate\n"_s
                                         << QString();
    QTest::newRow("plain: output") << QString() << u"Traceback (most recent call last):\n  File \"x\"\n"_s << QString();
    QTest::newRow("plain: poem") << QString() << u"They have no need of our help\nSo do not tell me\n"_s << QString();
    QTest::newRow("plain: prose import") << QString() << u"import the data first, then run it\n"_s << QString();
    QTest::newRow("plain: prose class") << QString() << u"class action: a lawsuit\n"_s << QString();
    QTest::newRow("plain: empty") << QString() << QString() << QString();
}

void TestCodeHighlighter::findsTheLanguage()
{
    QFETCH(QString, info);
    QFETCH(QString, code);
    QFETCH(QString, language);
    const CodeHighlighter highlighter;
    QCOMPARE(highlighter.languageFor(info, code), language);
}

void TestCodeHighlighter::escapesEverything_data()
{
    QTest::addColumn<QString>("info");
    QTest::addColumn<QString>("code");

    const QString python = u"if a < b and c > d & e:\n    s = \"<script>alert(1)</script>\" # <b> & </b>\n"_s;
    QTest::newRow("python") << u"python"_s << python;
    QTest::newRow("plain") << u"text"_s << python;
    QTest::newRow("unknown language") << u"klingon"_s << python;
    QTest::newRow("guessed") << QString() << python + u"def f(): pass\n"_s;
    QTest::newRow("session") << u"pycon"_s << u">>> 1 < 2 & 3 > 2\nTrue <ok> & done\n"_s;
    QTest::newRow("bash") << u"bash"_s << u"cat <<EOF > out.txt && echo \"<&>\"\nEOF\n"_s;
    QTest::newRow("html entities") << u"python"_s << u"x = \"&lt; &amp; &#60;\"\n"_s;
    QTest::newRow("diff") << u"diff"_s << u"--- a/x.h\n+++ b/x.h\n-#include <a>\n+#include <b>\n"_s;
}

void TestCodeHighlighter::escapesEverything()
{
    QFETCH(QString, info);
    QFETCH(QString, code);
    for (const auto scheme : {CodeHighlighter::Scheme::Light, CodeHighlighter::Scheme::Dark}) {
        const CodeHighlighter highlighter(scheme);
        const QString html = highlighter.toHtml(code, info);
        // Without its own span tags, no markup is left: every < and > of the code is escaped,
        // and every & starts an entity.
        static const QRegularExpression ownTags(u"<span style=\"[^\"<>]*\">|</span>"_s);
        QString rest = html;
        rest.remove(ownTags);
        QVERIFY2(!rest.contains(u'<') && !rest.contains(u'>'), qPrintable(html));
        static const QRegularExpression bareAmpersand(u"&(?!(?:lt|gt|amp|quot);)"_s);
        QVERIFY2(!bareAmpersand.match(rest).hasMatch(), qPrintable(html));
        QCOMPARE(plainText(html), code);
    }
}

void TestCodeHighlighter::coloursPythonKeywords()
{
    const CodeHighlighter highlighter;
    const QString html
        = highlighter.toHtml(u"def circumference(radius):\n    return 2 * radius  # twice\n"_s, u"python");
    // Breeze sets keywords apart by weight, and numbers and comments by colour.
    QCOMPARE(styleAround(html, u"def"_s), u"font-weight:bold"_s);
    QCOMPARE(styleAround(html, u"return"_s), u"font-weight:bold"_s);
    QVERIFY2(colourAround(html, u"2"_s).startsWith(u'#'), qPrintable(html));
    QVERIFY2(colourAround(html, u"# twice"_s).startsWith(u'#'), qPrintable(html));
    QVERIFY(colourAround(html, u"2"_s) != colourAround(html, u"# twice"_s));
    QVERIFY(styleAround(html, u"circumference"_s).isEmpty());
    QCOMPARE(plainText(html), u"def circumference(radius):\n    return 2 * radius  # twice\n"_s);
}

void TestCodeHighlighter::emitsOnlyWhatTheFormatSets()
{
    const CodeHighlighter highlighter;
    const QString html = highlighter.toHtml(
        u"# a comment\n@decorator\ndef f(x: int = 0x1F) -> str:\n    return f\"{x!r}\" + 'y'\n"_s, u"python");
    static const QRegularExpression span(u"<span style=\"([^\"]*)\">"_s);
    static const QRegularExpression property(
        u"^(?:color:#[0-9a-f]{6}|background-color:#[0-9a-f]{6}|font-weight:bold|font-style:italic"
        "|text-decoration:(?:underline|line-through))$"_s);
    int spans = 0;
    for (const auto &match : span.globalMatch(html)) {
        const QString style = match.captured(1);
        QVERIFY2(!style.isEmpty(), qPrintable(html));
        for (const QString &part : style.split(u';')) {
            QVERIFY2(property.match(part).hasMatch(), qPrintable(style));
        }
        ++spans;
    }
    QVERIFY(spans >= 5);
    // Spans never cross a line: each line closes what it opened.
    for (const QString &line : html.split(u'\n')) {
        QCOMPARE(line.count("<span"_L1), line.count("</span>"_L1));
    }
}

void TestCodeHighlighter::plainTextHasNoSpans()
{
    const CodeHighlighter highlighter;
    const QString code = u"./configure --prefix=/opt/python && make\n"_s;
    const QString escaped = u"./configure --prefix=/opt/python &amp;&amp; make\n"_s;
    QCOMPARE(highlighter.toHtml(code, {}), escaped);
    QCOMPARE(highlighter.toHtml(code, u"text"), escaped);
    QCOMPARE(highlighter.toHtml(code, u"klingon"), escaped);
    QCOMPARE(highlighter.toHtml(QString(), u"python"), QString());
}

void TestCodeHighlighter::schemesDiffer()
{
    const CodeHighlighter light(CodeHighlighter::Scheme::Light);
    const CodeHighlighter dark(CodeHighlighter::Scheme::Dark);
    QCOMPARE(light.scheme(), CodeHighlighter::Scheme::Light);
    QCOMPARE(dark.scheme(), CodeHighlighter::Scheme::Dark);
    QVERIFY(light.background().isValid());
    QVERIFY(dark.background().isValid());
    QVERIFY(light.background() != dark.background());
    QVERIFY(light.foreground() != dark.foreground());
    // A light background with dark text, and the other way round.
    QVERIFY(light.background().lightness() > light.foreground().lightness());
    QVERIFY(dark.background().lightness() < dark.foreground().lightness());

    const QString code = u"def f():\n    return \"text\"  # note\n"_s;
    const QString lightHtml = light.toHtml(code, u"python");
    const QString darkHtml = dark.toHtml(code, u"python");
    QVERIFY(lightHtml != darkHtml);
    QVERIFY(!colourAround(lightHtml, u"\"text\""_s).isEmpty());
    QVERIFY(colourAround(lightHtml, u"\"text\""_s) != colourAround(darkHtml, u"\"text\""_s));
    QCOMPARE(plainText(lightHtml), plainText(darkHtml));
}

void TestCodeHighlighter::keepsStateAcrossLines()
{
    const CodeHighlighter highlighter;
    const QString code = u"x = \"\"\"\ndef inside_the_string():\n\"\"\"\ndef outside():\n    pass\n"_s;
    const QString html = highlighter.toHtml(code, u"python");
    const QStringList lines = html.split(u'\n');
    QCOMPARE(lines.size(), 6);
    const QString stringColour = colourAround(lines.at(0), u"\"\"\""_s);
    QVERIFY2(!stringColour.isEmpty(), qPrintable(html));
    // The line inside the string is the string's colour as a whole: "def" is not a keyword there.
    QCOMPARE(colourAround(lines.at(1), u"def inside_the_string():"_s), stringColour);
    // After the string, "def" is a keyword again.
    QCOMPARE(styleAround(lines.at(3), u"def"_s), u"font-weight:bold"_s);
    QVERIFY(!lines.at(3).contains(u"def outside():"_s));
}

void TestCodeHighlighter::highlightsSessionsAfterThePrompt()
{
    const CodeHighlighter highlighter;
    const QString code = u">>> def f():\n...     return \"\"\"\n... def still_a_string\n... \"\"\"\n>>> f()\n"
                         u"'\\ndef not_code\\n'\nimport nothing\n"_s;
    for (const QString &info : {u"pycon"_s, u"python"_s, QString()}) {
        const QString html = highlighter.toHtml(code, info);
        const QStringList lines = html.split(u'\n');
        QCOMPARE(lines.size(), 8);
        // The prompts are plain; the code after them is Python.
        QVERIFY2(lines.at(0).startsWith("&gt;&gt;&gt; <span"_L1), qPrintable(html));
        QVERIFY2(!styleAround(lines.at(0), u"def"_s).isEmpty(), qPrintable(html));
        QVERIFY2(lines.at(1).startsWith("... "_L1), qPrintable(html));
        // The triple-quoted string goes on over the continuation lines.
        const QString stringColour = colourAround(lines.at(1), u"\"\"\""_s);
        QVERIFY(!stringColour.isEmpty());
        QCOMPARE(colourAround(lines.at(2), u"def still_a_string"_s), stringColour);
        // What Python printed stays plain, even when it looks like code.
        QCOMPARE(lines.at(5), u"'\\ndef not_code\\n'"_s);
        QCOMPARE(lines.at(6), u"import nothing"_s);
        QCOMPARE(plainText(html), code);
    }
}

void TestCodeHighlighter::consoleOutputStaysPlain()
{
    const CodeHighlighter highlighter;
    const QString code = u"$ echo \"hello\" | grep h\nhello\n$ for i in 1; do echo $i; done\n1\n"_s;
    const QString html = highlighter.toHtml(code, u"console");
    const QStringList lines = html.split(u'\n');
    QVERIFY2(lines.at(0).startsWith("$ "_L1) && lines.at(0).contains("<span"_L1), qPrintable(html));
    QCOMPARE(lines.at(1), u"hello"_s);
    QVERIFY(!styleAround(lines.at(2), u"for"_s).isEmpty());
    QCOMPARE(lines.at(3), u"1"_s);
    QCOMPARE(plainText(html), code);

    // Without a prompt to go by, a console block is a script.
    const QString script = highlighter.toHtml(u"for i in 1 2; do echo $i; done\n"_s, u"console");
    QVERIFY(!styleAround(script, u"for"_s).isEmpty());
}

void TestCodeHighlighter::keepsLineStructure()
{
    const CodeHighlighter highlighter;
    const QString code = u"a = 1\r\n\n\tb = 2\n\n"_s;
    const QString html = highlighter.toHtml(code, u"python");
    QCOMPARE(html.count(u'\n'), code.count(u'\n'));
    QVERIFY(html.endsWith(u"\n\n"_s));
    QVERIFY(html.contains(u'\t'));
    QVERIFY(!html.contains("<pre"_L1));
    // A carriage return before a newline is dropped, not highlighted.
    QCOMPARE(plainText(html), u"a = 1\n\n\tb = 2\n\n"_s);
}

void TestCodeHighlighter::switchesSchemes()
{
    CodeHighlighter highlighter;
    const QColor lightBackground = highlighter.background();
    const QString code = u"def f(): return 'x'\n"_s;
    const QString lightHtml = highlighter.toHtml(code, u"python");
    highlighter.setScheme(CodeHighlighter::Scheme::Dark);
    QCOMPARE(highlighter.scheme(), CodeHighlighter::Scheme::Dark);
    QVERIFY(highlighter.background() != lightBackground);
    QCOMPARE(
        highlighter.toHtml(code, u"python"), CodeHighlighter(CodeHighlighter::Scheme::Dark).toHtml(code, u"python"));
    highlighter.setScheme(CodeHighlighter::Scheme::Light);
    QCOMPARE(highlighter.toHtml(code, u"python"), lightHtml);
}

/// Every fenced block of the fixtures, highlighted as the renderer will. A Python example with
/// no info string is recognised (the archive's ring area, the real blog's one such example), a
/// poem stays plain, and every block keeps its text.
void TestCodeHighlighter::highlightsTheFixtureBlocks()
{
    const Herald::Test::FixtureSet set = Herald::Test::fixtureSet();
    static const QRegularExpression fence(u"^```([^\\n]*)\\n(.*?)^```"_s,
        QRegularExpression::MultilineOption | QRegularExpression::DotMatchesEverythingOption);
    const CodeHighlighter highlighter;
    const QString unlabelledPython = set.pick(u"def area_of_ring"_s, u"def circumference"_s);
    QMap<QString, int> languages; ///< language name ("" for none) → blocks
    int recognised = 0;
    for (const Herald::Post &post : Herald::Test::fixturePosts(set.directory)) {
        for (const auto &match : fence.globalMatch(post.body)) {
            const QString code = match.captured(2);
            const QString html = highlighter.toHtml(code, match.captured(1));
            const QString language = highlighter.languageFor(match.captured(1), code);
            QCOMPARE(plainText(html), code);
            ++languages[language];
            if (language.isEmpty()) {
                QCOMPARE(html, code.toHtmlEscaped());
            } else if (code.contains(u"def "_s)) {
                QVERIFY2(!styleAround(html, u"def"_s).isEmpty(), qPrintable(code));
            }
            if (match.captured(1).isEmpty() && code.contains(unlabelledPython)) {
                QCOMPARE(language, u"Python"_s);
                ++recognised;
            }
        }
    }
    QCOMPARE(recognised, 1);
    const QMap<QString, int> expected
        = set.pick(QMap<QString, int> {{QString(), 2}, {u"Python"_s, 3}, {u"C"_s, 1}, {u"Bash"_s, 1}},
            QMap<QString, int> {{QString(), 1}, {u"Python"_s, 1}});
    QCOMPARE(languages, expected);
}

/// toHtml runs for every block of every post a reader opens; a long block must not be slow.
void TestCodeHighlighter::highlightsLongBlocksQuickly()
{
    const CodeHighlighter highlighter;
    QVERIFY(!highlighter.toHtml(u"x = 1\n"_s, u"python").isEmpty()); // loads the repository: not timed
    QString code;
    for (int i = 0; i < 500; ++i) {
        code += u"def f%1(a, b=\"<%1>\"):\n    \"\"\"Doc & string.\"\"\"\n    return a * %1 + b  # sum\n\n"_s.arg(i);
    }
    QElapsedTimer timer;
    timer.start();
    const QString html = highlighter.toHtml(code, u"python");
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(plainText(html), code);
    // About 10 ms on a laptop; the bound only catches something pathological.
    QVERIFY2(elapsed < 2000, qPrintable(QString::number(elapsed)));
}

QTEST_GUILESS_MAIN(TestCodeHighlighter)
#include "tst_codehighlighter.moc"
