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

SyncSummary SyncCommand::syncOnce(Backend &backend)
{
    SyncEngine &sync = backend.sync();
    SyncSummary summary;
    QEventLoop loop;
    QObject::connect(&sync, &SyncEngine::finished, &loop, [&](const SyncSummary &result) {
        summary = result;
        loop.quit();
    });
    sync.start();
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
    for (const QString &error : std::as_const(summary.sourceErrors)) {
        err << tr("error: ") << TerminalText::safe(error) << Qt::endl;
    }
}

int SyncCommand::run(Backend &backend, QTextStream &out, QTextStream &err)
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
    const SyncSummary summary = syncOnce(backend);
    printProblems(summary, err);
    out << tr("Python Insider: %1 new, %2 updated, %3 unchanged, %4 failed; %5 bodies downloaded, %6 requests, %7 s")
               .arg(summary.newPosts)
               .arg(summary.updatedPosts)
               .arg(summary.unchangedPosts)
               .arg(summary.failedPosts)
               .arg(summary.bodiesDownloaded)
               .arg(summary.requests)
               .arg(QString::number(timer.elapsed() / 1000.0, 'f', 2))
        << Qt::endl;
    // Non-zero whenever less was stored than should have been: a source, or any post.
    return summary.ok() && summary.failedPosts == 0 && summary.postErrors.isEmpty() ? 0 : 1;
}

} // namespace Herald
