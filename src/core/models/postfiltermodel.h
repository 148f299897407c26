// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/search/searchquery.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSortFilterProxyModel>

namespace Herald {

class PostStore;

/// Filters and sorts the post list: by a search (SearchQuery: words and phrases through the
/// full-text index, plus author:, tag: and series: filters), unread only, starred only.
/// Newest first, or by relevance while there are words to search for, exact title matches
/// first. SnippetRole gives the words around the match in the post's text.
///
/// The list fetches its rows as it is scrolled: a fetch goes on until a row passes the
/// filters (a view asks again only when rows came), and a search fetches every row first, as
/// it ranks all the posts it finds.
///
/// The open post is pinned: reading, unstarring or marking it never filters it out from under
/// the reader. It leaves an unread-only or starred-only list when another post is opened.
class PostFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PostFilterModel(const PostStore &store, QObject *parent = nullptr);

    void setFilterText(const QString &text);
    [[nodiscard]] QString filterText() const { return m_text; }
    [[nodiscard]] const SearchQuery &query() const { return m_query; }
    /// The search failed (the message says why); the list then shows no post.
    [[nodiscard]] QString searchError() const { return m_searchError; }
    void setUnreadOnly(bool unreadOnly);
    void setStarredOnly(bool starredOnly);
    /// Only the posts of these sources (a source, or a folder's); empty: every source's.
    void setSources(const QSet<qint64> &sourceIds);
    [[nodiscard]] const QSet<qint64> &sources() const { return m_sources; }
    /// The post the user has open (0 for none): kept whatever its read and starred state. The
    /// post pinned before is filtered again on the next turn of the event loop, never while
    /// a view is still handling a change of the model.
    void setPinnedPost(qint64 postId);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    /// setFilterText() changed the search.
    void queryChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    struct Hit {
        double rank = 0;
        QString snippet;
    };
    bool acceptsFilters(const QModelIndex &index) const;
    bool titleMatchesExactly(const QModelIndex &index) const;
    void runSearch();
    void fetchEverything();
    /// Whether what passes depends on the store's answers (full-text hits, tagged posts), to
    /// be asked again when posts change.
    [[nodiscard]] bool readsTheStore() const;
    void searchAgainLater();

    const PostStore &m_store;
    QString m_text;
    SearchQuery m_query;
    QString m_searchError;
    QHash<qint64, Hit> m_hits;
    QSet<qint64> m_tagged; ///< with tag: filters, the posts that carry every tag
    QRegularExpression m_exactTitle;
    bool m_searchQueued = false;
    qint64 m_pinned = 0;
    bool m_refilterQueued = false;
    bool m_unreadOnly = false;
    bool m_starredOnly = false;
    QSet<qint64> m_sources;
};

} // namespace Herald
