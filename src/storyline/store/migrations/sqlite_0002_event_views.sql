-- Cached derived views of an event, beside its summary (rewritten by the pipeline after every
-- batch or correction that touches the event, and forgotten when the event changes).
--
-- event_records holds the full `event ID --json` object, so that an event with 1,000 reports is
-- read rather than re-derived. It is a table of its own: a large value in the events row would
-- sit between the listing columns and slow down every scan of the events.
CREATE TABLE event_records (
    event_id TEXT PRIMARY KEY REFERENCES events (id),
    record TEXT NOT NULL
);

-- The summary's filterable attributes, so that a filtered events list is one query rather than
-- parsing every summary. NULL place_keys means "not indexed yet" (a summary written before
-- this migration).
ALTER TABLE events ADD COLUMN event_type TEXT;
ALTER TABLE events ADD COLUMN event_day TEXT;
ALTER TABLE events ADD COLUMN place_keys TEXT;
