// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The dependency readers on any bytes, as a project's files might hold them: each line as a
// PEP 508 requirement, and the whole as pyproject.toml, uv.lock and poetry.lock. toml++ throws
// on bad TOML; the readers must catch all of it and answer with an error.
#include "core/deps/lockfile.h"
#include "core/deps/pyprojectfile.h"
#include "core/deps/requirement.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <optional>

namespace {

/// Every dependency read has a name PEP 508 allows, its normalized form, and an origin.
void check(const Herald::Result<Herald::DependencyList> &read)
{
    if (!read) {
        if (read.error().message().isEmpty()) {
            __builtin_trap();
        }
        return;
    }
    for (const Herald::Dependency &dependency : read->dependencies) {
        if (dependency.normalized.isEmpty() || dependency.origin.isEmpty()) {
            __builtin_trap();
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString text = QString::fromUtf8(bytes);
    for (const QStringView line : QStringView(text).split(u'\n')) {
        if (const auto requirement = Herald::Requirement::parse(line.toString())) {
            // A parsed requirement has a valid name, and a pin only when it has one clause.
            if (!Herald::Requirement::isValidName(requirement->name())
                || (!requirement->pinnedVersion().isEmpty() && requirement->clauses().size() != 1)) {
                __builtin_trap();
            }
        }
    }
    using Herald::DependencyScope;
    const QString pyproject = QStringLiteral("pyproject.toml");
    const auto project = Herald::PyprojectFile::read(bytes, pyproject);
    check(project);
    check(Herald::LockFile::readUv(bytes, QStringLiteral("uv.lock"), DependencyScope::Direct));
    check(Herald::LockFile::readUv(bytes, QStringLiteral("uv.lock"), DependencyScope::All));
    check(Herald::LockFile::readPoetry(bytes, QStringLiteral("poetry.lock"), DependencyScope::Direct,
        project ? std::optional(*project) : std::nullopt));
    check(Herald::LockFile::readPoetry(bytes, QStringLiteral("poetry.lock"), DependencyScope::All, std::nullopt));
    return 0;
}
