// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/interpreters/discoveryenvironment.h"
#include "core/interpreters/interpreterdiscovery.h"

#include <QFutureWatcher>
#include <QObject>

namespace Herald {

/// Runs interpreter discovery off the GUI thread and reports the result: the window never
/// waits for it. A scan asked for while one runs starts when that one is done, once.
class InterpreterScanner final : public QObject
{
    Q_OBJECT

public:
    explicit InterpreterScanner(QObject *parent = nullptr);
    ~InterpreterScanner() override;
    Q_DISABLE_COPY_MOVE(InterpreterScanner)

    void scan(const DiscoveryEnvironment &environment);
    /// True from scan() until finished() is emitted. Not the future's own state, which ends
    /// in the worker thread before the results reach this one: a caller that waited for that
    /// (the --screenshot) grabbed the window before the results were shown.
    [[nodiscard]] bool isScanning() const { return m_scanning; }
    /// The last result; empty before the first scan ends.
    [[nodiscard]] const InterpreterDiscovery::Findings &result() const { return m_result; }
    [[nodiscard]] bool hasResult() const { return m_hasResult; }

Q_SIGNALS:
    void finished(const Herald::InterpreterDiscovery::Findings &result);

private:
    void start(const DiscoveryEnvironment &environment);

    QFutureWatcher<InterpreterDiscovery::Findings> m_watcher;
    bool m_scanning = false;
    InterpreterDiscovery::Findings m_result;
    std::optional<DiscoveryEnvironment> m_pending;
    bool m_hasResult = false;
};

} // namespace Herald
