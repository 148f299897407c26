// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/render/postcolors.h"

#include "core/render/codehighlighter.h"

#include <QPalette>

namespace Herald {

namespace {

QColor mix(const QColor &from, const QColor &to, qreal amount)
{
    const auto channel = [amount](qreal a, qreal b) { return a + (b - a) * amount; };
    return QColor::fromRgbF(float(channel(from.redF(), to.redF())), float(channel(from.greenF(), to.greenF())),
        float(channel(from.blueF(), to.blueF())));
}

QString cssColor(const QColor &color)
{
    return color.name(QColor::HexRgb);
}

/// Where a badge of each ReferenceBadge::Kind sits on the colour wheel.
int badgeHue(ReferenceBadge::Kind kind)
{
    switch (kind) {
    case ReferenceBadge::Kind::Pep: return 215;
    case ReferenceBadge::Kind::PythonRelease: return 135;
    case ReferenceBadge::Kind::Docs: return 185;
    case ReferenceBadge::Kind::PyPI: return 30;
    case ReferenceBadge::Kind::Cve: return 0;
    case ReferenceBadge::Kind::GitHubIssue:
    case ReferenceBadge::Kind::GitHubPull:
    case ReferenceBadge::Kind::GitHubRepo:
    case ReferenceBadge::Kind::GitHubUser:
    case ReferenceBadge::Kind::None: break;
    }
    return 270;
}

} // namespace

PostColors PostColors::from(const QPalette &palette, bool dark, const CodeHighlighter &highlighter)
{
    PostColors colors = from(palette, dark);
    colors.addCodeColors(palette, dark, highlighter);
    return colors;
}

void PostColors::addCodeColors(const QPalette &palette, bool dark, const CodeHighlighter &highlighter)
{
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    const QColor text = palette.color(QPalette::Active, QPalette::Text);
    // A theme whose background is the page's own (white on white) would leave the block
    // without an edge: tint it a little towards the text.
    QColor background = highlighter.background();
    if (!background.isValid() || qAbs(background.lightness() - base.lightness()) < 10) {
        background = mix(base, text, dark ? 0.08 : 0.045);
    }
    codeBackground = cssColor(background);
    codeText = cssColor(highlighter.foreground());
}

PostColors PostColors::from(const QPalette &palette, bool dark)
{
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    const QColor text = palette.color(QPalette::Active, QPalette::Text);
    const QColor link = palette.color(QPalette::Active, QPalette::Link);
    const QColor accent = palette.color(QPalette::Active, QPalette::Highlight);

    PostColors colors;
    colors.text = cssColor(text);
    colors.base = cssColor(base);
    colors.link = cssColor(link);
    colors.muted = cssColor(mix(text, base, 0.4));
    colors.chipBackground = cssColor(mix(accent, base, dark ? 0.7 : 0.86));
    colors.chipText = cssColor(mix(text, accent, 0.15));
    colors.inlineCode = cssColor(mix(text, base, dark ? 0.85 : 0.92));
    colors.keyBackground = cssColor(mix(text, base, dark ? 0.75 : 0.86));
    colors.border = cssColor(mix(text, base, dark ? 0.65 : 0.75));
    colors.headerBackground = cssColor(mix(text, base, dark ? 0.86 : 0.93));
    colors.quoteBar = cssColor(mix(accent, base, 0.35));
    colors.quoteText = cssColor(mix(text, base, 0.2));
    colors.noteBackground = cssColor(mix(accent, base, dark ? 0.8 : 0.9));
    for (int kind = 1; kind < BadgeKinds; ++kind) {
        const int hue = badgeHue(ReferenceBadge::Kind(kind));
        colors.badges[size_t(kind)] = dark
            ? Badge {cssColor(QColor::fromHsl(hue, 80, 62)), cssColor(QColor::fromHsl(hue, 160, 218))}
            : Badge {cssColor(QColor::fromHsl(hue, 170, 230)), cssColor(QColor::fromHsl(hue, 190, 62))};
    }
    return colors;
}

} // namespace Herald
