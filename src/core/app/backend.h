#pragma once

#include "core/net/urlmap.h"

#include <QObject>
#include <QString>

#include <memory>

namespace Herald {

class Database;
class HttpClient;
class ImageLoader;
class PostStore;
class SyncEngine;
class SyncScheduler;

/// The composition root of herald-core: the database, the store on it, the network layer,
/// the sync engine and its schedule, and the reader's image loader, made once by main (GUI or
/// command line) and handed to whoever needs them. Not a singleton: tests make as many as
/// they like.
class Backend final : public QObject
{
    Q_OBJECT

public:
    struct Options {
        QString dataDirectory; ///< empty: the platform's app-data directory
        UrlMap urlMap;
    };

    explicit Backend(Options options, QObject *parent = nullptr);
    ~Backend() override;

    /// Opens the store. False with error() set when there is no usable database.
    bool open();
    [[nodiscard]] QString error() const { return m_error; }
    /// Something the user should know about opening (a damaged database moved aside).
    [[nodiscard]] QString warning() const;

    [[nodiscard]] Database &database() const { return *m_database; }
    [[nodiscard]] PostStore &store() const { return *m_store; }
    [[nodiscard]] HttpClient &http() const { return *m_http; }
    [[nodiscard]] SyncEngine &sync() const { return *m_sync; }
    /// The background schedule, made on first use (the command line never needs it): it asks
    /// the sync engine for every sync and hears how each one went, whoever started it.
    [[nodiscard]] SyncScheduler &scheduler();
    /// Images for the reader, cached under the data directory's cache (or the platform's
    /// cache directory); made on first use.
    [[nodiscard]] ImageLoader &images();

private:
    Options m_options;
    std::unique_ptr<Database> m_database;
    PostStore *m_store;
    HttpClient *m_http;
    SyncEngine *m_sync;
    SyncScheduler *m_scheduler = nullptr;
    ImageLoader *m_images = nullptr;
    QString m_error;
};

} // namespace Herald
