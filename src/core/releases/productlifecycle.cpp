// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/releases/productlifecycle.h"

#include "core/releases/projectversion.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

/// A field that is either a day ("2026-04-30") or a boolean, as endoflife.date writes `eol`,
/// `support` and `lts`. A text that is no day is a warning and reads as neither.
struct DayOrFlag {
    QDate day;
    bool flag = false;
    bool readable = true;
};

DayOrFlag dayOrFlag(const QJsonValue &value)
{
    if (value.isBool()) {
        return {{}, value.toBool(), true};
    }
    if (value.isString()) {
        const QDate day = QDate::fromString(value.toString(), Qt::ISODate);
        return {day, false, day.isValid()};
    }
    return {{}, false, value.isUndefined() || value.isNull()};
}

/// A cycle's name: the API writes "5.2" as a string but some products' cycles as numbers.
QString cycleName(const QJsonValue &value)
{
    if (value.isString()) {
        return value.toString().trimmed();
    }
    if (value.isDouble()) {
        return QString::number(value.toDouble(), 'g', 15);
    }
    return {};
}

} // namespace

SeriesStatus ProductCycle::statusOn(QDate today) const
{
    if (endedWithoutDate || (endOfLife.isValid() && today >= endOfLife)) {
        return SeriesStatus::EndOfLife;
    }
    if (releaseDate.isValid() && today < releaseDate) {
        return SeriesStatus::Prerelease;
    }
    if (supportEndedWithoutDate || (endOfSupport.isValid() && today >= endOfSupport)) {
        return SeriesStatus::Security;
    }
    return SeriesStatus::Bugfix;
}

bool ProductCycle::isLtsOn(QDate today) const
{
    return lts || (ltsFrom.isValid() && today >= ltsFrom);
}

Result<ProductLifecycle> ProductLifecycle::read(const QByteArray &json, const QString &product)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        return Error(tr("The endoflife.date data for %1 is not valid JSON: %2 at byte %3")
                .arg(product, error.errorString(), QString::number(error.offset)));
    }
    if (!document.isArray()) {
        return Error(tr("The endoflife.date data for %1 is not a list of release cycles").arg(product));
    }
    ProductLifecycle lifecycle;
    lifecycle.m_product = product;
    const QJsonArray cycles = document.array();
    for (qsizetype i = 0; i < cycles.size(); ++i) {
        const QJsonObject object = cycles.at(i).toObject();
        ProductCycle cycle;
        cycle.cycle = cycleName(object.value("cycle"_L1));
        if (cycle.cycle.isEmpty()) {
            lifecycle.m_warnings << tr("%1: cycle %2 has no name; skipped").arg(product, QString::number(i + 1));
            continue;
        }
        auto warn = [&](const char *field) {
            lifecycle.m_warnings << tr("%1 %2: cannot read “%3”").arg(product, cycle.cycle, QLatin1StringView(field));
        };
        const DayOrFlag eol = dayOrFlag(object.value("eol"_L1));
        cycle.endOfLife = eol.day;
        cycle.endedWithoutDate = eol.flag;
        const DayOrFlag support = dayOrFlag(object.value("support"_L1));
        cycle.endOfSupport = support.day;
        // `support: true` means active support goes on; `false`, that it has ended.
        cycle.supportEndedWithoutDate = object.value("support"_L1).isBool() && !support.flag;
        const DayOrFlag lts = dayOrFlag(object.value("lts"_L1));
        cycle.lts = lts.flag;
        cycle.ltsFrom = lts.day;
        cycle.releaseDate = QDate::fromString(object.value("releaseDate"_L1).toString(), Qt::ISODate);
        cycle.latest = object.value("latest"_L1).toVariant().toString();
        cycle.latestReleaseDate = QDate::fromString(object.value("latestReleaseDate"_L1).toString(), Qt::ISODate);
        if (!eol.readable) {
            warn("eol");
        }
        if (!support.readable) {
            warn("support");
        }
        if (!lts.readable) {
            warn("lts");
        }
        lifecycle.m_cycles << cycle;
    }
    return lifecycle;
}

QUrl ProductLifecycle::apiUrl(const QString &product)
{
    return QUrl(u"https://endoflife.date/api/"_s + QString::fromLatin1(QUrl::toPercentEncoding(product)) + u".json"_s);
}

QString ProductLifecycle::guessProduct(const QString &projectName)
{
    // endoflife.date names products in lower case with hyphens: "django", "numpy", "ruby-on-rails".
    QString name = projectName.section(u'/', -1).trimmed().toLower();
    name.replace(u'_', u'-').replace(u'.', u'-').replace(u' ', u'-');
    return name;
}

std::optional<ProductCycle> ProductLifecycle::cycle(const QString &series) const
{
    const auto named = [this](QStringView name) -> const ProductCycle * {
        const auto found = std::ranges::find_if(m_cycles, [name](const ProductCycle &c) { return c.cycle == name; });
        return found == m_cycles.cend() ? nullptr : &*found;
    };
    // The series itself, else the cycle it is part of: a product whose cycles are majors
    // (Node's "22") still judges a project grouped by major.minor ("22.11").
    for (QStringView name = series; !name.isEmpty();) {
        if (const ProductCycle *found = named(name)) {
            return *found;
        }
        const qsizetype dot = name.lastIndexOf(u'.');
        name = dot > 0 ? name.first(dot) : QStringView();
    }
    // A major whose cycles are minors ("4" of "4.0", "4.1", "4.2") stands where its newest
    // minor does.
    const ProductCycle *newest = nullptr;
    std::optional<ProjectVersion> newestVersion;
    for (const ProductCycle &entry : m_cycles) {
        if (!entry.cycle.startsWith(series + u'.')) {
            continue;
        }
        const auto version = ProjectVersion::parse(entry.cycle);
        if (version && (!newestVersion || *version > *newestVersion)) {
            newest = &entry;
            newestVersion = version;
        }
    }
    return newest ? std::optional<ProductCycle>(*newest) : std::nullopt;
}

} // namespace Herald
