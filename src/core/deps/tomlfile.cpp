// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/deps/tomlfile.h"

#include "core/deps/dependency.h"

#include <QByteArray>
#include <QFile>
#include <QFileInfo>

#include <exception>
#include <string_view>

using namespace Qt::StringLiterals;

namespace Herald {

Result<toml::table> TomlFile::read(const QString &path)
{
    QFile file(path);
    const QFileInfo info(path);
    if (info.isDir()) {
        return Error(tr("Cannot read %1: it is a folder").arg(path));
    }
    if (info.exists() && !info.isFile()) {
        return Error(tr("Cannot read %1: it is no regular file").arg(path));
    }
    if (info.size() > DependencyList::MaxFileBytes) {
        return Error(tr("Cannot read %1: it is larger than %2 MB").arg(path).arg(DependencyList::MaxFileMegabytes));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(tr("Cannot read %1: %2").arg(path, file.errorString()));
    }
    return parse(file.read(DependencyList::MaxFileBytes), path);
}

Result<toml::table> TomlFile::parse(const QByteArray &bytes, const QString &fileName)
{
    // toml++ reports a syntax error by throwing; nothing it throws may leave the reader.
    try {
        return toml::parse(std::string_view(bytes.constData(), size_t(bytes.size())));
    } catch (const toml::parse_error &error) {
        const std::string_view description = error.description();
        return Error(u"%1:%2:%3: %4"_s.arg(fileName, QString::number(error.source().begin.line),
            QString::number(error.source().begin.column),
            QString::fromUtf8(description.data(), qsizetype(description.size()))));
    } catch (const std::exception &error) {
        return Error(tr("%1 cannot be read as TOML: %2").arg(fileName, QString::fromUtf8(error.what())));
    }
}

QString TomlFile::text(const toml::node &node)
{
    if (const auto *string = node.as_string()) {
        const std::string &value = string->get();
        return QString::fromUtf8(value.data(), qsizetype(value.size()));
    }
    return {};
}

QString TomlFile::where(const QString &fileName, const toml::source_region &source)
{
    if (source.begin.line == 0) {
        return fileName;
    }
    return u"%1:%2"_s.arg(fileName, QString::number(source.begin.line));
}

QString TomlFile::typeName(const toml::node &node)
{
    switch (node.type()) {
    case toml::node_type::table: return tr("a table");
    case toml::node_type::array: return tr("an array");
    case toml::node_type::string: return tr("a string");
    case toml::node_type::integer: return tr("an integer");
    case toml::node_type::floating_point: return tr("a number");
    case toml::node_type::boolean: return tr("a boolean");
    case toml::node_type::date:
    case toml::node_type::time:
    case toml::node_type::date_time: return tr("a date or time");
    case toml::node_type::none: break;
    }
    return tr("nothing");
}

} // namespace Herald
