// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/render/palettes.h"

namespace Herald::Palettes {

namespace {

/// The colours that tell one palette from the other; the rest follow from them.
struct Colours {
    QColor window;
    QColor text;
    QColor base;
    QColor alternateBase;
    QColor button;
    QColor highlight;
    QColor link;
    QColor linkVisited;
    QColor toolTipBase;
    QColor placeholder;
    QColor light;
    QColor midlight;
    QColor mid;
    QColor dark;
    QColor shadow;
    QColor disabledText;
};

QPalette build(const Colours &colours)
{
    QPalette palette;
    palette.setColor(QPalette::Window, colours.window);
    palette.setColor(QPalette::WindowText, colours.text);
    palette.setColor(QPalette::Base, colours.base);
    palette.setColor(QPalette::AlternateBase, colours.alternateBase);
    palette.setColor(QPalette::Text, colours.text);
    palette.setColor(QPalette::Button, colours.button);
    palette.setColor(QPalette::ButtonText, colours.text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Highlight, colours.highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, colours.link);
    palette.setColor(QPalette::LinkVisited, colours.linkVisited);
    palette.setColor(QPalette::ToolTipBase, colours.toolTipBase);
    palette.setColor(QPalette::ToolTipText, colours.text);
    palette.setColor(QPalette::PlaceholderText, colours.placeholder);
    palette.setColor(QPalette::Light, colours.light);
    palette.setColor(QPalette::Midlight, colours.midlight);
    palette.setColor(QPalette::Mid, colours.mid);
    palette.setColor(QPalette::Dark, colours.dark);
    palette.setColor(QPalette::Shadow, colours.shadow);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        palette.setColor(QPalette::Disabled, role, colours.disabledText);
    }
    return palette;
}

} // namespace

QPalette light()
{
    return build({
        .window = QColor(0xf6, 0xf6, 0xf4),
        .text = QColor(0x1f, 0x23, 0x28),
        .base = Qt::white,
        .alternateBase = QColor(0xf0, 0xf2, 0xf4),
        .button = QColor(0xee, 0xee, 0xec),
        .highlight = QColor(0x30, 0x6e, 0xc2),
        .link = QColor(0x1a, 0x5f, 0xb4),
        .linkVisited = QColor(0x6b, 0x3f, 0xa0),
        .toolTipBase = QColor(0xff, 0xff, 0xf0),
        .placeholder = QColor(0x6a, 0x73, 0x7d),
        .light = Qt::white,
        .midlight = QColor(0xe3, 0xe3, 0xe0),
        .mid = QColor(0xb8, 0xb8, 0xb4),
        .dark = QColor(0x9a, 0x9a, 0x96),
        .shadow = QColor(0x50, 0x50, 0x50),
        .disabledText = QColor(0x8a, 0x90, 0x96),
    });
}

QPalette dark()
{
    return build({
        .window = QColor(0x23, 0x26, 0x2b),
        .text = QColor(0xe6, 0xe8, 0xea),
        .base = QColor(0x1b, 0x1e, 0x22),
        .alternateBase = QColor(0x26, 0x2a, 0x30),
        .button = QColor(0x2e, 0x32, 0x38),
        .highlight = QColor(0x3d, 0x7a, 0xd6),
        .link = QColor(0x7c, 0xb4, 0xff),
        .linkVisited = QColor(0xc3, 0x9c, 0xf0),
        .toolTipBase = QColor(0x31, 0x36, 0x3b),
        .placeholder = QColor(0x8f, 0x97, 0xa0),
        .light = QColor(0x40, 0x45, 0x4c),
        .midlight = QColor(0x36, 0x3a, 0x40),
        .mid = QColor(0x2a, 0x2e, 0x33),
        .dark = QColor(0x16, 0x18, 0x1b),
        .shadow = QColor(0x0c, 0x0d, 0x0e),
        .disabledText = QColor(0x7a, 0x80, 0x88),
    });
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

} // namespace Herald::Palettes
