// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>
#include <QStringView>

namespace Herald {

struct Post;

/// The security fixes a release announcement names: CVE ids and CPython issues, from the
/// text and from the links the reader shows as badges (ReferenceClassifier).
struct SecurityReferences {
    QStringList cves; ///< "CVE-2024-0450", in the order the post names them, each once
    QStringList issues; ///< "gh-109858": CPython issues, each once
    /// The announcement calls itself a security release (title or tags), or names a CVE.
    bool security = false;

    static SecurityReferences find(const Post &post);
    static SecurityReferences findInText(QStringView markdown);
};

} // namespace Herald
