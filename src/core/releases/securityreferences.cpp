// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/releases/securityreferences.h"

#include "core/posts/post.h"
#include "core/render/referenceclassifier.h"

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

void addOnce(QStringList &list, const QString &value)
{
    if (!list.contains(value)) {
        list.append(value);
    }
}

} // namespace

SecurityReferences SecurityReferences::findInText(QStringView markdown)
{
    SecurityReferences found;
    // One pass over the text in order, so the lists keep the post's order: links first
    // classified as the reader's badges do, then ids written as text (often a link's label).
    static const QRegularExpression pattern(
        u"(https?://[^\\s)\\]>\"']+)|\\b(CVE-\\d{4}-\\d{4,7})\\b|\\b(?:gh|GH)-(\\d{1,7})\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    auto it = pattern.globalMatchView(markdown);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.hasCaptured(1)) {
            const ReferenceBadge badge = ReferenceClassifier::classify(QUrl(m.captured(1)));
            if (badge.kind == ReferenceBadge::Kind::Cve) {
                addOnce(found.cves, badge.label);
            } else if (badge.kind == ReferenceBadge::Kind::GitHubIssue
                && badge.label.startsWith("python/cpython#"_L1, Qt::CaseInsensitive)) {
                addOnce(found.issues, u"gh-"_s + badge.label.section(u'#', 1));
            }
        } else if (m.hasCaptured(2)) {
            addOnce(found.cves, m.captured(2).toUpper());
        } else {
            addOnce(found.issues, u"gh-"_s + m.captured(3));
        }
    }
    found.security = !found.cves.isEmpty();
    return found;
}

SecurityReferences SecurityReferences::find(const Post &post)
{
    SecurityReferences found = findInText(post.body);
    const bool tagged = std::any_of(post.meta.tags.cbegin(), post.meta.tags.cend(),
        [](const QString &tag) { return tag.compare("security"_L1, Qt::CaseInsensitive) == 0; });
    found.security = found.security || tagged || post.meta.title.contains("security"_L1, Qt::CaseInsensitive);
    return found;
}

} // namespace Herald
