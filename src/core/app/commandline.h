// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/net/urlmap.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>
#include <QStringList>

#include <memory>

class QCommandLineOption;
class QCommandLineParser;

namespace Herald {

/// What the user asked for on the command line.
struct CommandLineOptions {
    enum class Mode {
        Gui, ///< open the main window
        Screenshot, ///< render the main window offscreen to a PNG and exit
        Sync, ///< sync every source once and print a summary
        List, ///< print the stored posts
        Parse, ///< parse one feed document and print what was understood
        Releases, ///< print the release timeline
        Show, ///< print one stored post
        Check, ///< judge the machine's interpreters against the releases
        Pythons, ///< list the machine's interpreters
        Calendar, ///< write the release calendar as iCalendar
        Follow, ///< follow a project or feed
        Unfollow, ///< stop following a source
        Sources, ///< list the followed sources
        ImportOpml, ///< follow every feed of an OPML subscription list
        ExportOpml, ///< write the sources as an OPML subscription list
        ImportDeps, ///< follow the dependencies a Python project's file names
        SetLifecycle, ///< choose the endoflife.date product of a source
    };

    Mode mode = Mode::Gui;
    QString screenshotPath;
    QSize screenshotSize {1280, 800};
    QString parseSource;
    QString calendarPath; ///< --calendar: where to write the .ics file; "-" is standard output
    QString followInput; ///< --follow: a URL, owner/repo, pypi:NAME …
    QString opmlPath; ///< --import-opml's file, or --export-opml's ("-" is standard output)
    QString depsPath; ///< --import-deps's file, or --deps's with --check
    bool allDependencies = false; ///< --all-deps: every locked package, not only the direct ones
    bool dryRun = false; ///< --dry-run with --import-deps
    QString lifecycleProduct; ///< --lifecycle's: a product, "auto" or "none"
    QString sourceId; ///< --unfollow's, or --source's with --sync, --list and --releases; a positive number
    QString showId; ///< for --show (also with --screenshot): a post's slug or number
    QString theme; ///< --theme: "system", "light" or "dark"; empty: the saved choice
    QString filter; ///< --filter with --screenshot: a search typed into the post list
    bool html = false; ///< --show prints the reader's HTML
    bool json = false;
    bool hidden = false; ///< start in the system tray without showing the window
    bool verbose = false; ///< show the debug messages of Herald's logging categories
    QString dataDirectory; ///< empty: the platform default
    UrlMap urlMap;
};

/// Parses Herald's arguments. Lives in core so that every mode, including the headless
/// ones, is described in one place and `--help` lists them all.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(Herald::CommandLine)

public:
    CommandLine();
    ~CommandLine();
    Q_DISABLE_COPY_MOVE(CommandLine)

    /// True when the arguments ask for a window or a rendered window; false for modes that
    /// must work with no display at all (--help, --version and the command-line tools).
    /// Decided before any QCoreApplication exists, so it reads the raw arguments.
    static bool needsGui(int argc, char **argv);

    /// Before the QApplication exists: --screenshot with no display renders offscreen.
    /// Returns false when a window is wanted and there is no display to put it on.
    static bool prepareGuiEnvironment(int argc, char **argv);
    /// What to tell the user when prepareGuiEnvironment() returned false.
    static QString noDisplayMessage();
    /// Before the QApplication exists: the directory --data-dir names, empty for the default.
    static QString dataDirectoryOf(int argc, char **argv);

    /// Parses the application's arguments. Fails on a usage error, saying what is wrong.
    Result<void> parse(const QStringList &arguments);

    [[nodiscard]] bool helpRequested() const;
    [[nodiscard]] bool versionRequested() const;
    [[nodiscard]] QString helpText() const;
    [[nodiscard]] const CommandLineOptions &options() const { return m_options; }

private:
    static QList<QCommandLineOption> makeOptions();
    // The parts of parse(); each fails on a mistake.
    Result<void> parseSize();
    Result<void> parseMode();
    Result<void> parseModeOptions();

    std::unique_ptr<QCommandLineParser> m_parser;
    QStringList m_optionNames;
    CommandLineOptions m_options;
};

} // namespace Herald
