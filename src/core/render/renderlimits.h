// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QtGlobal>

/// The bounds that keep a post from freezing the reader, wherever its body comes from:
/// Markdown (BodyRenderer), raw HTML in it (RawHtmlFilter) and feed HTML (HtmlSanitizer). Each
/// was measured on a post made to freeze QTextDocument; each that bites says so in the post.
namespace Herald::RenderLimits {

/// Quotes and lists deeper than this are shown flat: QTextDocument lays out nested tables in
/// time exponential in their depth (25 quote levels never finished), and its style selector
/// walks every ancestor of every block (10,000 levels hung it).
inline constexpr int MaxNesting = 8;
/// Beyond this many levels of anything, what is below is cut, not walked: the walks recurse.
inline constexpr int MaxDepth = 300;
/// The text one post may show, in characters, each block counting BlockCost more: laying out
/// costs about a second per megabyte, and the longest real post has 19 KB.
inline constexpr qsizetype MaxShown = 100000;
inline constexpr qsizetype BlockCost = 20;
/// Columns of a table beyond this are not shown: QTextDocument took 0.2 s to lay out a table of
/// 2,000 columns. Real release notes have fewer than ten.
inline constexpr int MaxColumns = 64;
/// What one cell may span, in columns or rows: a span costs what the cells it covers would,
/// and `colspan="64"` is cheap to write (2,000 such tables took 0.2 s to lay out).
inline constexpr int MaxSpan = 8;
/// Items of one list beyond this are not shown: QTextDocument's HTML import takes time in the
/// square of a list's length (20,000 items froze the reader for 0.75 s).
inline constexpr int MaxListItems = 1000;

} // namespace Herald::RenderLimits
