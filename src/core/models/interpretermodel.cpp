// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/models/interpretermodel.h"

#include "core/interpreters/interpretertext.h"
#include "core/models/itemdataroles.h"
#include "core/releases/timeline.h"
#include "core/releases/today.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Herald {

InterpreterModel::InterpreterModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

QDate InterpreterModel::today() const
{
    return m_today.isValid() ? m_today : Today::date();
}

InterpreterAdvice InterpreterModel::adviceFor(const Interpreter &interpreter) const
{
    if (!m_timeline) {
        InterpreterAdvice none;
        none.verdict
            = interpreter.isUsable() ? InterpreterAdvice::Verdict::UnknownSeries : InterpreterAdvice::Verdict::Unusable;
        none.action = interpreter.isUsable() ? tr("Waiting for the release data") : interpreter.problem;
        return none;
    }
    return InterpreterAdvisor(*m_timeline, today()).advise(interpreter);
}

void InterpreterModel::setInterpreters(const QList<Interpreter> &interpreters)
{
    QStringList keys;
    for (const Interpreter &interpreter : interpreters) {
        keys += interpreter.path();
    }
    // Gone ones first, from the end, so the rows that stay keep their places.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!keys.contains(m_rows.at(row).interpreter.path())) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    for (int target = 0; target < interpreters.size(); ++target) {
        const Interpreter &interpreter = interpreters.at(target);
        int found = -1;
        for (int row = target; row < m_rows.size(); ++row) {
            if (m_rows.at(row).interpreter.path() == interpreter.path()) {
                found = row;
                break;
            }
        }
        if (found < 0) {
            beginInsertRows({}, target, target);
            m_rows.insert(target, Row {interpreter, adviceFor(interpreter)});
            endInsertRows();
            continue;
        }
        if (found != target) {
            beginMoveRows({}, found, found, {}, target);
            m_rows.move(found, target);
            endMoveRows();
        }
        m_rows[target] = Row {interpreter, adviceFor(interpreter)};
        Q_EMIT dataChanged(index(target), index(target));
    }
    // Two entries can share a path (one install found as a venv and as a file): rows beyond
    // the new list are what is left of such a pair.
    if (m_rows.size() > interpreters.size()) {
        beginRemoveRows({}, int(interpreters.size()), int(m_rows.size()) - 1);
        m_rows.resize(interpreters.size());
        endRemoveRows();
    }
}

void InterpreterModel::setTimeline(const Timeline *timeline)
{
    m_timeline = timeline;
    updateAdvice();
}

void InterpreterModel::setToday(QDate today)
{
    m_today = today;
    updateAdvice();
}

void InterpreterModel::updateAdvice()
{
    for (Row &row : m_rows) {
        row.advice = adviceFor(row.interpreter);
    }
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
    }
}

int InterpreterModel::worstSeverity() const
{
    int worst = 0;
    for (const Row &row : m_rows) {
        worst = std::max(worst, row.advice.severity());
    }
    return worst;
}

QHash<QString, QStringList> InterpreterModel::versionsBySeries() const
{
    QHash<QString, QStringList> result;
    for (const Row &row : m_rows) {
        if (row.interpreter.isUsable() && row.interpreter.isCPython()) {
            QStringList &versions = result[row.interpreter.version.series()];
            const QString label = InterpreterText::versionLabel(row.interpreter);
            if (!versions.contains(label)) {
                versions += label;
            }
        }
    }
    return result;
}

int InterpreterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString InterpreterModel::toolTip(const Row &row) const
{
    QStringList lines {row.advice.action, InterpreterText::shortPath(row.interpreter.path())};
    for (qsizetype i = 1; i < row.interpreter.names.size(); ++i) {
        lines << tr("also %1").arg(InterpreterText::shortPath(row.interpreter.names.at(i).path));
    }
    for (const TimelineRelease &release : row.advice.missed) {
        lines << InterpreterText::missedLine(release);
    }
    if (!row.advice.missed.isEmpty()) {
        lines << tr("Choose it to see each release and its announcement in the timeline.");
    }
    if (row.advice.next) {
        const QString version = row.advice.next->version.toString();
        const QString date = QLocale().toString(row.advice.next->date, QLocale::LongFormat);
        const int days = int(today().daysTo(row.advice.next->date));
        lines << (days < 0 ? tr("Next: %1, expected %2 (%n day(s) overdue)", nullptr, -days).arg(version, date)
                           : tr("Next: %1, expected %2").arg(version, date));
    }
    return lines.join(u'\n');
}

QVariant InterpreterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    const Interpreter &interpreter = row.interpreter;
    switch (role) {
    case Qt::DisplayRole: return InterpreterText::versionLabel(interpreter);
    case Qt::ToolTipRole: return toolTip(row);
    case Qt::AccessibleTextRole:
        return tr("Python %1 at %2: %3")
            .arg(InterpreterText::versionLabel(interpreter), InterpreterText::shortPath(interpreter.path()),
                row.advice.action);
    case Roles::InterpreterPathRole: return interpreter.path();
    case Roles::InterpreterVersionRole:
        return interpreter.version.isNull() ? QString() : interpreter.version.toString();
    case Roles::InterpreterWhereRole: return InterpreterText::whereFound(interpreter);
    case Roles::InterpreterProblemRole: return interpreter.problem;
    case Roles::InterpreterSeriesRole: return row.advice.series;
    case Roles::InterpreterActionRole: return row.advice.action;
    case Roles::InterpreterSeverityRole: return row.advice.severity();
    case Roles::InterpreterVerdictRole: return row.advice.verdictKey();
    case Roles::InterpreterLatestRole: return row.advice.latest ? row.advice.latest->toString() : QString();
    }
    return {};
}

QHash<int, QByteArray> InterpreterModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{Roles::InterpreterPathRole, "path"}, {Roles::InterpreterVersionRole, "version"},
        {Roles::InterpreterWhereRole, "where"}, {Roles::InterpreterProblemRole, "problem"},
        {Roles::InterpreterSeriesRole, "series"}, {Roles::InterpreterActionRole, "action"},
        {Roles::InterpreterSeverityRole, "severity"}, {Roles::InterpreterVerdictRole, "verdict"},
        {Roles::InterpreterLatestRole, "latest"}});
    return names;
}

} // namespace Herald
