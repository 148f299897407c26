// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/app/commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <cstring>

using namespace Qt::StringLiterals;

namespace Herald {

// Made per CommandLine, not once, so that --help is translated once translations are loaded.
QList<QCommandLineOption> CommandLine::makeOptions()
{
    return {
        {u"sync"_s, tr("Sync every source once, print a summary and exit (non-zero if a source or a post failed).")},
        {u"list"_s, tr("List the stored posts, newest first, and exit.")},
        {u"releases"_s,
            tr("Print the release timeline (each series with its status and end of life, then its releases and "
               "the posts announcing them) and exit.")},
        {
            u"check"_s,
            tr("Sync, then judge every Python interpreter on this machine against the releases: print each with "
               "what it misses and what to do, and exit 0 when all are up to date, 1 when one is behind a "
               "release, 2 when one misses a security release or is past its end of life (3: no release data). "
               "With --deps, the dependencies too (3 also when none of its pinned versions can be judged yet; 4: "
               "the file cannot be read)."),
        },
        {u"pythons"_s, tr("List the Python interpreters found on this machine, and where Herald looked, and exit.")},
        {u"calendar"_s,
            tr("Write the expected releases and the end-of-life dates as an iCalendar file to <file> (- for "
               "standard output) and exit."),
            u"file"_s},
        {u"parse"_s,
            tr("Parse one feed document (a file or an http(s) URL) without touching the store, print what "
               "was understood and exit."),
            u"file|url"_s},
        {u"show"_s, tr("Print one stored post (its id as --list --json gives it, or its number) as text and exit."),
            u"id"_s},
        {u"html"_s, tr("With --show: print the HTML document the reader shows instead of text.")},
        {u"follow"_s,
            tr("Follow a project's releases or any feed, print what was found and exit: a feed or web page URL, "
               "owner/repo or a GitHub URL, pypi:NAME or a PyPI URL, a Discourse category URL."),
            u"what"_s},
        {u"unfollow"_s, tr("Stop following the source with this id (as --sources gives it) and exit."), u"id"_s},
        {u"sources"_s, tr("List the followed sources with their state and exit.")},
        {u"import-opml"_s,
            tr("Follow every feed an OPML subscription list names (its folders too), print what was added and "
               "exit."),
            u"file"_s},
        {u"export-opml"_s,
            tr("Write the followed sources and their folders as an OPML 2.0 subscription list to <file> (- for "
               "standard output) and exit."),
            u"file"_s},
        {u"import-deps"_s,
            tr("Follow on PyPI every dependency a Python project names, and remember the versions it pins or locks: "
               "requirements*.txt, pyproject.toml, uv.lock or poetry.lock. Prints what was added and exits."),
            u"file"_s},
        {u"all-deps"_s, tr("With --import-deps of a lock file: every locked package, not only the direct ones.")},
        {u"dry-run"_s, tr("With --import-deps: print what would be followed, and change nothing.")},
        {u"deps"_s,
            tr("With --check: judge the versions this dependency file pins or locks too (the same exit codes)."),
            u"file"_s},
        {u"lifecycle"_s,
            tr("With --source: judge the source's series by this endoflife.date product; \"auto\" for the one its "
               "name suggests, \"none\" for no lifecycle."),
            u"product"_s},
        {u"source"_s, tr("With --sync, --list, --releases or --lifecycle: only the source with this id."), u"id"_s},
        {u"json"_s, tr("With --list, --releases, --check, --pythons or --parse: print JSON instead of text.")},
        {u"data-dir"_s, tr("Keep the database in <dir> instead of the platform's app-data directory."), u"dir"_s},
        {u"url-map"_s,
            tr("Rewrite every outgoing URL that starts with FROM to start with TO instead (repeatable; "
               "also $HERALD_URL_MAP, pairs separated by ';'). Example: https://=http://127.0.0.1:8080/"),
            u"FROM=TO"_s},
        {u"hidden"_s, tr("Start in the system tray without showing the window.")},
        {u"verbose"_s,
            tr("Print what Herald does (network, sync, store, rendering, notifications) to standard error; "
               "QT_LOGGING_RULES=\"herald.sync.debug=true\" picks one area.")},
        {u"screenshot"_s, tr("Render the main window offscreen, save it as a PNG to <file> and exit."), u"file"_s},
        {u"size"_s, tr("Window size for --screenshot, as WIDTHxHEIGHT (default 1280x800)."), u"WxH"_s},
        {u"theme"_s, tr("Colour theme for this run: system, light or dark (the View menu sets it for good)."),
            u"theme"_s},
        {u"filter"_s, tr("With --screenshot: search the post list for <text> first, as typed after /."), u"text"_s},
    };
}

CommandLine::CommandLine()
    : m_parser(std::make_unique<QCommandLineParser>())
{
    m_parser->setApplicationDescription(
        tr("Herald follows Python release announcements and keeps them readable offline."));
    m_optionNames = {u"help"_s, u"help-all"_s, u"version"_s};
    m_parser->addHelpOption();
    m_parser->addVersionOption();
    for (const QCommandLineOption &option : makeOptions()) {
        m_parser->addOption(option);
        m_optionNames += option.names();
    }
}

CommandLine::~CommandLine() = default;

bool CommandLine::needsGui(int argc, char **argv)
{
    static const QList<QByteArrayView> headless = {"-h", "--help", "-?", "--help-all", "-v", "--version", "--sync",
        "--list", "--parse", "--releases", "--show", "--html", "--check", "--pythons", "--calendar", "--follow",
        "--unfollow", "--sources", "--import-opml", "--export-opml", "--import-deps", "--lifecycle"};
    const CommandLine commandLine;
    for (int i = 1; i < argc; ++i) {
        // --screenshot --show ID renders the window with that post open.
        if (QByteArrayView(argv[i]) == "--screenshot" || QByteArrayView(argv[i]).startsWith("--screenshot=")) {
            return true;
        }
    }
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (headless.contains(arg) || arg.startsWith("--parse=") || arg.startsWith("--show=")
            || arg.startsWith("--calendar=") || arg.startsWith("--follow=") || arg.startsWith("--unfollow=")
            || arg.startsWith("--import-opml=") || arg.startsWith("--export-opml=") || arg.startsWith("--import-deps=")
            || arg.startsWith("--lifecycle=")) {
            return false;
        }
        // Herald's own options are all long ones; Qt's (-platform, -style, …) take one dash.
        // An unknown long option is a usage error that should be reported without a display.
        if (arg.startsWith("--") && arg.size() > 2) {
            const QByteArrayView name
                = arg.sliced(2).first(arg.indexOf('=') > 0 ? arg.indexOf('=') - 2 : arg.size() - 2);
            if (!commandLine.m_optionNames.contains(QString::fromLatin1(name))) {
                return false;
            }
        }
    }
    return true;
}

bool CommandLine::prepareGuiEnvironment(int argc, char **argv)
{
    bool screenshot = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        screenshot = screenshot || arg == "--screenshot" || arg.startsWith("--screenshot=");
    }
    const bool haveDisplay = qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
    if (haveDisplay || qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        return true;
    }
    if (screenshot) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        return true;
    }
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return false;
#else
    return true; // Windows and macOS always have a display.
#endif
}

QString CommandLine::dataDirectoryOf(int argc, char **argv)
{
    QString directory;
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--data-dir" && i + 1 < argc) {
            directory = QFile::decodeName(argv[++i]);
        } else if (arg.startsWith("--data-dir=")) {
            directory = QFile::decodeName(arg.sliced(qsizetype(std::strlen("--data-dir="))).toByteArray());
        }
    }
    return directory;
}

QString CommandLine::noDisplayMessage()
{
    return tr("Herald cannot open its window: there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
              "Without one you can still use:\n"
              "  herald --sync                     sync every source once\n"
              "  herald --list                     the stored posts\n"
              "  herald --show ID                  one stored post\n"
              "  herald --version                  the library versions\n"
              "  herald --screenshot FILE.png      render the window offscreen\n"
              "  herald --help                     every command-line mode\n"
              "or run it under a virtual display: xvfb-run herald");
}

Result<void> CommandLine::parseSize()
{
    if (!m_parser->isSet(u"size"_s)) {
        return {};
    }
    static const QRegularExpression sizePattern(u"^([1-9]\\d{1,4})x([1-9]\\d{1,4})$"_s);
    const auto match = sizePattern.match(m_parser->value(u"size"_s));
    if (!match.hasMatch()) {
        return Error(tr("--size wants WIDTHxHEIGHT, for example 1280x800, not \"%1\"").arg(m_parser->value(u"size"_s)));
    }
    const QSize size(match.captured(1).toInt(), match.captured(2).toInt());
    // What a raster image can hold and a window be laid out at: 16384 px a side, and at
    // most 64 megapixels (256 MB of pixels).
    constexpr int MaxSide = 16384;
    constexpr qint64 MaxPixels = 64LL * 1024 * 1024;
    if (size.width() > MaxSide || size.height() > MaxSide || qint64(size.width()) * size.height() > MaxPixels) {
        return Error(tr("--size %1x%2 is too large: at most %3 pixels a side and %4 megapixels")
                .arg(size.width())
                .arg(size.height())
                .arg(MaxSide)
                .arg(MaxPixels / (1024LL * 1024)));
    }
    if (size.width() < 200 || size.height() < 150) {
        return Error(tr("--size %1x%2 is too small: at least 200x150").arg(size.width()).arg(size.height()));
    }
    m_options.screenshotSize = size;
    return {};
}

Result<void> CommandLine::parseMode()
{
    // Each mode's option, and where its value goes when it takes one.
    using Mode = CommandLineOptions::Mode;
    const QList<std::tuple<QString, Mode, QString *>> modeOptions = {
        {u"screenshot"_s, Mode::Screenshot, &m_options.screenshotPath},
        {u"sync"_s, Mode::Sync, nullptr},
        {u"list"_s, Mode::List, nullptr},
        {u"releases"_s, Mode::Releases, nullptr},
        {u"check"_s, Mode::Check, nullptr},
        {u"pythons"_s, Mode::Pythons, nullptr},
        {u"calendar"_s, Mode::Calendar, &m_options.calendarPath},
        {u"parse"_s, Mode::Parse, &m_options.parseSource},
        {u"follow"_s, Mode::Follow, &m_options.followInput},
        {u"unfollow"_s, Mode::Unfollow, &m_options.sourceId},
        {u"sources"_s, Mode::Sources, nullptr},
        {u"import-opml"_s, Mode::ImportOpml, &m_options.opmlPath},
        {u"export-opml"_s, Mode::ExportOpml, &m_options.opmlPath},
        {u"import-deps"_s, Mode::ImportDeps, &m_options.depsPath},
        {u"lifecycle"_s, Mode::SetLifecycle, &m_options.lifecycleProduct},
    };
    int modes = 0;
    for (const auto &[name, mode, value] : modeOptions) {
        if (m_parser->isSet(name)) {
            m_options.mode = mode;
            if (value) {
                *value = m_parser->value(name);
            }
            ++modes;
        }
    }
    if (m_parser->isSet(u"show"_s)) {
        m_options.showId = m_parser->value(u"show"_s);
        // With --screenshot, --show picks the post the window shows.
        if (m_options.mode != Mode::Screenshot) {
            m_options.mode = Mode::Show;
            ++modes;
        }
    }
    if (modes > 1) {
        return Error(tr("Choose one of --sync, --list, --releases, --check, --pythons, --calendar, --parse, --show, "
                        "--follow, --unfollow, --sources, --import-opml, --export-opml, --import-deps, --lifecycle "
                        "and --screenshot"));
    }
    if (m_parser->isSet(u"source"_s)) {
        if (m_options.mode != Mode::Sync && m_options.mode != Mode::List && m_options.mode != Mode::Releases
            && m_options.mode != Mode::SetLifecycle) {
            return Error(tr("--source goes with --sync, --list, --releases or --lifecycle"));
        }
        m_options.sourceId = m_parser->value(u"source"_s);
    } else if (m_options.mode == Mode::SetLifecycle) {
        return Error(tr("--lifecycle needs --source: the source whose lifecycle it sets"));
    }
    if (!m_options.sourceId.isEmpty()) {
        bool number = false;
        const qint64 id = m_options.sourceId.toLongLong(&number);
        if (!number || id <= 0) {
            return Error(tr("\"%1\" is not a source id: --sources lists them").arg(m_options.sourceId));
        }
    }
    return {};
}

/// The options that go with one mode only.
Result<void> CommandLine::parseModeOptions()
{
    m_options.html = m_parser->isSet(u"html"_s);
    if (m_options.html && m_options.mode != CommandLineOptions::Mode::Show) {
        return Error(tr("--html goes with --show"));
    }
    m_options.json = m_parser->isSet(u"json"_s);
    static const QList<CommandLineOptions::Mode> jsonModes
        = {CommandLineOptions::Mode::List, CommandLineOptions::Mode::Parse, CommandLineOptions::Mode::Releases,
            CommandLineOptions::Mode::Check, CommandLineOptions::Mode::Pythons, CommandLineOptions::Mode::Sources};
    if (m_options.json && !jsonModes.contains(m_options.mode)) {
        return Error(tr("--json goes with --list, --releases, --check, --pythons, --sources or --parse"));
    }
    if (m_parser->isSet(u"theme"_s)) {
        m_options.theme = m_parser->value(u"theme"_s).toLower();
        if (m_options.theme != "system"_L1 && m_options.theme != "light"_L1 && m_options.theme != "dark"_L1) {
            return Error(tr("--theme is system, light or dark, not \"%1\"").arg(m_parser->value(u"theme"_s)));
        }
        if (m_options.mode != CommandLineOptions::Mode::Gui && m_options.mode != CommandLineOptions::Mode::Screenshot) {
            return Error(tr("--theme goes with the window or --screenshot"));
        }
    }
    m_options.allDependencies = m_parser->isSet(u"all-deps"_s);
    m_options.dryRun = m_parser->isSet(u"dry-run"_s);
    if ((m_options.allDependencies || m_options.dryRun) && m_options.mode != CommandLineOptions::Mode::ImportDeps) {
        return Error(tr("--%1 goes with --import-deps").arg(m_options.dryRun ? u"dry-run"_s : u"all-deps"_s));
    }
    if (m_parser->isSet(u"deps"_s)) {
        m_options.depsPath = m_parser->value(u"deps"_s);
        if (m_options.mode != CommandLineOptions::Mode::Check) {
            return Error(tr("--deps goes with --check"));
        }
    }
    if (m_parser->isSet(u"filter"_s)) {
        m_options.filter = m_parser->value(u"filter"_s);
        if (m_options.mode != CommandLineOptions::Mode::Screenshot) {
            return Error(tr("--filter goes with --screenshot"));
        }
    }
    return {};
}

Result<void> CommandLine::parse(const QStringList &arguments)
{
    if (!m_parser->parse(arguments)) {
        return Error(m_parser->errorText());
    }
    if (!m_parser->positionalArguments().isEmpty()) {
        return Error(tr("Unexpected argument: %1").arg(m_parser->positionalArguments().constFirst()));
    }
    for (const auto part : {&CommandLine::parseSize, &CommandLine::parseMode, &CommandLine::parseModeOptions}) {
        if (Result<void> parsed = (this->*part)(); !parsed) {
            return parsed;
        }
    }
    m_options.dataDirectory = m_parser->value(u"data-dir"_s);
    m_options.hidden = m_parser->isSet(u"hidden"_s);
    m_options.verbose = m_parser->isSet(u"verbose"_s);
    if (m_options.hidden && m_options.mode != CommandLineOptions::Mode::Gui) {
        return Error(tr("--hidden starts the window in the system tray, so it does not go with --sync, --list, "
                        "--releases, --check, --pythons, --calendar, --parse, --follow, --unfollow, --sources, "
                        "--import-opml, --export-opml, --import-deps, --lifecycle or --screenshot"));
    }
    // Rules from the command line come first, so they win over $HERALD_URL_MAP.
    for (const QString &rule : m_parser->values(u"url-map"_s)) {
        if (Result<void> added = m_options.urlMap.addRule(rule); !added) {
            return added;
        }
    }
    if (Result<void> added = m_options.urlMap.addRulesFromEnvironment(); !added) {
        return Error(u"HERALD_URL_MAP: "_s + added.error().message());
    }
    return {};
}

bool CommandLine::helpRequested() const
{
    return m_parser->isSet(u"help"_s) || m_parser->isSet(u"help-all"_s);
}

bool CommandLine::versionRequested() const
{
    return m_parser->isSet(u"version"_s);
}

QString CommandLine::helpText() const
{
    return m_parser->helpText();
}

} // namespace Herald
