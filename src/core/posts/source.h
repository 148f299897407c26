// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>

#include <optional>

namespace Herald {

/// What a source is, which decides how it is fetched and how its items read.
enum class SourceKind {
    PythonInsider, ///< the built-in blog: archive index, feed and Markdown bodies
    Feed, ///< any RSS 2.0, RSS 1.0/RDF or Atom 0.3/1.0 feed
    GitHub, ///< the releases.atom of one repository
    PyPI, ///< one project's release RSS, with its JSON document for yanked releases
    Discourse, ///< one category's RSS
};

/// One followed source, as the store keeps it.
struct Source {
    qint64 id = 0;
    SourceKind kind = SourceKind::Feed;
    /// What names it among its kind: "owner/repo", the PyPI project as spelled, the feed URL.
    QString identifier;
    QUrl feedUrl; ///< what a sync fetches
    QString feedTitle; ///< the title the feed gives itself
    QString name; ///< the user's name for it; empty: displayName() falls back
    QString folder; ///< empty: top level
    int position = 0; ///< order within its folder
    int seriesParts = 0; ///< 1 (major) or 2 (major.minor); 0: chosen from its versions
    QString notifyMode; ///< a NotificationRules mode key; empty: its folder's, else the global rule
    QDateTime lastSync; ///< invalid before its first sync
    /// Its past is stored and was marked seen: its posts from now on are news.
    bool baselined = false;
    /// A web page named its feed (the user gave the page): it is fetched as remote content,
    /// never from a local address.
    bool discovered = false;
    QString lastError; ///< why its last sync failed; empty when it worked
    /// Its product on endoflife.date: unset, the one its name suggests (for a GitHub or PyPI
    /// project); empty, none; else the one the user chose.
    std::optional<QString> lifecycleProduct;
    QString usedVersion; ///< the version the user runs, as a dependency file pinned or locked it
    QString usedIn; ///< the file that said so ("requirements.txt:12")
    int posts = 0;
    int unread = 0;

    /// The user's name, else the project's (owner/repo, the PyPI name), else the feed's title,
    /// else its address.
    [[nodiscard]] QString displayName() const;
    /// The project a release of this source belongs to, as a notification names it.
    [[nodiscard]] QString projectName() const;
    /// For PyPI: the JSON document with yanked releases and requires_python.
    [[nodiscard]] QUrl pypiJsonUrl() const;

    /// A PyPI project name as PEP 503 normalises it: lower case, runs of `-`, `_` and `.`
    /// made one `-`.
    static QString normalizedPypiName(const QString &name);
    static QString kindKey(SourceKind kind);
    /// What the kind is called, translated: "GitHub releases", "PyPI project" …
    static QString kindName(SourceKind kind);
    static std::optional<SourceKind> kindFromKey(const QString &key);
};

} // namespace Herald
