// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "benchmarks.h"
#include "core/interpreters/discoveryenvironment.h"
#include "core/interpreters/interpreterdiscovery.h"
#include "core/models/interpretermodel.h"
#include "core/releases/timeline.h"
#include "fixtureposts.h"
#include "gui/timeline/yourpythonscard.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Herald::Bench {

namespace {

constexpr int Interpreters = 30;

void writeFile(const QString &path, const QByteArray &content, bool executable = false)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
    file.close();
    if (executable) {
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
}

QByteArray answeringScript(int minor, int micro)
{
    return "#!/bin/sh\necho herald-probe cpython 3." + QByteArray::number(minor) + '.' + QByteArray::number(micro)
        + ".final.0 0 x\n";
}

double discoveryMs(const DiscoveryEnvironment &environment, int *found)
{
    QElapsedTimer timer;
    timer.start();
    const auto result = InterpreterDiscovery::discover(environment);
    const double ms = timer.nsecsElapsed() / 1e6;
    *found = int(result.interpreters.size());
    return ms;
}

} // namespace

void pythonsBenchmarks(const Context &context, QTextStream &out)
{
    out << Qt::endl << "== Your Pythons: interpreter discovery and the card" << Qt::endl;
    QTemporaryDir dir;
    const QString root = QDir(dir.path()).canonicalPath();
    // Thirty pyenv installs whose headers say their version, and thirty interpreters on PATH
    // that have to be asked (shell scripts stand in for them: a real CPython takes 10-20 ms
    // more to start, in parallel).
    for (int i = 0; i < Interpreters; ++i) {
        const int minor = 8 + i % 8;
        const QString prefix = root + u"/home/.pyenv/versions/3.%1.%2"_s.arg(minor).arg(i);
        writeFile(prefix + u"/bin/python3"_s, "#!/bin/sh\nexit 1\n", true);
        writeFile(prefix + u"/include/python3.%1/patchlevel.h"_s.arg(minor),
            "#define PY_VERSION \"3." + QByteArray::number(minor) + '.' + QByteArray::number(i) + "\"\n");
        writeFile(root + u"/path%1/python3.%2"_s.arg(i).arg(minor), answeringScript(minor, i), true);
    }
    DiscoveryEnvironment fromFiles;
    fromFiles.home = root + u"/home"_s;
    fromFiles.root = root + u"/sys"_s;
    DiscoveryEnvironment needingRuns = fromFiles;
    needingRuns.home = root + u"/empty-home"_s;
    for (int i = 0; i < Interpreters; ++i) {
        needingRuns.path << root + u"/path%1"_s.arg(i);
    }
    DiscoveryEnvironment cached = needingRuns;
    cached.cacheFile = root + u"/cache/interpreters.json"_s;

    QList<double> files;
    QList<double> runs;
    QList<double> fromCache;
    int found = 0;
    int ran = 0;
    int fromCacheFound = 0;
    discoveryMs(cached, &fromCacheFound); // fills the cache
    for (int i = 0; i < context.runs; ++i) {
        files << discoveryMs(fromFiles, &found);
        runs << discoveryMs(needingRuns, &ran);
        fromCache << discoveryMs(cached, &fromCacheFound);
    }
    out << QString::asprintf(
        "%-38s %9.1f ms       (%d found, target < 50 ms)", "discovery, every version from files:", median(files), found)
        << Qt::endl;
    out << QString::asprintf(
        "%-38s %9.1f ms       (%d found, each run once, in parallel)", "discovery, every one run:", median(runs), ran)
        << Qt::endl;
    out << QString::asprintf(
        "%-38s %9.1f ms       (%d found)", "discovery, answers from the cache:", median(fromCache), fromCacheFound)
        << Qt::endl;

    // The card's first paint with thirty interpreters judged against the fixture timeline.
    const Timeline timeline
        = Timeline::build(Test::fixturePosts(context.fixtures), Test::fixtureLifecycle(context.fixtures));
    const auto result = InterpreterDiscovery::discover(fromFiles);
    QList<double> paints;
    for (int i = 0; i < context.runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        InterpreterModel model;
        model.setTimeline(&timeline);
        model.setInterpreters(result.interpreters);
        YourPythonsCard card(&model);
        card.resize(320, card.sizeHint().height());
        QImage image(card.size(), QImage::Format_ARGB32_Premultiplied);
        card.render(&image);
        paints << timer.nsecsElapsed() / 1e6;
    }
    out << QString::asprintf("%-38s %9.1f ms       (%d interpreters judged, from the model to pixels)",
        "card first paint:", median(paints), int(result.interpreters.size()))
        << Qt::endl;
}

} // namespace Herald::Bench
