// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/deps/requirement.h"

#include "core/posts/source.h"

#include <QUrl>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

// PEP 508's grammar (peps.python.org/pep-0508/#grammar), written out by hand.

bool isLetterOrDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
}

bool isNameChar(QChar c)
{
    return isLetterOrDigit(c) || c == u'-' || c == u'_' || c == u'.';
}

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t';
}

bool isVersionChar(QChar c)
{
    return isNameChar(c) || c == u'*' || c == u'+' || c == u'!';
}

/// Longest first, so `===` is not read as `==` and a version starting with `=`.
constexpr std::array<QStringView, 8> Comparisons = {u"===", u"==", u"!=", u"<=", u">=", u"~=", u"<", u">"};

/// The environment marker variables, with the dotted spellings packaging still accepts.
constexpr std::array<QStringView, 20> MarkerVariables
    = {u"python_version", u"python_full_version", u"os_name", u"sys_platform", u"platform_release", u"platform_system",
        u"platform_version", u"platform_machine", u"platform_python_implementation", u"implementation_name",
        u"implementation_version", u"extra", u"extras", u"dependency_groups", u"os.name", u"sys.platform",
        u"platform.version", u"platform.machine", u"platform.python_implementation", u"python_implementation"};

/// Deeper parentheses than any real marker has: a bound for the recursion.
constexpr int MaxMarkerDepth = 32;

struct Parsed {
    QString name;
    QStringList extras;
    QList<Requirement::Clause> clauses;
    QString marker;
    QString url;
};

class Parser
{
public:
    explicit Parser(const QString &text)
        : m_text(text)
    { }

    Result<Parsed> run()
    {
        Parsed parsed;
        skipSpace();
        if (atEnd()) {
            return Error(Requirement::tr("the requirement is empty"));
        }
        if (!isLetterOrDigit(peek())) {
            return fail(Requirement::tr("a requirement starts with a project name, not %1").arg(rest()));
        }
        Result<QString> name = identifier(Requirement::tr("a project name"));
        if (!name) {
            return name.error();
        }
        parsed.name = *name;
        skipSpace();
        if (peek() == u'[') {
            ++m_pos;
            if (Result<void> extras = readExtras(parsed.extras); !extras) {
                return extras.error();
            }
            skipSpace();
        }
        if (peek() == u'@') {
            ++m_pos;
            skipSpace();
            const qsizetype start = m_pos;
            while (!atEnd() && !isSpace(peek())) {
                ++m_pos;
            }
            parsed.url = m_text.mid(start, m_pos - start);
            const QUrl url(parsed.url, QUrl::StrictMode);
            if (parsed.url.isEmpty()) {
                return fail(Requirement::tr("a URL follows “@”"));
            }
            if (!url.isValid() || url.scheme().isEmpty()) {
                m_pos = start;
                return fail(Requirement::tr("“%1” is no URL").arg(parsed.url));
            }
        } else if (peek() == u'(') {
            ++m_pos;
            skipSpace();
            if (Result<void> clauses = readClauses(parsed.clauses); !clauses) {
                return clauses.error();
            }
            skipSpace();
            if (peek() != u')') {
                return fail(Requirement::tr("“)” closes the versions, not %1").arg(rest()));
            }
            ++m_pos;
        } else if (comparisonAhead()) {
            if (Result<void> clauses = readClauses(parsed.clauses); !clauses) {
                return clauses.error();
            }
        }
        skipSpace();
        if (peek() == u';') {
            ++m_pos;
            skipSpace();
            const qsizetype start = m_pos;
            if (atEnd()) {
                return fail(Requirement::tr("an environment marker follows “;”"));
            }
            if (Result<void> marker = readMarkerOr(0); !marker) {
                return marker.error();
            }
            skipSpace();
            parsed.marker = m_text.mid(start, m_pos - start).trimmed();
        }
        skipSpace();
        if (!atEnd()) {
            if (!parsed.url.isEmpty()) {
                return fail(Requirement::tr("only “; marker” may follow a URL, not %1").arg(rest()));
            }
            return fail(Requirement::tr("unexpected %1").arg(rest()));
        }
        return parsed;
    }

private:
    [[nodiscard]] bool atEnd() const { return m_pos >= m_text.size(); }
    [[nodiscard]] QChar peek() const { return atEnd() ? QChar() : m_text.at(m_pos); }

    void skipSpace()
    {
        while (!atEnd() && isSpace(peek())) {
            ++m_pos;
        }
    }

    /// What is left from here to the next space, quoted, or "the end", for messages.
    [[nodiscard]] QString rest() const
    {
        qsizetype end = m_pos;
        while (end < m_text.size() && !isSpace(m_text.at(end)) && end - m_pos < 40) {
            ++end;
        }
        return end > m_pos ? Requirement::tr("“%1”").arg(m_text.mid(m_pos, end - m_pos)) : Requirement::tr("the end");
    }

    [[nodiscard]] Error fail(const QString &reason) const
    {
        return Error(Requirement::tr("“%1”: %2 (column %3)").arg(m_text, reason, QString::number(m_pos + 1)));
    }

    /// A name or an extra: a letter or digit, then letters, digits, `-`, `_` and `.`, ending
    /// in a letter or digit.
    Result<QString> identifier(const QString &what)
    {
        if (!isLetterOrDigit(peek())) {
            return fail(Requirement::tr("expected %1, not %2").arg(what, rest()));
        }
        const qsizetype start = m_pos;
        while (!atEnd() && isNameChar(peek())) {
            ++m_pos;
        }
        if (!isLetterOrDigit(m_text.at(m_pos - 1))) {
            --m_pos;
            return fail(Requirement::tr("%1 ends in a letter or digit, not “%2”").arg(what, m_text.at(m_pos)));
        }
        return m_text.mid(start, m_pos - start);
    }

    Result<void> readExtras(QStringList &extras)
    {
        skipSpace();
        if (peek() == u']') {
            ++m_pos;
            return {};
        }
        while (true) {
            Result<QString> extra = identifier(Requirement::tr("the name of an extra"));
            if (!extra) {
                return extra.error();
            }
            extras << *extra;
            skipSpace();
            if (peek() == u']') {
                ++m_pos;
                return {};
            }
            if (peek() != u',') {
                return fail(Requirement::tr("“,” or “]” follows an extra, not %1").arg(rest()));
            }
            ++m_pos;
            skipSpace();
        }
    }

    [[nodiscard]] bool comparisonAhead() const
    {
        return std::ranges::any_of(
            Comparisons, [&](QStringView op) { return QStringView(m_text).sliced(m_pos).startsWith(op); });
    }

    /// Reads a comparison operator, or gives an empty one.
    QString comparison()
    {
        for (QStringView op : Comparisons) {
            if (QStringView(m_text).sliced(m_pos).startsWith(op)) {
                m_pos += op.size();
                return op.toString();
            }
        }
        return {};
    }

    Result<void> readClauses(QList<Requirement::Clause> &clauses)
    {
        while (true) {
            const QString op = comparison();
            if (op.isEmpty()) {
                return fail(Requirement::tr("expected a version comparison (==, !=, <, <=, >, >=, ~= or ===), not %1")
                        .arg(rest()));
            }
            skipSpace();
            const qsizetype start = m_pos;
            if (op == "==="_L1) { // arbitrary equality: any string
                while (!atEnd() && !isSpace(peek()) && peek() != u',' && peek() != u';' && peek() != u')') {
                    ++m_pos;
                }
            } else {
                while (!atEnd() && isVersionChar(peek())) {
                    ++m_pos;
                }
            }
            const QString version = m_text.mid(start, m_pos - start);
            if (version.isEmpty()) {
                return fail(Requirement::tr("a version follows “%1”, not %2").arg(op, rest()));
            }
            if (op != "==="_L1 && version.contains(u'*')
                && ((op != "=="_L1 && op != "!="_L1) || version.count(u'*') != 1 || !version.endsWith(".*"_L1))) {
                m_pos = start;
                return fail(
                    Requirement::tr("only == and != take a wildcard, and only as “.*” at the end: “%1”").arg(version));
            }
            clauses << Requirement::Clause {op, version};
            skipSpace();
            if (peek() != u',') {
                return {};
            }
            ++m_pos;
            skipSpace();
        }
    }

    /// Reads a word that ends where no name character follows ("and", "or", "in", "not").
    bool keyword(QLatin1StringView word)
    {
        if (!QStringView(m_text).sliced(m_pos).startsWith(word)) {
            return false;
        }
        const qsizetype end = m_pos + word.size();
        if (end < m_text.size() && isNameChar(m_text.at(end))) {
            return false;
        }
        m_pos = end;
        return true;
    }

    Result<void> readMarkerOr(int depth)
    {
        if (depth > MaxMarkerDepth) {
            return fail(Requirement::tr("the marker's parentheses nest too deep"));
        }
        if (Result<void> first = readMarkerAnd(depth); !first) {
            return first;
        }
        while (true) {
            skipSpace();
            if (!keyword("or"_L1)) {
                return {};
            }
            if (Result<void> next = readMarkerAnd(depth); !next) {
                return next;
            }
        }
    }

    Result<void> readMarkerAnd(int depth)
    {
        if (Result<void> first = readMarkerExpression(depth); !first) {
            return first;
        }
        while (true) {
            skipSpace();
            if (!keyword("and"_L1)) {
                return {};
            }
            if (Result<void> next = readMarkerExpression(depth); !next) {
                return next;
            }
        }
    }

    Result<void> readMarkerExpression(int depth)
    {
        skipSpace();
        if (peek() == u'(') {
            ++m_pos;
            if (Result<void> inner = readMarkerOr(depth + 1); !inner) {
                return inner;
            }
            skipSpace();
            if (peek() != u')') {
                return fail(Requirement::tr("“)” closes the marker's “(”, not %1").arg(rest()));
            }
            ++m_pos;
            return {};
        }
        if (Result<void> left = readMarkerValue(); !left) {
            return left;
        }
        skipSpace();
        if (comparison().isEmpty() && !keyword("in"_L1)) {
            if (!keyword("not"_L1)) {
                return fail(
                    Requirement::tr("a comparison (==, <, in, not in …) follows a marker's value, not %1").arg(rest()));
            }
            skipSpace();
            if (!keyword("in"_L1)) {
                return fail(Requirement::tr("“in” follows “not” in a marker, not %1").arg(rest()));
            }
        }
        skipSpace();
        return readMarkerValue();
    }

    /// A quoted string or one of the environment's variables.
    Result<void> readMarkerValue()
    {
        const QChar quote = peek();
        if (quote == u'"' || quote == u'\'') {
            const qsizetype close = m_text.indexOf(quote, m_pos + 1);
            if (close < 0) {
                return fail(Requirement::tr("the marker's string is not closed"));
            }
            m_pos = close + 1;
            return {};
        }
        const qsizetype start = m_pos;
        while (!atEnd() && (isLetterOrDigit(peek()) || peek() == u'_' || peek() == u'.')) {
            ++m_pos;
        }
        const QStringView variable = QStringView(m_text).sliced(start, m_pos - start);
        if (variable.isEmpty()) {
            return fail(Requirement::tr("a marker compares quoted strings and variables, not %1").arg(rest()));
        }
        if (std::ranges::find(MarkerVariables, variable) == MarkerVariables.end()) {
            m_pos = start;
            return fail(Requirement::tr("“%1” is no environment marker variable").arg(variable));
        }
        return {};
    }

    const QString &m_text;
    qsizetype m_pos = 0;
};

} // namespace

Result<Requirement> Requirement::parse(const QString &text)
{
    Result<Parsed> parsed = Parser(text).run();
    if (!parsed) {
        return parsed.error();
    }
    Requirement requirement;
    requirement.m_name = parsed->name;
    requirement.m_extras = parsed->extras;
    requirement.m_clauses = parsed->clauses;
    requirement.m_marker = parsed->marker;
    requirement.m_url = parsed->url;
    return requirement;
}

bool Requirement::isValidName(const QString &name)
{
    return !name.isEmpty() && isLetterOrDigit(name.front()) && isLetterOrDigit(name.back())
        && std::ranges::all_of(name, isNameChar);
}

QString Requirement::normalizedName() const
{
    return Source::normalizedPypiName(m_name);
}

QString Requirement::specifier() const
{
    QStringList parts;
    for (const Clause &clause : m_clauses) {
        parts << clause.op + clause.version;
    }
    return parts.join(u',');
}

QString Requirement::pinnedVersion() const
{
    if (m_clauses.size() != 1) {
        return {};
    }
    const Clause &only = m_clauses.constFirst();
    if ((only.op != "=="_L1 && only.op != "==="_L1) || only.version.contains(u'*')) {
        return {};
    }
    return only.version;
}

} // namespace Herald
