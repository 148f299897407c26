// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/releases/lifecycle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

/// "3.13" → 3.13, for sorting; nothing for a key that is not `X.Y`.
std::optional<Version> seriesVersion(const QString &name)
{
    const auto version = Version::parse(name);
    if (!version || version->hasMicro() || version->isPrerelease()) {
        return std::nullopt;
    }
    return version;
}

std::optional<QJsonObject> readObject(const QByteArray &json, const QString &document, QStringList &warnings)
{
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        warnings += Lifecycle::tr("%1: not JSON (%2 at byte %3)").arg(document, error.errorString()).arg(error.offset);
        return std::nullopt;
    }
    if (!parsed.isObject()) {
        warnings += Lifecycle::tr("%1: expected a JSON object").arg(document);
        return std::nullopt;
    }
    return parsed.object();
}

/// One series entry; the fields of both documents share their names.
std::optional<SeriesLifecycle> readSeries(
    const QString &document, const QString &name, const QJsonValue &value, QStringList &warnings)
{
    const QString where = u"%1: %2"_s.arg(document, name);
    if (!seriesVersion(name)) {
        warnings += Lifecycle::tr("%1: not an X.Y series, skipped").arg(where);
        return std::nullopt;
    }
    if (!value.isObject()) {
        warnings += Lifecycle::tr("%1: expected an object, skipped").arg(where);
        return std::nullopt;
    }
    const QJsonObject entry = value.toObject();
    SeriesLifecycle series;
    series.series = name;
    series.branch = entry.value("branch"_L1).toString();
    series.releaseManager = entry.value("release_manager"_L1).toString();
    series.pep = entry.value("pep"_L1).toInt();
    const QJsonValue status = entry.value("status"_L1);
    if (!status.isString()) {
        warnings += Lifecycle::tr("%1: no status").arg(where);
    } else {
        series.statusText = status.toString();
        series.status = Lifecycle::statusFromString(series.statusText);
        if (series.status == SeriesStatus::Unknown) {
            warnings += Lifecycle::tr("%1: unknown status \"%2\"").arg(where, series.statusText);
        }
    }
    const QString firstRelease = entry.value("first_release"_L1).toString();
    series.firstRelease = QDate::fromString(firstRelease, Qt::ISODate);
    if (!firstRelease.isEmpty() && !series.firstRelease.isValid()) {
        warnings += Lifecycle::tr("%1: unreadable first_release \"%2\"").arg(where, firstRelease);
    }
    const QString endOfLife = entry.value("end_of_life"_L1).toString();
    if (const auto date = Lifecycle::parseEndOfLife(endOfLife)) {
        series.endOfLife = *date;
    } else if (endOfLife.isEmpty()) {
        warnings += Lifecycle::tr("%1: no end_of_life").arg(where);
    } else {
        warnings += Lifecycle::tr("%1: unreadable end_of_life \"%2\"").arg(where, endOfLife);
    }
    return series;
}

} // namespace

bool Lifecycle::readReleaseCycle(const QByteArray &json)
{
    const QString document = u"release-cycle.json"_s;
    const auto parsed = readObject(json, document, m_warnings);
    if (!parsed) {
        return false;
    }
    const QJsonObject &root = *parsed;
    m_haveCycle = true;
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (auto series = readSeries(document, it.key(), it.value(), m_warnings)) {
            m_cycle.insert(it.key(), *series);
        }
    }
    return true;
}

bool Lifecycle::readPythonReleases(const QByteArray &json)
{
    const QString document = u"python-releases.json"_s;
    const auto parsed = readObject(json, document, m_warnings);
    if (!parsed) {
        return false;
    }
    const QJsonObject &root = *parsed;
    const QJsonValue metadata = root.value("metadata"_L1);
    const QJsonValue releases = root.value("releases"_L1);
    if (!releases.isObject()) {
        m_warnings += tr("%1: no \"releases\" object").arg(document);
        return false;
    }
    m_haveReleases = true;
    if (metadata.isObject()) {
        const QJsonObject series = metadata.toObject();
        for (auto it = series.begin(); it != series.end(); ++it) {
            if (auto entry = readSeries(document + u" metadata"_s, it.key(), it.value(), m_warnings)) {
                m_metadata.insert(it.key(), *entry);
            }
        }
    } else {
        m_warnings += tr("%1: no \"metadata\" object").arg(document);
    }
    const QJsonObject bySeries = releases.toObject();
    for (auto it = bySeries.begin(); it != bySeries.end(); ++it) {
        const QString where = u"%1: %2"_s.arg(document, it.key());
        const auto series = seriesVersion(it.key());
        if (!series || !it.value().isArray()) {
            m_warnings += tr("%1: expected a list of releases under an X.Y series, skipped").arg(where);
            continue;
        }
        QList<ScheduledRelease> list;
        for (const auto &value : it.value().toArray()) {
            const QJsonObject entry = value.toObject();
            ScheduledRelease release;
            release.stage = entry.value("stage"_L1).toString();
            const auto version = Version::parse(release.stage);
            if (!version || !version->hasMicro() || version->series() != it.key()) {
                m_warnings += tr("%1: unreadable stage \"%2\", skipped").arg(where, release.stage);
                continue;
            }
            release.version = *version;
            const QString state = entry.value("state"_L1).toString();
            if (state != "actual"_L1 && state != "expected"_L1) {
                m_warnings += tr("%1: %2 has an unknown state \"%3\", skipped").arg(where, release.stage, state);
                continue;
            }
            release.actual = state == "actual"_L1;
            const QString date = entry.value("date"_L1).toString();
            release.date = QDate::fromString(date, Qt::ISODate);
            if (!release.date.isValid()) {
                m_warnings += tr("%1: %2 has an unreadable date \"%3\", skipped").arg(where, release.stage, date);
                continue;
            }
            release.note = entry.value("note"_L1).toString();
            list.append(release);
        }
        m_releases.insert(it.key(), list);
    }
    return true;
}

QList<SeriesLifecycle> Lifecycle::series() const
{
    QStringList names = m_cycle.keys();
    for (auto it = m_metadata.cbegin(); it != m_metadata.cend(); ++it) {
        if (!m_cycle.contains(it.key())) {
            names += it.key();
        }
    }
    std::sort(names.begin(), names.end(),
        [](const QString &a, const QString &b) { return *seriesVersion(a) > *seriesVersion(b); });
    QList<SeriesLifecycle> result;
    result.reserve(names.size());
    for (const QString &name : std::as_const(names)) {
        if (const auto entry = series(name)) {
            result += *entry;
        }
    }
    return result;
}

std::optional<SeriesLifecycle> Lifecycle::series(const QString &name) const
{
    const auto cycle = m_cycle.constFind(name);
    const auto metadata = m_metadata.constFind(name);
    if (cycle == m_cycle.cend()) {
        return metadata == m_metadata.cend() ? std::nullopt : std::optional(*metadata);
    }
    SeriesLifecycle result = *cycle;
    if (metadata != m_metadata.cend()) {
        // Field by field: a field release-cycle.json lacks (or spoilt) comes from the metadata.
        if (result.branch.isEmpty()) {
            result.branch = metadata->branch;
        }
        if (result.pep == 0) {
            result.pep = metadata->pep;
        }
        if (result.statusText.isEmpty()) {
            result.status = metadata->status;
            result.statusText = metadata->statusText;
        }
        if (!result.firstRelease.isValid()) {
            result.firstRelease = metadata->firstRelease;
        }
        if (!result.endOfLife.isValid()) {
            result.endOfLife = metadata->endOfLife;
        }
        if (result.releaseManager.isEmpty()) {
            result.releaseManager = metadata->releaseManager;
        }
    }
    return result;
}

QList<ScheduledRelease> Lifecycle::releases(const QString &series) const
{
    return m_releases.value(series);
}

SeriesStatus SeriesLifecycle::statusOn(QDate today) const
{
    return Lifecycle::statusOn(status, firstRelease, endOfLife, today);
}

SeriesStatus Lifecycle::statusOn(SeriesStatus stated, QDate firstRelease, QDate endOfLife, QDate today)
{
    if (!today.isValid()) {
        return stated;
    }
    if (endOfLife.isValid() && today > endOfLife) {
        return SeriesStatus::EndOfLife;
    }
    const bool beforeFinal = stated == SeriesStatus::Feature || stated == SeriesStatus::Prerelease;
    if (beforeFinal && firstRelease.isValid() && today >= firstRelease) {
        return SeriesStatus::Bugfix;
    }
    return stated;
}

SeriesStatus Lifecycle::statusFromString(QStringView text)
{
    static const QList<std::pair<QStringView, SeriesStatus>> statuses = {{u"feature", SeriesStatus::Feature},
        {u"prerelease", SeriesStatus::Prerelease}, {u"bugfix", SeriesStatus::Bugfix},
        {u"security", SeriesStatus::Security}, {u"end-of-life", SeriesStatus::EndOfLife}};
    for (const auto &[key, status] : statuses) {
        if (text == key) {
            return status;
        }
    }
    return SeriesStatus::Unknown;
}

QString Lifecycle::statusKey(SeriesStatus status)
{
    switch (status) {
    case SeriesStatus::Feature: return u"feature"_s;
    case SeriesStatus::Prerelease: return u"prerelease"_s;
    case SeriesStatus::Bugfix: return u"bugfix"_s;
    case SeriesStatus::Security: return u"security"_s;
    case SeriesStatus::EndOfLife: return u"end-of-life"_s;
    case SeriesStatus::Unknown: break;
    }
    return {};
}

QString Lifecycle::statusName(SeriesStatus status)
{
    switch (status) {
    case SeriesStatus::Feature: return tr("in development");
    case SeriesStatus::Prerelease: return tr("pre-release");
    case SeriesStatus::Bugfix: return tr("bugfix");
    case SeriesStatus::Security: return tr("security fixes only");
    case SeriesStatus::EndOfLife: return tr("end of life");
    case SeriesStatus::Unknown: break;
    }
    return tr("unknown");
}

std::optional<QDate> Lifecycle::parseEndOfLife(QStringView text)
{
    if (text.size() == 10) {
        const QDate date = QDate::fromString(text, u"yyyy-MM-dd");
        return date.isValid() ? std::optional(date) : std::nullopt;
    }
    if (text.size() == 7) {
        const QDate first = QDate::fromString(text, u"yyyy-MM");
        return first.isValid() ? std::optional(QDate(first.year(), first.month(), first.daysInMonth())) : std::nullopt;
    }
    return std::nullopt;
}

} // namespace Herald
