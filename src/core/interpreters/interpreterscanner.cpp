// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/interpreters/interpreterscanner.h"

#include "core/diagnostics/logging.h"

#include <QElapsedTimer>
#include <QtConcurrentRun>

namespace Herald {

InterpreterScanner::InterpreterScanner(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<InterpreterDiscovery::Findings>::finished, this, [this] {
        m_result = m_watcher.result();
        m_hasResult = true;
        m_scanning = false;
        // The next scan first, so that whoever hears of this one sees that one running.
        if (m_pending) {
            const DiscoveryEnvironment next = *m_pending;
            m_pending.reset();
            start(next);
        }
        Q_EMIT finished(m_result);
    });
}

InterpreterScanner::~InterpreterScanner()
{
    // Discovery cannot be interrupted, but it ends within about one probe timeout.
    m_watcher.waitForFinished();
}

void InterpreterScanner::scan(const DiscoveryEnvironment &environment)
{
    if (m_scanning) {
        m_pending = environment;
        return;
    }
    start(environment);
}

void InterpreterScanner::start(const DiscoveryEnvironment &environment)
{
    m_scanning = true;
    m_watcher.setFuture(QtConcurrent::run([environment] {
        QElapsedTimer timer;
        timer.start();
        InterpreterDiscovery::Findings result = InterpreterDiscovery::discover(environment);
        qCDebug(lcInterpreters) << "found" << result.interpreters.size() << "interpreters, ran" << result.ran << "in"
                                << timer.elapsed() << "ms";
        return result;
    }));
}

} // namespace Herald
