-- storyline schema, PostgreSQL dialect. Ids compare bytewise (COLLATE "C"), as in SQLite, so
-- that both back ends order them alike.

CREATE TABLE articles (
    id text COLLATE "C" PRIMARY KEY,
    seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,   -- ingestion order
    title text,
    text text NOT NULL,
    published timestamptz,
    modified timestamptz,
    fetched timestamptz,
    source text,
    url text,
    authors text NOT NULL DEFAULT '[]',   -- JSON array
    origin text NOT NULL DEFAULT '',
    notes text NOT NULL DEFAULT '[]',     -- JSON array
    verdict_kind text NOT NULL,
    original_id text COLLATE "C",
    similarity double precision,
    text_hash text NOT NULL,
    signature bytea,
    ingested_at timestamptz NOT NULL,
    -- Title weighs more than body; the body is cut so that a huge text cannot overflow the
    -- 1 MB tsvector limit (positions stop at 16383 anyway).
    search tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', coalesce(title, '')), 'A')
        || setweight(to_tsvector('english', left(text, 200000)), 'B')
    ) STORED
);
CREATE INDEX articles_text_hash ON articles (text_hash);
CREATE INDEX articles_url ON articles (url) WHERE url IS NOT NULL;
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_search ON articles USING gin (search);

CREATE TABLE extractions (
    article_id text COLLATE "C" PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    event_type text NOT NULL,
    extractor text NOT NULL,
    data text NOT NULL                    -- codec JSON of the Extraction
);

CREATE TABLE events (
    id text COLLATE "C" PRIMARY KEY,
    title text NOT NULL,
    created_at timestamptz NOT NULL,
    story_id text COLLATE "C",
    merged_into text COLLATE "C",
    first_reported timestamptz,
    last_reported timestamptz,
    article_count integer NOT NULL DEFAULT 0,
    summary text
);
CREATE INDEX events_listing ON events (last_reported DESC NULLS LAST, created_at DESC, id)
    WHERE merged_into IS NULL AND article_count > 0;
CREATE INDEX events_story ON events (story_id) WHERE story_id IS NOT NULL;

CREATE TABLE memberships (
    article_id text COLLATE "C" PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    event_id text COLLATE "C" NOT NULL REFERENCES events (id),
    score double precision,
    reason text NOT NULL,
    by_user boolean NOT NULL DEFAULT false,
    assigned_at timestamptz NOT NULL
);
CREATE INDEX memberships_event ON memberships (event_id);

CREATE TABLE audit (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at timestamptz NOT NULL,
    action text NOT NULL,
    reason text NOT NULL,
    event_ids text NOT NULL,              -- JSON array
    article_ids text NOT NULL,            -- JSON array
    actor text NOT NULL
);
CREATE INDEX audit_at ON audit (at DESC, id DESC);
-- One row per (entry, event) so that an event's trail is an index lookup.
CREATE TABLE audit_events (
    audit_id bigint NOT NULL REFERENCES audit (id) ON DELETE CASCADE,
    event_id text COLLATE "C" NOT NULL,
    PRIMARY KEY (event_id, audit_id)
);

CREATE TABLE possible_same (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id text COLLATE "C" NOT NULL REFERENCES events (id),
    other_event_id text COLLATE "C" NOT NULL REFERENCES events (id),
    score double precision NOT NULL,
    article_id text COLLATE "C",
    at timestamptz NOT NULL
);
CREATE INDEX possible_same_event ON possible_same (event_id);
CREATE INDEX possible_same_other ON possible_same (other_event_id);

CREATE TABLE cluster_state (
    event_id text COLLATE "C" PRIMARY KEY REFERENCES events (id),
    state bytea NOT NULL
);

CREATE TABLE meta (
    key text PRIMARY KEY,
    value text NOT NULL
);
