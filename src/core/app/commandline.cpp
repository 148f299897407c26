#include "app/commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

const QCommandLineOption &screenshotOption()
{
    static const QCommandLineOption option(u"screenshot"_s,
        QCoreApplication::translate(
            "CommandLine", "Render the main window offscreen, save it as a PNG to <file> and exit."),
        u"file"_s);
    return option;
}

const QCommandLineOption &sizeOption()
{
    static const QCommandLineOption option(u"size"_s,
        QCoreApplication::translate("CommandLine", "Window size for --screenshot, as WIDTHxHEIGHT (default 1280x800)."),
        u"WxH"_s);
    return option;
}

} // namespace

CommandLine::CommandLine()
    : m_parser(std::make_unique<QCommandLineParser>())
{
    m_parser->setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Herald follows Python release announcements and keeps them readable offline."));
    m_optionNames = {u"help"_s, u"help-all"_s, u"version"_s};
    m_parser->addHelpOption();
    m_parser->addVersionOption();
    for (const QCommandLineOption &option : {screenshotOption(), sizeOption()}) {
        m_parser->addOption(option);
        m_optionNames += option.names();
    }
}

CommandLine::~CommandLine() = default;

bool CommandLine::needsGui(int argc, char **argv)
{
    static const QList<QByteArrayView> headless = {"-h", "--help", "-?", "--help-all", "-v", "--version"};
    const CommandLine commandLine;
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (headless.contains(arg)) {
            return false;
        }
        // Herald's own options are all long ones; Qt's (-platform, -style, …) take one dash.
        // An unknown long option is a usage error that should be reported without a display.
        if (arg.startsWith("--") && arg.size() > 2) {
            const QByteArrayView name
                = arg.sliced(2).first(arg.indexOf('=') > 0 ? arg.indexOf('=') - 2 : arg.size() - 2);
            if (!commandLine.m_optionNames.contains(QString::fromLatin1(name))) {
                return false;
            }
        }
    }
    return true;
}

bool CommandLine::prepareGuiEnvironment(int argc, char **argv)
{
    bool screenshot = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        screenshot = screenshot || arg == "--screenshot" || arg.startsWith("--screenshot=");
    }
    const bool haveDisplay = qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
    if (haveDisplay || qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        return true;
    }
    if (screenshot) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        return true;
    }
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return false;
#else
    return true; // Windows and macOS always have a display.
#endif
}

QString CommandLine::noDisplayMessage()
{
    return QCoreApplication::translate("CommandLine",
        "Herald cannot open its window: there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
        "Without one you can still use:\n"
        "  herald --version                  the library versions\n"
        "  herald --screenshot FILE.png      render the window offscreen\n"
        "  herald --help                     every command-line mode\n"
        "or run it under a virtual display: xvfb-run herald");
}

bool CommandLine::parse(const QStringList &arguments)
{
    if (!m_parser->parse(arguments)) {
        m_error = m_parser->errorText();
        return false;
    }
    if (!m_parser->positionalArguments().isEmpty()) {
        m_error = QCoreApplication::translate("CommandLine", "Unexpected argument: %1")
                      .arg(m_parser->positionalArguments().constFirst());
        return false;
    }
    if (m_parser->isSet(sizeOption())) {
        static const QRegularExpression sizePattern(u"^(\\d{2,5})x(\\d{2,5})$"_s);
        const auto match = sizePattern.match(m_parser->value(sizeOption()));
        if (!match.hasMatch()) {
            m_error = QCoreApplication::translate(
                "CommandLine", "--size wants WIDTHxHEIGHT, for example 1280x800, not \"%1\"")
                          .arg(m_parser->value(sizeOption()));
            return false;
        }
        m_options.screenshotSize = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    }
    if (m_parser->isSet(screenshotOption())) {
        m_options.mode = CommandLineOptions::Mode::Screenshot;
        m_options.screenshotPath = m_parser->value(screenshotOption());
    }
    return true;
}

bool CommandLine::helpRequested() const
{
    return m_parser->isSet(u"help"_s) || m_parser->isSet(u"help-all"_s);
}

bool CommandLine::versionRequested() const
{
    return m_parser->isSet(u"version"_s);
}

QString CommandLine::helpText() const
{
    return m_parser->helpText();
}

} // namespace Herald
