// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>

class QString;
class QTextStream;

namespace Herald {

class HttpClient;

struct ParsedFeed;

/// `herald --parse FILE|URL [--json]`: what Herald understands of one feed document. Nothing
/// is stored.
class ParseCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Herald::ParseCommand)

public:
    /// Returns the exit code: 1 when the document could not be read or parsed completely.
    static int run(HttpClient &http, const QString &source, bool json, QTextStream &out, QTextStream &err);

private:
    static void printText(const ParsedFeed &feed, QTextStream &out);
};

} // namespace Herald
