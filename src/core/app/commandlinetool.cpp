#include "app/commandlinetool.h"

#include "about/componentversions.h"
#include "app/commandline.h"

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
    err << "nothing to do" << Qt::endl;
    return 2;
}

} // namespace Herald
