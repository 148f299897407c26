// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QListView;
class QToolButton;

namespace Herald {

class InterpreterModel;
class InterpreterSortModel;

/// "Your Pythons", above the release timeline: each interpreter of this machine with its
/// status colour, path and one-line advice, those needing attention first. Choosing one selects its series and release
/// in the timeline. With nothing found it says where Herald looked and how to add a location.
class YourPythonsCard final : public QWidget
{
    Q_OBJECT

public:
    explicit YourPythonsCard(InterpreterModel *model, QWidget *parent = nullptr);

    [[nodiscard]] QListView *view() const { return m_view; }
    /// Where the last scan looked, for the empty state; `scanning` while a scan runs.
    void setSearched(const QStringList &places);
    void setScanning(bool scanning);

Q_SIGNALS:
    /// The user chose an interpreter: select its series and, if the timeline has it, its release.
    void interpreterChosen(const QString &series, const QString &version);
    void rescanRequested();
    /// The user picked a folder or interpreter to add to the places Herald looks in.
    void locationAdded(const QString &location);

private:
    void updateState();
    void addLocation();
    void fitHeight();

    InterpreterModel *m_model;
    QLabel *m_summary;
    QLabel *m_empty;
    InterpreterSortModel *m_sorted;
    QListView *m_view;
    QToolButton *m_rescan;
    QStringList m_searched;
    bool m_scanning = false;
};

} // namespace Herald
