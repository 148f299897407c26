// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// PEP 508 requirements as requirements files and pyproject.toml write them: names, extras,
// specifiers with and without parentheses, markers, `name @ url`, which of them pin a version,
// and what is no requirement at all.
#include "core/deps/requirement.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Herald::Requirement;

class TestRequirement final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void refusesGarbage_data();
    void refusesGarbage();
    void errorNamesTheTextAndColumn();
    void checksNames_data();
    void checksNames();
};

void TestRequirement::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<QStringList>("extras");
    QTest::addColumn<QString>("specifier");
    QTest::addColumn<QString>("marker");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("pinned");

    const QStringList none;
    QTest::newRow("name alone") << u"django"_s << u"django"_s << u"django"_s << none << QString() << QString()
                                << QString() << QString();
    QTest::newRow("one letter") << u"A"_s << u"A"_s << u"a"_s << none << QString() << QString() << QString()
                                << QString();
    QTest::newRow("dots, dashes, underscores")
        << u"Zope.Interface-Plus_X"_s << u"Zope.Interface-Plus_X"_s << u"zope-interface-plus-x"_s << none << QString()
        << QString() << QString() << QString();
    QTest::newRow("==") << u"Django==4.2.11"_s << u"Django"_s << u"django"_s << none << u"==4.2.11"_s << QString()
                        << QString() << u"4.2.11"_s;
    QTest::newRow("===") << u"django===4.2.11"_s << u"django"_s << u"django"_s << none << u"===4.2.11"_s << QString()
                         << QString() << u"4.2.11"_s;
    QTest::newRow("=== any string") << u"django===foo-bar"_s << u"django"_s << u"django"_s << none << u"===foo-bar"_s
                                    << QString() << QString() << u"foo-bar"_s;
    QTest::newRow("== local version") << u"torch==2.2.1+cpu"_s << u"torch"_s << u"torch"_s << none << u"==2.2.1+cpu"_s
                                      << QString() << QString() << u"2.2.1+cpu"_s;
    QTest::newRow("spaces everywhere") << u"  django  ==  4.2.11  "_s << u"django"_s << u"django"_s << none
                                       << u"==4.2.11"_s << QString() << QString() << u"4.2.11"_s;
    QTest::newRow("== wildcard") << u"django==4.2.*"_s << u"django"_s << u"django"_s << none << u"==4.2.*"_s
                                 << QString() << QString() << QString();
    QTest::newRow("!= wildcard") << u"django!=4.1.*"_s << u"django"_s << u"django"_s << none << u"!=4.1.*"_s
                                 << QString() << QString() << QString();
    QTest::newRow(">=") << u"django>=4.2"_s << u"django"_s << u"django"_s << none << u">=4.2"_s << QString()
                        << QString() << QString();
    QTest::newRow("~=") << u"django ~= 4.2"_s << u"django"_s << u"django"_s << none << u"~=4.2"_s << QString()
                        << QString() << QString();
    QTest::newRow("range") << u"django>=4.2,<5"_s << u"django"_s << u"django"_s << none << u">=4.2,<5"_s << QString()
                           << QString() << QString();
    QTest::newRow("pin and exclusion") << u"django==4.2.11, !=4.2.12"_s << u"django"_s << u"django"_s << none
                                       << u"==4.2.11,!=4.2.12"_s << QString() << QString() << QString();
    QTest::newRow("parentheses") << u"django (==4.2.11)"_s << u"django"_s << u"django"_s << none << u"==4.2.11"_s
                                 << QString() << QString() << u"4.2.11"_s;
    QTest::newRow("parentheses, range") << u"django( >=4.2 , <5 )"_s << u"django"_s << u"django"_s << none
                                        << u">=4.2,<5"_s << QString() << QString() << QString();
    QTest::newRow("extras") << u"requests[security,socks]>=2.31"_s << u"requests"_s << u"requests"_s
                            << QStringList {u"security"_s, u"socks"_s} << u">=2.31"_s << QString() << QString()
                            << QString();
    QTest::newRow("extras, spaced") << u"requests [ security , socks ] == 2.31.0"_s << u"requests"_s << u"requests"_s
                                    << QStringList {u"security"_s, u"socks"_s} << u"==2.31.0"_s << QString()
                                    << QString() << u"2.31.0"_s;
    QTest::newRow("no extras") << u"requests[]"_s << u"requests"_s << u"requests"_s << none << QString() << QString()
                               << QString() << QString();
    QTest::newRow("marker") << u"typing_extensions>=4.9; python_version < '3.11'"_s << u"typing_extensions"_s
                            << u"typing-extensions"_s << none << u">=4.9"_s << u"python_version < '3.11'"_s << QString()
                            << QString();
    QTest::newRow("marker without specifier")
        << u"gunicorn ; sys_platform != \"win32\""_s << u"gunicorn"_s << u"gunicorn"_s << none << QString()
        << u"sys_platform != \"win32\""_s << QString() << QString();
    QTest::newRow("marker with and, or, parentheses")
        << u"pywin32==306 ; sys_platform == 'win32' and (platform_machine == 'x86_64' or platform_machine == 'AMD64')"_s
        << u"pywin32"_s << u"pywin32"_s << none << u"==306"_s
        << u"sys_platform == 'win32' and (platform_machine == 'x86_64' or platform_machine == 'AMD64')"_s << QString()
        << u"306"_s;
    QTest::newRow("marker in, not in") << u"foo; 'linux' in sys_platform and extra not in 'a b'"_s << u"foo"_s
                                       << u"foo"_s << none << QString()
                                       << u"'linux' in sys_platform and extra not in 'a b'"_s << QString() << QString();
    QTest::newRow("PEP 508's example") << u"name[quux, strange];python_version<'2.7' and platform_version=='2'"_s
                                       << u"name"_s << u"name"_s << QStringList {u"quux"_s, u"strange"_s} << QString()
                                       << u"python_version<'2.7' and platform_version=='2'"_s << QString() << QString();
    QTest::newRow("url") << u"pip @ https://github.com/pypa/pip/archive/1.3.1.zip#sha1=da9234ee"_s << u"pip"_s
                         << u"pip"_s << none << QString() << QString()
                         << u"https://github.com/pypa/pip/archive/1.3.1.zip#sha1=da9234ee"_s << QString();
    QTest::newRow("url and marker") << u"pip[extra] @ file:///localbuilds/pip-1.3.1.zip ; python_version >= '3.8'"_s
                                    << u"pip"_s << u"pip"_s << QStringList {u"extra"_s} << QString()
                                    << u"python_version >= '3.8'"_s << u"file:///localbuilds/pip-1.3.1.zip"_s
                                    << QString();
    QTest::newRow("git url") << u"mylib@git+https://github.com/example/mylib.git@v1.0"_s << u"mylib"_s << u"mylib"_s
                             << none << QString() << QString() << u"git+https://github.com/example/mylib.git@v1.0"_s
                             << QString();
}

void TestRequirement::parses()
{
    QFETCH(QString, text);
    const auto requirement = Requirement::parse(text);
    QVERIFY2(requirement, qPrintable(requirement ? QString() : requirement.error().message()));
    QTEST(requirement->name(), "name");
    QTEST(requirement->normalizedName(), "normalized");
    QTEST(requirement->extras(), "extras");
    QTEST(requirement->specifier(), "specifier");
    QTEST(requirement->marker(), "marker");
    QTEST(requirement->url(), "url");
    QTEST(requirement->pinnedVersion(), "pinned");
}

void TestRequirement::refusesGarbage_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << QString() << u"the requirement is empty"_s;
    QTest::newRow("spaces") << u"   "_s << u"the requirement is empty"_s;
    QTest::newRow("starts with a dash") << u"-django"_s << u"a requirement starts with a project name, not “-django”"_s;
    QTest::newRow("ends with a dash") << u"django-"_s << u"a project name ends in a letter or digit, not “-”"_s;
    QTest::newRow("no version") << u"django=="_s << u"a version follows “==”, not the end"_s;
    QTest::newRow("=>") << u"django=>4"_s << u"unexpected “=>4”"_s;
    QTest::newRow(">>") << u"django>>4"_s << u"a version follows “>”, not “>4”"_s;
    QTest::newRow("second clause no comparison")
        << u"django>=4,5"_s << u"expected a version comparison (==, !=, <, <=, >, >=, ~= or ===), not “5”"_s;
    QTest::newRow("trailing comma") << u"django>=4,"_s << u"expected a version comparison"_s;
    QTest::newRow("extras unclosed") << u"django[extra"_s << u"“,” or “]” follows an extra, not the end"_s;
    QTest::newRow("extra name") << u"django[-x]"_s << u"expected the name of an extra, not “-x]”"_s;
    QTest::newRow("parenthesis unclosed") << u"django (>=1"_s << u"“)” closes the versions, not the end"_s;
    QTest::newRow("@ without url") << u"django @"_s << u"a URL follows “@”"_s;
    QTest::newRow("@ no url") << u"django @ not-a-url"_s << u"“not-a-url” is no URL"_s;
    QTest::newRow("after url") << u"django @ https://example.org/d.zip extra"_s
                               << u"only “; marker” may follow a URL, not “extra”"_s;
    QTest::newRow("empty marker") << u"django ; "_s << u"an environment marker follows “;”"_s;
    QTest::newRow("marker without comparison")
        << u"django ; python_version"_s << u"a comparison (==, <, in, not in …) follows a marker's value"_s;
    QTest::newRow("unknown variable") << u"django ; os == 'x'"_s << u"“os” is no environment marker variable"_s;
    QTest::newRow("unclosed string") << u"django ; python_version < '3"_s << u"the marker's string is not closed"_s;
    QTest::newRow("unclosed parenthesis")
        << u"django ; (python_version < '3'"_s << u"“)” closes the marker's “(”, not the end"_s;
    QTest::newRow("not without in") << u"django ; extra not 'x'"_s << u"“in” follows “not” in a marker"_s;
    QTest::newRow("after marker") << u"django ; python_version < '3' extra"_s << u"unexpected “extra”"_s;
    QTest::newRow("deep parentheses") << u"django ; "_s + QString(100, u'(') << u"nest too deep"_s;
    QTest::newRow("wildcard inside") << u"django==4.*.1"_s << u"only == and != take a wildcard"_s;
    QTest::newRow("wildcard with >=") << u"django>=4.*"_s << u"only == and != take a wildcard"_s;
    QTest::newRow("bare version") << u"django 4.2"_s << u"unexpected “4.2”"_s;
    QTest::newRow("not ASCII") << u"djängo"_s << u"unexpected “ängo”"_s;
    QTest::newRow("a url alone") << u"https://example.org/pkg.zip"_s << u"unexpected “://example.org/pkg.zip”"_s;
    QTest::newRow("a path") << u"./lib"_s << u"a requirement starts with a project name, not “./lib”"_s;
}

void TestRequirement::refusesGarbage()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const auto requirement = Requirement::parse(text);
    QVERIFY2(!requirement, qPrintable(text));
    QVERIFY2(requirement.error().message().contains(message), qPrintable(requirement.error().message()));
}

void TestRequirement::errorNamesTheTextAndColumn()
{
    const auto requirement = Requirement::parse(u"django==4.2.11 ; python_version < '3' or"_s);
    QVERIFY(!requirement);
    QCOMPARE(requirement.error().message(),
        u"“django==4.2.11 ; python_version < '3' or”: a marker compares quoted strings and variables, not the end "
        "(column 41)"_s);
}

void TestRequirement::checksNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << u"django"_s << true;
    QTest::newRow("one digit") << u"3"_s << true;
    QTest::newRow("inner separators") << u"zope.interface-x_y"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("leading dot") << u".hidden"_s << false;
    QTest::newRow("trailing underscore") << u"name_"_s << false;
    QTest::newRow("space") << u"two words"_s << false;
    QTest::newRow("specifier") << u"django>=4"_s << false;
}

void TestRequirement::checksNames()
{
    QFETCH(QString, name);
    QTEST(Requirement::isValidName(name), "valid");
}

QTEST_GUILESS_MAIN(TestRequirement)
#include "tst_requirement.moc"
