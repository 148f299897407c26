// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Herald's entry point: choose the kind of application the arguments need, then hand
// over to herald-gui or herald-core. Nothing else belongs here.
#include "core/app/appsetup.h"
#include "core/app/commandline.h"
#include "core/cli/commandlinetool.h"
#include "core/diagnostics/startupmarks.h"
#include "core/store/database.h"
#include "core/store/earlyintegritycheck.h"
#include "gui/app/guiapplication.h"

#include <QApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    Herald::StartupMarks::start();
    Herald::setApplicationIdentity();
    if (!Herald::CommandLine::needsGui(argc, argv)) {
        const QCoreApplication app(argc, argv);
        Herald::installTranslations(*QCoreApplication::instance());
        return Herald::runCommandLineTool(QCoreApplication::arguments());
    }
    if (!Herald::CommandLine::prepareGuiEnvironment(argc, argv)) {
        std::fputs(qPrintable(Herald::CommandLine::noDisplayMessage() + u'\n'), stderr);
        return 1;
    }
    // The database's integrity check reads the whole file: on another core, while Qt starts.
    Herald::EarlyIntegrityCheck integrityCheck(
        Herald::Database::filePathIn(Herald::CommandLine::dataDirectoryOf(argc, argv)));
    QApplication app(argc, argv);
    Herald::StartupMarks::mark("QApplication");
    Herald::installTranslations(app);
    Herald::StartupMarks::mark("translations");
    return Herald::runGuiApplication(QApplication::arguments(), &integrityCheck);
}
