#include "app/guiapplication.h"

#include "app/commandline.h"
#include "mainwindow/mainwindow.h"

#include <QApplication>
#include <QPixmap>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

int saveScreenshot(MainWindow &window, const CommandLineOptions &options)
{
    window.resize(options.screenshotSize);
    window.show();
    // Let layouts settle and pending paints happen before the grab.
    QApplication::processEvents();
    const QPixmap pixmap = window.grab();
    if (pixmap.isNull() || !pixmap.save(options.screenshotPath, "PNG")) {
        QTextStream(stderr) << QApplication::translate("GuiApplication", "Could not write the screenshot to %1")
                                   .arg(options.screenshotPath)
                            << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << QApplication::translate("GuiApplication", "Saved %1 (%2x%3)")
                               .arg(options.screenshotPath)
                               .arg(pixmap.width())
                               .arg(pixmap.height())
                        << Qt::endl;
    return 0;
}

} // namespace

int runGuiApplication(const QStringList &arguments)
{
    CommandLine commandLine;
    if (!commandLine.parse(arguments)) {
        QTextStream(stderr) << commandLine.error() << Qt::endl;
        return 2;
    }
    QApplication::setWindowIcon(QIcon(u":/icons/herald.svg"_s));
    QApplication::setDesktopFileName(u"org.herald.Herald"_s);
    // Used only where the platform names no icon theme (a bare X server, Windows, macOS).
    QIcon::setFallbackThemeName(u"breeze"_s);

    MainWindow window;
    if (commandLine.options().mode == CommandLineOptions::Mode::Screenshot) {
        return saveScreenshot(window, commandLine.options());
    }
    window.restoreLayout();
    window.show();
    return QApplication::exec();
}

} // namespace Herald
