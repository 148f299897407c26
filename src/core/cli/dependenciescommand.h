// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/deps/dependency.h"
#include "core/diagnostics/result.h"
#include "core/posts/source.h"
#include "core/releases/dependencystatus.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

class QJsonArray;
class QTextStream;

namespace Herald {

class Backend;
enum class DependencyScope;

/// `herald --import-deps FILE [--all-deps] [--dry-run]`, and the dependency part of
/// `herald --check --deps FILE`: a Python project's dependencies followed, and the versions it
/// pins or locks judged by their releases and lifecycles.
class DependenciesCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Herald::DependenciesCommand)

public:
    /// The exit code of a dependency file that cannot be read: nothing was judged or imported.
    static constexpr int BadFile = 4;

    /// Previews what the file names, then (without `dryRun`) follows the new dependencies and
    /// keeps every pinned or locked version, all or none. 0 when done; 4 when the file cannot
    /// be read; 1 when the store failed.
    static int importDeps(
        Backend &backend, const QString &path, DependencyScope scope, bool dryRun, QTextStream &out, QTextStream &err);

    /// One dependency of a file as `--check --deps` judges it.
    struct Judged {
        Dependency dependency;
        std::optional<Source> source; ///< the PyPI source following it
        std::optional<DependencyStatus> status; ///< none when it cannot be judged
        QString notJudged; ///< why not, when it cannot be
    };
    /// Judges each dependency of `list` by the stored releases and lifecycles on `today`.
    /// Fails when the sources cannot be read.
    static Result<QList<Judged>> judge(Backend &backend, const DependencyList &list, QDate today);
    static QJsonArray toJson(const QList<Judged> &judged);
    static void print(QTextStream &out, const QString &path, const QList<Judged> &judged, QDate today);
};

} // namespace Herald
