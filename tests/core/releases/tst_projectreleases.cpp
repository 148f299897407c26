// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// ProjectReleases: a followed project's versioned posts grouped by series, newest first; the
// series chosen per source or from the project's own versions; pre-releases and yanked
// releases kept and marked.
#include "core/releases/projectreleases.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Herald::Post;
using Herald::ProjectReleases;
using Herald::Source;
using Herald::SourceKind;

namespace {

const QDateTime Now(QDate(2026, 12, 6), QTime(12, 0), QTimeZone::UTC);

Source source(qint64 id, SourceKind kind, int seriesParts = 0)
{
    Source result;
    result.id = id;
    result.kind = kind;
    result.identifier = u"owner/project%1"_s.arg(id);
    result.seriesParts = seriesParts;
    return result;
}

Post release(qint64 sourceId, const QString &version, int daysAgo, bool yanked = false)
{
    static qint64 nextId = 1;
    Post post;
    post.id = nextId++;
    post.sourceId = sourceId;
    post.meta.slug = u"v"_s + version;
    post.meta.version = version;
    post.meta.published = Now.addDays(-daysAgo);
    post.yanked = yanked;
    return post;
}

/// "series: versions", one line per series.
QStringList shape(const ProjectReleases &project)
{
    QStringList lines;
    for (const auto &series : project.series) {
        QStringList versions;
        for (const auto &release : series.releases) {
            versions << release.version.toString() + (release.yanked ? u"(yanked)"_s : QString());
        }
        lines << series.series + u": "_s + versions.join(u' ') + u" → "_s
                + (series.latest() ? series.latest()->version.toString() : QString());
    }
    return lines;
}

} // namespace

class TestProjectReleases final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void groupsBySeriesNewestFirst();
    void majorsForSemverProjectsWithFrequentMinors();
    void theUsersChoiceWins();
    void leavesPythonInsiderAndUnversionedPostsOut();
};

void TestProjectReleases::groupsBySeriesNewestFirst()
{
    const QList<Post> posts = {release(1, u"5.2.7"_s, 60), release(1, u"6.0rc1"_s, 40), release(1, u"5.2.8"_s, 30),
        release(1, u"4.2.26"_s, 60), release(1, u"6.0b1"_s, 70), release(1, u"5.2.8"_s, 29),
        release(1, u"2.32.0"_s, 900, true), release(1, u"4.2.27"_s, 20, true)};
    const auto projects = ProjectReleases::build({source(1, SourceKind::GitHub)}, posts, Now);
    QCOMPARE(projects.size(), 1);
    // A series' latest is its newest final that was not yanked (a yanked one only when there is
    // nothing else); a series of pre-releases only has its newest. One version announced twice
    // is listed once.
    QCOMPARE(shape(projects.first()),
        (QStringList {u"6.0: 6.0rc1 6.0b1 → 6.0rc1"_s, u"5.2: 5.2.8 5.2.7 → 5.2.8"_s,
            u"4.2: 4.2.27(yanked) 4.2.26 → 4.2.26"_s, u"2.32: 2.32.0(yanked) → 2.32.0"_s}));
    QCOMPARE(projects.first().releaseCount(), 7);
    QCOMPARE(projects.first().seriesParts, 2);
}

void TestProjectReleases::majorsForSemverProjectsWithFrequentMinors()
{
    // Six minors in a year, SemVer: a project like this is upgraded major to major.
    QList<Post> frequent;
    for (int minor = 0; minor < 6; ++minor) {
        frequent << release(1, u"3.%1.0"_s.arg(minor), 300 - minor * 40);
    }
    frequent << release(1, u"4.0.0-rc.1"_s, 5);
    // The same minors, spread over years, or written as PEP 440: series stay major.minor.
    QList<Post> slow;
    for (int minor = 0; minor < 6; ++minor) {
        slow << release(2, u"3.%1.0"_s.arg(minor), 2000 - minor * 300);
    }
    slow << release(2, u"4.0.0-rc.1"_s, 5);
    QList<Post> pep440;
    for (int minor = 0; minor < 6; ++minor) {
        pep440 << release(3, u"3.%1.0"_s.arg(minor), 300 - minor * 40);
    }
    const auto projects = ProjectReleases::build(
        {source(1, SourceKind::GitHub), source(2, SourceKind::GitHub), source(3, SourceKind::PyPI)},
        frequent + slow + pep440, Now);
    QCOMPARE(projects.at(0).seriesParts, 1);
    QCOMPARE(shape(projects.at(0)).first(), u"4: 4.0.0-rc.1 → 4.0.0-rc.1"_s);
    QCOMPARE(projects.at(1).seriesParts, 2);
    QCOMPARE(projects.at(2).seriesParts, 2);
}

void TestProjectReleases::theUsersChoiceWins()
{
    const QList<Post> posts = {release(1, u"2.12.5"_s, 10), release(1, u"2.11.0"_s, 100), release(1, u"1.10.24"_s, 90)};
    const auto projects = ProjectReleases::build({source(1, SourceKind::GitHub, 1)}, posts, Now);
    QCOMPARE(shape(projects.first()), (QStringList {u"2: 2.12.5 2.11.0 → 2.12.5"_s, u"1: 1.10.24 → 1.10.24"_s}));
}

void TestProjectReleases::leavesPythonInsiderAndUnversionedPostsOut()
{
    Post blog = release(1, u"3.14.0"_s, 1);
    Post news = release(2, QString(), 1);
    Post unreadable = release(2, u"not-a-version"_s, 1);
    const auto projects = ProjectReleases::build(
        {source(1, SourceKind::PythonInsider), source(2, SourceKind::Feed)}, {blog, news, unreadable}, Now);
    QCOMPARE(projects.size(), 1);
    QCOMPARE(projects.first().source.id, 2);
    QVERIFY(projects.first().series.isEmpty());
}

QTEST_GUILESS_MAIN(TestProjectReleases)
#include "tst_projectreleases.moc"
