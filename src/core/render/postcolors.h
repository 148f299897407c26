// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/render/referenceclassifier.h"

#include <QString>

#include <array>

class QPalette;

namespace Herald {

class CodeHighlighter;

/// The colours of a rendered post, as CSS values, derived from one palette so that light and
/// dark palettes both read well.
struct PostColors {
    struct Badge {
        QString background;
        QString text;
    };
    static constexpr int BadgeKinds = int(ReferenceBadge::Kind::Cve) + 1;

    /// `highlighter` has the scheme for the palette already: code blocks take its colours.
    static PostColors from(const QPalette &palette, bool dark, const CodeHighlighter &highlighter);
    /// Every colour but the code blocks': those come from the syntax-highlighting theme, whose
    /// repository takes tens of milliseconds to load. addCodeColors() adds them when a body
    /// is first rendered, so the window's start does without them.
    static PostColors from(const QPalette &palette, bool dark);
    void addCodeColors(const QPalette &palette, bool dark, const CodeHighlighter &highlighter);

    QString text;
    QString base;
    QString link;
    QString muted;
    QString chipBackground;
    QString chipText;
    QString inlineCode;
    QString keyBackground;
    QString border;
    QString headerBackground;
    QString quoteBar;
    QString quoteText;
    QString noteBackground;
    QString codeBackground;
    QString codeText;
    /// Indexed by ReferenceBadge::Kind.
    std::array<Badge, BadgeKinds> badges;
};

} // namespace Herald
