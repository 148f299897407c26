// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

class QJsonArray;
class QJsonObject;
class QJsonValue;
class QTextStream;

namespace Herald {

class Backend;
struct DependencyStatus;
struct ProductCycle;
class PostStore;
class Timeline;
struct ProjectReleases;
struct TimelineRelease;
struct TimelineSeries;

/// `herald --releases [--json]`: the release timeline, newest series first, each with its
/// status and end of life, then its releases with their dates and announcing posts.
/// Releases the blog never announced and announcements off their official date are marked.
class ReleasesCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Herald::ReleasesCommand)

public:
    /// Python's timeline, then every followed project's releases by series; `source`: only
    /// that source's. Returns the exit code: 1 when the store could not be read.
    static int run(Backend &backend, std::optional<qint64> source, bool json, QTextStream &out, QTextStream &err);
    /// Python's timeline alone.
    static int run(PostStore &store, bool json, QTextStream &out, QTextStream &err);

private:
    /// Python's timeline, as text to `text` and as JSON into `json`, each when given.
    static int python(PostStore &store, QTextStream *text, QJsonObject *json, QTextStream &err);
    /// The slugs of the posts with these ids.
    using SlugsOf = std::function<QStringList(const QList<qint64> &)>;
    static QJsonObject timelineJson(const Timeline &timeline, QDate today, const SlugsOf &slugsOf);
    static QJsonArray projectsJson(const QList<ProjectReleases> &projects, QDate today);
    static QJsonValue cycleJson(const std::optional<ProductCycle> &cycle, QDate today);
    static QJsonObject usedJson(const DependencyStatus &status, const QString &usedIn);
    static void printProjects(QTextStream &out, const QList<ProjectReleases> &projects, QDate today);
    static void printTimeline(QTextStream &out, const Timeline &timeline, QDate today, const SlugsOf &slugsOf);
    static void printSeries(QTextStream &out, const TimelineSeries &entry, QDate today);
    static void printRelease(QTextStream &out, const TimelineRelease &release, const SlugsOf &slugsOf);
};

} // namespace Herald
