#include "core/app/backend.h"

#include "core/net/httpclient.h"
#include "core/render/imageloader.h"
#include "core/store/database.h"
#include "core/store/poststore.h"
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
    , m_store(new PostStore(*m_database, this))
    , m_http(new HttpClient(m_options.urlMap, this))
    , m_sync(new SyncEngine(*m_http, *m_store, this))
{
    m_http->setMaxConnectionsPerHost(ConnectionsPerHost);
}

Backend::~Backend()
{
    // The children use the database; let them go first.
    delete m_scheduler;
    delete m_images;
    delete m_sync;
    delete m_http;
    delete m_store;
}

bool Backend::open()
{
    const QString directory
        = m_options.dataDirectory.isEmpty() ? Database::defaultDirectory() : m_options.dataDirectory;
    if (!m_database->open(directory)) {
        m_error = m_database->error();
        return false;
    }
    return true;
}

SyncScheduler &Backend::scheduler()
{
    if (!m_scheduler) {
        m_scheduler = new SyncScheduler(this);
        connect(m_scheduler, &SyncScheduler::syncRequested, m_sync, &SyncEngine::start);
        connect(m_sync, &SyncEngine::finished, m_scheduler,
            [this](const SyncSummary &summary) { m_scheduler->syncFinished(SyncOutcome::fromSummary(summary)); });
    }
    return *m_scheduler;
}

ImageLoader &Backend::images()
{
    if (!m_images) {
        const QString cache = m_options.dataDirectory.isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
            : m_options.dataDirectory + u"/cache"_s;
        m_images = new ImageLoader(m_http, cache + u"/images"_s, this);
    }
    return *m_images;
}

QString Backend::warning() const
{
    return m_database->warning();
}

} // namespace Herald
