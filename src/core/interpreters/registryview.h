// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace Herald {

/// Read access to a tree of keys and values laid out like the Windows registry, so that the
/// PEP 514 layout is read by the same code from the real registry and from a test's table.
/// Keys are written with backslashes: `HKEY_CURRENT_USER\Software\Python`.
class RegistryView
{
public:
    RegistryView() = default;
    virtual ~RegistryView() = default;
    Q_DISABLE_COPY_MOVE(RegistryView)

    /// The names of the sub-keys of `key`; empty when it does not exist.
    [[nodiscard]] virtual QStringList childKeys(const QString &key) const = 0;
    /// A string value of `key`; an empty `name` is the key's default value. Null when unset.
    [[nodiscard]] virtual QString value(const QString &key, const QString &name) const = 0;

    /// This machine's registry, through QSettings' native format. On systems without a
    /// registry it holds no keys.
    static std::unique_ptr<RegistryView> system();
};

} // namespace Herald
