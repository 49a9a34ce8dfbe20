"""The dated developments of one event, each once however many reports carry it.

Entries come from three places, each with the sentence of the report that first carried it:
- the event itself (its resolved date, the lead of the earliest report);
- every change of a current count (a new toll, a revision, new arrests), dated by the report;
- every new responsibility claim, denial or accusation, dated by its first report;
- other developments: the lead sentence of each later independent report that says something the
  timeline does not have yet (official statements, key actions).
An entry whose text overlaps an earlier entry of the same date is merged into it (citations joined).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from storyline.reconcile.facts import FactVersion, report_time
from storyline.reconcile.text import overlap, readable, sentence_at, split_sentences
from storyline.store.base import StoredArticle

if TYPE_CHECKING:
    from storyline.reconcile.record import EventRecord

REDUNDANT_OVERLAP = 0.7
LEADS_PER_DAY = 2
_KIND_ORDER = {"event": 0, "count": 1, "claim": 2, "report": 3}


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    date: date
    text: str
    article_ids: tuple[str, ...]
    event_id: str | None = None
    kind: str = "report"  # event | count | claim | report

    def to_json(self) -> dict[str, Any]:
        return {
            "date": self.date.isoformat(),
            "text": self.text,
            "article_ids": list(self.article_ids),
            "event_id": self.event_id,
            "kind": self.kind,
        }


def lead_sentence(stored: StoredArticle) -> str:
    """The first sentence of the body with some substance (skips datelines and bylines)."""
    for sentence in split_sentences(stored.article.text)[:4]:
        if len(sentence.text.split()) >= 6:
            return readable(sentence.text)
    return readable(stored.article.title or stored.article.text[:200])


def evidence_sentence(stored: StoredArticle, start: int, end: int, fallback: str) -> str:
    sentence = sentence_at(stored.article.text, start, end)
    return readable(sentence.text) if sentence else fallback


def build_timeline(record: EventRecord) -> list[TimelineEntry]:
    """The event's timeline as derived for the record (as of the record's `as_of`)."""
    return list(record.timeline)


def derive_timeline(record: EventRecord) -> list[TimelineEntry]:
    by_id = {s.article.id: s for s in record.articles}
    entries: list[TimelineEntry] = []
    independent = [s for s in record.articles if s.verdict.kind != "near_duplicate"]
    if independent:
        first = independent[0]
        when = record.event_date.date.value if record.event_date else report_time(first).date()
        lead = lead_sentence(first)
        entries.append(TimelineEntry(when, lead, (first.article.id,), None, "event"))
    for view in record.categories.values():
        for fact, _rule in view.succession:
            entries.append(_count_entry(fact, by_id, view.history))
    for claim in record.claims:
        first_report = claim.reports[0]
        stored = by_id[first_report.article_id]
        text = evidence_sentence(stored, first_report.start, first_report.end,
                                 first_report.evidence)
        entries.append(TimelineEntry(first_report.reported.date(), text, claim.article_ids,
                                     None, "claim"))
    entries.extend(_report_entries(independent[1:], entries))
    return _merge(entries, record.event.id)


def _count_entry(fact: FactVersion, by_id: dict[str, StoredArticle], history: Sequence[Any]
                 ) -> TimelineEntry:
    stored = by_id[fact.article_id]
    text = evidence_sentence(stored, fact.start, fact.end, fact.evidence)
    carriers = tuple(dict.fromkeys(
        item.fact.article_id for item in history
        if item.fact.value == fact.value and item.fact.reported >= fact.reported
        and item.status not in ("lagged", "retracted")
    ))
    return TimelineEntry(fact.reported.date(), text, carriers or (fact.article_id,), None, "count")


def _report_entries(reports: Sequence[StoredArticle], existing: Sequence[TimelineEntry]
                    ) -> list[TimelineEntry]:
    """Leads of later reports that add something new, at most LEADS_PER_DAY per day."""
    known = [e.text for e in existing]
    per_day: dict[date, int] = {}
    added = []
    for stored in reports:
        lead = lead_sentence(stored)
        day = report_time(stored).date()
        if any(overlap(lead, text) >= REDUNDANT_OVERLAP for text in known):
            continue
        if per_day.get(day, 0) >= LEADS_PER_DAY:
            continue
        per_day[day] = per_day.get(day, 0) + 1
        known.append(lead)
        added.append(TimelineEntry(day, lead, (stored.article.id,), None, "report"))
    return added


def _merge(entries: Sequence[TimelineEntry], event_id: str) -> list[TimelineEntry]:
    """One entry per development: same-day entries with overlapping text are merged."""
    ordered = sorted(entries, key=lambda e: (e.date, _KIND_ORDER.get(e.kind, 9)))
    merged: list[TimelineEntry] = []
    for entry in ordered:
        twin = next((m for m in merged if m.date == entry.date and
                     (m.text == entry.text or overlap(m.text, entry.text) >= REDUNDANT_OVERLAP)),
                    None)
        if twin is None:
            merged.append(replace(entry, event_id=event_id))
            continue
        ids = tuple(dict.fromkeys(twin.article_ids + entry.article_ids))
        merged[merged.index(twin)] = replace(twin, article_ids=ids)
    return merged
