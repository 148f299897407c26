// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/releases/releaseextractor.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Herald {

class Lifecycle;
struct NewItem;
struct NotificationRules;
struct Post;

/// The one notification that tells what a sync brought: what the rules let through of its new
/// posts, grouped, so that several posts never become a flood.
///
/// One release post reads "Python 3.14.7 and 3.13.15 released", with the post's description
/// (shortened) as its text; one other post shows its title and description; several posts
/// read "3 new Python releases" or "2 new posts", with one line per post title. Title and
/// text are plain text: a notification server that takes markup needs them escaped.
class ReleaseNotice final
{
    Q_DECLARE_TR_FUNCTIONS(Herald::ReleaseNotice)

public:
    /// The notification event ids (the GUI's .notifyrc names them).
    static QString newReleaseEvent();
    static QString securityReleaseEvent();
    static QString newPostEvent();
    /// Only for imported().
    static QString importedEvent();

    /// How many post titles a grouped notice lists before "and N more".
    static constexpr int maxListedPosts = 5;
    /// About how long a description may be before it is shortened at a word.
    static constexpr int maxTextLength = 200;

    QString eventId; ///< newRelease, securityRelease or newPost
    QString title;
    QString text;
    QList<qint64> postIds; ///< the posts it tells of, newest first: what Open and Mark as read act on

    /// The notice for the fresh posts of one sync, after the content rules (not the quiet
    /// ones: when to show it is the caller's call); nothing when no post is let through.
    static std::optional<ReleaseNotice> build(
        const QList<Post> &fresh, const NotificationRules &rules, const Lifecycle &lifecycle);
    /// The notice for items already chosen; nothing when there are none.
    static std::optional<ReleaseNotice> build(const QList<NewItem> &items);
    /// The one summary a first sync may show: "327 posts imported", event "imported".
    static ReleaseNotice imported(int count);

    /// "Python 3.14.7 and 3.13.15 released": the versions in the order the post names them.
    static QString releaseTitle(const QList<AnnouncedRelease> &releases);
    /// "a, b and c", translated.
    static QString joinList(const QStringList &items);
    /// The text simplified, Markdown links reduced to their words, and cut at a word near
    /// `limit` characters with an ellipsis.
    static QString shortened(const QString &text, int limit = maxTextLength);
};

} // namespace Herald
