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
};

} // namespace Roles

} // namespace Herald
