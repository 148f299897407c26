#include "app/commandlinetool.h"

#include "about/componentversions.h"
#include "app/backend.h"
#include "app/commandline.h"
#include "cli/listcommand.h"
#include "cli/parsecommand.h"
#include "cli/releasescommand.h"
#include "cli/showcommand.h"
#include "cli/synccommand.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace Herald {

int runCommandLineTool(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandLine commandLine;
    if (!commandLine.parse(arguments)) {
        err << commandLine.error() << Qt::endl;
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
    Backend backend({options.dataDirectory, options.urlMap});
    if (options.mode == CommandLineOptions::Mode::Parse) {
        return ParseCommand::run(backend.http(), options.parseSource, options.json, out, err);
    }
    if (!backend.open()) {
        err << QCoreApplication::translate("CommandLineTool", "error: ") << backend.error() << Qt::endl;
        return 1;
    }
    if (!backend.warning().isEmpty()) {
        err << QCoreApplication::translate("CommandLineTool", "warning: ") << backend.warning() << Qt::endl;
    }
    switch (options.mode) {
    case CommandLineOptions::Mode::Sync: return SyncCommand::run(backend, out, err);
    case CommandLineOptions::Mode::List: return ListCommand::run(backend.store(), options.json, out);
    case CommandLineOptions::Mode::Releases: return ReleasesCommand::run(backend.store(), options.json, out, err);
    case CommandLineOptions::Mode::Show:
        return ShowCommand::run(backend.store(), options.showId, options.html, out, err);
    default: err << "nothing to do" << Qt::endl; return 2;
    }
}

} // namespace Herald
