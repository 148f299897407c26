// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/render/runbreaker.h"

namespace Herald {

namespace {

constexpr QChar ZeroWidthSpace(0x200B);

} // namespace

bool RunBreaker::breaksBefore(QChar c)
{
    // Scripts written without spaces break between their characters by themselves.
    const QChar::Script script = c.script();
    if (c.isSpace() || c == ZeroWidthSpace || script == QChar::Script_Han || script == QChar::Script_Hiragana
        || script == QChar::Script_Katakana || script == QChar::Script_Hangul || script == QChar::Script_Thai) {
        m_run = 0;
        return false;
    }
    // Never inside a surrogate pair or before a combining mark.
    if (++m_run > LongRun && !c.isLowSurrogate() && !c.isMark()) {
        m_run = LongRun - BreakEvery + 1;
        return true;
    }
    return false;
}

bool RunBreaker::breakText(QString &text)
{
    if (m_run + text.size() <= LongRun) {
        // Cannot grow past the limit: only the run's length afterwards matters.
        for (const QChar c : std::as_const(text)) {
            breaksBefore(c);
        }
        return false;
    }
    QString result;
    result.reserve(text.size() + text.size() / BreakEvery + 1);
    bool changed = false;
    for (const QChar c : std::as_const(text)) {
        if (breaksBefore(c)) {
            result += ZeroWidthSpace;
            changed = true;
        }
        result += c;
    }
    if (changed) {
        text = std::move(result);
    }
    return changed;
}

QString RunBreaker::breakHtml(const QString &html)
{
    QString result;
    result.reserve(html.size() + html.size() / BreakEvery + 1);
    const qsizetype size = html.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = html.at(i);
        if (c == u'<') {
            // A tag breaks nothing by itself (<em> does not; <br> and <p> do, but erring
            // towards more breaks costs one invisible character).
            const qsizetype end = html.indexOf(u'>', i);
            const qsizetype last = end < 0 ? size - 1 : end;
            result += QStringView(html).sliced(i, last - i + 1);
            i = last;
            continue;
        }
        qsizetype length = 1;
        if (c == u'&') {
            // A character reference: up to its ';' when it has one nearby.
            const qsizetype semicolon = html.indexOf(u';', i);
            if (semicolon > i && semicolon - i <= 32) {
                length = semicolon - i + 1;
            }
        }
        if (breaksBefore(c)) {
            result += ZeroWidthSpace;
        }
        result += QStringView(html).sliced(i, length);
        i += length - 1;
    }
    return result;
}

} // namespace Herald
