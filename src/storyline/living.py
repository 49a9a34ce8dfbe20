"""The one loader of an event's record, and the record as rows in the store.

`load_event_record` is the only place that reads an event's articles and extractions and builds
its record (as of a time or now): the pipeline, the facade (CLI, web, API, exports) and the
alerts all go through it. `write_event_views` is what the pipeline runs for every event a batch
or a correction touched, inside that transaction: the generated title, the cached summary and
record, and the living-record rows (`fact_versions`, `event_summaries`; see
docs/living-record.md), so that the rows never disagree with the articles they come from.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime

from storyline import __version__
from storyline.cluster.parts import counts_for_event, parts_of
from storyline.reconcile import EventRecord, build_event_record, record_cache_json
from storyline.reconcile.facts import as_utc
from storyline.reconcile.rules import HOLD_STEPS, CategoryView, HistoryItem
from storyline.records import COUNT_CATEGORIES, ArticlePart, CountMention, Extraction
from storyline.store import EventRow, Store
from storyline.store.living import FactRow, SummaryRow
from storyline.store.summary_keys import place_keys

# Steps after which the step's figure is the category's current value; the others (a figure
# disputed, held unconfirmed or retracted) leave the current value where it was.


def load_event_record(
    store: Store, event: EventRow, *, as_of: datetime | None = None
) -> EventRecord:
    """The record of `event` from its stored reports (only those known at `as_of`)."""
    record, _ = _load(store, event, as_of)
    return record


def _load(
    store: Store, event: EventRow, as_of: datetime | None
) -> tuple[EventRecord, Mapping[str, Extraction]]:
    if as_of is None:
        ids = [m.article_id for m in store.event_memberships(event.id)]
    else:
        # Only the reports known then are read and decoded: as of the third day of a story
        # with 1,000 reports, a quarter of them (the lean listing has their report times).
        moment = as_utc(as_of)
        ids = [r.article_id for r in store.event_reports(event.id)
               if as_utc(r.published or r.ingested_at) <= moment]
    articles = store.get_articles(ids)
    extractions = dict(store.get_extractions([stored.article.id for stored in articles]))
    for article_id, parts in parts_of(store, list(extractions)).items():
        # A round-up ("weekend shootings across the city") reports this event in one part
        # only: its other parts' figures and claims belong to other events or to none.
        extractions[article_id] = _within_parts(extractions[article_id], parts, event.id)
    return build_event_record(event, articles, extractions, as_of=as_of), extractions


def _within_parts(extraction: Extraction, parts: Sequence[ArticlePart],
                  event_id: str) -> Extraction:
    """The extraction of a round-up as far as it reports `event_id`: the counts and claims of
    the parts linked to it (totals re-read from those counts by the record's fallback)."""
    mine = {id(m) for m in counts_for_event(parts, extraction.counts, event_id)}
    if len(mine) == len(extraction.counts):
        return extraction
    new_index: dict[int, int] = {}
    kept: list[CountMention] = []
    for index, mention in enumerate(extraction.counts):
        parent_kept = mention.part_of is None or mention.part_of in new_index
        if id(mention) in mine and parent_kept:
            new_index[index] = len(kept)
            kept.append(mention)
    counts = tuple(
        dataclasses.replace(m, part_of=new_index[m.part_of]) if m.part_of is not None else m
        for m in kept)
    spans = [(part.start, part.end) for part in parts if part.event_id == event_id]
    claims = tuple(c for c in extraction.claims if any(a <= c.start < b for a, b in spans))
    return dataclasses.replace(extraction, counts=counts, claims=claims, totals={})


def write_event_views(store: Store, event_id: str) -> EventRecord | None:
    """Re-derive and store an event's views from its articles (inside a transaction): its
    generated title, cached summary and record, summary row and fact rows. An event without
    articles (merged away, emptied by a split) loses its rows. Returns the record."""
    event = store.get_event(event_id)
    if event is None:
        return None
    record, extractions = _load(store, event, None)
    if not record.articles:
        store.put_living_rows(event_id, None, ())
        return None
    if record.headline != event.title:  # the row keeps the headline; the record generates titles
        store.update_event(event_id, title=record.headline)
        # Only the event row changed: the reports and their extractions are the ones just read.
        record = dataclasses.replace(record, event=store.get_event(event_id) or event)
    summary_json = json.dumps(record.to_summary_json(), ensure_ascii=False, sort_keys=True)
    store.put_event_summary(event_id, summary_json)
    store.put_event_record(event_id, record_cache_json(record))
    summary, facts = record_rows(record, extractions)
    store.put_living_rows(event_id, summary, facts)
    return record


def record_rows(
    record: EventRecord, extractions: Mapping[str, Extraction]
) -> tuple[SummaryRow, list[FactRow]]:
    """The summary row and fact rows of a record derived without as-of."""
    placed: list[tuple[HistoryItem, tuple[datetime, datetime | None] | None]] = []
    for category in sorted(record.categories):
        placed += _with_spells(record.categories[category])
    placed.sort(key=lambda p: (p[0].fact.reported, p[0].fact.article_id, p[0].fact.category,
                               p[0].fact.start))
    facts = [_fact_row(record.id, seq, item, spell, extractions)
             for seq, (item, spell) in enumerate(placed)]
    return summary_row(record, extractions), facts


def summary_row(record: EventRecord, extractions: Mapping[str, Extraction]) -> SummaryRow:
    current = tuple(
        (category, view.current.fact.value)
        for category in COUNT_CATEGORIES  # the order of the table's columns
        if (view := record.categories.get(category)) is not None and view.current is not None
    )
    labels = "; ".join(
        f"{category} {view.current.fact.label()}"
        for category, view in sorted(record.categories.items())
        if view.current is not None
    )
    places = "; ".join(
        f"{p.place.name} ({p.place.country})" if p.place.country else p.place.name
        for p in record.places
    )
    date = record.event_date.date if record.event_date else None
    return SummaryRow(
        event_id=record.id,
        title=record.title,
        story_id=record.event.story_id,
        event_type=record.event_type,
        event_date=date.value if date else None,
        date_precision=date.precision if date else None,
        places=places,
        place_keys=place_keys(
            name for p in record.places for name in (p.place.name, p.place.country or "")),
        current=current,
        counts=labels,
        first_reported=record.first_reported,
        last_reported=record.last_reported,
        article_count=len(record.articles),
        derived_by=derived_by(extractions.values()),
    )


def derived_by(extractions: Iterable[Extraction]) -> str:
    """"storyline 0.9.0; extractor x.y": the code that derived a row (several extractor
    versions are listed when the event's articles were extracted by different ones)."""
    versions = sorted({extraction.extractor for extraction in extractions})
    return f"storyline {__version__}; extractor {', '.join(versions) or 'none'}"


def _spells(view: CategoryView) -> dict[int, tuple[datetime, datetime | None]]:
    """{id of a fact version: (current_from, current_to)} from the category's steps: a figure
    is current from the step that made it so until the next such step (or still)."""
    changes = [step for step in view.steps if step.kind not in HOLD_STEPS]
    spells: dict[int, tuple[datetime, datetime | None]] = {}
    for index, step in enumerate(changes):
        until = changes[index + 1].at if index + 1 < len(changes) else None
        key = id(step.new)
        if key in spells and spells[key][1] == step.at:
            spells[key] = (spells[key][0], until)  # the same figure again: one spell
        elif until is None or until > step.at:  # a spell of no time was never seen current
            spells[key] = (step.at, until)
    return spells


def _with_spells(
    view: CategoryView,
) -> list[tuple[HistoryItem, tuple[datetime, datetime | None] | None]]:
    """The category's history items, each with its spell as the current value (or None)."""
    spells = _spells(view)
    by_value = {(f.article_id, f.value, f.evidence): key
                for key, f in ((id(s.new), s.new) for s in view.steps)}
    placed = []
    for item in view.history:
        fact = item.fact
        key = id(fact) if id(fact) in spells else by_value.get(
            (fact.article_id, fact.value, fact.evidence))
        spell = spells.get(key) if key is not None else None
        placed.append((item, spell))
        if key is not None and spell is not None:
            del spells[key]  # one row carries a spell
    return placed


def _fact_row(
    event_id: str,
    seq: int,
    item: HistoryItem,
    spell: tuple[datetime, datetime | None] | None,
    extractions: Mapping[str, Extraction],
) -> FactRow:
    fact = item.fact
    extraction = extractions.get(fact.article_id)
    return FactRow(
        event_id=event_id, seq=seq, category=fact.category, value=fact.value,
        qualifier=fact.qualifier, low=fact.low, high=fact.high, trend=fact.trend,
        label=fact.label(), source=fact.source, attribution=fact.attribution,
        source_type=fact.source_type, authority_kind=fact.authority_kind,
        reported=fact.reported, event_time=fact.event_time, evidence=fact.evidence,
        evidence_start=fact.start if fact.start >= 0 else None,
        evidence_end=fact.end if fact.end >= 0 else None, article_id=fact.article_id,
        extractor=extraction.extractor if extraction else None, revision=fact.revision,
        independent=fact.independent, duplicate_of=fact.duplicate_of, status=item.status,
        standing=item.standing, rule=_rule(item), note=item.note,
        current_from=spell[0] if spell else None, current_to=spell[1] if spell else None,
    )


def _rule(item: HistoryItem) -> str | None:
    return str(item.rule) if item.rule else None

