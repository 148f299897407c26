// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/app/appsetup.h"

#include "core/about/projectinfo.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Herald {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(u"Herald"_s);
    QCoreApplication::setOrganizationDomain(u"herald.app"_s);
    QCoreApplication::setApplicationName(u"herald"_s);
    QCoreApplication::setApplicationVersion(ProjectInfo::version());
}

void installTranslations(QCoreApplication &app)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
    }
    auto *translator = new QTranslator(&app);
    // An installed Herald reads the catalogues installed with it, which a distribution may
    // update apart from the binary; one run from the build tree reads the copies embedded at
    // :/i18n. English has a catalogue of its own for plural forms; it is also the fallback.
    const QString installed = ProjectInfo::installedTranslations();
    if (translator->load(QLocale(), u"herald"_s, u"_"_s, installed)
        || translator->load(QLocale(), u"herald"_s, u"_"_s, u":/i18n"_s) || translator->load(u"herald_en"_s, installed)
        || translator->load(u"herald_en"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(translator);
    }
}

} // namespace Herald
