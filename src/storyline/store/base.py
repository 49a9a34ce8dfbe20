"""The one storage interface the rest of storyline uses.

SQLite (default, embedded) and PostgreSQL implement it; one test suite runs against both.
Writes happen inside `with store.transaction():` so that a batch of articles, with their facts
and event assignments, lands whole or not at all. Reads may happen anywhere, also while another
process writes.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime
from uuid import uuid4

from storyline.records import Article, DedupVerdict, Extraction
from storyline.store.living import EventQuery, FactRow, ListedEvent, SummaryRow

# Meta key every writer of clusterer/dedup state sets to a fresh value in the transaction that
# changes it (Store.stamp_writer_mark); ingesters compare it with the last value they wrote.
WRITER_MARK_KEY = "ingest.writer_mark"


@dataclass(frozen=True, slots=True)
class StoredArticle:
    """An article as stored, with how it relates to earlier ones."""

    article: Article
    verdict: DedupVerdict
    text_hash: str
    ingested_at: datetime
    event_id: str | None


@dataclass(frozen=True, slots=True)
class ReportListing:
    """One of an event's articles as a list of reports shows it: no text beyond its start."""

    article_id: str
    title: str | None
    lead: str  # the first LEAD_CHARS characters of the text
    source: str | None
    url: str | None
    published: datetime | None
    ingested_at: datetime
    dedup: str  # the dedup verdict's kind


LEAD_CHARS = 90


@dataclass(frozen=True, slots=True)
class EventRow:
    """An event's identity and bookkeeping; its facts are derived elsewhere from its articles."""

    id: str
    title: str
    created_at: datetime
    story_id: str | None
    merged_into: str | None  # set when a merge retired this id; reads follow it
    first_reported: datetime | None
    last_reported: datetime | None
    article_count: int
    summary: str | None = None  # cached JSON of the current view (see put_event_summary)


@dataclass(frozen=True, slots=True)
class Membership:
    """Which event an article belongs to, and whether a person put it there."""

    article_id: str
    event_id: str
    score: float | None
    reason: str
    by_user: bool
    assigned_at: datetime


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    at: datetime
    action: str  # "auto_new", "auto_merge", "auto_split", "merge", "split", "move", ...
    reason: str
    event_ids: tuple[str, ...]
    article_ids: tuple[str, ...]
    actor: str  # "storyline" for automatic decisions, else the user


@dataclass(frozen=True, slots=True)
class PossibleSame:
    event_id: str
    other_event_id: str
    score: float
    article_id: str | None
    at: datetime


@dataclass(frozen=True, slots=True)
class SearchHit:
    article_id: str
    title: str | None
    snippet: str
    rank: float


class Store(ABC):
    """Abstract store. Implementations: SQLiteStore, PostgresStore."""

    url: str

    # ------------------------------------------------------------------ lifecycle

    @abstractmethod
    def close(self) -> None: ...

    @abstractmethod
    def transaction(self) -> AbstractContextManager[None]:
        """Begin a write transaction; commit on normal exit, roll back on an exception.

        Every write method must be called inside one. Nesting is not supported.
        """

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ articles

    @abstractmethod
    def add_article(
        self, article: Article, verdict: DedupVerdict, text_hash: str, signature: bytes | None
    ) -> None:
        """Store a new article and index it for search. An exact duplicate under another id is
        stored too, linked by its verdict; the same id is never added twice."""

    @abstractmethod
    def get_article(self, article_id: str) -> StoredArticle | None: ...

    @abstractmethod
    def get_articles(self, article_ids: Sequence[str]) -> list[StoredArticle]:
        """The stored ones among `article_ids`, in the order given; missing ids are skipped."""

    @abstractmethod
    def has_article(self, article_id: str) -> bool: ...

    @abstractmethod
    def stored_article_ids(self, article_ids: Sequence[str]) -> set[str]:
        """Which of these ids are stored: one query for a whole batch."""

    @abstractmethod
    def find_by_text_hash(self, text_hash: str) -> str | None:
        """Id of a stored article with this normalized-text hash, if any."""

    @abstractmethod
    def find_by_url(self, url: str) -> list[str]:
        """Ids of stored articles (revisions) with this URL, oldest first."""

    @abstractmethod
    def iter_signatures(self) -> Iterator[tuple[str, bytes]]:
        """(article_id, MinHash signature) of every stored article that has one."""

    @abstractmethod
    def article_count(self) -> int: ...

    @abstractmethod
    def search_articles(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Full-text search over titles and texts (FTS5 / PostgreSQL tsvector)."""

    # ------------------------------------------------------------------ extractions

    @abstractmethod
    def put_extraction(self, extraction: Extraction) -> None:
        """Store (or replace, for a re-extraction) the facts of one article."""

    @abstractmethod
    def get_extraction(self, article_id: str) -> Extraction | None: ...

    @abstractmethod
    def get_extractions(self, article_ids: Sequence[str]) -> dict[str, Extraction]: ...

    # ------------------------------------------------------------------ events

    @abstractmethod
    def create_event(
        self, event_id: str, title: str, created_at: datetime, story_id: str | None = None
    ) -> None: ...

    @abstractmethod
    def update_event(
        self,
        event_id: str,
        *,
        title: str | None = None,
        story_id: str | None = None,
        merged_into: str | None = None,
    ) -> None:
        """Change only the fields given (None leaves a field as it is)."""

    @abstractmethod
    def get_event(self, event_id: str) -> EventRow | None:
        """The row as stored, also when it was merged away (see `merged_into`)."""

    @abstractmethod
    def list_events(
        self,
        *,
        limit: int | None = None,
        offset: int = 0,
        reported_since: datetime | None = None,
        reported_until: datetime | None = None,
    ) -> list[EventRow]:
        """Live (not merged-away) events with at least one article, latest report first.

        `reported_since`/`reported_until` keep events with an article published in that range.
        The events list's filters (type, place, dates, as of, text) are `select_events`.
        """

    @abstractmethod
    def story_events(self, story_id: str, limit: int = 200) -> list[EventRow]:
        """The live events of one story (the incident, its follow-ups, related incidents),
        first reported first, at most `limit`."""

    @abstractmethod
    def list_event_ids(
        self,
        *,
        reported_since: datetime | None = None,
    ) -> list[tuple[str, bool]]:
        """(id, has a cached summary) of the events `list_events` would return with the same
        arguments, in the same order, without reading their rows."""

    @abstractmethod
    def event_count(self) -> int: ...

    @abstractmethod
    def put_event_summary(self, event_id: str, summary_json: str) -> None:
        """Cache the derived current view of an event (the `events --json` object), so that
        listing 10,000 events needs no re-derivation. It is a cache: always derivable from the
        articles and extractions, rewritten after every batch that touches the event.
        Also indexes the summary's filterable attributes and forgets the cached record."""

    @abstractmethod
    def put_event_record(self, event_id: str, record_json: str) -> None:
        """Cache the derived full record of an event (the `event ID --json` object, without
        as-of), written after its summary. Like the summary it is only a cache: the store
        forgets it whenever the event changes (a new summary, an article assigned to or moved
        out of it, a re-extraction of one of its articles, a new title or story)."""

    @abstractmethod
    def get_event_record(self, event_id: str) -> str | None:
        """The cached record of `put_event_record`, or None when there is none (or it is stale)."""

    @abstractmethod
    def put_living_rows(
        self, event_id: str, summary: SummaryRow | None, facts: Sequence[FactRow]
    ) -> None:
        """Replace the event's rows in `event_summaries` and `fact_versions` (migration 0003):
        its summary as columns and one row per reported value (see storyline.living). Written
        with the cached summary and record, in the same transaction; no summary and no facts
        clears them (an event merged away or emptied)."""

    @abstractmethod
    def fact_rows(self, event_id: str, *, current_at: datetime | None = None) -> list[FactRow]:
        """The event's fact rows in record order; with `current_at`, only those current then."""

    @abstractmethod
    def current_facts_at(
        self, event_ids: Sequence[str], moment: datetime
    ) -> dict[str, dict[str, FactRow]]:
        """{event id: {category: the fact row current at `moment`}} for these events."""

    @abstractmethod
    def summary_row(self, event_id: str) -> SummaryRow | None: ...

    @abstractmethod
    def extraction_ids(self, *, not_by: str | None = None) -> list[str]:
        """Ids of the articles with a stored extraction (only those whose extractor is not
        `not_by`, when given), in id order: what a re-extraction goes through."""

    @abstractmethod
    def select_events(
        self, query: EventQuery, *, with_summaries: bool = False
    ) -> list[ListedEvent]:
        """The live events passing `query` (see EventQuery), latest report first: the events
        list's filters as one SQL query over events and event_summaries. `with_summaries`
        also reads their cached summaries (for a list shown whole)."""

    @abstractmethod
    def page_events(
        self, query: EventQuery, *, limit: int | None, offset: int, with_summaries: bool = False
    ) -> tuple[list[ListedEvent], int] | None:
        """One page of `select_events` and how many events pass in all, paged and counted in
        SQL; None when some event cannot be judged by its summary row (see EventQuery), for
        the caller to select them all and judge those itself."""

    @abstractmethod
    def event_summaries_json(self, event_ids: Sequence[str]) -> dict[str, str]:
        """{event id: the cached `events --json` object as JSON text} of those that have one."""

    @abstractmethod
    def assign_article(
        self,
        article_id: str,
        event_id: str,
        *,
        score: float | None,
        reason: str,
        by_user: bool = False,
        at: datetime,
    ) -> None:
        """Put an article in an event (moving it if it was elsewhere); keeps the event's
        first/last reported times and article count up to date."""

    @abstractmethod
    def get_membership(self, article_id: str) -> Membership | None: ...

    @abstractmethod
    def event_memberships(self, event_id: str) -> list[Membership]:
        """Memberships of an event's articles, ordered by publication time then id."""

    @abstractmethod
    def event_reports(self, event_id: str) -> list[ReportListing]:
        """The listing of an event's articles, ordered by publication time then id: what a page
        of 1,000 reports needs, without reading and decoding 1,000 texts."""

    @abstractmethod
    def add_audit(
        self,
        action: str,
        reason: str,
        *,
        event_ids: Sequence[str],
        article_ids: Sequence[str] = (),
        actor: str = "storyline",
        at: datetime,
    ) -> None: ...

    @abstractmethod
    def audit_entries(self, event_id: str | None = None, limit: int = 1000) -> list[AuditEntry]:
        """Audit trail, newest first; for one event when `event_id` is given."""

    @abstractmethod
    def add_possible_same(
        self,
        event_id: str,
        other_event_id: str,
        score: float,
        *,
        article_id: str | None,
        at: datetime,
    ) -> None: ...

    @abstractmethod
    def possible_same(self, event_id: str) -> list[PossibleSame]:
        """Recorded "possibly the same as" links touching this event, best score first, each
        oriented from this event (`event_id` is always the one asked about)."""

    # ------------------------------------------------------------------ clusterer state

    @abstractmethod
    def put_cluster_state(self, event_id: str, state: bytes) -> None:
        """Opaque per-event state the clusterer needs to resume (centroid, dates, places)."""

    @abstractmethod
    def iter_cluster_states(self) -> Iterator[tuple[str, bytes]]: ...

    @abstractmethod
    def get_cluster_state(self, event_id: str) -> bytes | None: ...

    @abstractmethod
    def delete_cluster_state(self, event_id: str) -> None: ...

    @abstractmethod
    def get_meta(self, key: str) -> str | None: ...

    def get_metas(self, keys: Sequence[str]) -> dict[str, str]:
        """The values of those `keys` that are set, in one read where the store can (a page
        listing a thousand reports must not make a thousand queries)."""
        return {key: value for key in keys if (value := self.get_meta(key)) is not None}

    @abstractmethod
    def put_meta(self, key: str, value: str) -> None: ...

    def stamp_writer_mark(self) -> str:
        """Record, inside the current write transaction, that this process changed clusterer or
        dedup state: an ingester in another process that finds a mark it did not write reloads
        its in-memory state before its next batch instead of overwriting ours."""
        mark = uuid4().hex
        self.put_meta(WRITER_MARK_KEY, mark)
        return mark
