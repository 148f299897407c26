// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/diagnostics/result.h"
#include "core/net/urlmap.h"

#include <QObject>
#include <QString>

#include <memory>

namespace Herald {

class Database;
class HttpClient;
class ImageLoader;
class InterpreterScanner;
struct DiscoveryEnvironment;
class PostStore;
class Settings;
class SourceStore;
class SyncEngine;
class EarlyIntegrityCheck;
class SyncScheduler;

/// The composition root of herald-core: the database, the store on it, the network layer,
/// the sync engine and its schedule, the reader's image loader and the user's settings, made
/// once by main (GUI or command line) and handed to whoever needs them. Not a singleton:
/// tests make as many as they like.
class Backend final : public QObject
{
    Q_OBJECT

public:
    struct Options {
        QString dataDirectory; ///< empty: the platform's app-data directory
        UrlMap urlMap;
        /// The database's integrity check, started before the application object (main()).
        EarlyIntegrityCheck *integrityCheck = nullptr;
    };

    explicit Backend(Options options, QObject *parent = nullptr);
    ~Backend() override;

    /// Opens the store. Fails when there is no usable database.
    Result<void> open();
    /// Something the user should know about opening (a damaged database moved aside).
    [[nodiscard]] QString warning() const;

    [[nodiscard]] Database &database() const { return *m_database; }
    [[nodiscard]] PostStore &store() const { return *m_store; }
    [[nodiscard]] SourceStore &sources() const { return *m_sources; }
    [[nodiscard]] HttpClient &http() const { return *m_http; }
    [[nodiscard]] SyncEngine &sync() const { return *m_sync; }
    /// The background schedule, made on first use (the command line never needs it): it asks
    /// the sync engine for every sync and hears how each one went, whoever started it. Its
    /// interval follows Settings::syncInterval().
    [[nodiscard]] SyncScheduler &scheduler();
    /// Images for the reader, cached under the data directory's cache (or the platform's
    /// cache directory); made on first use.
    [[nodiscard]] ImageLoader &images();
    /// The user's settings; made on first use.
    [[nodiscard]] Settings &settings();
    /// Finds this machine's Python interpreters off the GUI thread; made on first use.
    [[nodiscard]] InterpreterScanner &interpreters();
    /// What interpreter discovery reads: this machine, the locations the user added, and the
    /// answers of interpreters already run, kept beside the image cache.
    [[nodiscard]] DiscoveryEnvironment discoveryEnvironment();

private:
    /// The data directory's cache, or the platform's cache directory.
    [[nodiscard]] QString cacheDirectory() const;

    Options m_options;
    // In the order they depend on each other: destroyed in reverse, each before what it uses.
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<PostStore> m_store;
    std::unique_ptr<SourceStore> m_sources;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<SyncEngine> m_sync;
    std::unique_ptr<SyncScheduler> m_scheduler;
    std::unique_ptr<ImageLoader> m_images;
    std::unique_ptr<InterpreterScanner> m_interpreters;
};

} // namespace Herald
