// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Versions of any project: PEP 440, SemVer 2.0 and CalVer read, ordered as their
// specifications order them, and found in the tags and titles releases are published under.
#include "core/releases/projectversion.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Herald::ProjectVersion;

namespace {

QString describe(const ProjectVersion &v)
{
    QStringList release;
    for (const int n : v.release()) {
        release << QString::number(n);
    }
    QStringList pre;
    for (const QVariant &id : v.prerelease()) {
        pre << id.toString();
    }
    const char *schemes[] = {"pep440", "semver", "calver"};
    return u"%1!%2 pre=%3 post=%4 dev=%5 %6%7"_s.arg(v.epoch()).arg(release.join(u'.'), pre.join(u'.'),
        v.post() ? QString::number(*v.post()) : u"-"_s, v.dev() ? QString::number(*v.dev()) : u"-"_s,
        QString::fromLatin1(schemes[int(v.scheme())]), v.isPrerelease() ? u" prerelease"_s : QString());
}

} // namespace

class TestProjectVersion final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
    void ordersAsTheSpecificationsDo_data();
    void ordersAsTheSpecificationsDo();
    void findsTheVersionInTagsAndTitles_data();
    void findsTheVersionInTagsAndTitles();
    void namesItsSeries();
};

void TestProjectVersion::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("parsed");
    QTest::newRow("final") << u"1.2.3"_s << u"0!1.2.3 pre= post=- dev=- pep440"_s;
    QTest::newRow("a leading v") << u"v2.0"_s << u"0!2.0 pre= post=- dev=- pep440"_s;
    QTest::newRow("PEP 440 candidate") << u"1.2.3rc1"_s << u"0!1.2.3 pre=rc.1 post=- dev=- pep440 prerelease"_s;
    QTest::newRow("PEP 440 spelled out") << u"1.2.3Beta2"_s << u"0!1.2.3 pre=b.2 post=- dev=- pep440 prerelease"_s;
    QTest::newRow("after a hyphen, as written")
        << u"1.2.3-Beta-2"_s << u"0!1.2.3 pre=Beta.2 post=- dev=- semver prerelease"_s;
    QTest::newRow("post-release after a hyphen") << u"2.0-post1"_s << u"0!2.0 pre= post=1 dev=- pep440"_s;
    QTest::newRow("development release after a hyphen")
        << u"1.0-dev"_s << u"0!1.0 pre= post=- dev=0 pep440 prerelease"_s;
    QTest::newRow("PEP 440 implicit number") << u"1.0a"_s << u"0!1.0 pre=a.0 post=- dev=- pep440 prerelease"_s;
    QTest::newRow("c is rc") << u"1.0c3"_s << u"0!1.0 pre=rc.3 post=- dev=- pep440 prerelease"_s;
    QTest::newRow("post-release") << u"1.2.3.post1"_s << u"0!1.2.3 pre= post=1 dev=- pep440"_s;
    QTest::newRow("implicit post-release") << u"1.0-1"_s << u"0!1.0 pre= post=1 dev=- pep440"_s;
    QTest::newRow("post without a number") << u"1.0.post"_s << u"0!1.0 pre= post=0 dev=- pep440"_s;
    QTest::newRow("development release") << u"2.0.dev3"_s << u"0!2.0 pre= post=- dev=3 pep440 prerelease"_s;
    QTest::newRow("everything") << u"1!2.0b2.post345.dev456+local.7"_s
                                << u"1!2.0 pre=b.2 post=345 dev=456 pep440 prerelease"_s;
    QTest::newRow("SemVer candidate") << u"1.0.0-rc.1"_s << u"0!1.0.0 pre=rc.1 post=- dev=- semver prerelease"_s;
    QTest::newRow("SemVer identifiers") << u"1.0.0-x.7.z.92"_s
                                        << u"0!1.0.0 pre=x.7.z.92 post=- dev=- semver prerelease"_s;
    QTest::newRow("SemVer alpha alone") << u"1.0.0-alpha"_s << u"0!1.0.0 pre=alpha post=- dev=- semver prerelease"_s;
    QTest::newRow("SemVer build metadata") << u"1.0.0+20130313144700"_s << u"0!1.0.0 pre= post=- dev=- pep440"_s;
    QTest::newRow("CalVer with the year") << u"2024.10.1"_s << u"0!2024.10.1 pre= post=- dev=- calver"_s;
    QTest::newRow("CalVer with a month's zero") << u"24.04"_s << u"0!24.4 pre= post=- dev=- calver"_s;
    QTest::newRow("spaces around") << u"  3.1  "_s << u"0!3.1 pre= post=- dev=- pep440"_s;
}

void TestProjectVersion::parses()
{
    QFETCH(QString, text);
    QFETCH(QString, parsed);
    const auto version = ProjectVersion::parse(text);
    QVERIFY(version);
    QCOMPARE(describe(*version), parsed);
}

void TestProjectVersion::refuses_data()
{
    QTest::addColumn<QString>("text");
    for (const QString &text : {u""_s, u"v"_s, u"latest"_s, u"1..2"_s, u"1.2."_s, u"1.2.3-"_s, u"1.2.3+"_s, u"1.2 3"_s,
             u"1.2.3-rc.1 released"_s, u"12345678901.1"_s, u"1.2.3.4.5.6.7.8.9"_s, u"-1.2"_s}) {
        QTest::newRow(qPrintable(u'"' + text + u'"')) << text;
    }
}

void TestProjectVersion::refuses()
{
    QFETCH(QString, text);
    QVERIFY(!ProjectVersion::parse(text));
}

void TestProjectVersion::ordersAsTheSpecificationsDo_data()
{
    QTest::addColumn<QStringList>("ascending"); ///< "a = b" for two spellings of one version
    // PEP 440's own example of ordering ("Summary of permitted suffixes and relative ordering").
    QTest::newRow("PEP 440") << QStringList {u"1.0.dev456"_s, u"1.0a1"_s, u"1.0a2.dev456"_s, u"1.0a12.dev456"_s,
        u"1.0a12"_s, u"1.0b1.dev456"_s, u"1.0b2"_s, u"1.0b2.post345.dev456"_s, u"1.0b2.post345"_s, u"1.0rc1.dev456"_s,
        u"1.0rc1"_s, u"1.0"_s, u"1.0.post456.dev34"_s, u"1.0.post456"_s, u"1.0.15"_s, u"1.1.dev1"_s, u"1!0.1"_s};
    // SemVer 2.0 §11's example.
    QTest::newRow("SemVer") << QStringList {u"1.0.0-alpha"_s, u"1.0.0-alpha.1"_s, u"1.0.0-alpha.beta"_s,
        u"1.0.0-beta"_s, u"1.0.0-beta.2"_s, u"1.0.0-beta.11"_s, u"1.0.0-rc.1"_s, u"1.0.0"_s, u"2.0.0"_s, u"2.1.0"_s,
        u"2.1.1"_s, u"10.0.0"_s};
    QTest::newRow("CalVer") << QStringList {
        u"24.04"_s, u"24.10"_s, u"2023.12.1"_s, u"2024.1.0"_s, u"2024.10.1"_s, u"2024.10.2"_s};
    QTest::newRow("one release, several spellings") << QStringList {u"1.0.0-rc.1 = 1.0.0rc1 = 1.0.0RC1 = 1.0.0c1"_s,
        u"1.0.0 = 1.0 = v1"_s, u"1.0.post0 = 1.0.post = 1.0-0 = 1.0-post0"_s};
    // SemVer's identifiers as written: case counts (ASCII order), numbers of any length.
    QTest::newRow("SemVer as written") << QStringList {u"9.0.0-RC.1"_s, u"9.0.0-alpha"_s, u"9.0.0-preview.7.24405.7"_s,
        u"9.0.0-rc.1.24431.7"_s, u"9.0.0-rc.1.9999999999"_s, u"9.0.0-rc.1.10000000000"_s, u"9.0.0"_s};
    QTest::newRow("hyphenated post and development releases")
        << QStringList {u"1.0-dev = 1.0.dev0"_s, u"1.0a1"_s, u"1.0"_s, u"2.0-post1 = 2.0.post1"_s};
    QTest::newRow("build metadata and local versions are not ordered by")
        << QStringList {u"1.0.0+build.1 = 1.0.0+build.2 = 1.0.0+ubuntu1"_s};
}

void TestProjectVersion::ordersAsTheSpecificationsDo()
{
    QFETCH(QStringList, ascending);
    QList<QList<ProjectVersion>> groups;
    for (const QString &entry : std::as_const(ascending)) {
        QList<ProjectVersion> same;
        for (const QString &text : entry.split(u" = "_s)) {
            const auto version = ProjectVersion::parse(text);
            QVERIFY2(version, qPrintable(text));
            same << *version;
        }
        groups << same;
    }
    for (qsizetype i = 0; i < groups.size(); ++i) {
        for (qsizetype j = 0; j < groups.size(); ++j) {
            for (const ProjectVersion &a : std::as_const(groups.at(i))) {
                for (const ProjectVersion &b : std::as_const(groups.at(j))) {
                    const auto expected = i <=> j;
                    QVERIFY2((a <=> b) == expected, qPrintable(a.toString() + u" against "_s + b.toString()));
                }
            }
        }
    }
}

void TestProjectVersion::findsTheVersionInTagsAndTitles_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("project");
    QTest::addColumn<QString>("found"); ///< empty: none
    QTest::newRow("a v tag") << u"v1.2.3"_s << QString() << u"1.2.3"_s;
    QTest::newRow("release-") << u"release-1.2.3"_s << QString() << u"1.2.3"_s;
    QTest::newRow("rel/") << u"rel/1.0.0"_s << QString() << u"1.0.0"_s;
    QTest::newRow("the project's name") << u"django-5.1.4"_s << u"Django"_s << u"5.1.4"_s;
    QTest::newRow("the project's name, underscored")
        << u"typing_extensions_4.12.2"_s << u"typing_extensions"_s << u"4.12.2"_s;
    QTest::newRow("a package@") << u"@scope/pkg@2.0.0-rc.1"_s << QString() << u"2.0.0-rc.1"_s;
    QTest::newRow("a post-release") << u"1.2.3.post1"_s << QString() << u"1.2.3.post1"_s;
    QTest::newRow("a single number as the whole tag") << u"v7"_s << QString() << u"7"_s;
    QTest::newRow("a title") << u"Django 5.1.4 released"_s << QString() << u"5.1.4"_s;
    QTest::newRow("a title with a pre-release") << u"Python 3.13.0rc2 is out!"_s << QString() << u"3.13.0rc2"_s;
    QTest::newRow("a title in parentheses") << u"Release 2.0 (LTS)"_s << QString() << u"2.0"_s;
    QTest::newRow("a sentence's full stop") << u"We shipped numpy v2.1.0."_s << QString() << u"2.1.0"_s;
    QTest::newRow("a colon after") << u"Version 1.2.3-beta.2: notes"_s << QString() << u"1.2.3-beta.2"_s;
    QTest::newRow("a stage spelled out") << u"Python 3.15.0 alpha 2 is out"_s << QString() << u"3.15.0a2"_s;
    QTest::newRow("a release candidate spelled out") << u"Django 6.0 release candidate 1"_s << QString() << u"6.0rc1"_s;
    QTest::newRow("a beta spelled out, capitalised") << u"Tool 2.1 Beta 3 released"_s << QString() << u"2.1b3"_s;
    QTest::newRow("a stage word without a number is no stage")
        << u"Python 3.15.0 alpha notes"_s << QString() << u"3.15.0"_s;
    QTest::newRow("PyPI's item title") << u"2.32.3"_s << QString() << u"2.32.3"_s;
    QTest::newRow("an issue number is no version") << u"Fixes #12 and #13"_s << QString() << QString();
    QTest::newRow("no version") << u"Security announcement"_s << QString() << QString();
    QTest::newRow("a date is no version") << u"Notes from 2024-10-01"_s << QString() << QString();
}

void TestProjectVersion::findsTheVersionInTagsAndTitles()
{
    QFETCH(QString, text);
    QFETCH(QString, project);
    QFETCH(QString, found);
    const auto version = ProjectVersion::find(text, project);
    QCOMPARE(version ? version->toString() : QString(), found);
}

void TestProjectVersion::namesItsSeries()
{
    const auto version = ProjectVersion::parse(u"5.1.4rc1"_s);
    QVERIFY(version);
    QCOMPARE(version->series(), u"5.1"_s);
    QCOMPARE(version->series(1), u"5"_s);
    QCOMPARE(ProjectVersion::parse(u"7"_s)->series(2), u"7.0"_s);
}

QTEST_GUILESS_MAIN(TestProjectVersion)
#include "tst_projectversion.moc"
