// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// What the version of a project the user runs means on a given day: newer releases in its
// series and beyond, and its series' place in endoflife.date's lifecycle (the Django fixture),
// judged by the day asked about, not by what the data says today.
#include "core/posts/post.h"
#include "core/releases/dependencystatus.h"
#include "core/releases/productlifecycle.h"
#include "core/releases/projectreleases.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using Herald::DependencyStatus;
using Herald::Post;
using Herald::ProductLifecycle;
using Herald::ProjectReleases;
using Herald::Source;

class TestDependencyStatus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void judgesTheVersionUsed_data();
    void judgesTheVersionUsed();
    void withoutALifecycleJudgesByReleasesAlone();
    void refusesWhatIsNoVersion();

private:
    [[nodiscard]] ProjectReleases django(bool withLifecycle) const;

    std::optional<ProductLifecycle> m_lifecycle;
};

void TestDependencyStatus::initTestCase()
{
    QFile file(QStringLiteral(HERALD_TEST_DATA "/projects/endoflife.date/api/django.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    auto read = ProductLifecycle::read(file.readAll(), u"django"_s);
    QVERIFY(read);
    m_lifecycle = *read;
}

ProjectReleases TestDependencyStatus::django(bool withLifecycle) const
{
    Source source;
    source.id = 7;
    source.kind = Herald::SourceKind::PyPI;
    source.identifier = u"Django"_s;
    QList<Post> posts;
    const QStringList versions
        = {u"6.0rc1"_s, u"5.2.9"_s, u"5.2.8"_s, u"5.1.14"_s, u"4.2.27"_s, u"4.2.26"_s, u"4.2.11"_s, u"3.2.25"_s};
    for (const QString &version : versions) {
        Post post;
        post.id = posts.size() + 1;
        post.sourceId = source.id;
        post.meta.version = version;
        post.meta.title = u"Django "_s + version;
        post.meta.published = QDateTime(QDate(2026, 11, 1).addDays(-posts.size() * 30), QTime(12, 0), QTimeZone::UTC);
        posts << post;
    }
    // A yanked patch is no newer release to move to.
    posts[4].yanked = true;
    ProjectReleases project
        = ProjectReleases::build({source}, posts, QDateTime(QDate(2026, 12, 7), QTime(12, 0), QTimeZone::UTC)).first();
    if (withLifecycle) {
        project.lifecycle = m_lifecycle;
    }
    return project;
}

void TestDependencyStatus::judgesTheVersionUsed_data()
{
    QTest::addColumn<QString>("used");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<int>("severity");
    QTest::addColumn<QString>("summary");
    QTest::newRow("4.2, past its end of life")
        << u"4.2.11"_s << QDate(2026, 12, 7) << u"end-of-life"_s << 2
        << u"you use 4.2.11; 4.2.26 and 5.2.9 are out; 4.2 reached end of life on 2026-04-30"_s;
    QTest::newRow("4.2, the day before")
        << u"4.2.11"_s << QDate(2026, 4, 29) << u"behind"_s << 1
        << u"you use 4.2.11; 4.2.26 and 5.2.9 are out; 4.2 (LTS) gets security fixes until 2026-04-30"_s;
    QTest::newRow("5.2 LTS, up to date") << u"5.2.9"_s << QDate(2026, 12, 7) << u"up-to-date"_s << 0
                                         << u"you use 5.2.9; 5.2 (LTS) gets security fixes until 2028-04-30"_s;
    QTest::newRow("5.2 LTS, a patch behind")
        << u"5.2.8"_s << QDate(2026, 12, 7) << u"behind"_s << 1
        << u"you use 5.2.8; 5.2.9 is out; 5.2 (LTS) gets security fixes until 2028-04-30"_s;
    QTest::newRow("5.1, newest of its series but ended")
        << u"5.1.14"_s << QDate(2026, 12, 7) << u"end-of-life"_s << 2
        << u"you use 5.1.14; 5.2.9 is out; 5.1 reached end of life on 2025-12-31"_s;
    QTest::newRow("5.1 while supported") << u"5.1.14"_s << QDate(2025, 3, 1) << u"up-to-date"_s << 0
                                         << u"you use 5.1.14; 5.2.9 is out; 5.1 is supported until 2025-12-31"_s;
    QTest::newRow("3.2, ended without a day") << u"3.2.25"_s << QDate(2026, 12, 7) << u"end-of-life"_s << 2
                                              << u"you use 3.2.25; 5.2.9 is out; 3.2 reached end of life"_s;
    QTest::newRow("the pre-release is not newer to move to")
        << u"5.2.9"_s << QDate(2026, 12, 7) << u"up-to-date"_s << 0
        << u"you use 5.2.9; 5.2 (LTS) gets security fixes until 2028-04-30"_s;
}

void TestDependencyStatus::judgesTheVersionUsed()
{
    QFETCH(QString, used);
    QFETCH(QDate, today);
    QFETCH(QString, verdict);
    QFETCH(int, severity);
    QFETCH(QString, summary);
    const auto status = DependencyStatus::judge(django(true), used, today);
    QVERIFY(status);
    QCOMPARE(status->verdictKey(), verdict);
    QCOMPARE(status->severity(), severity);
    QCOMPARE(status->summary(DependencyStatus::Dates::Iso), summary);
}

void TestDependencyStatus::withoutALifecycleJudgesByReleasesAlone()
{
    const auto status = DependencyStatus::judge(django(false), u"4.2.11"_s, QDate(2026, 12, 7));
    QVERIFY(status);
    QVERIFY(!status->hasLifecycle);
    QCOMPARE(status->verdictKey(), u"behind"_s);
    QCOMPARE(status->summary(DependencyStatus::Dates::Iso), u"you use 4.2.11; 4.2.26 and 5.2.9 are out"_s);
    const auto current = DependencyStatus::judge(django(false), u"5.2.9"_s, QDate(2026, 12, 7));
    QCOMPARE(current->verdictKey(), u"up-to-date"_s);
    QCOMPARE(current->summary(DependencyStatus::Dates::Iso), u"you use 5.2.9"_s);
}

void TestDependencyStatus::refusesWhatIsNoVersion()
{
    QVERIFY(!DependencyStatus::judge(django(true), QString(), QDate(2026, 12, 7)));
    QVERIFY(!DependencyStatus::judge(django(true), u"latest"_s, QDate(2026, 12, 7)));
}

QTEST_GUILESS_MAIN(TestDependencyStatus)
#include "tst_dependencystatus.moc"
