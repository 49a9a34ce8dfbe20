-- storyline schema, SQLite dialect. Times are UTC ISO 8601 text of fixed width
-- (YYYY-MM-DDTHH:MM:SS.ffffff+00:00), so text order is time order.

-- `seq` aliases the rowid so that VACUUM keeps it: the FTS index refers to it.
CREATE TABLE articles (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    title TEXT,
    text TEXT NOT NULL,
    published TEXT,
    modified TEXT,
    fetched TEXT,
    source TEXT,
    url TEXT,
    authors TEXT NOT NULL DEFAULT '[]',   -- JSON array
    origin TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '[]',     -- JSON array
    verdict_kind TEXT NOT NULL,
    original_id TEXT,
    similarity REAL,
    text_hash TEXT NOT NULL,
    signature BLOB,
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_text_hash ON articles (text_hash);
CREATE INDEX articles_url ON articles (url) WHERE url IS NOT NULL;
CREATE INDEX articles_published ON articles (published);

-- Full-text index over title and text; an external-content table kept in sync by triggers.
CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, text, content = 'articles', content_rowid = 'seq',
    tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text)
    VALUES ('delete', old.seq, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text)
    VALUES ('delete', old.seq, old.title, old.text);
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;

CREATE TABLE extractions (
    article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    event_type TEXT NOT NULL,
    extractor TEXT NOT NULL,
    data TEXT NOT NULL                    -- codec JSON of the Extraction
);

CREATE TABLE events (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    created_at TEXT NOT NULL,
    story_id TEXT,
    merged_into TEXT,
    first_reported TEXT,
    last_reported TEXT,
    article_count INTEGER NOT NULL DEFAULT 0,
    summary TEXT
);
CREATE INDEX events_listing ON events (last_reported DESC, created_at DESC, id)
    WHERE merged_into IS NULL AND article_count > 0;
CREATE INDEX events_story ON events (story_id) WHERE story_id IS NOT NULL;

CREATE TABLE memberships (
    article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    event_id TEXT NOT NULL REFERENCES events (id),
    score REAL,
    reason TEXT NOT NULL,
    by_user INTEGER NOT NULL DEFAULT 0,
    assigned_at TEXT NOT NULL
);
CREATE INDEX memberships_event ON memberships (event_id);

CREATE TABLE audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    action TEXT NOT NULL,
    reason TEXT NOT NULL,
    event_ids TEXT NOT NULL,              -- JSON array
    article_ids TEXT NOT NULL,            -- JSON array
    actor TEXT NOT NULL
);
CREATE INDEX audit_at ON audit (at DESC, id DESC);
-- One row per (entry, event) so that an event's trail is an index lookup.
CREATE TABLE audit_events (
    audit_id INTEGER NOT NULL REFERENCES audit (id) ON DELETE CASCADE,
    event_id TEXT NOT NULL,
    PRIMARY KEY (event_id, audit_id)
);

CREATE TABLE possible_same (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id TEXT NOT NULL REFERENCES events (id),
    other_event_id TEXT NOT NULL REFERENCES events (id),
    score REAL NOT NULL,
    article_id TEXT,
    at TEXT NOT NULL
);
CREATE INDEX possible_same_event ON possible_same (event_id);
CREATE INDEX possible_same_other ON possible_same (other_event_id);

CREATE TABLE cluster_state (
    event_id TEXT PRIMARY KEY REFERENCES events (id),
    state BLOB NOT NULL
);

CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
