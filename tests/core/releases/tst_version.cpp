// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/releases/version.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using Herald::Version;

namespace Herald {

// Lets QCOMPARE show both sides when two versions differ.
char *toString(const Version &version)
{
    return QTest::toString(version.toString());
}

} // namespace Herald

class TestVersion final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesGoodVersions_data();
    void parsesGoodVersions();
    void rejectsBadVersions_data();
    void rejectsBadVersions();
    void orders_data();
    void orders();
    void sortsAReleaseCycle();
    void buildsFromParts();
    void readsBackItsCanonicalForm_data();
    void readsBackItsCanonicalForm();
};

void TestVersion::parsesGoodVersions_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QString>("series");
    QTest::addColumn<int>("stage");
    QTest::addColumn<int>("stageNumber");

    const int alpha = int(Version::Stage::Alpha);
    const int beta = int(Version::Stage::Beta);
    const int candidate = int(Version::Stage::Candidate);
    const int final = int(Version::Stage::Final);
    QTest::newRow("series") << u"3.13"_s << u"3.13"_s << u"3.13"_s << final << 0;
    QTest::newRow("final") << u"3.13.1"_s << u"3.13.1"_s << u"3.13"_s << final << 0;
    QTest::newRow("two-digit parts") << u"3.10.20"_s << u"3.10.20"_s << u"3.10"_s << final << 0;
    QTest::newRow("alpha") << u"3.13.0a6"_s << u"3.13.0a6"_s << u"3.13"_s << alpha << 6;
    QTest::newRow("beta") << u"3.11.0b3"_s << u"3.11.0b3"_s << u"3.11"_s << beta << 3;
    QTest::newRow("candidate") << u"3.14.0rc2"_s << u"3.14.0rc2"_s << u"3.14"_s << candidate << 2;
    QTest::newRow("upper case") << u"3.13.0RC2"_s << u"3.13.0rc2"_s << u"3.13"_s << candidate << 2;
    QTest::newRow("c as rc") << u"3.8.0c1"_s << u"3.8.0rc1"_s << u"3.8"_s << candidate << 1;
    QTest::newRow("leading v") << u"v3.12.4"_s << u"3.12.4"_s << u"3.12"_s << final << 0;
    QTest::newRow("glued Python") << u"Python3.11.0b3"_s << u"3.11.0b3"_s << u"3.11"_s << beta << 3;
    QTest::newRow("Python and space") << u"python 2.7.18"_s << u"2.7.18"_s << u"2.7"_s << final << 0;
    QTest::newRow("spaces around") << u"  3.9.0  "_s << u"3.9.0"_s << u"3.9"_s << final << 0;
    QTest::newRow("PEP 440 separator") << u"3.9.0-rc.1"_s << u"3.9.0rc1"_s << u"3.9"_s << candidate << 1;
    QTest::newRow("leading zeros") << u"3.09.01"_s << u"3.9.1"_s << u"3.9"_s << final << 0;
    QTest::newRow("spelled alpha") << u"3.14.0 alpha 1"_s << u"3.14.0a1"_s << u"3.14"_s << alpha << 1;
    QTest::newRow("spelled candidate") << u"3.14.0 candidate 2"_s << u"3.14.0rc2"_s << u"3.14"_s << candidate << 2;
    QTest::newRow("release candidate") << u"3.5.0 Release Candidate 1"_s << u"3.5.0rc1"_s << u"3.5"_s << candidate << 1;
    QTest::newRow("spelled final") << u"3.9.0 final"_s << u"3.9.0"_s << u"3.9"_s << final << 0;
    QTest::newRow("series pre-release") << u"3.3a4"_s << u"3.3a4"_s << u"3.3"_s << alpha << 4;
    QTest::newRow("largest number") << u"3.99999.0"_s << u"3.99999.0"_s << u"3.99999"_s << final << 0;
}

void TestVersion::parsesGoodVersions()
{
    QFETCH(QString, input);
    QFETCH(QString, canonical);
    QFETCH(QString, series);
    QFETCH(int, stage);
    QFETCH(int, stageNumber);
    const auto version = Version::parse(input);
    QVERIFY(version);
    QCOMPARE(version->toString(), canonical);
    QCOMPARE(version->series(), series);
    QCOMPARE(int(version->stage()), stage);
    QCOMPARE(version->stageNumber(), stageNumber);
    QCOMPARE(version->isPrerelease(), stage != int(Version::Stage::Final));
    QCOMPARE(Version::parse(canonical), version);
}

void TestVersion::rejectsBadVersions_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << u"   "_s;
    QTest::newRow("major only") << u"3"_s;
    QTest::newRow("wildcard") << u"3.x"_s;
    QTest::newRow("wildcard micro") << u"3.3.x"_s;
    QTest::newRow("stage without number") << u"3.13.0rc"_s;
    QTest::newRow("unknown stage") << u"3.13.0d1"_s;
    QTest::newRow("dev release") << u"3.13.0.dev1"_s;
    QTest::newRow("post release") << u"3.13.0.post1"_s;
    QTest::newRow("four parts") << u"3.13.0.1"_s;
    QTest::newRow("trailing dot") << u"3.13."_s;
    QTest::newRow("leading dot") << u".3.13"_s;
    QTest::newRow("trailing text") << u"3.13.0 is out"_s;
    QTest::newRow("negative") << u"3.-1.0"_s;
    QTest::newRow("huge minor") << u"3.100000.0"_s;
    QTest::newRow("overflowing int") << u"3.13.99999999999999999999"_s;
    QTest::newRow("huge stage number") << u"3.13.0a4294967296"_s;
    QTest::newRow("letters") << u"three.thirteen"_s;
    QTest::newRow("another product") << u"pip 20.3"_s;
    QTest::newRow("final with number") << u"3.9.0 final 1"_s;
}

void TestVersion::rejectsBadVersions()
{
    QFETCH(QString, input);
    const auto version = Version::parse(input);
    QVERIFY2(!version, qPrintable(version ? version->toString() : QString()));
}

void TestVersion::orders_data()
{
    QTest::addColumn<QString>("lower");
    QTest::addColumn<QString>("higher");
    QTest::newRow("alpha < alpha") << u"3.13.0a2"_s << u"3.13.0a10"_s;
    QTest::newRow("alpha < beta") << u"3.13.0a6"_s << u"3.13.0b1"_s;
    QTest::newRow("beta < candidate") << u"3.13.0b4"_s << u"3.13.0rc1"_s;
    QTest::newRow("candidate < final") << u"3.13.0rc3"_s << u"3.13.0"_s;
    QTest::newRow("final < bugfix") << u"3.13.0"_s << u"3.13.1"_s;
    QTest::newRow("bugfix candidate") << u"3.13.1"_s << u"3.13.2rc1"_s;
    QTest::newRow("micro numerically") << u"3.13.9"_s << u"3.13.10"_s;
    QTest::newRow("minor numerically") << u"3.9.24"_s << u"3.10.0a1"_s;
    QTest::newRow("major") << u"2.7.18"_s << u"3.0"_s;
    QTest::newRow("series after its candidates") << u"3.13.0rc1"_s << u"3.13"_s;
    QTest::newRow("series before its bugfixes") << u"3.13"_s << u"3.13.1"_s;
}

void TestVersion::orders()
{
    QFETCH(QString, lower);
    QFETCH(QString, higher);
    const Version low = *Version::parse(lower);
    const Version high = *Version::parse(higher);
    QVERIFY(low < high);
    QVERIFY(high > low);
    QVERIFY(low != high);
    QVERIFY(low <= low);
    QVERIFY(!(high < low));
}

void TestVersion::sortsAReleaseCycle()
{
    const QStringList shuffled {u"3.13.1"_s, u"3.13.0rc1"_s, u"3.13.0a1"_s, u"3.13.0"_s, u"3.13.0b1"_s, u"3.12.7"_s,
        u"3.13.0a6"_s, u"3.13.0rc2"_s, u"3.13.0b4"_s};
    QList<Version> versions;
    for (const QString &text : shuffled) {
        versions += *Version::parse(text);
    }
    std::sort(versions.begin(), versions.end());
    QStringList sorted;
    for (const Version &version : std::as_const(versions)) {
        sorted += version.toString();
    }
    QCOMPARE(sorted,
        (QStringList {u"3.12.7"_s, u"3.13.0a1"_s, u"3.13.0a6"_s, u"3.13.0b1"_s, u"3.13.0b4"_s, u"3.13.0rc1"_s,
            u"3.13.0rc2"_s, u"3.13.0"_s, u"3.13.1"_s}));
}

void TestVersion::buildsFromParts()
{
    QVERIFY(Version().isNull());
    QVERIFY(!Version(3, 13).hasMicro());
    QCOMPARE(Version(3, 13).toString(), u"3.13"_s);
    QCOMPARE(Version(3, 13), Version(3, 13, 0));
    QCOMPARE(Version(3, 3, 0, Version::Stage::Alpha, 4).toString(), u"3.3.0a4"_s);
    QCOMPARE(Version(3, 13, 2, Version::Stage::Final, 7).stageNumber(), 0);
    QCOMPARE(Version(3, 14, 0, Version::Stage::Candidate, 1), *Version::parse(u"3.14.0rc1"));
}

void TestVersion::readsBackItsCanonicalForm_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("canonical");
    // What toString() writes reads back as the same version…
    for (const auto &text : {u"3.13"_s, u"3.13.0"_s, u"3.13.12"_s, u"3.14.0a6"_s, u"3.14.0b1"_s, u"3.14.0rc2"_s,
             u"2.7.18"_s, u"10.0.0rc10"_s, u"3.14a1"_s}) {
        QTest::newRow(qPrintable(text)) << text << true;
    }
    // …and nothing else does: other spellings are parse()'s to read.
    for (const auto &text :
        {u""_s, u"3"_s, u"3."_s, u"3.13."_s, u"v3.13.1"_s, u"3.13.0 rc1"_s, u"3.13.0c1"_s, u"3.13.0rc"_s, u"3..1"_s,
            u"3.13.0rc1x"_s, u"3.13.1 "_s, u"3.13.0RC1"_s, u"3.13.0.1"_s, u"3.1234567.0"_s, u"３.13.0"_s}) {
        QTest::newRow(qPrintable(u"not: "_s + text)) << text << false;
    }
}

void TestVersion::readsBackItsCanonicalForm()
{
    QFETCH(QString, text);
    QFETCH(bool, canonical);
    const std::optional<Version> read = Version::parseCanonical(text);
    QCOMPARE(read.has_value(), canonical);
    if (canonical) {
        QCOMPARE(read->toString(), text);
        QCOMPARE(*read, *Version::parse(text));
        QCOMPARE(read->stage(), Version::parse(text)->stage());
    }
}

QTEST_GUILESS_MAIN(TestVersion)
#include "tst_version.moc"
