// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The window's start: what it shows at once, what waits for its first frame, and what it reads
// after it. The rest of the window is tst_mainwindow's.

#include "core/app/backend.h"
#include "core/models/itemdataroles.h"
#include "core/models/projecttimelinemodel.h"
#include "core/sources/sourcespec.h"
#include "core/store/poststore.h"
#include "core/store/sourcestore.h"
#include "emptymachine.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/timeline/timelinepane.h"
#include "gui/widgets/emptystatewidget.h"
#include "verifyresult.h"

#include <QLabel>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimeZone>
#include <QTreeView>

using namespace Qt::StringLiterals;
using Herald::MainWindow;

class TestMainWindowStartup final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void buildsTheProjectsTimelineAfterTheFirstFrame();
    void announcesItsFirstFrameOnce();
    void showsTheWindowBeforeALongTimelineRead();

private:
    QTemporaryDir m_config;
    Herald::Test::EmptyMachine m_machine; ///< the window's scan finds nothing of the test machine's
    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<Herald::Backend> m_backend;
};

void TestMainWindowStartup::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_config.isValid());
    QVERIFY(m_machine.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_config.path());
}

void TestMainWindowStartup::init()
{
    QSettings().clear();
    m_data = std::make_unique<QTemporaryDir>();
    m_backend = std::make_unique<Herald::Backend>(Herald::Backend::Options {m_data->path(), {}});
    HERALD_VERIFY_RESULT(m_backend->open());
}

void TestMainWindowStartup::cleanup()
{
    m_backend.reset();
    m_data.reset();
}

void TestMainWindowStartup::buildsTheProjectsTimelineAfterTheFirstFrame()
{
    // Every release of every followed project is read for it: not before the first frame.
    const auto spec = Herald::SourceSpec::read(u"pypi:requests"_s);
    QVERIFY(spec);
    const qint64 requests = m_backend->sources().add(*spec).value();
    Herald::PostMeta release;
    release.slug = u"2.32.5"_s;
    release.title = u"requests 2.32.5"_s;
    release.version = u"2.32.5"_s;
    release.published = QDateTime(QDate(2025, 8, 18), QTime(), QTimeZone::UTC);
    HERALD_VERIFY_RESULT(m_backend->store().upsertPosts(requests, {release}));
    MainWindow window(*m_backend);
    QVERIFY(window.startupPending());
    QCOMPARE(window.projectTimelineModel()->rowCount(), 0);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(!window.startupPending());
    QCOMPARE(window.projectTimelineModel()->rowCount(), 1);
}

void TestMainWindowStartup::announcesItsFirstFrameOnce()
{
    // The tray and the notifications start on this signal (runGuiApplication): it must come
    // once the window is on screen, even when a rebuild ran before, and never again.
    MainWindow window(*m_backend);
    QSignalSpy shown(&window, &MainWindow::firstFrameShown);
    // A timeline rebuild is due before the window shows.
    const qint64 source
        = m_backend->store().ensureSource(u"test"_s, QUrl(u"https://example.org/"_s), u"Test"_s).value_or(0);
    QVERIFY(source > 0);
    Herald::PostMeta post;
    post.slug = u"post"_s;
    post.title = u"A post"_s;
    post.published = QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::UTC);
    HERALD_VERIFY_RESULT(m_backend->store().upsertPosts(source, {post}));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(shown.count(), 1);
    window.hide();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(50);
    QCOMPARE(shown.count(), 1);
}

void TestMainWindowStartup::showsTheWindowBeforeALongTimelineRead()
{
    // Python's timeline is read on the pool beside the panes' construction. At 100,000 posts the
    // read outlasts it: the window is built without waiting, says the timeline is being read,
    // and fills it in when the read ends. Here the pool is kept busy to make the read late.
    const qint64 source
        = m_backend->store()
              .ensureSource(u"python-insider"_s, QUrl(u"https://blog.python.org/"_s), u"Python Insider"_s)
              .value_or(0);
    QVERIFY(source > 0);
    Herald::PostMeta post;
    post.slug = u"python-3-13-1-is-now-available"_s;
    post.title = u"Python 3.13.1 is now available"_s;
    post.published = QDateTime(QDate(2024, 12, 3), QTime(12, 0), QTimeZone::UTC);
    HERALD_VERIFY_RESULT(m_backend->store().upsertPosts(source, {post}));

    QThreadPool *pool = QThreadPool::globalInstance();
    const int threads = pool->maxThreadCount();
    QSemaphore gate;
    QSemaphore started;
    // However the test ends, the pool is given back before the semaphores go.
    const auto unblock = qScopeGuard([&] {
        gate.release(threads);
        pool->waitForDone();
    });
    for (int i = 0; i < threads; ++i) {
        pool->start([&gate, &started] {
            started.release();
            gate.tryAcquire(1, 10000);
        });
    }
    QVERIFY(started.tryAcquire(threads, 5000));
    // A window that waited for the read would take it off the busy pool and run it itself.
    MainWindow window(*m_backend);
    QCOMPARE(window.timelinePane()->view()->model()->rowCount(), 0);
    QVERIFY(window.startupPending());
    auto *empty = window.timelinePane()->findChild<Herald::EmptyStateWidget *>();
    QVERIFY(empty);
    const QStringList reading = [&] {
        QStringList texts;
        for (const QLabel *label : empty->findChildren<QLabel *>()) {
            texts << label->text();
        }
        return texts;
    }();
    QVERIFY2(reading.contains(u"Reading the releases…"_s), qPrintable(reading.join(u" | "_s)));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    gate.release(threads); // the read runs now
    QTRY_VERIFY(!window.startupPending());
    QTreeView *timeline = window.timelinePane()->view();
    QVERIFY(timeline->isVisible());
    QCOMPARE(timeline->model()->index(0, 0).data(Herald::Roles::SeriesRole).toString(), u"3.13"_s);
    for (const QLabel *label : empty->findChildren<QLabel *>()) {
        QVERIFY(!label->text().startsWith(u"Reading"_s));
    }
}

QTEST_MAIN(TestMainWindowStartup)
#include "tst_mainwindowstartup.moc"
