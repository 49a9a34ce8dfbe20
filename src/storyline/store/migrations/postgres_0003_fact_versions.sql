-- The living record as rows (issue 16): every reported value of every event, with the standing
-- the supersession rules gave it and the report-time interval during which it was the event's
-- current value, and each event's summary as columns. Both are rewritten by the pipeline, for
-- the events a batch or a correction touched, in the transaction that changed them; they are
-- derived from the articles and extractions and can always be rebuilt (`storyline reextract`).
-- Times are timestamptz.

CREATE TABLE IF NOT EXISTS fact_versions (
    event_id text COLLATE "C" NOT NULL REFERENCES events (id),
    seq integer NOT NULL,              -- the order of the event's record (report time, article)
    category text NOT NULL,            -- killed, injured, missing, arrested, hostages, displaced
    value bigint NOT NULL,
    qualifier text NOT NULL,           -- exact, at_least, more_than, about, up_to, ...
    low bigint,
    high bigint,
    trend text,                        -- rising, falling
    label text NOT NULL,               -- "at least 12"
    source text,                       -- the outlet
    attribution text,                  -- "according to the health ministry"
    source_type text NOT NULL,         -- official, wire, outlet
    authority_kind text,               -- official_body, official_named, ..., wire, outlet
    reported timestamptz NOT NULL,            -- report time: publication (else ingestion) time
    event_time text,                   -- the day the figure is about, YYYY-MM-DD
    evidence text NOT NULL,
    evidence_start integer,            -- offsets of the evidence in the article text
    evidence_end integer,
    article_id text COLLATE "C" NOT NULL,
    extractor text,                    -- extractor version of the article's extraction
    revision boolean NOT NULL,         -- true: an explicit correction or a re-published revision
    independent boolean NOT NULL,      -- false: a near-duplicate (wire copy) of another report
    duplicate_of text,
    status text NOT NULL,              -- current, superseded, lagged, conflicting, retracted
    standing text NOT NULL,            -- current, superseded, corrected, lagged, disputed, ...
    rule text,                         -- the rule that set the standing
    note text NOT NULL,
    current_from timestamptz,                 -- report time from which it was the current value
    current_to timestamptz,                   -- ... until this report time (NULL: still current)
    PRIMARY KEY (event_id, seq)
);
CREATE INDEX IF NOT EXISTS fact_versions_current ON fact_versions (category, current_from, current_to)
    WHERE current_from IS NOT NULL;
CREATE INDEX IF NOT EXISTS fact_versions_article ON fact_versions (article_id);

CREATE TABLE IF NOT EXISTS event_summaries (
    event_id text COLLATE "C" PRIMARY KEY REFERENCES events (id),
    title text NOT NULL,
    story_id text,
    event_type text NOT NULL,
    event_date text,                   -- YYYY-MM-DD (the first day of a week, month or year)
    date_precision text,               -- day, week, month, year
    places text NOT NULL,              -- "Tokyo (JP); Japan (JP)", most reported first
    place_keys text NOT NULL,          -- casefolded names and country codes, see summary_keys
    killed bigint,                    -- current values (NULL: no report gives one)
    injured bigint,
    missing bigint,
    arrested bigint,
    hostages bigint,
    displaced bigint,
    counts text NOT NULL,              -- "killed at least 12; injured 40"
    first_reported timestamptz,
    last_reported timestamptz,
    article_count integer NOT NULL,
    derived_by text NOT NULL           -- the storyline and extractor versions that derived it
);
CREATE INDEX IF NOT EXISTS event_summaries_type ON event_summaries (event_type);
CREATE INDEX IF NOT EXISTS event_summaries_date ON event_summaries (event_date);
