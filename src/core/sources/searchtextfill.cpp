// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/sources/searchtextfill.h"

#include "core/diagnostics/logging.h"
#include "core/render/searchtext.h"
#include "core/store/poststore.h"

#include <QTimer>

namespace Herald {

namespace {

/// Posts read, turned into text and written back at a time: some 30 ms of the event loop's
/// (each takes about 0.7 ms, most of it the index forgetting its markup).
constexpr int Batch = 40;

} // namespace

SearchTextFill::SearchTextFill(PostStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{ }

void SearchTextFill::start()
{
    if (m_running) {
        return;
    }
    m_running = true;
    fillBatch();
}

void SearchTextFill::fillBatch()
{
    auto batch = m_store.postsWithoutSearchText(Batch);
    if (!batch) {
        qCWarning(lcStore) << "cannot read the posts to index for search:" << batch.error().message();
        stop();
        return;
    }
    if (batch->isEmpty()) {
        stop();
        return;
    }
    for (PostStore::PostText &post : *batch) {
        post.text = post.html ? SearchText::ofHtml(post.text) : SearchText::ofMarkdown(post.text);
    }
    if (const Result<void> kept = m_store.setSearchTexts(*batch); !kept) {
        qCWarning(lcStore) << "cannot index the text of stored posts for search:" << kept.error().message();
        stop();
        return;
    }
    m_filled += int(batch->size());
    QTimer::singleShot(0, this, &SearchTextFill::fillBatch);
}

void SearchTextFill::stop()
{
    if (m_filled > 0) {
        qCInfo(lcStore) << "indexed the text of" << m_filled << "stored posts for search";
    }
    m_running = false;
    Q_EMIT finished();
}

} // namespace Herald
