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
from storyline.living import load_event_record
from storyline.reconcile import (
    EventRecord,
    build_brief,
    build_digest_timeline,
    compute_changes,
    read_record_cache,
)
from storyline.reconcile.changes import Change, changes_from_reports
from storyline.reconcile.facts import as_utc
from storyline.reconcile.record import iso
from storyline.records import Article
from storyline.store import EventRow, Store, open_store
from storyline.store.living import EventQuery
from storyline.store.summary_keys import event_day

if TYPE_CHECKING:
    from storyline.pipeline import IngestOptions, IngestReport, ProgressCallback
    from storyline.reextract import ReextractReport

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


@dataclass(frozen=True, slots=True)
class EventSummary:
    """One event of the events list: its `events --json` object, kept as the JSON text the
    store holds, so that listing 10,000 events does not parse and re-serialize them."""

    id: str
    json_text: str

    def to_json(self) -> JSON:
        summary: JSON = json.loads(self.json_text)
        return summary


@dataclass(frozen=True, slots=True)
class EventPage:
    """A page of the events list and how many events pass its filters in all."""

    items: tuple[EventSummary, ...]
    total: int

    def json_text(self) -> str:
        """The page as a JSON array (the `events --json` output), without parsing it."""
        return "".join(self.json_chunks())

    def json_chunks(self) -> Iterator[str]:
        """`json_text` in pieces, for a writer that need not hold 10 MB at once."""
        yield "["
        for index, item in enumerate(self.items):
            yield (", " if index else "") + item.json_text
        yield "]"


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
        return self.get_event(target)

    def refresh_views(self, *, only_missing: bool = True, batch: int = 500) -> int:
        """Re-derive the cached views (summary, record) of events; returns how many.

        Needed once after an upgrade that changes derived views (their cache is tagged with
        the version), or with only_missing=False after changing the rules."""
        from storyline.pipeline import refresh_event

        ids = [
            listed.event_id
            for listed in self.store.select_events(EventQuery())
            if not only_missing  # else: no summary row yet (migration 0003), or no record
            or not listed.indexed  # cached by this version of the code
            or read_record_cache(self.store.get_event_record(listed.event_id)) is None
        ]
        for start in range(0, len(ids), batch):
            with self.store.transaction():
                for event_id in ids[start : start + batch]:
                    refresh_event(self.store, event_id)
        return len(ids)

    def reextract(
        self,
        *,
        only_outdated: bool = True,
        batch: int = 100,
        progress: ProgressCallback | None = None,
    ) -> ReextractReport:
        """Re-run extraction on the stored articles from another extractor version (or all),
        rebuilding the events' views and rows; memberships and corrections stay (see
        storyline.reextract)."""
        from storyline.reextract import reextract

        return reextract(self.store, only_outdated=only_outdated, batch=batch, progress=progress)

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

    def event_summaries(
        self,
        filters: EventFilter | None = None,
        *,
        as_of: datetime | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> EventPage:
        """One page of the events list (latest report first) and how many events pass the
        filters, as of a time or now: what the CLI, the web page and the API list."""
        as_of = as_utc(as_of) if as_of is not None else None
        filters = filters or EventFilter()
        # Usually SQL decides every event: it counts them and reads only the page shown.
        paged = self.store.page_events(
            _query(filters, as_of), limit=limit, offset=offset, with_summaries=True
        )
        if paged is not None:
            listed, total = paged
            page = [item.event_id for item in listed]
            stored = {item.event_id: item.summary for item in listed
                      if item.summary is not None and item.judged_at(as_of)}
            derived: dict[str, JSON] = {}
        else:
            whole = limit is None and offset == 0
            selected, derived, stored = self._select(filters, as_of, with_summaries=whole)
            end = None if limit is None else offset + limit
            page, total = selected[offset:end], len(selected)
            if not whole:
                stored = self.store.event_summaries_json([i for i in page if i not in derived])
        items = []
        for event_id in page:
            text = stored.get(event_id)
            if text is not None and as_of is not None:
                # Every report was known then: the summary now is the summary then.
                text = _json_text({**json.loads(text), "as_of": iso(as_of)})
            if text is None:  # derived to judge it, or reported both before and after as_of
                summary = derived.get(event_id) or self._unjudged_summary(event_id, as_of)
                text = _json_text(summary) if summary is not None else None
            if text is not None:
                items.append(EventSummary(event_id, text))
        return EventPage(tuple(items), total)

    def list_events(
        self,
        filters: EventFilter | None = None,
        *,
        as_of: datetime | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[JSON]:
        """Events, latest report first, as `events --json` objects."""
        page = self.event_summaries(filters, as_of=as_of, limit=limit, offset=offset)
        return [summary.to_json() for summary in page.items]

    def count_events(
        self, filters: EventFilter | None = None, *, as_of: datetime | None = None
    ) -> int:
        as_of = as_utc(as_of) if as_of is not None else None
        filters = filters or EventFilter()
        paged = self.store.page_events(_query(filters, as_of), limit=0, offset=0)
        return paged[1] if paged is not None else len(self._selected(filters, as_of)[0])

    def _selected(
        self, filters: EventFilter, as_of: datetime | None
    ) -> tuple[list[str], dict[str, JSON]]:
        """Ids of the events passing `filters` (as of `as_of`), latest report first, and the
        summaries derived on the way. The store's query judges every event by its summary row
        (store.living.EventQuery) except those it cannot: reported both before and after
        `as_of`, or without a summary row yet (an old store before `refresh_views`). Those are
        derived as of then and checked here."""
        selected, derived, _ = self._select(filters, as_of, with_summaries=False)
        return selected, derived

    def _select(
        self, filters: EventFilter, as_of: datetime | None, *, with_summaries: bool
    ) -> tuple[list[str], dict[str, JSON], dict[str, str]]:
        """`_selected`, and the cached summary texts of the events the query judged when
        `with_summaries` (one query for a list shown whole)."""
        query = _query(filters, as_of)
        # Without type, place or date filters an event reported before `as_of` passes whatever
        # it was then: it is derived only if it is shown.
        attributes = (filters.event_type, filters.place, filters.date_from, filters.date_to)
        selected: list[str] = []
        derived: dict[str, JSON] = {}
        texts: dict[str, str] = {}
        for listed in self.store.select_events(query, with_summaries=with_summaries):
            if listed.judged_at(as_of) or (listed.indexed and not any(attributes)):
                selected.append(listed.event_id)
                if listed.summary is not None and listed.judged_at(as_of):
                    texts[listed.event_id] = listed.summary
                continue
            summary = self._unjudged_summary(listed.event_id, as_of)
            if summary is not None and _passes(summary, filters):
                selected.append(listed.event_id)
                derived[listed.event_id] = summary
        return selected, derived, texts

    def _summary(self, row: EventRow, as_of: datetime | None) -> JSON | None:
        if as_of is None and row.summary:
            cached: JSON = json.loads(row.summary)
            return cached
        record = load_event_record(self.store, row, as_of=as_of)
        return record.to_summary_json() if record.article_ids else None

    def _unjudged_summary(self, event_id: str, as_of: datetime | None) -> JSON | None:
        row = self.store.get_event(event_id)
        return None if row is None else self._summary(row, as_of)

    def iter_events(
        self,
        filters: EventFilter | None = None,
        *,
        as_of: datetime | None = None,
        event_ids: Sequence[str] | None = None,
        explained: bool = True,
    ) -> Iterator[JSON]:
        """The selected events as full `event ID --json` objects, latest report first, one at a
        time: what exports stream, holding one event in memory however many are selected.
        Exports that do not show why each report is in its event ask `explained=False`: the
        explanations cost queries per report (half of a 10k-event export's time).

        `event_ids` selects those events (following merges) instead of `filters`; an unknown
        id raises NotFoundError here, before anything is yielded."""
        if event_ids is not None:
            live = list(dict.fromkeys(self._live_id(i) for i in event_ids))
            return self._iter_these_events(live, as_of, explained)
        return self._iter_filtered_events(filters or EventFilter(), as_of, explained)

    def _iter_these_events(
        self, event_ids: list[str], as_of: datetime | None, explained: bool
    ) -> Iterator[JSON]:
        for event_id in event_ids:
            if as_of is None:
                yield self.get_event(event_id, explained=explained)
                continue
            record = self.event_record(event_id, as_of=as_of)
            if record.article_ids:
                yield record.to_json()

    def _iter_filtered_events(
        self, filters: EventFilter, as_of: datetime | None, explained: bool
    ) -> Iterator[JSON]:
        as_of = as_utc(as_of) if as_of is not None else None
        for event_id in self._selected(filters, as_of)[0]:
            if as_of is None:
                yield self.get_event(event_id, explained=explained)
            else:
                yield self.event_record(event_id, as_of=as_of).to_json()

    def changes_caused_by(self, article_ids: Sequence[str]) -> list[Change]:
        """The transitions these (newly ingested) reports caused, step by step: what a batch of
        new articles changed, without reading the other events."""
        return changes_from_reports(self.store, article_ids)

    def get_event(
        self, event_id: str, *, as_of: datetime | None = None, explained: bool = True
    ) -> JSON:
        """The `event ID --json` object; without `explained`, none of the per-report clustering
        explanations (members, mentions, story), which cost queries per report."""
        data: JSON | None = None
        if as_of is None:
            # The pipeline caches the record it derives after every change to the event.
            row = self._live_row(event_id)
            data = read_record_cache(self.store.get_event_record(row.id))
        if data is None:
            data = self.event_record(event_id, as_of=as_of).to_json()
        return self._with_clustering(data) if explained else data

    # Fields of `event --json` read live from the clusterer's records, not from the cached record.
    CLUSTERING_FIELDS = ("members", "mentioned_in", "story")

    def _with_clustering(self, data: JSON) -> JSON:
        """Why each article is in the event (evidence, corrections, a round-up's parts), the
        parts of other articles that report it, and its story: read live, never cached, so a
        correction shows at once."""
        from storyline.cluster.evidence import members_json
        from storyline.cluster.parts import mentions_json
        from storyline.cluster.stories import story_json

        event_id = str(data["id"])
        known = set(data.get("article_ids") or ())
        data["members"] = [
            m for m in members_json(self.store, event_id) if m["article_id"] in known
        ]
        data["mentioned_in"] = mentions_json(self.store, event_id)
        story_id = data.get("story_id")
        data["story"] = story_json(self.store, str(story_id), event_id) if story_id else None
        return data

    def stories(self, *, limit: int = 50) -> list[JSON]:
        from storyline.cluster.stories import list_stories

        return list_stories(self.store, limit=limit)

    def story(self, story_id: str) -> JSON:
        from storyline.cluster.stories import story_json

        found = story_json(self.store, story_id)
        if not found["events"]:
            raise NotFoundError(f"story {story_id} not found; check the id with `events --json`")
        return found

    def event_record(self, event_id: str, *, as_of: datetime | None = None) -> EventRecord:
        """The typed record of an event (following merges), as of a time or now."""
        return load_event_record(self.store, self._live_row(event_id), as_of=as_of)

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

    def story_timeline(
        self,
        story_or_event_id: str,
        *,
        as_of: datetime | None = None,
        max_dates: int | None = None,
        per_date: int | None = None,
    ) -> list[JSON]:
        """The datewise timeline across the events of a story (given its id or an event's)."""
        from storyline.reconcile.story import build_story_timeline, resolve_story_id

        story_id = resolve_story_id(self.store, story_or_event_id)
        entries = build_story_timeline(self.store, story_id, as_of=as_of, max_dates=max_dates,
                                       per_date=per_date)
        return [entry.to_json() for entry in entries]

    def brief(
        self, event_id: str, *, as_of: datetime | None = None, since: datetime | None = None
    ) -> JSON:
        """The event's brief, or with `since` what is new in it since then (up to `as_of`)."""
        if since is None:
            return build_brief(self.event_record(event_id, as_of=as_of)).to_json()
        return self.update(since, until=as_of, event_id=event_id)

    def update(
        self,
        since: datetime,
        *,
        until: datetime | None = None,
        event_id: str | None = None,
        story_id: str | None = None,
    ) -> JSON:
        """What is new since `since` (up to `until`) in one event, one story (its id or an
        event's) or the whole store: new facts first, then new sentences."""
        from storyline.reconcile.story import (
            build_events_update,
            resolve_story_id,
            story_events,
        )

        if event_id is not None:
            events = [self._live_row(event_id)]
        elif story_id is not None:
            events = story_events(self.store, resolve_story_id(self.store, story_id), until)
        else:
            events = self.store.list_events(reported_until=until)
        return build_events_update(self.store, events, since, until=until).to_json()

    def changes(
        self, since: datetime, *, until: datetime | None = None, event_id: str | None = None
    ) -> list[JSON]:
        """Every transition reported in (since, until], of one event with `event_id`."""
        if event_id is not None:
            event_id = self._live_row(event_id).id
        found = compute_changes(self.store, since, until=until, event_id=event_id)
        return [change.to_json() for change in found]

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
        """The decisions about one event (also one merged away since), or all."""
        if event_id is not None and self.store.get_event(event_id) is None:
            raise NotFoundError(f"event {event_id!r} is not in the store; list events to find ids")
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


def _query(filters: EventFilter, as_of: datetime | None) -> EventQuery:
    """The store's form of the events list's filters."""
    return EventQuery(
        filters.event_type, filters.place, filters.date_from, filters.date_to,
        filters.since, as_of, bounded_query(filters.q) if filters.q else None,
    )


def _json_text(value: JSON) -> str:
    """JSON text as the CLI prints it and the store keeps summaries (living.write_event_views)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


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
