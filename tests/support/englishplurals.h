// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QTranslator>

namespace Herald::Test {

/// What herald_en.ts does for plurals, without the build's catalogue: "%n post(s)" → "1 post",
/// "2 posts"; "%n fix(es)" → "1 fix", "2 fixes". It proves the count reaches the translation.
class EnglishPlurals final : public QTranslator
{
public:
    using QTranslator::QTranslator;

    QString translate(const char *, const char *sourceText, const char *, int n) const override
    {
        if (n < 0) {
            return {};
        }
        return QString::fromUtf8(sourceText)
            .replace(QStringLiteral("(es)"), n == 1 ? QString() : QStringLiteral("es"))
            .replace(QStringLiteral("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    }
    bool isEmpty() const override { return false; }
};

} // namespace Herald::Test
