// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QListWidget;
class QPushButton;

namespace Herald {

/// Settings → Pythons: the places Herald looks in for interpreters besides the usual ones
/// (PATH, pyenv, uv, conda …): virtual environments, install folders, folders of either, or
/// one interpreter. Edits a copy; the dialog saves it.
class PythonLocationsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit PythonLocationsPage(QWidget *parent = nullptr);

    void setLocations(const QStringList &locations);
    [[nodiscard]] QStringList locations() const;
    /// NotificationRules::interpreterAlerts.
    void setAlerts(bool on);
    [[nodiscard]] bool alerts() const;
    /// Adds a location unless it is listed already; selects it either way.
    void addLocation(const QString &location);

private:
    void addFolder();
    void addInterpreter();
    void removeSelected();
    void updateButtons();

    QListWidget *m_list;
    QPushButton *m_remove;
    QCheckBox *m_alerts;
};

} // namespace Herald
