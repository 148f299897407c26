// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/interpreters/interpreter.h"
#include "core/interpreters/interpreteradvice.h"

#include <QAbstractListModel>
#include <QDate>
#include <QList>

namespace Herald {

class Timeline;

/// The interpreters of this machine with their advice, in discovery order. A new scan
/// inserts, removes and updates rows (keyed by path); a new timeline or day updates the advice.
class InterpreterModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit InterpreterModel(QObject *parent = nullptr);

    void setInterpreters(const QList<Interpreter> &interpreters);
    /// The timeline to judge by; it must outlive the model or be replaced. Null: no advice.
    void setTimeline(const Timeline *timeline);
    void setToday(QDate today);
    [[nodiscard]] QDate today() const;

    [[nodiscard]] const Interpreter &interpreter(int row) const { return m_rows.at(row).interpreter; }
    [[nodiscard]] const InterpreterAdvice &advice(int row) const { return m_rows.at(row).advice; }
    /// The highest severity of any interpreter: what the window and the tray show.
    [[nodiscard]] int worstSeverity() const;
    /// The versions this machine runs by series: "3.12" -> "3.12.3", "3.12.3 free-threaded".
    [[nodiscard]] QHash<QString, QStringList> versionsBySeries() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row {
        Interpreter interpreter;
        InterpreterAdvice advice;
    };

    [[nodiscard]] InterpreterAdvice adviceFor(const Interpreter &interpreter) const;
    void updateAdvice();
    [[nodiscard]] QString toolTip(const Row &row) const;

    QList<Row> m_rows;
    const Timeline *m_timeline = nullptr;
    QDate m_today;
};

} // namespace Herald
