#include "app/guiapplication.h"

#include "app/backend.h"
#include "app/commandline.h"
#include "mainwindow/mainwindow.h"
#include "store/poststore.h"

#include <QApplication>
#include <QMessageBox>
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

    const CommandLineOptions &options = commandLine.options();
    const bool screenshot = options.mode == CommandLineOptions::Mode::Screenshot;
    Backend backend({options.dataDirectory, options.urlMap});
    if (!backend.open()) {
        const QString message = backend.error();
        QTextStream(stderr) << message << Qt::endl;
        if (!screenshot) {
            QMessageBox::critical(nullptr, QApplication::translate("GuiApplication", "Herald cannot start"), message);
        }
        return 1;
    }

    MainWindow window(backend);
    if (screenshot) {
        return saveScreenshot(window, options);
    }
    window.restoreLayout();
    window.show();
    if (!backend.warning().isEmpty()) {
        QMessageBox::warning(
            &window, QApplication::translate("GuiApplication", "The database was damaged"), backend.warning());
    }
    // A fresh install has nothing to show: fetch the archive straight away.
    if (backend.store().count() == 0) {
        window.refresh();
    }
    return QApplication::exec();
}

} // namespace Herald
