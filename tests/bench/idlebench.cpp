// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "benchmarks.h"
#include "fixtureserver.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Herald::Bench {

namespace {

/// CPU time (user + system) a process has used, in seconds, from /proc/<pid>/stat (Linux).
double cpuSeconds(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly)) {
        return 0;
    }
    const QByteArray line = stat.readAll();
    // The command name may hold spaces: the fields are counted after its closing parenthesis.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13) {
        return 0;
    }
    return (fields.at(11).toDouble() + fields.at(12).toDouble()) / double(sysconf(_SC_CLK_TCK));
}

} // namespace

void idleBenchmarks(const Context &context, QTextStream &out)
{
    out << Qt::endl
        << "== Idle in the background (herald with its window, syncing every minute, " << context.idleMinutes << " min)"
        << Qt::endl;
    Test::FixtureServer server;
    server.addRoot(context.fixtures);
    server.listen();
    QTemporaryDir data;
    QTemporaryDir home;
    QProcess herald;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // The scheduler's test hook: a sync every minute instead of every hour.
    environment.insert(u"HERALD_SYNC_INTERVAL_SECONDS"_s, u"60"_s);
    environment.insert(u"HOME"_s, home.path());
    environment.insert(u"XDG_CONFIG_HOME"_s, home.path() + u"/config"_s);
    environment.insert(u"XDG_CACHE_HOME"_s, home.path() + u"/cache"_s);
    if (!environment.contains(u"DISPLAY"_s)) {
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    }
    herald.setProcessEnvironment(environment);
    herald.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    herald.start(context.herald, {u"--data-dir"_s, data.path(), u"--url-map"_s, server.httpsUrlMap()});
    if (!herald.waitForStarted()) {
        out << "herald did not start: " << herald.errorString() << Qt::endl;
        return;
    }
    // A sync is over when the fixture server has answered the feed; sample a little later.
    QList<long> rssAfterSync;
    QList<double> cpuAfterSync;
    QElapsedTimer clock;
    clock.start();
    int syncs = 0;
    QObject::connect(&server, &Test::FixtureServer::requestServed, &herald, [&](const Test::ServedRequest &request) {
        if (!request.path.endsWith(u"/rss.xml"_s)) {
            return;
        }
        ++syncs;
        QTimer::singleShot(3000, &herald, [&] {
            rssAfterSync << processMemoryKiB(herald.processId(), "VmRSS:");
            cpuAfterSync << cpuSeconds(herald.processId());
        });
    });
    QEventLoop loop;
    QTimer::singleShot(std::chrono::minutes(context.idleMinutes) + std::chrono::seconds(5), &loop, &QEventLoop::quit);
    loop.exec();
    const double cpuTotal = cpuSeconds(herald.processId());
    const double elapsed = clock.nsecsElapsed() / 1e9;
    herald.terminate();
    herald.waitForFinished(5000);
    if (cpuAfterSync.size() < 2) {
        out << "fewer than two syncs happened" << Qt::endl;
        return;
    }
    // The first sync imports the archive; from the second on, Herald is idle between syncs.
    const double idleCpu = (cpuTotal - cpuAfterSync.first()) / (elapsed - 3.0);
    out << QString::asprintf("%-38s %9.2f %%        (%d syncs; %.2f s of CPU after the first sync, %.0f s)",
        "average CPU after the first sync:", idleCpu * 100, syncs, cpuTotal - cpuAfterSync.first(), elapsed)
        << Qt::endl;
    out << QString::asprintf("%-38s %9.1f MiB     after sync 2, %.1f MiB after the last (sync %lld)",
        "resident memory:", rssAfterSync.at(1) / 1024.0, rssAfterSync.last() / 1024.0, qlonglong(rssAfterSync.size()))
        << Qt::endl;
}

} // namespace Herald::Bench
