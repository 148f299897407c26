// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/about/componentversions.h"

#include "core/about/projectinfo.h"

#include <KSyntaxHighlighting/Repository>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtVersion>

#include <cmark-gfm.h>
#include <ksyntaxhighlighting_version.h>
#include <syndication_version.h>
#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

QString sqliteVersion()
{
    // Asked of the SQLite library through the Qt driver, so this is the one Herald really uses.
    const QString connection = u"herald-version-probe"_s;
    QString version;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(u":memory:"_s);
        if (db.open()) {
            QSqlQuery query(u"SELECT sqlite_version()"_s, db);
            if (query.next()) {
                version = query.value(0).toString();
            }
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return version.isEmpty() ? u"unavailable (no QSQLITE driver)"_s : version;
}

} // namespace

QList<ComponentVersion> componentVersions()
{
    return {
        {u"Herald"_s, ProjectInfo::version()},
        {u"Qt"_s, QString::fromLatin1(qVersion())},
        {u"KF6 SyntaxHighlighting"_s, QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING)},
        {u"KF6 Syndication"_s, QStringLiteral(SYNDICATION_VERSION_STRING)},
        {u"cmark-gfm"_s, QString::fromLatin1(cmark_version_string())},
        {u"SQLite"_s, sqliteVersion()},
    };
}

QString componentVersionsText()
{
    const auto components = componentVersions();
    qsizetype width = 0;
    for (const auto &component : components) {
        width = std::max(width, component.name.size());
    }
    QString text;
    for (const auto &component : components) {
        text += component.name.leftJustified(width + 2) + component.version + u'\n';
    }
    return text;
}

} // namespace Herald
