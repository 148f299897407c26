// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/sources/pythoninsider.h"

#include "core/diagnostics/logging.h"
#include "core/feeds/feeditem.h"
#include "core/releases/announcementsummary.h"
#include "core/store/poststore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return u"null"_s;
    case QJsonValue::Bool: return u"a boolean"_s;
    case QJsonValue::Double: return u"a number"_s;
    case QJsonValue::String: return u"a string"_s;
    case QJsonValue::Array: return u"an array"_s;
    case QJsonValue::Object: return u"an object"_s;
    case QJsonValue::Undefined: return u"missing"_s;
    }
    return {};
}

} // namespace

QUrl PythonInsider::siteUrl()
{
    return QUrl(u"https://blog.python.org/"_s);
}

QUrl PythonInsider::feedUrl()
{
    return QUrl(u"https://blog.python.org/rss.xml"_s);
}

QUrl PythonInsider::indexUrl()
{
    return QUrl(u"https://blog.python.org/search-index.json"_s);
}

QUrl PythonInsider::releaseCycleUrl()
{
    return QUrl(u"https://peps.python.org/api/release-cycle.json"_s);
}

QUrl PythonInsider::pythonReleasesUrl()
{
    return QUrl(u"https://peps.python.org/api/python-releases.json"_s);
}

QUrl PythonInsider::releasePageUrl(const QString &version)
{
    QString slug = version;
    slug.remove(u'.');
    return QUrl(u"https://www.python.org/downloads/release/python-"_s + slug + u'/');
}

QUrl PythonInsider::markdownUrl(const QString &slug, QStringView extension)
{
    return QUrl(u"https://raw.githubusercontent.com/python/python-insider-blog/main/content/posts/"_s + slug
        + u"/index."_s + extension);
}

bool PythonInsider::isValidSlug(const QString &slug)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$"_s);
    return pattern.match(slug).hasMatch() && !slug.contains(u".."_s);
}

Result<PythonInsider::Index> PythonInsider::parseIndex(const QByteArray &json)
{
    Index result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error(tr("The archive index is not valid JSON: %1 at byte %2")
                .arg(parseError.errorString())
                .arg(parseError.offset));
    }
    if (!document.isArray()) {
        return Error(tr("The archive index should be a JSON array of posts, but it is %1")
                .arg(document.isObject() ? u"an object"_s : u"empty"_s));
    }
    const QJsonArray entries = document.array();
    result.posts.reserve(entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonValue entry = entries.at(i);
        auto skip = [&](const QString &why) {
            result.warnings << tr("Archive index entry %1 was skipped: %2").arg(i + 1).arg(why);
        };
        if (!entry.isObject()) {
            skip(tr("it is %1, not an object").arg(jsonTypeName(entry)));
            continue;
        }
        const QJsonObject object = entry.toObject();
        for (const auto key : {"id"_L1, "title"_L1, "date"_L1}) {
            if (!object.value(key).isString()) {
                skip(tr("'%1' is %2, not a string").arg(key, jsonTypeName(object.value(key))));
                break;
            }
        }
        if (!object.value("id"_L1).isString() || !object.value("title"_L1).isString()
            || !object.value("date"_L1).isString()) {
            continue;
        }
        PostMeta post;
        post.slug = object.value("id"_L1).toString();
        if (!isValidSlug(post.slug)) {
            skip(tr("the id \"%1\" cannot be part of a URL").arg(post.slug.left(80)));
            continue;
        }
        post.title = object.value("title"_L1).toString();
        post.published = QDateTime::fromString(object.value("date"_L1).toString(), Qt::ISODateWithMs);
        if (!post.published.isValid()) {
            skip(tr("the date \"%1\" is not an ISO 8601 date").arg(object.value("date"_L1).toString().left(40)));
            continue;
        }
        post.published = post.published.toUTC();
        post.author = object.value("author"_L1).toString();
        post.description = object.value("description"_L1).toString();
        const QJsonArray tags = object.value("tags"_L1).toArray();
        for (const auto &tag : tags) {
            if (tag.isString()) {
                post.tags << tag.toString();
            }
        }
        const QString path = object.value("url"_L1).toString();
        post.url = path.startsWith(u'/') ? siteUrl().resolved(QUrl(path.mid(1) + u'/')) : QUrl();
        if (!post.url.isValid() || post.url.isEmpty()) {
            post.url = siteUrl().resolved(QUrl(post.published.toString(u"yyyy/MM/"_s) + post.slug + u'/'));
        }
        post.bodyUrl = markdownUrl(post.slug);
        result.posts.append(post);
    }
    return result;
}

std::optional<PostMeta> PythonInsider::fromFeedItem(const FeedItem &item)
{
    const QStringList segments = item.link.path().split(u'/', Qt::SkipEmptyParts);
    if (segments.isEmpty() || !isValidSlug(segments.constLast())) {
        return std::nullopt;
    }
    PostMeta post;
    post.slug = segments.constLast();
    post.url = item.link;
    post.title = item.title;
    post.author = item.author;
    post.published = item.published;
    post.tags = item.categories;
    post.description = item.summary;
    post.bodyUrl = markdownUrl(post.slug);
    return post;
}

Lifecycle PythonInsider::storedLifecycle(const PostStore &store)
{
    Lifecycle lifecycle;
    if (const auto cycle = store.document(releaseCycleUrl())) {
        lifecycle.readReleaseCycle(*cycle);
    }
    if (const auto releases = store.document(pythonReleasesUrl())) {
        lifecycle.readPythonReleases(*releases);
    }
    return lifecycle;
}

Result<QList<PostAnnouncement>> PythonInsider::storedAnnouncements(PostStore &store)
{
    // Summaries written by other rules are worked out again, all of them, once.
    const QString rules = QString::number(AnnouncementSummary::RulesVersion);
    const Result<QString> storedRules = store.metaValue(QString::fromLatin1(AnnouncementRulesKey));
    if (!storedRules) {
        return storedRules.error();
    }
    // When they cannot be forgotten (another Herald holds the database), every post is worked
    // out from its body this time, and they are forgotten next time.
    bool storedAreStale = false;
    if (*storedRules != rules) {
        Result<void> forgotten = store.forgetAnnouncements();
        if (forgotten) {
            forgotten = store.setMetaValue(QString::fromLatin1(AnnouncementRulesKey), rules);
        }
        if (!forgotten) {
            qCWarning(lcStore) << "could not forget what posts announce by older rules:" << forgotten.error().message();
            storedAreStale = true;
        }
    }
    // Every post with its stored summary, from the index; then the posts with none yet (new
    // or changed since, or every post once after an upgrade) are read with their bodies,
    // summarised and stored, and so is a summary this build cannot read.
    QList<PostAnnouncement> announcements;
    QHash<qint64, qsizetype> pending; // post id → its place in announcements
    const Result<void> read
        = store.forEachAnnouncement([&](qint64 id, const QDateTime &published, const std::optional<QString> &stored) {
              PostAnnouncement announcement {id, published.toUTC().date(), {}};
              if (const std::optional<AnnouncementSummary> summary
                  = stored && !storedAreStale ? AnnouncementSummary::fromStored(*stored) : std::nullopt) {
                  announcement.summary = *summary;
              } else {
                  pending.insert(id, announcements.size());
              }
              announcements.append(std::move(announcement));
          });
    if (!read) {
        return read.error();
    }
    if (pending.isEmpty()) {
        return announcements;
    }
    QList<PostStore::WorkedOutAnnouncement> toStore;
    const auto summarise = [&](const Post &post) {
        const auto place = pending.constFind(post.id);
        if (place == pending.cend()) {
            return; // stored after the index was read: the next build has it
        }
        AnnouncementSummary summary = AnnouncementSummary::of(post);
        toStore.append({post.id, summary.toStored(), post.meta.title, post.body});
        announcements[*place].summary = std::move(summary);
        pending.erase(place);
    };
    PostStore::Query unsummarised;
    unsummarised.withBodies = true;
    unsummarised.pythonOnly = true;
    unsummarised.onlyUnsummarized = !storedAreStale;
    if (const Result<void> bodies = store.forEachPost(unsummarised, summarise); !bodies) {
        return bodies.error();
    }
    // What is left had a summary this build cannot read: one post at a time, as it is rare.
    for (const qint64 id : pending.keys()) {
        if (const std::optional<Post> post = store.post(id)) {
            summarise(*post);
        }
    }
    // Still right for this build when they cannot be kept: they are worked out again next time.
    if (const Result<void> kept = store.storeAnnouncements(toStore); !kept) {
        qCWarning(lcStore) << "could not store what" << toStore.size() << "posts announce:" << kept.error().message();
    }
    return announcements;
}

Result<Timeline> PythonInsider::storedTimeline(PostStore &store, QHash<qint64, PostMeta> *posts)
{
    Result<QList<PostAnnouncement>> announcements = storedAnnouncements(store);
    if (!announcements) {
        return announcements.error();
    }
    if (posts) {
        PostStore::Query query;
        query.pythonOnly = true;
        if (const Result<void> read
            = store.forEachPost(query, [posts](const Post &post) { posts->insert(post.id, post.meta); });
            !read) {
            return read.error();
        }
    }
    return Timeline::build(*announcements, storedLifecycle(store));
}

} // namespace Herald
