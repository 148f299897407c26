// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/settings/settings.h"

#include "core/sync/syncscheduler.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

const QString IntervalKey = u"sync/intervalMinutes"_s;
// Not "general/…": QSettings writes any group called "general" as its [%General] section,
// which reads back as "General", so such a key was lost at every restart.
const QString KeepRunningKey = u"background/keepRunning"_s;
const QString OldKeepRunningKey = u"General/keepRunning"_s;
const QString HiddenNoticeShownKey = u"background/hiddenNoticeShown"_s;
const QString RemoteImagesKey = u"reader/remoteImages"_s;
const QString ZoomKey = u"reader/zoom"_s;
const QString ThemeKey = u"appearance/theme"_s;
const QString BaselineDoneKey = u"notify/baselineDone"_s;
const QString GeometryKey = u"MainWindow/geometry"_s;
const QString SplitterKey = u"MainWindow/splitter"_s;
const QString TimelineVisibleKey = u"MainWindow/timelineVisible"_s;
const QString InterpreterLocationsKey = u"interpreters/locations"_s;

const QString EnabledKey = u"notifications/enabled"_s;
const QString ModeKey = u"notifications/mode"_s;
const QString ScopeKey = u"notifications/scope"_s;
const QString SeriesKey = u"notifications/series"_s;
const QString QuietKey = u"notifications/quietHours"_s;
const QString QuietFromKey = u"notifications/quietFrom"_s;
const QString QuietToKey = u"notifications/quietTo"_s;
const QString PausedKey = u"notifications/pausedUntil"_s;
const QString InterpreterAlertsKey = u"notifications/interpreterAlerts"_s;

QTime readTime(const QSettings &settings, const QString &key, QTime fallback)
{
    const QTime time = QTime::fromString(settings.value(key).toString(), Qt::ISODate);
    return time.isValid() ? time : fallback;
}

} // namespace

Settings::Settings(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
{ }

Settings::Settings(const QString &fileName, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(fileName, QSettings::IniFormat))
{ }

Settings::~Settings() = default;

std::chrono::minutes Settings::syncInterval() const
{
    bool ok = false;
    const int minutes = m_settings->value(IntervalKey).toInt(&ok);
    return ok ? SyncScheduler::clampInterval(std::chrono::minutes(minutes)) : SyncScheduler::DefaultInterval;
}

void Settings::setSyncInterval(std::chrono::minutes interval)
{
    // Stored as given: a value an older version or a hand edit wrote stays unless changed.
    if (m_settings->value(IntervalKey).toInt() == interval.count() && m_settings->contains(IntervalKey)) {
        return;
    }
    m_settings->setValue(IntervalKey, int(interval.count()));
    Q_EMIT syncIntervalChanged();
}

bool Settings::keepRunning() const
{
    // Another Herald (another data directory) may have changed it: read the file again if so.
    m_settings->sync();
    return m_settings->value(KeepRunningKey, m_settings->value(OldKeepRunningKey, DefaultKeepRunning)).toBool();
}

void Settings::setKeepRunning(bool keep)
{
    const bool changed = keep != keepRunning();
    m_settings->setValue(KeepRunningKey, keep);
    if (changed) {
        Q_EMIT keepRunningChanged(keep);
    }
}

bool Settings::remoteImages() const
{
    return m_settings->value(RemoteImagesKey, DefaultRemoteImages).toBool();
}

void Settings::setRemoteImages(bool load)
{
    const bool changed = load != remoteImages();
    m_settings->setValue(RemoteImagesKey, load);
    if (changed) {
        Q_EMIT remoteImagesChanged(load);
    }
}

int Settings::readerZoom() const
{
    return m_settings->value(ZoomKey, 0).toInt();
}

void Settings::setReaderZoom(int steps)
{
    m_settings->setValue(ZoomKey, steps);
}

QStringList Settings::interpreterLocations() const
{
    QStringList locations = m_settings->value(InterpreterLocationsKey).toStringList();
    locations.removeAll(QString());
    locations.removeDuplicates();
    return locations;
}

void Settings::setInterpreterLocations(const QStringList &locations)
{
    QStringList cleaned = locations;
    cleaned.removeAll(QString());
    cleaned.removeDuplicates();
    if (cleaned == interpreterLocations()) {
        return;
    }
    m_settings->setValue(InterpreterLocationsKey, cleaned);
    Q_EMIT interpreterLocationsChanged();
}

QString Settings::theme() const
{
    return m_settings->value(ThemeKey).toString();
}

void Settings::setTheme(const QString &theme)
{
    m_settings->setValue(ThemeKey, theme);
}

NotificationRules Settings::notificationRules() const
{
    // A pause or quiet hours set in another Herald (another data directory) count here too.
    m_settings->sync();
    const QSettings &settings = *m_settings;
    NotificationRules rules;
    rules.enabled = settings.value(EnabledKey, rules.enabled).toBool();
    rules.mode = NotificationRules::modeFromKey(settings.value(ModeKey).toString()).value_or(rules.mode);
    rules.scope = NotificationRules::scopeFromKey(settings.value(ScopeKey).toString()).value_or(rules.scope);
    rules.chosenSeries = settings.value(SeriesKey).toStringList();
    rules.quietHoursEnabled = settings.value(QuietKey, rules.quietHoursEnabled).toBool();
    rules.quietFrom = readTime(settings, QuietFromKey, rules.quietFrom);
    rules.quietTo = readTime(settings, QuietToKey, rules.quietTo);
    rules.pausedUntil = QDateTime::fromString(settings.value(PausedKey).toString(), Qt::ISODateWithMs);
    rules.interpreterAlerts = settings.value(InterpreterAlertsKey, rules.interpreterAlerts).toBool();
    return rules;
}

void Settings::setNotificationRules(const NotificationRules &rules)
{
    NotificationRules saved = rules;
    saved.installedSeries.clear(); // not a setting
    const bool changed = saved != notificationRules();
    QSettings &settings = *m_settings;
    settings.setValue(InterpreterAlertsKey, rules.interpreterAlerts);
    settings.setValue(EnabledKey, rules.enabled);
    settings.setValue(ModeKey, NotificationRules::modeKey(rules.mode));
    settings.setValue(ScopeKey, NotificationRules::scopeKey(rules.scope));
    settings.setValue(SeriesKey, rules.chosenSeries);
    settings.setValue(QuietKey, rules.quietHoursEnabled);
    settings.setValue(QuietFromKey, rules.quietFrom.toString(Qt::ISODate));
    settings.setValue(QuietToKey, rules.quietTo.toString(Qt::ISODate));
    if (rules.pausedUntil.isValid()) {
        settings.setValue(PausedKey, rules.pausedUntil.toUTC().toString(Qt::ISODateWithMs));
    } else {
        settings.remove(PausedKey);
    }
    if (changed) {
        Q_EMIT notificationRulesChanged();
    }
}

bool Settings::hiddenNoticeShown() const
{
    return m_settings->value(HiddenNoticeShownKey, false).toBool();
}

void Settings::setHiddenNoticeShown(bool shown)
{
    m_settings->setValue(HiddenNoticeShownKey, shown);
}

bool Settings::baselineDone() const
{
    return m_settings->value(BaselineDoneKey, false).toBool();
}

void Settings::setBaselineDone(bool done)
{
    m_settings->setValue(BaselineDoneKey, done);
}

Settings::WindowLayout Settings::windowLayout() const
{
    return {m_settings->value(GeometryKey).toByteArray(), m_settings->value(SplitterKey).toByteArray(),
        m_settings->value(TimelineVisibleKey, true).toBool()};
}

void Settings::setWindowLayout(const WindowLayout &layout)
{
    m_settings->setValue(GeometryKey, layout.geometry);
    m_settings->setValue(SplitterKey, layout.splitter);
    m_settings->setValue(TimelineVisibleKey, layout.timelineVisible);
}

} // namespace Herald
