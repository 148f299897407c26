// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/notify/notificationrules.h"

#include "core/releases/lifecycle.h"
#include "core/releases/projectversion.h"
#include "core/releases/today.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

const std::array<std::pair<NotificationRules::Mode, QLatin1StringView>, 6> ModeKeys = {{
    {NotificationRules::Mode::AllPosts, "all-posts"_L1},
    {NotificationRules::Mode::Releases, "releases"_L1},
    {NotificationRules::Mode::FinalReleases, "final-releases"_L1},
    {NotificationRules::Mode::SecurityReleases, "security-releases"_L1},
    {NotificationRules::Mode::NewerThanUsed, "newer-than-used"_L1},
    {NotificationRules::Mode::SecurityOfUsed, "security-of-used"_L1},
}};

const std::array<std::pair<NotificationRules::Scope, QLatin1StringView>, 4> ScopeKeys = {{
    {NotificationRules::Scope::AllSeries, "all"_L1},
    {NotificationRules::Scope::SupportedSeries, "supported"_L1},
    {NotificationRules::Scope::ChosenSeries, "chosen"_L1},
    {NotificationRules::Scope::InstalledSeries, "installed"_L1},
}};

bool hasSupportedStatus(SeriesStatus status)
{
    switch (status) {
    case SeriesStatus::Feature:
    case SeriesStatus::Prerelease:
    case SeriesStatus::Bugfix:
    case SeriesStatus::Security: return true;
    case SeriesStatus::EndOfLife:
    case SeriesStatus::Unknown: return false;
    }
    return false;
}

} // namespace

NewItem NewItem::fromPost(const Post &post, const Lifecycle &lifecycle, const QString &project)
{
    NewItem item;
    item.post = post;
    if (!post.meta.version.isEmpty() && !project.isEmpty()) {
        return fromProjectPost(post, project, {}, 2);
    }
    item.releases = ReleaseExtractor::extractFromPost(post);
    item.security = NotificationRules::isSecurityRelease(post, item.releases, lifecycle);
    return item;
}

NewItem NewItem::fromProjectPost(const Post &post, const QString &project, const QString &usedVersion, int seriesParts)
{
    // Another project's release: Python's series, scope and lifecycle do not apply.
    NewItem item;
    item.post = post;
    if (post.meta.version.isEmpty() || project.isEmpty()) {
        return item;
    }
    const auto version = ProjectVersion::parse(post.meta.version);
    item.project = project;
    item.projectPrerelease = version && version->isPrerelease();
    const auto used = ProjectVersion::parse(usedVersion);
    // Without a version to compare with, every release is newer than what is used.
    item.newerThanUsed = !used || (version && *version > *used);
    item.newerInUsedSeries
        = !used || (version && *version > *used && version->series(seriesParts) == used->series(seriesParts));
    static const QRegularExpression security(
        u"\\bsecurity\\b|\\bCVE-\\d{4}-\\d+"_s, QRegularExpression::CaseInsensitiveOption);
    // The notes' text, not their markup: a link to /security/ or SECURITY.md says nothing.
    item.security = security.match(post.meta.title).hasMatch()
        || post.meta.tags.contains(u"security"_s, Qt::CaseInsensitive)
        || security.match(post.meta.description).hasMatch();
    return item;
}

bool NotificationRules::matches(const NewItem &item, const Lifecycle &lifecycle) const
{
    if (!enabled) {
        return false;
    }
    if (mode == Mode::AllPosts) {
        return true;
    }
    const bool securityOnly = mode == Mode::SecurityReleases || mode == Mode::SecurityOfUsed;
    if (!item.isRelease() || (securityOnly && !item.security)) {
        return false;
    }
    if (item.isProjectRelease()) {
        switch (mode) {
        case Mode::FinalReleases: return !item.projectPrerelease;
        case Mode::NewerThanUsed: return item.newerThanUsed;
        case Mode::SecurityOfUsed: return item.newerInUsedSeries;
        case Mode::AllPosts:
        case Mode::Releases:
        case Mode::SecurityReleases: return true;
        }
        return true;
    }
    return std::ranges::any_of(item.releases, [&](const AnnouncedRelease &release) {
        return (mode != Mode::FinalReleases || !release.version.isPrerelease()) && inScope(release, lifecycle);
    });
}

bool NotificationRules::allows(const NewItem &item, const Lifecycle &lifecycle, const QDateTime &now) const
{
    return matches(item, lifecycle) && !silencedAt(now);
}

bool NotificationRules::inScope(const AnnouncedRelease &release, const Lifecycle &lifecycle) const
{
    switch (scope) {
    case Scope::AllSeries: return true;
    // The series of other implementations (IronPython 2.7, PyPy 7.3) are not CPython's.
    case Scope::SupportedSeries:
        return release.implementation == ReleaseExtractor::cpython()
            && isSupportedSeries(release.version.series(), lifecycle);
    case Scope::ChosenSeries:
        return release.implementation == ReleaseExtractor::cpython() && chosenSeries.contains(release.version.series());
    case Scope::InstalledSeries:
        return release.implementation == ReleaseExtractor::cpython()
            && installedSeries.contains(release.version.series());
    }
    return false;
}

bool NotificationRules::quietAt(QTime time) const
{
    if (!quietHoursEnabled || quietFrom == quietTo) {
        return false;
    }
    if (quietCrossesMidnight()) {
        return time >= quietFrom || time < quietTo;
    }
    return time >= quietFrom && time < quietTo;
}

bool NotificationRules::pausedAt(const QDateTime &now) const
{
    return pausedUntil.isValid() && now < pausedUntil;
}

bool NotificationRules::silencedAt(const QDateTime &now) const
{
    return pausedAt(now) || quietAt(now.toLocalTime().time());
}

QDateTime NotificationRules::silenceEnds(const QDateTime &now) const
{
    // A pause may end inside the quiet hours, and quiet hours may end inside a pause; two
    // rounds of each settle it, the third is for safety.
    QDateTime end = now;
    for (int round = 0; round < 3; ++round) {
        bool moved = false;
        if (pausedAt(end)) {
            end = pausedUntil;
            moved = true;
        }
        const QDateTime local = end.toLocalTime();
        if (quietAt(local.time())) {
            QDateTime quietEnd(local.date(), quietTo);
            if (quietEnd <= local) {
                quietEnd = quietEnd.addDays(1);
            }
            end = quietEnd;
            moved = true;
        }
        if (!moved) {
            break;
        }
    }
    return end;
}

void NotificationRules::pauseFor(std::chrono::seconds duration, const QDateTime &now)
{
    pausedUntil = now.addSecs(duration.count());
}

void NotificationRules::pauseUntilTomorrow(const QDateTime &now)
{
    pausedUntil = QDateTime(now.toLocalTime().date().addDays(1), morningTime());
}

bool NotificationRules::isSupportedSeries(const QString &series, const Lifecycle &lifecycle)
{
    const QList<SeriesLifecycle> known = lifecycle.series();
    const bool anyStatus
        = std::ranges::any_of(known, [](const SeriesLifecycle &info) { return info.status != SeriesStatus::Unknown; });
    if (!anyStatus) {
        return true;
    }
    if (const auto info = lifecycle.series(series); info && info->status != SeriesStatus::Unknown) {
        return hasSupportedStatus(info->statusOn(Today::date()));
    }
    const auto version = Version::parse(series);
    if (!version) {
        return false;
    }
    return std::ranges::none_of(known, [&](const SeriesLifecycle &info) {
        const auto other = Version::parse(info.series);
        return info.series != series && other && *other >= *version;
    });
}

bool NotificationRules::isSecurityRelease(
    const Post &post, const QList<AnnouncedRelease> &releases, const Lifecycle &lifecycle)
{
    if (releases.isEmpty()) {
        return false;
    }
    static const QRegularExpression securityWord(u"\\bsecurity\\b"_s, QRegularExpression::CaseInsensitiveOption);
    if (securityWord.match(post.meta.title).hasMatch() || post.meta.tags.contains(u"security"_s, Qt::CaseInsensitive)) {
        return true;
    }
    bool anyCPython = false;
    for (const AnnouncedRelease &release : releases) {
        if (release.implementation != ReleaseExtractor::cpython()) {
            continue;
        }
        anyCPython = true;
        const auto info = lifecycle.series(release.version.series());
        const SeriesStatus status = info ? info->statusOn(Today::date()) : SeriesStatus::Unknown;
        if (status != SeriesStatus::Security && status != SeriesStatus::EndOfLife) {
            return false;
        }
    }
    return anyCPython;
}

NotificationRules NotificationRules::forSource(const QString &sourceMode, const QString &folderMode) const
{
    NotificationRules rules = *this;
    const QString key = !sourceMode.isEmpty() ? sourceMode : folderMode;
    if (key == offKey()) {
        rules.enabled = false;
    } else if (const auto chosen = modeFromKey(key)) {
        rules.mode = *chosen;
    }
    return rules;
}

QString NotificationRules::modeKey(Mode mode)
{
    for (const auto &[value, key] : ModeKeys) {
        if (value == mode) {
            return key;
        }
    }
    return {};
}

std::optional<NotificationRules::Mode> NotificationRules::modeFromKey(const QString &key)
{
    for (const auto &[value, name] : ModeKeys) {
        if (name == key) {
            return value;
        }
    }
    return std::nullopt;
}

QString NotificationRules::scopeKey(Scope scope)
{
    for (const auto &[value, key] : ScopeKeys) {
        if (value == scope) {
            return key;
        }
    }
    return {};
}

std::optional<NotificationRules::Scope> NotificationRules::scopeFromKey(const QString &key)
{
    for (const auto &[value, name] : ScopeKeys) {
        if (name == key) {
            return value;
        }
    }
    return std::nullopt;
}

} // namespace Herald
