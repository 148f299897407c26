#include "app/appearance.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

const auto themeKey = "appearance/theme"_L1;

} // namespace

Appearance::Appearance(QObject *parent)
    : QObject(parent)
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
        QIcon::setFallbackThemeName(iconThemeFor(m_systemFallbackIconTheme, isDark(m_systemPalette)));
    }
}

void Appearance::setTheme(Theme theme)
{
    QSettings().setValue(themeKey, themeName(theme));
    apply(theme);
}

void Appearance::restore()
{
    apply(themeFromName(QSettings().value(themeKey).toString()).value_or(Theme::System));
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

QPalette Appearance::lightPalette()
{
    QPalette palette;
    const QColor window(0xf6, 0xf6, 0xf4);
    const QColor text(0x1f, 0x23, 0x28);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xf0, 0xf2, 0xf4));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0xee, 0xee, 0xec));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Highlight, QColor(0x30, 0x6e, 0xc2));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x1a, 0x5f, 0xb4));
    palette.setColor(QPalette::LinkVisited, QColor(0x6b, 0x3f, 0xa0));
    palette.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xf0));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x6a, 0x73, 0x7d));
    palette.setColor(QPalette::Light, Qt::white);
    palette.setColor(QPalette::Midlight, QColor(0xe3, 0xe3, 0xe0));
    palette.setColor(QPalette::Mid, QColor(0xb8, 0xb8, 0xb4));
    palette.setColor(QPalette::Dark, QColor(0x9a, 0x9a, 0x96));
    palette.setColor(QPalette::Shadow, QColor(0x50, 0x50, 0x50));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        palette.setColor(QPalette::Disabled, role, QColor(0x8a, 0x90, 0x96));
    }
    return palette;
}

QPalette Appearance::darkPalette()
{
    QPalette palette;
    const QColor window(0x23, 0x26, 0x2b);
    const QColor text(0xe6, 0xe8, 0xea);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x22));
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x2a, 0x30));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x2e, 0x32, 0x38));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x7c, 0xb4, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xc3, 0x9c, 0xf0));
    palette.setColor(QPalette::ToolTipBase, QColor(0x31, 0x36, 0x3b));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x8f, 0x97, 0xa0));
    palette.setColor(QPalette::Light, QColor(0x40, 0x45, 0x4c));
    palette.setColor(QPalette::Midlight, QColor(0x36, 0x3a, 0x40));
    palette.setColor(QPalette::Mid, QColor(0x2a, 0x2e, 0x33));
    palette.setColor(QPalette::Dark, QColor(0x16, 0x18, 0x1b));
    palette.setColor(QPalette::Shadow, QColor(0x0c, 0x0d, 0x0e));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        palette.setColor(QPalette::Disabled, role, QColor(0x7a, 0x80, 0x88));
    }
    return palette;
}

bool Appearance::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
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
        QApplication::setPalette(theme == Theme::Dark ? darkPalette() : lightPalette());
    }
    // Icons follow the palette: icon themes draw dark glyphs for light windows and the reverse.
    // Themed icons look themselves up again when the theme name changes.
    const bool dark = isDark(QApplication::palette());
    QIcon::setFallbackThemeName(iconThemeFor(m_systemFallbackIconTheme, dark));
    if (!m_systemIconTheme.isEmpty() && m_systemIconTheme != "hicolor"_L1) {
        QIcon::setThemeName(iconThemeFor(m_systemIconTheme, dark));
    } else {
        QIcon::setThemeName(iconThemeFor(m_systemFallbackIconTheme, dark));
    }
    Q_EMIT themeChanged(theme);
}

} // namespace Herald
