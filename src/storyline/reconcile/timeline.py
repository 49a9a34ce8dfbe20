"""The event's own timeline: its dated developments, each once however many reports carry it.

Entries, each with the time, outlet and evidence sentence of the report that first carried it:
- `event`: the first report (the lead of the earliest independent report), at the event date;
- `count` / `arrest`: every step of a count (`EventRecord.steps`: first report, rise, fall,
  correction, a more authoritative figure, disputed, ...; `change` names which), `arrest` for
  the arrested category;
- `claim`: every new responsibility claim, denial or accusation;
- `place`: every place first named by a later report (a second site, where victims were taken);
- `report`: the lead of a later independent report that says something the timeline lacks.

A development is filed under the day it happened, which is not always the day it was printed nor
the event's day: "officials revised the toll down to 14 on Wednesday" in Thursday's paper is a
development of Wednesday, and "the toll from Monday's crash rose to 15" in Tuesday's paper is one
of Tuesday. So the day is the latest date its evidence sentence states that falls after the event
day and no later than the report (`date_basis` "stated"), else the report's day ("reported").
An entry whose text overlaps an earlier entry of the same date is merged into it (citations
joined), and the same sentence is never filed under two dates.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from storyline.extract.sentences import sentence_at, sentences_of
from storyline.extract.timex import find_date_expressions, normalize_date_expression
from storyline.reconcile.facts import report_time
from storyline.reconcile.rules import Step
from storyline.reconcile.text import (
    RedundancyIndex,
    overlap,
    readable,
    token_frequency,
)
from storyline.store.base import StoredArticle

if TYPE_CHECKING:
    from storyline.reconcile.record import EventRecord

REDUNDANT_OVERLAP = 0.7
LEADS_PER_DAY = 2
_KIND_ORDER = {"event": 0, "count": 1, "arrest": 2, "claim": 3, "place": 4, "report": 5}
# A retraction's figure is the one withdrawn: its sentence states it, not its withdrawal.
_UNDATED_STEPS = frozenset({"retracted"})
_DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# "Monday's crash", "the crash of March 2": a date naming the event, not the development.
_POSSESSIVE = re.compile(r"^['’]s\b")


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    date: date
    text: str
    article_ids: tuple[str, ...]
    event_id: str | None = None
    kind: str = "report"  # event | count | arrest | claim | place | report | digest
    time: datetime | None = None  # when the first report carrying it was published
    source: str | None = None  # its outlet
    evidence: str | None = None  # the exact phrase behind the entry (a figure, a claim, a place)
    category: str | None = None  # count category of a count or arrest entry
    value: str | None = None  # the figure as a phrase ("at least 14")
    change: str | None = None  # the step's kind: first_report | rise | fall | correction | ...
    date_basis: str | None = None  # event_date | stated | reported: where `date` comes from

    def to_json(self) -> dict[str, Any]:
        return {
            "date": self.date.isoformat(),
            "text": self.text,
            "article_ids": list(self.article_ids),
            "event_id": self.event_id,
            "kind": self.kind,
            "time": self.time.isoformat().replace("+00:00", "Z") if self.time else None,
            "source": self.source,
            "evidence": self.evidence,
            "category": self.category,
            "value": self.value,
            "change": self.change,
            "date_basis": self.date_basis,
        }


def lead_sentence(stored: StoredArticle) -> str:
    """The first sentence of the body with some substance (skips datelines and bylines)."""
    for sentence in sentences_of(stored.article.text)[:4]:
        if len(sentence.text.split()) >= 6:
            return readable(sentence.text)
    return readable(stored.article.title or stored.article.text[:200])


def evidence_sentence(stored: StoredArticle, start: int, end: int, fallback: str) -> str:
    sentence = sentence_at(stored.article.text, start, end)
    return readable(sentence.text) if sentence else fallback


def stated_days(sentence: str, published: date) -> list[date]:
    """The days the sentence's date expressions resolve to (read against its publication day),
    leaving out possessive ones ("Monday's attack"), which name the event rather than a step."""
    days = []
    for expression in find_date_expressions(sentence):
        if _POSSESSIVE.match(sentence[expression.end:]):
            continue
        value = normalize_date_expression(expression.text, published, context=sentence)
        if value and _DAY_VALUE.match(value):
            try:
                days.append(date.fromisoformat(value))
            except ValueError:
                continue
    return days


def development_day(sentence: str, reported: date, event_day: date | None) -> tuple[date, str]:
    """The day a development happened: the latest day its sentence states after the event day
    and not after the report, else the report's day (see the module docstring)."""
    stated = [d for d in stated_days(sentence, reported)
              if d <= reported and (event_day is None or d > event_day)]
    return (max(stated), "stated") if stated else (reported, "reported")


def build_timeline(record: EventRecord) -> list[TimelineEntry]:
    """The event's timeline as derived for the record (as of the record's `as_of`)."""
    return list(record.timeline)


def derive_timeline(record: EventRecord) -> list[TimelineEntry]:
    by_id = {s.article.id: s for s in record.articles}
    independent = [s for s in record.articles if s.verdict.kind != "near_duplicate"]
    if not independent:
        return []
    first = independent[0]
    event_day = record.event_date.date.value if record.event_date else None
    opening = event_day or report_time(first).date()
    entries = [TimelineEntry(opening, lead_sentence(first), (first.article.id,), None, "event",
                             report_time(first), first.article.source,
                             date_basis="event_date" if event_day else "reported")]
    for view in record.categories.values():
        carriers_of = _carriers_by_value(view.history)
        for step in view.steps:
            if step.kind not in _UNDATED_STEPS:
                entries.append(_count_entry(step, by_id, carriers_of, event_day))
    for claim in record.claims:
        entries.append(_claim_entry(claim.reports[0], claim.article_ids, by_id, event_day))
    entries.extend(_place_entries(record, first, opening, event_day))
    entries.extend(_report_entries(independent[1:], entries, event_day))
    return _merge(entries, record.event.id)


def _dated(stored: StoredArticle, text: str, event_day: date | None) -> tuple[date, str]:
    return development_day(text, report_time(stored).date(), event_day)


def _carriers_by_value(history: Sequence[Any]) -> dict[int, list[tuple[datetime, str]]]:
    """Per value, the (report time, article id) of every report carrying it, in time order
    (lagged and retracted figures carry nothing): one pass instead of one per step."""
    carriers: dict[int, list[tuple[datetime, str]]] = {}
    for item in history:
        if item.status not in ("lagged", "retracted"):
            carriers.setdefault(item.fact.value, []).append(
                (item.fact.reported, item.fact.article_id))
    for reports in carriers.values():
        reports.sort()
    return carriers


def _count_entry(step: Step, by_id: dict[str, StoredArticle],
                 carriers_of: dict[int, list[tuple[datetime, str]]],
                 event_day: date | None) -> TimelineEntry:
    """A step of a count (`change` is its kind: first_report, rise, fall, correction, ...)
    at the sentence of the report behind it, cited with every later report of the figure."""
    fact = step.new
    stored = by_id[fact.article_id]
    text = evidence_sentence(stored, fact.start, fact.end, fact.evidence)
    reports = carriers_of.get(fact.value, [])
    later = bisect_left(reports, (fact.reported, ""))
    carriers = tuple(dict.fromkeys(article_id for _, article_id in reports[later:]))
    day, basis = _dated(stored, text, event_day)
    kind = "arrest" if fact.category == "arrested" else "count"
    return TimelineEntry(day, text, carriers or (fact.article_id,), None, kind, fact.reported,
                         fact.source, fact.evidence, fact.category, fact.label(), step.kind,
                         basis)


def _claim_entry(report: Any, article_ids: tuple[str, ...], by_id: dict[str, StoredArticle],
                 event_day: date | None) -> TimelineEntry:
    stored = by_id[report.article_id]
    text = evidence_sentence(stored, report.start, report.end, report.evidence)
    day, basis = _dated(stored, text, event_day)
    return TimelineEntry(day, text, article_ids, None, "claim", report.reported,
                         stored.article.source, report.evidence, date_basis=basis)


def _place_entries(record: EventRecord, first: StoredArticle, opening: date,
                   event_day: date | None) -> list[TimelineEntry]:
    """Each resolved place at the sentence of the first report that names it; the first
    report's places are where the event happened, so they are filed at the event's day."""
    entries = []
    for resolved in record.places:
        name = resolved.place.name
        naming = next((s for s in record.articles if s.article.id in resolved.article_ids
                       and s.verdict.kind != "near_duplicate"
                       and name.casefold() in s.article.text.casefold()), None)
        if naming is None:
            continue
        start = naming.article.text.casefold().index(name.casefold())
        text = evidence_sentence(naming, start, start + len(name), name)
        if naming is first:
            day, basis = opening, "event_date" if event_day else "reported"
        else:
            day, basis = _dated(naming, text, event_day)
        # the entry shows the naming report's sentence: it cites that report, not every
        # report that names the place later
        entries.append(TimelineEntry(day, text, (naming.article.id,), None, "place",
                                     report_time(naming), naming.article.source, name,
                                     date_basis=basis))
    return entries


def _report_entries(reports: Sequence[StoredArticle], existing: Sequence[TimelineEntry],
                    event_day: date | None) -> list[TimelineEntry]:
    """Leads of later reports that add something new, at most LEADS_PER_DAY per day."""
    leads = [lead_sentence(stored) for stored in reports]
    known = RedundancyIndex(REDUNDANT_OVERLAP,
                            token_frequency([*leads, *(e.text for e in existing)]))
    for entry in existing:
        known.add(entry.text)
    per_day: dict[date, int] = {}
    added = []
    for stored, lead in zip(reports, leads, strict=True):
        day, basis = _dated(stored, lead, event_day)
        if per_day.get(day, 0) >= LEADS_PER_DAY or known.redundant(lead):
            continue
        per_day[day] = per_day.get(day, 0) + 1
        known.add(lead)
        added.append(TimelineEntry(day, lead, (stored.article.id,), None, "report",
                                   report_time(stored), stored.article.source,
                                   date_basis=basis))
    return added


def _merge(entries: Sequence[TimelineEntry], event_id: str) -> list[TimelineEntry]:
    """One entry per development: same-day entries with overlapping text are merged, and a
    sentence already filed under an earlier day is not filed again."""
    ordered = sorted(entries, key=lambda e: (e.date, _KIND_ORDER.get(e.kind, 9)))
    merged: list[TimelineEntry] = []
    by_text: dict[str, int] = {}
    by_day: dict[date, list[int]] = {}
    for entry in ordered:
        position = by_text.get(entry.text)
        if position is None:
            position = next((i for i in by_day.get(entry.date, ())
                             if overlap(merged[i].text, entry.text) >= REDUNDANT_OVERLAP), None)
        if position is None:
            by_text[entry.text] = len(merged)
            by_day.setdefault(entry.date, []).append(len(merged))
            merged.append(replace(entry, event_id=event_id))
            continue
        twin = merged[position]
        merged[position] = replace(
            twin, article_ids=tuple(dict.fromkeys(twin.article_ids + entry.article_ids)))
    return merged
