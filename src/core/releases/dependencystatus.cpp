// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/releases/dependencystatus.h"

#include "core/releases/projectreleases.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Herald {

int DependencyStatus::severity() const
{
    switch (verdict) {
    case Verdict::UpToDate: return 0;
    case Verdict::Behind: return 1;
    case Verdict::EndOfLife: return 2;
    }
    return 0;
}

QString DependencyStatus::verdictKey() const
{
    switch (verdict) {
    case Verdict::UpToDate: return u"up-to-date"_s;
    case Verdict::Behind: return u"behind"_s;
    case Verdict::EndOfLife: return u"end-of-life"_s;
    }
    return {};
}

QString DependencyStatus::summary(Dates dates) const
{
    const auto day = [dates](QDate date) {
        return dates == Dates::Iso ? date.toString(Qt::ISODate) : QLocale().toString(date, QLocale::ShortFormat);
    };
    QStringList parts {tr("you use %1").arg(used.toString())};
    if (newerInSeries && newerSeries) {
        parts << tr("%1 and %2 are out").arg(newerInSeries->toString(), newerSeries->toString());
    } else if (newerInSeries) {
        parts << tr("%1 is out").arg(newerInSeries->toString());
    } else if (newerSeries) {
        parts << tr("%1 is out").arg(newerSeries->toString());
    }
    const QString name = lts && status != SeriesStatus::EndOfLife ? tr("%1 (LTS)").arg(series) : series;
    switch (status) {
    case SeriesStatus::EndOfLife:
        parts << (endOfLife.isValid() ? tr("%1 reached end of life on %2").arg(name, day(endOfLife))
                                      : tr("%1 reached end of life").arg(name));
        break;
    case SeriesStatus::Security:
        parts << (endOfLife.isValid() ? tr("%1 gets security fixes until %2").arg(name, day(endOfLife))
                                      : tr("%1 gets security fixes only").arg(name));
        break;
    case SeriesStatus::Bugfix:
    case SeriesStatus::Feature:
        if (endOfLife.isValid()) {
            parts << tr("%1 is supported until %2").arg(name, day(endOfLife));
        } else if (lts) {
            parts << tr("%1 is supported").arg(name);
        }
        break;
    case SeriesStatus::Prerelease:
    case SeriesStatus::Unknown: break;
    }
    return parts.join(u"; "_s);
}

std::optional<DependencyStatus> DependencyStatus::judge(
    const ProjectReleases &project, const QString &usedVersion, QDate today)
{
    const auto used = ProjectVersion::parse(usedVersion);
    if (!used) {
        return std::nullopt;
    }
    DependencyStatus status;
    status.used = *used;
    status.series = used->series(project.seriesParts);
    for (const ProjectSeries &entry : project.series) {
        if (entry.series != status.series) {
            continue;
        }
        for (const ProjectRelease &release : entry.releases) {
            if (!release.version.isPrerelease() && !release.yanked && release.version > *used
                && (!status.newerInSeries || release.version > *status.newerInSeries)) {
                status.newerInSeries = release.version;
            }
        }
    }
    if (const ProjectRelease *newest = project.newest(); newest && !newest->version.isPrerelease()
        && newest->version > *used && newest->version.series(project.seriesParts) != status.series) {
        status.newerSeries = newest->version;
    }
    // The cycle of the version itself first ("4.0" for 4.0.5 of a project grouped by majors,
    // whose "4" would stand for its newest minor), else its series'.
    std::optional<ProductCycle> cycle = project.cycleOf(used->toString());
    if (!cycle) {
        cycle = project.cycleOf(status.series);
    }
    if (cycle) {
        status.hasLifecycle = true;
        status.status = cycle->statusOn(today);
        status.endOfLife = cycle->endOfLife;
        status.endOfSupport = cycle->endOfSupport;
        status.lts = cycle->isLtsOn(today);
    }
    if (status.status == SeriesStatus::EndOfLife) {
        status.verdict = Verdict::EndOfLife;
    } else if (status.newerInSeries) {
        status.verdict = Verdict::Behind;
    }
    return status;
}

} // namespace Herald
