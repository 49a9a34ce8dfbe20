-- The living record as rows (issue 16): every reported value of every event, with the standing
-- the supersession rules gave it and the report-time interval during which it was the event's
-- current value, and each event's summary as columns. Both are rewritten by the pipeline, for
-- the events a batch or a correction touched, in the transaction that changed them; they are
-- derived from the articles and extractions and can always be rebuilt (`storyline reextract`).
-- Times are UTC ISO 8601 text of fixed width, as elsewhere, so text order is time order.

CREATE TABLE fact_versions (
    event_id TEXT NOT NULL REFERENCES events (id),
    seq INTEGER NOT NULL,              -- the order of the event's record (report time, article)
    category TEXT NOT NULL,            -- killed, injured, missing, arrested, hostages, displaced
    value INTEGER NOT NULL,
    qualifier TEXT NOT NULL,           -- exact, at_least, more_than, about, up_to, ...
    low INTEGER,
    high INTEGER,
    trend TEXT,                        -- rising, falling
    label TEXT NOT NULL,               -- "at least 12"
    source TEXT,                       -- the outlet
    attribution TEXT,                  -- "according to the health ministry"
    source_type TEXT NOT NULL,         -- official, wire, outlet
    authority_kind TEXT,               -- official_body, official_named, ..., wire, outlet
    reported TEXT NOT NULL,            -- report time: publication (else ingestion) time
    event_time TEXT,                   -- the day the figure is about, YYYY-MM-DD
    evidence TEXT NOT NULL,
    evidence_start INTEGER,            -- offsets of the evidence in the article text
    evidence_end INTEGER,
    article_id TEXT NOT NULL,
    extractor TEXT,                    -- extractor version of the article's extraction
    revision INTEGER NOT NULL,         -- 1: an explicit correction or a re-published revision
    independent INTEGER NOT NULL,      -- 0: a near-duplicate (wire copy) of another report
    duplicate_of TEXT,
    status TEXT NOT NULL,              -- current, superseded, lagged, conflicting, retracted
    standing TEXT NOT NULL,            -- current, superseded, corrected, lagged, disputed, ...
    rule TEXT,                         -- the rule that set the standing
    note TEXT NOT NULL,
    current_from TEXT,                 -- report time from which it was the current value
    current_to TEXT,                   -- ... until this report time (NULL: still current)
    PRIMARY KEY (event_id, seq)
);
CREATE INDEX fact_versions_current ON fact_versions (category, current_from, current_to)
    WHERE current_from IS NOT NULL;
CREATE INDEX fact_versions_article ON fact_versions (article_id);

CREATE TABLE event_summaries (
    event_id TEXT PRIMARY KEY REFERENCES events (id),
    title TEXT NOT NULL,
    story_id TEXT,
    event_type TEXT NOT NULL,
    event_date TEXT,                   -- YYYY-MM-DD (the first day of a week, month or year)
    date_precision TEXT,               -- day, week, month, year
    places TEXT NOT NULL,              -- "Tokyo (JP); Japan (JP)", most reported first
    place_keys TEXT NOT NULL,          -- casefolded names and country codes, see summary_keys
    killed INTEGER,                    -- current values (NULL: no report gives one)
    injured INTEGER,
    missing INTEGER,
    arrested INTEGER,
    hostages INTEGER,
    displaced INTEGER,
    counts TEXT NOT NULL,              -- "killed at least 12; injured 40"
    first_reported TEXT,
    last_reported TEXT,
    article_count INTEGER NOT NULL,
    derived_by TEXT NOT NULL           -- the storyline and extractor versions that derived it
);
CREATE INDEX event_summaries_type ON event_summaries (event_type);
CREATE INDEX event_summaries_date ON event_summaries (event_date);
