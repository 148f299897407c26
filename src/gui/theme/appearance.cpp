// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/theme/appearance.h"

#include "core/render/palettes.h"
#include "core/settings/settings.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald {

Appearance::Appearance(Settings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_systemStyle(QApplication::style() ? QApplication::style()->name() : QString())
    , m_systemPalette(QApplication::palette())
    , m_systemIconTheme(QIcon::themeName())
    , m_systemFallbackIconTheme(QIcon::fallbackThemeName())
{
    // Platforms without a desktop theme (offscreen, for --screenshot and the tests) search no
    // icon folders at all: add the system's, as the desktop platforms do.
    QStringList searchPaths = QIcon::themeSearchPaths();
    for (const QString &folder :
        QStandardPaths::locateAll(QStandardPaths::GenericDataLocation, u"icons"_s, QStandardPaths::LocateDirectory)) {
        if (!searchPaths.contains(folder)) {
            searchPaths.append(folder);
        }
    }
    QIcon::setThemeSearchPaths(searchPaths);
    // Used only where the platform names no icon theme (a bare X server, Windows, macOS):
    // Breeze has every icon Herald asks for, in a light and a dark variant.
    if (m_systemFallbackIconTheme.isEmpty() || m_systemFallbackIconTheme == "hicolor"_L1) {
        m_systemFallbackIconTheme = u"breeze"_s;
        QIcon::setFallbackThemeName(iconThemeFor(m_systemFallbackIconTheme, Palettes::isDark(m_systemPalette)));
    }
}

void Appearance::setTheme(Theme theme)
{
    m_settings.setTheme(themeName(theme));
    apply(theme);
}

void Appearance::restore()
{
    apply(themeFromName(m_settings.theme()).value_or(Theme::System));
}

std::optional<Appearance::Theme> Appearance::themeFromName(const QString &name)
{
    const QString lower = name.toLower();
    if (lower == "system"_L1) {
        return Theme::System;
    }
    if (lower == "light"_L1) {
        return Theme::Light;
    }
    if (lower == "dark"_L1) {
        return Theme::Dark;
    }
    return std::nullopt;
}

QString Appearance::themeName(Theme theme)
{
    switch (theme) {
    case Theme::Light: return u"light"_s;
    case Theme::Dark: return u"dark"_s;
    case Theme::System: break;
    }
    return u"system"_s;
}

QString Appearance::iconThemeFor(const QString &theme, bool dark)
{
    const auto installed = [](const QString &name) {
        const QStringList paths = QIcon::themeSearchPaths();
        return std::ranges::any_of(
            paths, [&](const QString &path) { return QFileInfo::exists(path + u'/' + name + u"/index.theme"_s); });
    };
    static const QRegularExpression darkSuffix(u"[-_ ]dark$"_s, QRegularExpression::CaseInsensitiveOption);
    QString base = theme;
    base.remove(darkSuffix);
    if (!dark) {
        return base != theme && installed(base) ? base : theme;
    }
    for (const QString &candidate : {QString(base + u"-dark"_s), QString(base + u"-Dark"_s)}) {
        if (candidate != theme && installed(candidate)) {
            return candidate;
        }
    }
    return theme;
}

void Appearance::apply(Theme theme)
{
    m_theme = theme;
    if (theme == Theme::System) {
        if (QStyle *style = QStyleFactory::create(m_systemStyle)) {
            QApplication::setStyle(style);
        }
        QApplication::setPalette(m_systemPalette);
    } else {
        QApplication::setStyle(u"Fusion"_s);
        QApplication::setPalette(theme == Theme::Dark ? Palettes::dark() : Palettes::light());
    }
    // Icons follow the palette: icon themes draw dark glyphs for light windows and the reverse.
    // Themed icons look themselves up again when the theme name changes.
    const bool dark = Palettes::isDark(QApplication::palette());
    QIcon::setFallbackThemeName(iconThemeFor(m_systemFallbackIconTheme, dark));
    if (!m_systemIconTheme.isEmpty() && m_systemIconTheme != "hicolor"_L1) {
        QIcon::setThemeName(iconThemeFor(m_systemIconTheme, dark));
    } else {
        QIcon::setThemeName(iconThemeFor(m_systemFallbackIconTheme, dark));
    }
    Q_EMIT themeChanged(theme);
}

} // namespace Herald
