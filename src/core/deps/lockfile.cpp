// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/deps/lockfile.h"

#include "core/deps/pyprojectfile.h"
#include "core/deps/tomlfile.h"
#include "core/posts/source.h"

#include <QByteArray>
#include <QFileInfo>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

/// One `[[package]]` of a lock file.
struct LockedPackage {
    QString name;
    QString normalized;
    QString version;
    QString sourceKind; ///< uv: "registry", "editable", "virtual", "git" …; Poetry: its source's type
    QString sourceValue; ///< the index, path or URL
    toml::source_region origin; ///< its name's
    const toml::table *table = nullptr;
};

struct Entry {
    toml::source_position position;
    Dependency dependency;
};

bool before(const toml::source_position &a, const toml::source_position &b)
{
    return a.line != b.line ? a.line < b.line : a.column < b.column;
}

enum class Format { Uv, Poetry };

class LockReader
{
public:
    LockReader(const QString &fileName, Format format)
        : m_fileName(fileName)
        , m_format(format)
    { }

    /// Every `[[package]]`, in the file's order.
    Result<void> readPackages(const toml::table &root)
    {
        const toml::node *packages = root.get("package");
        if (!packages) {
            return {};
        }
        const toml::array *array = packages->as_array();
        if (!array) {
            return wrongType(*packages, u"package"_s, LockFile::tr("an array of tables"));
        }
        for (const toml::node &node : *array) {
            const toml::table *table = node.as_table();
            if (!table) {
                return wrongType(node, u"package[]"_s, LockFile::tr("a table"));
            }
            const toml::node *name = table->get("name");
            if (!name || !name->is_string() || TomlFile::text(*name).isEmpty()) {
                return Error(
                    LockFile::tr("%1: a [[package]] has no name").arg(TomlFile::where(m_fileName, node.source())));
            }
            LockedPackage package;
            package.name = TomlFile::text(*name);
            package.normalized = Source::normalizedPypiName(package.name);
            package.origin = name->source();
            package.table = table;
            if (const toml::node *version = table->get("version")) {
                if (!version->is_string()) {
                    return wrongType(*version, u"package.version"_s, LockFile::tr("a string"));
                }
                package.version = TomlFile::text(*version);
            }
            if (const toml::node *source = table->get("source")) {
                const toml::table *sourceTable = source->as_table();
                if (!sourceTable) {
                    return wrongType(*source, u"package.source"_s, LockFile::tr("a table"));
                }
                if (m_format == Format::Uv) {
                    // One key says where it came from: { registry = "https://pypi.org/simple" }.
                    for (auto &&[key, value] : *sourceTable) {
                        const std::string_view kind = key.str();
                        package.sourceKind = QString::fromUtf8(kind.data(), qsizetype(kind.size()));
                        package.sourceValue = TomlFile::text(value);
                        break;
                    }
                } else if (const toml::node *type = sourceTable->get("type")) {
                    package.sourceKind = TomlFile::text(*type);
                    if (const toml::node *url = sourceTable->get("url")) {
                        package.sourceValue = TomlFile::text(*url);
                    }
                }
            }
            m_packages << package;
        }
        return {};
    }

    /// Every package locked from an index, in the file's order.
    DependencyList all(QStringList notes) const
    {
        DependencyList list;
        list.format = format();
        list.notes = std::move(notes);
        for (const LockedPackage &package : m_packages) {
            if (isProject(package)) {
                continue;
            }
            if (!fromIndex(package)) {
                list.notes << skipped(package, TomlFile::where(m_fileName, package.origin));
                continue;
            }
            list.add({package.name, package.normalized, package.version, {}, where(package.origin), {}});
        }
        return list;
    }

    /// uv.lock's Direct scope: what the project's own packages depend on.
    Result<DependencyList> uvDirect() const
    {
        QList<const LockedPackage *> projects;
        for (const LockedPackage &package : m_packages) {
            if (isProject(package)) {
                projects << &package;
            }
        }
        if (projects.isEmpty()) {
            return all({LockFile::tr("%1: no package in it is the project itself (one whose source is editable or "
                                     "virtual \".\"), so every locked package was read")
                    .arg(m_fileName)});
        }
        QList<Entry> entries;
        QStringList notes;
        for (const LockedPackage *project : std::as_const(projects)) {
            const toml::table &table = *project->table;
            if (const toml::node *dependencies = table.get("dependencies")) {
                if (Result<void> added
                    = addUvDependencies(*dependencies, u"package.dependencies"_s, {}, entries, notes);
                    !added) {
                    return added.error();
                }
            }
            const std::array<std::pair<const char *, QString>, 2> groups {
                std::pair {"optional-dependencies", u"optional: "_s}, std::pair {"dev-dependencies", u"group: "_s}};
            for (const auto &[key, prefix] : groups) {
                const toml::node *node = table.get(key);
                if (!node) {
                    continue;
                }
                const QString keyPath = u"package."_s + QString::fromLatin1(key);
                const toml::table *groupTable = node->as_table();
                if (!groupTable) {
                    return wrongType(*node, keyPath, LockFile::tr("a table"));
                }
                for (auto &&[name, value] : *groupTable) {
                    const std::string_view nameText = name.str();
                    const QString group = QString::fromUtf8(nameText.data(), qsizetype(nameText.size()));
                    if (Result<void> added
                        = addUvDependencies(value, keyPath + u'.' + group, prefix + group, entries, notes);
                        !added) {
                        return added.error();
                    }
                }
            }
        }
        std::ranges::stable_sort(
            entries, [](const Entry &a, const Entry &b) { return before(a.position, b.position); });
        DependencyList list;
        list.format = format();
        list.notes = notes;
        for (const Entry &entry : std::as_const(entries)) {
            list.add(entry.dependency);
        }
        return list;
    }

    /// poetry.lock's Direct scope: the project's dependencies, with the versions locked here.
    DependencyList poetryDirect(const DependencyList &project) const
    {
        DependencyList list;
        list.format = format();
        list.notes = project.notes;
        for (Dependency dependency : project.dependencies) {
            const auto locked = std::ranges::find(m_packages, dependency.normalized, &LockedPackage::normalized);
            if (locked == m_packages.end()) {
                list.notes << LockFile::tr("%1: %2 is not in %3").arg(dependency.origin, dependency.name, m_fileName);
            } else if (!locked->version.isEmpty()) {
                dependency.version = locked->version;
            }
            list.add(dependency);
        }
        return list;
    }

private:
    [[nodiscard]] QString format() const { return m_format == Format::Uv ? u"uv.lock"_s : u"poetry.lock"_s; }
    [[nodiscard]] QString where(const toml::source_region &source) const { return TomlFile::where(m_fileName, source); }

    [[nodiscard]] Error wrongType(const toml::node &node, const QString &keyPath, const QString &expected) const
    {
        return Error(LockFile::tr("%1: %2 must be %3, not %4")
                .arg(where(node.source()), keyPath, expected, TomlFile::typeName(node)));
    }

    /// The project itself, in uv.lock: its source is the folder of the lock file.
    [[nodiscard]] bool isProject(const LockedPackage &package) const
    {
        return m_format == Format::Uv && (package.sourceKind == "editable"_L1 || package.sourceKind == "virtual"_L1)
            && package.sourceValue == "."_L1;
    }

    [[nodiscard]] bool fromIndex(const LockedPackage &package) const
    {
        if (m_format == Format::Uv) {
            return package.sourceKind == "registry"_L1;
        }
        // Poetry names a source only when it is not PyPI; "legacy" is another index.
        return package.sourceKind.isEmpty() || package.sourceKind == "legacy"_L1;
    }

    [[nodiscard]] static QString skipped(const LockedPackage &package, const QString &origin)
    {
        return LockFile::tr("%1: skipped %2, which comes from %3 %4")
            .arg(origin, package.name, package.sourceKind, package.sourceValue);
    }

    /// An array of `{ name = "django" }` tables, as the project's package lists its dependencies.
    Result<void> addUvDependencies(const toml::node &node, const QString &keyPath, const QString &group,
        QList<Entry> &entries, QStringList &notes) const
    {
        const toml::array *array = node.as_array();
        if (!array) {
            return wrongType(node, keyPath, LockFile::tr("an array of tables"));
        }
        for (const toml::node &element : *array) {
            const toml::table *table = element.as_table();
            const toml::node *nameNode = table ? table->get("name") : nullptr;
            if (!nameNode || !nameNode->is_string()) {
                return wrongType(element, keyPath + u"[]"_s, LockFile::tr("a table with a name"));
            }
            const QString name = TomlFile::text(*nameNode);
            const QString normalized = Source::normalizedPypiName(name);
            const toml::node *versionNode = table->get("version");
            const QString version = versionNode ? TomlFile::text(*versionNode) : QString();
            // A package locked twice (for different Pythons) is named with its version.
            const auto locked = std::ranges::find_if(m_packages, [&](const LockedPackage &package) {
                return package.normalized == normalized && (version.isEmpty() || package.version == version);
            });
            const QString origin = where(element.source());
            Dependency dependency {name, normalized, {}, group, origin, {}};
            if (const toml::node *marker = table->get("marker")) {
                dependency.marker = TomlFile::text(*marker);
            }
            if (locked == m_packages.end()) {
                notes << LockFile::tr("%1: %2 has no [[package]] in it, so its version is unknown").arg(origin, name);
            } else if (isProject(*locked)) {
                continue; // the project with one of its own extras
            } else if (!fromIndex(*locked)) {
                notes << skipped(*locked, origin);
                continue;
            } else {
                dependency.name = locked->name;
                dependency.version = locked->version;
            }
            entries << Entry {element.source().begin, dependency};
        }
        return {};
    }

    QString m_fileName;
    Format m_format;
    QList<LockedPackage> m_packages;
};

/// `name` in the folder of `path`, spelled as `path` is: "app/pyproject.toml" beside
/// "app/poetry.lock", "pyproject.toml" beside "poetry.lock".
QString beside(const QString &path, const QString &name)
{
    const QString folder = QFileInfo(path).path();
    return folder == "."_L1 ? name : folder + u'/' + name;
}

Result<DependencyList> readUvLock(const toml::table &root, const QString &fileName, DependencyScope scope)
{
    LockReader reader(fileName, Format::Uv);
    if (Result<void> packages = reader.readPackages(root); !packages) {
        return packages.error();
    }
    return scope == DependencyScope::Direct ? reader.uvDirect() : reader.all({});
}

Result<DependencyList> readPoetryLock(const toml::table &root, const QString &fileName, DependencyScope scope,
    const std::optional<DependencyList> &project)
{
    LockReader reader(fileName, Format::Poetry);
    if (Result<void> packages = reader.readPackages(root); !packages) {
        return packages.error();
    }
    if (scope == DependencyScope::All) {
        return reader.all({});
    }
    if (!project) {
        return reader.all({LockFile::tr("%1: there is no pyproject.toml beside it to tell which packages the project "
                                        "depends on itself, so every locked package was read")
                .arg(fileName)});
    }
    return reader.poetryDirect(*project);
}

} // namespace

Result<DependencyList> LockFile::readUv(const QString &path, DependencyScope scope)
{
    const Result<toml::table> root = TomlFile::read(path);
    if (!root) {
        return root.error();
    }
    return readUvLock(*root, path, scope);
}

Result<DependencyList> LockFile::readUv(const QByteArray &toml, const QString &fileName, DependencyScope scope)
{
    const Result<toml::table> root = TomlFile::parse(toml, fileName);
    if (!root) {
        return root.error();
    }
    return readUvLock(*root, fileName, scope);
}

Result<DependencyList> LockFile::readPoetry(const QString &path, DependencyScope scope)
{
    const Result<toml::table> root = TomlFile::read(path);
    if (!root) {
        return root.error();
    }
    std::optional<DependencyList> project;
    const QString pyproject = beside(path, u"pyproject.toml"_s);
    if (scope == DependencyScope::Direct && QFileInfo::exists(pyproject)) {
        Result<DependencyList> read = PyprojectFile::read(pyproject);
        if (!read) {
            return read.error();
        }
        project = std::move(read).value();
    }
    return readPoetryLock(*root, path, scope, project);
}

Result<DependencyList> LockFile::readPoetry(const QByteArray &toml, const QString &fileName, DependencyScope scope,
    const std::optional<DependencyList> &project)
{
    const Result<toml::table> root = TomlFile::parse(toml, fileName);
    if (!root) {
        return root.error();
    }
    return readPoetryLock(*root, fileName, scope, project);
}

} // namespace Herald
