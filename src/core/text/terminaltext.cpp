// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/text/terminaltext.h"

namespace Herald {

QString TerminalText::safe(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        const char16_t code = c.unicode();
        const bool control
            = (code < 0x20 && code != u'\n' && code != u'\t') || code == 0x7f || (code >= 0x80 && code <= 0x9f);
        if (!control) {
            result += c;
        }
    }
    return result;
}

} // namespace Herald
