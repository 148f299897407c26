// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/app/guiapplication.h"

#include "core/app/backend.h"
#include "core/app/commandline.h"
#include "core/app/quitsignals.h"
#include "core/app/singleinstance.h"
#include "core/diagnostics/logging.h"
#include "core/diagnostics/startupmarks.h"
#include "core/interpreters/interpreterscanner.h"
#include "core/sources/searchtextfill.h"
#include "core/store/poststore.h"
#include "core/sync/syncscheduler.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/notify/backgroundcontroller.h"
#include "gui/notify/notifier.h"
#include "gui/posts/postlistpane.h"
#include "gui/reader/readerview.h"
#include "gui/theme/appearance.h"
#include "gui/tray/trayicon.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QPixmap>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

/// How long a screenshot waits for the images of the post on show.
constexpr int screenshotImageWaitMs = 10000;
/// When the tray, the notifications and the sync schedule start if the window's first frame
/// has not come by then.
constexpr int BackgroundAtTheLatestMs = 3000;
/// More than the nesting of layouts from a label to the window.
constexpr int ScreenshotLayoutPasses = 12;

int saveScreenshot(MainWindow &window, Backend &backend, const CommandLineOptions &options)
{
    window.resize(options.screenshotSize);
    window.show();
    if (!options.showId.isEmpty()) {
        const Result<std::optional<Post>> post = backend.store().findPost(options.showId);
        if (!post) {
            QTextStream(stderr) << QApplication::translate("CommandLineTool", "error: ") << post.error().message()
                                << Qt::endl;
            return 1;
        }
        const std::optional<Post> &found = *post;
        if (!found) {
            QTextStream(stderr)
                << QApplication::translate("GuiApplication", "No stored post has the id \"%1\"").arg(options.showId)
                << Qt::endl;
            return 1;
        }
        window.openPost(found->id);
    }
    if (!options.filter.isEmpty()) {
        window.postListPane()->search(options.filter);
    }
    // Let layouts settle, and the post's images arrive, before the grab.
    QApplication::processEvents();
    QElapsedTimer waited;
    waited.start();
    // The "Your Pythons" card fills in when the scan ends (it started when the window did).
    const auto busy = [&] {
        return window.reader()->pendingImages() > 0 || backend.interpreters().isScanning() || window.startupPending();
    };
    QApplication::processEvents();
    while (busy() && waited.elapsed() < screenshotImageWaitMs) {
        QApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    // What changed last (the card's text when the scan ended) asks the layouts above it again,
    // one level per pass of posted events: give them the passes, or the grab shows a new text
    // in its old height.
    for (int pass = 0; pass < ScreenshotLayoutPasses; ++pass) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QApplication::processEvents();
    }
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

/// What a second launch asked the running Herald for: come forward, maybe with a post.
void handleSecondLaunch(MainWindow &window, Backend &backend, const QStringList &arguments)
{
    CommandLine commandLine;
    if (commandLine.parse(arguments) && !commandLine.options().showId.isEmpty()) {
        const Result<std::optional<Post>> post = backend.store().findPost(commandLine.options().showId);
        if (!post) {
            qCWarning(lcStore) << "could not find the post a second launch asked for:" << post.error().message();
        } else if (const std::optional<Post> &found = *post) {
            window.openPost(found->id);
        }
    }
    window.showNormal();
    window.raise();
    window.activateWindow();
}

} // namespace

int runGuiApplication(const QStringList &arguments, EarlyIntegrityCheck *integrityCheck)
{
    CommandLine commandLine;
    if (const Result<void> parsed = commandLine.parse(arguments); !parsed) {
        QTextStream(stderr) << parsed.error().message() << Qt::endl;
        return 2;
    }
    const CommandLineOptions &options = commandLine.options();
    if (options.verbose) {
        Logging::enableVerbose();
    }
    const bool screenshot = options.mode == CommandLineOptions::Mode::Screenshot;
    QuitSignals::install(*QCoreApplication::instance());

    // One Herald per user and data directory: a second launch hands its arguments to the
    // first and leaves. A screenshot is a one-off render and runs beside a running Herald.
    SingleInstance instance(SingleInstance::keyFor(options.dataDirectory), nullptr);
    if (!screenshot) {
        const Result<SingleInstance::Role> role = instance.listen();
        if (!role) {
            // Herald still runs, alone: a second launch will not find it, and says so.
            qWarning().noquote() << role.error().message();
        }
        if (role.value_or(SingleInstance::Role::Secondary) == SingleInstance::Role::Secondary
            && instance.sendToPrimary(arguments)) {
            return 0;
        }
    }

    QApplication::setWindowIcon(QIcon(u":/icons/herald.svg"_s));
    QApplication::setDesktopFileName(u"org.herald.Herald"_s);

    Backend backend({options.dataDirectory, options.urlMap, integrityCheck});
    if (const Result<void> opened = backend.open(); !opened) {
        const QString &message = opened.error().message();
        QTextStream(stderr) << message << Qt::endl;
        if (!screenshot) {
            QMessageBox::critical(nullptr, QApplication::translate("GuiApplication", "Herald cannot start"), message);
        }
        return 1;
    }

    StartupMarks::mark("store opened");
    MainWindow window(backend);
    StartupMarks::mark("window built");
    window.appearance()->restore();
    if (const auto theme = Appearance::themeFromName(options.theme)) {
        window.appearance()->apply(*theme);
    }
    if (screenshot) {
        return saveScreenshot(window, backend, options);
    }
    // What the first frame does not show starts after it: the tray and the notifications, and
    // the sync schedule (which loads the network-reachability plugins). Herald started in the
    // tray (--hidden) has no frame to wait for.
    std::unique_ptr<BackgroundController> background;
    const auto startBackground = [&background, &backend, &window] {
        if (background) {
            return;
        }
        background = std::make_unique<BackgroundController>(backend, window);
        QObject::connect(&window, &MainWindow::testNotificationRequested, background->notifier(), &Notifier::sendTest);
        StartupMarks::mark("tray and notifications");
        // Posts stored before search indexed the text of feeds' HTML get it, in the background.
        (new SearchTextFill(backend.store(), &window))->start();
        backend.scheduler().start(backend.store().lastSyncTime());
        // A fresh install has nothing to show: fetch the archive straight away.
        if (backend.store().count() == 0) {
            window.refresh();
        }
        StartupMarks::mark("sync schedule");
    };
    window.setCloseHandler([&background] {
        if (!background || !background->shouldHideOnClose()) {
            return false;
        }
        background->notifyHiddenOnce();
        return true;
    });
    QObject::connect(&instance, &SingleInstance::messageReceived, &window,
        [&window, &backend](const QStringList &received) { handleSecondLaunch(window, backend, received); });
    window.restoreLayout();
    if (options.hidden) {
        startBackground();
    }
    // --hidden (start at login) starts in the tray, where there is one to come back from.
    if (!options.hidden || !background->trayIcon()->isVisible()) {
        QObject::connect(&window, &MainWindow::firstFrameShown, &window, startBackground);
        // A window the window manager maps out of sight (another workspace, minimised) has no
        // first frame to wait for: the tray and the schedule start anyway.
        QTimer::singleShot(BackgroundAtTheLatestMs, &window, startBackground);
        window.show();
        StartupMarks::mark("shown");
    }
    if (!backend.warning().isEmpty()) {
        QMessageBox::warning(
            &window, QApplication::translate("GuiApplication", "The database was damaged"), backend.warning());
    }
    // Asked to quit (a logout) while the start was still under way, before the loop ran.
    if (QuitSignals::requested()) {
        return 0;
    }
    return QApplication::exec();
}

} // namespace Herald
