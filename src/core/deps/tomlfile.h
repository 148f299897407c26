// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/diagnostics/result.h"

#include <QCoreApplication>
#include <QString>

#include <toml++/toml.hpp>

class QByteArray;

namespace Herald {

/// toml++ as the dependency readers use it: a document parsed into its table, toml++'s
/// exceptions turned into an Error that names the file, line and column, and its nodes read
/// as Qt strings and positions. Only the readers' sources include it, so toml++ stays out of
/// the headers callers see.
class TomlFile final
{
    Q_DECLARE_TR_FUNCTIONS(Herald::TomlFile)

public:
    /// The file at `path`, parsed; an error names `path` as given.
    static Result<toml::table> read(const QString &path);
    /// A document's text, parsed: "pyproject.toml:LINE:COL: <toml++ description>" when it is
    /// not TOML 1.0.
    static Result<toml::table> parse(const QByteArray &bytes, const QString &fileName);

    /// A string node's text (UTF-8 in toml++); empty for any other node.
    static QString text(const toml::node &node);
    /// "file:line" for a node, or the file alone when toml++ knows no position for it.
    static QString where(const QString &fileName, const toml::source_region &source);
    /// What a node is, in words for a message: "a string", "a table" …
    static QString typeName(const toml::node &node);
};

} // namespace Herald
