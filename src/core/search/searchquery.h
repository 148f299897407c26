// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>

namespace Herald {

/// What the user typed into the post filter, taken apart: free words and "quoted phrases"
/// for the full-text index, and the filters `author:`, `tag:` and `series:` (each may be
/// quoted: `author:"Łukasz Langa"`). Words match as prefixes; hyphens and other punctuation
/// separate words as the index does, so "free-thread" finds "free-threaded" and
/// "free threading".
class SearchQuery final
{
public:
    SearchQuery() = default;
    static SearchQuery parse(const QString &text);

    [[nodiscard]] bool isEmpty() const;
    /// True when there are words or phrases for the full-text index.
    [[nodiscard]] bool hasTerms() const { return !m_words.isEmpty() || !m_phrases.isEmpty(); }

    [[nodiscard]] const QStringList &words() const { return m_words; }
    [[nodiscard]] const QStringList &phrases() const { return m_phrases; }
    [[nodiscard]] const QStringList &authors() const { return m_authors; }
    [[nodiscard]] const QStringList &tags() const { return m_tags; }
    [[nodiscard]] const QStringList &series() const { return m_series; }

    /// An FTS5 MATCH expression for the words and phrases; empty without any. Every term is a
    /// quoted string, so nothing the user types is FTS5 syntax.
    [[nodiscard]] QString ftsExpression() const;
    /// The words and phrases as typed, for highlighting them in a post.
    [[nodiscard]] QStringList highlightTerms() const;
    /// The words and phrases joined by spaces, in the order typed: a title containing this
    /// matches exactly.
    [[nodiscard]] QString plainText() const;

    bool operator==(const SearchQuery &other) const = default;

private:
    QStringList m_words;
    QStringList m_phrases;
    QStringList m_authors;
    QStringList m_tags;
    QStringList m_series;
    QStringList m_ordered; ///< words and phrases as typed, in order
};

} // namespace Herald
