// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/posts/frontmatterreader.h"
#include "core/releases/releaseextractor.h"

#include "fixtureset.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <utility>

using namespace Qt::StringLiterals;
using Herald::AnnouncedRelease;
using Herald::ReleaseExtractor;

class TestReleaseExtractor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTitles_data();
    void readsTitles();
    void readsTheBodyOnlyWhenTheTitleNamesNoVersion_data();
    void readsTheBodyOnlyWhenTheTitleNamesNoVersion();
    void namesTheImplementation();
    void agreesWithTheContractForEveryFixturePost();

private:
    /// "3.12.4,IronPython:2.7.5": the form of tests/data/releases/expected.tsv.
    static QString describe(const QList<AnnouncedRelease> &releases);
};

QString TestReleaseExtractor::describe(const QList<AnnouncedRelease> &releases)
{
    QStringList parts;
    for (const AnnouncedRelease &release : releases) {
        parts += release.implementation == ReleaseExtractor::cpython()
            ? release.version.toString()
            : release.implementation + u':' + release.version.toString();
    }
    return parts.join(u',');
}

void TestReleaseExtractor::readsTitles_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("expected");

    // Compact forms and casing.
    QTest::newRow("alpha") << u"Python 3.13.0a6 released"_s << u"3.13.0a6"_s;
    QTest::newRow("compact candidate") << u"Python 3.14.0rc2 and 3.13.7 are go!"_s << u"3.14.0rc2,3.13.7"_s;
    QTest::newRow("upper-case RC") << u"Python 3.13.0RC2, 3.12.6 are now available!"_s << u"3.13.0rc2,3.12.6"_s;
    QTest::newRow("glued to Python") << u"Expedited release of Python3.11.0b3"_s << u"3.11.0b3"_s;
    QTest::newRow("final in parentheses") << u"Python 3.14.0 (final) is here!"_s << u"3.14.0"_s;
    QTest::newRow("CPython") << u"CPython 3.2.1 Released"_s << u"3.2.1"_s;
    // Spelled-out stages.
    QTest::newRow("alpha in words") << u"Python 3.12.0 alpha 3 released"_s << u"3.12.0a3"_s;
    QTest::newRow("Release Candidate") << u"Python 3.5.0 Release Candidate 1 released"_s << u"3.5.0rc1"_s;
    QTest::newRow("candidate") << u"Python 3.15.0 candidate 1 is here!"_s << u"3.15.0rc1"_s;
    QTest::newRow("unnumbered candidate") << u"Python 3.6.0 release candidate is now available"_s << u"3.6.0rc1"_s;
    QTest::newRow("bugfix candidate") << u"3.2.1 Release Candidate 2 Released"_s << u"3.2.1rc2"_s;
    QTest::newRow("preview release") << u"Python 3.6.0 alpha 4 preview release is now available"_s << u"3.6.0a4"_s;
    // Series only, with a numbered stage: always X.Y.0.
    QTest::newRow("series alpha") << u"Python 3.3 Alpha 4 Released"_s << u"3.3.0a4"_s;
    QTest::newRow("series candidate") << u"Python 3.14 release candidate 1 is go!"_s << u"3.14.0rc1"_s;
    QTest::newRow("ordinal of") << u"First release candidate of Python 3.4 released"_s << u"3.4.0rc1"_s;
    QTest::newRow("ordinal for") << u"Third release candidate for Python 3.4"_s << u"3.4.0rc3"_s;
    QTest::newRow("stage first, full version") << u"Release Candidate for Python 2.7.9 available"_s << u"2.7.9rc1"_s;
    // Lists.
    QTest::newRow("six versions")
        << u"Python 3.11.1, 3.10.9, 3.9.16, 3.8.16, 3.7.16, and 3.12.0 alpha 3 are now available"_s
        << u"3.11.1,3.10.9,3.9.16,3.8.16,3.7.16,3.12.0a3"_s;
    QTest::newRow("Python repeated") << u"Python 3.11.3, Python 3.10.11 and 3.12.0 alpha 7 are available"_s
                                     << u"3.11.3,3.10.11,3.12.0a7"_s;
    QTest::newRow("no Python") << u"June Releases - 2.6.7, 2.7.2, 3.1.4"_s << u"2.6.7,2.7.2,3.1.4"_s;
    QTest::newRow("together with") << u"Python 3.9.1 is now available, together with 3.10.0a3 and 3.8.7rc1"_s
                                   << u"3.9.1,3.10.0a3,3.8.7rc1"_s;
    QTest::newRow("in parentheses") << u"Python 3.7.0 is now available (and so is 3.6.6)!"_s << u"3.7.0,3.6.6"_s;
    QTest::newRow("phase beside a release") << u"The last Python 3.11 alpha (3.11.0a7) is available"_s << u"3.11.0a7"_s;
    QTest::newRow("final as an adjective")
        << u"Python 3.7.0b4, final 3.7 beta, now available for testing"_s << u"3.7.0b4"_s;
    QTest::newRow("reference after before")
        << u"Python 3.8.5 released as a security hotfix. 3.9.0b5, the last beta before 3.9.0, also available"_s
        << u"3.8.5,3.9.0b5"_s;
    QTest::newRow("wildcard") << u"Python 3.3.7rc1 is now available prior to Python 3.3.x end-of-life"_s
                              << u"3.3.7rc1"_s;
    QTest::newRow("Python 2") << u"Python 2.7.18, the last release of Python 2"_s << u"2.7.18"_s;
    QTest::newRow("repeated version") << u"Python 3.12.4 released: get 3.12.4 now"_s << u"3.12.4"_s;
    // Mentions, not announcements.
    QTest::newRow("farewell") << u"Farewell, Python 3.4"_s << QString();
    QTest::newRow("end of support") << u"Python 3.5 is no longer supported"_s << QString();
    QTest::newRow("possessive") << u"Python 3.15's JIT is now back on track"_s << QString();
    QTest::newRow("possessive of a release") << u"Python 3.14.0\u2019s new REPL"_s << QString();
    QTest::newRow("sprint") << u"Python Core Development Sprint 2022: 3.11 and beyond!"_s << QString();
    QTest::newRow("feature in a series") << u"New faulthandler module in Python 3.3 helps debugging"_s << QString();
    QTest::newRow("wildcard series") << u"Deprecations between Python 2.7 and 3.x"_s << QString();
    QTest::newRow("pip") << u"Pip 20.1 has been released"_s << QString();
    QTest::newRow("PyPI") << u"PyPI now supports uploading via API token"_s << QString();
    QTest::newRow("summit") << u"2012 Language Summit Report"_s << QString();
    QTest::newRow("unnumbered beta") << u"Python 3.7 beta is coming"_s << QString();
    QTest::newRow("not a version") << u"Python 3.13.0d1 and 3.13.0rc"_s << QString();
    QTest::newRow("huge number") << u"Python 3.99999999999.0 released"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestReleaseExtractor::readsTitles()
{
    QFETCH(QString, title);
    QFETCH(QString, expected);
    QCOMPARE(describe(ReleaseExtractor::extract(title, QString())), expected);
}

void TestReleaseExtractor::readsTheBodyOnlyWhenTheTitleNamesNoVersion_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("expected");

    QTest::newRow("untitled") << u"Untitled"_s
                              << u"Python 3.5.5 and Python 3.4.8 are now available. [You can download Python "
                                 "3.5.5 here,](https://www.python.org/downloads/release/python-355/)"_s
                              << u"3.5.5,3.4.8"_s;
    QTest::newRow("linked headline") << u"Good news"_s << u"[Python 3.12.3](https://www.python.org/) is out.\n\nMore."_s
                                     << u"3.12.3"_s;
    QTest::newRow("body that does not open with a version")
        << u"Untitled"_s << u"On behalf of the PyPA, a beta release 10.0.0b1 of pip has been released."_s << QString();
    QTest::newRow("version in a later sentence")
        << u"Welcome"_s << u"This is our blog. Python 3.2.1 is out."_s << QString();
    QTest::newRow("version in a later paragraph")
        << u"Welcome"_s << u"This is our blog\n\nPython 3.2.1 is out."_s << QString();
    QTest::newRow("title wins") << u"Farewell, Python 3.4"_s << u"Python 3.4.10 is the last release."_s << QString();
    QTest::newRow("empty body") << u"Untitled"_s << QString() << QString();
}

void TestReleaseExtractor::readsTheBodyOnlyWhenTheTitleNamesNoVersion()
{
    QFETCH(QString, title);
    QFETCH(QString, body);
    QFETCH(QString, expected);
    QCOMPARE(describe(ReleaseExtractor::extract(title, body)), expected);
}

void TestReleaseExtractor::namesTheImplementation()
{
    const auto iron = ReleaseExtractor::extract(u"IronPython 2.7.5 released"_s, QString());
    QCOMPARE(iron.size(), 1);
    QCOMPARE(iron.constFirst().implementation, u"IronPython"_s);
    QCOMPARE(iron.constFirst().version, Herald::Version(2, 7, 5));
    QCOMPARE(describe(ReleaseExtractor::extract(u"Jython 2.7.0 and Python 3.4.3 released"_s, QString())),
        u"Jython:2.7.0,3.4.3"_s);
    QCOMPARE(
        describe(ReleaseExtractor::extract(u"PyPy 7.3.1 and 7.3.2 are out"_s, QString())), u"PyPy:7.3.1,PyPy:7.3.2"_s);
    QCOMPARE(describe(ReleaseExtractor::extract(u"Jython Migrates to Mercurial"_s, QString())), QString());
}

// The hand-written contract: every fixture post, in the order of search-index.json
// (tests/data/releases/expected-archive.tsv for the archive, expected.tsv for the snapshot).
void TestReleaseExtractor::agreesWithTheContractForEveryFixturePost()
{
    const Herald::Test::FixtureSet set = Herald::Test::fixtureSet();
    const QString &fixtures = set.directory;
    QFile contract(
        QString::fromUtf8(HERALD_TEST_DATA) + u"/releases/"_s + set.pick(u"expected-archive.tsv"_s, u"expected.tsv"_s));
    QVERIFY2(contract.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(contract.errorString()));
    QList<std::pair<QString, QString>> expected;
    while (!contract.atEnd()) {
        const QString line = QString::fromUtf8(contract.readLine()).chopped(1);
        const qsizetype tab = line.indexOf(u'\t');
        QVERIFY2(tab > 0, qPrintable(u"no tab in \"%1\""_s.arg(line)));
        expected.append({line.left(tab), line.mid(tab + 1)});
    }

    QFile indexFile(fixtures + u"/blog.python.org/search-index.json"_s);
    QVERIFY2(indexFile.open(QIODevice::ReadOnly), qPrintable(indexFile.errorString()));
    const QJsonArray index = QJsonDocument::fromJson(indexFile.readAll()).array();
    QCOMPARE(index.size(), expected.size());
    const QDir posts(fixtures + u"/raw.githubusercontent.com/python/python-insider-blog/main/content/posts"_s);

    QStringList mismatches;
    int announcing = 0;
    for (qsizetype i = 0; i < index.size(); ++i) {
        const QJsonObject entry = index.at(i).toObject();
        const QString slug = entry[u"id"_s].toString();
        const auto &[expectedSlug, expectedVersions] = expected.at(i);
        if (slug != expectedSlug) {
            mismatches += u"line %1: expected.tsv has %2 where the index has %3"_s.arg(i + 1).arg(expectedSlug, slug);
            continue;
        }
        QFile file(posts.filePath(slug + u"/index.md"_s));
        if (!file.exists()) {
            file.setFileName(posts.filePath(slug + u"/index.mdx"_s));
        }
        if (!file.open(QIODevice::ReadOnly)) {
            mismatches += slug + u": "_s + file.errorString();
            continue;
        }
        const QString body = Herald::FrontmatterReader::read(file.readAll()).body;
        const QString got = describe(ReleaseExtractor::extract(entry[u"title"_s].toString(), body));
        if (got != expectedVersions) {
            mismatches += u"%1\n    expected: %2\n    got:      %3"_s.arg(slug, expectedVersions, got);
        }
        announcing += expectedVersions.isEmpty() ? 0 : 1;
    }
    QVERIFY2(mismatches.isEmpty(),
        qPrintable(u"%1 posts differ from expected.tsv:\n"_s.arg(mismatches.size()) + mismatches.join(u'\n')));
    // Guards against an empty or truncated contract passing for the wrong reason.
    QVERIFY2(announcing >= set.pick(14, 250), qPrintable(QString::number(announcing)));
}

QTEST_GUILESS_MAIN(TestReleaseExtractor)
#include "tst_releaseextractor.moc"
