// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/cli/listcommand.h"

#include "core/store/poststore.h"
#include "core/text/terminaltext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

QJsonValue isoDate(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

int ListCommand::run(const PostStore &store, std::optional<qint64> source, bool json, QTextStream &out)
{
    if (json) {
        PostStore::Query all;
        all.sourceId = source;
        const QList<Post> posts = store.posts(all);
        QJsonArray array;
        for (const Post &post : posts) {
            array.append(QJsonObject {
                {u"id"_s, post.meta.slug},
                {u"number"_s, post.id},
                {u"source"_s, post.sourceId},
                {u"version"_s, post.meta.version.isEmpty() ? QJsonValue() : QJsonValue(post.meta.version)},
                {u"yanked"_s, post.yanked},
                {u"title"_s, post.meta.title},
                {u"author"_s, post.meta.author},
                {u"published"_s, isoDate(post.meta.published)},
                {u"updated"_s, isoDate(post.meta.updated)},
                {u"url"_s, post.meta.url.toString()},
                {u"tags"_s, QJsonArray::fromStringList(post.meta.tags)},
                {u"description"_s, post.meta.description},
                {u"hasBody"_s, post.hasBody},
                {u"bodyError"_s, post.bodyError.isEmpty() ? QJsonValue() : QJsonValue(post.bodyError)},
                {u"read"_s, post.read},
                {u"starred"_s, post.starred},
            });
        }
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return 0;
    }
    PostStore::Query query;
    query.summaryOnly = true;
    query.sourceId = source;
    // Streamed: at 100,000 posts, keeping them all only to print them once costs a third.
    const Result<void> read = store.forEachPost(query, [&out](const Post &post) {
        const QDate date = post.meta.published.date();
        // Formatted by hand: QDate::toString(format) parses its format for every one of the rows.
        out << qSetFieldWidth(4) << qSetPadChar(u'0') << date.year() << qSetFieldWidth(0) << u'-' << qSetFieldWidth(2)
            << date.month() << qSetFieldWidth(0) << u'-' << qSetFieldWidth(2) << date.day() << qSetFieldWidth(0)
            << (post.read ? u"   "_s : u" • "_s) << TerminalText::safe(post.meta.title);
        if (!post.meta.author.isEmpty()) {
            out << u" — "_s << TerminalText::safe(post.meta.author);
        }
        if (!post.bodyError.isEmpty()) {
            out << u"  [body: "_s << TerminalText::safe(post.bodyError) << u']';
        }
        out << '\n';
    });
    out.flush();
    if (!read) {
        QTextStream(stderr) << "error: " << read.error().message() << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace Herald
