// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/diagnostics/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace Herald {

/// Starts Herald, hidden in the tray, when the user logs in: an XDG autostart desktop entry
/// on Linux and the other Unixes, a LaunchAgent on macOS, the Run registry key on Windows.
///
/// The state is always read from the system, never cached or kept in Herald's settings, so
/// the option shows what will really happen at the next login even when the user edited or
/// removed the entry by hand.
///
/// macOS: SMAppService (macOS 13) would register a login item, but it is an Objective-C API
/// that needs Objective-C++; a per-user LaunchAgent with RunAtLoad does the same from C++ and
/// works on every macOS Qt 6 supports.
class Autostart final
{
    Q_DECLARE_TR_FUNCTIONS(Herald::Autostart)

public:
    enum class State {
        Disabled, ///< nothing starts Herald at login
        Enabled, ///< the entry starts exactly command()
        Stale, ///< an entry exists but starts something else (a moved executable, other arguments)
    };

    /// Herald itself: this executable (the AppImage file when run from one) with --hidden.
    Autostart();
    /// Any command; the first element is the executable's absolute path.
    Autostart(QString executable, QStringList arguments);

    [[nodiscard]] State state() const;
    /// True for a stale entry too: something does start at login.
    [[nodiscard]] bool isEnabled() const { return state() != State::Disabled; }
    /// Enabling writes (or rewrites a stale) entry; disabling removes it. A failure says what
    /// could not be written and why.
    Result<void> setEnabled(bool enabled);

    /// Where the entry lives: a file path, or on Windows the registry value.
    [[nodiscard]] QString location() const;
    [[nodiscard]] QStringList command() const { return m_command; }

    // Each platform's format, public so that all of them are tested on any platform.

    /// A complete XDG autostart desktop entry that runs @p command.
    [[nodiscard]] static QString desktopEntry(const QStringList &command);
    /// @p command as the value of a desktop entry's Exec key, quoted and escaped per the
    /// Desktop Entry Specification.
    [[nodiscard]] static QString desktopExec(const QStringList &command);
    /// The arguments of an Exec value (field codes such as %u dropped); nullopt when malformed.
    [[nodiscard]] static std::optional<QStringList> parseDesktopExec(const QString &value);
    /// What a desktop entry starts: nullopt when it starts nothing (Hidden=true or
    /// X-GNOME-Autostart-enabled=false), an empty list when its Exec is missing or malformed.
    [[nodiscard]] static std::optional<QStringList> desktopEntryCommand(const QString &entry);

    /// A LaunchAgent property list that runs @p command at login.
    [[nodiscard]] static QByteArray launchAgent(const QStringList &command);
    /// What a LaunchAgent starts: nullopt when Disabled, an empty list when it cannot be read.
    [[nodiscard]] static std::optional<QStringList> launchAgentCommand(const QByteArray &plist);

    /// @p command as one Windows command line (CommandLineToArgvW quoting), the program with
    /// backslashes.
    [[nodiscard]] static QString windowsCommandLine(const QStringList &command);

private:
    // Each platform's own part is in autostart_win.cpp, autostart_mac.cpp or autostart_xdg.cpp;
    // macOS and XDG keep a file, read and written by autostart_unix.cpp through the two hooks
    // below, which Windows (a registry value) neither defines nor calls.

    /// This executable, as the login should start it.
    static QString defaultExecutable();
    /// A login entry file's content that runs @p command (macOS and XDG).
    static QByteArray entryFileContent(const QStringList &command);
    /// What a login entry file starts (macOS and XDG): as desktopEntryCommand() or launchAgentCommand().
    static std::optional<QStringList> commandInEntryFile(const QByteArray &content);

    QStringList m_command;
};

} // namespace Herald
