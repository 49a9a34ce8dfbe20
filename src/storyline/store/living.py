"""The living record as rows: one `FactRow` per reported value, one `SummaryRow` per event.

They are what the tables `fact_versions` and `event_summaries` hold (migration 0003; see
docs/living-record.md for the columns and example queries). The pipeline derives them from an
event's record (`storyline.living.record_rows`) and writes them with `Store.put_living_rows` in
the transaction that changed the event; "current as of T" is then a query on report time:
`current_from <= T AND (current_to IS NULL OR current_to > T)`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from storyline.records import COUNT_CATEGORIES


@dataclass(frozen=True, slots=True)
class FactRow:
    """One report's value for one category of one event, with the standing the rules gave it."""

    event_id: str
    seq: int  # order in the event's record: report time, then article
    category: str
    value: int
    qualifier: str
    low: int | None
    high: int | None
    trend: str | None
    label: str  # "at least 12"
    source: str | None
    attribution: str | None
    source_type: str  # official, wire, outlet
    authority_kind: str | None
    reported: datetime  # report time
    event_time: date | None
    evidence: str
    evidence_start: int | None
    evidence_end: int | None
    article_id: str
    extractor: str | None
    revision: bool
    independent: bool
    duplicate_of: str | None
    status: str  # one of the 5 INTERFACE.md values
    standing: str  # current, superseded, corrected, lagged, disputed, unconfirmed, retracted
    rule: str | None
    note: str
    current_from: datetime | None  # report-time interval during which it was the current value
    current_to: datetime | None  # None: still current (or never current, with current_from None)

    def current_at(self, moment: datetime) -> bool:
        """Whether this was the category's current value as of `moment` (the SQL test)."""
        if self.current_from is None or self.current_from > moment:
            return False
        return self.current_to is None or self.current_to > moment


@dataclass(frozen=True, slots=True)
class SummaryRow:
    """An event's summary as columns: what the events list filters and shows."""

    event_id: str
    title: str
    story_id: str | None
    event_type: str
    event_date: date | None
    date_precision: str | None
    places: str  # "Tokyo (JP); Japan (JP)"
    place_keys: str  # see store.summary_keys
    current: tuple[tuple[str, int], ...]  # (category, current value) of COUNT_CATEGORIES
    counts: str  # "killed at least 12; injured 40"
    first_reported: datetime | None
    last_reported: datetime | None
    article_count: int
    derived_by: str

    def count(self, category: str) -> int | None:
        return dict(self.current).get(category)


# The columns of event_summaries holding current values, one per count category.
COUNT_COLUMNS: tuple[str, ...] = COUNT_CATEGORIES


@dataclass(frozen=True, slots=True)
class EventQuery:
    """The events list's filters, all optional and combined with AND, run as one SQL query over
    `events` and `event_summaries` (Store.select_events).

    With `as_of`, an event is listed when its first report was known then; the summary's
    columns judge the type, place and date of the events whose every report was known by then
    (their summary then is their summary now). The others (reported before and after `as_of`,
    and events not summarized yet) are returned unjudged, for the caller to derive and check.
    """

    event_type: str | None = None  # prefix of the event type
    place: str | None = None  # part of a place name or country code, any case
    date_from: date | None = None  # event date range, inclusive
    date_to: date | None = None
    since: datetime | None = None  # a report published at or after this time
    as_of: datetime | None = None
    text: str | None = None  # full-text query over the event's articles


@dataclass(frozen=True, slots=True)
class ListedEvent:
    """One event the list's query selected, latest report first."""

    event_id: str
    indexed: bool  # has a summary row (False: derive it to judge the filters)
    known_until: datetime | None  # its last report's time, from the summary row
    summary: str | None = None  # the cached `events --json` text, when asked for

    def judged_at(self, as_of: datetime | None) -> bool:
        """Whether the query judged this event by its summary columns (else derive it)."""
        if not self.indexed:
            return False
        return as_of is None or (self.known_until is not None and self.known_until <= as_of)
