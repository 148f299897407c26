// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/sync/schedulerclock.h"

#include <QElapsedTimer>

class QTimer;

namespace Herald {

/// SchedulerClock on the system clocks: QDateTime, QElapsedTimer and a coarse QTimer.
class SystemSchedulerClock final : public SchedulerClock
{
    Q_OBJECT

public:
    explicit SystemSchedulerClock(QObject *parent = nullptr);

    [[nodiscard]] QDateTime now() const override;
    [[nodiscard]] std::chrono::milliseconds elapsed() const override;
    void arm(std::chrono::milliseconds delay) override;
    void disarm() override;

private:
    QElapsedTimer m_elapsed;
    QTimer *m_timer;
};

} // namespace Herald
