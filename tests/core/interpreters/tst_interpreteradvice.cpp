// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "../releases/fixtureposts.h"
#include "englishplurals.h"
#include "fixtureset.h"

#include "core/interpreters/interpreter.h"
#include "core/interpreters/interpreteradvice.h"
#include "core/releases/securityreferences.h"
#include "core/releases/timeline.h"

#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;
using Herald::Interpreter;
using Herald::InterpreterAdvice;
using Herald::InterpreterAdvisor;
using Herald::SeriesStatus;
using Herald::Timeline;
using Herald::Version;
using Verdict = Herald::InterpreterAdvice::Verdict;

Q_DECLARE_METATYPE(Verdict)

/// The advice for installed versions on chosen days, against the handwritten archive's
/// timeline (its releases, lifecycles and security announcements are written for these cases).
class TestInterpreterAdvice final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void advises_data();
    void advises();
    void namesTheSecurityFixesAndTheirPosts();
    void freeThreadedBuildsFollowTheirSeries();
    void otherImplementationsAreNotJudged();
    void anUnusableInterpreterSaysWhy();
    void expectsAndFlagsOverdueReleases();
    void findsSecurityReferences_data();
    void findsSecurityReferences();

private:
    static Interpreter cpython(const QString &version);

    Timeline m_timeline;
    QList<Herald::Post> m_posts;
    Herald::Test::EnglishPlurals m_plurals;
};

void TestInterpreterAdvice::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCoreApplication::installTranslator(&m_plurals);
    const QString archive = Herald::Test::archiveDirectory();
    m_posts = Herald::Test::fixturePosts(archive);
    QVERIFY(!m_posts.isEmpty());
    m_timeline = Timeline::build(m_posts, Herald::Test::fixtureLifecycle(archive));
}

Interpreter TestInterpreterAdvice::cpython(const QString &version)
{
    Interpreter interpreter;
    interpreter.names = {{u"/usr/bin/python3"_s, Herald::InterpreterOrigin::Path, {}}};
    interpreter.version = *Version::parse(version);
    interpreter.implementation = u"CPython"_s;
    return interpreter;
}

void TestInterpreterAdvice::advises_data()
{
    QTest::addColumn<QString>("installed");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<int>("severity");
    QTest::addColumn<QString>("latest");
    QTest::addColumn<QStringList>("missed");
    QTest::addColumn<QString>("action");

    const QDate today(2026, 12, 6);
    QTest::newRow("security series, behind a security release")
        << u"3.12.3"_s << today << Verdict::MissesSecurity << 2 << u"3.12.14"_s
        << QStringList {u"3.12.14"_s, u"3.12.13"_s, u"3.12.6"_s} << u"Upgrade to 3.12.14 (2 security fixes)"_s;
    QTest::newRow("security series, up to date")
        << u"3.12.14"_s << today << Verdict::UpToDate << 0 << u"3.12.14"_s << QStringList()
        << u"Up to date; 3.12 gets security fixes only, until 31 Oct 2028"_s;
    QTest::newRow("bugfix series, up to date")
        << u"3.14.7"_s << today << Verdict::UpToDate << 0 << u"3.14.7"_s << QStringList() << u"Up to date"_s;
    QTest::newRow("bugfix series, behind") << u"3.14.6"_s << today << Verdict::Behind << 1 << u"3.14.7"_s
                                           << QStringList {u"3.14.7"_s} << u"Upgrade to 3.14.7 (1 release behind)"_s;
    QTest::newRow("bugfix series, behind two, one a security release")
        << u"3.14.5"_s << today << Verdict::MissesSecurity << 2 << u"3.14.7"_s << QStringList {u"3.14.7"_s, u"3.14.6"_s}
        << u"Upgrade to 3.14.7 (1 security fix)"_s;
    QTest::newRow("a candidate once the final is out")
        << u"3.13.0rc2"_s << today << Verdict::MissesSecurity << 2 << u"3.13.15"_s
        << QStringList {u"3.13.15"_s, u"3.13.14"_s, u"3.13.0"_s}
        << u"Upgrade to 3.13.15: 3.13.0 final is out (1 security fix)"_s;
    QTest::newRow("a beta while the candidate is out")
        << u"3.15.0b4"_s << today << Verdict::Behind << 1 << u"3.15.0rc1"_s << QStringList {u"3.15.0rc1"_s}
        << u"Upgrade to 3.15.0rc1 (1 release behind)"_s;
    // 3.10's end of life is "2026-10": the last day of October. The data still says
    // "security"; the date decides. 3.15 is in bugfix by date but has no final release: move to 3.14.
    QTest::newRow("end of life by date, whatever the data says")
        << u"3.10.20"_s << today << Verdict::EndOfLife << 2 << u"3.10.21"_s << QStringList {u"3.10.21"_s}
        << u"3.10 reached end of life on 31 Oct 2026: move to 3.14"_s;
    QTest::newRow("the same install before its end of life")
        << u"3.10.20"_s << QDate(2026, 9, 1) << Verdict::MissesSecurity << 2 << u"3.10.21"_s
        << QStringList {u"3.10.21"_s} << u"Upgrade to 3.10.21 (2 security fixes)"_s;
    QTest::newRow("long past end of life") << u"3.8.10"_s << today << Verdict::EndOfLife << 2 << u"3.8.10"_s
                                           << QStringList() << u"3.8 reached end of life on 7 Oct 2024: move to 3.14"_s;
    QTest::newRow("a series with nothing released yet")
        << u"3.16.0a1"_s << today << Verdict::UpToDate << 0 << u"3.16.0a1"_s << QStringList() << u"Up to date"_s;
    QTest::newRow("a series the data does not know")
        << u"3.17.0a1"_s << today << Verdict::UnknownSeries << 0 << QString() << QStringList()
        << u"Herald knows no releases of Python 3.17 yet"_s;
}

void TestInterpreterAdvice::advises()
{
    QFETCH(QString, installed);
    QFETCH(QDate, today);
    QFETCH(Verdict, verdict);
    QFETCH(int, severity);
    QFETCH(QString, latest);
    QFETCH(QStringList, missed);
    QFETCH(QString, action);

    const InterpreterAdvice advice = InterpreterAdvisor(m_timeline, today).advise(cpython(installed));
    QCOMPARE(advice.action, action);
    QCOMPARE(advice.verdict, verdict);
    QCOMPARE(advice.severity(), severity);
    QCOMPARE(advice.latest ? advice.latest->toString() : QString(), latest);
    QStringList missedVersions;
    for (const auto &release : advice.missed) {
        missedVersions += release.version.toString();
    }
    QCOMPARE(missedVersions, missed);
}

void TestInterpreterAdvice::namesTheSecurityFixesAndTheirPosts()
{
    const InterpreterAdvice advice = InterpreterAdvisor(m_timeline, QDate(2026, 12, 6)).advise(cpython(u"3.12.6"_s));
    QCOMPARE(advice.securityReleases, 1);
    QCOMPARE(advice.cves, (QStringList {u"CVE-2026-1041"_s, u"CVE-2026-1187"_s}));
    const auto &security = advice.missed.constFirst();
    QCOMPARE(security.version.toString(), u"3.12.14"_s);
    QVERIFY(security.security);
    QCOMPARE(security.issues, (QStringList {u"gh-138820"_s, u"gh-139002"_s, u"gh-139455"_s}));
    QCOMPARE(security.postIds.size(), 1);
    const auto post = std::find_if(
        m_posts.cbegin(), m_posts.cend(), [&](const Herald::Post &p) { return p.id == security.postIds.constFirst(); });
    QVERIFY(post != m_posts.cend());
    QCOMPARE(post->meta.slug, u"python-31214-31116-31021"_s);
    // 3.12.13 was made but never announced: behind, with nothing to say about its fixes.
    QVERIFY(!advice.missed.at(1).security);
    QVERIFY(advice.missed.at(1).postIds.isEmpty());
}

void TestInterpreterAdvice::freeThreadedBuildsFollowTheirSeries()
{
    Interpreter threaded = cpython(u"3.14.6"_s);
    threaded.freeThreaded = true;
    const InterpreterAdvice advice = InterpreterAdvisor(m_timeline, QDate(2026, 12, 6)).advise(threaded);
    QCOMPARE(advice.verdict, Verdict::Behind);
    QCOMPARE(advice.action, u"Upgrade to 3.14.7 (1 release behind)"_s);
}

void TestInterpreterAdvice::otherImplementationsAreNotJudged()
{
    Interpreter pypy = cpython(u"3.10.14"_s);
    pypy.implementation = u"PyPy"_s;
    pypy.implementationVersion = u"7.3.17"_s;
    const InterpreterAdvice advice = InterpreterAdvisor(m_timeline, QDate(2026, 12, 6)).advise(pypy);
    QCOMPARE(advice.verdict, Verdict::NotFollowed);
    QCOMPARE(advice.severity(), 0);
    QCOMPARE(advice.action, u"PyPy follows its own releases; Herald follows CPython's"_s);
}

void TestInterpreterAdvice::anUnusableInterpreterSaysWhy()
{
    Interpreter broken;
    broken.names = {{u"/usr/bin/python3.9"_s, Herald::InterpreterOrigin::Path, {}}};
    broken.problem = u"a broken link: /opt/python3.9 does not exist"_s;
    const InterpreterAdvice advice = InterpreterAdvisor(m_timeline, QDate(2026, 12, 6)).advise(broken);
    QCOMPARE(advice.verdict, Verdict::Unusable);
    QCOMPARE(advice.severity(), 0);
    QCOMPARE(advice.action, broken.problem);
}

void TestInterpreterAdvice::expectsAndFlagsOverdueReleases()
{
    const auto *series315 = m_timeline.findSeries(u"3.15"_s);
    const auto *series316 = m_timeline.findSeries(u"3.16"_s);
    QVERIFY(series315 && series316);
    QCOMPARE(series315->expected.size(), 2);
    QCOMPARE(series315->expected.at(0).version.toString(), u"3.15.0rc2"_s);
    QCOMPARE(series315->expected.at(1).version.toString(), u"3.15.0"_s);

    const QDate august(2026, 8, 20);
    QCOMPARE(series315->nextExpected()->version.toString(), u"3.15.0rc2"_s);
    QVERIFY(!series315->expected.at(0).isOverdue(august));
    QCOMPARE(series316->nextExpected()->version.toString(), u"3.16.0a1"_s);
    QCOMPARE(series315->statusOn(august), SeriesStatus::Prerelease);

    // Both late: 3.15 still waits for 3.15.0rc2 first, and nothing of 3.15 is out, whatever
    // the planned first release day said.
    const QDate december(2026, 12, 6);
    QVERIFY(series315->expected.at(0).isOverdue(december));
    QVERIFY(series315->expected.at(1).isOverdue(december));
    QCOMPARE(series315->nextExpected()->version.toString(), u"3.15.0rc2"_s);
    QCOMPARE(series315->statusOn(december), SeriesStatus::Prerelease);
    QCOMPARE(series316->nextExpected()->version.toString(), u"3.16.0a1"_s);
    // The day itself is not overdue yet.
    QVERIFY(!series316->expected.at(1).isOverdue(QDate(2027, 10, 5)));
    // Expected releases are never counted among the made ones.
    QVERIFY(!m_timeline.findRelease(*Version::parse(u"3.15.0rc2"_s)));
}

void TestInterpreterAdvice::findsSecurityReferences_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QStringList>("cves");
    QTest::addColumn<QStringList>("issues");
    QTest::newRow("links with labels") << u"- [gh-115399](https://github.com/python/cpython/issues/115399): expat "
                                          "[CVE-2023-52425](https://www.cve.org/CVERecord?id=CVE-2023-52425)"_s
                                       << QStringList {u"CVE-2023-52425"_s} << QStringList {u"gh-115399"_s};
    QTest::newRow("bare ids, lower case")
        << u"fixes cve-2024-0450 and gh-109858, and GH-91133"_s << QStringList {u"CVE-2024-0450"_s}
        << QStringList {u"gh-109858"_s, u"gh-91133"_s};
    QTest::newRow("nvd link only") << u"<https://nvd.nist.gov/vuln/detail/CVE-2026-1187>"_s
                                   << QStringList {u"CVE-2026-1187"_s} << QStringList();
    QTest::newRow("another repository's issue")
        << u"[pip#123](https://github.com/pypa/pip/issues/123)"_s << QStringList() << QStringList();
    QTest::newRow("a pull request is not an issue")
        << u"https://github.com/python/cpython/pull/4242"_s << QStringList() << QStringList();
    QTest::newRow("not an id") << u"CVE-20-1 and ghost-12 and agh-5"_s << QStringList() << QStringList();
}

void TestInterpreterAdvice::findsSecurityReferences()
{
    QFETCH(QString, markdown);
    QFETCH(QStringList, cves);
    QFETCH(QStringList, issues);
    const auto found = Herald::SecurityReferences::findInText(markdown);
    QCOMPARE(found.cves, cves);
    QCOMPARE(found.issues, issues);
    QCOMPARE(found.security, !cves.isEmpty());
}

QTEST_GUILESS_MAIN(TestInterpreterAdvice)
#include "tst_interpreteradvice.moc"
