// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

class QCoreApplication;

namespace Herald::QuitSignals {

/// Makes the system's requests to end the process quit the event loop as the Quit action
/// does, so that Herald closes its windows, saves its layout and closes the database cleanly
/// (a clean close spares the next start SQLite's full integrity check): SIGTERM at logout or
/// shutdown, SIGINT from a terminal, SIGHUP when the terminal goes away. On Unix through a
/// socket pair that the handler writes to, the one thing a signal handler may safely do; on
/// Windows a GUI process gets window messages instead, which Qt already turns into a quit.
void install(QCoreApplication &app);
/// A quit was asked for; true also when it came before the main loop ran, which quit() alone
/// would not end: whoever is about to start that loop leaves instead.
[[nodiscard]] bool requested();

} // namespace Herald::QuitSignals
