// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// OPML 2.0 subscription lists: another reader's list (standard attributes only, folders in
// folders, outlines that are no feed), Herald's own list written and read back exactly, and
// documents that are broken or no OPML at all.
#include "core/sources/opml.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using Herald::Opml;
using Herald::Source;
using Herald::SourceKind;

namespace {

QByteArray data(const QString &name)
{
    QFile file(QStringLiteral(HERALD_TEST_DATA "/opml/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(file.fileName()));
    }
    return file.readAll();
}

/// A source as one line of its fields, for comparing lists.
QString describe(const Source &s)
{
    return u"%1|%2|%3|%4|%5|%6|%7|%8"_s.arg(Source::kindKey(s.kind), s.identifier, s.feedUrl.toString(), s.name,
               s.folder, s.notifyMode, QString::number(s.seriesParts), s.discovered ? u"discovered"_s : QString())
        + (s.lifecycleProduct ? u"|lifecycle=" + *s.lifecycleProduct : QString())
        + (s.usedVersion.isEmpty() ? QString() : u"|uses " + s.usedVersion + u" from " + s.usedIn);
}

} // namespace

class TestOpml final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAnotherReadersList();
    void readsProjectPagesAsTheirFeeds();
    void roundTripsExactly();
    void refusesWhatIsNoList_data();
    void refusesWhatIsNoList();
};

void TestOpml::readsAnotherReadersList()
{
    const auto read = Opml::read(data(u"other-reader.opml"_s), u"other-reader.opml"_s);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().message()));
    QStringList found;
    for (const Source &source : read->sources) {
        found << describe(source);
    }
    // Kinds and identifiers are read from the feeds' addresses, as --follow reads them; the
    // other reader's names become the user's; folders inside folders keep their path.
    QCOMPARE(found,
        QStringList({
            u"github|django/django|https://github.com/django/django/releases.atom|Django releases|||0|"_s,
            u"pypi|requests|https://pypi.org/rss/project/requests/releases.xml|requests|Python packages||0|"_s,
            u"github|pydantic/pydantic|https://github.com/pydantic/pydantic/releases.atom|pydantic|Python packages/Web||0|"_s,
            u"discourse|https://discuss.python.org/c/announcements/7.rss|https://discuss.python.org/c/announcements/7.rss|Python announcements|Community||0|"_s,
            u"feed|https://tools.example.org/blog/releases.atom|https://tools.example.org/blog/releases.atom|Tools blog|Community||0|"_s,
        }));
    QStringList folders;
    for (const Opml::Folder &folder : read->folders) {
        folders << folder.name;
    }
    // "Bookmarks" holds nothing Herald can follow, so it is no folder.
    QCOMPARE(folders, QStringList({u"Python packages"_s, u"Python packages/Web"_s, u"Community"_s}));
    QCOMPARE(read->skipped.size(), 2);
    QVERIFY2(read->skipped.at(0).contains(u"Script"_s) && read->skipped.at(0).contains(u"line "_s),
        qPrintable(read->skipped.at(0)));
    QVERIFY2(read->skipped.at(1).contains(u"Local file"_s) && read->skipped.at(1).contains(u"http"_s),
        qPrintable(read->skipped.at(1)));
}

void TestOpml::readsProjectPagesAsTheirFeeds()
{
    // Another reader may list a project's page: it stands for the project's own feed, so it
    // is followed as --follow would follow it, and found when it is followed already.
    const QByteArray list = R"(<opml version="2.0"><body>
        <outline text="requests" xmlUrl="https://pypi.org/project/requests/"/>
        <outline text="django" xmlUrl="https://github.com/django/django/releases"/>
        </body></opml>)";
    const auto read = Opml::read(list, u"pages.opml"_s);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().message()));
    QCOMPARE(read->sources.size(), 2);
    QCOMPARE(read->sources.at(0).feedUrl, QUrl(u"https://pypi.org/rss/project/requests/releases.xml"_s));
    QCOMPARE(read->sources.at(1).feedUrl, QUrl(u"https://github.com/django/django/releases.atom"_s));
}

void TestOpml::roundTripsExactly()
{
    Source python;
    python.kind = SourceKind::PythonInsider;
    python.feedUrl = QUrl(u"https://blog.python.org/rss.xml"_s);
    python.feedTitle = u"Python Insider"_s;
    Source django;
    django.kind = SourceKind::GitHub;
    django.identifier = u"django/django"_s;
    django.feedUrl = QUrl(u"https://github.com/django/django/releases.atom"_s);
    django.name = u"Django & friends <web>"_s;
    django.notifyMode = u"finals"_s;
    django.seriesParts = 1;
    Source requests;
    requests.kind = SourceKind::PyPI;
    requests.identifier = u"Requests"_s;
    requests.feedUrl = QUrl(u"https://pypi.org/rss/project/requests/releases.xml"_s);
    requests.folder = u"Libraries"_s;
    requests.usedVersion = u"2.31.0"_s;
    requests.usedIn = u"requirements.txt:3"_s;
    django.lifecycleProduct = u"django"_s;
    Source blog;
    blog.kind = SourceKind::Feed;
    blog.identifier = u"https://tools.example.org/blog/"_s;
    blog.feedUrl = QUrl(u"https://tools.example.org/blog/releases.atom?a=1&b=%C3%A9"_s);
    blog.folder = u"Libraries"_s;
    blog.discovered = true;
    blog.lifecycleProduct = QString(); // none, which is not unset
    const QList<Opml::Folder> folders {{u"Libraries"_s, u"security"_s}, {u"Empty"_s, {}}};

    const QByteArray written = Opml::write({python, django, requests, blog}, folders, u"Herald"_s);
    QVERIFY2(written.contains("version=\"2.0\""), written.constData());
    const auto read = Opml::read(written, u"written.opml"_s);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().message()));
    QStringList expected;
    QStringList actual;
    for (const Source &source : {django, requests, blog}) {
        expected << describe(source);
    }
    for (const Source &source : read->sources) {
        actual << describe(source);
    }
    QCOMPARE(actual, expected);
    // Python Insider is built in: written for other readers, skipped when read back.
    QCOMPARE(read->skipped.size(), 1);
    QVERIFY(read->skipped.constFirst().contains(u"built in"_s));
    QCOMPARE(read->folders.size(), 1); // a folder with no source is none
    QCOMPARE(read->folders.constFirst().name, u"Libraries"_s);
    QCOMPARE(read->folders.constFirst().notifyMode, u"security"_s);
}

void TestOpml::refusesWhatIsNoList_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("message");
    QTest::newRow("cut off") << data(u"malformed.opml"_s) << u"list.opml is not well-formed XML"_s;
    QTest::newRow("a feed") << data(u"not-opml.xml"_s) << u"its root element is <rss>, not <opml>"_s;
    QTest::newRow("empty") << QByteArray() << u"list.opml is not well-formed XML"_s;
    QTest::newRow("bytes") << QByteArray("\x89PNG\r\n\x1a\n", 8) << u"list.opml is not well-formed XML"_s;
}

void TestOpml::refusesWhatIsNoList()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, message);
    const auto read = Opml::read(document, u"list.opml"_s);
    QVERIFY(!read);
    QVERIFY2(read.error().message().contains(message), qPrintable(read.error().message()));
    QVERIFY2(read.error().message().contains(u"list.opml"_s), qPrintable(read.error().message()));
}

QTEST_GUILESS_MAIN(TestOpml)
#include "tst_opml.moc"
