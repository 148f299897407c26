// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace Herald {

/// The YAML frontmatter of one Python Insider post, as its Markdown source declares it.
/// A field the post leaves out, or gives in a form that cannot be read, stays empty
/// (an invalid QDate, std::nullopt for `published`).
struct Frontmatter {
    QString title;
    QDate publishDate;
    QDate updatedDate;
    QString author; ///< a display name, e.g. "Łukasz Langa"
    QString description;
    QStringList tags;
    std::optional<bool> published;
    QString legacyUrl; ///< the Blogger-era path, e.g. /2011/03/some-post.html

    bool operator==(const Frontmatter &other) const = default;
};

} // namespace Herald
