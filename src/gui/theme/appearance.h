// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QPalette>
#include <QString>

#include <optional>

namespace Herald {

class Settings;

/// Herald's colour theme: follow the system, or force light or dark. Forcing a theme uses the
/// Fusion style with Herald's own palettes, because only Fusion paints every control from the
/// palette on every platform, so a dark choice is dark everywhere. Everything Herald draws
/// itself (delegates, badges, the reader's HTML) reads the application palette and repaints
/// on QEvent::PaletteChange, so a switch takes effect at once.
class Appearance final : public QObject
{
    Q_OBJECT

public:
    enum class Theme { System, Light, Dark };
    Q_ENUM(Theme)

    /// The theme is remembered in `settings`.
    explicit Appearance(Settings &settings, QObject *parent = nullptr);

    [[nodiscard]] Theme theme() const { return m_theme; }
    /// Applies `theme` to the whole application and remembers it in the settings.
    void setTheme(Theme theme);
    /// Applies the theme saved in the settings (System when none was saved).
    void restore();
    /// Applies `theme` for this run only, without remembering it (--theme).
    void apply(Theme theme);

    /// Reads "system", "light" or "dark" (any case); nothing for anything else.
    static std::optional<Theme> themeFromName(const QString &name);
    static QString themeName(Theme theme);

    /// The icon theme to use with a palette: the light or dark variant of `theme` where it has
    /// one installed (breeze and breeze-dark, Adwaita and its -dark, …), else `theme` itself.
    /// Icons drawn for a light background vanish on a dark one.
    static QString iconThemeFor(const QString &theme, bool dark);

Q_SIGNALS:
    void themeChanged(Herald::Appearance::Theme theme);

private:
    Settings &m_settings;
    Theme m_theme = Theme::System;
    QString m_systemStyle;
    QPalette m_systemPalette;
    QString m_systemIconTheme;
    QString m_systemFallbackIconTheme;
};

} // namespace Herald
