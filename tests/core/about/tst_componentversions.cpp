// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/about/componentversions.h"

#include <QRegularExpression>
#include <QTest>
#include <QVersionNumber>

using namespace Qt::StringLiterals;

class TestComponentVersions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportsEveryComponent();
    void meetsTheMinimumVersions_data();
    void meetsTheMinimumVersions();
    void textIsAligned();

private:
    static QString versionOf(const QString &name);
};

QString TestComponentVersions::versionOf(const QString &name)
{
    for (const auto &component : Herald::componentVersions()) {
        if (component.name == name) {
            return component.version;
        }
    }
    return {};
}

void TestComponentVersions::reportsEveryComponent()
{
    QStringList names;
    for (const auto &component : Herald::componentVersions()) {
        names << component.name;
        QVERIFY2(!component.version.isEmpty(), qPrintable(component.name));
    }
    QCOMPARE(names,
        (QStringList {
            u"Herald"_s, u"Qt"_s, u"KF6 SyntaxHighlighting"_s, u"KF6 Syndication"_s, u"cmark-gfm"_s, u"SQLite"_s}));
    QCOMPARE(versionOf(u"Qt"_s), QString::fromLatin1(qVersion()));
}

void TestComponentVersions::meetsTheMinimumVersions_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("minimum");
    QTest::newRow("Qt") << u"Qt"_s << u"6.5"_s;
    QTest::newRow("KF6 SyntaxHighlighting") << u"KF6 SyntaxHighlighting"_s << u"6.0"_s;
    QTest::newRow("KF6 Syndication") << u"KF6 Syndication"_s << u"6.0"_s;
    QTest::newRow("cmark-gfm") << u"cmark-gfm"_s << u"0.29"_s;
    // FTS5 and WAL need nothing newer, but the QSQLITE driver must be there at all.
    QTest::newRow("SQLite") << u"SQLite"_s << u"3.35"_s;
}

void TestComponentVersions::meetsTheMinimumVersions()
{
    QFETCH(QString, name);
    QFETCH(QString, minimum);
    const QString reported = versionOf(name);
    const QVersionNumber version = QVersionNumber::fromString(reported);
    QVERIFY2(!version.isNull(), qPrintable(name + u": "_s + reported));
    QVERIFY2(version >= QVersionNumber::fromString(minimum), qPrintable(name + u" "_s + reported));
}

void TestComponentVersions::textIsAligned()
{
    const QStringList lines = Herald::componentVersionsText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), Herald::componentVersions().size());
    static const QRegularExpression versionColumn(u"^\\S.*?\\s{2,}(\\S)"_s);
    const qsizetype column = versionColumn.match(lines.constFirst()).capturedStart(1);
    for (const QString &line : lines) {
        QCOMPARE(versionColumn.match(line).capturedStart(1), column);
    }
}

QTEST_GUILESS_MAIN(TestComponentVersions)
#include "tst_componentversions.moc"
