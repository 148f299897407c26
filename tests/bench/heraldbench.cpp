// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// herald-bench: prints Herald's performance figures. Not a test: it asserts nothing, it
// measures. Run it through scripts/bench, which builds the Release configuration first.
//
//   herald-bench [--fixtures DIR] [--runs N]
//                [--only sync|parse|store|timeline|sidebar|pythons|reader|projects|startup|idle]
//                [--idle-minutes N]
#include "benchmarks.h"
#include "fixtureserver.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    // The GUI groups paint widgets into images: without a display, Qt's offscreen platform
    // does that as well as a screen would.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"herald-bench"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Measures Herald's sync, parsing, storage and timeline speed and memory."_s);
    parser.addHelpOption();
    const QCommandLineOption fixturesOption(
        u"fixtures"_s, u"The fixture snapshot (default: ../shared/fixtures/web)."_s, u"dir"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Repetitions of each timed step (default 5)."_s, u"n"_s, u"5"_s);
    const QCommandLineOption onlyOption(u"only"_s,
        u"Run one group: sync, parse, store, timeline, sidebar, pythons, reader, projects, startup or idle (idle runs "
        u"only when "
        u"named)."_s,
        u"group"_s);
    const QCommandLineOption idleOption(
        u"idle-minutes"_s, u"How long the idle group leaves Herald running (default 10)."_s, u"n"_s, u"10"_s);
    const QCommandLineOption profileOption(u"profile"_s,
        u"With --only startup: profile each start under Callgrind and heaptrack into <dir> instead of timing it."_s,
        u"dir"_s);
    parser.addOptions({fixturesOption, runsOption, onlyOption, idleOption, profileOption});
    parser.process(app);

    Herald::Bench::Context context;
    context.fixtures = parser.isSet(fixturesOption) ? parser.value(fixturesOption) : Herald::Test::fixturesDirectory();
    context.runs = std::max(1, parser.value(runsOption).toInt());
    context.idleMinutes = std::max(2, parser.value(idleOption).toInt());
    context.herald = QCoreApplication::applicationDirPath() + u"/herald"_s;
    context.profileDirectory = parser.value(profileOption);
    QTextStream out(stdout);
    if (context.fixtures.isEmpty()) {
        QTextStream(stderr) << "No fixture snapshot found (../shared/fixtures/web); pass --fixtures DIR." << Qt::endl;
        return 2;
    }

    const QString only = parser.value(onlyOption);
    out << "herald-bench: " << context.runs << " runs per figure, median unless said otherwise" << Qt::endl;
    if (only.isEmpty() || only == u"sync"_s) {
        Herald::Bench::syncBenchmarks(context, out);
    }
    if (only.isEmpty() || only == u"parse"_s) {
        Herald::Bench::parseBenchmarks(context, out);
    }
    if (only.isEmpty() || only == u"store"_s) {
        Herald::Bench::storeBenchmarks(context, out);
    }
    if (only.isEmpty() || only == u"timeline"_s) {
        Herald::Bench::timelineBenchmarks(context, out);
    }
    if (only.isEmpty() || only == u"sidebar"_s) {
        Herald::Bench::sidebarBenchmarks(context, out);
    }
    if (only.isEmpty() || only == u"pythons"_s) {
        Herald::Bench::pythonsBenchmarks(context, out);
    }
    if (only.isEmpty() || only == u"reader"_s) {
        Herald::Bench::readerBenchmarks(context, out);
    }
    if (only.isEmpty() || only == u"projects"_s) {
        Herald::Bench::projectsBenchmarks(context, out);
    }
    if (only.isEmpty() || only == u"startup"_s) {
        Herald::Bench::startupBenchmarks(context, out);
    }
    // Ten minutes long: only when asked for by name.
    if (only == u"idle"_s) {
        Herald::Bench::idleBenchmarks(context, out);
    }
    return 0;
}
