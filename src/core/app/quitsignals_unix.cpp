// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/app/quitsignals.h"

#include <QCoreApplication>
#include <QDebug>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace Herald::QuitSignals {

namespace {

/// [0] is written by the handler, [1] read on the GUI thread.
int g_pair[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    // Nothing to do when the pair is full: a quit is already on its way.
    [[maybe_unused]] const ssize_t written = ::write(g_pair[0], &byte, 1);
}

} // namespace

void install(QCoreApplication &app)
{
    if (g_pair[0] >= 0) {
        return;
    }
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_pair) != 0) {
        qWarning(
            "cannot listen for SIGTERM (socketpair failed): a logout will end Herald without closing its database");
        return;
    }
    auto *notifier = new QSocketNotifier(g_pair[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier] {
        char byte = 0;
        [[maybe_unused]] const ssize_t read = ::read(g_pair[1], &byte, 1);
        notifier->setEnabled(false); // one quit is enough
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

} // namespace Herald::QuitSignals
