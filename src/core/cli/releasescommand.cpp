// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/cli/releasescommand.h"

#include "core/app/backend.h"
#include "core/posts/post.h"
#include "core/releases/dependencystatus.h"
#include "core/releases/projectreleases.h"
#include "core/releases/timeline.h"
#include "core/releases/today.h"
#include "core/sources/projectlifecycles.h"
#include "core/sources/pythoninsider.h"
#include "core/store/poststore.h"
#include "core/store/sourcestore.h"
#include "core/text/terminaltext.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

QJsonValue isoDate(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue statusValue(const TimelineSeries &series, QDate today)
{
    const SeriesStatus status = series.statusOn(today);
    if (status == SeriesStatus::Unknown) {
        return series.statusText.isEmpty() ? QJsonValue() : QJsonValue(series.statusText);
    }
    return Lifecycle::statusKey(status);
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : u"          "_s;
}

} // namespace

int ReleasesCommand::python(PostStore &store, QTextStream *text, QJsonObject *json, QTextStream &err)
{
    QHash<qint64, QString> slugs;
    PostStore::Query query;
    query.pythonOnly = true;
    if (const Result<void> read
        = store.forEachPost(query, [&slugs](const Post &post) { slugs.insert(post.id, post.meta.slug); });
        !read) {
        err << tr("error: ") << read.error().message() << Qt::endl;
        return 1;
    }
    const Result<Timeline> stored = PythonInsider::storedTimeline(store);
    if (!stored) {
        err << tr("error: ") << stored.error().message() << Qt::endl;
        return 1;
    }
    const Timeline &timeline = *stored;
    for (const QString &warning : timeline.warnings()) {
        err << tr("warning: ") << warning << Qt::endl;
    }
    const SlugsOf slugsOf = [&slugs](const QList<qint64> &ids) {
        QStringList result;
        for (const qint64 id : ids) {
            result += slugs.value(id);
        }
        return result;
    };
    if (json) {
        *json = timelineJson(timeline, Today::date(), slugsOf);
    }
    if (text) {
        printTimeline(*text, timeline, Today::date(), slugsOf);
    }
    return 0;
}

int ReleasesCommand::run(PostStore &store, bool json, QTextStream &out, QTextStream &err)
{
    QJsonObject document;
    const int status = python(store, json ? nullptr : &out, json ? &document : nullptr, err);
    if (status == 0 && json) {
        out << QJsonDocument(document).toJson(QJsonDocument::Indented);
    }
    out.flush();
    return status;
}

int ReleasesCommand::run(Backend &backend, std::optional<qint64> source, bool json, QTextStream &out, QTextStream &err)
{
    const auto sources = backend.sources().sources();
    if (!sources) {
        err << tr("error: ") << sources.error().message() << Qt::endl;
        return 1;
    }
    const bool withPython = !source || std::ranges::any_of(*sources, [&source](const Source &s) {
        return s.id == *source && s.kind == SourceKind::PythonInsider;
    });
    QList<Source> followed;
    for (const Source &entry : *sources) {
        if (!source || entry.id == *source) {
            followed << entry;
        }
    }
    PostStore::Query query;
    query.sourceId = source;
    query.projectReleasesOnly = true;
    QList<Post> posts;
    if (const Result<void> read
        = backend.store().forEachPost(query, [&posts](const Post &post) { posts.append(post); });
        !read) {
        err << tr("error: ") << read.error().message() << Qt::endl;
        return 1;
    }
    QList<ProjectReleases> projects
        = ProjectReleases::build(followed, posts, QDateTime(Today::date(), QTime(12, 0), QTimeZone::UTC));
    QStringList warnings;
    ProjectLifecycles::attach(backend.store(), projects, &warnings);
    for (const QString &warning : std::as_const(warnings)) {
        err << tr("warning: ") << TerminalText::safe(warning) << Qt::endl;
    }
    QJsonObject document;
    if (withPython) {
        if (const int status = python(backend.store(), json ? nullptr : &out, json ? &document : nullptr, err);
            status != 0) {
            return status;
        }
    }
    if (!json) {
        printProjects(out, projects, Today::date());
        out.flush();
        return 0;
    }
    document.insert(u"projects"_s, projectsJson(projects, Today::date()));
    out << QJsonDocument(document).toJson(QJsonDocument::Indented);
    out.flush();
    return 0;
}

QJsonArray ReleasesCommand::projectsJson(const QList<ProjectReleases> &projects, QDate today)
{
    QJsonArray array;
    for (const ProjectReleases &project : projects) {
        QJsonArray series;
        for (const ProjectSeries &entry : project.series) {
            QJsonArray releases;
            for (const ProjectRelease &release : entry.releases) {
                releases.append(QJsonObject {
                    {u"version"_s, release.version.toString()},
                    {u"prerelease"_s, release.version.isPrerelease()},
                    {u"yanked"_s, release.yanked},
                    {u"published"_s,
                        release.published.isValid() ? QJsonValue(release.published.toString(Qt::ISODate))
                                                    : QJsonValue()},
                    {u"post"_s, release.postId},
                    {u"url"_s, release.url.toString()},
                });
            }
            const ProjectRelease *latest = entry.latest();
            QJsonObject object {
                {u"series"_s, entry.series},
                {u"latest"_s, latest ? QJsonValue(latest->version.toString()) : QJsonValue()},
                {u"releases"_s, releases},
            };
            object.insert(u"lifecycle"_s, cycleJson(project.cycleOf(entry.series), today));
            series.append(object);
        }
        const QString product = ProjectLifecycles::productOf(project.source);
        QJsonObject object {
            {u"source"_s, project.source.id},
            {u"project"_s, project.source.projectName()},
            {u"name"_s, project.source.displayName()},
            {u"kind"_s, Source::kindKey(project.source.kind)},
            {u"seriesParts"_s, project.seriesParts},
            // The endoflife.date product it is judged by, and whether that has its lifecycle.
            {u"lifecycleProduct"_s, product.isEmpty() ? QJsonValue() : QJsonValue(product)},
            {u"hasLifecycle"_s, project.lifecycle.has_value()},
            {u"series"_s, series},
        };
        const auto used = DependencyStatus::judge(project, project.source.usedVersion, today);
        object.insert(u"used"_s, used ? usedJson(*used, project.source.usedIn) : QJsonValue());
        array.append(object);
    }
    return array;
}

QJsonValue ReleasesCommand::cycleJson(const std::optional<ProductCycle> &cycle, QDate today)
{
    if (!cycle) {
        return {};
    }
    return QJsonObject {
        {u"cycle"_s, cycle->cycle},
        {u"status"_s, Lifecycle::statusKey(cycle->statusOn(today))},
        {u"endOfLife"_s, isoDate(cycle->endOfLife)},
        {u"endOfSupport"_s, isoDate(cycle->endOfSupport)},
        {u"lts"_s, cycle->isLtsOn(today)},
        {u"latest"_s, cycle->latest.isEmpty() ? QJsonValue() : QJsonValue(cycle->latest)},
    };
}

QJsonObject ReleasesCommand::usedJson(const DependencyStatus &status, const QString &usedIn)
{
    const auto version
        = [](const std::optional<ProjectVersion> &v) { return v ? QJsonValue(v->toString()) : QJsonValue(); };
    return QJsonObject {
        {u"version"_s, status.used.toString()},
        {u"from"_s, usedIn.isEmpty() ? QJsonValue() : QJsonValue(usedIn)},
        {u"series"_s, status.series},
        {u"verdict"_s, status.verdictKey()},
        {u"severity"_s, status.severity()},
        {u"status"_s, status.hasLifecycle ? QJsonValue(Lifecycle::statusKey(status.status)) : QJsonValue()},
        {u"endOfLife"_s, isoDate(status.endOfLife)},
        {u"newerInSeries"_s, version(status.newerInSeries)},
        {u"newerSeries"_s, version(status.newerSeries)},
        {u"summary"_s, status.summary(DependencyStatus::Dates::Iso)},
    };
}

void ReleasesCommand::printProjects(QTextStream &out, const QList<ProjectReleases> &projects, QDate today)
{
    for (const ProjectReleases &project : projects) {
        out << TerminalText::safe(project.source.projectName());
        if (project.source.displayName() != project.source.projectName()) {
            out << u" ("_s << TerminalText::safe(project.source.displayName()) << u')';
        }
        out << u" — "_s << tr("%n release(s)", "", project.releaseCount()) << '\n';
        if (const auto used = DependencyStatus::judge(project, project.source.usedVersion, today)) {
            out << u"  "_s << (used->severity() > 0 ? u"! "_s : QString())
                << TerminalText::safe(used->summary(DependencyStatus::Dates::Iso)) << '\n';
        }
        for (const ProjectSeries &entry : project.series) {
            const ProjectRelease *latest = entry.latest();
            out << u"  "_s << TerminalText::safe(entry.series) << u" — "_s
                << tr("latest %1").arg(TerminalText::safe(latest->version.toString()));
            if (const std::optional<ProductCycle> cycle = project.cycleOf(entry.series)) {
                const SeriesStatus status = cycle->statusOn(today);
                if (status == SeriesStatus::EndOfLife && cycle->endOfLife.isValid()) {
                    out << u", "_s << tr("end of life since %1").arg(cycle->endOfLife.toString(Qt::ISODate));
                } else {
                    out << u", "_s << Lifecycle::statusName(status);
                    if (cycle->isLtsOn(today) && status != SeriesStatus::EndOfLife) {
                        out << u", "_s << tr("LTS");
                    }
                    if (cycle->endOfLife.isValid()) {
                        out << u", "_s << tr("end of life %1").arg(cycle->endOfLife.toString(Qt::ISODate));
                    }
                }
            }
            out << '\n';
            for (const ProjectRelease &release : entry.releases) {
                out << u"    "_s << qSetFieldWidth(16) << Qt::left << TerminalText::safe(release.version.toString())
                    << qSetFieldWidth(0) << dateText(release.published.date());
                if (release.version.isPrerelease()) {
                    out << u"  "_s << tr("pre-release");
                }
                if (release.yanked) {
                    out << u"  ! "_s << tr("yanked");
                }
                out << '\n';
            }
        }
    }
}

QJsonObject ReleasesCommand::timelineJson(const Timeline &timeline, QDate today, const SlugsOf &slugsOf)
{
    QJsonArray series;
    for (const TimelineSeries &entry : timeline.series()) {
        QJsonArray releases;
        for (const TimelineRelease &release : entry.releases) {
            releases.append(QJsonObject {
                {u"version"_s, release.version.toString()},
                {u"state"_s, u"actual"_s},
                {u"stage"_s, Timeline::stageName(release.version)},
                {u"date"_s, isoDate(release.officialDate)},
                {u"posts"_s, QJsonArray::fromStringList(slugsOf(release.postIds))},
                {u"announced"_s, isoDate(release.announced)},
                {u"missingAnnouncement"_s, release.missingAnnouncement},
                {u"datesDisagree"_s, release.datesDisagree()},
                {u"announcementDelayDays"_s,
                    release.datesDisagree() ? QJsonValue(release.announcementDelay()) : QJsonValue()},
                {u"security"_s, release.security},
                {u"cves"_s, QJsonArray::fromStringList(release.cves)},
            });
        }
        // Still to come, after the made ones: python-releases.json's "expected" releases.
        for (const ExpectedRelease &expected : entry.expected) {
            releases.append(QJsonObject {
                {u"version"_s, expected.version.toString()},
                {u"state"_s, u"expected"_s},
                {u"stage"_s, Timeline::stageName(expected.version)},
                {u"date"_s, isoDate(expected.date)},
                {u"overdue"_s, expected.isOverdue(today)},
            });
        }
        const ExpectedRelease *next = entry.nextExpected();
        series.append(QJsonObject {
            {u"series"_s, entry.series},
            // Judged by today's date; statedStatus is the data's own word.
            {u"status"_s, statusValue(entry, today)},
            {u"statedStatus"_s, entry.statusText.isEmpty() ? QJsonValue() : QJsonValue(entry.statusText)},
            {u"endOfLife"_s, isoDate(entry.endOfLife)},
            {u"firstRelease"_s, isoDate(entry.firstRelease)},
            {u"releaseManager"_s, entry.releaseManager.isEmpty() ? QJsonValue() : QJsonValue(entry.releaseManager)},
            {u"pep"_s, entry.pep > 0 ? QJsonValue(entry.pep) : QJsonValue()},
            {u"latest"_s, entry.latest() ? QJsonValue(entry.latest()->version.toString()) : QJsonValue()},
            {u"nextExpected"_s,
                next ? QJsonValue(QJsonObject {{u"version"_s, next->version.toString()},
                           {u"date"_s, isoDate(next->date)}, {u"overdue"_s, next->isOverdue(today)}})
                     : QJsonValue()},
            {u"releases"_s, releases},
        });
    }
    QJsonArray other;
    for (const OtherRelease &release : timeline.otherReleases()) {
        other.append(QJsonObject {
            {u"implementation"_s, release.implementation},
            {u"version"_s, release.version.toString()},
            {u"posts"_s, QJsonArray::fromStringList(slugsOf(release.postIds))},
            {u"announced"_s, isoDate(release.announced)},
        });
    }
    return QJsonObject {
        {u"lifecycleData"_s, timeline.hasLifecycleData()},
        {u"series"_s, series},
        {u"otherImplementations"_s, other},
        {u"announced"_s, timeline.announcedCount()},
        {u"missingAnnouncements"_s, timeline.missingAnnouncementCount()},
        {u"dateDisagreements"_s, timeline.disagreementCount()},
    };
}

void ReleasesCommand::printTimeline(QTextStream &out, const Timeline &timeline, QDate today, const SlugsOf &slugsOf)
{
    for (const TimelineSeries &entry : timeline.series()) {
        printSeries(out, entry, today);
        for (auto expected = entry.expected.crbegin(); expected != entry.expected.crend(); ++expected) {
            out << u"  "_s << qSetFieldWidth(11) << Qt::left << expected->version.toString() << qSetFieldWidth(12)
                << Timeline::stageName(expected->version) << qSetFieldWidth(0) << dateText(expected->date) << u"  "_s
                << (expected->isOverdue(today) ? u"! "_s + tr("expected, not announced yet") : tr("expected")) << '\n';
        }
        for (const TimelineRelease &release : entry.releases) {
            printRelease(out, release, slugsOf);
        }
    }
    if (!timeline.otherReleases().isEmpty()) {
        out << tr("Other implementations") << '\n';
        for (const OtherRelease &release : timeline.otherReleases()) {
            out << u"  "_s << release.implementation << u' ' << release.version.toString() << u"  "_s
                << dateText(release.announced) << u"  "_s << slugsOf(release.postIds).join(u", "_s) << '\n';
        }
    }
    out << tr("%1 releases announced, %2 without an announcement, %3 announced off their official date")
               .arg(timeline.announcedCount())
               .arg(timeline.missingAnnouncementCount())
               .arg(timeline.disagreementCount())
        << '\n';
}

void ReleasesCommand::printSeries(QTextStream &out, const TimelineSeries &entry, QDate today)
{
    const SeriesStatus status = entry.statusOn(today);
    out << u"Python "_s << entry.series << u" — "_s << Lifecycle::statusName(status);
    if (status == SeriesStatus::Unknown && !entry.statusText.isEmpty()) {
        out << u" (\""_s << entry.statusText << u"\")"_s;
    } else if (status != entry.status && !entry.statusText.isEmpty()) {
        out << u" "_s << tr("(by date; the lifecycle data says \"%1\")").arg(entry.statusText);
    }
    if (entry.endOfLife.isValid()) {
        out << u", "_s << tr("end of life %1").arg(entry.endOfLife.toString(Qt::ISODate));
    }
    if (!entry.releaseManager.isEmpty()) {
        out << u", "_s << tr("release manager %1").arg(entry.releaseManager);
    }
    out << '\n';
}

void ReleasesCommand::printRelease(QTextStream &out, const TimelineRelease &release, const SlugsOf &slugsOf)
{
    out << u"  "_s << qSetFieldWidth(11) << Qt::left << release.version.toString() << qSetFieldWidth(12)
        << Timeline::stageName(release.version) << qSetFieldWidth(0) << dateText(release.officialDate) << u"  "_s;
    if (release.isAnnounced()) {
        out << slugsOf(release.postIds).join(u", "_s);
    } else if (release.missingAnnouncement) {
        out << u"! "_s << tr("no announcement");
    } else {
        out << u"-"_s;
    }
    if (release.datesDisagree()) {
        out << u"  ! "_s
            << tr("announced %1, %n day(s) off the official date", nullptr, int(release.announcementDelay()))
                   .arg(release.announced.toString(Qt::ISODate));
    } else if (release.isAnnounced() && !release.officialDate.isValid()) {
        out << u"  ("_s << tr("announced %1").arg(release.announced.toString(Qt::ISODate)) << u')';
    }
    out << '\n';
}

} // namespace Herald
