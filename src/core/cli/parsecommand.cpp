// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/cli/parsecommand.h"

#include "core/feeds/feedparser.h"
#include "core/net/httpclient.h"
#include "core/net/linkpolicy.h"
#include "core/text/terminaltext.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

/// The largest feed document --parse reads, from a file or the network.
constexpr qint64 MaxDocumentBytes = qint64(20) * 1024 * 1024;

QJsonValue isoDate(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

void printJson(const ParsedFeed &feed, QTextStream &out)
{
    QJsonArray items;
    for (const FeedItem &item : feed.items) {
        items.append(QJsonObject {
            {u"guid"_s, item.guid},
            {u"title"_s, item.title},
            {u"link"_s, item.link.toString()},
            {u"author"_s, item.author},
            {u"published"_s, isoDate(item.published)},
            {u"updated"_s, isoDate(item.updated)},
            {u"categories"_s, QJsonArray::fromStringList(item.categories)},
        });
    }
    const QJsonObject document {
        {u"format"_s, feed.format},
        {u"title"_s, feed.title},
        {u"link"_s, feed.link.toString()},
        {u"items"_s, items},
        {u"warnings"_s, QJsonArray::fromStringList(feed.warnings)},
        {u"error"_s, feed.error.isEmpty() ? QJsonValue() : QJsonValue(feed.error)},
    };
    out << QJsonDocument(document).toJson(QJsonDocument::Indented);
}

} // namespace

void ParseCommand::printText(const ParsedFeed &feed, QTextStream &out)
{
    // A feed is remote content: none of it reaches the terminal as a control sequence.
    const auto safe = &TerminalText::safe;
    out << tr("Format: %1").arg(feed.format.isEmpty() ? tr("unknown") : feed.format) << '\n'
        << tr("Title:  %1").arg(safe(feed.title)) << '\n'
        << tr("Link:   %1").arg(safe(feed.link.toString())) << '\n'
        << tr("Items:  %1").arg(feed.items.size()) << "\n\n";
    for (const FeedItem &item : feed.items) {
        out << (item.published.isValid() ? item.published.toString(u"yyyy-MM-dd hh:mm"_s) : tr("(no date)      "))
            << u"  "_s << safe(item.title) << '\n';
        out << u"                  "_s << (item.author.isEmpty() ? tr("(no author)") : safe(item.author)) << u"  "_s
            << (item.link.isEmpty() ? tr("(no link)") : safe(item.link.toString())) << '\n';
    }
    for (const QString &warning : feed.warnings) {
        out << tr("warning: ") << safe(warning) << '\n';
    }
    if (!feed.error.isEmpty()) {
        out << tr("error: ") << safe(feed.error) << '\n';
    }
    out.flush();
}

int ParseCommand::run(HttpClient &http, const QString &source, bool json, QTextStream &out, QTextStream &err)
{
    QByteArray bytes;
    QUrl documentUrl;
    const QUrl url(source);
    if (LinkPolicy::isWebScheme(url.scheme())) {
        HttpRequest request;
        request.url = url;
        request.maxBytes = MaxDocumentBytes;
        std::optional<HttpResponse> response;
        QEventLoop loop;
        http.get(request, &loop, [&](const HttpResponse &result) {
            response = result;
            loop.quit();
        });
        loop.exec();
        if (!response || !response->ok()) {
            err << tr("error: ") << (response ? response->error : tr("no response")) << Qt::endl;
            return 1;
        }
        bytes = response->body;
        documentUrl = url;
    } else {
        // A regular file of sensible size only: /dev/zero never ends, a FIFO blocks forever.
        const QFileInfo info(source);
        if (!info.exists()) {
            err << tr("error: cannot read %1: no such file").arg(source) << Qt::endl;
            return 1;
        }
        if (!info.isFile()) {
            err << tr("error: cannot read %1: not a regular file").arg(source) << Qt::endl;
            return 1;
        }
        if (info.size() > MaxDocumentBytes) {
            err << tr("error: %1 is larger than the %2 MB limit for a feed")
                       .arg(source)
                       .arg(MaxDocumentBytes / (qint64(1024) * 1024))
                << Qt::endl;
            return 1;
        }
        QFile file(source);
        if (!file.open(QIODevice::ReadOnly)) {
            err << tr("error: cannot read %1: %2").arg(source, file.errorString()) << Qt::endl;
            return 1;
        }
        bytes = file.read(MaxDocumentBytes + 1); // a file that grew since: still bounded
        if (bytes.size() > MaxDocumentBytes) {
            err << tr("error: %1 is larger than the %2 MB limit for a feed")
                       .arg(source)
                       .arg(MaxDocumentBytes / (qint64(1024) * 1024))
                << Qt::endl;
            return 1;
        }
        documentUrl = QUrl::fromLocalFile(info.absoluteFilePath());
    }
    const ParsedFeed feed = FeedParser::parse(bytes, documentUrl);
    if (json) {
        printJson(feed, out);
    } else {
        printText(feed, out);
    }
    return feed.error.isEmpty() ? 0 : 1;
}

} // namespace Herald
