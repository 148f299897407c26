// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <Qt>

namespace Herald {

/// Every custom item-data role Herald's models expose, in one place.
namespace Roles {

enum PostRole {
    PostIdRole = Qt::UserRole + 1, ///< qint64
    SlugRole, ///< QString
    TitleRole, ///< QString
    AuthorRole, ///< QString
    PublishedRole, ///< QDateTime, UTC
    TagsRole, ///< QStringList
    DescriptionRole, ///< QString
    UrlRole, ///< QUrl of the post on the web
    ReadRole, ///< bool, editable
    StarredRole, ///< bool, editable
    HasBodyRole, ///< bool
    BodyErrorRole, ///< QString
    /// QString: words around a search match in the post's text, the matches between \x02 and
    /// \x03; empty when not searching or the match is not in the text (PostFilterModel only)
    SnippetRole,
    SourceIdRole, ///< qint64, the source the post came from
};

/// The followed sources (SourceListModel): folders at the top level with their sources below,
/// and sources outside any folder beside them. DisplayRole is the name.
enum SourceRole {
    SourceRowIdRole = Qt::UserRole + 300, ///< qint64 on a source row; invalid QVariant on a folder row
    SourceKindRole, ///< QString, Source::kindKey(); empty on a folder row
    SourceFolderRole, ///< QString: a folder row's name, or the folder a source is in ("" for none)
    SourceUnreadRole, ///< int: a source's unread posts, or a folder's in all
    SourceErrorRole, ///< QString: why a source's last sync failed; empty when it worked
    SourceLastSyncRole, ///< QDateTime, UTC; invalid before the first
    SourceNotifyModeRole, ///< QString: its own rule (a NotificationRules mode key, "off"), or empty
    SourceSeriesPartsRole, ///< int: 0 automatic, 1 major, 2 major.minor
    SourceFeedRole, ///< QUrl of its feed
    /// QString: what the version of it the user runs means today ("you use 4.2.11; 5.2.9 is out;
    /// …"); empty when the version is not known
    SourceUsageRole,
    SourceUsageSeverityRole, ///< int: 0 up to date, 1 behind, 2 past end of life; -1 when not known
    SourceUsedVersionRole, ///< QString: the version of it the user runs, as stored; empty when not known
    /// QString: its endoflife.date product (chosen or suggested by its name); empty for none
    SourceLifecycleProductRole,
    SourceLifecycleChosenRole, ///< bool: the product is the user's choice (or none), not suggested
};

/// The release timeline: series rows at the top level, their releases below them.
enum TimelineRole {
    TimelineKindRole = Qt::UserRole + 100, ///< int, a TimelineModel::Kind: series, release or expected release
    SeriesRole, ///< QString "3.13", on both kinds of row
    SeriesStatusRole, ///< int, a Herald::SeriesStatus
    SeriesStatusTextRole, ///< QString as the lifecycle data writes it
    EndOfLifeRole, ///< QDate; invalid when unknown
    DaysUntilEndOfLifeRole, ///< int, negative once past; invalid QVariant when unknown
    ReleaseManagerRole, ///< QString
    ReleaseVersionRole, ///< QString "3.14.0rc1"; on a series row its latest release
    ReleaseStageRole, ///< QString "candidate 1", translated: for display only
    ReleaseStageKindRole, ///< int, a Herald::Version::Stage: what views decide by
    IsPrereleaseRole, ///< bool
    OfficialDateRole, ///< QDate from python-releases.json; invalid when unknown
    AnnouncementPostIdRole, ///< qint64 of the first announcing post; invalid QVariant when none
    AnnouncementPostIdsRole, ///< QVariantList of qint64
    AnnouncementDateRole, ///< QDate
    HasAnnouncementRole, ///< bool
    MissingAnnouncementRole, ///< bool: made while the blog covered the series, never announced
    DateDisagreementRole, ///< bool: announced more than Timeline::toleranceDays off the official date
    /// On an expected row: bool, its day has passed with no announcement. On a series row: int,
    /// how many of its expected releases are overdue.
    OverdueRole,
    /// QString, on a series row and an expected row: the series' next expected release (not
    /// overdue); empty when none
    NextExpectedVersionRole,
    NextExpectedDateRole, ///< QDate, on a series row and an expected row
    DaysUntilExpectedRole, ///< int, negative once past; on a series row (its next) and an expected row
    /// QStringList, on a series row: the versions of it this machine runs ("3.12.3",
    /// "3.12.3 free-threaded"); on a release row: bool, this machine runs exactly this release
    InstalledRole,
    /// bool, on an expected row: the first release of its series whose day has not passed
    UpcomingRole,
};

/// The interpreters of this machine (InterpreterModel); DisplayRole is the version label.
enum InterpreterRole {
    InterpreterPathRole = Qt::UserRole + 200, ///< QString, the name to show
    InterpreterVersionRole, ///< QString "3.12.3"; empty when unknown
    InterpreterWhereRole, ///< QString: "PATH", "pyenv", "virtual environment" …
    InterpreterProblemRole, ///< QString: why it cannot be used; empty when it can
    InterpreterSeriesRole, ///< QString "3.12"
    InterpreterActionRole, ///< QString: the one-line advice
    InterpreterSeverityRole, ///< int: 0 up to date, 1 behind, 2 security or end of life
    InterpreterVerdictRole, ///< QString, InterpreterAdvice::verdictKey()
    InterpreterLatestRole, ///< QString: the newest release of its series
};

} // namespace Roles

} // namespace Herald
