// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/cli/commandlinetool.h"

#include "core/about/componentversions.h"
#include "core/app/backend.h"
#include "core/app/commandline.h"
#include "core/cli/calendarcommand.h"
#include "core/cli/checkcommand.h"
#include "core/cli/dependenciescommand.h"
#include "core/cli/listcommand.h"
#include "core/cli/parsecommand.h"
#include "core/cli/pythonscommand.h"
#include "core/cli/releasescommand.h"
#include "core/cli/showcommand.h"
#include "core/cli/sourcescommand.h"
#include "core/cli/synccommand.h"
#include "core/deps/dependencyfile.h"
#include "core/diagnostics/logging.h"
#include "core/interpreters/discoveryenvironment.h"

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>

#include <cstdio>

namespace Herald {

int runCommandLineTool(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandLine commandLine;
    if (const Result<void> parsed = commandLine.parse(arguments); !parsed) {
        err << parsed.error().message() << Qt::endl;
        return 2;
    }
    if (commandLine.helpRequested()) {
        out << commandLine.helpText();
        return 0;
    }
    if (commandLine.versionRequested()) {
        out << componentVersionsText();
        return 0;
    }
    const CommandLineOptions &options = commandLine.options();
    if (options.verbose) {
        Logging::enableVerbose();
    }
    Backend backend({options.dataDirectory, options.urlMap});
    if (options.mode == CommandLineOptions::Mode::Parse) {
        return ParseCommand::run(backend.http(), options.parseSource, options.json, out, err);
    }
    if (options.mode == CommandLineOptions::Mode::Pythons) {
        return PythonsCommand::run(backend.discoveryEnvironment(), options.json, out);
    }
    if (const Result<void> opened = backend.open(); !opened) {
        err << QCoreApplication::translate("CommandLineTool", "error: ") << opened.error().message() << Qt::endl;
        // For --check, 1 means "behind a release": a store that cannot be read is no answer.
        return options.mode == CommandLineOptions::Mode::Check ? CheckCommand::NoReleaseData : 1;
    }
    if (!backend.warning().isEmpty()) {
        err << QCoreApplication::translate("CommandLineTool", "warning: ") << backend.warning() << Qt::endl;
    }
    // A damaged database was moved aside and a new, empty one started: a sync fills it, but
    // what --list, --releases or --show print is not the user's archive, and the exit code
    // says so (the output itself is still what the new database holds).
    const int readStatus = backend.warning().isEmpty() ? 0 : 1;
    std::optional<qint64> source;
    if (!options.sourceId.isEmpty()) {
        source = options.sourceId.toLongLong();
        if (options.mode != CommandLineOptions::Mode::Unfollow && !SourcesCommand::exists(backend, *source, err)) {
            return 2;
        }
    }
    switch (options.mode) {
    case CommandLineOptions::Mode::Sync: return SyncCommand::run(backend, source, out, err);
    case CommandLineOptions::Mode::List:
        return std::max(ListCommand::run(backend.store(), source, options.json, out), readStatus);
    case CommandLineOptions::Mode::Releases:
        return std::max(ReleasesCommand::run(backend, source, options.json, out, err), readStatus);
    case CommandLineOptions::Mode::Follow: return SourcesCommand::follow(backend, options.followInput, out, err);
    case CommandLineOptions::Mode::Unfollow: return SourcesCommand::unfollow(backend, *source, out, err);
    case CommandLineOptions::Mode::Sources:
        return std::max(SourcesCommand::list(backend, options.json, out, err), readStatus);
    case CommandLineOptions::Mode::ImportOpml: return SourcesCommand::importOpml(backend, options.opmlPath, out, err);
    case CommandLineOptions::Mode::ExportOpml:
        return std::max(SourcesCommand::exportOpml(backend, options.opmlPath, out, err), readStatus);
    case CommandLineOptions::Mode::Check:
        return CheckCommand::run(backend, backend.discoveryEnvironment(), options.json, out, err, options.depsPath);
    case CommandLineOptions::Mode::ImportDeps:
        return DependenciesCommand::importDeps(backend, options.depsPath,
            options.allDependencies ? DependencyScope::All : DependencyScope::Direct, options.dryRun, out, err);
    case CommandLineOptions::Mode::SetLifecycle:
        return SourcesCommand::setLifecycle(backend, *source, options.lifecycleProduct, out, err);
    case CommandLineOptions::Mode::Calendar:
        return std::max(CalendarCommand::run(backend.store(), options.calendarPath, out, err), readStatus);
    case CommandLineOptions::Mode::Show:
        return std::max(ShowCommand::run(backend.store(), options.showId, options.html, out, err), readStatus);
    default: err << "nothing to do" << Qt::endl; return 2;
    }
}

} // namespace Herald
