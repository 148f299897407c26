// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/deps/pyprojectfile.h"

#include "core/deps/requirement.h"
#include "core/deps/tomlfile.h"
#include "core/posts/source.h"

#include <QByteArray>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

/// A dependency found, with where it stands in the file: the list is put in file order last,
/// as toml++ keeps a table's keys sorted, not in the file's order.
struct Entry {
    toml::source_position position;
    Dependency dependency;
};

struct Note {
    toml::source_position position;
    QString text;
};

bool before(const toml::source_position &a, const toml::source_position &b)
{
    return a.line != b.line ? a.line < b.line : a.column < b.column;
}

/// Poetry's version for a constraint: a bare version ("4.2.11") is exact in Poetry, as are
/// `==4.2.11` and `=4.2.11`; carets, tildes, ranges and wildcards pin nothing.
QString poetryPin(const QString &constraint)
{
    QString version = constraint.trimmed();
    for (const QLatin1StringView prefix : {"==="_L1, "=="_L1, "="_L1}) {
        if (version.startsWith(prefix)) {
            version = version.sliced(prefix.size()).trimmed();
            break;
        }
    }
    const auto isVersionChar = [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'.'
            || c == u'-' || c == u'_' || c == u'+' || c == u'!';
    };
    if (version.isEmpty() || !version.front().isDigit() || !std::ranges::all_of(version, isVersionChar)) {
        return {};
    }
    return version;
}

/// The keys of a table in the file's order.
QList<std::pair<const toml::key *, const toml::node *>> inFileOrder(const toml::table &table)
{
    QList<std::pair<const toml::key *, const toml::node *>> keys;
    for (auto &&[key, value] : table) {
        keys.append({&key, &value});
    }
    std::ranges::stable_sort(
        keys, [](const auto &a, const auto &b) { return before(a.first->source().begin, b.first->source().begin); });
    return keys;
}

QString keyText(const toml::key &key)
{
    const std::string_view text = key.str();
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

class PyprojectReader
{
public:
    explicit PyprojectReader(const QString &fileName)
        : m_fileName(fileName)
    { }

    Result<DependencyList> read(const toml::table &root)
    {
        if (Result<void> project = readProject(root); !project) {
            return project.error();
        }
        if (Result<void> groups = readDependencyGroups(root); !groups) {
            return groups.error();
        }
        if (Result<void> poetry = readPoetry(root); !poetry) {
            return poetry.error();
        }
        std::ranges::stable_sort(
            m_entries, [](const Entry &a, const Entry &b) { return before(a.position, b.position); });
        std::ranges::stable_sort(m_notes, [](const Note &a, const Note &b) { return before(a.position, b.position); });
        DependencyList list;
        list.format = u"pyproject"_s;
        for (const Entry &entry : std::as_const(m_entries)) {
            list.add(entry.dependency);
        }
        for (const Note &note : std::as_const(m_notes)) {
            list.notes << note.text;
        }
        return list;
    }

private:
    [[nodiscard]] QString where(const toml::node &node) const { return TomlFile::where(m_fileName, node.source()); }

    [[nodiscard]] Error wrongType(const toml::node &node, const QString &keyPath, const QString &expected) const
    {
        return Error(PyprojectFile::tr("%1: %2 must be %3, not %4")
                .arg(where(node), keyPath, expected, TomlFile::typeName(node)));
    }

    /// The table at `key` in `parent`, or none; an error when the key holds something else.
    Result<const toml::table *> table(const toml::table &parent, std::string_view key, const QString &keyPath)
    {
        const toml::node *node = parent.get(key);
        if (!node) {
            return nullptr;
        }
        if (!node->is_table()) {
            return wrongType(*node, keyPath, PyprojectFile::tr("a table"));
        }
        return node->as_table();
    }

    /// One PEP 508 requirement string.
    Result<void> addRequirement(const toml::node &node, const QString &keyPath, const QString &group)
    {
        if (!node.is_string()) {
            return wrongType(node, keyPath + u"[]"_s, PyprojectFile::tr("a requirement string"));
        }
        const QString text = TomlFile::text(node);
        const Result<Requirement> requirement = Requirement::parse(text);
        if (!requirement) {
            return Error(u"%1: %2"_s.arg(where(node), requirement.error().message()));
        }
        if (!requirement->url().isEmpty()) {
            m_notes << Note {node.source().begin,
                PyprojectFile::tr("%1: skipped the direct reference %2").arg(where(node), text.trimmed())};
            return {};
        }
        Dependency dependency {requirement->name(), requirement->normalizedName(), requirement->pinnedVersion(), group,
            where(node), requirement->marker()};
        m_entries << Entry {node.source().begin, dependency};
        return {};
    }

    Result<void> addRequirements(const toml::node &node, const QString &keyPath, const QString &group)
    {
        const toml::array *array = node.as_array();
        if (!array) {
            return wrongType(node, keyPath, PyprojectFile::tr("an array of requirement strings"));
        }
        for (const toml::node &element : *array) {
            if (Result<void> added = addRequirement(element, keyPath, group); !added) {
                return added;
            }
        }
        return {};
    }

    Result<void> readProject(const toml::table &root)
    {
        const Result<const toml::table *> project = table(root, "project", u"project"_s);
        if (!project || !*project) {
            return project ? Result<void>() : Result<void>(project.error());
        }
        if (const toml::node *dependencies = (*project)->get("dependencies")) {
            if (Result<void> added = addRequirements(*dependencies, u"project.dependencies"_s, {}); !added) {
                return added;
            }
        } else if (const toml::array *dynamic = (*project)->get_as<toml::array>("dynamic")) {
            for (const toml::node &field : *dynamic) {
                if (TomlFile::text(field) == "dependencies"_L1) {
                    m_notes << Note {field.source().begin,
                        PyprojectFile::tr("%1: the project's dependencies are dynamic: its build backend sets them, "
                                          "so they are not listed here")
                            .arg(where(field))};
                }
            }
        }
        const Result<const toml::table *> optional
            = table(**project, "optional-dependencies", u"project.optional-dependencies"_s);
        if (!optional) {
            return optional.error();
        }
        if (*optional) {
            for (const auto &[key, value] : inFileOrder(**optional)) {
                const QString name = keyText(*key);
                if (Result<void> added
                    = addRequirements(*value, u"project.optional-dependencies."_s + name, u"optional: "_s + name);
                    !added) {
                    return added;
                }
            }
        }
        return {};
    }

    /// PEP 735: follows a group's `{include-group = "…"}` tables, refusing one that names no
    /// group and a group that includes itself.
    Result<void> followIncludes(const QString &normalized, QStringList &including)
    {
        if (m_followed.contains(normalized)) {
            return {};
        }
        const auto group = m_groups.constFind(normalized);
        if (including.contains(normalized)) {
            including << normalized;
            return Error(PyprojectFile::tr("%1: dependency group “%2” includes itself: %3")
                    .arg(where(*group->second), group->first, including.join(u" → "_s)));
        }
        including << normalized;
        const QString keyPath = u"dependency-groups."_s + group->first;
        const toml::array *array = group->second->as_array();
        if (!array) {
            return wrongType(*group->second, keyPath, PyprojectFile::tr("an array"));
        }
        for (const toml::node &element : *array) {
            if (element.is_string()) {
                continue;
            }
            const toml::table *include = element.as_table();
            const toml::node *includeName = include ? include->get("include-group") : nullptr;
            if (!include || include->size() != 1 || !includeName || !includeName->is_string()) {
                return wrongType(element, keyPath + u"[]"_s,
                    PyprojectFile::tr("a requirement string or a table {include-group = \"NAME\"}"));
            }
            const QString includedName = TomlFile::text(*includeName);
            const QString included = Source::normalizedPypiName(includedName);
            if (!m_groups.contains(included)) {
                return Error(PyprojectFile::tr("%1: dependency group “%2” includes “%3”, which is not defined")
                        .arg(where(element), group->first, includedName));
            }
            if (Result<void> followed = followIncludes(included, including); !followed) {
                return followed;
            }
        }
        including.removeLast();
        m_followed.insert(normalized);
        return {};
    }

    Result<void> readDependencyGroups(const toml::table &root)
    {
        const Result<const toml::table *> groups = table(root, "dependency-groups", u"dependency-groups"_s);
        if (!groups || !*groups) {
            return groups ? Result<void>() : Result<void>(groups.error());
        }
        const auto ordered = inFileOrder(**groups);
        for (const auto &[key, value] : ordered) {
            // PEP 735: group names compare normalised, so "Dev" and "dev" are one name twice.
            const QString normalized = Source::normalizedPypiName(keyText(*key));
            if (const auto known = m_groups.constFind(normalized); known != m_groups.cend()) {
                return Error(PyprojectFile::tr("%1: dependency groups “%2” and “%3” have the same name")
                        .arg(TomlFile::where(m_fileName, key->source()), known->first, keyText(*key)));
            }
            m_groups.insert(normalized, {keyText(*key), value});
        }
        // A requirement is in the group that lists it, whichever groups include that one; the
        // includes are followed all the same, to refuse one that names no group or a cycle.
        for (const auto &[key, value] : ordered) {
            const QString name = keyText(*key);
            QStringList including;
            if (Result<void> followed = followIncludes(Source::normalizedPypiName(name), including); !followed) {
                return followed;
            }
            const toml::array *own = value->as_array();
            if (!own) {
                continue; // refused by followIncludes() already; kept safe all the same
            }
            for (const toml::node &node : *own) {
                if (!node.is_string()) {
                    continue;
                }
                if (Result<void> added = addRequirement(node, u"dependency-groups."_s + name, u"group: "_s + name);
                    !added) {
                    return added;
                }
            }
        }
        return {};
    }

    /// One entry of a Poetry dependency table: `django = "^4.2"`, `django = {version = …}`,
    /// `django = [{version = …, python = …}, …]`, or one from git, a path or a URL.
    Result<void> addPoetryDependency(
        const toml::key &key, const toml::node &value, const QString &keyPath, const QString &group)
    {
        const QString name = keyText(key);
        if (Source::normalizedPypiName(name) == "python"_L1) {
            return {};
        }
        const toml::source_region &source = key.source().begin.line ? key.source() : value.source();
        const QString origin = TomlFile::where(m_fileName, source);
        if (!Requirement::isValidName(name)) {
            return Error(PyprojectFile::tr("%1: “%2” in %3 is no project name").arg(origin, name, keyPath));
        }
        const QString path = keyPath + u'.' + name;
        Dependency dependency {name, Source::normalizedPypiName(name), {}, group, origin, {}};
        if (value.is_string()) {
            dependency.version = poetryPin(TomlFile::text(value));
        } else if (const toml::table *table = value.as_table()) {
            for (const char *from : {"git", "path", "url"}) {
                if (const toml::node *location = table->get(from)) {
                    m_notes << Note {source.begin,
                        PyprojectFile::tr("%1: skipped %2, which comes from %3 %4")
                            .arg(origin, name, QString::fromLatin1(from), TomlFile::text(*location))};
                    return {};
                }
            }
            if (const toml::node *version = table->get("version")) {
                if (!version->is_string()) {
                    return wrongType(*version, path + u".version"_s, PyprojectFile::tr("a string"));
                }
                dependency.version = poetryPin(TomlFile::text(*version));
            }
            if (const toml::node *markers = table->get("markers")) {
                dependency.marker = TomlFile::text(*markers);
            }
        } else if (const toml::array *alternatives = value.as_array()) {
            // Several constraints, each for its own Python or platform: none is the version.
            for (const toml::node &alternative : *alternatives) {
                if (!alternative.is_table()) {
                    return wrongType(alternative, path + u"[]"_s, PyprojectFile::tr("a table"));
                }
            }
        } else {
            return wrongType(value, path, PyprojectFile::tr("a version string or a table"));
        }
        m_entries << Entry {source.begin, dependency};
        return {};
    }

    Result<void> addPoetryDependencies(const toml::table &parent, const QString &keyPath, const QString &group)
    {
        const Result<const toml::table *> dependencies = table(parent, "dependencies", keyPath);
        if (!dependencies || !*dependencies) {
            return dependencies ? Result<void>() : Result<void>(dependencies.error());
        }
        for (const auto &[key, value] : inFileOrder(**dependencies)) {
            if (Result<void> added = addPoetryDependency(*key, *value, keyPath, group); !added) {
                return added;
            }
        }
        return {};
    }

    Result<void> readPoetry(const toml::table &root)
    {
        const Result<const toml::table *> tool = table(root, "tool", u"tool"_s);
        if (!tool || !*tool) {
            return tool ? Result<void>() : Result<void>(tool.error());
        }
        const Result<const toml::table *> poetry = table(**tool, "poetry", u"tool.poetry"_s);
        if (!poetry || !*poetry) {
            return poetry ? Result<void>() : Result<void>(poetry.error());
        }
        if (Result<void> main = addPoetryDependencies(**poetry, u"tool.poetry.dependencies"_s, {}); !main) {
            return main;
        }
        // Poetry before 1.2 had one group of its own, which later versions read as "dev".
        const Result<const toml::table *> dev = table(**poetry, "dev-dependencies", u"tool.poetry.dev-dependencies"_s);
        if (!dev) {
            return dev.error();
        }
        if (*dev) {
            for (const auto &[key, value] : inFileOrder(**dev)) {
                if (Result<void> added
                    = addPoetryDependency(*key, *value, u"tool.poetry.dev-dependencies"_s, u"poetry group: dev"_s);
                    !added) {
                    return added;
                }
            }
        }
        const Result<const toml::table *> groups = table(**poetry, "group", u"tool.poetry.group"_s);
        if (!groups) {
            return groups.error();
        }
        if (*groups) {
            for (const auto &[key, value] : inFileOrder(**groups)) {
                const QString name = keyText(*key);
                const QString keyPath = u"tool.poetry.group."_s + name;
                if (!value->is_table()) {
                    return wrongType(*value, keyPath, PyprojectFile::tr("a table"));
                }
                if (Result<void> added = addPoetryDependencies(
                        *value->as_table(), keyPath + u".dependencies"_s, u"poetry group: "_s + name);
                    !added) {
                    return added;
                }
            }
        }
        return {};
    }

    QString m_fileName;
    QList<Entry> m_entries;
    QList<Note> m_notes;
    /// The dependency groups by their normalized names: each as spelled, and its array.
    QHash<QString, std::pair<QString, const toml::node *>> m_groups;
    QSet<QString> m_followed; ///< the groups whose includes were followed
};

} // namespace

Result<DependencyList> PyprojectFile::read(const QString &path)
{
    const Result<toml::table> root = TomlFile::read(path);
    if (!root) {
        return root.error();
    }
    return PyprojectReader(path).read(*root);
}

Result<DependencyList> PyprojectFile::read(const QByteArray &toml, const QString &fileName)
{
    const Result<toml::table> root = TomlFile::parse(toml, fileName);
    if (!root) {
        return root.error();
    }
    return PyprojectReader(fileName).read(*root);
}

} // namespace Herald
