// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/app/autostart.h"
#include "verifyresult.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <array>
#include <memory>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#if defined(Q_OS_LINUX)
#include <linux/capability.h>
#include <sys/syscall.h>
#endif
#endif

using namespace Qt::StringLiterals;
using Herald::Autostart;
using Herald::Result;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

// The value of @p key in the [Desktop Entry] group, read line by line as a launcher would.
QString entryValue(const QString &entry, QStringView key)
{
    for (const QStringView line : qTokenize(entry, u'\n')) {
        if (line.startsWith(key) && line.sliced(key.size()).startsWith(u'=')) {
            return line.sliced(key.size() + 1).toString();
        }
    }
    return {};
}

bool runningAsRoot()
{
#if defined(Q_OS_UNIX)
    return ::geteuid() == 0;
#else
    return false;
#endif
}

/// While it lives, this thread obeys file permissions even as root: the effective set loses
/// CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH (the permitted set keeps them, to give them back).
/// Root is how the build root runs the tests; a read-only folder must stop it all the same.
class PermissionsForRoot final
{
public:
    PermissionsForRoot()
    {
#if defined(Q_OS_LINUX)
        m_header.version = _LINUX_CAPABILITY_VERSION_3;
        if (::syscall(SYS_capget, &m_header, m_saved.data()) != 0) {
            return;
        }
        std::array<__user_cap_data_struct, 2> reduced = m_saved;
        reduced[0].effective &= ~((1U << CAP_DAC_OVERRIDE) | (1U << CAP_DAC_READ_SEARCH));
        m_active = ::syscall(SYS_capset, &m_header, reduced.data()) == 0;
#endif
    }
    ~PermissionsForRoot()
    {
#if defined(Q_OS_LINUX)
        if (m_active) {
            ::syscall(SYS_capset, &m_header, m_saved.data());
        }
#endif
    }
    Q_DISABLE_COPY_MOVE(PermissionsForRoot)

    /// Whether permissions now bind this thread.
    [[nodiscard]] bool active() const { return m_active || !runningAsRoot(); }

private:
#if defined(Q_OS_LINUX)
    __user_cap_header_struct m_header {};
    std::array<__user_cap_data_struct, 2> m_saved {};
#endif
    bool m_active = false;
};

} // namespace

class TestAutostart final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void enableWritesADesktopEntry();
    void disableRemovesIt();
    void stateFollowsTheFile_data();
    void stateFollowsTheFile();
    void staleEntryIsRewritten();
    void unwritableLocationIsReported_data();
    void unwritableLocationIsReported();
    void desktopExec_data();
    void desktopExec();
    void parseDesktopExec_data();
    void parseDesktopExec();
    void launchAgentRoundTrips();
    void launchAgentCanBeDisabled();
    void windowsCommandLine_data();
    void windowsCommandLine();
    void defaultCommandIsThisExecutableHidden();

private:
    QString autostartFolder() const { return m_config->filePath(u"autostart"_s); }

    std::unique_ptr<QTemporaryDir> m_config;
};

void TestAutostart::init()
{
    // QStandardPaths reads XDG_CONFIG_HOME on every call, so each test gets a fresh one. Test
    // mode is not used: it would put the entry in the shared ~/.qttest instead.
    m_config = std::make_unique<QTemporaryDir>();
    QVERIFY(m_config->isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config->path()));
    QCOMPARE(Autostart(u"/usr/bin/herald"_s, {}).location(), autostartFolder() + u"/herald.desktop"_s);
}

void TestAutostart::enableWritesADesktopEntry()
{
    Autostart autostart(u"/opt/My Apps/Herald 2/herald"_s, {u"--hidden"_s});
    QCOMPARE(autostart.state(), Autostart::State::Disabled);
    HERALD_VERIFY_RESULT(autostart.setEnabled(true));
    QCOMPARE(autostart.state(), Autostart::State::Enabled);
    QVERIFY(autostart.isEnabled());

    const QString entry = QString::fromUtf8(readFile(autostart.location()));
    QVERIFY(entry.startsWith(u"[Desktop Entry]\n"_s));
    QCOMPARE(entryValue(entry, u"Type"), u"Application"_s);
    QCOMPARE(entryValue(entry, u"Name"), u"Herald"_s);
    QCOMPARE(entryValue(entry, u"Icon"), u"herald"_s);
    QCOMPARE(entryValue(entry, u"X-GNOME-Autostart-enabled"), u"true"_s);
    QVERIFY(!entryValue(entry, u"Comment").isEmpty());
    // The path with spaces is one quoted argument; the option follows it.
    QCOMPARE(entryValue(entry, u"Exec"), u"\"/opt/My Apps/Herald 2/herald\" --hidden"_s);
    QCOMPARE(Autostart::desktopEntryCommand(entry), QStringList({u"/opt/My Apps/Herald 2/herald"_s, u"--hidden"_s}));
    // Nothing but the entry itself is left in the folder (QSaveFile's temporary is gone).
    QCOMPARE(QDir(autostartFolder()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
        QStringList {u"herald.desktop"_s});
}

void TestAutostart::disableRemovesIt()
{
    Autostart autostart(u"/usr/bin/herald"_s, {u"--hidden"_s});
    QVERIFY(autostart.setEnabled(true));
    QVERIFY(QFile::exists(autostart.location()));
    HERALD_VERIFY_RESULT(autostart.setEnabled(false));
    QVERIFY(!QFile::exists(autostart.location()));
    QCOMPARE(autostart.state(), Autostart::State::Disabled);
    QVERIFY(!autostart.isEnabled());
    HERALD_VERIFY_RESULT(autostart.setEnabled(false)); // already off
}

void TestAutostart::stateFollowsTheFile_data()
{
    QTest::addColumn<QByteArray>("entry");
    QTest::addColumn<int>("state");

    const int disabled = int(Autostart::State::Disabled);
    const int enabled = int(Autostart::State::Enabled);
    const int stale = int(Autostart::State::Stale);
    QTest::newRow("ours") << "[Desktop Entry]\nType=Application\nExec=/usr/bin/herald --hidden\n"_ba << enabled;
    QTest::newRow("spaces around =, CRLF")
        << "[Desktop Entry]\r\nType = Application\r\nExec = /usr/bin/herald --hidden\r\n"_ba << enabled;
    QTest::newRow("a field code") << "[Desktop Entry]\nExec=/usr/bin/herald --hidden %U\n"_ba << enabled;
    QTest::newRow("another executable") << "[Desktop Entry]\nExec=/home/me/old/herald --hidden\n"_ba << stale;
    QTest::newRow("without --hidden") << "[Desktop Entry]\nExec=/usr/bin/herald\n"_ba << stale;
    QTest::newRow("no Exec") << "[Desktop Entry]\nType=Application\n"_ba << stale;
    QTest::newRow("unterminated quote") << "[Desktop Entry]\nExec=\"/usr/bin/herald --hidden\n"_ba << stale;
    QTest::newRow("Exec in another group")
        << "[Desktop Entry]\nType=Application\n[Desktop Action x]\nExec=/usr/bin/herald --hidden\n"_ba << stale;
    QTest::newRow("hidden by the user") << "[Desktop Entry]\nExec=/usr/bin/herald --hidden\nHidden=true\n"_ba
                                        << disabled;
    QTest::newRow("switched off in GNOME")
        << "[Desktop Entry]\nExec=/usr/bin/herald --hidden\nX-GNOME-Autostart-enabled=false\n"_ba << disabled;
    QTest::newRow("empty file") << QByteArray() << stale;
}

void TestAutostart::stateFollowsTheFile()
{
    QFETCH(QByteArray, entry);
    QFETCH(int, state);
    Autostart autostart(u"/usr/bin/herald"_s, {u"--hidden"_s});
    QVERIFY(QDir().mkpath(autostartFolder()));
    QVERIFY(writeFile(autostart.location(), entry));
    QCOMPARE(int(autostart.state()), state);
    QCOMPARE(autostart.isEnabled(), state != int(Autostart::State::Disabled));

    // Enabling always ends with an entry that starts this executable.
    QVERIFY(autostart.setEnabled(true));
    QCOMPARE(autostart.state(), Autostart::State::Enabled);
}

void TestAutostart::staleEntryIsRewritten()
{
    Autostart moved(u"/home/me/old place/herald"_s, {u"--hidden"_s});
    QVERIFY(moved.setEnabled(true));
    Autostart current(u"/usr/local/bin/herald"_s, {u"--hidden"_s});
    QCOMPARE(current.state(), Autostart::State::Stale);
    QVERIFY(current.isEnabled()); // something still starts at login

    QVERIFY(current.setEnabled(true));
    QCOMPARE(current.state(), Autostart::State::Enabled);
    QCOMPARE(moved.state(), Autostart::State::Stale);
    QCOMPARE(entryValue(QString::fromUtf8(readFile(current.location())), u"Exec"), u"/usr/local/bin/herald --hidden"_s);
}

void TestAutostart::unwritableLocationIsReported_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<bool>("enable");
    QTest::addColumn<QString>("named"); // the path the error must name, relative to the config folder

    QTest::newRow("read-only autostart folder") << u"readonly-autostart"_s << true << u"autostart/herald.desktop"_s;
    QTest::newRow("read-only autostart folder, disabling")
        << u"readonly-autostart"_s << false << u"autostart/herald.desktop"_s;
    QTest::newRow("read-only config folder") << u"readonly-config"_s << true << u"autostart"_s;
    QTest::newRow("autostart is a file") << u"autostart-file"_s << true << u"autostart"_s;
    QTest::newRow("the entry is a folder") << u"entry-folder"_s << true << u"autostart/herald.desktop"_s;
}

void TestAutostart::unwritableLocationIsReported()
{
    QFETCH(QString, setup);
    QFETCH(bool, enable);
    QFETCH(QString, named);
    const bool permissions = setup.startsWith(u"readonly"_s);
    const PermissionsForRoot obeyPermissions;
    QVERIFY2(!permissions || obeyPermissions.active(), "cannot make root obey file permissions (capset)");

    Autostart autostart(u"/usr/bin/herald"_s, {u"--hidden"_s});
    const QString folder = autostartFolder();
    const QFile::Permissions readOnly = QFile::ReadOwner | QFile::ExeOwner;
    const QFile::Permissions writable = readOnly | QFile::WriteOwner;
    QString locked;
    if (setup == "readonly-autostart"_L1) {
        QVERIFY(QDir().mkpath(folder));
        if (!enable) {
            QVERIFY(autostart.setEnabled(true));
        }
        locked = folder;
    } else if (setup == "readonly-config"_L1) {
        locked = m_config->path();
    } else if (setup == "autostart-file"_L1) {
        QVERIFY(writeFile(folder, "not a folder"));
    } else {
        QVERIFY(QDir().mkpath(autostart.location()));
    }
    if (!locked.isEmpty()) {
        QVERIFY(QFile::setPermissions(locked, readOnly));
    }
    // Give QTemporaryDir back a folder it can delete, whatever happens.
    const auto restore = qScopeGuard([&locked, writable] {
        if (!locked.isEmpty()) {
            QFile::setPermissions(locked, writable);
        }
    });
    const Autostart::State before = autostart.state();

    const Result<void> changed = autostart.setEnabled(enable);
    QVERIFY(!changed);
    const QString &error = changed.error().message();
    QVERIFY2(error.contains(QDir::toNativeSeparators(m_config->filePath(named))), qPrintable(error));
    QCOMPARE(autostart.state(), before);
}

void TestAutostart::desktopExec_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("exec"); // as written in the file

    QTest::newRow("plain") << QStringList {u"/usr/bin/herald"_s, u"--hidden"_s} << u"/usr/bin/herald --hidden"_s;
    QTest::newRow("spaces") << QStringList {u"/opt/My Apps/herald"_s, u"--hidden"_s}
                            << u"\"/opt/My Apps/herald\" --hidden"_s;
    QTest::newRow("percent") << QStringList {u"/opt/100%/herald"_s} << u"/opt/100%%/herald"_s;
    QTest::newRow("a double quote") << QStringList {u"/opt/a\"b/herald"_s} << u"\"/opt/a\\\\\"b/herald\""_s;
    QTest::newRow("a backslash") << QStringList {u"/opt/a\\b/herald"_s} << u"\"/opt/a\\\\\\\\b/herald\""_s;
    QTest::newRow("a dollar") << QStringList {u"/opt/$HOME/herald"_s} << u"\"/opt/\\\\$HOME/herald\""_s;
    QTest::newRow("a backtick") << QStringList {u"/opt/a`b/herald"_s} << u"\"/opt/a\\\\`b/herald\""_s;
    QTest::newRow("shell characters") << QStringList {u"/opt/a&b;c|d(e)/herald"_s} << u"\"/opt/a&b;c|d(e)/herald\""_s;
    QTest::newRow("an apostrophe") << QStringList {u"/home/o'brien/herald"_s} << u"\"/home/o'brien/herald\""_s;
    QTest::newRow("an empty argument") << QStringList {u"/usr/bin/herald"_s, QString()} << u"/usr/bin/herald \"\""_s;
    QTest::newRow("non-ASCII") << QStringList {u"/home/zoë/bin/herald"_s} << u"/home/zoë/bin/herald"_s;
    QTest::newRow("a newline") << QStringList {u"/opt/a\nb/herald"_s} << u"\"/opt/a\\nb/herald\""_s;
}

void TestAutostart::desktopExec()
{
    QFETCH(QStringList, command);
    QFETCH(QString, exec);
    QCOMPARE(Autostart::desktopExec(command), exec);
    QCOMPARE(Autostart::parseDesktopExec(exec), command);
    // And through a whole entry.
    QCOMPARE(Autostart::desktopEntryCommand(Autostart::desktopEntry(command)), command);
}

void TestAutostart::parseDesktopExec_data()
{
    QTest::addColumn<QString>("exec");
    QTest::addColumn<std::optional<QStringList>>("command");

    QTest::newRow("field codes stand for nothing")
        << u"herald %U --hidden %f"_s << std::optional(QStringList {u"herald"_s, u"--hidden"_s});
    QTest::newRow("several spaces") << u"  herald   --hidden "_s
                                    << std::optional(QStringList {u"herald"_s, u"--hidden"_s});
    QTest::newRow("the \\s escape") << u"\"/opt/a\\sb/herald\""_s << std::optional(QStringList {u"/opt/a b/herald"_s});
    QTest::newRow("empty") << QString() << std::optional(QStringList());
    QTest::newRow("unterminated quote") << u"\"herald --hidden"_s << std::optional<QStringList>();
}

void TestAutostart::parseDesktopExec()
{
    QFETCH(QString, exec);
    QFETCH(std::optional<QStringList>, command);
    QCOMPARE(Autostart::parseDesktopExec(exec), command);
}

void TestAutostart::launchAgentRoundTrips()
{
    const QStringList command {u"/Applications/Herald & Co <beta>.app/Contents/MacOS/Herald"_s, u"--hidden"_s};
    const QByteArray plist = Autostart::launchAgent(command);
    QCOMPARE(Autostart::launchAgentCommand(plist), command);

    // Well-formed, and it says what launchd needs.
    QXmlStreamReader xml(plist);
    QStringList keys;
    bool runAtLoad = false;
    QString previousKey;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        if (xml.name() == "key"_L1) {
            previousKey = xml.readElementText();
            keys.append(previousKey);
        } else if (xml.name() == "string"_L1 && previousKey == "Label"_L1) {
            QCOMPARE(xml.readElementText(), u"org.herald.Herald"_s);
        } else if (xml.name() == "true"_L1 && previousKey == "RunAtLoad"_L1) {
            runAtLoad = true;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(runAtLoad);
    QVERIFY(keys.contains(u"ProgramArguments"_s));
    QVERIFY(plist.contains("<!DOCTYPE plist"));
}

void TestAutostart::launchAgentCanBeDisabled()
{
    QByteArray plist = Autostart::launchAgent({u"/Applications/Herald.app/Contents/MacOS/Herald"_s});
    plist.replace("<key>RunAtLoad</key>", "<key>Disabled</key>\n<true/>\n<key>RunAtLoad</key>");
    QCOMPARE(Autostart::launchAgentCommand(plist), std::nullopt);
    QCOMPARE(Autostart::launchAgentCommand("<plist><dict>"), QStringList()); // truncated
}

void TestAutostart::windowsCommandLine_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("line");

    QTest::newRow("Program Files") << QStringList {u"C:/Program Files/Herald/herald.exe"_s, u"--hidden"_s}
                                   << u"\"C:\\Program Files\\Herald\\herald.exe\" --hidden"_s;
    QTest::newRow("no spaces") << QStringList {u"C:/Herald/herald.exe"_s, u"--hidden"_s}
                               << u"C:\\Herald\\herald.exe --hidden"_s;
    QTest::newRow("a quote after backslashes")
        << QStringList {u"herald.exe"_s, u"a\\\\\"b"_s} << u"herald.exe \"a\\\\\\\\\\\"b\""_s;
    QTest::newRow("trailing backslash in quotes")
        << QStringList {u"herald.exe"_s, u"C:\\my dir\\"_s} << u"herald.exe \"C:\\my dir\\\\\""_s;
    QTest::newRow("an empty argument") << QStringList {u"herald.exe"_s, QString()} << u"herald.exe \"\""_s;
}

void TestAutostart::windowsCommandLine()
{
    QFETCH(QStringList, command);
    QFETCH(QString, line);
    QCOMPARE(Autostart::windowsCommandLine(command), line);
}

void TestAutostart::defaultCommandIsThisExecutableHidden()
{
    if (qEnvironmentVariableIsSet("APPIMAGE")) {
        QSKIP("run from an AppImage");
    }
    const Autostart autostart;
    QCOMPARE(autostart.command(), (QStringList {QCoreApplication::applicationFilePath(), u"--hidden"_s}));
}

QTEST_GUILESS_MAIN(TestAutostart)
#include "tst_autostart.moc"
