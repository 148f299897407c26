// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/app/commandline.h"

#include <QTest>

#include <vector>

using namespace Qt::StringLiterals;
using Herald::CommandLine;
using Herald::CommandLineOptions;
using Herald::Result;

namespace {

/// `arguments` as main() is given them: the program's name, put in front of them, and then
/// each of them. The pointers point into `arguments`.
std::vector<char *> argvOf(QByteArrayList &arguments)
{
    arguments.prepend("herald");
    std::vector<char *> argv;
    for (QByteArray &argument : arguments) {
        argv.push_back(argument.data());
    }
    return argv;
}

} // namespace

class TestCommandLine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void needsGui_data();
    void needsGui();
    void dataDirectoryBeforeTheApplication_data();
    void dataDirectoryBeforeTheApplication();
    void hidden_data();
    void hidden();
};

void TestCommandLine::parses_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("errorFragment");

    const int gui = int(CommandLineOptions::Mode::Gui);
    const int shot = int(CommandLineOptions::Mode::Screenshot);
    QTest::newRow("no arguments") << QStringList() << true << gui << QSize(1280, 800) << QString();
    QTest::newRow("screenshot") << QStringList {u"--screenshot"_s, u"a.png"_s} << true << shot << QSize(1280, 800)
                                << QString();
    QTest::newRow("screenshot with size") << QStringList {u"--screenshot=a.png"_s, u"--size"_s, u"900x600"_s} << true
                                          << shot << QSize(900, 600) << QString();
    QTest::newRow("bad size") << QStringList {u"--size"_s, u"big"_s} << false << gui << QSize(1280, 800)
                              << u"WIDTHxHEIGHT"_s;
    QTest::newRow("size with a zero-sized side")
        << QStringList {u"--size"_s, u"900x0"_s} << false << gui << QSize(1280, 800) << u"WIDTHxHEIGHT"_s;
    QTest::newRow("unknown option") << QStringList {u"--frobnicate"_s} << false << gui << QSize(1280, 800)
                                    << u"frobnicate"_s;
    QTest::newRow("stray argument") << QStringList {u"feed.xml"_s} << false << gui << QSize(1280, 800) << u"feed.xml"_s;
    QTest::newRow("releases") << QStringList {u"--releases"_s} << true << int(CommandLineOptions::Mode::Releases)
                              << QSize(1280, 800) << QString();
    QTest::newRow("releases as JSON") << QStringList {u"--releases"_s, u"--json"_s} << true
                                      << int(CommandLineOptions::Mode::Releases) << QSize(1280, 800) << QString();
    QTest::newRow("releases and list") << QStringList {u"--releases"_s, u"--list"_s} << false
                                       << int(CommandLineOptions::Mode::Releases) << QSize(1280, 800)
                                       << u"Choose one of"_s;
    // Sizes that cannot be painted: an error naming the limit, never a crash.
    QTest::newRow("size too large") << QStringList {u"--screenshot"_s, u"a.png"_s, u"--size"_s, u"99999x99999"_s}
                                    << false << gui << QSize(1280, 800) << u"too large"_s;
    QTest::newRow("size too many pixels") << QStringList {u"--screenshot"_s, u"a.png"_s, u"--size"_s, u"16000x16000"_s}
                                          << false << gui << QSize(1280, 800) << u"megapixels"_s;
    QTest::newRow("size too small") << QStringList {u"--screenshot"_s, u"a.png"_s, u"--size"_s, u"10x10"_s} << false
                                    << gui << QSize(1280, 800) << u"too small"_s;
    // A mapping onto local files would make a sync read them.
    QTest::newRow("url-map onto file:") << QStringList {u"--url-map"_s, u"https://=file:///etc/"_s} << false << gui
                                        << QSize(1280, 800) << u"http:// or https://"_s;
    QTest::newRow("url-map onto data:") << QStringList {u"--url-map"_s, u"https://=data:text/plain,"_s} << false << gui
                                        << QSize(1280, 800) << u"http:// or https://"_s;
    QTest::newRow("url-map onto loopback") << QStringList {u"--url-map"_s, u"https://=http://127.0.0.1:8080/"_s} << true
                                           << gui << QSize(1280, 800) << QString();
    QTest::newRow("screenshot without a file")
        << QStringList {u"--screenshot"_s} << false << gui << QSize(1280, 800) << u"screenshot"_s;
}

void TestCommandLine::parses()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, ok);
    QFETCH(int, mode);
    QFETCH(QSize, size);
    QFETCH(QString, errorFragment);

    CommandLine commandLine;
    const Result<void> parsed = commandLine.parse(QStringList {u"herald"_s} + arguments);
    QCOMPARE(bool(parsed), ok);
    QCOMPARE(int(commandLine.options().mode), mode);
    QCOMPARE(commandLine.options().screenshotSize, size);
    if (!ok) {
        QVERIFY2(parsed.error().message().contains(errorFragment), qPrintable(parsed.error().message()));
        QVERIFY(!parsed.error().message().isEmpty());
    }
}

void TestCommandLine::needsGui_data()
{
    QTest::addColumn<QByteArrayList>("arguments");
    QTest::addColumn<bool>("gui");

    QTest::newRow("nothing") << QByteArrayList() << true;
    QTest::newRow("version") << QByteArrayList {"--version"} << false;
    QTest::newRow("short version") << QByteArrayList {"-v"} << false;
    QTest::newRow("help") << QByteArrayList {"--help"} << false;
    QTest::newRow("screenshot") << QByteArrayList {"--screenshot", "x.png"} << true;
    QTest::newRow("screenshot=") << QByteArrayList {"--screenshot=x.png"} << true;
    QTest::newRow("Qt's own option") << QByteArrayList {"-platform", "offscreen"} << true;
    QTest::newRow("releases") << QByteArrayList {"--releases", "--json"} << false;
    QTest::newRow("unknown long option is reported headless") << QByteArrayList {"--nope"} << false;
    QTest::newRow("hidden in the tray") << QByteArrayList {"--hidden"} << true;
    QTest::newRow("import-deps") << QByteArrayList {"--import-deps", "pyproject.toml", "--dry-run"} << false;
    QTest::newRow("import-deps=") << QByteArrayList {"--import-deps=uv.lock", "--all-deps"} << false;
    QTest::newRow("lifecycle") << QByteArrayList {"--source", "3", "--lifecycle", "django"} << false;
    QTest::newRow("check with deps") << QByteArrayList {"--check", "--deps", "requirements.txt"} << false;
}

void TestCommandLine::needsGui()
{
    QFETCH(QByteArrayList, arguments);
    QFETCH(bool, gui);
    std::vector<char *> argv = argvOf(arguments);
    QCOMPARE(CommandLine::needsGui(int(argv.size()), argv.data()), gui);
}

void TestCommandLine::dataDirectoryBeforeTheApplication_data()
{
    QTest::addColumn<QByteArrayList>("arguments");
    QTest::addColumn<QString>("directory");

    QTest::newRow("none: the default") << QByteArrayList {"--hidden"} << QString();
    QTest::newRow("a separate value") << QByteArrayList {"--data-dir", "/tmp/d x"} << u"/tmp/d x"_s;
    QTest::newRow("an attached value") << QByteArrayList {"--data-dir=rel/dir", "--hidden"} << u"rel/dir"_s;
    QTest::newRow("the last one counts, as in the parser")
        << QByteArrayList {"--data-dir=a", "--data-dir", "b"} << u"b"_s;
    QTest::newRow("no value after it") << QByteArrayList {"--data-dir"} << QString();
    QTest::newRow("UTF-8") << QByteArrayList {"--data-dir", "/tmp/daten-\xc3\xa4"} << u"/tmp/daten-\u00e4"_s;
}

void TestCommandLine::dataDirectoryBeforeTheApplication()
{
    QFETCH(QByteArrayList, arguments);
    QFETCH(QString, directory);
    std::vector<char *> argv = argvOf(arguments);
    QCOMPARE(CommandLine::dataDirectoryOf(int(argv.size()), argv.data()), directory);
    // The same directory as the parser finds once the application exists.
    if (!directory.isEmpty()) {
        QStringList decoded;
        for (const QByteArray &argument : std::as_const(arguments)) {
            decoded << QString::fromUtf8(argument);
        }
        CommandLine parsed;
        QVERIFY(parsed.parse(decoded));
        QCOMPARE(parsed.options().dataDirectory, directory);
    }
}

void TestCommandLine::hidden_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("hidden");

    QTest::newRow("shown by default") << QStringList() << true << false;
    QTest::newRow("hidden") << QStringList {u"--hidden"_s} << true << true;
    QTest::newRow("hidden with a data directory")
        << QStringList {u"--hidden"_s, u"--data-dir"_s, u"/tmp/h"_s} << true << true;
    QTest::newRow("hidden does not go with a command") << QStringList {u"--hidden"_s, u"--sync"_s} << false << true;
    QTest::newRow("hidden does not go with a screenshot")
        << QStringList {u"--hidden"_s, u"--screenshot"_s, u"a.png"_s} << false << true;
}

void TestCommandLine::hidden()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, ok);
    QFETCH(bool, hidden);

    CommandLine commandLine;
    const Result<void> parsed = commandLine.parse(QStringList {u"herald"_s} + arguments);
    QCOMPARE(bool(parsed), ok);
    QCOMPARE(commandLine.options().hidden, hidden);
    if (!ok) {
        QVERIFY2(parsed.error().message().contains(u"--hidden"_s), qPrintable(parsed.error().message()));
    }
    QVERIFY(commandLine.helpText().contains(u"--hidden"_s));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
