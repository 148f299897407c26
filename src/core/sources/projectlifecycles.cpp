// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/sources/projectlifecycles.h"

#include "core/releases/projectreleases.h"
#include "core/store/poststore.h"

#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Herald {

QString ProjectLifecycles::productOf(const Source &source)
{
    if (source.lifecycleProduct) {
        return source.lifecycleProduct->trimmed();
    }
    switch (source.kind) {
    case SourceKind::GitHub:
    case SourceKind::PyPI: return ProductLifecycle::guessProduct(source.projectName());
    case SourceKind::PythonInsider: // Python's lifecycle is python.org's, read by the Timeline
    case SourceKind::Feed:
    case SourceKind::Discourse: return {};
    }
    return {};
}

bool ProjectLifecycles::isProductName(const QString &product)
{
    static const QRegularExpression name(u"^[a-z0-9][a-z0-9._-]*$"_s);
    return product.size() <= 100 && name.match(product).hasMatch();
}

QHash<qint64, ProductLifecycle> ProjectLifecycles::stored(
    const PostStore &store, const QList<Source> &sources, QStringList *warnings)
{
    QHash<QString, std::optional<ProductLifecycle>> byProduct; // each document read once
    QHash<qint64, ProductLifecycle> lifecycles;
    for (const Source &source : sources) {
        const QString product = productOf(source);
        if (product.isEmpty()) {
            continue;
        }
        auto found = byProduct.constFind(product);
        if (found == byProduct.cend()) {
            std::optional<ProductLifecycle> lifecycle;
            const QUrl url = ProductLifecycle::apiUrl(product);
            if (const std::optional<QByteArray> document = store.document(url); document && !document->isEmpty()) {
                if (auto read = ProductLifecycle::read(*document, product)) {
                    lifecycle = std::move(*read);
                } else if (warnings) {
                    *warnings << tr("the stored lifecycle %1 does not read: %2")
                                     .arg(url.toDisplayString(), read.error().message());
                }
            }
            found = byProduct.insert(product, lifecycle);
        }
        if (const std::optional<ProductLifecycle> &lifecycle = *found) {
            lifecycles.insert(source.id, *lifecycle);
        }
    }
    return lifecycles;
}

ProjectReleases ProjectLifecycles::releasesOf(const PostStore &store, const Source &source, QDate today)
{
    const QList<ProjectReleases> project = releasesOf(store, QList<Source> {source}, today);
    if (project.isEmpty()) { // Python Insider's releases are the Timeline's, not a project's
        return ProjectReleases {source, 2, {}, std::nullopt};
    }
    return project.first();
}

QList<ProjectReleases> ProjectLifecycles::releasesOf(const PostStore &store, const QList<Source> &sources, QDate today)
{
    QList<Post> releases;
    for (const Source &source : sources) {
        PostStore::Query query;
        query.sourceId = source.id;
        query.projectReleasesOnly = true;
        releases += store.posts(query);
    }
    QList<ProjectReleases> projects
        = ProjectReleases::build(sources, releases, QDateTime(today, QTime(12, 0), QTimeZone::UTC));
    attach(store, projects);
    return projects;
}

void ProjectLifecycles::attach(const PostStore &store, QList<ProjectReleases> &projects, QStringList *warnings)
{
    QList<Source> sources;
    sources.reserve(projects.size());
    for (const ProjectReleases &project : std::as_const(projects)) {
        sources << project.source;
    }
    const QHash<qint64, ProductLifecycle> lifecycles = stored(store, sources, warnings);
    for (ProjectReleases &project : projects) {
        if (const auto found = lifecycles.constFind(project.source.id); found != lifecycles.cend()) {
            project.lifecycle = *found;
        }
    }
}

bool ProjectLifecycles::isDue(const PostStore &store, const QString &product, const QDateTime &now)
{
    const QDateTime checked = store.documentCheckedAt(ProductLifecycle::apiUrl(product));
    return !checked.isValid() || checked > now || checked.secsTo(now) >= std::chrono::seconds(RecheckAfter).count();
}

} // namespace Herald
