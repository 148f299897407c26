// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QColor>
#include <QString>
#include <QStringView>

#include <memory>

namespace KSyntaxHighlighting {
class Repository;
}

namespace Herald {

/// Turns the code of a fenced block into HTML spans that QTextDocument renders, with
/// KSyntaxHighlighting. One Repository lives for the whole process (loading the syntax
/// definitions costs tens of milliseconds, so it happens once, on first use).
///
/// The language comes from the block's info string (`python`, `py`, `pycon`, `sh`, `shell`,
/// `console`, `bash`, `diff`, `toml`, `yaml`, `json`, `c`, and any name or alias the
/// repository knows). Without an info string, code that looks like Python is highlighted as
/// Python, and anything else stays plain.
///
/// Interactive sessions are highlighted after their prompts only: Python code whose lines
/// start with `>>> ` (and `... `), and `console`/`shell-session` blocks with `$ ` prompts. The
/// output between them stays plain.
///
/// The Repository and the definitions looked up in it are shared and unlocked: use
/// highlighters from one thread (Herald renders on the GUI thread).
class CodeHighlighter final
{
public:
    enum class Scheme { Light, Dark };

    explicit CodeHighlighter(Scheme scheme = Scheme::Light);
    ~CodeHighlighter();
    Q_DISABLE_COPY_MOVE(CodeHighlighter)

    void setScheme(Scheme scheme);
    [[nodiscard]] Scheme scheme() const;

    /// The KSyntaxHighlighting definition name for this block ("Python", "Bash", "Diff" …),
    /// or an empty string when it stays plain text.
    [[nodiscard]] QString languageFor(QStringView infoString, QStringView code) const;

    /// The code as HTML: every character escaped, coloured runs wrapped in
    /// `<span style="…">`, newlines kept as `\n`. No `<pre>` around it: the caller decides
    /// the block markup. Plain text when languageFor() finds no language.
    [[nodiscard]] QString toHtml(const QString &code, QStringView infoString) const;

    /// The theme's colours for the block around the code.
    [[nodiscard]] QColor background() const;
    [[nodiscard]] QColor foreground() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Herald
