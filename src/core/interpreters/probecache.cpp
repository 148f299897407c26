// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/interpreters/probecache.h"

#include "core/diagnostics/logging.h"
#include "core/interpreters/versionfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

constexpr qint64 maxCacheSize = qint64(4) * 1024 * 1024;

} // namespace

ProbeCache::ProbeCache(QString fileName)
    : m_fileName(std::move(fileName))
{
    QFile file(m_fileName);
    if (m_fileName.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        return;
    }
    QJsonParseError error;
    // Never more than the file holds: read(n) sets n bytes aside before it reads.
    const QJsonDocument document = QJsonDocument::fromJson(file.read(std::min(file.size(), maxCacheSize)), &error);
    if (!document.isObject()) {
        qCWarning(lcInterpreters) << "ignoring the interpreter cache" << m_fileName << ":" << error.errorString();
        return;
    }
    const QJsonArray entries = document.object().value("interpreters"_L1).toArray();
    for (const auto &value : entries) {
        const QJsonObject object = value.toObject();
        const auto version = VersionFiles::parseFullVersion(object.value("version"_L1).toString());
        const QString path = object.value("path"_L1).toString();
        if (!version || path.isEmpty()) {
            continue;
        }
        Entry entry;
        entry.size = object.value("size"_L1).toInteger(-1);
        entry.modified = object.value("modified"_L1).toInteger(-1);
        entry.answer.version = *version;
        entry.answer.implementation = object.value("implementation"_L1).toString();
        entry.answer.implementationVersion = object.value("implementationVersion"_L1).toString();
        entry.answer.freeThreaded = object.value("freeThreaded"_L1).toBool();
        m_entries.insert(path, entry);
    }
}

std::optional<InterpreterProbe::Answer> ProbeCache::find(const QString &executable) const
{
    const auto it = m_entries.constFind(executable);
    if (it == m_entries.cend()) {
        return std::nullopt;
    }
    const QFileInfo info(executable);
    if (info.size() != it->size || info.lastModified(QTimeZone::UTC).toMSecsSinceEpoch() != it->modified) {
        return std::nullopt;
    }
    return it->answer;
}

void ProbeCache::insert(const QString &executable, const InterpreterProbe::Answer &answer)
{
    if (!answer.problem.isEmpty()) {
        return;
    }
    const QFileInfo info(executable);
    m_entries.insert(executable, Entry {info.size(), info.lastModified(QTimeZone::UTC).toMSecsSinceEpoch(), answer});
    m_dirty = true;
}

void ProbeCache::save()
{
    if (!m_dirty || m_fileName.isEmpty()) {
        return;
    }
    QJsonArray entries;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        entries.append(QJsonObject {
            {u"path"_s, it.key()},
            {u"size"_s, it->size},
            {u"modified"_s, it->modified},
            {u"version"_s, it->answer.version.toString()},
            {u"implementation"_s, it->answer.implementation},
            {u"implementationVersion"_s, it->answer.implementationVersion},
            {u"freeThreaded"_s, it->answer.freeThreaded},
        });
    }
    QDir().mkpath(QFileInfo(m_fileName).absolutePath());
    QSaveFile file(m_fileName);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(QJsonObject {{u"interpreters"_s, entries}}).toJson()) < 0 || !file.commit()) {
        qCWarning(lcInterpreters) << "could not write the interpreter cache" << m_fileName << ":" << file.errorString();
        return;
    }
    m_dirty = false;
}

} // namespace Herald
