// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/releases/announcementsummary.h"

#include "core/posts/post.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald {

AnnouncementSummary AnnouncementSummary::of(const Post &post)
{
    AnnouncementSummary summary;
    summary.releases = ReleaseExtractor::extractFromPost(post);
    const bool cpython = std::any_of(summary.releases.cbegin(), summary.releases.cend(),
        [](const AnnouncedRelease &release) { return release.implementation == ReleaseExtractor::cpython(); });
    if (cpython) {
        summary.references = SecurityReferences::find(post);
    }
    return summary;
}

QString AnnouncementSummary::toStored() const
{
    QString stored;
    const auto line = [&stored](QChar kind, const QString &value, const QString &more = {}) {
        stored += kind + u'\t' + value;
        if (!more.isEmpty()) {
            stored += u'\t' + more;
        }
        stored += u'\n';
    };
    for (const AnnouncedRelease &release : releases) {
        line(u'r', release.implementation, release.version.toString());
    }
    for (const QString &cve : references.cves) {
        line(u'c', cve);
    }
    for (const QString &issue : references.issues) {
        line(u'i', issue);
    }
    if (references.security) {
        stored += u"s\n"_s;
    }
    return stored;
}

std::optional<AnnouncementSummary> AnnouncementSummary::fromStored(QStringView stored)
{
    AnnouncementSummary summary;
    for (const QStringView line : stored.split(u'\n', Qt::SkipEmptyParts)) {
        const QList<QStringView> fields = line.split(u'\t');
        const QStringView kind = fields.constFirst();
        if (kind == u"r" && fields.size() == 3) {
            const std::optional<Version> version = Version::parseCanonical(fields.at(2));
            if (!version || fields.at(1).isEmpty()) {
                return std::nullopt;
            }
            // CPython's name shared, not copied for each of 100,000 posts.
            static const QString cpython = ReleaseExtractor::cpython();
            summary.releases.append({*version, fields.at(1) == cpython ? cpython : fields.at(1).toString()});
        } else if (kind == u"c" && fields.size() == 2) {
            summary.references.cves.append(fields.at(1).toString());
        } else if (kind == u"i" && fields.size() == 2) {
            summary.references.issues.append(fields.at(1).toString());
        } else if (kind == u"s" && fields.size() == 1) {
            summary.references.security = true;
        } else {
            return std::nullopt;
        }
    }
    return summary;
}

} // namespace Herald
