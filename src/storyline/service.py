"""The library's front door: one object over one store that the CLI, web app and API all use.

Every read can be asked "as of" a time: only reports published at or before it are used. The
methods return JSON-ready dicts in the shapes of ../shared/INTERFACE.md (plus extra fields), so
that the CLI and the API present exactly the same objects.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from storyline.errors import ConfigError, NotFoundError
from storyline.reconcile import (
    EventRecord,
    build_brief,
    build_digest_timeline,
    build_event_record,
    compute_changes,
    read_record_cache,
)
from storyline.records import Article
from storyline.store import EventRow, Store, SummaryFilter, open_store
from storyline.store.summary_keys import event_day

if TYPE_CHECKING:
    from storyline.pipeline import IngestOptions, IngestReport, ProgressCallback

# The write stages (pipeline, clusterer, models) are imported by the methods that need them, so
# that reads (`storyline events --json`, the web pages) start in a fraction of a second.

JSON = dict[str, Any]


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Filters of the events list; all optional, combined with AND."""

    q: str | None = None  # full-text query over the events' articles
    event_type: str | None = None
    place: str | None = None  # matches a place name or a country code, case-insensitive
    date_from: date | None = None  # event date range
    date_to: date | None = None
    since: datetime | None = None  # events with a report published at or after this time


class Storyline:
    """storyline over one store. Use as a context manager or call close()."""

    def __init__(self, store: Store) -> None:
        self.store = store

    @classmethod
    def open(cls, db: str | None = None) -> Storyline:
        return cls(open_store(db))

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Storyline:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ writes

    def ingest(
        self,
        inputs: Sequence[str],
        options: IngestOptions | None = None,
        progress: ProgressCallback | None = None,
    ) -> IngestReport:
        from storyline.pipeline import ingest_paths

        return ingest_paths(self.store, inputs, options, progress)

    def ingest_articles(
        self, articles: Iterable[Article], options: IngestOptions | None = None
    ) -> IngestReport:
        from storyline.pipeline import ingest_articles

        return ingest_articles(self.store, articles, options)

    def merge(
        self, target_id: str, other_id: str, *, actor: str = "user", reason: str = ""
    ) -> JSON:
        from storyline.cluster import corrections

        target, other = self._live_id(target_id), self._live_id(other_id)
        corrections.merge_events(
            self.store, target, other, actor=actor, reason=reason or "merged by user", at=_now()
        )
        self._after_correction([target, other])
        return self.get_event(target)

    def split(
        self, event_id: str, article_ids: Sequence[str], *, actor: str = "user", reason: str = ""
    ) -> JSON:
        from storyline.cluster import corrections

        source = self._live_id(event_id)
        new_id = corrections.split_event(
            self.store,
            source,
            article_ids,
            actor=actor,
            reason=reason or "split by user",
            at=_now(),
        )
        self._after_correction([source, new_id])
        return self.get_event(new_id)

    def move(
        self, article_id: str, to_event_id: str, *, actor: str = "user", reason: str = ""
    ) -> JSON:
        membership = self.store.get_membership(article_id)
        if membership is None:
            raise NotFoundError(f"article {article_id!r} is not in the store; check the id")
        from storyline.cluster import corrections

        target = self._live_id(to_event_id)
        corrections.move_article(
            self.store,
            article_id,
            target,
            actor=actor,
            reason=reason or "moved by user",
            at=_now(),
        )
        self._after_correction([membership.event_id, target])
        return self.get_event(target)

    def _after_correction(self, event_ids: Sequence[str]) -> None:
        """Refresh the cached views of the events a correction touched.

        The correction itself already rewrote their clusterer state (with the user's
        decisions, such as a cannot-link after a split) and stamped the writer mark, so a
        concurrent ingest reloads it; rebuilding it here would lose the decisions."""
        from storyline.pipeline import refresh_event

        with self.store.transaction():
            for event_id in event_ids:
                refresh_event(self.store, event_id)

    def refresh_views(self, *, only_missing: bool = True, batch: int = 500) -> int:
        """Re-derive the cached views (summary, record) of events; returns how many.

        Needed once after an upgrade that changes derived views (their cache is tagged with
        the version), or with only_missing=False after changing the rules."""
        from storyline.pipeline import refresh_event

        ids = [event_id for event_id, _ in self.store.list_event_ids()]
        if only_missing:
            ids = [i for i in ids if self.store.get_event_record(i) is None]
        for start in range(0, len(ids), batch):
            with self.store.transaction():
                for event_id in ids[start : start + batch]:
                    refresh_event(self.store, event_id)
        return len(ids)

    def rebuild_cluster_states(self, *, batch: int = 500) -> int:
        """Recompute every live event's clusterer state from its reports; returns how many.

        Needed once after an upgrade that changes how articles are weighted for clustering, so
        that new reports are compared with centroids built the same way; stories, cannot-links
        and memberships are kept (one transaction per `batch` events)."""
        from storyline.cluster.corrections import rebuild_states

        ids = [event_id for event_id, _ in self.store.list_event_ids()]
        written = 0
        for start in range(0, len(ids), batch):
            with self.store.transaction():
                written += rebuild_states(self.store, ids[start : start + batch])
        return written

    # ------------------------------------------------------------------ reads

    def list_events(
        self,
        filters: EventFilter | None = None,
        *,
        as_of: datetime | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[JSON]:
        """Events, latest report first, as `events --json` objects."""
        filters = filters or EventFilter()
        if as_of is None and filters == EventFilter():
            # Nothing to filter: page in the store, so that showing 25 of 10,000 events reads
            # and parses 25 cached summaries, not all of them.
            page = self.store.list_events(limit=limit, offset=offset)
            return [s for s in (self._summary(row, None) for row in page) if s is not None]
        end = None if limit is None else offset + limit
        if as_of is None:
            # The store filters on the cached summaries' columns: parse only the page shown.
            found = (self.store.get_event(i) for i in self._filtered_ids(filters)[offset:end])
            summaries = (self._summary(row, None) for row in found if row is not None)
            return [s for s in summaries if s is not None]
        rows = self.store.list_events(reported_since=filters.since, reported_until=as_of)
        if filters.q:
            matching = self._events_matching(filters.q)
            rows = [row for row in rows if row.id in matching]
        summaries = (self._summary(row, as_of) for row in rows)
        selected = [s for s in summaries if s is not None and _passes(s, filters)]
        return selected[offset:end]

    def count_events(
        self, filters: EventFilter | None = None, *, as_of: datetime | None = None
    ) -> int:
        if as_of is None and (filters is None or filters == EventFilter()):
            return self.store.event_count()
        if as_of is None:
            return len(self._filtered_ids(filters or EventFilter()))
        return len(self.list_events(filters, as_of=as_of))

    def iter_events(
        self,
        filters: EventFilter | None = None,
        *,
        as_of: datetime | None = None,
        event_ids: Sequence[str] | None = None,
    ) -> Iterator[JSON]:
        """The selected events as full `event ID --json` objects, latest report first, one at a
        time: what exports stream, holding one event in memory however many are selected.

        `event_ids` selects those events (following merges) instead of `filters`; an unknown
        id raises NotFoundError here, before anything is yielded."""
        if event_ids is not None:
            live = list(dict.fromkeys(self._live_id(i) for i in event_ids))
            return self._iter_these_events(live, as_of)
        return self._iter_filtered_events(filters or EventFilter(), as_of)

    def _iter_these_events(self, event_ids: list[str], as_of: datetime | None) -> Iterator[JSON]:
        for event_id in event_ids:
            if as_of is None:
                yield self.get_event(event_id)
                continue
            record = self.event_record(event_id, as_of=as_of)
            if record.article_ids:
                yield record.to_json()

    def _iter_filtered_events(self, filters: EventFilter, as_of: datetime | None) -> Iterator[JSON]:
        if as_of is None:
            for event_id in self._filtered_ids(filters):
                yield self.get_event(event_id)
            return
        # As of a time every candidate is derived from the reports known then and judged by it.
        matching = self._events_matching(filters.q) if filters.q else None
        for event_id, _ in self.store.list_event_ids(reported_since=filters.since):
            if matching is not None and event_id not in matching:
                continue
            record = self.event_record(event_id, as_of=as_of)
            if record.article_ids:  # an event nobody had reported by then is not listed
                event = record.to_json()
                if _passes(event, filters):
                    yield event

    def summaries_of_events_holding(self, article_ids: Sequence[str]) -> dict[str, JSON]:
        """The current summaries (`events --json` objects) of the live events that hold these
        articles, by event id: what a batch of new articles changed, without listing them all."""
        rows: dict[str, EventRow] = {}
        for article_id in article_ids:
            membership = self.store.get_membership(article_id)
            if membership is not None and membership.event_id not in rows:
                row = self._live_row(membership.event_id)
                rows.setdefault(row.id, row)
        summaries = {event_id: self._summary(row, None) for event_id, row in rows.items()}
        return {event_id: summary for event_id, summary in summaries.items() if summary}

    def get_event(self, event_id: str, *, as_of: datetime | None = None) -> JSON:
        if as_of is None:
            # The pipeline caches the record it derives after every change to the event.
            row = self._live_row(event_id)
            cached = read_record_cache(self.store.get_event_record(row.id))
            if cached is not None:
                return cached
        return self.event_record(event_id, as_of=as_of).to_json()

    def event_record(self, event_id: str, *, as_of: datetime | None = None) -> EventRecord:
        row = self._live_row(event_id)
        members = self.store.event_memberships(row.id)
        articles = self.store.get_articles([m.article_id for m in members])
        extractions = self.store.get_extractions([s.article.id for s in articles])
        return build_event_record(row, articles, extractions, as_of=as_of)

    def timeline(
        self,
        event_id: str | None = None,
        *,
        as_of: datetime | None = None,
        max_dates: int | None = None,
        per_date: int | None = None,
    ) -> list[JSON]:
        if event_id is None:
            entries = build_digest_timeline(
                self.store, as_of=as_of, max_dates=max_dates, per_date=per_date
            )
            return [entry.to_json() for entry in entries]
        event = self.get_event(event_id, as_of=as_of)  # the cached record when there is one
        items = [dict(item, event_id=event["id"]) for item in event["timeline"]]
        return _trim_timeline(items, max_dates, per_date)

    def brief(self, event_id: str, *, as_of: datetime | None = None) -> JSON:
        return build_brief(self.event_record(event_id, as_of=as_of)).to_json()

    def changes(self, since: datetime, *, until: datetime | None = None) -> list[JSON]:
        return [change.to_json() for change in compute_changes(self.store, since, until=until)]

    def get_article(self, article_id: str) -> JSON:
        from storyline.codec import to_json_dict

        stored = self.store.get_article(article_id)
        if stored is None:
            raise NotFoundError(f"article {article_id!r} is not in the store; check the id")
        extraction = self.store.get_extraction(article_id)
        verdict = stored.verdict
        revision = None
        if verdict.kind == "revision" and verdict.original_id:
            revision = {
                "of": verdict.original_id,
                "diff": self.diff_articles(verdict.original_id, article_id),
            }
        return {
            **to_json_dict(stored.article),
            "event_id": stored.event_id,
            "dedup": to_json_dict(verdict),
            "revision": revision,
            "ingested_at": stored.ingested_at.isoformat(),
            "extraction": to_json_dict(extraction) if extraction else None,
        }

    def diff_articles(self, old_id: str, new_id: str) -> str:
        """What changed from one stored article (or revision) to another, as a unified diff."""
        from storyline.dedup import revision_diff

        old, new = self.store.get_article(old_id), self.store.get_article(new_id)
        for wanted, found in ((old_id, old), (new_id, new)):
            if found is None:
                raise NotFoundError(f"article {wanted!r} is not in the store; check the id")
        assert old is not None and new is not None
        return revision_diff(old.article.text, new.article.text)

    def search(self, query: str, *, limit: int = 50) -> list[JSON]:
        hits = self.store.search_articles(bounded_query(query), limit=limit)
        results = []
        for hit in hits:
            membership = self.store.get_membership(hit.article_id)
            results.append(
                {
                    "article_id": hit.article_id,
                    "title": hit.title,
                    "snippet": hit.snippet,
                    "rank": hit.rank,
                    "event_id": membership.event_id if membership else None,
                }
            )
        return results

    def audit(self, event_id: str | None = None) -> list[JSON]:
        entries = self.store.audit_entries(event_id)
        return [
            {
                "id": e.id,
                "at": e.at.isoformat(),
                "action": e.action,
                "reason": e.reason,
                "event_ids": list(e.event_ids),
                "article_ids": list(e.article_ids),
                "actor": e.actor,
            }
            for e in entries
        ]

    def possible_same(self, event_id: str) -> list[JSON]:
        return [
            {"event_id": p.other_event_id, "score": p.score, "article_id": p.article_id}
            for p in self.store.possible_same(self._live_id(event_id))
        ]

    # ------------------------------------------------------------------ helpers

    def _live_row(self, event_id: str) -> EventRow:
        """The event row, following merges so that old links keep working."""
        row = self.store.get_event(event_id)
        seen: set[str] = set()
        while row is not None and row.merged_into and row.id not in seen:
            seen.add(row.id)
            row = self.store.get_event(row.merged_into)
        if row is None:
            raise NotFoundError(f"event {event_id!r} is not in the store; list events to find ids")
        return row

    def _live_id(self, event_id: str) -> str:
        return self._live_row(event_id).id

    def _summary(self, row: EventRow, as_of: datetime | None) -> JSON | None:
        if as_of is None and row.summary:
            summary: JSON = json.loads(row.summary)
            return summary
        members = self.store.event_memberships(row.id)
        articles = self.store.get_articles([m.article_id for m in members])
        extractions = self.store.get_extractions([s.article.id for s in articles])
        record = build_event_record(row, articles, extractions, as_of=as_of)
        if not record.article_ids:
            return None
        return record.to_summary_json()

    def _filtered_ids(self, filters: EventFilter) -> list[str]:
        """Ids of the events (now, no as-of) that pass `filters`, latest report first: the store
        judges them by their cached summaries' columns, without reading the summaries."""
        where = SummaryFilter(filters.event_type, filters.place, filters.date_from, filters.date_to)
        listed = self.store.list_event_ids(reported_since=filters.since, where=where)
        if filters.q:
            matching = self._events_matching(filters.q)
            listed = [
                (event_id, summarized) for event_id, summarized in listed if event_id in matching
            ]
        # An event without a cached summary (mid-correction, an old store) is derived and checked.
        return [
            event_id
            for event_id, summarized in listed
            if summarized or self._passes_derived(event_id, filters)
        ]

    def _passes_derived(self, event_id: str, filters: EventFilter) -> bool:
        row = self.store.get_event(event_id)
        summary = self._summary(row, None) if row is not None else None
        return summary is not None and _passes(summary, filters)

    def _events_matching(self, query: str) -> set[str]:
        hits = self.store.search_articles(bounded_query(query), limit=10_000)
        events = set()
        for hit in hits:
            membership = self.store.get_membership(hit.article_id)
            if membership is not None:
                events.add(membership.event_id)
        return events


# A full-text query costs per term; a pasted page (a 60 kB query took 17 s) is refused, not cut.
MAX_QUERY_CHARS = 1_000
MAX_QUERY_TERMS = 32


def bounded_query(query: str) -> str:
    """The query, or ConfigError when it is longer than any search needs."""
    terms = len(query.split())
    if len(query) > MAX_QUERY_CHARS or terms > MAX_QUERY_TERMS:
        raise ConfigError(
            f"the search text has {len(query)} characters and {terms} words; use at most "
            f"{MAX_QUERY_CHARS} characters and {MAX_QUERY_TERMS} words"
        )
    return query


def _now() -> datetime:
    return datetime.now(UTC)


def _passes(summary: JSON, filters: EventFilter) -> bool:
    if filters.event_type and not str(summary.get("event_type") or "").startswith(
        filters.event_type
    ):
        return False
    if filters.place and not _has_place(summary, filters.place):
        return False
    event_date = event_day(summary.get("event_date"))
    if filters.date_from and (event_date is None or event_date < filters.date_from):
        return False
    return not (filters.date_to and (event_date is None or event_date > filters.date_to))


def _has_place(summary: JSON, wanted: str) -> bool:
    wanted = wanted.casefold()
    for place in summary.get("places") or []:
        names = (str(place.get("name") or ""), str(place.get("country") or ""))
        if any(wanted == n.casefold() or wanted in n.casefold() for n in names if n):
            return True
    return False


def _trim_timeline(items: list[JSON], max_dates: int | None, per_date: int | None) -> list[JSON]:
    """At most `max_dates` dates (the most reported first kept in date order) and `per_date`
    entries per date."""
    by_date: dict[str, list[JSON]] = {}
    for item in items:
        by_date.setdefault(str(item["date"]), []).append(item)
    dates = sorted(by_date)
    if max_dates is not None and len(dates) > max_dates:
        ranked = sorted(dates, key=lambda d: (-sum(len(i["article_ids"]) for i in by_date[d]), d))
        dates = sorted(ranked[:max_dates])
    trimmed: list[JSON] = []
    for day in dates:
        entries = by_date[day]
        trimmed.extend(entries if per_date is None else entries[:per_date])
    return trimmed
