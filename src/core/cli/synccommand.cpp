// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/cli/synccommand.h"

#include "core/app/backend.h"
#include "core/sync/syncengine.h"
#include "core/text/terminaltext.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTextStream>

#include <cstdio>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

bool stderrIsTerminal()
{
#ifdef Q_OS_UNIX
    return isatty(fileno(stderr));
#else
    return false;
#endif
}

} // namespace

SyncSummary SyncCommand::syncOnce(Backend &backend, std::optional<qint64> source)
{
    SyncEngine &sync = backend.sync();
    SyncSummary summary;
    QEventLoop loop;
    QObject::connect(&sync, &SyncEngine::finished, &loop, [&](const SyncSummary &result) {
        summary = result;
        loop.quit();
    });
    if (source) {
        sync.startSource(*source);
    } else {
        sync.start();
    }
    if (sync.isRunning()) {
        loop.exec();
    }
    return summary;
}

void SyncCommand::printProblems(const SyncSummary &summary, QTextStream &err)
{
    // Servers' reason phrases and feeds' titles are in these: text only, no control sequences.
    for (const QString &warning : std::as_const(summary.warnings)) {
        err << tr("warning: ") << TerminalText::safe(warning) << Qt::endl;
    }
    for (const QString &error : std::as_const(summary.postErrors)) {
        err << tr("failed: ") << TerminalText::safe(error) << Qt::endl;
    }
    for (const QString &error : summary.allSourceErrors()) {
        err << tr("error: ") << TerminalText::safe(error) << Qt::endl;
    }
}

int SyncCommand::run(Backend &backend, std::optional<qint64> source, QTextStream &out, QTextStream &err)
{
    SyncEngine &sync = backend.sync();
    const bool terminal = stderrIsTerminal();
    int lastPercent = -1;
    QObject::connect(&sync, &SyncEngine::progress, &sync, [&](int done, int total) {
        if (total == 0) {
            return;
        }
        const int percent = done * 100 / total;
        if (terminal) {
            err << '\r' << tr("Fetching posts: %1/%2").arg(done).arg(total) << Qt::flush;
            if (done == total) {
                err << Qt::endl;
            }
        } else if (percent / 25 != lastPercent / 25 || done == total) {
            // Without a terminal, a few lines rather than one per post.
            err << tr("Fetching posts: %1/%2").arg(done).arg(total) << Qt::endl;
        }
        lastPercent = percent;
    });

    QElapsedTimer timer;
    timer.start();
    const SyncSummary summary = syncOnce(backend, source);
    printProblems(summary, err);
    int otherNew = 0;
    int otherUpdated = 0;
    for (const SyncSummary::SourcePart &part : summary.sources) {
        otherNew += part.newPosts;
        otherUpdated += part.updatedPosts;
        out << TerminalText::safe(part.name) << u": "_s;
        if (!part.error.isEmpty() && part.newPosts + part.updatedPosts > 0) {
            out << tr("%1 new, %2 updated, then failed").arg(part.newPosts).arg(part.updatedPosts) << Qt::endl;
        } else if (!part.error.isEmpty()) {
            out << tr("failed") << Qt::endl;
        } else if (part.notModified) {
            out << tr("not modified") << Qt::endl;
        } else {
            out << tr("%1 new, %2 updated").arg(part.newPosts).arg(part.updatedPosts) << Qt::endl;
        }
    }
    const QString seconds = QString::number(timer.elapsed() / 1000.0, 'f', 2);
    if (summary.pythonInsider) {
        out << tr("Python Insider: %1 new, %2 updated, %3 unchanged, %4 failed; %5 bodies downloaded, %6 requests, "
                  "%7 s")
                   .arg(summary.newPosts - otherNew)
                   .arg(summary.updatedPosts - otherUpdated)
                   .arg(summary.unchangedPosts)
                   .arg(summary.failedPosts)
                   .arg(summary.bodiesDownloaded)
                   .arg(summary.requests)
                   .arg(seconds)
            << Qt::endl;
    } else {
        out << tr("%n request(s), %1 s", "", summary.requests).arg(seconds) << Qt::endl;
    }
    // Non-zero whenever less was stored than should have been: a source, or any post.
    return summary.ok() && summary.followedOk() && summary.failedPosts == 0 && summary.postErrors.isEmpty() ? 0 : 1;
}

} // namespace Herald
