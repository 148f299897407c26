// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// ProjectLifecycles: which endoflife.date product a source is judged by (the one its name
// suggests, the user's, or none), which names may be products at all, and the stored
// lifecycles: read once per product, an empty document meaning "none", a broken one a warning.
#include "core/releases/productlifecycle.h"
#include "core/sources/projectlifecycles.h"
#include "core/sources/sourcespec.h"
#include "core/store/poststore.h"
#include "storefixtures.h"
#include "verifyresult.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Herald::ProductLifecycle;
using Herald::ProjectLifecycles;
using Herald::Source;
using Herald::SourceSpec;

class TestProjectLifecycles final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void choosesTheProduct_data();
    void choosesTheProduct();
    void acceptsOnlyProductNames_data();
    void acceptsOnlyProductNames();
    void readsTheStoredLifecycles();
};

void TestProjectLifecycles::choosesTheProduct_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QVariant>("chosen"); // invalid: unset
    QTest::addColumn<QString>("product");
    QTest::newRow("GitHub, by its name") << u"django/django"_s << QVariant() << u"django"_s;
    QTest::newRow("PyPI, lower-cased") << u"pypi:Django"_s << QVariant() << u"django"_s;
    QTest::newRow("PyPI, separators") << u"pypi:ruamel_yaml.clib"_s << QVariant() << u"ruamel-yaml-clib"_s;
    QTest::newRow("a feed has none of its own") << u"https://tools.example.org/feed.xml"_s << QVariant() << QString();
    QTest::newRow("the user's choice") << u"pypi:psycopg"_s << QVariant(u"postgresql"_s) << u"postgresql"_s;
    QTest::newRow("chosen for a feed") << u"https://tools.example.org/feed.xml"_s << QVariant(u"nodejs"_s)
                                       << u"nodejs"_s;
    QTest::newRow("none, by choice") << u"django/django"_s << QVariant(QString()) << QString();
}

void TestProjectLifecycles::choosesTheProduct()
{
    QFETCH(QString, input);
    QFETCH(QVariant, chosen);
    QFETCH(QString, product);
    Source source = SourceSpec::read(input).value();
    if (chosen.isValid()) {
        source.lifecycleProduct = chosen.toString();
    }
    QCOMPARE(ProjectLifecycles::productOf(source), product);
}

void TestProjectLifecycles::acceptsOnlyProductNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("plain") << u"django"_s << true;
    QTest::newRow("hyphens, dots, digits") << u"amazon-linux.2_x"_s << true;
    QTest::newRow("upper case") << u"Django"_s << false;
    QTest::newRow("a path") << u"../../etc/passwd"_s << false;
    QTest::newRow("a slash") << u"a/b"_s << false;
    QTest::newRow("a query") << u"django?x=1"_s << false;
    QTest::newRow("a space") << u"ruby on rails"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("too long") << QString(101, u'a') << false;
}

void TestProjectLifecycles::acceptsOnlyProductNames()
{
    QFETCH(QString, name);
    QFETCH(bool, accepted);
    QCOMPARE(ProjectLifecycles::isProductName(name), accepted);
}

void TestProjectLifecycles::readsTheStoredLifecycles()
{
    Herald::Test::TemporaryStore temporary;
    HERALD_VERIFY_RESULT(temporary.open());
    Herald::PostStore &store = temporary.store();
    Source github = SourceSpec::read(u"django/django"_s).value();
    github.id = 1;
    Source pypi = SourceSpec::read(u"pypi:Django"_s).value();
    pypi.id = 2;
    Source unknown = SourceSpec::read(u"pypi:requests"_s).value();
    unknown.id = 3;
    Source broken = SourceSpec::read(u"pypi:numpy"_s).value();
    broken.id = 4;
    Source feed = SourceSpec::read(u"https://tools.example.org/feed.xml"_s).value();
    feed.id = 5;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(ProjectLifecycles::isDue(store, u"django"_s, now)); // never fetched
    HERALD_VERIFY_RESULT(store.storeDocument(
        ProductLifecycle::apiUrl(u"django"_s), R"([{"cycle": "5.2", "eol": "2028-04-30", "lts": true}])"));
    HERALD_VERIFY_RESULT(store.storeDocument(ProductLifecycle::apiUrl(u"requests"_s), QByteArray(""))); // a 404
    HERALD_VERIFY_RESULT(store.storeDocument(ProductLifecycle::apiUrl(u"numpy"_s), "{not json"));
    QStringList warnings;
    const auto lifecycles = ProjectLifecycles::stored(store, {github, pypi, unknown, broken, feed}, &warnings);
    // Both Django sources have the one lifecycle; the others none.
    QCOMPARE(lifecycles.size(), 2);
    QCOMPARE(lifecycles.value(1).cycle(u"5.2"_s)->endOfLife, QDate(2028, 4, 30));
    QCOMPARE(lifecycles.value(2).product(), u"django"_s);
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().contains(u"https://endoflife.date/api/numpy.json"_s), qPrintable(warnings.first()));
    // Just fetched: not due until RecheckAfter has passed.
    QVERIFY(!ProjectLifecycles::isDue(store, u"django"_s, now.addSecs(60)));
    QVERIFY(ProjectLifecycles::isDue(store, u"django"_s, now.addSecs(21 * 3600)));
    QVERIFY(!ProjectLifecycles::isDue(store, u"requests"_s, now.addSecs(60))); // "none" is kept too
}

QTEST_GUILESS_MAIN(TestProjectLifecycles)
#include "tst_projectlifecycles.moc"
