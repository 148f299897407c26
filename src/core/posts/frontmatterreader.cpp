// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/posts/frontmatterreader.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

// The frontmatter's YAML starts on the file's second line; yaml-cpp counts lines from 0.
constexpr int firstYamlLine = 2;

bool isDelimiter(QStringView line)
{
    return line.startsWith("---"_L1) && line.sliced(3).trimmed().isEmpty();
}

// A value for a message, cut short so that a huge one cannot flood it.
QString quoted(const QString &value)
{
    constexpr qsizetype longest = 60;
    return u"\""_s + (value.size() > longest ? value.first(longest) + u"..."_s : value) + u"\""_s;
}

// What a node is, for messages: "a list", "a map" or the quoted value itself.
QString describe(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Sequence: return QCoreApplication::translate("FrontmatterReader", "a list");
    case YAML::NodeType::Map: return QCoreApplication::translate("FrontmatterReader", "a map of keys and values");
    case YAML::NodeType::Scalar: return quoted(QString::fromStdString(node.Scalar()));
    default: return QCoreApplication::translate("FrontmatterReader", "nothing");
    }
}

bool isPresent(const YAML::Node &node)
{
    return node.IsDefined() && !node.IsNull();
}

// A missing key gives yaml-cpp's invalid node, which throws when asked its type; make it null.
YAML::Node field(const YAML::Node &map, const char *key)
{
    const YAML::Node node = map[key];
    return node.IsDefined() ? node : YAML::Node();
}

void complain(QStringList &problems, const YAML::Node &node, const QString &message)
{
    const YAML::Mark mark = node.Mark();
    problems += mark.is_null() ? message
                               : QCoreApplication::translate("FrontmatterReader", "Line %1: %2")
                                     .arg(QString::number(mark.line + firstYamlLine), message);
}

QString text(const YAML::Node &map, const char *key, QStringList &problems)
{
    const YAML::Node node = field(map, key);
    if (node.IsScalar()) {
        return QString::fromStdString(node.Scalar());
    }
    if (isPresent(node)) {
        complain(problems, node,
            QCoreApplication::translate("FrontmatterReader", "\"%1\" should be text, not %2")
                .arg(QLatin1StringView(key), describe(node)));
    }
    return {};
}

// Quoted or not, a date reaches us as the text written; an unquoted one is a YAML timestamp
// and may carry a time, of which we keep the day as written.
QDate date(const YAML::Node &map, const char *key, QStringList &problems)
{
    static const QRegularExpression pattern(
        u"^(\\d{4}-\\d\\d-\\d\\d)(?:(?:[Tt]|[ \\t]+)\\d\\d?:\\d\\d(?::\\d\\d(?:\\.\\d*)?)?[ \\t]*(?:Z|[+-]\\d\\d?(?::?\\d\\d)?)?)?$"_s);
    const QString value = text(map, key, problems).trimmed();
    if (value.isEmpty()) {
        return {};
    }
    const QRegularExpressionMatch match = pattern.match(value);
    const QDate result = match.hasMatch() ? QDate::fromString(match.captured(1), Qt::ISODate) : QDate();
    if (!result.isValid()) {
        complain(problems, field(map, key),
            QCoreApplication::translate("FrontmatterReader", "\"%1\" should be a date like 2024-05-01, not %2")
                .arg(QLatin1StringView(key), quoted(value)));
    }
    return result;
}

// A list of texts; a single text (tags: release) counts as a list of one.
QStringList list(const YAML::Node &map, const char *key, QStringList &problems)
{
    const YAML::Node node = field(map, key);
    QStringList items;
    if (node.IsScalar()) {
        const QString item = QString::fromStdString(node.Scalar()).trimmed();
        if (!item.isEmpty()) {
            items += item;
        }
    } else if (node.IsSequence()) {
        for (const auto &item : node) {
            if (item.IsScalar()) {
                items += QString::fromStdString(item.Scalar());
            } else if (isPresent(item)) {
                complain(problems, item,
                    QCoreApplication::translate("FrontmatterReader", "An item of \"%1\" should be text, not %2")
                        .arg(QLatin1StringView(key), describe(item)));
            }
        }
    } else if (isPresent(node)) {
        complain(problems, node,
            QCoreApplication::translate("FrontmatterReader", "\"%1\" should be a list, not %2")
                .arg(QLatin1StringView(key), describe(node)));
    }
    return items;
}

std::optional<bool> boolean(const YAML::Node &map, const char *key, QStringList &problems)
{
    const YAML::Node node = field(map, key);
    bool value = false;
    if (node.IsScalar() && YAML::convert<bool>::decode(node, value)) {
        return value;
    }
    if (isPresent(node)) {
        complain(problems, node,
            QCoreApplication::translate("FrontmatterReader", "\"%1\" should be true or false, not %2")
                .arg(QLatin1StringView(key), describe(node)));
    }
    return std::nullopt;
}

Frontmatter readFields(const YAML::Node &map, QStringList &problems)
{
    Frontmatter meta;
    meta.title = text(map, "title", problems);
    meta.publishDate = date(map, "publishDate", problems);
    meta.updatedDate = date(map, "updatedDate", problems);
    meta.author = text(map, "author", problems);
    meta.description = text(map, "description", problems);
    meta.tags = list(map, "tags", problems);
    meta.published = boolean(map, "published", problems);
    meta.legacyUrl = text(map, "legacyUrl", problems);
    return meta;
}

} // namespace

MarkdownDocument FrontmatterReader::read(const QByteArray &utf8)
{
    MarkdownDocument document;
    QString text = QString::fromUtf8(utf8.startsWith("\xEF\xBB\xBF") ? utf8.sliced(3) : utf8);
    text.replace(u"\r\n"_s, u"\n"_s);

    // Split by hand: the delimiters are a Markdown convention, not YAML, and a `---` line
    // inside the body must stay Markdown (a rule), not start a second YAML document.
    const QStringView view(text);
    qsizetype lineEnd = text.indexOf(u'\n');
    if (!isDelimiter(view.first(lineEnd < 0 ? text.size() : lineEnd))) {
        document.body = text;
        return document;
    }
    const qsizetype yamlStart = lineEnd < 0 ? text.size() : lineEnd + 1;
    qsizetype yamlEnd = -1;
    for (qsizetype start = yamlStart; start < text.size(); start = lineEnd + 1) {
        lineEnd = text.indexOf(u'\n', start);
        if (lineEnd < 0) {
            lineEnd = text.size();
        }
        if (isDelimiter(view.sliced(start, lineEnd - start))) {
            yamlEnd = start;
            break;
        }
    }
    if (yamlEnd < 0) {
        document.body = text;
        document.error = QCoreApplication::translate(
            "FrontmatterReader", "The frontmatter starting on line 1 is never closed with ---");
        return document;
    }
    document.hasFrontmatter = true;
    document.body = lineEnd < text.size() ? text.sliced(lineEnd + 1) : QString();

    QStringList problems;
    try {
        const YAML::Node root = YAML::Load(view.sliced(yamlStart, yamlEnd - yamlStart).toUtf8().toStdString());
        if (root.IsMap()) {
            document.meta = readFields(root, problems);
        } else if (isPresent(root)) {
            problems += QCoreApplication::translate(
                "FrontmatterReader", "The frontmatter should be keys with values (title: ...), not %1")
                            .arg(describe(root));
        }
    } catch (const YAML::Exception &e) {
        const QString what = QString::fromStdString(e.msg);
        problems += e.mark.is_null()
            ? QCoreApplication::translate("FrontmatterReader", "The frontmatter is not valid YAML: %1").arg(what)
            : QCoreApplication::translate(
                  "FrontmatterReader", "The frontmatter is not valid YAML: %1 (line %2, column %3)")
                  .arg(what, QString::number(e.mark.line + firstYamlLine), QString::number(e.mark.column + 1));
    }
    document.error = problems.join(u'\n');
    return document;
}

QString FrontmatterReader::body(const QString &text)
{
    QString body = bodyView(text).toString();
    body.replace(u"\r\n"_s, u"\n"_s);
    return body;
}

QStringView FrontmatterReader::bodyView(QStringView text)
{
    // The same split as read(), on text that may still have a BOM or CRLF endings.
    QStringView view(text);
    if (view.startsWith(u'\xFEFF')) {
        view = view.sliced(1);
    }
    qsizetype lineEnd = view.indexOf(u'\n');
    if (!isDelimiter(view.first(lineEnd < 0 ? view.size() : lineEnd))) {
        return view;
    }
    for (qsizetype start = lineEnd + 1; lineEnd >= 0 && start < view.size(); start = lineEnd + 1) {
        lineEnd = view.indexOf(u'\n', start);
        const QStringView line = view.sliced(start, (lineEnd < 0 ? view.size() : lineEnd) - start);
        if (isDelimiter(line)) {
            return lineEnd < 0 ? QStringView() : view.sliced(lineEnd + 1);
        }
    }
    return view; // never closed: read() keeps it all as the body too
}

} // namespace Herald
