// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/search/searchquery.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

/// One token of the query: its text, whether any of it was quoted, and its `key:` if any.
struct Token {
    QString key;
    QString text;
    bool quoted = false;
};

// A small hand-written scanner: the query language is four forms, and FTS5's own syntax must
// never reach the index from user input, so it is read here rather than passed through.
QList<Token> tokenize(const QString &text)
{
    QList<Token> tokens;
    qsizetype i = 0;
    const qsizetype size = text.size();
    while (i < size) {
        while (i < size && text.at(i).isSpace()) {
            ++i;
        }
        if (i >= size) {
            break;
        }
        Token token;
        // key: directly followed by its value
        qsizetype colon = i;
        while (colon < size && text.at(colon).isLetter()) {
            ++colon;
        }
        if (colon > i && colon + 1 < size && text.at(colon) == u':' && !text.at(colon + 1).isSpace()) {
            const QString key = text.mid(i, colon - i).toLower();
            if (key == "author"_L1 || key == "tag"_L1 || key == "series"_L1) {
                token.key = key;
                i = colon + 1;
            }
        }
        if (text.at(i) == u'"') {
            token.quoted = true;
            const qsizetype end = text.indexOf(u'"', i + 1);
            token.text = text.mid(i + 1, (end < 0 ? size : end) - i - 1);
            i = end < 0 ? size : end + 1;
        } else {
            const qsizetype start = i;
            while (i < size && !text.at(i).isSpace()) {
                ++i;
            }
            token.text = text.mid(start, i - start);
        }
        token.text = token.text.simplified();
        if (!token.text.isEmpty()) {
            tokens.append(token);
        }
    }
    return tokens;
}

bool hasWordCharacter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetterOrNumber(); });
}

QString quotedForFts(const QString &text)
{
    QString escaped = text;
    return u'"' + escaped.replace(u'"', u"\"\""_s) + u'"';
}

} // namespace

SearchQuery SearchQuery::parse(const QString &text)
{
    SearchQuery query;
    for (const Token &token : tokenize(text)) {
        if (token.key == "author"_L1) {
            query.m_authors << token.text;
        } else if (token.key == "tag"_L1) {
            query.m_tags << token.text;
        } else if (token.key == "series"_L1) {
            query.m_series << token.text;
        } else if (!hasWordCharacter(token.text)) {
            continue; // "-", "?", "…": nothing the index keeps, so nothing to search for
        } else if (token.quoted) {
            query.m_phrases << token.text;
            query.m_ordered << token.text;
        } else {
            query.m_words << token.text;
            query.m_ordered << token.text;
        }
    }
    return query;
}

bool SearchQuery::isEmpty() const
{
    return !hasTerms() && m_authors.isEmpty() && m_tags.isEmpty() && m_series.isEmpty();
}

QString SearchQuery::ftsExpression() const
{
    QStringList terms;
    // parse() kept only words and phrases with something the tokenizer keeps: an empty
    // phrase is an error to FTS5.
    for (const QString &word : m_words) {
        terms << quotedForFts(word) + u'*';
    }
    for (const QString &phrase : m_phrases) {
        terms << quotedForFts(phrase);
    }
    return terms.join(u" AND "_s);
}

QStringList SearchQuery::highlightTerms() const
{
    return m_phrases + m_words;
}

QString SearchQuery::plainText() const
{
    return m_ordered.join(u' ');
}

} // namespace Herald
