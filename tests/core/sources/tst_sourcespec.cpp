// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// SourceSpec: what a user types to follow something, read into the source it means (kind,
// identifier and feed), and what is refused, with why.
#include "core/sources/sourcespec.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Herald::Source;
using Herald::SourceKind;
using Herald::SourceSpec;

Q_DECLARE_METATYPE(Herald::SourceKind)

class TestSourceSpec final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsWhatUsersType_data();
    void readsWhatUsersType();
    void refusesWhatNamesNothing_data();
    void refusesWhatNamesNothing();
    void normalisesPypiNamesAsPep503Does_data();
    void normalisesPypiNamesAsPep503Does();
};

void TestSourceSpec::readsWhatUsersType_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<SourceKind>("kind");
    QTest::addColumn<QString>("identifier");
    QTest::addColumn<QString>("feed");
    const QString django = u"https://github.com/django/django/releases.atom"_s;
    QTest::newRow("owner/repo") << u"django/django"_s << SourceKind::GitHub << u"django/django"_s << django;
    QTest::newRow("owner/repo with spaces")
        << u"  django/django \n"_s << SourceKind::GitHub << u"django/django"_s << django;
    QTest::newRow("github:") << u"github:django/django"_s << SourceKind::GitHub << u"django/django"_s << django;
    QTest::newRow("a repository URL") << u"https://github.com/django/django"_s << SourceKind::GitHub
                                      << u"django/django"_s << django;
    QTest::newRow("a clone URL") << u"https://github.com/django/django.git"_s << SourceKind::GitHub
                                 << u"django/django"_s << django;
    QTest::newRow("the releases page") << u"https://github.com/django/django/releases"_s << SourceKind::GitHub
                                       << u"django/django"_s << django;
    QTest::newRow("one release") << u"https://github.com/django/django/releases/tag/5.2.8"_s << SourceKind::GitHub
                                 << u"django/django"_s << django;
    QTest::newRow("releases.atom itself") << django << SourceKind::GitHub << u"django/django"_s << django;
    QTest::newRow("dots and dashes") << u"astral-sh/ruff-pre-commit"_s << SourceKind::GitHub
                                     << u"astral-sh/ruff-pre-commit"_s
                                     << u"https://github.com/astral-sh/ruff-pre-commit/releases.atom"_s;
    QTest::newRow("another GitHub feed is a feed")
        << u"https://github.com/django/django/tags.atom"_s << SourceKind::Feed
        << u"https://github.com/django/django/tags.atom"_s << u"https://github.com/django/django/tags.atom"_s;
    QTest::newRow("pypi:") << u"pypi:Django"_s << SourceKind::PyPI << u"Django"_s
                           << u"https://pypi.org/rss/project/django/releases.xml"_s;
    QTest::newRow("pypi: normalised in the URL")
        << u"pypi:typing_extensions"_s << SourceKind::PyPI << u"typing_extensions"_s
        << u"https://pypi.org/rss/project/typing-extensions/releases.xml"_s;
    QTest::newRow("a project page") << u"https://pypi.org/project/requests/"_s << SourceKind::PyPI << u"requests"_s
                                    << u"https://pypi.org/rss/project/requests/releases.xml"_s;
    QTest::newRow("a release page") << u"https://pypi.org/project/requests/2.32.5/"_s << SourceKind::PyPI
                                    << u"requests"_s << u"https://pypi.org/rss/project/requests/releases.xml"_s;
    QTest::newRow("the JSON API") << u"https://pypi.org/pypi/requests/json"_s << SourceKind::PyPI << u"requests"_s
                                  << u"https://pypi.org/rss/project/requests/releases.xml"_s;
    QTest::newRow("the release RSS") << u"https://pypi.org/rss/project/requests/releases.xml"_s << SourceKind::PyPI
                                     << u"requests"_s << u"https://pypi.org/rss/project/requests/releases.xml"_s;
    QTest::newRow("a Discourse category") << u"https://discuss.python.org/c/announcements/7"_s << SourceKind::Discourse
                                          << u"https://discuss.python.org/c/announcements/7.rss"_s
                                          << u"https://discuss.python.org/c/announcements/7.rss"_s;
    QTest::newRow("a Discourse category's feed, with a slash and a query")
        << u"https://discuss.python.org/c/announcements/7/?page=2"_s << SourceKind::Discourse
        << u"https://discuss.python.org/c/announcements/7.rss"_s
        << u"https://discuss.python.org/c/announcements/7.rss"_s;
    QTest::newRow("any feed") << u"https://blog.example.org/feed.xml#top"_s << SourceKind::Feed
                              << u"https://blog.example.org/feed.xml"_s << u"https://blog.example.org/feed.xml"_s;
    QTest::newRow("a page over http") << u"http://tools.example.org/blog/"_s << SourceKind::Feed
                                      << u"http://tools.example.org/blog/"_s << u"http://tools.example.org/blog/"_s;
}

void TestSourceSpec::readsWhatUsersType()
{
    QFETCH(QString, input);
    QFETCH(SourceKind, kind);
    QFETCH(QString, identifier);
    QFETCH(QString, feed);
    const auto source = SourceSpec::read(input);
    QVERIFY2(source, qPrintable(source ? QString() : source.error().message()));
    QCOMPARE(Source::kindKey(source->kind), Source::kindKey(kind));
    QCOMPARE(source->identifier, identifier);
    QCOMPARE(source->feedUrl.toString(), feed);
}

void TestSourceSpec::refusesWhatNamesNothing_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("message");
    QTest::newRow("nothing") << u"   "_s << u"Nothing to follow"_s;
    QTest::newRow("words") << u"my favourite project"_s << u"is neither a URL, owner/repo nor pypi:NAME"_s;
    QTest::newRow("a local file") << u"file:///etc/passwd"_s << u"is neither a URL"_s;
    QTest::newRow("ftp") << u"ftp://ftp.example.org/feed.xml"_s << u"http and https addresses only"_s;
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << u"is neither a URL"_s;
    QTest::newRow("a PyPI name with a space") << u"pypi:my package"_s << u"is not a PyPI project name"_s;
    QTest::newRow("an empty PyPI name") << u"pypi:"_s << u"is not a PyPI project name"_s;
    QTest::newRow("a PyPI name ending in a dot") << u"pypi:foo."_s << u"is not a PyPI project name"_s;
    QTest::newRow("github: with no repository") << u"github:django"_s << u"is not a GitHub repository"_s;
    QTest::newRow("a repository named ..") << u"django/.."_s << u"is not a GitHub repository"_s;
    QTest::newRow("an owner too long") << QString(u"a"_s.repeated(40) + u"/repo"_s) << u"is neither a URL"_s;
}

void TestSourceSpec::refusesWhatNamesNothing()
{
    QFETCH(QString, input);
    QFETCH(QString, message);
    const auto source = SourceSpec::read(input);
    QVERIFY(!source);
    QVERIFY2(source.error().message().contains(message), qPrintable(source.error().message()));
}

void TestSourceSpec::normalisesPypiNamesAsPep503Does_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("normalised");
    // PEP 503's own examples: all of these are one project.
    for (const QString &name : {u"friendly-bard"_s, u"Friendly-Bard"_s, u"FRIENDLY-BARD"_s, u"friendly.bard"_s,
             u"friendly_bard"_s, u"friendly--bard"_s, u"FrIeNdLy-._.-bArD"_s}) {
        QTest::newRow(qPrintable(name)) << name << u"friendly-bard"_s;
    }
}

void TestSourceSpec::normalisesPypiNamesAsPep503Does()
{
    QFETCH(QString, name);
    QFETCH(QString, normalised);
    QCOMPARE(Source::normalizedPypiName(name), normalised);
}

QTEST_GUILESS_MAIN(TestSourceSpec)
#include "tst_sourcespec.moc"
