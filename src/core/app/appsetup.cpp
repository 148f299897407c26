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
    // English has a catalogue of its own for plural forms; it is also the fallback.
    if (translator->load(QLocale(), u"herald"_s, u"_"_s, u":/i18n"_s)
        || translator->load(u"herald_en"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(translator);
    }
}

} // namespace Herald
