// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/app/quitsignals.h"

#include <QCoreApplication>
#include <QDebug>
#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace Herald::QuitSignals {

namespace {

/// [0] is written by the handler, [1] read on the GUI thread. Non-blocking both: a handler
/// must never wait, and a pair already holding a byte means a quit is on its way.
int g_pair[2] = {-1, -1};
/// A signal has asked Herald to quit (read on the GUI thread only).
bool g_requested = false;

void onSignal(int)
{
    const int saved = errno; // the interrupted code may be about to read it
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_pair[0], &byte, 1);
    errno = saved;
}

} // namespace

void install(QCoreApplication &app)
{
    if (g_pair[0] >= 0) {
        return;
    }
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, g_pair) != 0) {
        qWarning(
            "cannot listen for SIGTERM (socketpair failed): a logout will end Herald without closing its database");
        return;
    }
    auto *notifier = new QSocketNotifier(g_pair[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] {
        char bytes[64];
        while (::read(g_pair[1], bytes, sizeof bytes) > 0) { }
        // quit() ends only a running main loop: one asked for before it runs (while the
        // damaged-database warning waits, say) is kept for requested().
        g_requested = true;
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int signal : {SIGTERM, SIGINT, SIGHUP}) {
        sigaction(signal, &action, nullptr);
    }
}

bool requested()
{
    return g_requested;
}

} // namespace Herald::QuitSignals
