"""The living record of one event: derived, never stored, from its reports and their facts.

`build_event_record` is pure: it reads the event row, its stored articles and their extractions
and returns a frozen `EventRecord`. With `as_of`, only reports known at that time are used (a
report is known from its publication time; one without a publication time from the moment it was
ingested), so every read can be asked what was known at time T.
"""

from __future__ import annotations

import dataclasses
import json
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from typing import Any

from storyline import __version__
from storyline.cluster.compat import type_family
from storyline.cluster.titles import choose_title
from storyline.reconcile.brief import Brief, build_brief
from storyline.reconcile.claims import ClaimRecord, collect_claims
from storyline.reconcile.facts import FactVersion, as_utc, collect_facts, report_time
from storyline.reconcile.resolve import (
    ResolvedDate,
    ResolvedPlace,
    independent_extractions,
    resolve_event_date,
    resolve_event_type,
    resolve_places,
    resolve_target,
)
from storyline.reconcile.rules import (
    GUARD_SUPPORT,
    CategoryView,
    CurrentValue,
    Disagreement,
    EventSignature,
    HistoryItem,
    Step,
    resolve_category,
)
from storyline.reconcile.timeline import TimelineEntry, derive_timeline
from storyline.reconcile.title import event_title, summary_line
from storyline.reconcile.wounds import move_dead_from_shot
from storyline.records import Extraction
from storyline.store.base import EventRow, StoredArticle


def iso(moment: datetime | None) -> str | None:
    return moment.isoformat().replace("+00:00", "Z") if moment else None


@dataclass(frozen=True)
class EventRecord:
    """What is known about one event (as of `as_of`), with the reasons and the reports."""

    event: EventRow
    as_of: datetime | None
    articles: tuple[StoredArticle, ...]  # known at as_of, in reporting order
    event_type: str
    event_type_why: str
    target: str | None  # whom the attack was against (`resolve_target`)
    event_date: ResolvedDate | None
    places: tuple[ResolvedPlace, ...]
    categories: Mapping[str, CategoryView]
    claims: tuple[ClaimRecord, ...]

    @property
    def id(self) -> str:
        return self.event.id

    @cached_property
    def timeline(self) -> tuple[TimelineEntry, ...]:
        """Derived on first use: listing events needs only the summary, not the timeline."""
        return tuple(derive_timeline(self))

    @cached_property
    def headline(self) -> str:
        """The most central headline among the reports known at `as_of` (never a later one)."""
        return choose_title([s.article for s in self.articles]) or self.event.title

    @cached_property
    def title(self) -> str:
        """Generated from the (as-of) state: type, place, date and current figures."""
        place = self.places[0].place.name if self.places else None
        day = self.event_date.date.value if self.event_date else None
        return event_title(self.event_type, place, day, self.categories, self.headline)

    @cached_property
    def summary_line(self) -> str:
        sources = {s.article.source or "unknown" for s in self.articles}
        day = self.event_date.date.value if self.event_date else None
        return summary_line(self.event_type, [p.place.name for p in self.places], day,
                            self.categories, len(self.articles), len(sources))

    @cached_property
    def steps(self) -> tuple[Step, ...]:
        """Every transition of every category, in report-time order."""
        return tuple(sorted((step for view in self.categories.values() for step in view.steps),
                            key=lambda step: (step.at, step.category)))

    @property
    def article_ids(self) -> list[str]:
        return [s.article.id for s in self.articles]

    @property
    def first_reported(self) -> datetime | None:
        return report_time(self.articles[0]) if self.articles else None

    @property
    def last_reported(self) -> datetime | None:
        return max(report_time(s) for s in self.articles) if self.articles else None

    def current(self, category: str) -> CurrentValue | None:
        view = self.categories.get(category)
        return view.current if view else None

    def brief(self, max_sentences: int = 5) -> Brief:
        return build_brief(self, max_sentences)

    def to_summary_json(self) -> dict[str, Any]:
        """The `events --json` object: identity, resolved attributes and current values."""
        return {
            "id": self.event.id,
            "title": self.title,
            "headline": self.headline,
            "summary": self.summary_line,
            "story_id": self.event.story_id,
            "event_type": self.event_type,
            "target": self.target,
            "event_date": _date_json(self.event_date),
            "places": [_place_json(p) for p in self.places],
            "article_ids": self.article_ids,
            "article_count": len(self.articles),
            "first_reported": iso(self.first_reported),
            "last_reported": iso(self.last_reported),
            "facts": {
                category: current_json(view.current)
                for category, view in sorted(self.categories.items())
                if view.current is not None
            },
            "as_of": iso(self.as_of),
            # What the events list draws beside each event, so it needs no article reads.
            "activity": activity_json(self.articles),
            "sources": sources_json(self.articles),
        }

    def to_json(self) -> dict[str, Any]:
        """The `event ID --json` object."""
        data = self.to_summary_json()
        data["facts"] = {
            category: category_json(view) for category, view in sorted(self.categories.items())
        }
        data["claims"] = [claim.to_json() for claim in self.claims]
        data["steps"] = [step_json(step) for step in self.steps]
        data["timeline"] = [entry.to_json() for entry in self.timeline]
        data["brief"] = self.brief().to_json()
        data["sources"] = sources_json(self.articles)
        data["why"] = {
            "event_type": self.event_type_why,
            "event_date": self.event_date.why if self.event_date else "no report gives a date",
            "places": "places named by the most independent reports first",
        }
        data["disagreements"] = [
            disagreement_json(d) for view in self.categories.values() for d in view.disagreements
        ]
        return data


def build_event_record(
    event: EventRow,
    articles: Sequence[StoredArticle],
    extractions: Mapping[str, Extraction],
    *,
    as_of: datetime | None = None,
) -> EventRecord:
    """Derive the living record of `event` from its reports (only those known at `as_of`)."""
    as_of = as_utc(as_of) if as_of is not None else None
    known = sorted(
        (s for s in articles if as_of is None or report_time(s) <= as_of),
        key=lambda s: (report_time(s), s.article.id),
    )
    known_extractions = {s.article.id: extractions[s.article.id]
                         for s in known if s.article.id in extractions}
    pairs = independent_extractions(known, known_extractions)
    event_type, type_why = resolve_event_type(pairs)
    event_date = resolve_event_date(pairs)
    places = tuple(resolve_places(pairs))
    families = [type_family(e.event_type) for _, e in pairs]
    typed = Counter(f for f in families if f is not None)
    signature = EventSignature(
        event_type,
        family_reports=sum(1 for f in families if f is not None and f == type_family(event_type)),
        typed_reports=sum(1 for f in families if f is not None),
        cities=_signature_cities(places),
        reports_family=min(typed, key=lambda f: (-typed[f], f)) if typed else None,
    )
    return EventRecord(
        event=event,
        as_of=as_of,
        articles=tuple(known),
        event_type=event_type,
        event_type_why=type_why,
        target=resolve_target(pairs),
        event_date=event_date,
        places=places,
        categories=_category_views(known, known_extractions, signature),
        claims=tuple(collect_claims(known, known_extractions)),
    )


def _signature_cities(places: Sequence[ResolvedPlace]) -> tuple[tuple[str, float, float], ...]:
    """The event's main located settlements: named by at least GUARD_SUPPORT reports and by at
    least half as many as the most named one, so that a wrongly joined report's own town does
    not become the event's."""
    located = [(p.place.name, p.place.lat, p.place.lon, len(p.article_ids)) for p in places
               if p.place.kind in ("city", "venue")]
    supported = [(name, lat, lon, n) for name, lat, lon, n in located
                 if lat is not None and lon is not None and n >= GUARD_SUPPORT]
    if not supported:
        return ()
    top = max(n for *_, n in supported)
    return tuple((name, lat, lon) for name, lat, lon, n in supported if 2 * n >= top)


def _category_views(
    articles: Sequence[StoredArticle], extractions: Mapping[str, Extraction],
    signature: EventSignature,
) -> dict[str, CategoryView]:
    facts = collect_facts(articles, extractions)
    views = {}
    for category, versions in facts.items():
        view = resolve_category(category, versions, _retracted(articles, facts, category),
                                signature)
        scope = tuple(_scope_notes(articles, extractions, category))
        views[category] = dataclasses.replace(view, disagreements=view.disagreements + scope)
    # A follow-up's type ("arrest", no family) does not say what happened: the family its
    # typed reports share does ("Teen charged in shooting death" after "teen shot").
    return move_dead_from_shot(views, signature.family or signature.reports_family)


def _retracted(
    articles: Sequence[StoredArticle], facts: Mapping[str, list[FactVersion]], category: str
) -> set[str]:
    """Reports whose figure for `category` is gone from their re-published revision."""
    reporting = {f.article_id for f in facts.get(category, [])}
    return {
        s.verdict.original_id
        for s in articles
        if s.verdict.kind == "revision" and s.verdict.original_id in reporting
        and s.article.id not in reporting
    }


def _scope_notes(
    articles: Sequence[StoredArticle], extractions: Mapping[str, Extraction], category: str
) -> list[Disagreement]:
    """Nested counts ("11 detained, including four directly involved") differ in scope only."""
    notes = []
    for stored in articles:
        extraction = extractions.get(stored.article.id)
        if extraction is None or stored.verdict.kind == "near_duplicate":
            continue
        for mention in extraction.counts:
            if mention.category != category or mention.part_of is None or mention.other_event:
                continue
            outer = extraction.counts[mention.part_of]
            notes.append(Disagreement(
                "scope", category, (stored.article.id,), (str(outer.value), str(mention.value)),
                report_time(stored),
                f"{mention.value} ({mention.detail or 'a subset'}) is part of {outer.value}, "
                f"not a competing figure: {mention.evidence}"))
    return notes


def figure_json(fact: FactVersion) -> dict[str, Any]:
    """A figure as every view shows it: value, hedge, bounds, trend and who gave it."""
    return {
        "value": fact.value,
        "qualifier": fact.qualifier,
        "low": fact.low,
        "high": fact.high,
        "trend": fact.trend,
        "label": fact.label(),
        "source": fact.source,
        "source_type": fact.source_type,
        "authority": fact.authority_kind,
        "attribution": fact.attribution,
    }


def current_json(current: CurrentValue | None) -> dict[str, Any] | None:
    if current is None:
        return None
    return {
        **figure_json(current.fact),
        "as_of": iso(current.fact.reported),
        "article_ids": list(current.article_ids),
        "independent_reports": current.independent_reports,
        "rule": current.rule,
        "why": current.why,
    }


def history_json(item: HistoryItem) -> dict[str, Any]:
    fact = item.fact
    return {
        **figure_json(fact),
        "reported": iso(fact.reported),
        "event_time": fact.event_time.isoformat() if fact.event_time else None,
        "article_id": fact.article_id,
        "evidence": fact.evidence,
        "status": item.status,
        "standing": item.standing,
        "rule": item.rule,
        "note": item.note,
        "revision": fact.revision,
        "independent": fact.independent,
        "duplicate_of": fact.duplicate_of,
    }


def disagreement_json(d: Disagreement) -> dict[str, Any]:
    return {"kind": d.kind, "category": d.category, "article_ids": list(d.article_ids),
            "values": list(d.values), "reported": iso(d.reported), "text": d.text,
            "rule": d.rule}


def step_json(step: Step) -> dict[str, Any]:
    old = step.old
    return {"category": step.category, "at": iso(step.at), "kind": step.kind,
            "old": old.label() if old else None, "old_value": old.value if old else None,
            "new": step.new.label(), "new_value": step.new.value,
            "article_id": step.new.article_id, "source": step.new.source,
            "authority": step.new.authority_kind, "rule": step.rule, "why": step.why}


def category_json(view: CategoryView) -> dict[str, Any]:
    return {
        "current": current_json(view.current),
        "history": [history_json(item) for item in view.history],
        "disagreements": [disagreement_json(d) for d in view.disagreements],
    }


def sources_json(articles: Sequence[StoredArticle]) -> list[dict[str, Any]]:
    total = Counter(s.article.source or "unknown" for s in articles)
    copies = Counter(s.article.source or "unknown" for s in articles
                     if s.verdict.kind == "near_duplicate")
    return [{"source": name, "articles": n, "independent": n - copies[name]}
            for name, n in total.most_common()]


def activity_json(articles: Sequence[StoredArticle]) -> list[list[Any]]:
    """Reports per day of publication (of ingestion when undated): [[YYYY-MM-DD, count], ...]."""
    days = Counter((s.article.published or s.ingested_at).date() for s in articles)
    return [[day.isoformat(), count] for day, count in sorted(days.items())]


# The store caches `to_json()` of the record without as-of (Store.put_event_record). The tag
# names the code that derived it, so that an upgrade re-derives rather than serve an old view.
RECORD_CACHE_TAG = f"storyline {__version__} record 31"


def record_cache_json(record: EventRecord) -> str:
    """The cached form of a record's `to_json()` (only for records without as-of)."""
    return json.dumps({"tag": RECORD_CACHE_TAG, "event": record.to_json()},
                      ensure_ascii=False, separators=(",", ":"))


def read_record_cache(text: str | None) -> dict[str, Any] | None:
    """The `event ID --json` object of a cached record, or None when absent or from other code."""
    if not text:
        return None
    cached = json.loads(text)
    if not isinstance(cached, dict) or cached.get("tag") != RECORD_CACHE_TAG:
        return None
    event = cached.get("event")
    return event if isinstance(event, dict) else None


def _date_json(resolved: ResolvedDate | None) -> dict[str, Any] | None:
    if resolved is None:
        return None
    return {"value": resolved.date.value.isoformat(), "text": resolved.date.text,
            "precision": resolved.date.precision, "article_id": resolved.article_id,
            "article_ids": list(resolved.supporting), "why": resolved.why}


def _place_json(resolved: ResolvedPlace) -> dict[str, Any]:
    place = resolved.place
    return {"name": place.name, "kind": place.kind, "country": place.country,
            "lat": place.lat, "lon": place.lon, "article_ids": list(resolved.article_ids)}
