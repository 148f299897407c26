// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/app/backend.h"
#include "core/net/httpclient.h"
#include "core/net/urlmap.h"
#include "core/sync/syncengine.h"
#include "fixtureserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <chrono>
#include <memory>

namespace Herald::Test {

/// A Backend in a data directory of its own whose https requests all go to a fixture server
/// on loopback, serving `root` under an overlay a test writes into (to publish a post or
/// change a feed), with short retry and request times: what the sync tests each start from.
class ServedBackend final
{
public:
    /// Starts the server and opens the backend; false (with a test failure) when either fails.
    bool start(const QString &root)
    {
        using namespace std::chrono_literals;
        m_data = std::make_unique<QTemporaryDir>();
        m_overlay = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<FixtureServer>();
        m_server->addRoot(m_overlay->path());
        m_server->addRoot(root);
        UrlMap map;
        if (!m_data->isValid() || !m_overlay->isValid() || !m_server->listen()
            || !map.addRule(m_server->httpsUrlMap())) {
            return false;
        }
        m_backend = std::make_unique<Backend>(Backend::Options {m_data->path(), map});
        if (!m_backend->open()) {
            return false;
        }
        m_backend->http().setBackoffBase(20ms);
        m_backend->sync().setRequestTimeout(500ms);
        return true;
    }

    /// Serves `bytes` at `path` (under the host folders), over what the root has there.
    bool writeOverlay(const QString &path, const QByteArray &bytes) const
    {
        const QString file = m_overlay->filePath(path);
        QDir().mkpath(QFileInfo(file).path());
        QFile out(file);
        return out.open(QIODevice::WriteOnly | QIODevice::Truncate) && out.write(bytes) == bytes.size();
    }

    [[nodiscard]] FixtureServer *server() const { return m_server.get(); }
    [[nodiscard]] Backend *backend() const { return m_backend.get(); }

private:
    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<QTemporaryDir> m_overlay;
    std::unique_ptr<FixtureServer> m_server;
    std::unique_ptr<Backend> m_backend; ///< last: it goes before the server it talks to
};

} // namespace Herald::Test
