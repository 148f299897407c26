// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace Herald {

/// Gives long runs of text without a space a break opportunity (a zero-width space) every
/// BreakEvery characters once they are longer than LongRun: QTextDocument lays out one
/// unbreakable 100 KB word in seconds, and 5 MB never. The run is counted across calls, so a
/// word cut into many inline nodes (`*ab*cd*ab*cd…`, a chain of links) is one run, as it is
/// one word on the screen; reset() where a block starts or a line breaks.
class RunBreaker final
{
public:
    static constexpr int LongRun = 160;
    static constexpr int BreakEvery = 80;

    void reset() { m_run = 0; }
    /// Breaks the runs of plain text; returns whether it changed anything.
    bool breakText(QString &text);
    /// The same for HTML: only text between tags counts, and a character reference is one
    /// character that is never cut.
    [[nodiscard]] QString breakHtml(const QString &html);

private:
    /// Whether a break goes before `c`, the next character of the run.
    bool breaksBefore(QChar c);

    int m_run = 0;
};

} // namespace Herald
