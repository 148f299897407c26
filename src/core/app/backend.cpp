// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/app/backend.h"

#include "core/interpreters/discoveryenvironment.h"
#include "core/interpreters/interpreterscanner.h"

#include "core/net/httpclient.h"
#include "core/render/imageloader.h"
#include "core/settings/settings.h"
#include "core/store/database.h"
#include "core/store/poststore.h"
#include "core/store/sourcestore.h"
#include "core/sync/syncengine.h"
#include "core/sync/syncoutcome.h"
#include "core/sync/syncscheduler.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
// Python Insider's posts all come from one host; a few at a time is polite and fast.
constexpr int ConnectionsPerHost = 6;
} // namespace

Backend::Backend(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_database(std::make_unique<Database>())
    , m_store(std::make_unique<PostStore>(*m_database))
    , m_sources(std::make_unique<SourceStore>(*m_database))
    , m_http(std::make_unique<HttpClient>(m_options.urlMap))
    , m_sync(std::make_unique<SyncEngine>(*m_http, *m_store))
{
    m_sync->setSourceStore(m_sources.get());
    m_http->setMaxConnectionsPerHost(ConnectionsPerHost);
}

Backend::~Backend() = default;

Result<void> Backend::open()
{
    const QString directory
        = m_options.dataDirectory.isEmpty() ? Database::defaultDirectory() : m_options.dataDirectory;
    return m_database->open(directory, m_options.integrityCheck);
}

SyncScheduler &Backend::scheduler()
{
    if (!m_scheduler) {
        m_scheduler = std::make_unique<SyncScheduler>();
        SyncScheduler *scheduler = m_scheduler.get();
        connect(scheduler, &SyncScheduler::syncRequested, m_sync.get(), &SyncEngine::start);
        connect(m_sync.get(), &SyncEngine::finished, scheduler,
            [scheduler](const SyncSummary &summary) { scheduler->syncFinished(SyncOutcome::fromSummary(summary)); });
        Settings &config = settings();
        scheduler->setInterval(config.syncInterval());
        connect(&config, &Settings::syncIntervalChanged, scheduler,
            [scheduler, &config] { scheduler->setInterval(config.syncInterval()); });
    }
    return *m_scheduler;
}

QString Backend::cacheDirectory() const
{
    return m_options.dataDirectory.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
                                             : m_options.dataDirectory + u"/cache"_s;
}

ImageLoader &Backend::images()
{
    if (!m_images) {
        m_images = std::make_unique<ImageLoader>(m_http.get(), cacheDirectory() + u"/images"_s);
    }
    return *m_images;
}

InterpreterScanner &Backend::interpreters()
{
    if (!m_interpreters) {
        m_interpreters = std::make_unique<InterpreterScanner>();
    }
    return *m_interpreters;
}

DiscoveryEnvironment Backend::discoveryEnvironment()
{
    DiscoveryEnvironment environment = DiscoveryEnvironment::current(settings().interpreterLocations());
    environment.cacheFile = cacheDirectory() + u"/interpreters.json"_s;
    return environment;
}

Settings &Backend::settings()
{
    if (!m_settings) {
        m_settings = std::make_unique<Settings>();
    }
    return *m_settings;
}

QString Backend::warning() const
{
    return m_database->warning();
}

} // namespace Herald
