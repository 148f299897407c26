// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/models/postfiltermodel.h"

#include "core/diagnostics/logging.h"
#include "core/models/itemdataroles.h"
#include "core/models/postlistmodel.h"
#include "core/releases/releaseextractor.h"
#include "core/store/poststore.h"

#include <QDateTime>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

/// The index's snippet is raw Markdown: keep the words, drop the markup around them, and of a
/// link's address only what matched (a snippet full of URLs says nothing).
QString readableSnippet(const QString &snippet)
{
    static const QRegularExpression linkTarget(u"\\]\\([^)\\s\\x02\\x03]*\\)?"_s);
    static const QRegularExpression tags(u"<[^>\\x02\\x03]*>"_s);
    static const QRegularExpression markup(u"[\\[\\]*_`#>|()]+"_s);
    static const QRegularExpression marked(u"\\x02[^\\x03]*\\x03"_s);
    QString text = snippet;
    text.replace(linkTarget, u" "_s);
    text.remove(tags);
    QStringList words;
    static const QRegularExpression space(u"\\s+"_s);
    for (const QString &word : text.split(space, Qt::SkipEmptyParts)) {
        const bool address = word.contains(u'/') || word.contains(u"://"_s) || word.endsWith(u".html"_s);
        if (!address) {
            words << word;
            continue;
        }
        for (auto match = marked.globalMatch(word); match.hasNext();) {
            words << match.next().captured();
        }
    }
    return words.join(u' ').replace(markup, u" "_s).simplified();
}

} // namespace

PostFilterModel::PostFilterModel(const PostStore &store, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_store(store)
{
    setSortRole(Roles::PublishedRole);
    setDynamicSortFilter(true);
    sort(0, Qt::DescendingOrder);
    connect(&m_store, &PostStore::postsChanged, this, &PostFilterModel::searchAgainLater);
    connect(&m_store, &PostStore::postChanged, this, [this](qint64 postId) {
        // A post that is not a hit may have just got the text that makes it one (a body
        // fetched); a hit whose read or starred mark changed is a hit still. (Tags change
        // only with postsChanged.)
        if (m_query.hasTerms() && !m_hits.contains(postId)) {
            searchAgainLater();
        }
    });
}

void PostFilterModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text) {
        return;
    }
    m_text = trimmed;
    m_query = SearchQuery::parse(m_text);
    m_exactTitle = m_query.hasTerms()
        ? QRegularExpression(u"(?<!\\w)"_s + QRegularExpression::escape(m_query.plainText()),
              QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption)
        : QRegularExpression();
    runSearch();
    // Both: what is listed, and its order (relevance while searching, dates otherwise).
    invalidate();
    Q_EMIT queryChanged();
}

void PostFilterModel::runSearch()
{
    m_hits.clear();
    m_tagged.clear();
    m_searchError.clear();
    if (!m_query.isEmpty()) {
        fetchEverything();
    }
    if (!m_query.tags().isEmpty()) {
        // Tags are not kept in the list's rows: the store finds the posts that carry them.
        const Result<QSet<qint64>> tagged = m_store.postsTagged(m_query.tags());
        if (!tagged) {
            m_searchError = tagged.error().message();
            qCInfo(lcStore) << "the tag filter failed:" << m_searchError;
            return;
        }
        m_tagged = *tagged;
    }
    if (m_query.hasTerms()) {
        const QString expression = m_query.ftsExpression();
        if (!expression.isEmpty()) {
            const Result<QList<PostStore::SearchHit>> hits = m_store.search(expression);
            if (!hits) {
                m_searchError = hits.error().message();
                qCInfo(lcStore) << "the search for" << expression << "failed:" << m_searchError;
                return;
            }
            for (const PostStore::SearchHit &hit : *hits) {
                m_hits.insert(hit.id, {hit.rank, readableSnippet(hit.snippet)});
            }
        }
    }
}

void PostFilterModel::searchAgainLater()
{
    // Posts arrived or changed (a sync, a body fetched) while a search or a tag filter is on:
    // the index has them now, the hits do not. Once, after the change has gone through the views.
    if (!readsTheStore() || m_searchQueued) {
        return;
    }
    m_searchQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_searchQueued = false;
            if (readsTheStore()) {
                runSearch();
                invalidate();
            }
        },
        Qt::QueuedConnection);
}

void PostFilterModel::setUnreadOnly(bool unreadOnly)
{
    if (unreadOnly != m_unreadOnly) {
        m_unreadOnly = unreadOnly;
        invalidateRowsFilter();
    }
}

void PostFilterModel::setStarredOnly(bool starredOnly)
{
    if (starredOnly != m_starredOnly) {
        m_starredOnly = starredOnly;
        invalidateRowsFilter();
    }
}

void PostFilterModel::setSources(const QSet<qint64> &sourceIds)
{
    if (sourceIds != m_sources) {
        m_sources = sourceIds;
        invalidateRowsFilter();
    }
}

void PostFilterModel::setPinnedPost(qint64 postId)
{
    if (postId == m_pinned) {
        return;
    }
    m_pinned = postId;
    if (!(m_unreadOnly || m_starredOnly) || m_refilterQueued) {
        return; // the pin changes nothing that is shown
    }
    // Removing the old pinned row now would change the model inside the selection model's
    // currentChanged signal, which is what crashed the list: do it once the views are done.
    m_refilterQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_refilterQueued = false;
            invalidateRowsFilter();
        },
        Qt::QueuedConnection);
}

QVariant PostFilterModel::data(const QModelIndex &index, int role) const
{
    if (role == Roles::SnippetRole) {
        if (!m_query.hasTerms()) {
            return {};
        }
        const Hit hit = m_hits.value(index.data(Roles::PostIdRole).toLongLong());
        // Only a match in the text is worth a line: a title match is already in the title.
        return hit.snippet.contains(u'\x02') ? hit.snippet : QString();
    }
    return QSortFilterProxyModel::data(index, role);
}

void PostFilterModel::fetchMore(const QModelIndex &parent)
{
    // A view fetches again only when rows came: a filter that keeps few posts (one source's,
    // the unread ones) would otherwise stop the list at the first page that shows none. After
    // a few pages in vain the rest is fetched in one read, not a page at a time.
    constexpr int PagesInVain = 4;
    const int before = rowCount(parent);
    for (int page = 0; rowCount(parent) == before && canFetchMore(parent); ++page) {
        if (page == PagesInVain) {
            fetchEverything();
            break;
        }
        QSortFilterProxyModel::fetchMore(parent);
    }
}

bool PostFilterModel::readsTheStore() const
{
    return m_query.hasTerms() || !m_query.tags().isEmpty();
}

void PostFilterModel::fetchEverything()
{
    QAbstractItemModel *source = sourceModel();
    if (auto *posts = qobject_cast<PostListModel *>(source)) {
        posts->fetchAll(); // in one read, not a page at a time
    }
    while (source && source->canFetchMore({})) {
        source->fetchMore({});
    }
}

bool PostFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const qint64 id = index.data(Roles::PostIdRole).toLongLong();
    const bool pinned = m_pinned != 0 && id == m_pinned;
    if (!m_sources.isEmpty() && !m_sources.contains(index.data(Roles::SourceIdRole).toLongLong())) {
        return false;
    }
    if (m_unreadOnly && !pinned && index.data(Roles::ReadRole).toBool()) {
        return false;
    }
    if (m_starredOnly && !pinned && !index.data(Roles::StarredRole).toBool()) {
        return false;
    }
    if (m_query.isEmpty()) {
        return true;
    }
    if (m_query.hasTerms() && !m_hits.contains(id)) {
        return false;
    }
    return acceptsFilters(index);
}

bool PostFilterModel::acceptsFilters(const QModelIndex &index) const
{
    const QString author = index.data(Roles::AuthorRole).toString();
    for (const QString &wanted : m_query.authors()) {
        if (!author.contains(wanted, Qt::CaseInsensitive)) {
            return false;
        }
    }
    if (!m_query.tags().isEmpty() && !m_tagged.contains(index.data(Roles::PostIdRole).toLongLong())) {
        return false;
    }
    if (!m_query.series().isEmpty()) {
        // The series a post announces, by the timeline's own rules on its title.
        const QList<AnnouncedRelease> releases
            = ReleaseExtractor::extractFromText(index.data(Roles::TitleRole).toString());
        for (const QString &wanted : m_query.series()) {
            const bool announces = std::any_of(releases.cbegin(), releases.cend(), [&](const AnnouncedRelease &r) {
                return r.implementation == ReleaseExtractor::cpython() && r.version.series() == wanted;
            });
            if (!announces) {
                return false;
            }
        }
    }
    return true;
}

bool PostFilterModel::titleMatchesExactly(const QModelIndex &index) const
{
    // From the start of a word: "on" is no exact match for "Python".
    return m_exactTitle.isValid() && m_exactTitle.match(index.data(Roles::TitleRole).toString()).hasMatch();
}

bool PostFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_query.hasTerms()) {
        // A title holding what was typed comes first (newest first among them, as without a
        // search: "3.13" means the latest 3.13 release); the rest by the index's relevance.
        const bool exactLeft = titleMatchesExactly(left);
        const bool exactRight = titleMatchesExactly(right);
        if (exactLeft != exactRight) {
            return exactRight; // the exact one is "greater": listed first in descending order
        }
        if (!exactLeft) {
            const double a = m_hits.value(left.data(Roles::PostIdRole).toLongLong()).rank;
            const double b = m_hits.value(right.data(Roles::PostIdRole).toLongLong()).rank;
            if (a != b) {
                return a > b; // bm25: lower is better
            }
        }
    }
    const QDateTime a = left.data(Roles::PublishedRole).toDateTime();
    const QDateTime b = right.data(Roles::PublishedRole).toDateTime();
    if (a != b) {
        return a < b;
    }
    // Same day: keep the store's order (higher id = stored later = listed first).
    return left.data(Roles::PostIdRole).toLongLong() < right.data(Roles::PostIdRole).toLongLong();
}

} // namespace Herald
