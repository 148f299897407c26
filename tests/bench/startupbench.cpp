// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Start-up against the floor (issue 17): herald-floor, a bare Qt window like Herald's, and
// Herald with an empty data dir, with the 327-post fixture archive and with 100,000 posts,
// launched in turns on an X server of the bench's own (Xvfb), several rounds, medians.
// Each launch is timed to its first frame from inside (the program's own mark, from main())
// and from outside (from starting the process to the mark arriving, so loading the program and
// its libraries counts), and its memory is read from /proc/<pid>/smaps_rollup ten seconds after
// the start. Herald's figures are given as ratios to the floor's, measured in the same run.
#include "benchmarks.h"
#include "core/diagnostics/startupmarks.h"
#include "core/posts/post.h"
#include "core/render/searchtext.h"
#include "core/sources/pythoninsider.h"
#include "core/store/database.h"
#include "core/store/poststore.h"
#include "fixtureserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QTimeZone>

#include <algorithm>
#include <cctype>
#include <functional>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Herald::Bench {

namespace {

constexpr int SyntheticPosts = 100000;
/// How many mappings the memory breakdown names; the rest are summed.
constexpr int MappingsShown = 30;
constexpr int SyntheticBatch = 1000;
constexpr int SampleAfterMs = 10000;
constexpr int PostsToOpen = 50;

/// An X server for the launches: Xvfb on a display of its own, gone with this object.
class XServer final
{
public:
    XServer()
    {
        const QString xvfb = QStandardPaths::findExecutable(u"Xvfb"_s);
        if (xvfb.isEmpty()) {
            return;
        }
        for (int display = 90 + int(QCoreApplication::applicationPid() % 50); display < 200; ++display) {
            const QString socket = u"/tmp/.X11-unix/X%1"_s.arg(display);
            if (QFile::exists(socket) || QFile::exists(u"/tmp/.X%1-lock"_s.arg(display))) {
                continue;
            }
            m_process.start(
                xvfb, {u":%1"_s.arg(display), u"-screen"_s, u"0"_s, u"1400x900x24"_s, u"-nolisten"_s, u"tcp"_s});
            m_process.waitForStarted();
            QElapsedTimer waited;
            waited.start();
            while (!QFile::exists(socket) && waited.elapsed() < 5000 && m_process.state() == QProcess::Running) {
                QThread::msleep(20);
            }
            if (QFile::exists(socket)) {
                m_display = u":%1"_s.arg(display);
            }
            return;
        }
    }
    ~XServer()
    {
        m_process.terminate();
        m_process.waitForFinished(2000);
    }
    Q_DISABLE_COPY_MOVE(XServer)

    /// The DISPLAY to use; empty when no X server could be started.
    [[nodiscard]] QString display() const { return m_display; }

private:
    QProcess m_process;
    QString m_display;
};

/// One launch, seen from inside and outside.
struct Launch {
    double insideMs = 0; ///< from main() to the first frame, as the program marks it
    double outsideMs = 0; ///< from starting the process to that mark arriving
    double rssMiB = 0; ///< resident, SampleAfterMs after the start
    double pssMiB = 0; ///< proportional: shared pages divided among the processes sharing them
    double openedRssMiB = 0; ///< resident after opening posts one after another, when asked to
    QHash<QString, long> byMapping; ///< resident KiB by what is mapped, at the same moment as rssMiB
    bool ok = false;
};

/// Resident KiB of a process by what is mapped (a library or font by its file name, the heap,
/// anonymous memory), from /proc/<pid>/smaps: where the memory of a start goes.
QHash<QString, long> residentByMapping(qint64 pid)
{
    QFile file(u"/proc/%1/smaps"_s.arg(pid));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QHash<QString, long> resident;
    QString mapping;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        // A mapping's first line: "start-end perms offset device inode [path]".
        if (parts.size() >= 5 && parts.constFirst().contains('-') && !parts.constFirst().endsWith(':')) {
            mapping = parts.size() >= 6 ? QString::fromUtf8(parts.at(5)).section(u'/', -1) : u"[anonymous]"_s;
        } else if (parts.size() >= 2 && parts.constFirst() == "Rss:") {
            resident[mapping] += parts.at(1).toLong();
        }
    }
    return resident;
}

/// "Rss:" and "Pss:" of a process, in KiB, from /proc/<pid>/smaps_rollup.
std::pair<long, long> rollup(qint64 pid)
{
    QFile file(u"/proc/%1/smaps_rollup"_s.arg(pid));
    if (!file.open(QIODevice::ReadOnly)) {
        return {0, 0};
    }
    long rss = 0;
    long pss = 0;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (parts.size() >= 2 && parts.constFirst() == "Rss:") {
            rss = parts.at(1).toLong();
        } else if (parts.size() >= 2 && parts.constFirst() == "Pss:") {
            pss = parts.at(1).toLong();
        }
    }
    return {rss, pss};
}

/// Presses j `count` times in the window of `display` that is named Herald, as a reader
/// going through the list does: each opens the next post. False when there is no such window.
bool openPosts(const QString &display, int count)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"DISPLAY"_s, display);
    QProcess search;
    search.setProcessEnvironment(environment);
    search.start(u"xdotool"_s, {u"search"_s, u"--onlyvisible"_s, u"--name"_s, u"Herald"_s});
    search.waitForFinished(5000);
    const QList<QByteArray> windows = search.readAllStandardOutput().trimmed().split('\n');
    if (windows.constFirst().isEmpty()) {
        return false;
    }
    // Focused, and then typed into as a keyboard does (XTEST): Qt takes no keys sent to a
    // window with XSendEvent, and there is no window manager to focus it.
    QProcess focus;
    focus.setProcessEnvironment(environment);
    focus.start(u"xdotool"_s, {u"windowfocus"_s, QString::fromLatin1(windows.constFirst())});
    focus.waitForFinished(5000);
    QStringList arguments {u"key"_s, u"--delay"_s, u"150"_s};
    for (int i = 0; i < count; ++i) {
        arguments << u"j"_s;
    }
    QProcess keys;
    keys.setProcessEnvironment(environment);
    keys.start(u"xdotool"_s, arguments);
    return keys.waitForFinished(count * 1000) && keys.exitCode() == 0;
}

/// How a launch is run under a profiler: the profiler's command before the program's, whether
/// it ends at the first frame (a start's profile) or after the sample, and how long to allow.
struct Profiler {
    QStringList command;
    bool endAtFirstFrame = false;
    int sampleAfterMs = SampleAfterMs;
};

/// The process under `pid` (itself included) running `executable`, or 0: heaptrack runs the
/// program as a child of its script, which a signal to the script would not reach.
qint64 processRunning(qint64 pid, const QString &executable)
{
    if (QFileInfo(u"/proc/%1/exe"_s.arg(pid)).symLinkTarget() == executable) {
        return pid;
    }
    QFile children(u"/proc/%1/task/%1/children"_s.arg(pid));
    if (!children.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray &child : children.readAll().simplified().split(' ')) {
        if (const qint64 found = child.isEmpty() ? 0 : processRunning(child.toLongLong(), executable)) {
            return found;
        }
    }
    return 0;
}

Launch launch(const QString &program, const QStringList &arguments, const QString &display, const QString &home,
    int postsToOpen = 0, const Profiler &profiler = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"DISPLAY"_s, display);
    environment.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
    // A home of its own: no settings, saved layout or caches of this machine's user.
    environment.insert(u"HOME"_s, home);
    environment.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    environment.insert(u"XDG_CACHE_HOME"_s, home + u"/cache"_s);
    environment.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    environment.insert(u"QT_LOGGING_RULES"_s, u"herald.startup.debug=true"_s);
    process.setProcessEnvironment(environment);
    process.setStandardOutputFile(QProcess::nullDevice());
    static const QRegularExpression firstFrame(
        u"\\.startup: ([0-9.]+) ms "_s + QLatin1StringView(StartupMarks::FirstFrame));
    Launch result;
    QByteArray errors;
    QElapsedTimer timer;
    QEventLoop loop;
    // Ended as a logout ends it, so that the next start follows a clean end as it usually does
    // (after a kill, Herald checks the whole database first); under a profiler, the program
    // itself, not the profiler's script.
    const auto end = [&] {
        const qint64 pid = profiler.command.isEmpty()
            ? 0
            : processRunning(process.processId(), QFileInfo(program).canonicalFilePath());
        if (pid > 0) {
            QProcess::execute(u"kill"_s, {u"-TERM"_s, QString::number(pid)});
        } else {
            process.terminate();
        }
        if (!process.waitForFinished(profiler.command.isEmpty() ? 10000 : 120000)) {
            process.kill();
        }
    };
    QObject::connect(&process, &QProcess::readyReadStandardError, &process, [&] {
        errors += process.readAllStandardError();
        if (result.insideMs == 0) {
            if (const QRegularExpressionMatch match = firstFrame.match(QString::fromUtf8(errors)); match.hasMatch()) {
                result.insideMs = match.captured(1).toDouble();
                result.outsideMs = timer.nsecsElapsed() / 1e6;
                if (profiler.endAtFirstFrame) {
                    result.ok = true;
                    end();
                }
            }
        }
    });
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, [&loop](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            loop.quit();
        }
    });
    QTimer::singleShot(profiler.sampleAfterMs, &process, [&] {
        if (profiler.endAtFirstFrame) {
            end(); // no first frame in all that time
            return;
        }
        const qint64 pid = profiler.command.isEmpty()
            ? process.processId()
            : processRunning(process.processId(), QFileInfo(program).canonicalFilePath());
        const auto [rss, pss] = rollup(pid);
        result.rssMiB = rss / 1024.0;
        result.pssMiB = pss / 1024.0;
        result.byMapping = residentByMapping(pid);
        result.ok = result.insideMs > 0 && rss > 0;
        if (result.ok && postsToOpen > 0) {
            result.ok = openPosts(display, postsToOpen);
            QThread::msleep(2000); // the last post laid out, its images (none here) settled
            result.openedRssMiB = rollup(pid).first / 1024.0;
        }
        end();
    });
    timer.start();
    if (profiler.command.isEmpty()) {
        process.start(program, arguments);
    } else {
        process.start(profiler.command.constFirst(), profiler.command.sliced(1) + QStringList {program} + arguments);
    }
    loop.exec();
    return result;
}

/// Adds `count` posts to Python Insider's source in `directory`'s store, each titled with a
/// version and with a 1 KB body, as the issue measures 100,000 posts.
bool addSyntheticPosts(const QString &directory, int count, QTextStream &out)
{
    Database database;
    if (const Result<void> opened = database.open(directory); !opened) {
        out << "cannot open the store: " << opened.error().message() << Qt::endl;
        return false;
    }
    PostStore store(database);
    const Result<qint64> source
        = store.ensureSource(u"python-insider"_s, PythonInsider::siteUrl(), u"Python Insider"_s);
    if (!source) {
        out << "cannot find Python Insider's source: " << source.error().message() << Qt::endl;
        return false;
    }
    // Markdown, as Python Insider's posts are, so that the timeline reads them as it would
    // real announcements.
    const QString paragraph = u"This release fixes the bugs reported since the last one and is recommended for "
                              u"everyone on its series. The changelog lists every change; the upgrade notes say "
                              u"what to look at before upgrading.\n\n"_s;
    QString body = u"---\ntitle: A release\n---\n\n"_s;
    while (body.size() < 1024) {
        body += paragraph;
    }
    const QDateTime start(QDate(2005, 1, 1), QTime(12, 0), QTimeZone::UTC);
    for (int first = 0; first < count; first += SyntheticBatch) {
        QList<PostMeta> posts;
        for (int i = first; i < std::min(count, first + SyntheticBatch); ++i) {
            PostMeta meta;
            meta.slug = u"synthetic-%1"_s.arg(i);
            meta.url = QUrl(u"https://blog.python.org/synthetic-%1/"_s.arg(i));
            meta.title = u"Python 3.%1.%2 is now available"_s.arg(i % 15).arg(i / 15 % 400);
            meta.author = u"Release Manager %1"_s.arg(i % 13);
            meta.published = start.addSecs(qint64(i) * 1800);
            posts << meta;
        }
        if (const auto stored = store.upsertPosts(*source, posts); !stored) {
            out << "cannot store the synthetic posts: " << stored.error().message() << Qt::endl;
            return false;
        }
    }
    // The bodies in one statement: storing each as a sync does (PostStore::storeBody) would be
    // a transaction a post.
    QSqlQuery bodies(database.handle());
    bodies.prepare(u"UPDATE posts SET body = ?, body_text = ?, body_fetched_at = published_at WHERE source_id = ? "
                   u"AND slug LIKE 'synthetic-%'"_s);
    bodies.addBindValue(body);
    bodies.addBindValue(SearchText::ofMarkdown(body));
    bodies.addBindValue(*source);
    if (!bodies.exec()) {
        out << "cannot store the synthetic posts' bodies: " << bodies.lastError().text() << Qt::endl;
        return false;
    }
    // What they announce, as a sync works it out for the posts it brings (or a start for posts
    // stored before Herald kept it): the one time their bodies are read.
    QElapsedTimer summarising;
    summarising.start();
    if (const auto summarised = PythonInsider::storedAnnouncements(store); !summarised) {
        out << "cannot work out what the synthetic posts announce: " << summarised.error().message() << Qt::endl;
        return false;
    }
    out << QString::asprintf("%-38s %9.0f ms", "what they announce, worked out once:", summarising.nsecsElapsed() / 1e6)
        << Qt::endl;
    return true;
}

/// Instructions executed in each object file (a library, the program), from a Callgrind output
/// file: each function's own cost, not what it calls (Callgrind's "self" cost).
QHash<QString, quint64> instructionsByObject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    // Names are compressed: "ob=(3) /usr/lib/libX.so" the first time, "ob=(3)" after it.
    QHash<QByteArray, QString> objects;
    QString object;
    QHash<QString, quint64> cost;
    bool callCost = false; // the line after "calls=" is a call's inclusive cost
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.startsWith("ob=") || line.startsWith("cob=")) {
            const QByteArray spec = line.sliced(line.indexOf('=') + 1);
            const qsizetype close = spec.indexOf(')');
            const QByteArray id = close > 0 ? spec.first(close + 1) : spec;
            if (close > 0 && spec.size() > close + 1) {
                objects.insert(id, QFileInfo(QString::fromUtf8(spec.sliced(close + 1).trimmed())).fileName());
            }
            if (line.startsWith("ob=")) {
                object = objects.value(id, QString::fromUtf8(id));
            }
        } else if (line.startsWith("calls=")) {
            callCost = true;
        } else if (!line.isEmpty()
            && (std::isdigit(uchar(line.front())) || line.front() == '+' || line.front() == '-'
                || line.front() == '*')) {
            const QList<QByteArray> fields = line.split(' ');
            if (!callCost && fields.size() >= 2) {
                cost[object] += fields.at(1).toULongLong();
            }
            callCost = false;
        }
    }
    return cost;
}

/// Whose an object file is, for the profile's table.
QString ownerOf(const QString &object)
{
    static const QList<std::pair<QString, QRegularExpression>> owners = {
        {u"Herald's own code"_s, QRegularExpression(u"^herald"_s)},
        {u"SQLite"_s, QRegularExpression(u"^libsqlite3"_s)},
        {u"KDE Frameworks, cmark-gfm, gumbo, yaml-cpp"_s,
            QRegularExpression(u"^lib(KF6|cmark|gumbo|yaml-cpp|tomlplusplus)"_s)},
        {u"Qt (libraries and plugins)"_s, QRegularExpression(uR"(^lib(Qt6|q[a-z0-9]+\.so))"_s)},
        {u"fonts (fontconfig, FreeType, HarfBuzz, expat)"_s,
            QRegularExpression(u"^lib(fontconfig|freetype|harfbuzz|expat|graphite2|png16|brotli|bz2)"_s)},
        {u"dynamic loader (ld.so)"_s, QRegularExpression(u"^ld-linux"_s)},
        {u"C and C++ runtime (libc, libstdc++, libm)"_s, QRegularExpression(uR"(^lib(c|stdc\+\+|m|gcc_s)\.so)"_s)},
    };
    for (const auto &[owner, pattern] : owners) {
        if (pattern.match(object).hasMatch()) {
            return owner;
        }
    }
    return u"the rest (X11, D-Bus, GLib, ICU, PCRE2, the profiler's own)"_s;
}

/// The Callgrind file of the main thread's part up to the first frame: Herald's profile is cut
/// where it announces its first frame (--dump-before); the floor's runs to its end.
QString mainThreadProfile(const QString &base)
{
    for (const QString &candidate : QStringList {base + u".1-01"_s, base + u"-01"_s}) {
        if (QFile::exists(candidate)) {
            return candidate;
        }
    }
    return {};
}

/// What one configuration's launches gave.
struct Figures {
    QString name;
    QList<double> inside;
    QList<double> outside;
    QList<double> rss;
    QList<double> pss;
    QList<double> opened;
    QHash<QString, long> byMapping; ///< of the last run
};

} // namespace

/// Each configuration started once under Callgrind (instructions to the first frame, by whose
/// code runs them) and once under heaptrack (the heap ten seconds after the start). The files
/// stay in `directory`, for callgrind_annotate and heaptrack_print.
void profileStarts(const QString &directory, const QList<std::pair<QString, QStringList>> &configurations,
    const QString &display, QTextStream &out)
{
    const QString valgrind = QStandardPaths::findExecutable(u"valgrind"_s);
    const QString heaptrack = QStandardPaths::findExecutable(u"heaptrack"_s);
    if (valgrind.isEmpty() || heaptrack.isEmpty() || !QDir().mkpath(directory)) {
        out << "the profile needs valgrind and heaptrack (scripts/buildroot/packages.txt) and a writable " << directory
            << Qt::endl;
        return;
    }
    out << "profiles in " << QDir(directory).absolutePath() << Qt::endl;
    QList<QHash<QString, quint64>> costs;
    for (const auto &[name, command] : configurations) {
        const QTemporaryDir home;
        const QString base = directory + u'/' + name;
        for (const QString &old : QDir(directory).entryList({name + u".callgrind*"_s, name + u".heaptrack*"_s})) {
            QFile::remove(directory + u'/' + old);
        }
        const Profiler callgrind {{valgrind, u"--tool=callgrind"_s, u"--separate-threads=yes"_s,
                                      u"--callgrind-out-file="_s + base + u".callgrind"_s,
                                      u"--dump-before=Herald::MainWindow::firstFrameShown*"_s},
            true, 300000};
        const Launch profiled = launch(command.constFirst(), command.sliced(1), display, home.path(), 0, callgrind);
        const QString mainThread = mainThreadProfile(base + u".callgrind"_s);
        if (!profiled.ok || mainThread.isEmpty()) {
            out << name << ": no first frame under Callgrind" << Qt::endl;
            return;
        }
        costs << instructionsByObject(mainThread);
        const QTemporaryDir heapHome;
        const Profiler heap {{heaptrack, u"-o"_s, base + u".heaptrack"_s}, false, SampleAfterMs};
        const Launch traced = launch(command.constFirst(), command.sliced(1), display, heapHome.path(), 0, heap);
        const QStringList traces = QDir(directory).entryList({name + u".heaptrack.*"_s});
        if (traced.ok && !traces.isEmpty()) {
            QProcess print;
            print.setStandardOutputFile(base + u".heaptrack.txt"_s);
            print.start(u"heaptrack_print"_s,
                {u"--print-leaks"_s, u"no"_s, u"--print-allocators"_s, u"no"_s, u"--print-temporary"_s, u"no"_s,
                    u"--print-peaks"_s, u"yes"_s, u"--peak-limit"_s, u"25"_s, directory + u'/' + traces.constFirst()});
            print.waitForFinished(300000);
            QFile report(base + u".heaptrack.txt"_s);
            if (report.open(QIODevice::ReadOnly)) {
                for (const QByteArray &line : report.readAll().split('\n')) {
                    if (line.startsWith("peak heap memory consumption")) {
                        out << QString::asprintf("%-24s heap at its peak (heaptrack, 10 s): %s", qPrintable(name),
                            line.sliced(line.indexOf(':') + 1).trimmed().constData())
                            << Qt::endl;
                    }
                }
            }
        }
    }
    // By whose code runs them, in millions of instructions, the main thread to the first frame.
    QStringList owners;
    QList<QHash<QString, double>> byOwner(costs.size());
    for (qsizetype i = 0; i < costs.size(); ++i) {
        for (auto it = costs.at(i).cbegin(); it != costs.at(i).cend(); ++it) {
            const QString owner = ownerOf(it.key());
            byOwner[i][owner] += double(it.value()) / 1e6;
            if (!owners.contains(owner)) {
                owners << owner;
            }
        }
    }
    std::sort(owners.begin(), owners.end(),
        [&](const QString &a, const QString &b) { return byOwner.last().value(a) > byOwner.last().value(b); });
    out << "instructions to the first frame, main thread (Callgrind), millions:" << Qt::endl
        << QString::asprintf("  %-48s", "");
    for (const auto &configuration : configurations) {
        out << QString::asprintf(" %9s", qPrintable(configuration.first));
    }
    out << Qt::endl;
    for (const QString &owner : std::as_const(owners) + QStringList {u"total"_s}) {
        out << QString::asprintf("  %-48s", qPrintable(owner));
        for (const QHash<QString, double> &column : std::as_const(byOwner)) {
            double value = column.value(owner);
            if (owner == u"total"_s) {
                value = std::accumulate(column.cbegin(), column.cend(), 0.0);
            }
            out << QString::asprintf(" %9.1f", value);
        }
        out << Qt::endl;
    }
}

void startupBenchmarks(const Context &context, QTextStream &out)
{
    out << Qt::endl << "== Start-up against the floor (a bare Qt window), on Xvfb" << Qt::endl;
    const QString floor = QCoreApplication::applicationDirPath() + u"/herald-floor"_s;
    const XServer x;
    if (x.display().isEmpty()) {
        out << "no X server: Xvfb is not installed or did not start" << Qt::endl;
        return;
    }
    // The archive as a sync leaves it, and a copy with 100,000 posts more.
    Test::FixtureServer server;
    server.addRoot(context.fixtures);
    server.listen();
    QTemporaryDir archive;
    QTemporaryDir large;
    // For a profile of a start: HERALD_BENCH_KEEP=1 keeps both data dirs.
    if (qEnvironmentVariableIsSet("HERALD_BENCH_KEEP")) {
        archive.setAutoRemove(false);
        large.setAutoRemove(false);
        out << "data dirs kept: " << archive.path() << " (327 posts), " << large.path() << " (100,327 posts)"
            << Qt::endl;
    }
    const HeraldRun synced = runHerald(context.herald,
        {u"--sync"_s, u"--data-dir"_s, archive.path(), u"--url-map"_s, server.httpsUrlMap()}, {&server});
    if (synced.exitCode != 0) {
        out << "the sync of the archive failed (exit " << synced.exitCode << ")" << Qt::endl;
        return;
    }
    const HeraldRun syncedLarge = runHerald(
        context.herald, {u"--sync"_s, u"--data-dir"_s, large.path(), u"--url-map"_s, server.httpsUrlMap()}, {&server});
    QElapsedTimer filling;
    filling.start();
    if (syncedLarge.exitCode != 0 || !addSyntheticPosts(large.path(), SyntheticPosts, out)) {
        return;
    }
    out << QString::asprintf("%-38s %9.0f ms", "stored 100,000 synthetic posts:", filling.nsecsElapsed() / 1e6)
        << Qt::endl;
    // Any sync the window starts goes nowhere: a port nothing listens on, on loopback.
    const QStringList offline = {u"--url-map"_s, u"https://=http://127.0.0.1:9/"_s};
    if (!context.profileDirectory.isEmpty()) {
        const QTemporaryDir empty;
        const QStringList herald {context.herald, u"--data-dir"_s};
        profileStarts(context.profileDirectory,
            {{u"floor"_s, {floor}}, {u"empty"_s, herald + QStringList {empty.path()} + offline},
                {u"327"_s, herald + QStringList {archive.path()} + offline},
                {u"100327"_s, herald + QStringList {large.path()} + offline}},
            x.display(), out);
        return;
    }
    QList<Figures> figures
        = {{u"floor (bare Qt window)"_s, {}, {}, {}, {}, {}, {}}, {u"Herald, empty data dir"_s, {}, {}, {}, {}, {}, {}},
            {u"Herald, 327 posts"_s, {}, {}, {}, {}, {}, {}}, {u"Herald, 100,327 posts"_s, {}, {}, {}, {}, {}, {}}};
    // A round to warm the caches, then the measured ones, each configuration in turn.
    for (int round = -1; round < context.runs; ++round) {
        for (int which = 0; which < int(figures.size()); ++which) {
            const QTemporaryDir home;
            const QTemporaryDir empty;
            Launch result;
            if (which == 0) {
                result = launch(floor, {}, x.display(), home.path());
            } else {
                const QString data = which == 1 ? empty.path() : which == 2 ? archive.path() : large.path();
                // Fifty posts opened one after another where there are posts.
                result = launch(context.herald, QStringList {u"--data-dir"_s, data} + offline, x.display(), home.path(),
                    which == 1 ? 0 : PostsToOpen);
            }
            if (!result.ok) {
                out << figures.at(which).name << ": no first frame within " << SampleAfterMs << " ms" << Qt::endl;
                return;
            }
            if (round >= 0) {
                figures[which].inside << result.insideMs;
                figures[which].outside << result.outsideMs;
                figures[which].rss << result.rssMiB;
                figures[which].pss << result.pssMiB;
                figures[which].opened << result.openedRssMiB;
                figures[which].byMapping = result.byMapping;
            }
        }
    }
    const Figures &bare = figures.constFirst();
    out << QString::asprintf(
        "%-24s %22s %22s %14s %14s", "", "first frame, inside", "from outside", "resident 10 s", "proportional")
        << Qt::endl;
    for (const Figures &f : std::as_const(figures)) {
        const bool isFloor = &f == &bare;
        out << QString::asprintf("%-24s %8.0f ms %s %8.0f ms %s %7.1f MiB %s %6.1f MiB", qPrintable(f.name),
            median(f.inside),
            isFloor ? "         " : qPrintable(QString::asprintf("(%5.2f×)", median(f.inside) / median(bare.inside))),
            median(f.outside),
            isFloor ? "         " : qPrintable(QString::asprintf("(%5.2f×)", median(f.outside) / median(bare.outside))),
            median(f.rss),
            isFloor ? "         " : qPrintable(QString::asprintf("(%+5.1f)", median(f.rss) - median(bare.rss))),
            median(f.pss))
            << Qt::endl;
    }
    for (const Figures &f : std::as_const(figures)) {
        if (median(f.opened) > 0) {
            out << QString::asprintf("%-24s %8.1f MiB resident after opening %d posts (floor %+.1f)",
                qPrintable(f.name), median(f.opened), PostsToOpen, median(f.opened) - median(bare.rss))
                << Qt::endl;
        }
    }
    // Where Herald's memory goes beyond the floor's, mapping by mapping, at 327 posts.
    const QHash<QString, long> &floorMappings = bare.byMapping;
    const QHash<QString, long> &archiveMappings = figures.at(2).byMapping;
    QList<std::pair<long, QString>> extra;
    long rest = 0;
    for (auto it = archiveMappings.cbegin(); it != archiveMappings.cend(); ++it) {
        extra.append({it.value() - floorMappings.value(it.key()), it.key()});
    }
    for (auto it = floorMappings.cbegin(); it != floorMappings.cend(); ++it) {
        if (!archiveMappings.contains(it.key())) {
            extra.append({-it.value(), it.key()});
        }
    }
    std::sort(extra.begin(), extra.end(), std::greater<>());
    out << "resident beyond the floor's at 327 posts, by mapping (the last run of each):" << Qt::endl;
    for (qsizetype i = 0; i < extra.size(); ++i) {
        if (i < MappingsShown) {
            out << QString::asprintf("  %+8.2f MiB  %s", extra.at(i).first / 1024.0, qPrintable(extra.at(i).second))
                << Qt::endl;
        } else {
            rest += extra.at(i).first;
        }
    }
    out << QString::asprintf("  %+8.2f MiB  the other %lld mappings", rest / 1024.0,
        qlonglong(std::max<qsizetype>(0, extra.size() - MappingsShown)))
        << Qt::endl;
    out << "targets: first frame ≤ 1.25× the floor's; resident ≤ floor + 15 MB at 327 posts, + 40 MB at 100,000; "
           "after 50 posts ≤ floor + 25 MB at 327"
        << Qt::endl;
}

} // namespace Herald::Bench
