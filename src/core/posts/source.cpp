// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/posts/source.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

struct KindKey {
    SourceKind kind = SourceKind::Feed;
    QLatin1StringView key;
};

constexpr std::array<KindKey, 5> KindKeys = {{
    {SourceKind::PythonInsider, "python-insider"_L1},
    {SourceKind::Feed, "feed"_L1},
    {SourceKind::GitHub, "github"_L1},
    {SourceKind::PyPI, "pypi"_L1},
    {SourceKind::Discourse, "discourse"_L1},
}};

} // namespace

QString Source::displayName() const
{
    if (!name.isEmpty()) {
        return name;
    }
    if (kind == SourceKind::GitHub || kind == SourceKind::PyPI) {
        return identifier;
    }
    if (!feedTitle.isEmpty()) {
        return feedTitle;
    }
    return feedUrl.toDisplayString();
}

QString Source::projectName() const
{
    switch (kind) {
    case SourceKind::PythonInsider: return u"Python"_s;
    case SourceKind::GitHub: {
        // The repository, not its owner: "django/django" releases are Django's.
        const QString repo = identifier.section(u'/', 1);
        return name.isEmpty() ? repo : name;
    }
    case SourceKind::PyPI: return name.isEmpty() ? identifier : name;
    case SourceKind::Feed:
    case SourceKind::Discourse: return displayName();
    }
    return displayName();
}

QUrl Source::pypiJsonUrl() const
{
    if (kind != SourceKind::PyPI) {
        return {};
    }
    return QUrl(u"https://pypi.org/pypi/"_s + normalizedPypiName(identifier) + u"/json"_s);
}

QString Source::normalizedPypiName(const QString &name)
{
    static const QRegularExpression separators(u"[-_.]+"_s);
    return QString(name).replace(separators, u"-"_s).toLower();
}

QString Source::kindName(SourceKind kind)
{
    switch (kind) {
    case SourceKind::PythonInsider: return QCoreApplication::translate("Herald::Source", "Python Insider");
    case SourceKind::Feed: return QCoreApplication::translate("Herald::Source", "feed");
    case SourceKind::GitHub: return QCoreApplication::translate("Herald::Source", "GitHub releases");
    case SourceKind::PyPI: return QCoreApplication::translate("Herald::Source", "PyPI project");
    case SourceKind::Discourse: return QCoreApplication::translate("Herald::Source", "Discourse category");
    }
    return {};
}

QString Source::kindKey(SourceKind kind)
{
    const auto *found = std::ranges::find(KindKeys, kind, &KindKey::kind);
    return found != KindKeys.end() ? QString(found->key) : u"feed"_s;
}

std::optional<SourceKind> Source::kindFromKey(const QString &key)
{
    const auto *found = std::ranges::find(KindKeys, key, &KindKey::key);
    return found != KindKeys.end() ? std::optional(found->kind) : std::nullopt;
}

} // namespace Herald
