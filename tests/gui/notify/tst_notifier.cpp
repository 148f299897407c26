// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Notifier against a notification server on a private session bus: what KNotifications sends
// over D-Bus, and what a click on the popup makes Herald do.
#include "core/notify/notificationrules.h"
#include "core/notify/releasenotice.h"
#include "core/posts/post.h"
#include "core/releases/lifecycle.h"
#include "fakenotificationserver.h"
#include "gui/notify/notifier.h"

#include <KNotifyConfig>

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using Herald::Notifier;
using Herald::ReleaseNotice;
using Herald::Test::FakeNotificationServer;
using Herald::Test::NotifyCall;

namespace {

Herald::Post post(qint64 id, const QString &title, const QString &description = {})
{
    Herald::Post post;
    post.id = id;
    post.meta.slug = u"post-%1"_s.arg(id);
    post.meta.title = title;
    post.meta.description = description;
    post.meta.published = QDateTime(QDate(2026, 11, 25), QTime(0, 0), QTimeZone::UTC).addDays(-id);
    return post;
}

ReleaseNotice noticeFor(const QList<Herald::Post> &posts)
{
    QList<Herald::NewItem> items;
    for (const Herald::Post &post : posts) {
        items.append(Herald::NewItem::fromPost(post, Herald::Lifecycle()));
    }
    const std::optional<ReleaseNotice> notice = ReleaseNotice::build(items);
    return notice.value_or(ReleaseNotice());
}

} // namespace

class TestNotifier final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyEventIsConfigured();
    void showsOneReleasePost();
    void groupsSeveralPostsIntoOneNotification();
    void sendsPlainTextAsWritten_data();
    void sendsPlainTextAsWritten();
    void securityReleasesAreUrgent();
    void openShowsTheNewestPost_data();
    void openShowsTheNewestPost();
    void markAsReadMarksEveryPost();
    void aNewNoticeReplacesTheOpenOne();
    void anExpiredNoticeIsClosed();
    void noticesWithoutPostsOpenTheWindow();
    void testNotificationUsesTheReleaseEvent();
    void syncFailuresReplaceEachOtherAndClear();
    void stillRunningSaysWhereHeraldIs_data();
    void stillRunningSaysWhereHeraldIs();

private:
    /// Waits for the next Notify call and returns it.
    NotifyCall nextCall();

    QTranslator m_english;
    FakeNotificationServer *m_server = nullptr;
    Notifier *m_notifier = nullptr;
    qsizetype m_seen = 0;
};

void TestNotifier::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The build's English catalogue, for its plural forms ("The last 3 syncs failed").
    QVERIFY(m_english.load(u"herald_en"_s, u":/i18n"_s));
    QCoreApplication::installTranslator(&m_english);
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        QSKIP("Needs a private session bus: run it under dbus-run-session, as ctest does");
    }
    m_server = new FakeNotificationServer(this);
    // No "body-markup": KNotifications must then send the text as plain text.
    QVERIFY2(m_server->start({u"actions"_s, u"body"_s}), qPrintable(m_server->error()));
    QVERIFY(Notifier::ensureEventConfiguration());
}

void TestNotifier::init()
{
    m_server->clear();
    m_seen = 0;
    m_notifier = new Notifier(this);
}

void TestNotifier::cleanup()
{
    delete m_notifier;
    m_notifier = nullptr;
}

NotifyCall TestNotifier::nextCall()
{
    [&] { QTRY_VERIFY(m_server->calls().size() > m_seen); }();
    return m_server->calls().value(m_seen++);
}

void TestNotifier::everyEventIsConfigured()
{
    for (const QString &event : Notifier::eventIds()) {
        const KNotifyConfig config(Notifier::componentName(), event);
        QVERIFY2(config.isValid(), qPrintable(event));
        QCOMPARE(config.readEntry(u"Action"_s), u"Popup"_s);
        QVERIFY2(!config.readEntry(u"Name"_s).isEmpty(), qPrintable(event));
    }
    QCOMPARE(KNotifyConfig(Notifier::componentName(), ReleaseNotice::securityReleaseEvent()).readEntry(u"Urgency"_s),
        u"High"_s);
    QCOMPARE(
        KNotifyConfig(Notifier::componentName(), ReleaseNotice::newReleaseEvent()).readGlobalEntry(u"DesktopEntry"_s),
        u"org.herald.Herald"_s);
    // Found in the resources (KF6 reads knotifications6/ there too), or else in the copy Herald
    // wrote to the user's data directory; never in a file of someone else's.
    QFile copy(
        QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u'/' + Notifier::eventFileName());
    if (copy.open(QIODevice::ReadOnly)) {
        QVERIFY(copy.readLine().startsWith("# Written by Herald"));
    }
}

void TestNotifier::showsOneReleasePost()
{
    const ReleaseNotice notice
        = noticeFor({post(7, u"Python 3.14.7 and 3.13.15 are now available"_s, u"Two bugfix releases."_s)});
    m_notifier->show(notice);
    const NotifyCall call = nextCall();
    QCOMPARE(call.summary, u"Python 3.14.7 and 3.13.15 released"_s);
    QCOMPARE(call.body, u"Two bugfix releases."_s);
    QCOMPARE(call.actionLabels(), (QStringList {u"Open"_s, u"Mark as read"_s}));
    QVERIFY2(!call.actionKey(u"Open"_s, true).isEmpty(), "a click on the popup opens the post");
    // [Global] of herald.notifyrc names the application; the event goes along for the server.
    QCOMPARE(call.appName, u"Herald"_s);
    QCOMPARE(call.hints.value(u"x-kde-appname"_s).toString(), Notifier::componentName());
    QCOMPARE(call.hints.value(u"x-kde-eventId"_s).toString(), ReleaseNotice::newReleaseEvent());
    // Run from the build tree, so no theme has Herald's icon: the picture goes along instead.
    QVERIFY(call.hints.contains(u"image_data"_s) || call.hints.contains(u"image-data"_s) || !call.appIcon.isEmpty());
    QVERIFY(m_notifier->isNoticeOpen());
    QCOMPARE(m_notifier->openPostIds(), QList<qint64> {7});
    QTest::qWait(100);
    QCOMPARE(m_server->calls().size(), 1);
}

void TestNotifier::groupsSeveralPostsIntoOneNotification()
{
    const QList<Herald::Post> fresh {
        post(1, u"Python 3.15.0 alpha 2 is out"_s),
        post(2, u"Python 3.14.7 is now available"_s),
        post(3, u"Python 3.13.15 is now available"_s),
    };
    const ReleaseNotice notice = noticeFor(fresh);
    QCOMPARE(notice.postIds, (QList<qint64> {1, 2, 3}));
    m_notifier->show(notice);
    const NotifyCall call = nextCall();
    QCOMPARE(call.summary, notice.title);
    QCOMPARE(call.body.split(u'\n'),
        (QStringList {u"Python 3.15.0 alpha 2 is out"_s, u"Python 3.14.7 is now available"_s,
            u"Python 3.13.15 is now available"_s}));
    QCOMPARE(call.actionLabels(), (QStringList {u"Open"_s, u"Mark as read"_s}));
    // One notification, not one per post.
    QTest::qWait(200);
    QCOMPARE(m_server->calls().size(), 1);
}

void TestNotifier::sendsPlainTextAsWritten_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("ampersand") << u"Fixes & improvements"_s;
    QTest::newRow("angle brackets") << u"Use <venv> & pip > 24"_s;
    QTest::newRow("a tag") << u"<b>not bold</b>"_s;
    QTest::newRow("lines") << u"First line\nSecond line"_s;
    QTest::newRow("entity") << u"&amp; stays as written"_s;
}

void TestNotifier::sendsPlainTextAsWritten()
{
    QFETCH(QString, text);
    ReleaseNotice notice;
    notice.eventId = ReleaseNotice::newPostEvent();
    notice.title = u"A post"_s;
    notice.text = text;
    notice.postIds = {1};
    m_notifier->show(notice);
    QCOMPARE(nextCall().body, text);
}

void TestNotifier::securityReleasesAreUrgent()
{
    ReleaseNotice notice = noticeFor({post(4, u"Python 3.9.25 security release"_s)});
    notice.eventId = ReleaseNotice::securityReleaseEvent();
    m_notifier->show(notice);
    const NotifyCall security = nextCall();
    notice.eventId = ReleaseNotice::newReleaseEvent();
    m_notifier->show(notice);
    const NotifyCall release = nextCall();
    // The spec's urgency byte: 0 low, 1 normal, 2 critical. KNotifications sends High as an
    // explicit normal, and says nothing for Normal, which servers take as normal too; a
    // security release is never less urgent, and never critical (which ignores do-not-disturb).
    QCOMPARE(security.hints.value(u"x-kde-eventId"_s).toString(), ReleaseNotice::securityReleaseEvent());
    QCOMPARE(security.hints.value(u"urgency"_s).toInt(), 1);
    QCOMPARE(release.hints.value(u"urgency"_s, 1).toInt(), 1);
    // Each sent once: the urgency is not sent again as an update of the popup.
    QTest::qWait(100);
    QCOMPARE(m_server->calls().size(), 2);
}

void TestNotifier::openShowsTheNewestPost_data()
{
    QTest::addColumn<bool>("click");
    QTest::newRow("Open button") << false;
    QTest::newRow("click on the popup") << true;
}

void TestNotifier::openShowsTheNewestPost()
{
    QFETCH(bool, click);
    QSignalSpy open(m_notifier, &Notifier::openRequested);
    QSignalSpy markRead(m_notifier, &Notifier::markReadRequested);
    QSignalSpy closed(m_notifier, &Notifier::noticeClosed);
    m_notifier->show(noticeFor({post(11, u"Python 3.14.7 is now available"_s), post(12, u"Python 3.13.15 is out"_s)}));
    const NotifyCall call = nextCall();
    const QString key = call.actionKey(u"Open"_s, click);
    QVERIFY(!key.isEmpty());
    m_server->invokeAction(call.id, key);
    QTRY_COMPARE(open.count(), 1);
    QCOMPARE(open.constFirst().constFirst().toLongLong(), 11);
    QTRY_COMPARE(closed.count(), 1);
    QVERIFY(!m_notifier->isNoticeOpen());
    QCOMPARE(markRead.count(), 0);
}

void TestNotifier::markAsReadMarksEveryPost()
{
    QSignalSpy open(m_notifier, &Notifier::openRequested);
    QSignalSpy markRead(m_notifier, &Notifier::markReadRequested);
    m_notifier->show(noticeFor({post(21, u"Python 3.14.7 is now available"_s), post(22, u"Python 3.13.15 is out"_s)}));
    const NotifyCall call = nextCall();
    m_server->invokeAction(call.id, call.actionKey(u"Mark as read"_s));
    QTRY_COMPARE(markRead.count(), 1);
    QCOMPARE(markRead.constFirst().constFirst().value<QList<qint64>>(), (QList<qint64> {21, 22}));
    QCOMPARE(open.count(), 0);
}

void TestNotifier::aNewNoticeReplacesTheOpenOne()
{
    QSignalSpy closed(m_notifier, &Notifier::noticeClosed);
    m_notifier->show(noticeFor({post(31, u"Python 3.14.7 is now available"_s)}));
    const NotifyCall first = nextCall();
    const ReleaseNotice both
        = noticeFor({post(32, u"Python 3.14.8 is now available"_s), post(31, u"Python 3.14.7 is now available"_s)});
    m_notifier->show(both);
    const NotifyCall second = nextCall();
    QCOMPARE(second.summary, both.title);
    QTRY_VERIFY(m_server->closeRequests().contains(first.id));
    QVERIFY(!m_server->closeRequests().contains(second.id));
    QCOMPARE(m_notifier->openPostIds(), (QList<qint64> {32, 31}));
    // Replacing is not closing: the caller must not forget the posts on screen.
    QTest::qWait(100);
    QCOMPARE(closed.count(), 0);
    QVERIFY(m_notifier->isNoticeOpen());
}

void TestNotifier::anExpiredNoticeIsClosed()
{
    QSignalSpy closed(m_notifier, &Notifier::noticeClosed);
    m_notifier->show(noticeFor({post(41, u"Python 3.14.7 is now available"_s)}));
    const NotifyCall call = nextCall();
    m_server->close(call.id, 1);
    QTRY_COMPARE(closed.count(), 1);
    QVERIFY(!m_notifier->isNoticeOpen());
    QVERIFY(m_notifier->openPostIds().isEmpty());
}

void TestNotifier::noticesWithoutPostsOpenTheWindow()
{
    QSignalSpy window(m_notifier, &Notifier::windowRequested);
    QSignalSpy open(m_notifier, &Notifier::openRequested);
    ReleaseNotice imported = ReleaseNotice::imported(327);
    imported.eventId = Notifier::importedEvent();
    m_notifier->show(imported);
    const NotifyCall call = nextCall();
    QCOMPARE(call.summary, imported.title);
    QCOMPARE(call.body, imported.text);
    QVERIFY2(call.actionLabels().isEmpty(), "no Mark as read for the whole archive");
    m_server->invokeAction(call.id, call.actionKey(u"Open Herald"_s, true));
    QTRY_COMPARE(window.count(), 1);
    QCOMPARE(open.count(), 0);
}

void TestNotifier::testNotificationUsesTheReleaseEvent()
{
    m_notifier->sendTest();
    const NotifyCall call = nextCall();
    QCOMPARE(call.summary, u"Herald notifications work"_s);
    QVERIFY(!call.body.isEmpty());
    // The test goes through the release event, so the user's settings for it apply.
    QCOMPARE(call.hints.value(u"x-kde-eventId"_s).toString(), ReleaseNotice::newReleaseEvent());
    QVERIFY(!m_notifier->isNoticeOpen());
}

void TestNotifier::syncFailuresReplaceEachOtherAndClear()
{
    m_notifier->notifySyncFailing(3, u"https://blog.python.org/rss.xml: Connection refused"_s);
    const NotifyCall first = nextCall();
    QCOMPARE(first.summary, u"Herald cannot fetch new posts"_s);
    QVERIFY2(first.body.contains(u"3 syncs failed"_s), qPrintable(first.body));
    QVERIFY2(first.body.contains(u"Connection refused"_s), qPrintable(first.body));
    m_notifier->notifySyncFailing(4, u"timed out"_s);
    const NotifyCall second = nextCall();
    QVERIFY2(second.body.contains(u"4 syncs failed"_s), qPrintable(second.body));
    QTRY_VERIFY(m_server->closeRequests().contains(first.id));
    m_notifier->clearSyncFailing();
    QTRY_VERIFY(m_server->closeRequests().contains(second.id));
    // A failure notice is not the release notice.
    QVERIFY(!m_notifier->isNoticeOpen());
}

void TestNotifier::stillRunningSaysWhereHeraldIs_data()
{
    QTest::addColumn<bool>("inTray");
    QTest::addColumn<QString>("where");
    QTest::newRow("tray") << true << u"system tray"_s;
    QTest::newRow("no tray") << false << u"Start it again"_s;
}

void TestNotifier::stillRunningSaysWhereHeraldIs()
{
    QFETCH(bool, inTray);
    QFETCH(QString, where);
    m_notifier->notifyStillRunning(inTray);
    const NotifyCall call = nextCall();
    QCOMPARE(call.summary, u"Herald is still running"_s);
    QVERIFY2(call.body.contains(where), qPrintable(call.body));
}

QTEST_MAIN(TestNotifier)
#include "tst_notifier.moc"
