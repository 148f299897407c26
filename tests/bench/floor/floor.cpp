// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// herald-floor: the floor herald-bench measures Herald's start-up against. A bare Qt window
// like Herald's (a main window, a splitter, a list, a text browser with a paragraph), built in
// the same build root against the same Qt: what Qt, the X connection and the fonts cost before
// any of Herald's own work. It marks its first frame as Herald does, on standard error:
// "floor.startup: <ms> ms first frame", the milliseconds since main() began.
#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QListView>
#include <QMainWindow>
#include <QSplitter>
#include <QStringListModel>
#include <QTextBrowser>
#include <QTimer>
#include <QWindow>

#include <cstdio>

namespace {

QElapsedTimer &sinceStart()
{
    static QElapsedTimer timer;
    return timer;
}

/// The window's first expose paints and flushes it before returning: a timer queued then
/// fires after the first frame, as MainWindow's does.
class FirstFrame final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *window = qobject_cast<QWindow *>(watched);
        if (window && event->type() == QEvent::Expose && window->isExposed()) {
            window->removeEventFilter(this);
            QTimer::singleShot(0, this, [] {
                std::fprintf(stderr, "floor.startup: %.1f ms first frame\n", double(sinceStart().nsecsElapsed()) / 1e6);
                std::fflush(stderr);
            });
        }
        return false;
    }
};

} // namespace

int main(int argc, char *argv[])
{
    sinceStart().start();
    QApplication app(argc, argv);
    QMainWindow window;
    auto *splitter = new QSplitter(Qt::Horizontal, &window);
    auto *list = new QListView(splitter);
    QStringList titles;
    for (int i = 0; i < 40; ++i) {
        titles << QStringLiteral("Python 3.14.%1 is now available").arg(i);
    }
    list->setModel(new QStringListModel(titles, list));
    auto *text = new QTextBrowser(splitter);
    text->setHtml(QStringLiteral("<h1>Python 3.14.0 is now available</h1><p>This is the first release of "
                                 "the 3.14 series, with free-threading supported and template strings.</p>"));
    window.setCentralWidget(splitter);
    window.resize(1280, 800);
    FirstFrame firstFrame;
    window.winId(); // the native window exists, so the filter is there before its first expose
    window.windowHandle()->installEventFilter(&firstFrame);
    window.show();
    return QApplication::exec();
}
