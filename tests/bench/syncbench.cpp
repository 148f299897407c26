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

using namespace Qt::StringLiterals;

namespace Herald::Bench {

HeraldRun runHerald(const QString &herald, const QStringList &arguments, const QList<Test::FixtureServer *> &servers)
{
    for (Test::FixtureServer *server : servers) {
        server->clearRequests();
    }
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    HeraldRun run;
    // VmHWM only grows, so sampling it often and keeping the last value misses at most the
    // last few milliseconds. (getrusage(RUSAGE_CHILDREN) would also count what a child
    // inherited from this process before exec.)
    QTimer sampler;
    sampler.setInterval(5);
    QObject::connect(&sampler, &QTimer::timeout, &process,
        [&] { run.peakKiB = std::max(run.peakKiB, processMemoryKiB(process.processId(), "VmHWM:")); });
    QElapsedTimer timer;
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    timer.start();
    process.start(herald, arguments);
    // A program that is not there (a build that failed to link) never finishes: say so.
    if (!process.waitForStarted()) {
        run.exitCode = -1;
        return run;
    }
    sampler.start();
    loop.exec();
    run.seconds = timer.nsecsElapsed() / 1e9;
    run.exitCode = process.exitCode();
    for (const Test::FixtureServer *server : servers) {
        run.requests += server->requestCount();
        run.bodies += server->bodiesServed();
    }
    return run;
}

long processMemoryKiB(qint64 pid, const char *field)
{
    QFile status(pid ? u"/proc/%1/status"_s.arg(pid) : u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field)) {
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').constFirst().toLong();
        }
    }
    return 0;
}

double median(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples.isEmpty() ? 0 : samples.at(samples.size() / 2);
}

void syncBenchmarks(const Context &context, QTextStream &out)
{
    Test::FixtureServer server;
    server.addRoot(context.fixtures);
    server.listen();
    // The server runs on this thread; the child talks to it while loop.exec() spins.
    QList<double> first;
    QList<double> again;
    QList<double> peak;
    HeraldRun firstRun;
    HeraldRun againRun;
    for (int i = 0; i < context.runs; ++i) {
        QTemporaryDir data;
        const QStringList arguments = {u"--sync"_s, u"--data-dir"_s, data.path(), u"--url-map"_s, server.httpsUrlMap()};
        firstRun = runHerald(context.herald, arguments, {&server});
        againRun = runHerald(context.herald, arguments, {&server});
        first << firstRun.seconds;
        peak << firstRun.peakKiB / 1024.0;
        again << againRun.seconds;
    }
    out << Qt::endl << "== Sync (Python Insider fixture archive over loopback, herald --sync)" << Qt::endl;
    out << QString::asprintf("first sync:        %7.0f ms   %d requests, %d bodies, peak RSS %.1f MiB (exit %d)",
        median(first) * 1000, firstRun.requests, firstRun.bodies, median(peak), firstRun.exitCode)
        << Qt::endl;
    out << QString::asprintf("no-change re-sync: %7.1f ms   %d requests, %d bodies downloaded (exit %d)",
        median(again) * 1000, againRun.requests, againRun.bodies, againRun.exitCode)
        << Qt::endl;
}

} // namespace Herald::Bench
