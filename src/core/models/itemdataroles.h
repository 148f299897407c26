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
};

/// The release timeline: series rows at the top level, their releases below them.
enum TimelineRole {
    TimelineKindRole = Qt::UserRole + 100, ///< int: 0 for a series, 1 for a release
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
};

} // namespace Roles

} // namespace Herald
