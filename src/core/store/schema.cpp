// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/schema.h"

using namespace Qt::StringLiterals;

namespace Herald::Schema {

const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        // 1: sources, posts with their state, HTTP validators, fetched documents, full-text search.
        {
            uR"(CREATE TABLE sources (
                id INTEGER PRIMARY KEY,
                kind TEXT NOT NULL,
                url TEXT NOT NULL UNIQUE,
                title TEXT NOT NULL DEFAULT '',
                last_sync_at INTEGER,
                last_error TEXT NOT NULL DEFAULT ''
            ))"_s,
            uR"(CREATE TABLE posts (
                id INTEGER PRIMARY KEY,
                source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
                slug TEXT NOT NULL,
                url TEXT NOT NULL DEFAULT '',
                title TEXT NOT NULL DEFAULT '',
                author TEXT NOT NULL DEFAULT '',
                published_at INTEGER,
                updated_at INTEGER,
                tags TEXT NOT NULL DEFAULT '', -- one per line
                description TEXT NOT NULL DEFAULT '',
                body TEXT,
                body_url TEXT NOT NULL DEFAULT '',
                body_etag TEXT NOT NULL DEFAULT '',
                body_last_modified TEXT NOT NULL DEFAULT '',
                body_error TEXT NOT NULL DEFAULT '',
                body_fetched_at INTEGER,
                is_read INTEGER NOT NULL DEFAULT 0,
                is_starred INTEGER NOT NULL DEFAULT 0,
                seen_at INTEGER,
                stored_at INTEGER NOT NULL,
                UNIQUE (source_id, slug)
            ))"_s,
            // Covers the post list (PostStore::Query::summaryOnly), so listing 100,000 posts reads
            // only this index, in order.
            u"CREATE INDEX posts_by_date ON posts (published_at DESC, id DESC, title, author, is_read, is_starred, "
            u"body_error)"_s,
            uR"(CREATE TABLE http_validators (
                url TEXT PRIMARY KEY,
                etag TEXT NOT NULL DEFAULT '',
                last_modified TEXT NOT NULL DEFAULT '',
                checked_at INTEGER
            ))"_s,
            uR"(CREATE TABLE documents (
                url TEXT PRIMARY KEY,
                body BLOB NOT NULL,
                fetched_at INTEGER NOT NULL
            ))"_s,
            uR"(CREATE TABLE meta (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL
            ))"_s,
            u"CREATE VIRTUAL TABLE posts_fts USING fts5(title, body, content='posts', content_rowid='id')"_s,
            uR"(CREATE TRIGGER posts_fts_insert AFTER INSERT ON posts BEGIN
                INSERT INTO posts_fts (rowid, title, body) VALUES (new.id, new.title, coalesce(new.body, ''));
            END)"_s,
            uR"(CREATE TRIGGER posts_fts_delete AFTER DELETE ON posts BEGIN
                INSERT INTO posts_fts (posts_fts, rowid, title, body)
                    VALUES ('delete', old.id, old.title, coalesce(old.body, ''));
            END)"_s,
            uR"(CREATE TRIGGER posts_fts_update AFTER UPDATE OF title, body ON posts BEGIN
                INSERT INTO posts_fts (posts_fts, rowid, title, body)
                    VALUES ('delete', old.id, old.title, coalesce(old.body, ''));
                INSERT INTO posts_fts (rowid, title, body) VALUES (new.id, new.title, coalesce(new.body, ''));
            END)"_s,
        },
        // 2: search that finds what people type: authors and tags in the index (ranked by
        // column), prefix indexes for the short prefixes of typing, diacritics folded.
        {
            u"DROP TRIGGER posts_fts_insert"_s,
            u"DROP TRIGGER posts_fts_delete"_s,
            u"DROP TRIGGER posts_fts_update"_s,
            u"DROP TABLE posts_fts"_s,
            u"CREATE VIRTUAL TABLE posts_fts USING fts5(title, author, tags, body, content='posts', "
            u"content_rowid='id', prefix='2 3', tokenize='unicode61 remove_diacritics 2')"_s,
            uR"(CREATE TRIGGER posts_fts_insert AFTER INSERT ON posts BEGIN
                INSERT INTO posts_fts (rowid, title, author, tags, body)
                    VALUES (new.id, new.title, new.author, new.tags, coalesce(new.body, ''));
            END)"_s,
            uR"(CREATE TRIGGER posts_fts_delete AFTER DELETE ON posts BEGIN
                INSERT INTO posts_fts (posts_fts, rowid, title, author, tags, body)
                    VALUES ('delete', old.id, old.title, old.author, old.tags, coalesce(old.body, ''));
            END)"_s,
            uR"(CREATE TRIGGER posts_fts_update AFTER UPDATE OF title, author, tags, body ON posts BEGIN
                INSERT INTO posts_fts (posts_fts, rowid, title, author, tags, body)
                    VALUES ('delete', old.id, old.title, old.author, old.tags, coalesce(old.body, ''));
                INSERT INTO posts_fts (rowid, title, author, tags, body)
                    VALUES (new.id, new.title, new.author, new.tags, coalesce(new.body, ''));
            END)"_s,
            u"INSERT INTO posts_fts (posts_fts) VALUES ('rebuild')"_s,
        },
        // 3: every source a first-class object (kind, its own name, folder and order, rules),
        // folders with their rules, and what a post of any project's feed carries: an HTML
        // body, its version, and whether PyPI yanked it.
        {
            u"ALTER TABLE sources ADD COLUMN identifier TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE sources ADD COLUMN name TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE sources ADD COLUMN folder TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE sources ADD COLUMN position INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE sources ADD COLUMN series_parts INTEGER NOT NULL DEFAULT 0"_s, // 0: chosen from its versions
            u"ALTER TABLE sources ADD COLUMN notify_mode TEXT NOT NULL DEFAULT ''"_s, // '': its folder's, or the global
            u"ALTER TABLE sources ADD COLUMN added_at INTEGER"_s,
            // When its past was first stored (and marked seen): what follows it is news.
            u"ALTER TABLE sources ADD COLUMN baseline_at INTEGER"_s,
            // Its feed was named by a web page, not the user: fetched as remote content.
            u"ALTER TABLE sources ADD COLUMN discovered INTEGER NOT NULL DEFAULT 0"_s,
            uR"(CREATE TABLE folders (
                name TEXT PRIMARY KEY,
                position INTEGER NOT NULL DEFAULT 0,
                notify_mode TEXT NOT NULL DEFAULT ''
            ))"_s,
            u"ALTER TABLE posts ADD COLUMN body_format TEXT NOT NULL DEFAULT 'markdown'"_s,
            u"ALTER TABLE posts ADD COLUMN version TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE posts ADD COLUMN yanked INTEGER NOT NULL DEFAULT 0"_s,
            // Each source's post and unread counts, as the sources pane shows them, from the index alone.
            u"CREATE INDEX posts_by_source ON posts (source_id, is_read)"_s,
            // The post list shows a source's posts too: its covering index carries the source.
            u"DROP INDEX posts_by_date"_s,
            u"CREATE INDEX posts_by_date ON posts (published_at DESC, id DESC, title, author, is_read, is_starred, "
            u"body_error, source_id)"_s,
            u"UPDATE sources SET identifier = 'python-insider', name = 'Python Insider' WHERE kind = 'python-insider'"_s,
        },
        // 4: what the user depends on. Each source's product on endoflife.date (NULL: the one
        // its name suggests; '': none; else the user's choice), and the version of it the user
        // runs, with the file that pinned or locked it.
        {
            u"ALTER TABLE sources ADD COLUMN lifecycle_product TEXT"_s,
            u"ALTER TABLE sources ADD COLUMN used_version TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE sources ADD COLUMN used_in TEXT NOT NULL DEFAULT ''"_s,
        },
        // 5: the projects' timelines read their releases from this index alone, in its order,
        // instead of every row with its release notes (PostStore::Query::projectReleasesOnly).
        {
            u"CREATE INDEX posts_by_release ON posts (source_id, version, published_at, id, slug, url, title, "
            u"yanked) WHERE version != ''"_s,
        },
        // 6: what each of Python's posts announces, worked out once (AnnouncementSummary) and
        // read with its date from this index alone: Python's timeline no longer reads every
        // body at start. NULL: not worked out yet; a change to what it is worked out from
        // makes it NULL again.
        {
            u"ALTER TABLE posts ADD COLUMN announces TEXT"_s,
            u"CREATE INDEX posts_by_announcement ON posts (source_id, published_at, id, announces)"_s,
            uR"(CREATE TRIGGER posts_announces_stale AFTER UPDATE OF title, tags, body, body_format, version ON posts
                WHEN new.announces IS NOT NULL AND (old.title IS NOT new.title OR old.tags IS NOT new.tags
                    OR old.body IS NOT new.body OR old.body_format IS NOT new.body_format
                    OR old.version IS NOT new.version)
                BEGIN
                    UPDATE posts SET announces = NULL WHERE id = new.id;
                END)"_s,
        },
        // 7: search indexes the text of a feed's HTML, not its markup: "href" or "strong" found
        // every GitHub release, and snippets showed tags. body_text is that text (SearchText;
        // NULL: not worked out yet, and the body is indexed as written); search reads it
        // through posts_search. The posts stored before keep their markup in the index until
        // SearchTextFill gives them their text, which posts_without_text finds at once.
        {
            u"ALTER TABLE posts ADD COLUMN body_text TEXT"_s,
            u"CREATE VIEW posts_search AS SELECT id, title, author, tags, coalesce(body_text, body, '') AS body "
            u"FROM posts"_s,
            u"DROP TRIGGER posts_fts_insert"_s,
            u"DROP TRIGGER posts_fts_delete"_s,
            u"DROP TRIGGER posts_fts_update"_s,
            u"DROP TABLE posts_fts"_s,
            u"CREATE VIRTUAL TABLE posts_fts USING fts5(title, author, tags, body, content='posts_search', "
            u"content_rowid='id', prefix='2 3', tokenize='unicode61 remove_diacritics 2')"_s,
            uR"(CREATE TRIGGER posts_fts_insert AFTER INSERT ON posts BEGIN
                INSERT INTO posts_fts (rowid, title, author, tags, body)
                    VALUES (new.id, new.title, new.author, new.tags, coalesce(new.body_text, new.body, ''));
            END)"_s,
            uR"(CREATE TRIGGER posts_fts_delete AFTER DELETE ON posts BEGIN
                INSERT INTO posts_fts (posts_fts, rowid, title, author, tags, body)
                    VALUES ('delete', old.id, old.title, old.author, old.tags, coalesce(old.body_text, old.body, ''));
            END)"_s,
            uR"(CREATE TRIGGER posts_fts_update AFTER UPDATE OF title, author, tags, body, body_text ON posts BEGIN
                INSERT INTO posts_fts (posts_fts, rowid, title, author, tags, body)
                    VALUES ('delete', old.id, old.title, old.author, old.tags, coalesce(old.body_text, old.body, ''));
                INSERT INTO posts_fts (rowid, title, author, tags, body)
                    VALUES (new.id, new.title, new.author, new.tags, coalesce(new.body_text, new.body, ''));
            END)"_s,
            u"INSERT INTO posts_fts (posts_fts) VALUES ('rebuild')"_s,
            u"CREATE INDEX posts_without_text ON posts (id) WHERE body_format = 'html' AND body IS NOT NULL "
            u"AND body_text IS NULL"_s,
        },
        // 8: Markdown is indexed by its text too (SearchText: without its frontmatter, link
        // addresses or raw HTML), so posts_without_text finds bodies of either kind.
        {
            u"DROP INDEX posts_without_text"_s,
            u"CREATE INDEX posts_without_text ON posts (id) WHERE body IS NOT NULL AND body_text IS NULL"_s,
        },
    };
    return steps;
}

} // namespace Herald::Schema
