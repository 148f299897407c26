// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/posts/frontmatterreader.h"

#include "fixtureset.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using Herald::Frontmatter;
using Herald::FrontmatterReader;
using Herald::MarkdownDocument;

Q_DECLARE_METATYPE(Herald::Frontmatter)

// The rows name only the fields they expect, with designated initializers (Frontmatter
// {.title = …}); the rest are meant to stay empty, yet GCC 14 warns about each of them.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace Herald {

// Lets QCOMPARE show both sides when two Frontmatters differ.
char *toString(const Frontmatter &meta)
{
    const QString published = meta.published ? (*meta.published ? u"true"_s : u"false"_s) : u"unset"_s;
    return QTest::toString(u"{title \"%1\", publishDate %2, updatedDate %3, author \"%4\", description \"%5\", "
                           "tags [%6], published %7, legacyUrl \"%8\"}"_s.arg(meta.title,
                               meta.publishDate.toString(Qt::ISODate), meta.updatedDate.toString(Qt::ISODate),
                               meta.author, meta.description, meta.tags.join(u", "_s), published, meta.legacyUrl));
}

} // namespace Herald

class TestFrontmatterReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsGoodInput_data();
    void readsGoodInput();
    void reportsBadInput_data();
    void reportsBadInput();
    void survivesHugeFrontmatter_data();
    void survivesHugeFrontmatter();
    void readsEveryFixturePost();

private:
    static void addColumns();
};

void TestFrontmatterReader::addColumns()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("hasFrontmatter");
    QTest::addColumn<Frontmatter>("meta");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QStringList>("errorFragments");
}

void TestFrontmatterReader::readsGoodInput_data()
{
    addColumns();
    const QStringList none;
    const QDate may1(2024, 5, 1);

    QTest::newRow("a whole post as the blog writes it")
        << QByteArray("---\n"
                      "title: 'Python 3.13.0 is out: it''s here'\n"
                      "publishDate: '2024-10-07'\n"
                      "updatedDate: '2024-10-08'\n"
                      "author: \xC5\x81ukasz Langa\n"
                      "description: 'The final release of 3.13...'\n"
                      "tags:\n"
                      "  - releases\n"
                      "  - python-3-13\n"
                      "published: true\n"
                      "legacyUrl: /2024/10/python-3130-final-released.html\n"
                      "---\n"
                      "\n"
                      "Python 3.13 is **out**.\n")
        << true
        << Frontmatter {.title = u"Python 3.13.0 is out: it's here"_s,
               .publishDate = QDate(2024, 10, 7),
               .updatedDate = QDate(2024, 10, 8),
               .author = u"Łukasz Langa"_s,
               .description = u"The final release of 3.13..."_s,
               .tags = {u"releases"_s, u"python-3-13"_s},
               .published = true,
               .legacyUrl = u"/2024/10/python-3130-final-released.html"_s}
        << u"\nPython 3.13 is **out**.\n"_s << none;
    QTest::newRow("double-quoted date") << QByteArray("---\npublishDate: \"2024-05-01\"\n---\nBody\n") << true
                                        << Frontmatter {.publishDate = may1} << u"Body\n"_s << none;
    QTest::newRow("unquoted date (a YAML timestamp)")
        << QByteArray("---\npublishDate: 2024-05-01\nupdatedDate: 2024-05-02\n---\nBody\n") << true
        << Frontmatter {.publishDate = may1, .updatedDate = QDate(2024, 5, 2)} << u"Body\n"_s << none;
    QTest::newRow("timestamp with T and Z") << QByteArray("---\npublishDate: 2024-05-01T12:00:00Z\n---\n") << true
                                            << Frontmatter {.publishDate = may1} << QString() << none;
    QTest::newRow("timestamp with a space") << QByteArray("---\npublishDate: '2024-05-01 12:00:00'\n---\n") << true
                                            << Frontmatter {.publishDate = may1} << QString() << none;
    QTest::newRow("timestamp with fraction and offset keeps the written day")
        << QByteArray("---\npublishDate: 2024-05-01T23:59:59.5+02:00\n---\n") << true
        << Frontmatter {.publishDate = may1} << QString() << none;
    QTest::newRow("'' escapes") << QByteArray("---\ntitle: 'It''s ''3.14'''\n---\n") << true
                                << Frontmatter {.title = u"It's '3.14'"_s} << QString() << none;
    QTest::newRow("double-quoted escapes") << QByteArray("---\ntitle: \"Say \\\"hi\\\" \\u0141\"\n---\n") << true
                                           << Frontmatter {.title = u"Say \"hi\" Ł"_s} << QString() << none;
    QTest::newRow("folded block") << QByteArray("---\ndescription: >-\n  One long\n  sentence.\ntitle: T\n---\n")
                                  << true << Frontmatter {.title = u"T"_s, .description = u"One long sentence."_s}
                                  << QString() << none;
    QTest::newRow("literal block") << QByteArray("---\ndescription: |\n  one\n  two\n---\n") << true
                                   << Frontmatter {.description = u"one\ntwo\n"_s} << QString() << none;
    QTest::newRow("a title that looks like a number stays as written")
        << QByteArray("---\ntitle: 3.10\n---\n") << true << Frontmatter {.title = u"3.10"_s} << QString() << none;
    QTest::newRow("flow list of tags") << QByteArray("---\ntags: [releases, security]\n---\n") << true
                                       << Frontmatter {.tags = {u"releases"_s, u"security"_s}} << QString() << none;
    QTest::newRow("tags as a single string") << QByteArray("---\ntags: releases\n---\n") << true
                                             << Frontmatter {.tags = {u"releases"_s}} << QString() << none;
    QTest::newRow("empty tags") << QByteArray("---\ntags: []\n---\n") << true << Frontmatter {} << QString() << none;
    QTest::newRow("published false") << QByteArray("---\npublished: false\n---\n") << true
                                     << Frontmatter {.published = false} << QString() << none;
    QTest::newRow("missing keys") << QByteArray("---\ntitle: Only a title\n---\nBody") << true
                                  << Frontmatter {.title = u"Only a title"_s} << u"Body"_s << none;
    QTest::newRow("null values") << QByteArray("---\ntitle: ~\nauthor:\ntags: null\npublished:\n---\n") << true
                                 << Frontmatter {} << QString() << none;
    QTest::newRow("unknown keys and comments")
        << QByteArray("---\n# a comment\ndraft: true\nimage: {src: a.png}\ntitle: T # trailing\n---\n") << true
        << Frontmatter {.title = u"T"_s} << QString() << none;
    QTest::newRow("empty frontmatter") << QByteArray("---\n---\nBody") << true << Frontmatter {} << u"Body"_s << none;
    QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBF---\ntitle: T\n---\nBody\n") << true
                               << Frontmatter {.title = u"T"_s} << u"Body\n"_s << none;
    QTest::newRow("CRLF line endings") << QByteArray(
        "---\r\ntitle: T\r\ndescription: >-\r\n  a\r\n  b\r\n---\r\n\r\nOne\r\nTwo\r\n")
                                       << true << Frontmatter {.title = u"T"_s, .description = u"a b"_s}
                                       << u"\nOne\nTwo\n"_s << none;
    QTest::newRow("delimiters with trailing blanks")
        << QByteArray("---  \ntitle: T\n--- \t\nBody") << true << Frontmatter {.title = u"T"_s} << u"Body"_s << none;
    QTest::newRow("closed at the end of the file")
        << QByteArray("---\ntitle: T\n---") << true << Frontmatter {.title = u"T"_s} << QString() << none;
    QTest::newRow("a rule in the body stays in the body")
        << QByteArray("---\ntitle: T\n---\nOne\n\n---\n\nTwo\n") << true << Frontmatter {.title = u"T"_s}
        << u"One\n\n---\n\nTwo\n"_s << none;
    QTest::newRow("no frontmatter") << QByteArray("# Heading\n\nText\n") << false << Frontmatter {}
                                    << u"# Heading\n\nText\n"_s << none;
    QTest::newRow("no frontmatter, a rule later")
        << QByteArray("Intro\n\n---\n\nMore\n") << false << Frontmatter {} << u"Intro\n\n---\n\nMore\n"_s << none;
    QTest::newRow("no frontmatter, an indented rule first")
        << QByteArray(" ---\ntitle: T\n---\n") << false << Frontmatter {} << u" ---\ntitle: T\n---\n"_s << none;
    QTest::newRow("no frontmatter, BOM and CRLF")
        << QByteArray("\xEF\xBB\xBFText\r\nMore") << false << Frontmatter {} << u"Text\nMore"_s << none;
    QTest::newRow("empty file") << QByteArray() << false << Frontmatter {} << QString() << none;
}

void TestFrontmatterReader::readsGoodInput()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, hasFrontmatter);
    QFETCH(Frontmatter, meta);
    QFETCH(QString, body);

    const MarkdownDocument document = FrontmatterReader::read(input);
    QVERIFY2(document.error.isEmpty(), qPrintable(document.error));
    QCOMPARE(document.hasFrontmatter, hasFrontmatter);
    QCOMPARE(document.meta, meta);
    QCOMPARE(document.body, body);
}

void TestFrontmatterReader::reportsBadInput_data()
{
    addColumns();
    const QString unclosed = u"The frontmatter starting on line 1 is never closed with ---"_s;

    QTest::newRow("never closed") << QByteArray("---\ntitle: T\n\nBody\n") << false << Frontmatter {}
                                  << u"---\ntitle: T\n\nBody\n"_s << QStringList {unclosed};
    QTest::newRow("never closed, CRLF") << QByteArray("---\r\ntitle: T\r\n") << false << Frontmatter {}
                                        << u"---\ntitle: T\n"_s << QStringList {unclosed};
    QTest::newRow("only an opening line")
        << QByteArray("---") << false << Frontmatter {} << u"---"_s << QStringList {unclosed};
    QTest::newRow("not YAML: a colon in a plain value")
        << QByteArray("---\ntitle: T\nauthor: Guido: BDFL\n---\nBody\n") << true << Frontmatter {} << u"Body\n"_s
        << QStringList {u"not valid YAML: illegal map value (line 3, column"_s};
    QTest::newRow("not YAML: an unclosed list")
        << QByteArray("---\ntitle: [a, b\n---\nBody\n") << true << Frontmatter {} << u"Body\n"_s
        << QStringList {u"not valid YAML: end of sequence flow not found (line 3, column 1)"_s};
    QTest::newRow("not YAML: a tab for indentation")
        << QByteArray("---\ntags:\n\t- a\n---\nBody\n") << true << Frontmatter {} << u"Body\n"_s
        << QStringList {u"not valid YAML: illegal block entry (line 3, column 2)"_s};
    QTest::newRow("a list instead of a map") << QByteArray("---\n- title\n- T\n---\nBody") << true << Frontmatter {}
                                             << u"Body"_s << QStringList {u"should be keys with values"_s, u"a list"_s};
    QTest::newRow("a scalar instead of a map")
        << QByteArray("---\njust some words\n---\nBody") << true << Frontmatter {} << u"Body"_s
        << QStringList {u"should be keys with values"_s, u"\"just some words\""_s};
    QTest::newRow("title is a map") << QByteArray("---\ntitle:\n  en: Hello\nauthor: A\n---\n") << true
                                    << Frontmatter {.author = u"A"_s} << QString()
                                    << QStringList {u"Line 3: \"title\" should be text, not a map"_s};
    QTest::newRow("tags is a map") << QByteArray("---\ntitle: T\ntags: {a: 1}\n---\n") << true
                                   << Frontmatter {.title = u"T"_s} << QString()
                                   << QStringList {u"Line 3: \"tags\" should be a list, not a map"_s};
    QTest::newRow("a tag is a list") << QByteArray("---\ntags: [a, [b, c], d]\n---\n") << true
                                     << Frontmatter {.tags = {u"a"_s, u"d"_s}} << QString()
                                     << QStringList {u"An item of \"tags\" should be text, not a list"_s};
    QTest::newRow("date is tomorrow")
        << QByteArray("---\ntitle: T\npublishDate: tomorrow\n---\n") << true << Frontmatter {.title = u"T"_s}
        << QString() << QStringList {u"Line 3: \"publishDate\" should be a date like 2024-05-01, not \"tomorrow\""_s};
    QTest::newRow("date that does not exist")
        << QByteArray("---\nupdatedDate: '2024-02-30'\n---\n") << true << Frontmatter {} << QString()
        << QStringList {u"\"updatedDate\""_s, u"2024-02-30"_s};
    QTest::newRow("date is a list") << QByteArray("---\npublishDate: [2024-05-01]\n---\n") << true << Frontmatter {}
                                    << QString() << QStringList {u"\"publishDate\" should be text, not a list"_s};
    QTest::newRow("published is maybe") << QByteArray("---\npublished: maybe\n---\n") << true << Frontmatter {}
                                        << QString()
                                        << QStringList {u"\"published\" should be true or false, not \"maybe\""_s};
    QTest::newRow("several problems, one line each")
        << QByteArray("---\ntitle: [a]\nauthor: A\npublishDate: soon\n---\n") << true << Frontmatter {.author = u"A"_s}
        << QString() << QStringList {u"Line 2: \"title\" should be text, not a list\nLine 4: \"publishDate\""_s};
}

void TestFrontmatterReader::reportsBadInput()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, hasFrontmatter);
    QFETCH(Frontmatter, meta);
    QFETCH(QString, body);
    QFETCH(QStringList, errorFragments);

    const MarkdownDocument document = FrontmatterReader::read(input);
    for (const QString &fragment : std::as_const(errorFragments)) {
        QVERIFY2(document.error.contains(fragment),
            qPrintable(u"\"%1\" is not in the error \"%2\""_s.arg(fragment, document.error)));
    }
    QCOMPARE(document.hasFrontmatter, hasFrontmatter);
    QCOMPARE(document.meta, meta);
    QCOMPARE(document.body, body);
}

void TestFrontmatterReader::survivesHugeFrontmatter_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("errorFragment");

    const qsizetype megabyte = 1024 * 1024;
    QByteArray keys;
    for (int i = 0; keys.size() < megabyte; ++i) {
        keys += "key" + QByteArray::number(i) + ": some value\n";
    }
    QTest::newRow("a megabyte title") << "---\ntitle: " + QByteArray(megabyte, 'x') + "\n---\nBody"
                                      << QString(megabyte, u'x') << QString();
    QTest::newRow("a megabyte of keys") << "---\n" + keys + "title: T\n---\nBody" << u"T"_s << QString();
    QTest::newRow("a megabyte of nested lists")
        << "---\ntitle: " + QByteArray(megabyte, '[') + "\n---\nBody" << QString() << u"not valid YAML"_s;
    QTest::newRow("a megabyte of nested maps")
        << "---\ntitle: " + QByteArray(megabyte, '{') + "\n---\nBody" << QString() << u"not valid YAML"_s;
    QTest::newRow("a megabyte never closed") << "---\n" + keys << QString() << u"never closed"_s;
}

void TestFrontmatterReader::survivesHugeFrontmatter()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, title);
    QFETCH(QString, errorFragment);

    const MarkdownDocument document = FrontmatterReader::read(input);
    QCOMPARE(document.meta.title, title);
    QVERIFY2(errorFragment.isEmpty() ? document.error.isEmpty() : document.error.contains(errorFragment),
        qPrintable(document.error.left(500)));
    QVERIFY2(document.error.size() < 1000, "a problem report should stay readable");
    QVERIFY(document.body == u"Body"_s || !document.hasFrontmatter);
}

// Every fixture post against what the blog's own search index says about it.
void TestFrontmatterReader::readsEveryFixturePost()
{
    const Herald::Test::FixtureSet set = Herald::Test::fixtureSet();
    const QString &fixtures = set.directory;
    QFile indexFile(fixtures + u"/blog.python.org/search-index.json"_s);
    QVERIFY2(indexFile.open(QIODevice::ReadOnly), qPrintable(indexFile.errorString()));
    const QJsonArray index = QJsonDocument::fromJson(indexFile.readAll()).array();
    const QDir posts(fixtures + u"/raw.githubusercontent.com/python/python-insider-blog/main/content/posts"_s);

    QStringList mismatches;
    int read = 0;
    for (const QJsonValue &value : index) {
        const QJsonObject entry = value.toObject();
        const QString id = entry[u"id"_s].toString();
        QFile file(posts.filePath(id + u"/index.md"_s));
        if (!file.exists()) {
            file.setFileName(posts.filePath(id + u"/index.mdx"_s));
        }
        if (!file.open(QIODevice::ReadOnly)) {
            mismatches += id + u": "_s + file.errorString();
            continue;
        }
        const MarkdownDocument document = FrontmatterReader::read(file.readAll());
        const Frontmatter &meta = document.meta;
        const auto check = [&](bool ok, const QString &what) {
            if (!ok) {
                mismatches += id + u": "_s + what;
            }
        };
        QStringList tags;
        for (const QJsonValue &tag : entry[u"tags"_s].toArray()) {
            tags += tag.toString();
        }
        const QDate date = QDate::fromString(entry[u"date"_s].toString().first(10), Qt::ISODate);
        check(document.hasFrontmatter, u"no frontmatter"_s);
        check(document.error.isEmpty(), document.error);
        check(meta.title == entry[u"title"_s].toString(), u"title \"%1\""_s.arg(meta.title));
        check(meta.author == entry[u"author"_s].toString(), u"author \"%1\""_s.arg(meta.author));
        check(date.isValid() && meta.publishDate == date, u"publishDate %1"_s.arg(meta.publishDate.toString()));
        check(meta.tags == tags, u"tags [%1]"_s.arg(meta.tags.join(u", "_s)));
        check(meta.published.has_value(), u"published is unset"_s);
        check(!document.body.trimmed().isEmpty(), u"empty body"_s);
        ++read;
    }
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(u'\n')));
    QCOMPARE(read, set.pick(18, 327));
}

QTEST_GUILESS_MAIN(TestFrontmatterReader)
#include "tst_frontmatterreader.moc"
