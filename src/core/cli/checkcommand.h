// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/posts/post.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>

class QTextStream;

namespace Herald {

class Backend;
struct DiscoveryEnvironment;
struct Interpreter;
struct InterpreterAdvice;

/// `herald --check [--json]`: syncs, then judges every interpreter of this machine against
/// the release timeline on today's date: what each misses, which of those were security
/// releases with the CVEs and issues their announcements name, and what to do.
///
/// Exit codes, for cron and CI: 0 all up to date, 1 one is behind a release, 2 one misses a
/// security release or its series is past end of life, 3 there is no release data to judge by.
/// With a dependency file (`--deps`), the versions it pins or locks are judged too, by the
/// same codes (1 behind a release of its series, 2 its series past end of life, 3 when it pins
/// versions and none can be judged yet); 4 when that file cannot be read.
class CheckCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Herald::CheckCommand)

public:
    static constexpr int NoReleaseData = 3;

    static int run(Backend &backend, const DiscoveryEnvironment &environment, bool json, QTextStream &out,
        QTextStream &err, const QString &depsPath = {});

    /// One interpreter and its advice on `today` as JSON; `posts` names and links the
    /// announcements.
    static QJsonObject toJson(const Interpreter &interpreter, const InterpreterAdvice &advice,
        const QHash<qint64, PostMeta> &posts, QDate today);

private:
    static void print(QTextStream &out, const Interpreter &interpreter, const InterpreterAdvice &advice,
        const QHash<qint64, PostMeta> &posts, QDate today);
};

} // namespace Herald
