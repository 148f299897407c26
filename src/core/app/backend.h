#pragma once

#include "net/urlmap.h"

#include <QObject>
#include <QString>

#include <memory>

namespace Herald {

class Database;
class HttpClient;
class PostStore;
class SyncEngine;

/// The composition root of herald-core: the database, the store on it, the network layer
/// and the sync engine, made once by main (GUI or command line) and handed to whoever needs
/// them. Not a singleton: tests make as many as they like.
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

private:
    Options m_options;
    std::unique_ptr<Database> m_database;
    PostStore *m_store;
    HttpClient *m_http;
    SyncEngine *m_sync;
    QString m_error;
};

} // namespace Herald
