// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// BackgroundController with a real store, window and notification path (a fake server on a
// private session bus): what a sync's new posts turn into, and what the user's answers do.
#include "core/app/backend.h"
#include "core/interpreters/interpreter.h"
#include "core/interpreters/interpreterscanner.h"
#include "core/models/interpretermodel.h"
#include "core/models/timelinemodel.h"
#include "core/notify/interpreteralerts.h"
#include "core/notify/notificationrules.h"
#include "core/notify/releasenotice.h"
#include "core/releases/timeline.h"
#include "core/settings/settings.h"
#include "core/sources/pythoninsider.h"
#include "core/sources/sourcespec.h"
#include "core/store/poststore.h"
#include "core/store/sourcestore.h"
#include "core/sync/syncengine.h"
#include "emptymachine.h"
#include "fakenotificationserver.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/notify/backgroundcontroller.h"
#include "gui/notify/notifier.h"
#include "gui/reader/readerview.h"
#include "gui/tray/trayicon.h"
#include "verifyresult.h"

#include <QAction>
#include <QCloseEvent>
#include <QMenu>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using Herald::BackgroundController;
using Herald::NotificationRules;
using Herald::PostMeta;
using Herald::PythonInsider;
using Herald::ReleaseNotice;
using Herald::Test::FakeNotificationServer;
using Herald::Test::NotifyCall;

class TestBackgroundController final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void theFirstSyncImportsQuietly();
    void aNewReleaseIsToldOnce();
    void openShowsThePostInTheWindow();
    void markAsReadMarksEveryPostOfTheNotice();
    void aNoticeOnScreenIsMergedIntoTheNext();
    void aPauseHoldsPostsUntilItEnds();
    void aPostReadWhileHeldIsNotTold();
    void postsThatTheRulesLeaveOutAreNotTold();
    void closingHidesOnlyWhenHeraldCanComeBack();
    void trayShowsTheLatestAnnouncements();
    void aPythonThatReachesEndOfLifeIsToldOnce();
    void aProjectReleaseIsToldOnceByItsName();
    void aSourceOrFolderRuleOverridesTheGlobalOne();
    void aFollowedFeedsPythonAnnouncementIsTold();
    void rulesCompareWithTheVersionUsed();

private:
    /// Follows owner/repo, with its past releases already synced (and so seen); returns its id.
    qint64 followProject(const QString &ownerRepo, const QStringList &pastVersions);
    /// A release of a followed project, as its feed brings it.
    QList<qint64> publishRelease(qint64 source, const QString &version, const QString &notes);
    /// Adds posts to the store, as a sync would; returns their ids.
    QList<qint64> publish(const QList<PostMeta> &posts);
    static PostMeta meta(const QString &slug, const QString &title, const QDateTime &published);
    static Herald::Interpreter python(const QString &path, const QString &version);
    /// The archive a first sync brings, collected as the baseline.
    void baseline();
    /// Waits for the next Notify call and returns it.
    NotifyCall nextCall();
    /// No further Notify call comes.
    void expectNoCall();
    void setPaused(bool paused);

    QTemporaryDir m_config;
    Herald::Test::EmptyMachine m_machine; ///< the window's scan finds nothing of the test machine's
    QTranslator m_english;
    FakeNotificationServer *m_server = nullptr;
    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<Herald::Backend> m_backend;
    std::unique_ptr<Herald::MainWindow> m_window;
    std::unique_ptr<BackgroundController> m_controller;
    qint64 m_source = 0;
    qsizetype m_seen = 0;
};

void TestBackgroundController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_config.isValid());
    QVERIFY(m_machine.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_config.path());
    QVERIFY(m_english.load(u"herald_en"_s, u":/i18n"_s));
    QCoreApplication::installTranslator(&m_english);
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        QSKIP("Needs a private session bus: run it under dbus-run-session, as ctest does");
    }
    m_server = new FakeNotificationServer(this);
    QVERIFY2(m_server->start({u"actions"_s, u"body"_s}), qPrintable(m_server->error()));
}

void TestBackgroundController::init()
{
    QSettings().clear();
    m_data = std::make_unique<QTemporaryDir>();
    m_backend = std::make_unique<Herald::Backend>(Herald::Backend::Options {m_data->path(), {}});
    HERALD_VERIFY_RESULT(m_backend->open());
    m_source = m_backend->store()
                   .ensureSource(u"python-insider"_s, QUrl(u"https://blog.python.org/rss.xml"_s), u"Python Insider"_s)
                   .value();
    m_window = std::make_unique<Herald::MainWindow>(*m_backend);
    m_controller = std::make_unique<BackgroundController>(*m_backend, *m_window);
    m_server->clear();
    m_seen = 0;
}

void TestBackgroundController::cleanup()
{
    m_controller.reset();
    m_window.reset();
    m_backend.reset();
    m_data.reset();
}

PostMeta TestBackgroundController::meta(const QString &slug, const QString &title, const QDateTime &published)
{
    PostMeta post;
    post.slug = slug;
    post.url = QUrl(u"https://blog.python.org/"_s + slug + u"/"_s);
    post.title = title;
    post.description = u"About "_s + slug;
    post.published = published;
    return post;
}

QList<qint64> TestBackgroundController::publish(const QList<PostMeta> &posts)
{
    QList<qint64> ids;
    for (const auto &result : m_backend->store().upsertPosts(m_source, posts).value()) {
        ids.append(result.id);
    }
    return ids;
}

void TestBackgroundController::baseline()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    publish({meta(u"old-1"_s, u"Python 3.13.1 is now available"_s, now.addDays(-40)),
        meta(u"old-2"_s, u"Python 3.14.0 is out"_s, now.addDays(-20)),
        meta(u"old-3"_s, u"Language summit report"_s, now.addDays(-5))});
    m_controller->collectNewPosts();
    // The baseline's "3 posts imported", when the window is not in front.
    (void)nextCall();
    m_server->clear();
    m_seen = 0;
}

NotifyCall TestBackgroundController::nextCall()
{
    [&] { QTRY_VERIFY(m_server->calls().size() > m_seen); }();
    return m_server->calls().value(m_seen++);
}

void TestBackgroundController::expectNoCall()
{
    // Notify goes over the bus: give a wrong one the time to arrive.
    QTest::qWait(300);
    if (m_server->calls().size() != m_seen) {
        qWarning() << "unexpected notification:" << m_server->calls().constLast().summary;
    }
    QCOMPARE(m_server->calls().size(), m_seen);
}

void TestBackgroundController::setPaused(bool paused)
{
    Herald::Settings &settings = m_backend->settings();
    NotificationRules rules = settings.notificationRules();
    if (paused) {
        rules.pauseFor(std::chrono::hours(1), QDateTime::currentDateTime());
    } else {
        rules.resume();
    }
    settings.setNotificationRules(rules);
}

void TestBackgroundController::theFirstSyncImportsQuietly()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    publish({meta(u"a"_s, u"Python 3.14.1 is now available"_s, now.addDays(-9)),
        meta(u"b"_s, u"Python 3.14.2 is now available"_s, now.addDays(-3))});
    m_controller->collectNewPosts();
    const NotifyCall call = nextCall();
    QCOMPARE(call.summary, ReleaseNotice::imported(2).title);
    QCOMPARE(call.hints.value(u"x-kde-eventId"_s).toString(), Herald::Notifier::importedEvent());
    QVERIFY(m_backend->settings().baselineDone());
    // Nothing of the archive is news, then or later.
    m_controller->collectNewPosts();
    expectNoCall();
}

void TestBackgroundController::aNewReleaseIsToldOnce()
{
    baseline();
    publish({meta(
        u"new"_s, u"Python 3.14.8 and 3.13.16 are now available!"_s, QDateTime::currentDateTimeUtc().addSecs(-3600))});
    m_controller->collectNewPosts();
    const NotifyCall call = nextCall();
    QCOMPARE(call.summary, u"Python 3.14.8 and 3.13.16 released"_s);
    QCOMPARE(call.body, u"About new"_s);
    m_controller->collectNewPosts();
    expectNoCall();
}

void TestBackgroundController::openShowsThePostInTheWindow()
{
    baseline();
    const qint64 id
        = publish({meta(u"new"_s, u"Python 3.14.8 is now available"_s, QDateTime::currentDateTimeUtc().addSecs(-60))})
              .constFirst();
    m_controller->collectNewPosts();
    const NotifyCall call = nextCall();
    QVERIFY(!m_window->isVisible());
    m_server->invokeAction(call.id, call.actionKey(u"Open"_s));
    QTRY_VERIFY(m_window->isVisible());
    QTRY_COMPARE(m_window->reader()->postId(), id);
    QVERIFY(m_backend->store().post(id)->read);
}

void TestBackgroundController::markAsReadMarksEveryPostOfTheNotice()
{
    baseline();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<qint64> ids = publish({meta(u"x"_s, u"Python 3.14.8 is now available"_s, now.addSecs(-120)),
        meta(u"y"_s, u"Python 3.13.16 is now available"_s, now.addSecs(-60))});
    m_controller->collectNewPosts();
    const NotifyCall call = nextCall();
    QCOMPARE(call.body.count(u'\n'), 1); // one notification, a line per post
    m_server->invokeAction(call.id, call.actionKey(u"Mark as read"_s));
    for (const qint64 id : ids) {
        QTRY_VERIFY(m_backend->store().post(id)->read);
    }
    QVERIFY(!m_window->isVisible());
}

void TestBackgroundController::aNoticeOnScreenIsMergedIntoTheNext()
{
    baseline();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    publish({meta(u"first"_s, u"Python 3.14.8 is now available"_s, now.addSecs(-120))});
    m_controller->collectNewPosts();
    const NotifyCall first = nextCall();
    publish({meta(u"second"_s, u"Python 3.15.0 beta 1 is here"_s, now.addSecs(-60))});
    m_controller->collectNewPosts();
    const NotifyCall second = nextCall();
    QCOMPARE(second.body.split(u'\n'),
        (QStringList {u"Python 3.15.0 beta 1 is here"_s, u"Python 3.14.8 is now available"_s}));
    QTRY_VERIFY(m_server->closeRequests().contains(first.id));
}

void TestBackgroundController::aPauseHoldsPostsUntilItEnds()
{
    baseline();
    setPaused(true);
    const qint64 id
        = publish({meta(u"held"_s, u"Python 3.14.8 is now available"_s, QDateTime::currentDateTimeUtc().addSecs(-60))})
              .constFirst();
    m_controller->collectNewPosts();
    expectNoCall();
    // Kept where a restart finds it: in this database, not in the user's settings, which
    // another Herald with another data directory shares.
    QCOMPARE(m_backend->store().metaValue(BackgroundController::pendingPostsKey()).value(), QString::number(id));
    QVERIFY(!QSettings().allKeys().join(u' ').contains(u"pending"_s));
    // Resumed from the tray: told at once.
    auto *pause = m_controller->trayIcon()->menu()->findChild<QMenu *>(u"trayPauseMenu"_s);
    Q_EMIT pause->aboutToShow(); // the user opens the menu: it shows the pause
    pause->findChild<QAction *>(u"trayResumeAction"_s)->trigger();
    QCOMPARE(nextCall().summary, u"Python 3.14.8 released"_s);
    QVERIFY(m_backend->store().metaValue(BackgroundController::pendingPostsKey()).value().isEmpty());
}

void TestBackgroundController::aPostReadWhileHeldIsNotTold()
{
    baseline();
    setPaused(true);
    const qint64 id
        = publish({meta(u"held"_s, u"Python 3.14.8 is now available"_s, QDateTime::currentDateTimeUtc().addSecs(-60))})
              .constFirst();
    m_controller->collectNewPosts();
    QVERIFY(m_backend->store().setRead(id, true));
    setPaused(false);
    m_controller->deliverPending();
    expectNoCall();
    QVERIFY(m_backend->store().metaValue(BackgroundController::pendingPostsKey()).value().isEmpty());
}

void TestBackgroundController::postsThatTheRulesLeaveOutAreNotTold()
{
    baseline();
    // The default rules tell of releases only.
    publish({meta(u"summit"_s, u"The 2026 Language Summit"_s, QDateTime::currentDateTimeUtc().addSecs(-60))});
    m_controller->collectNewPosts();
    expectNoCall();
    NotificationRules rules = m_backend->settings().notificationRules();
    rules.mode = NotificationRules::Mode::AllPosts;
    m_backend->settings().setNotificationRules(rules);
    publish({meta(u"council"_s, u"Steering Council election results"_s, QDateTime::currentDateTimeUtc())});
    m_controller->collectNewPosts();
    QCOMPARE(nextCall().summary, u"Steering Council election results"_s);
}

void TestBackgroundController::closingHidesOnlyWhenHeraldCanComeBack()
{
    const auto close = [this] {
        QCloseEvent event;
        QCoreApplication::sendEvent(m_window.get(), &event);
    };
    // Offscreen has no tray: closing closes, unless the user asked Herald to keep running.
    QVERIFY(!m_controller->trayIcon()->isVisible());
    QVERIFY(!m_controller->shouldHideOnClose());
    close();
    QVERIFY(QGuiApplication::quitOnLastWindowClosed());
    m_backend->settings().setKeepRunning(true);
    QVERIFY(m_controller->shouldHideOnClose());
    // A hidden window must not end Herald when a dialog closes later.
    close();
    QVERIFY(!QGuiApplication::quitOnLastWindowClosed());

    m_controller->notifyHiddenOnce();
    const NotifyCall call = nextCall();
    QCOMPARE(call.summary, u"Herald is still running"_s);
    QVERIFY2(call.body.contains(u"Start it again"_s), qPrintable(call.body));
    // Once ever.
    m_controller->notifyHiddenOnce();
    expectNoCall();
    QVERIFY(m_backend->settings().hiddenNoticeShown());
    m_backend->settings().setKeepRunning(false);
    close();
    QVERIFY(QGuiApplication::quitOnLastWindowClosed());
}

void TestBackgroundController::aPythonThatReachesEndOfLifeIsToldOnce()
{
    baseline();
    Herald::PostStore &store = m_backend->store();
    QVERIFY(store.storeDocument(PythonInsider::releaseCycleUrl(),
        R"({"3.14": {"status": "bugfix", "first_release": "2025-10-07", "end_of_life": "2030-10"},
            "3.8": {"status": "end-of-life", "first_release": "2019-10-14", "end_of_life": "2024-10-07"}})"_ba));
    QVERIFY(store.storeDocument(PythonInsider::pythonReleasesUrl(), R"({"metadata": {}, "releases": {}})"_ba));
    // A post arriving rebuilds the timeline, now with lifecycle data.
    publish({meta(u"news"_s, u"Language summit report, part two"_s, QDateTime::currentDateTimeUtc())});
    QTRY_VERIFY(m_window->timelineModel()->timeline().hasLifecycleData());
    QTRY_VERIFY(m_backend->interpreters().hasResult() && !m_backend->interpreters().isScanning());
    Herald::InterpreterModel *pythons = m_window->interpreterModel();

    // The first judgement with release data is a baseline: what is already so is not news.
    pythons->setInterpreters({python(u"/opt/a/python3.14"_s, u"3.14.7"_s), python(u"/opt/c/python3.8"_s, u"3.8.18"_s)});
    expectNoCall();
    QTRY_VERIFY(!store.metaValue(Herald::InterpreterAlerts::metaKey()).value().isEmpty());

    // A 3.8 found later is news, once.
    pythons->setInterpreters({python(u"/opt/a/python3.14"_s, u"3.14.7"_s), python(u"/opt/c/python3.8"_s, u"3.8.18"_s),
        python(u"/opt/b/python3.8"_s, u"3.8.10"_s)});
    const NotifyCall call = nextCall();
    QCOMPARE(call.summary, u"Python 3.8.10 has reached its end of life"_s);
    QCOMPARE(call.hints.value(u"x-kde-eventId"_s).toString(), Herald::Notifier::interpreterAlertEvent());
    QVERIFY2(call.body.contains(u"3.8 reached end of life on"_s), qPrintable(call.body));
    QVERIFY(m_controller->trayIcon()->toolTip().contains(u"2 Pythons to update"_s));
    m_window->interpreterModel()->setToday(QDate::currentDate()); // judged again: nothing new
    expectNoCall();

    // Switched off in the settings: a new one is not told.
    NotificationRules rules = m_backend->settings().notificationRules();
    rules.interpreterAlerts = false;
    m_backend->settings().setNotificationRules(rules);
    pythons->setInterpreters({python(u"/opt/d/python3.8"_s, u"3.8.1"_s)});
    expectNoCall();
}

Herald::Interpreter TestBackgroundController::python(const QString &path, const QString &version)
{
    Herald::Interpreter interpreter;
    interpreter.names = {{path, Herald::InterpreterOrigin::Path, {}}};
    interpreter.version = *Herald::Version::parse(version);
    interpreter.implementation = u"CPython"_s;
    return interpreter;
}

void TestBackgroundController::trayShowsTheLatestAnnouncements()
{
    baseline();
    Herald::TrayIcon *tray = m_controller->trayIcon();
    // A sync's end updates the tray; the engine is not needed to say so.
    Q_EMIT m_backend->sync().finished({});
    const QList<Herald::TrayIcon::Announcement> latest = tray->announcements();
    QCOMPARE(latest.size(), 2); // the summary report announces nothing
    QCOMPARE(latest.constFirst().text, u"Python 3.14.0 released"_s);
    QCOMPARE(latest.constLast().text, u"Python 3.13.1 released"_s);
    QCOMPARE(tray->unreadCount(), 3);
}

qint64 TestBackgroundController::followProject(const QString &ownerRepo, const QStringList &pastVersions)
{
    const qint64 id = m_backend->sources().add(Herald::SourceSpec::read(ownerRepo).value()).value();
    for (const QString &version : pastVersions) {
        publishRelease(id, version, u"<p>Old notes.</p>"_s);
    }
    (void)m_backend->store().markSourceSeen(id).value();
    return id;
}

QList<qint64> TestBackgroundController::publishRelease(qint64 source, const QString &version, const QString &notes)
{
    PostMeta release;
    release.slug = version;
    release.title = u"Release "_s + version;
    release.version = version;
    release.inlineHtml = notes;
    // As ReleaseFeed describes it: the notes' text.
    release.description = QString(notes).remove(QRegularExpression(u"<[^>]*>"_s));
    release.published = QDateTime::currentDateTimeUtc().addSecs(-600);
    QList<qint64> ids;
    for (const auto &result : m_backend->store().upsertPosts(source, {release}).value()) {
        ids.append(result.id);
    }
    return ids;
}

void TestBackgroundController::aProjectReleaseIsToldOnceByItsName()
{
    baseline();
    const qint64 django = followProject(u"django/django"_s, {u"5.2.7"_s, u"5.2.6"_s});
    m_controller->collectNewPosts();
    expectNoCall(); // following a project tells nothing of its past
    const qint64 told = publishRelease(django, u"5.2.8"_s, u"<p>Fixes a crash.</p>"_s).constFirst();
    m_controller->collectNewPosts();
    const NotifyCall call = nextCall();
    QCOMPARE(call.summary, u"django 5.2.8 released"_s);
    QCOMPARE(call.hints.value(u"x-kde-eventId"_s).toString(), ReleaseNotice::newReleaseEvent());
    m_controller->collectNewPosts();
    expectNoCall();
    HERALD_VERIFY_RESULT(m_backend->store().setRead(told, true)); // read, so not told again
    // Two projects in one sync: one notice naming both.
    const qint64 pydantic = followProject(u"pydantic/pydantic"_s, {u"2.12.4"_s});
    publishRelease(django, u"5.2.9"_s, u"<p>Fixes CVE-2026-1234.</p>"_s);
    publishRelease(pydantic, u"2.12.5"_s, u"<p>Bug fixes, see <a href=\"/security/\">SECURITY.md</a>.</p>"_s);
    m_controller->collectNewPosts();
    const NotifyCall both = nextCall();
    QCOMPARE(both.summary, u"2 new releases"_s);
    QVERIFY2(both.body.contains(u"django 5.2.9"_s) && both.body.contains(u"pydantic 2.12.5"_s), qPrintable(both.body));
    QCOMPARE(both.hints.value(u"x-kde-eventId"_s).toString(), ReleaseNotice::securityReleaseEvent());
}

void TestBackgroundController::aSourceOrFolderRuleOverridesTheGlobalOne()
{
    baseline();
    const qint64 quiet = followProject(u"pallets/flask"_s, {});
    const qint64 secure = followProject(u"psf/requests"_s, {});
    const qint64 filed = followProject(u"pydantic/pydantic"_s, {});
    HERALD_VERIFY_RESULT(m_backend->sources().setNotifyMode(quiet, NotificationRules::offKey()));
    HERALD_VERIFY_RESULT(m_backend->sources().setNotifyMode(
        secure, NotificationRules::modeKey(NotificationRules::Mode::SecurityReleases)));
    HERALD_VERIFY_RESULT(m_backend->sources().move(filed, u"Libraries"_s, 0));
    HERALD_VERIFY_RESULT(m_backend->sources().setFolderNotifyMode(
        u"Libraries"_s, NotificationRules::modeKey(NotificationRules::Mode::FinalReleases)));
    publishRelease(quiet, u"3.1.0"_s, u"<p>Security fix.</p>"_s);
    publishRelease(secure, u"2.32.6"_s, u"<p>Bug fixes.</p>"_s);
    publishRelease(filed, u"2.13.0b1"_s, u"<p>A beta.</p>"_s);
    m_controller->collectNewPosts();
    expectNoCall();
    publishRelease(secure, u"2.32.7"_s, u"<p>Fixes CVE-2026-9999.</p>"_s);
    m_controller->collectNewPosts();
    QCOMPARE(nextCall().summary, u"requests 2.32.7 released"_s);
}

void TestBackgroundController::aFollowedFeedsPythonAnnouncementIsTold()
{
    // A Discourse category's post has no version of its own. One that names a Python release
    // is no release of Python's (Python Insider tells those, once), so the release rules leave
    // it out; a rule for every post of the source tells it.
    baseline();
    const qint64 discourse
        = m_backend->sources()
              .add(Herald::SourceSpec::read(u"https://discuss.python.org/c/announcements/7"_s).value())
              .value();
    (void)m_backend->store().markSourceSeen(discourse).value();
    const auto publishPost = [this, discourse](const QString &slug, const QString &title) {
        PostMeta post;
        post.slug = slug;
        post.title = title;
        post.inlineHtml = u"<p>The eighth maintenance release.</p>"_s;
        post.published = QDateTime::currentDateTimeUtc().addSecs(-600);
        (void)m_backend->store().upsertPosts(discourse, {post}).value();
    };
    publishPost(u"python-3-14-8"_s, u"Python 3.14.8 is now available"_s);
    m_controller->collectNewPosts();
    expectNoCall();
    HERALD_VERIFY_RESULT(
        m_backend->sources().setNotifyMode(discourse, NotificationRules::modeKey(NotificationRules::Mode::AllPosts)));
    publishPost(u"python-3-14-9"_s, u"Python 3.14.9 is now available"_s);
    m_controller->collectNewPosts();
    const NotifyCall call = nextCall();
    QVERIFY2(call.summary.contains(u"3.14.9"_s) || call.body.contains(u"3.14.9"_s), qPrintable(call.summary));
}

void TestBackgroundController::rulesCompareWithTheVersionUsed()
{
    baseline();
    const qint64 django = followProject(u"django/django"_s, {u"4.2.26"_s});
    HERALD_VERIFY_RESULT(m_backend->sources().setUsedVersion(django, u"4.2.26"_s, u"requirements.txt:1"_s));
    HERALD_VERIFY_RESULT(m_backend->sources().setNotifyMode(
        django, NotificationRules::modeKey(NotificationRules::Mode::SecurityOfUsed)));
    publishRelease(django, u"5.2.9"_s, u"<p>Fixes CVE-2026-1234.</p>"_s); // not the series used
    publishRelease(django, u"4.2.27"_s, u"<p>Bug fixes.</p>"_s); // no security fix
    m_controller->collectNewPosts();
    expectNoCall();
    publishRelease(django, u"4.2.28"_s, u"<p>Fixes CVE-2026-2345.</p>"_s);
    m_controller->collectNewPosts();
    QCOMPARE(nextCall().summary, u"django 4.2.28 released"_s);
}

QTEST_MAIN(TestBackgroundController)
#include "tst_backgroundcontroller.moc"
