// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/posts/post.h"
#include "core/releases/releaseextractor.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QTime>

#include <chrono>
#include <optional>

namespace Herald {

class Lifecycle;

/// A post that is new to this install, with the releases it announces.
struct NewItem {
    Post post;
    QList<AnnouncedRelease> releases; ///< in the order the post names them; empty for other posts
    /// For a release of a followed project (its feed gave the post a version): the project's
    /// name; empty for Python's posts and other posts.
    QString project;
    bool projectPrerelease = false;
    /// For a project's release whose source knows the version the user runs: how it compares
    /// with it (newer at all, and newer within the series the user runs).
    bool newerThanUsed = false;
    bool newerInUsedSeries = false;
    bool security = false; ///< see NotificationRules::isSecurityRelease()

    [[nodiscard]] bool isProjectRelease() const { return !project.isEmpty(); }
    [[nodiscard]] bool isRelease() const { return !releases.isEmpty() || isProjectRelease(); }
    /// "Django 5.2.8": the project and its version, for a project's release.
    [[nodiscard]] QString projectRelease() const { return project + u' ' + post.meta.version; }

    /// Reads the releases the way the timeline does: from the title, and from the Markdown
    /// body only when the title names no version at all. A post of a followed project's feed
    /// is that project's release when the feed gave it a version and `project` names the
    /// project (without it, no release at all); it is a security release when its title,
    /// tags or the start of its notes' text say "security" or name a CVE.
    static NewItem fromPost(const Post &post, const Lifecycle &lifecycle, const QString &project = {});
    /// The same for a followed project's post, compared with the version of it the user runs
    /// (`usedVersion`, empty when not known), its series `seriesParts` long.
    static NewItem fromProjectPost(
        const Post &post, const QString &project, const QString &usedVersion, int seriesParts);
};

/// Which new posts become notifications, and when Herald keeps quiet. A value that Settings
/// keeps.
///
/// The content rules (mode and series scope) decide whether a post is worth telling at all;
/// the quiet rules (quiet hours and a pause) decide only when. A post held back by the quiet
/// rules is still worth telling once they end: silenceEnds() says when.
struct NotificationRules {
    enum class Mode {
        AllPosts, ///< every new post; the series scope applies only to release posts
        Releases, ///< posts that announce at least one release (the default)
        FinalReleases, ///< posts that announce at least one final release, not only pre-releases
        SecurityReleases, ///< security releases only (see isSecurityRelease())
        /// A project's releases newer than the version the user runs (all of them when it is not
        /// known); Python's posts as Releases.
        NewerThanUsed,
        /// A project's security releases in the series the user runs, newer than their version
        /// (all its security releases when it is not known); Python's posts as SecurityReleases.
        SecurityOfUsed,
    };
    enum class Scope {
        AllSeries,
        SupportedSeries, ///< series in feature, pre-release, bugfix or security status (the default)
        ChosenSeries, ///< the series in chosenSeries
        InstalledSeries, ///< the series of the interpreters this machine runs (installedSeries)
    };

    bool enabled = true;
    Mode mode = Mode::Releases;
    Scope scope = Scope::SupportedSeries;
    QStringList chosenSeries; ///< "3.14", "3.13": for Scope::ChosenSeries
    bool quietHoursEnabled = false;
    QTime quietFrom {22, 0}; ///< quiet from this time on …
    QTime quietTo {7, 0}; ///< … until just before this one, crossing midnight when it is earlier
    QDateTime pausedUntil; ///< invalid, or in the past, when not paused
    /// Tell when an interpreter this machine runs misses a security release or reaches its
    /// end of life (InterpreterAlerts), whatever the mode and scope.
    bool interpreterAlerts = true;
    /// For Scope::InstalledSeries: the series this machine runs ("3.12"). Not a setting: whoever
    /// applies the rules fills it from the last interpreter scan.
    QStringList installedSeries;

    /// Whether the item is worth a notification at all: enabled, the mode and the series scope.
    [[nodiscard]] bool matches(const NewItem &item, const Lifecycle &lifecycle) const;
    /// matches(), and not silenced at `now`.
    [[nodiscard]] bool allows(const NewItem &item, const Lifecycle &lifecycle, const QDateTime &now) const;

    /// Inside the quiet hours. Equal from and to times make no quiet hours at all.
    [[nodiscard]] bool quietAt(QTime time) const;
    [[nodiscard]] bool quietCrossesMidnight() const { return quietFrom > quietTo; }
    [[nodiscard]] bool pausedAt(const QDateTime &now) const;
    /// Paused, or inside the quiet hours (local time of `now`).
    [[nodiscard]] bool silencedAt(const QDateTime &now) const;
    /// When notifications may show again: `now` when they may already, else the end of the
    /// pause and of any quiet hours it runs into.
    [[nodiscard]] QDateTime silenceEnds(const QDateTime &now) const;

    void pauseFor(std::chrono::seconds duration, const QDateTime &now);
    /// Until tomorrow morning (morningTime(), on the next calendar day).
    void pauseUntilTomorrow(const QDateTime &now);
    void resume() { pausedUntil = QDateTime(); }
    static QTime morningTime() { return QTime(8, 0); }

    /// Feature, pre-release, bugfix or security status. A series the lifecycle does not know
    /// counts as supported when it is newer than every series it knows (a new series is
    /// announced before the data lists it) or when there is no lifecycle data at all, so
    /// missing data never silences everything.
    static bool isSupportedSeries(const QString &series, const Lifecycle &lifecycle);
    /// A post that announces releases and either says so ("security" in its title or tags) or
    /// announces only CPython releases of series in security or end-of-life status (the last
    /// release of a series is a security release made as it reaches its end of life).
    static bool isSecurityRelease(
        const Post &post, const QList<AnnouncedRelease> &releases, const Lifecycle &lifecycle);

    /// The rules for one source: its own mode, else its folder's, else these. Either may be
    /// a mode key, "off" (nothing of it is told), or empty (no rule of its own).
    [[nodiscard]] NotificationRules forSource(const QString &sourceMode, const QString &folderMode) const;
    static QString offKey() { return QStringLiteral("off"); }

    static QString modeKey(Mode mode);
    static std::optional<Mode> modeFromKey(const QString &key);
    static QString scopeKey(Scope scope);
    static std::optional<Scope> scopeFromKey(const QString &key);

    friend bool operator==(const NotificationRules &, const NotificationRules &) = default;

private:
    [[nodiscard]] bool inScope(const AnnouncedRelease &release, const Lifecycle &lifecycle) const;
};

} // namespace Herald
