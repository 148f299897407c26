// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/app/autostart.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

constexpr QLatin1StringView LaunchAgentLabel = "org.herald.Herald"_L1;

// Characters that make the Desktop Entry Specification require an argument to be quoted.
constexpr QStringView ExecReserved = u" \t\n\"'\\><~|&;$*?#()`";
// Inside quotes, these take a backslash.
constexpr QStringView ExecQuotedEscaped = u"\"`$\\";
// What makes CommandLineToArgvW split or unquote an argument.
constexpr QStringView WindowsReserved = u" \t\n\v\"";

// The general escapes of a desktop entry string value.
QString escapeValue(const QString &value)
{
    QString escaped;
    escaped.reserve(value.size());
    for (const QChar c : value) {
        switch (c.unicode()) {
        case u'\\': escaped += "\\\\"_L1; break;
        case u'\n': escaped += "\\n"_L1; break;
        case u'\t': escaped += "\\t"_L1; break;
        case u'\r': escaped += "\\r"_L1; break;
        default: escaped += c;
        }
    }
    return escaped;
}

QString unescapeValue(QStringView value)
{
    QString plain;
    plain.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] != u'\\' || i + 1 == value.size()) {
            plain += value[i];
            continue;
        }
        switch (value[++i].unicode()) {
        case u's': plain += u' '; break;
        case u'n': plain += u'\n'; break;
        case u't': plain += u'\t'; break;
        case u'r': plain += u'\r'; break;
        case u'\\': plain += u'\\'; break;
        default: // not an escape the specification knows: keep it as written
            plain += u'\\';
            plain += value[i];
        }
    }
    return plain;
}

QString quoteExecArgument(QString argument)
{
    // A literal percent would otherwise start a field code, quoted or not.
    argument.replace(u'%', "%%"_L1);
    const bool needsQuotes = argument.isEmpty()
        || std::any_of(argument.cbegin(), argument.cend(), [](QChar c) { return ExecReserved.contains(c); });
    if (!needsQuotes) {
        return argument;
    }
    QString quoted = u"\""_s;
    for (const QChar c : std::as_const(argument)) {
        if (ExecQuotedEscaped.contains(c)) {
            quoted += u'\\';
        }
        quoted += c;
    }
    return quoted + u'"';
}

QString quoteWindowsArgument(const QString &argument)
{
    const bool needsQuotes = argument.isEmpty()
        || std::any_of(argument.cbegin(), argument.cend(), [](QChar c) { return WindowsReserved.contains(c); });
    if (!needsQuotes) {
        return argument;
    }
    // Backslashes are literal unless they precede a quote, so only those runs are doubled.
    QString quoted = u"\""_s;
    qsizetype backslashes = 0;
    for (const QChar c : argument) {
        if (c == u'\\') {
            ++backslashes;
            continue;
        }
        if (c == u'"') {
            quoted += QString(backslashes * 2 + 1, u'\\');
        } else {
            quoted += QString(backslashes, u'\\');
        }
        backslashes = 0;
        quoted += c;
    }
    return quoted + QString(backslashes * 2, u'\\') + u'"';
}

} // namespace

Autostart::Autostart()
    : Autostart(defaultExecutable(), {u"--hidden"_s})
{ }

Autostart::Autostart(QString executable, QStringList arguments)
    : m_command(std::move(arguments))
{
    m_command.prepend(std::move(executable));
}

QString Autostart::desktopEntry(const QStringList &command)
{
    static const char *const comment = QT_TRANSLATE_NOOP("Herald::Autostart", "Python release announcements");
    QString entry = u"[Desktop Entry]\n"
                    "Type=Application\n"
                    "Name=Herald\n"_s;
    entry += "Comment="_L1 + escapeValue(QString::fromUtf8(comment)) + u'\n';
    // The source text is the default; the user's language, when Herald speaks it, is added.
    const QString translated = tr(comment);
    if (translated != QString::fromUtf8(comment)) {
        entry += "Comment["_L1 + QLocale().name() + "]="_L1 + escapeValue(translated) + u'\n';
    }
    entry += "Exec="_L1 + desktopExec(command) + u'\n';
    entry += u"Icon=herald\n"
             "Terminal=false\n"
             "X-GNOME-Autostart-enabled=true\n"_s;
    return entry;
}

QString Autostart::desktopExec(const QStringList &command)
{
    QStringList quoted;
    quoted.reserve(command.size());
    for (const QString &argument : command) {
        quoted.append(quoteExecArgument(argument));
    }
    // Exec is also a string value, so its backslashes (the quoting's included) are escaped again.
    return escapeValue(quoted.join(u' '));
}

std::optional<QStringList> Autostart::parseDesktopExec(const QString &value)
{
    const QString plain = unescapeValue(value);
    QStringList arguments;
    QString current;
    bool inArgument = false;
    bool quoted = false;
    for (qsizetype i = 0; i < plain.size(); ++i) {
        const QChar c = plain[i];
        if (quoted) {
            if (c == u'"') {
                quoted = false;
            } else if (i + 1 < plain.size()
                && ((c == u'\\' && ExecQuotedEscaped.contains(plain[i + 1])) || (c == u'%' && plain[i + 1] == u'%'))) {
                // An escaped character, or %% for a literal %.
                current += plain[++i];
            } else {
                current += c;
            }
            continue;
        }
        if (c == u' ' || c == u'\t' || c == u'\n') {
            if (inArgument) {
                arguments.append(current);
            }
            current.clear();
            inArgument = false;
        } else if (c == u'"') {
            quoted = true;
            inArgument = true;
        } else if (c == u'%' && i + 1 < plain.size()) {
            // %% is a percent sign; any other field code is filled in by the launcher, and for
            // the comparison that matters here it stands for nothing.
            if (plain[++i] == u'%') {
                current += u'%';
                inArgument = true;
            }
        } else {
            current += c;
            inArgument = true;
        }
    }
    if (quoted) {
        return std::nullopt;
    }
    if (inArgument) {
        arguments.append(current);
    }
    return arguments;
}

std::optional<QStringList> Autostart::desktopEntryCommand(const QString &entry)
{
    bool inMainGroup = false;
    std::optional<QString> exec;
    for (const QStringView rawLine : qTokenize(entry, u'\n')) {
        const QStringView line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(u'#')) {
            continue;
        }
        if (line.startsWith(u'[')) {
            inMainGroup = line == "[Desktop Entry]"_L1;
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        if (!inMainGroup || equals < 0) {
            continue;
        }
        const QStringView key = line.first(equals).trimmed();
        const QStringView value = line.sliced(equals + 1).trimmed();
        if ((key == "Hidden"_L1 && value == "true"_L1)
            || (key == "X-GNOME-Autostart-enabled"_L1 && value == "false"_L1)) {
            return std::nullopt; // the user switched it off (desktop settings do it this way)
        }
        if (key == "Exec"_L1) {
            exec = value.toString();
        }
    }
    if (!exec) {
        return QStringList();
    }
    return parseDesktopExec(*exec).value_or(QStringList());
}

QByteArray Autostart::launchAgent(const QStringList &command)
{
    QByteArray plist;
    QXmlStreamWriter xml(&plist);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(4);
    xml.writeStartDocument();
    xml.writeDTD(u"<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                 "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">"_s);
    xml.writeStartElement(u"plist"_s);
    xml.writeAttribute(u"version"_s, u"1.0"_s);
    xml.writeStartElement(u"dict"_s);
    xml.writeTextElement(u"key"_s, u"Label"_s);
    xml.writeTextElement(u"string"_s, LaunchAgentLabel);
    xml.writeTextElement(u"key"_s, u"ProgramArguments"_s);
    xml.writeStartElement(u"array"_s);
    for (const QString &argument : command) {
        xml.writeTextElement(u"string"_s, argument);
    }
    xml.writeEndElement(); // array
    xml.writeTextElement(u"key"_s, u"RunAtLoad"_s);
    xml.writeEmptyElement(u"true"_s);
    // Started from the login session's launchd, not as a background daemon.
    xml.writeTextElement(u"key"_s, u"ProcessType"_s);
    xml.writeTextElement(u"string"_s, u"Interactive"_s);
    xml.writeEndElement(); // dict
    xml.writeEndElement(); // plist
    xml.writeEndDocument();
    return plist;
}

std::optional<QStringList> Autostart::launchAgentCommand(const QByteArray &plist)
{
    QXmlStreamReader xml(plist);
    QString key;
    QStringList command;
    bool disabled = false;
    int depth = 0; // the top-level dict is at depth 2, inside <plist>
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            --depth;
            continue;
        }
        if (token != QXmlStreamReader::StartElement) {
            continue;
        }
        ++depth;
        if (depth != 3) {
            continue;
        }
        const QStringView name = xml.name();
        if (name == "key"_L1) {
            key = xml.readElementText();
            --depth;
        } else if (key == "ProgramArguments"_L1 && name == "array"_L1) {
            while (xml.readNextStartElement()) {
                if (xml.name() == "string"_L1) {
                    command.append(xml.readElementText());
                } else {
                    xml.skipCurrentElement();
                }
            }
            --depth;
        } else if (key == "Disabled"_L1 && name == "true"_L1) {
            disabled = true;
        }
    }
    if (xml.hasError()) {
        return QStringList();
    }
    if (disabled) {
        return std::nullopt;
    }
    return command;
}

QString Autostart::windowsCommandLine(const QStringList &command)
{
    QStringList quoted;
    quoted.reserve(command.size());
    for (qsizetype i = 0; i < command.size(); ++i) {
        QString argument = command[i];
        if (i == 0) {
            argument.replace(u'/', u'\\');
        }
        quoted.append(quoteWindowsArgument(argument));
    }
    return quoted.join(u' ');
}

} // namespace Herald
