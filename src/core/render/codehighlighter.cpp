// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/render/codehighlighter.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

namespace KSH = KSyntaxHighlighting;

/// The syntax definitions and what Herald has already looked up in them.
struct Shared {
    KSH::Repository repository;
    QHash<QString, QString> languageByWord; ///< info-string word → definition name, "" for plain
    QHash<QString, KSH::Definition> definitionByName;
};

/// One Repository per process, created on first use. Constructing it reads and indexes every
/// syntax definition and theme, tens of milliseconds that a run which never shows code (the
/// command line, a sync in the background) should not pay, and that rendering a post must not
/// pay again for each post or each highlighter. A function-local static gives exactly that:
/// built on the first call (thread-safely), destroyed at exit. The caches sit next to it,
/// because a Definition belongs to the Repository that made it. Herald renders on one thread;
/// the lookups below are not locked.
Shared &shared()
{
    static Shared instance;
    return instance;
}

/// Info-string words that name a language under a name KSyntaxHighlighting does not know,
/// or that it would resolve to something else.
const QHash<QString, QString> &knownWords()
{
    static const QHash<QString, QString> words {
        {u"py"_s, u"Python"_s},
        {u"py3"_s, u"Python"_s},
        {u"python"_s, u"Python"_s},
        {u"python3"_s, u"Python"_s},
        {u"pycon"_s, u"Python"_s},
        {u"python-repl"_s, u"Python"_s},
        {u"pyrepl"_s, u"Python"_s},
        {u"sh"_s, u"Bash"_s},
        {u"shell"_s, u"Bash"_s},
        {u"bash"_s, u"Bash"_s},
        {u"zsh"_s, u"Bash"_s},
        {u"console"_s, u"Bash"_s},
        {u"shell-session"_s, u"Bash"_s},
        {u"shellsession"_s, u"Bash"_s},
        {u"diff"_s, u"Diff"_s},
        {u"patch"_s, u"Diff"_s},
        {u"udiff"_s, u"Diff"_s},
        {u"toml"_s, u"TOML"_s},
        {u"yaml"_s, u"YAML"_s},
        {u"yml"_s, u"YAML"_s},
        {u"json"_s, u"JSON"_s},
        {u"c"_s, u"C"_s},
        {u"h"_s, u"C"_s},
        {u"cpp"_s, u"C++"_s},
        {u"c++"_s, u"C++"_s},
        {u"cxx"_s, u"C++"_s},
        {u"hpp"_s, u"C++"_s},
        // Said to be plain on purpose: no guessing, no lookup.
        {u"text"_s, QString()},
        {u"txt"_s, QString()},
        {u"plain"_s, QString()},
        {u"plaintext"_s, QString()},
        {u"none"_s, QString()},
        {u"output"_s, QString()},
        {u"nohighlight"_s, QString()},
    };
    return words;
}

/// Info-string words whose blocks are interactive sessions: only the lines after a prompt are
/// code, the others are what the program printed.
bool isSessionWord(const QString &word)
{
    return word == "pycon"_L1 || word == "python-repl"_L1 || word == "pyrepl"_L1 || word == "console"_L1
        || word == "shell-session"_L1 || word == "shellsession"_L1;
}

/// The first word of an info string, lower-cased, without Pandoc's `{.lang}` braces.
QString firstWord(QStringView infoString)
{
    QStringView word = infoString.trimmed();
    const auto space = std::find_if(word.cbegin(), word.cend(), [](QChar c) { return c.isSpace(); });
    word = word.left(space - word.cbegin());
    while (!word.isEmpty() && (word.front() == u'{' || word.front() == u'.')) {
        word = word.mid(1);
    }
    while (!word.isEmpty() && word.back() == u'}') {
        word.chop(1);
    }
    return word.toString().toLower();
}

/// Code without an info string counts as Python when one of its lines could only be Python:
/// a `>>>` prompt; `def name(` or `async def name(`; a whole line of `class Name:` or
/// `class Name(…):`, of `import a.b` or of `import a as b`; `from a.b import `; or `print(`
/// at the start of a line. English prose ("import the data first"), shell commands
/// (`./configure`, `python3 -m pip install …`) and program output match none of these, so
/// they stay plain.
bool looksLikePython(QStringView code)
{
    static const QRegularExpression pattern(
        u"^(?:>>>(?: |$)"
        "|[ \\t]*(?:async[ \\t]+)?def[ \\t]+[A-Za-z_]\\w*[ \\t]*\\("
        "|[ \\t]*class[ \\t]+[A-Za-z_]\\w*[ \\t]*(?:\\([^)\\n]*\\))?[ \\t]*:[ \\t]*(?:#.*)?$"
        "|import[ \\t]+[A-Za-z_][\\w.]*(?:[ \\t]+as[ \\t]+[A-Za-z_]\\w*)?(?:[ \\t]*,[ \\t]*[A-Za-z_][\\w.]*)*[ \\t]*$"
        "|from[ \\t]+\\.*[A-Za-z_][\\w.]*[ \\t]+import[ \\t]"
        "|print\\()"_s,
        QRegularExpression::MultilineOption);
    return pattern.matchView(code).hasMatch();
}

bool hasPrompt(QStringView code, QStringView prompt)
{
    if (code.startsWith(prompt)) {
        return true;
    }
    for (qsizetype at = code.indexOf(u'\n'); at >= 0; at = code.indexOf(u'\n', at + 1)) {
        if (code.mid(at + 1).startsWith(prompt)) {
            return true;
        }
    }
    return false;
}

/// How a block is highlighted: the definition, and the prompts when it is a session.
struct Plan {
    QString language;
    QList<QStringView> prompts;
};

constexpr QStringView PythonPrompts[] = {u">>> ", u"... "};
constexpr QStringView ShellPrompts[] = {u"$ "};

QString languageForWord(const QString &word)
{
    Shared &cache = shared();
    const auto cached = cache.languageByWord.constFind(word);
    if (cached != cache.languageByWord.cend()) {
        return *cached;
    }
    QString language;
    const auto known = knownWords().constFind(word);
    if (known != knownWords().cend()) {
        if (!known->isEmpty() && cache.repository.definitionForName(*known).isValid()) {
            language = *known;
        }
    } else {
        // Anything else goes to the repository, as a definition name ("rust", "javascript")
        // and then as a file extension ("rs", "js"). The word becomes part of a file name, so
        // it is kept to the characters language names use.
        static const QRegularExpression plausible(u"^[a-z0-9][a-z0-9+#._-]{0,31}$"_s);
        if (plausible.match(word).hasMatch()) {
            KSH::Definition definition = cache.repository.definitionForName(word);
            if (!definition.isValid()) {
                definition = cache.repository.definitionForFileName(u"x."_s + word);
            }
            if (definition.isValid()) {
                language = definition.name();
            }
        }
    }
    cache.languageByWord.insert(word, language);
    return language;
}

Plan planFor(QStringView infoString, QStringView code)
{
    Plan plan;
    const QString word = firstWord(infoString);
    if (word.isEmpty()) {
        if (looksLikePython(code)) {
            plan.language = languageForWord(u"python"_s);
        }
    } else {
        plan.language = languageForWord(word);
    }
    if (plan.language.isEmpty()) {
        return plan;
    }
    // A session only when there is a prompt to go by; otherwise the whole block is code.
    const bool python = plan.language == "Python"_L1;
    if (python && hasPrompt(code, PythonPrompts[0])) {
        plan.prompts = QList<QStringView>(std::begin(PythonPrompts), std::end(PythonPrompts));
    } else if (!python && isSessionWord(word) && hasPrompt(code, ShellPrompts[0])) {
        plan.prompts = QList<QStringView>(std::begin(ShellPrompts), std::end(ShellPrompts));
    }
    return plan;
}

KSH::Definition definitionFor(const QString &language)
{
    Shared &cache = shared();
    auto found = cache.definitionByName.find(language);
    if (found == cache.definitionByName.end()) {
        found = cache.definitionByName.insert(language, cache.repository.definitionForName(language));
    }
    return *found;
}

void appendEscaped(QString &out, QStringView text)
{
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'<': out += "&lt;"_L1; break;
        case u'>': out += "&gt;"_L1; break;
        case u'&': out += "&amp;"_L1; break;
        case u'"': out += "&quot;"_L1; break;
        default: out += c;
        }
    }
}

/// Writes each line as escaped HTML with a `<span style>` around every run whose format
/// differs from the theme's normal text. Neighbouring runs of the same style share a span.
class HtmlHighlighter final : public KSH::AbstractHighlighter
{
public:
    HtmlHighlighter() = default;
    Q_DISABLE_COPY_MOVE(HtmlHighlighter)

    void setTheme(const KSH::Theme &theme) override
    {
        AbstractHighlighter::setTheme(theme);
        m_styles.clear();
    }

    void highlight(
        const QString &code, const KSH::Definition &definition, const QList<QStringView> &prompts, QString &out)
    {
        setDefinition(definition);
        m_out = &out;
        KSH::State state;
        const QStringView all(code);
        qsizetype start = 0;
        while (true) {
            const qsizetype end = all.indexOf(u'\n', start);
            QStringView line = all.mid(start, end < 0 ? all.size() - start : end - start);
            if (line.endsWith(u'\r')) {
                line.chop(1);
            }
            state = highlightOne(line, state, prompts);
            if (end < 0) {
                break;
            }
            out += u'\n';
            start = end + 1;
        }
        m_out = nullptr;
    }

protected:
    void applyFormat(int offset, int length, const KSH::Format &format) override
    {
        // KSyntaxHighlighting reports the runs of a line in order; anything it skips is plain.
        if (offset > m_written) {
            writeRun(m_line.mid(m_written, offset - m_written), QString());
        }
        const qsizetype from = std::max<qsizetype>(offset, m_written);
        const qsizetype to = std::min<qsizetype>(qsizetype(offset) + length, m_line.size());
        if (to > from) {
            writeRun(m_line.mid(from, to - from), styleOf(format));
            m_written = to;
        }
    }

private:
    KSH::State highlightOne(QStringView line, const KSH::State &state, const QList<QStringView> &prompts)
    {
        QStringView code = line;
        if (!prompts.isEmpty()) {
            const auto prompt
                = std::find_if(prompts.cbegin(), prompts.cend(), [line](QStringView p) { return line.startsWith(p); });
            if (prompt == prompts.cend()) {
                appendEscaped(*m_out, line);
                // A bare prompt (">>>", "...") has nothing typed after it and continues the
                // code; any other line is output, which ends whatever the code had open.
                const bool barePrompt = std::any_of(
                    prompts.cbegin(), prompts.cend(), [line](QStringView p) { return line == p.trimmed(); });
                return barePrompt ? state : KSH::State();
            }
            appendEscaped(*m_out, *prompt);
            code = line.mid(prompt->size());
        }
        m_line = code;
        m_written = 0;
        const KSH::State next = highlightLine(code, state);
        if (m_written < code.size()) {
            writeRun(code.mid(m_written), QString());
        }
        closeSpan();
        return next;
    }

    QString styleOf(const KSH::Format &format)
    {
        const KSH::Theme current = theme();
        if (!format.isValid() || format.isDefaultTextStyle(current)) {
            return {};
        }
        const auto cached = m_styles.constFind(format.id());
        if (cached != m_styles.cend()) {
            return *cached;
        }
        QStringList parts;
        if (format.hasTextColor(current)) {
            parts += u"color:"_s + format.textColor(current).name();
        }
        if (format.hasBackgroundColor(current)) {
            parts += u"background-color:"_s + format.backgroundColor(current).name();
        }
        if (format.isBold(current)) {
            parts += u"font-weight:bold"_s;
        }
        if (format.isItalic(current)) {
            parts += u"font-style:italic"_s;
        }
        if (format.isUnderline(current)) {
            parts += u"text-decoration:underline"_s;
        } else if (format.isStrikeThrough(current)) {
            parts += u"text-decoration:line-through"_s;
        }
        const QString style = parts.join(u';');
        m_styles.insert(format.id(), style);
        return style;
    }

    void writeRun(QStringView text, const QString &style)
    {
        if (text.isEmpty()) {
            return;
        }
        if (style != m_openStyle) {
            closeSpan();
            if (!style.isEmpty()) {
                *m_out += "<span style=\""_L1 + style + "\">"_L1;
                m_openStyle = style;
            }
        }
        appendEscaped(*m_out, text);
    }

    void closeSpan()
    {
        if (!m_openStyle.isEmpty()) {
            *m_out += "</span>"_L1;
            m_openStyle.clear();
        }
    }

    QString *m_out = nullptr;
    QStringView m_line;
    qsizetype m_written = 0;
    QString m_openStyle;
    QHash<int, QString> m_styles; ///< by Format::id(), for the current theme
};

} // namespace

struct CodeHighlighter::Private {
    Scheme scheme = Scheme::Light;
    KSH::Theme theme; ///< loaded on first use, with the repository
    HtmlHighlighter highlighter;

    const KSH::Theme &currentTheme()
    {
        if (!theme.isValid()) {
            theme = shared().repository.defaultTheme(
                scheme == Scheme::Dark ? KSH::Repository::DarkTheme : KSH::Repository::LightTheme);
            highlighter.setTheme(theme);
        }
        return theme;
    }
};

CodeHighlighter::CodeHighlighter(Scheme scheme)
    : d(std::make_unique<Private>())
{
    d->scheme = scheme;
}

CodeHighlighter::~CodeHighlighter() = default;

void CodeHighlighter::setScheme(Scheme scheme)
{
    if (scheme != d->scheme) {
        d->scheme = scheme;
        d->theme = KSH::Theme();
    }
}

CodeHighlighter::Scheme CodeHighlighter::scheme() const
{
    return d->scheme;
}

QString CodeHighlighter::languageFor(QStringView infoString, QStringView code) const
{
    return planFor(infoString, code).language;
}

QString CodeHighlighter::toHtml(const QString &code, QStringView infoString) const
{
    QString html;
    html.reserve(code.size() * 2);
    const Plan plan = planFor(infoString, code);
    const KSH::Definition definition = plan.language.isEmpty() ? KSH::Definition() : definitionFor(plan.language);
    if (!definition.isValid()) {
        appendEscaped(html, code);
        return html;
    }
    d->currentTheme();
    d->highlighter.highlight(code, definition, plan.prompts, html);
    return html;
}

QColor CodeHighlighter::background() const
{
    return QColor::fromRgba(d->currentTheme().editorColor(KSH::Theme::BackgroundColor));
}

QColor CodeHighlighter::foreground() const
{
    return QColor::fromRgba(d->currentTheme().textColor(KSH::Theme::Normal));
}

} // namespace Herald
