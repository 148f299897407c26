// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/app/singleinstance.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QLocalSocket>
#include <QLockFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtEndian>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <csignal>
#include <future>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Herald::Result;
using Herald::SingleInstance;

namespace {

/// What listen() made of `instance`: "primary", "secondary", or its error.
QString listenAs(SingleInstance &instance)
{
    const Result<SingleInstance::Role> role = instance.listen();
    if (!role) {
        return u"error: "_s + role.error().message();
    }
    return *role == SingleInstance::Role::Primary ? u"primary"_s : u"secondary"_s;
}

// Sends from another thread: the primary answers from this thread's event loop, which a
// blocking send on the same thread would stall.
std::future<bool> sendInBackground(const QString &key, const QStringList &arguments)
{
    return std::async(std::launch::async, [key, arguments] {
        SingleInstance sender(key, nullptr);
        return bool(sender.sendToPrimary(arguments, 5s));
    });
}

QByteArray framed(const QByteArray &payload)
{
    QByteArray message(4, Qt::Uninitialized);
    qToBigEndian(quint32(payload.size()), message.data());
    return message + payload;
}

QByteArray payloadWith(quint32 magic, quint16 version, quint32 count, const QStringList &arguments)
{
    QByteArray payload;
    QDataStream out(&payload, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_0);
    out << magic << version << count;
    for (const QString &argument : arguments) {
        out << argument;
    }
    return payload;
}

constexpr quint32 Magic = 0x48524c44;

std::unique_ptr<QProcess> startHelper(const QStringList &arguments)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process->start(QCoreApplication::applicationFilePath(), QStringList {u"--helper"_s} + arguments);
    return process;
}

} // namespace

class TestSingleInstance final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void primaryReceivesArguments_data();
    void primaryReceivesArguments();
    void secondListenIsRefused();
    void socketIsPrivate();
    void noPrimaryFailsFast();
    void primaryGoneAfterDestruction();
    void deliversAcrossProcesses();
    void staleSocketFromCrashIsCleanedUp();
    void garbageIsIgnored_data();
    void garbageIsIgnored();
    void idleClientDoesNotBlockOthers();
    void keysDifferPerDataDirectory();
    void differentKeysRunSideBySide();
    void simultaneousLaunchesElectOnePrimary_data();
    void simultaneousLaunchesElectOnePrimary();

private:
    QString uniqueKey() { return u"tst-si-%1"_s.arg(++m_keys); }
    int m_keys = 0;
};

void TestSingleInstance::initTestCase()
{
    // main() pointed the runtime directory at a private temporary one, so these tests never
    // meet a real Herald and the helper processes share it.
    QVERIFY(qEnvironmentVariableIsSet("XDG_RUNTIME_DIR"));
}

void TestSingleInstance::primaryReceivesArguments_data()
{
    QTest::addColumn<QStringList>("arguments");

    QTest::newRow("a feed URL") << QStringList {u"herald"_s, u"https://blog.python.org/feeds/posts/default"_s};
    QTest::newRow("nothing") << QStringList();
    QTest::newRow("an empty argument") << QStringList {u"herald"_s, QString(), u"--show"_s};
    QTest::newRow("non-ASCII") << QStringList {u"herald"_s, u"/home/zoë/Ünïcode feeds/привет.xml"_s};
    QTest::newRow("100 KB argument") << QStringList {u"herald"_s, QString(50'000, u'x')};
    QTest::newRow("many arguments") << QStringList(500, u"--hidden"_s);
}

void TestSingleInstance::primaryReceivesArguments()
{
    QFETCH(QStringList, arguments);
    const QString key = uniqueKey();
    SingleInstance primary(key, nullptr);
    QCOMPARE(listenAs(primary), u"primary"_s);
    QVERIFY(primary.isPrimary());
    QSignalSpy received(&primary, &SingleInstance::messageReceived);

    std::future<bool> delivered = sendInBackground(key, arguments);
    QTRY_COMPARE(received.count(), 1);
    QCOMPARE(received.constFirst().constFirst().toStringList(), arguments);
    QTRY_VERIFY(delivered.wait_for(0s) == std::future_status::ready);
    QVERIFY(delivered.get());
    // The primary keeps serving.
    std::future<bool> again = sendInBackground(key, {u"again"_s});
    QTRY_COMPARE(received.count(), 2);
    QTRY_VERIFY(again.wait_for(0s) == std::future_status::ready);
    QVERIFY(again.get());
}

void TestSingleInstance::secondListenIsRefused()
{
    const QString key = uniqueKey();
    SingleInstance primary(key, nullptr);
    QCOMPARE(listenAs(primary), u"primary"_s);
    QCOMPARE(listenAs(primary), u"primary"_s); // already the primary

    SingleInstance second(key, nullptr);
    QCOMPARE(listenAs(second), u"secondary"_s);
    QVERIFY(!second.isPrimary());
    // The refused one did not take the socket away from the primary.
    QSignalSpy received(&primary, &SingleInstance::messageReceived);
    std::future<bool> delivered = sendInBackground(key, {u"x"_s});
    QTRY_COMPARE(received.count(), 1);
    QTRY_VERIFY(delivered.wait_for(0s) == std::future_status::ready);
    QVERIFY(delivered.get());
    // A primary does not send to itself (it would wait on its own event loop).
    QVERIFY(!primary.sendToPrimary({u"x"_s}, 1s));
}

void TestSingleInstance::socketIsPrivate()
{
#if defined(Q_OS_UNIX)
    const QString key = uniqueKey();
    SingleInstance primary(key, nullptr);
    QCOMPARE(listenAs(primary), u"primary"_s);
    // Inside the per-user runtime directory, and only the user may connect.
    QCOMPARE(QFileInfo(primary.serverName()).absolutePath(),
        QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation));
    const QFile::Permissions permissions = QFileInfo(primary.serverName()).permissions();
    QVERIFY(permissions & QFile::WriteOwner);
    QCOMPARE(permissions & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
        QFile::Permissions());
#else
    QSKIP("Unix socket files only");
#endif
}

void TestSingleInstance::noPrimaryFailsFast()
{
    SingleInstance sender(uniqueKey(), nullptr);
    QElapsedTimer timer;
    timer.start();
    const Result<void> sent = sender.sendToPrimary({u"herald"_s}, 10s);
    QVERIFY(!sent);
    QCOMPARE_LT(timer.elapsed(), 1000);
    QVERIFY(!sent.error().message().isEmpty());
}

void TestSingleInstance::primaryGoneAfterDestruction()
{
    const QString key = uniqueKey();
    QString serverName;
    {
        SingleInstance primary(key, nullptr);
        QCOMPARE(listenAs(primary), u"primary"_s);
        serverName = primary.serverName();
    }
    QVERIFY(!QFileInfo::exists(serverName));
    SingleInstance sender(key, nullptr);
    QVERIFY(!sender.sendToPrimary({u"x"_s}, 1s));
    SingleInstance next(key, nullptr);
    QCOMPARE(listenAs(next), u"primary"_s);
}

void TestSingleInstance::deliversAcrossProcesses()
{
    const QString key = uniqueKey();
    SingleInstance primary(key, nullptr);
    QCOMPARE(listenAs(primary), u"primary"_s);
    QSignalSpy received(&primary, &SingleInstance::messageReceived);

    const auto sender = startHelper({u"send"_s, key, u"herald"_s, u"https://example.org/feed"_s});
    // Not waitForFinished(): the primary must keep running its event loop to answer.
    QTRY_COMPARE_WITH_TIMEOUT(sender->state(), QProcess::NotRunning, 10s);
    QCOMPARE(sender->exitStatus(), QProcess::NormalExit);
    QCOMPARE(sender->exitCode(), 0);
    QCOMPARE(received.count(), 1);
    QCOMPARE(
        received.constFirst().constFirst().toStringList(), (QStringList {u"herald"_s, u"https://example.org/feed"_s}));
}

void TestSingleInstance::staleSocketFromCrashIsCleanedUp()
{
#if defined(Q_OS_UNIX)
    const QString key = uniqueKey();
    // A primary that is killed outright leaves its socket file, and here its lock file too.
    const auto crashing = startHelper({u"crash"_s, key});
    QVERIFY(crashing->waitForFinished(10'000));
    QCOMPARE(QString::fromUtf8(crashing->readAllStandardOutput()).trimmed(), u"listening"_s);
    QCOMPARE(crashing->exitStatus(), QProcess::CrashExit);

    SingleInstance next(key, nullptr);
    QVERIFY(QFileInfo::exists(next.serverName()));
    QVERIFY(
        QFileInfo::exists(QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation) + u'/' + key + u".lock"_s));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!next.sendToPrimary({u"x"_s}, 5s)); // nobody behind the file
    QCOMPARE(listenAs(next), u"primary"_s);
    QCOMPARE_LT(timer.elapsed(), 3000); // the stale lock did not cost the lock timeout

    QSignalSpy received(&next, &SingleInstance::messageReceived);
    std::future<bool> delivered = sendInBackground(key, {u"after the crash"_s});
    QTRY_COMPARE(received.count(), 1);
    QTRY_VERIFY(delivered.wait_for(0s) == std::future_status::ready);
    QVERIFY(delivered.get());
#else
    QSKIP("Socket files and SIGKILL are Unix");
#endif
}

void TestSingleInstance::garbageIsIgnored_data()
{
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("an HTTP request") << "GET / HTTP/1.1\r\nHost: localhost\r\n\r\n"_ba;
    QTest::newRow("an empty frame") << framed({});
    QTest::newRow("wrong magic") << framed(payloadWith(0xdeadbeef, 1, 1, {u"x"_s}));
    QTest::newRow("version zero") << framed(payloadWith(Magic, 0, 1, {u"x"_s}));
    QTest::newRow("a count beyond the payload") << framed(payloadWith(Magic, 1, 0x7fffffff, {u"x"_s}));
    QTest::newRow("a truncated string") << framed(payloadWith(Magic, 1, 1, {}) + "\x00\x00\x10\x00ab"_ba);
    QTest::newRow("trailing bytes") << framed(payloadWith(Magic, 1, 1, {u"x"_s}) + "junk"_ba);
    QTest::newRow("random bytes") << QByteArray::fromHex("ffffffff0102030405060708090a0b0c");
}

void TestSingleInstance::garbageIsIgnored()
{
    QFETCH(QByteArray, bytes);
    const QString key = uniqueKey();
    SingleInstance primary(key, nullptr);
    QCOMPARE(listenAs(primary), u"primary"_s);
    QSignalSpy received(&primary, &SingleInstance::messageReceived);

    QLocalSocket garbage;
    garbage.connectToServer(primary.serverName());
    QVERIFY(garbage.waitForConnected(1000));
    garbage.write(bytes);
    // The primary hangs up without an answer.
    QTRY_COMPARE(garbage.state(), QLocalSocket::UnconnectedState);
    QCOMPARE(garbage.readAll(), QByteArray());
    QCOMPARE(received.count(), 0);

    std::future<bool> delivered = sendInBackground(key, {u"still here"_s});
    QTRY_COMPARE(received.count(), 1);
    QTRY_VERIFY(delivered.wait_for(0s) == std::future_status::ready);
    QVERIFY(delivered.get());
}

void TestSingleInstance::idleClientDoesNotBlockOthers()
{
    const QString key = uniqueKey();
    SingleInstance primary(key, nullptr);
    QCOMPARE(listenAs(primary), u"primary"_s);
    QSignalSpy received(&primary, &SingleInstance::messageReceived);

    QLocalSocket idle;
    idle.connectToServer(primary.serverName());
    QVERIFY(idle.waitForConnected(1000));
    QLocalSocket halfway;
    halfway.connectToServer(primary.serverName());
    QVERIFY(halfway.waitForConnected(1000));
    halfway.write(framed(payloadWith(Magic, 1, 1, {u"cut off"_s})).first(10));

    std::future<bool> delivered = sendInBackground(key, {u"through"_s});
    QTRY_COMPARE(received.count(), 1);
    QCOMPARE(received.constFirst().constFirst().toStringList(), QStringList {u"through"_s});
    QTRY_VERIFY(delivered.wait_for(0s) == std::future_status::ready);
    QVERIFY(delivered.get());
}

void TestSingleInstance::keysDifferPerDataDirectory()
{
    QTemporaryDir a;
    QTemporaryDir b;
    QVERIFY(a.isValid() && b.isValid());
    const QString keyA = SingleInstance::keyFor(a.path());
    QVERIFY(keyA != SingleInstance::keyFor(b.path()));
    static const QRegularExpression shape(u"^herald-[0-9a-f]{16}$"_s);
    QVERIFY2(shape.match(keyA).hasMatch(), qPrintable(keyA));
    // The same directory however it is spelled.
    QCOMPARE(SingleInstance::keyFor(a.path() + u'/'), keyA);
    QCOMPARE(SingleInstance::keyFor(a.path() + u"/sub/.."_s), keyA);
    QCOMPARE(SingleInstance::keyFor(a.path()), keyA); // stable
#if defined(Q_OS_UNIX)
    const QString link = b.filePath(u"link"_s);
    QVERIFY(QFile::link(a.path(), link));
    QCOMPARE(SingleInstance::keyFor(link), keyA);
#endif
    // A directory that does not exist yet (a fresh --data-dir) still has its own key.
    QVERIFY(SingleInstance::keyFor(a.filePath(u"new"_s)) != keyA);
    // No --data-dir means the platform default.
    QCOMPARE(SingleInstance::keyFor(QString()), SingleInstance::keyFor(Herald::Database::defaultDirectory()));
}

void TestSingleInstance::differentKeysRunSideBySide()
{
    QTemporaryDir a;
    QTemporaryDir b;
    SingleInstance first(SingleInstance::keyFor(a.path()), nullptr);
    SingleInstance second(SingleInstance::keyFor(b.path()), nullptr);
    QCOMPARE(listenAs(first), u"primary"_s);
    QCOMPARE(listenAs(second), u"primary"_s);
    QVERIFY(first.serverName() != second.serverName());
}

void TestSingleInstance::simultaneousLaunchesElectOnePrimary_data()
{
    QTest::addColumn<int>("launches");

    QTest::newRow("two") << 2;
    QTest::newRow("four") << 4;
    QTest::newRow("four again") << 4;
}

void TestSingleInstance::simultaneousLaunchesElectOnePrimary()
{
    QFETCH(int, launches);
    const QString key = uniqueKey();
    // All of them wait for the same moment, then call listen().
    const QString startAt = QString::number(QDateTime::currentMSecsSinceEpoch() + 700);
    // On a failure the helpers still running (a second primary waiting for messages) are
    // killed as the list goes.
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < launches; ++i) {
        processes.push_back(startHelper({u"race"_s, key, startAt, QString::number(launches)}));
    }
    int primaries = 0;
    int delivered = 0;
    for (const std::unique_ptr<QProcess> &process : processes) {
        QVERIFY(process->waitForFinished(20'000));
        QCOMPARE(process->exitStatus(), QProcess::NormalExit);
        const QString output = QString::fromUtf8(process->readAllStandardOutput()).trimmed();
        QVERIFY2(process->exitCode() == 0, qPrintable(output));
        if (output == "primary"_L1) {
            ++primaries;
        } else if (output == "delivered"_L1) {
            ++delivered;
        } else {
            QFAIL(qPrintable(output));
        }
    }
    QCOMPARE(primaries, 1);
    QCOMPARE(delivered, launches - 1);
}

namespace {

// The helper modes run when the test binary is started with --helper.
int runHelper(const QStringList &arguments)
{
    QTextStream out(stdout);
    const QString mode = arguments.value(0);
    const QString key = arguments.value(1);
    if (mode == "send"_L1) {
        SingleInstance sender(key, nullptr);
        return sender.sendToPrimary(arguments.mid(2), 5s) ? 0 : 1;
    }
    if (mode == "crash"_L1) {
        SingleInstance primary(key, nullptr);
        if (listenAs(primary) != "primary"_L1) {
            return 1;
        }
        // Die holding the lock as well, as if killed in the middle of listen().
        QLockFile lock(QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation) + u'/' + key + u".lock"_s);
        if (!lock.tryLock()) {
            return 1;
        }
        out << "listening" << Qt::endl;
#if defined(Q_OS_UNIX)
        std::raise(SIGKILL);
#endif
        std::abort();
    }
    if (mode == "race"_L1) {
        const qint64 wait = arguments.value(2).toLongLong() - QDateTime::currentMSecsSinceEpoch();
        const int launches = arguments.value(3).toInt();
        if (wait > 0) {
            QThread::msleep(wait);
        }
        SingleInstance instance(key, nullptr);
        const QString role = listenAs(instance);
        if (role == "primary"_L1) {
            out << "primary" << Qt::endl;
            // Serve until every other launch has handed over its arguments.
            int received = 0;
            QEventLoop loop;
            QObject::connect(&instance, &SingleInstance::messageReceived, &loop, [&received, &loop, launches] {
                if (++received == launches - 1) {
                    loop.quit();
                }
            });
            QTimer::singleShot(15s, &loop, &QEventLoop::quit);
            loop.exec();
            return received == launches - 1 ? 0 : 1;
        }
        if (role != "secondary"_L1) {
            out << role << Qt::endl;
            return 1;
        }
        const Result<void> sent = instance.sendToPrimary({u"peer"_s}, 10s);
        out << (sent ? "delivered" : "undelivered: ") << (sent ? QString() : sent.error().message()) << Qt::endl;
        return 0;
    }
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc > 2 && qstrcmp(argv[1], "--helper") == 0) {
        QCoreApplication app(argc, argv);
        return runHelper(QCoreApplication::arguments().mid(2));
    }
    // A private runtime directory, inherited by the helper processes.
    QTemporaryDir runtime;
    if (!runtime.isValid()) {
        return 1;
    }
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
    QCoreApplication app(argc, argv);
    TestSingleInstance test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_singleinstance.moc"
