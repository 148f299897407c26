#include "app/backend.h"

#include "net/httpclient.h"
#include "store/database.h"
#include "store/poststore.h"
#include "sync/syncengine.h"

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

QString Backend::warning() const
{
    return m_database->warning();
}

} // namespace Herald
