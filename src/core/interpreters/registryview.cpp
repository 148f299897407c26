// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/interpreters/registryview.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

#ifdef Q_OS_WIN
/// QSettings reads the registry in its native format on Windows; "Default" names a key's
/// default value there.
class NativeRegistry final : public RegistryView
{
public:
    QStringList childKeys(const QString &key) const override
    {
        return QSettings(key, QSettings::NativeFormat).childGroups();
    }
    QString value(const QString &key, const QString &name) const override
    {
        const QVariant v = QSettings(key, QSettings::NativeFormat).value(name.isEmpty() ? u"Default"_s : name);
        return v.isValid() ? v.toString() : QString();
    }
};
#else
class NoRegistry final : public RegistryView
{
public:
    QStringList childKeys(const QString & /*key*/) const override { return {}; }
    QString value(const QString & /*key*/, const QString & /*name*/) const override { return {}; }
};
#endif

} // namespace

std::unique_ptr<RegistryView> RegistryView::system()
{
#ifdef Q_OS_WIN
    return std::make_unique<NativeRegistry>();
#else
    return std::make_unique<NoRegistry>();
#endif
}

} // namespace Herald
