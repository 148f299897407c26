// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/cli/sourcescommand.h"

#include "core/app/backend.h"
#include "core/sources/opml.h"
#include "core/sources/projectlifecycles.h"
#include "core/sources/sourcefollower.h"
#include "core/store/database.h"
#include "core/store/sourcestore.h"
#include "core/text/terminaltext.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Herald {

int SourcesCommand::follow(Backend &backend, const QString &input, QTextStream &out, QTextStream &err)
{
    SourceFollower follower(backend.http());
    std::optional<Result<SourceFollower::Preview>> found;
    QEventLoop loop;
    follower.preview(input, &loop, [&](Result<SourceFollower::Preview> preview) {
        found = std::move(preview);
        loop.quit();
    });
    if (!found) {
        loop.exec();
    }
    if (!found) {
        return 1; // the loop ended without an answer: nothing was followed
    }
    const Result<SourceFollower::Preview> &answer = *found;
    if (!answer) {
        err << tr("error: ") << TerminalText::safe(answer.error().message()) << Qt::endl;
        return 1;
    }
    const SourceFollower::Preview &preview = *answer;
    const Source &source = preview.source;
    const Result<qint64> added = backend.sources().add(source);
    if (!added) {
        err << tr("error: ") << TerminalText::safe(added.error().message()) << Qt::endl;
        return 1;
    }
    out << tr("Following %1 (%2) as source %3: %4")
               .arg(TerminalText::safe(source.displayName()), Source::kindName(source.kind), QString::number(*added),
                   TerminalText::safe(source.feedUrl.toDisplayString()))
        << Qt::endl;
    QString what = tr("%1, %n item(s)", "", preview.items).arg(preview.format);
    if (!preview.latestVersion.isEmpty()) {
        what += tr("; the latest release is %1").arg(TerminalText::safe(preview.latestVersion));
    }
    out << u"  "_s << what << Qt::endl;
    for (const QUrl &other : preview.otherFeeds) {
        out << u"  "_s << tr("The page names another feed too: %1").arg(TerminalText::safe(other.toDisplayString()))
            << Qt::endl;
    }
    out << u"  "_s << tr("herald --sync fetches its posts.") << Qt::endl;
    return 0;
}

int SourcesCommand::setLifecycle(
    Backend &backend, qint64 id, const QString &product, QTextStream &out, QTextStream &err)
{
    const QString chosen = product.trimmed();
    std::optional<QString> stored; // "auto": none of its own
    if (chosen.compare(u"none"_s, Qt::CaseInsensitive) == 0) {
        stored = QString();
    } else if (chosen.compare(u"auto"_s, Qt::CaseInsensitive) != 0) {
        if (!ProjectLifecycles::isProductName(chosen)) {
            err << tr("error: “%1” is no endoflife.date product name (such as django or nodejs); \"auto\" or "
                      "\"none\" also do")
                       .arg(TerminalText::safe(chosen))
                << Qt::endl;
            return 1;
        }
        stored = chosen;
    }
    if (const Result<void> set = backend.sources().setLifecycleProduct(id, stored); !set) {
        err << tr("error: ") << set.error().message() << Qt::endl;
        return 1;
    }
    QString name = QString::number(id);
    QString used;
    if (const auto source = backend.sources().source(id); source) {
        if (const std::optional<Source> &found = *source) {
            name = found->displayName();
            used = ProjectLifecycles::productOf(*found);
        }
    }
    if (used.isEmpty()) {
        out << tr("%1 has no lifecycle now.").arg(TerminalText::safe(name)) << Qt::endl;
    } else {
        out << tr("%1 is judged by endoflife.date's %2 from the next sync.")
                   .arg(TerminalText::safe(name), TerminalText::safe(used))
            << Qt::endl;
    }
    return 0;
}

int SourcesCommand::importOpml(Backend &backend, const QString &path, QTextStream &out, QTextStream &err)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << tr("error: cannot read %1: %2").arg(path, file.errorString()) << Qt::endl;
        return 1;
    }
    const Result<Opml::Subscriptions> read = Opml::read(file.readAll(), path);
    if (!read) {
        err << tr("error: ") << TerminalText::safe(read.error().message()) << Qt::endl;
        return 1;
    }
    for (const QString &skipped : read->skipped) {
        err << tr("warning: %1: skipped %2").arg(path, TerminalText::safe(skipped)) << Qt::endl;
    }
    SourceStore &sources = backend.sources();
    QList<Source> added;
    int already = 0;
    // All or none: a store that fails halfway leaves nothing of the file behind.
    const Result<void> done = backend.database().transaction([&]() -> Result<void> {
        for (const Opml::Folder &folder : read->folders) {
            if (!folder.notifyMode.isEmpty()) {
                if (Result<void> set = sources.setFolderNotifyMode(folder.name, folder.notifyMode); !set) {
                    return set;
                }
            }
        }
        for (const Source &source : read->sources) {
            const auto existing = sources.sourceForFeed(source.feedUrl);
            if (!existing) {
                return existing.error();
            }
            if (existing->has_value()) {
                ++already;
                continue;
            }
            const Result<qint64> id = sources.add(source);
            if (!id) {
                return id.error();
            }
            added << source;
            added.last().id = *id;
        }
        return {};
    });
    if (!done) {
        err << tr("error: nothing was imported from %1: %2").arg(path, done.error().message()) << Qt::endl;
        return 1;
    }
    for (const Source &source : std::as_const(added)) {
        out << tr("Following %1 (%2) as source %3")
                   .arg(TerminalText::safe(source.displayName()), Source::kindName(source.kind),
                       QString::number(source.id))
            << (source.folder.isEmpty() ? QString() : tr(" in %1").arg(TerminalText::safe(source.folder))) << Qt::endl;
    }
    out << tr("%n source(s) added from %1", "", int(added.size())).arg(path);
    if (already > 0) {
        out << tr("; %n followed already", "", already);
    }
    if (!read->skipped.isEmpty()) {
        out << tr("; %n skipped", "", int(read->skipped.size()));
    }
    out << u'.' << Qt::endl;
    if (!added.isEmpty()) {
        out << u"  "_s << tr("herald --sync fetches their posts.") << Qt::endl;
    }
    return 0;
}

int SourcesCommand::exportOpml(Backend &backend, const QString &path, QTextStream &out, QTextStream &err)
{
    const auto sources = backend.sources().sources();
    const auto folders = backend.sources().folders();
    if (!sources || !folders) {
        err << tr("error: ") << (sources ? folders.error() : sources.error()).message() << Qt::endl;
        return 1;
    }
    QList<Opml::Folder> named;
    for (const SourceStore::Folder &folder : *folders) {
        named << Opml::Folder {folder.name, folder.notifyMode};
    }
    const QByteArray document = Opml::write(*sources, named, tr("Herald subscriptions"));
    if (path == "-"_L1) {
        out << QString::fromUtf8(document);
        out.flush();
        return 0;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(document) != document.size() || !file.commit()) {
        err << tr("error: cannot write %1: %2").arg(path, file.errorString()) << Qt::endl;
        return 1;
    }
    err << tr("Wrote %n source(s) to %1", "", int(sources->size())).arg(path) << Qt::endl;
    return 0;
}

int SourcesCommand::unfollow(Backend &backend, qint64 id, QTextStream &out, QTextStream &err)
{
    const auto source = backend.sources().source(id);
    if (!source) {
        err << tr("error: ") << source.error().message() << Qt::endl;
        return 1;
    }
    const std::optional<Source> &found = *source;
    if (!found) {
        err << tr("error: there is no source %1: --sources lists them").arg(id) << Qt::endl;
        return 1;
    }
    if (found->kind == SourceKind::PythonInsider) {
        err << tr("error: Python Insider is built in and cannot be unfollowed") << Qt::endl;
        return 1;
    }
    if (const Result<void> removed = backend.sources().remove(id); !removed) {
        err << tr("error: ") << removed.error().message() << Qt::endl;
        return 1;
    }
    out << tr("No longer following %1; its %n post(s) are removed.", "", found->posts)
               .arg(TerminalText::safe(found->displayName()))
        << Qt::endl;
    return 0;
}

bool SourcesCommand::exists(Backend &backend, qint64 id, QTextStream &err)
{
    const auto source = backend.sources().source(id);
    if (source && source->has_value()) {
        return true;
    }
    err << tr("error: ")
        << (source ? tr("there is no source %1: --sources lists them").arg(id) : source.error().message()) << Qt::endl;
    return false;
}

int SourcesCommand::list(Backend &backend, bool json, QTextStream &out, QTextStream &err)
{
    const auto sources = backend.sources().sources();
    if (!sources) {
        err << tr("error: ") << sources.error().message() << Qt::endl;
        return 1;
    }
    if (json) {
        QJsonArray array;
        for (const Source &source : *sources) {
            const QString product = ProjectLifecycles::productOf(source);
            array.append(QJsonObject {
                {u"id"_s, source.id},
                {u"kind"_s, Source::kindKey(source.kind)},
                {u"name"_s, source.displayName()},
                {u"project"_s, source.projectName()},
                {u"identifier"_s, source.identifier},
                {u"feed"_s, source.feedUrl.toString()},
                {u"folder"_s, source.folder},
                {u"posts"_s, source.posts},
                {u"unread"_s, source.unread},
                {u"lastSync"_s,
                    source.lastSync.isValid() ? QJsonValue(source.lastSync.toString(Qt::ISODate)) : QJsonValue()},
                {u"error"_s, source.lastError.isEmpty() ? QJsonValue() : QJsonValue(source.lastError)},
                {u"lifecycleProduct"_s, product.isEmpty() ? QJsonValue() : QJsonValue(product)},
                {u"usedVersion"_s, source.usedVersion.isEmpty() ? QJsonValue() : QJsonValue(source.usedVersion)},
                {u"usedIn"_s, source.usedIn.isEmpty() ? QJsonValue() : QJsonValue(source.usedIn)},
            });
        }
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return 0;
    }
    if (sources->isEmpty()) {
        out << tr("No sources yet: herald --sync fetches Python Insider, herald --follow adds others.") << Qt::endl;
        return 0;
    }
    for (const Source &source : *sources) {
        out << qSetFieldWidth(4) << source.id << qSetFieldWidth(0) << u"  "_s
            << TerminalText::safe(source.displayName()) << u"  ("_s << Source::kindName(source.kind) << u")"_s;
        if (!source.folder.isEmpty()) {
            out << u"  ["_s << TerminalText::safe(source.folder) << u"]"_s;
        }
        out << u"  "_s << tr("%n post(s)", "", source.posts) << u", "_s << tr("%n unread", "", source.unread);
        if (!source.lastSync.isValid()) {
            out << u", "_s << tr("never synced");
        }
        if (!source.usedVersion.isEmpty()) {
            out << u", "_s << tr("you use %1").arg(TerminalText::safe(source.usedVersion));
        }
        out << Qt::endl;
        if (!source.lastError.isEmpty()) {
            out << u"      "_s << tr("error: ") << TerminalText::safe(source.lastError) << Qt::endl;
        }
    }
    return 0;
}

} // namespace Herald
