"""What changed: every transition of the living record, one change detector for every reader.

An event's story is read as a list of transitions (`event_story`): the event as first reported
(`new_event`), then each step of each count category from the record's rule walk (a rise, a fall,
a correction, an authority override, a figure disputed, held unconfirmed, confirmed or
retracted), each new claim or denial, each place first named, in report-time order. Nothing is
collapsed: a rise then a revision after T are two changes, each with its time, source, reports,
old and new value and the rule that decided it.

Two selections read that one list (the CLI, the API, the pages, the Atom feed and the alerts all
call one of them):
- by time (`compute_changes`): the transitions reported in (since, until], across events or for
  one; plus, per event already known at `since`, one `new_report` line (how many new reports
  from which sources), and the merges, splits and moves made in that time (audit trail);
- by reports (`changes_from_reports`): the transitions that a batch of newly ingested reports
  caused: what alerts send after a poll, step by step.

`kind` keeps the meaning of INTERFACE.md (`new_event`; `fact_changed` when a category's current
value became another; `new_claim` for a new claim group; ...); `step` says which transition.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from storyline.reconcile.claims import ClaimRecord
from storyline.reconcile.facts import FactVersion, as_utc, report_time
from storyline.reconcile.record import EventRecord, figure_json, iso
from storyline.reconcile.resolve import ResolvedPlace
from storyline.reconcile.rules import HOLD_STEPS, Step
from storyline.store.base import AuditEntry, EventRow, Store, StoredArticle

ChangeKind = Literal[
    "new_event", "fact_changed", "fact_status", "new_claim", "new_place", "new_report",
    "merge", "split", "move",
]
# Fact steps that leave the category's current value as it was (a `fact_status` change); every
# other step makes another value current (a `fact_changed`).
STATUS_STEPS = HOLD_STEPS
# Claim kinds as the step a reader sees.
CLAIM_STEPS = {"claimed": "new_claim", "denied": "new_denial", "blamed": "new_blame",
               "suspected": "new_suspect"}
# Audit actions that change what an event is made of, as the change kind.
CORRECTIONS: Mapping[str, ChangeKind] = {
    "merge": "merge", "split": "split", "move": "move", "auto_merge": "merge",
    "auto_split": "split",
}


@dataclass(frozen=True, slots=True)
class ReportBatch:
    """The reports an event received in a time window."""

    count: int
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Correction:
    """A merge, split or move, by a user or by the clusterer (actor "storyline")."""

    event_ids: tuple[str, ...]
    reason: str
    actor: str


ChangeValue = FactVersion | EventRecord | ClaimRecord | ResolvedPlace | ReportBatch | Correction


@dataclass(frozen=True, slots=True)
class Change:
    """One transition of one event: what it was before, what it became, when, from whom, why."""

    event_id: str
    kind: ChangeKind
    category: str | None
    old: ChangeValue | None
    new: ChangeValue | None
    article_ids: tuple[str, ...]
    reported: datetime | None
    title: str = ""
    step: str = ""  # the fine kind: rise, fall, correction, new_denial, merge, ...
    source: str | None = None  # the outlet of the report behind the change
    rule: str | None = None  # the rule that decided a fact step
    why: str = ""

    @property
    def old_value(self) -> int | None:
        return self.old.value if isinstance(self.old, FactVersion) else None

    @property
    def new_value(self) -> int | None:
        return self.new.value if isinstance(self.new, FactVersion) else None

    def to_json(self) -> dict[str, Any]:
        """The `changes --json` object: INTERFACE.md's fields, then `title`, `step`, `source`,
        `rule` and `why`."""
        new = value_json(self.new)
        if isinstance(self.new, FactVersion):  # where the current-value objects had them
            new.update(rule=self.rule, why=self.why)
        return {
            "event_id": self.event_id,
            "kind": self.kind,
            "category": self.category,
            "old": value_json(self.old),
            "new": new,
            "article_ids": list(self.article_ids),
            "reported": iso(self.reported),
            "title": self.title,
            "step": self.step,
            "source": self.source,
            "rule": self.rule,
            "why": self.why,
        }


# --------------------------------------------------------------------------- one event's story


def event_story(record: EventRecord, first: EventRecord | None) -> list[Change]:
    """Every transition of one event's record, oldest first; `first` is the same event's
    record as of its first report (the `new_event` change shows the event as first known, and
    each later step is a change of its own; without `first`, no `new_event`)."""
    start = record.first_reported
    if start is None:
        return []
    title = record.title  # generated from the record as of the end of the window
    changes = [_new_event(first, title)] if first is not None else []
    changes.extend(c for c in fact_changes(record, title) if c.reported and c.reported > start)
    # Every claim group is a change of its own, also one in the first report: the new event
    # carries the figures, and who claimed or denied it is news in itself.
    outlets = {s.article.id: s.article.source for s in record.articles}
    changes.extend(_claim_change(record.id, claim, title, outlets) for claim in record.claims)
    changes.extend(_place_changes(record, start, title))
    changes.sort(key=_story_order)
    return changes


def _story_order(change: Change) -> tuple[datetime, int, str, str]:
    """Time order; at one time the new event first and the count of new reports last."""
    assert change.reported is not None
    rank = {"new_event": 0, "new_report": 2}.get(change.kind, 1)
    return change.reported, rank, change.category or "", change.step


def _new_event(first: EventRecord, title: str) -> Change:
    sources = sorted({s.article.source for s in first.articles if s.article.source})
    return Change(first.id, "new_event", None, None, first, tuple(first.article_ids),
                  first.first_reported, title, "new_event", ", ".join(sources) or None, None,
                  f"first reported by {len(first.articles)} report(s)")


def fact_changes(record: EventRecord, title: str = "") -> list[Change]:
    """Every step of every count category of `record` as a change, in the record's order, the
    first report's own figures included (`event_story` leaves those to `new_event`; the new
    facts of an update since T read them all)."""
    return [_fact_change(record.id, step, title) for step in record.steps]


def _fact_change(event_id: str, step: Step, title: str) -> Change:
    kind: ChangeKind = "fact_status" if step.kind in STATUS_STEPS else "fact_changed"
    new = step.new
    return Change(event_id, kind, step.category, step.old, new, (new.article_id,), step.at,
                  title, step.kind, new.source, step.rule, step.why)


def _claim_change(
    event_id: str, claim: ClaimRecord, title: str, outlets: Mapping[str, str | None]
) -> Change:
    step = CLAIM_STEPS.get(claim.kind, "new_claim")
    first = claim.reports[0]
    by = f" (stated by {first.stated_by})" if first.stated_by else ""
    return Change(event_id, "new_claim", None, None, claim, (first.article_id,),
                  claim.first_reported, title, step, outlets.get(first.article_id), None,
                  f"first reported in {first.article_id}{by}: {first.evidence}")


def _place_changes(record: EventRecord, start: datetime, title: str) -> Iterable[Change]:
    """Places first named after the event's first report, each when it was first named."""
    times = {s.article.id: report_time(s) for s in record.articles}
    sources = {s.article.id: s.article.source for s in record.articles}
    for place in record.places:
        named = sorted((times[a], a) for a in place.article_ids if a in times)
        if not named:
            continue
        moment, article_id = named[0]
        source = sources[article_id]
        if moment > start:
            yield Change(record.id, "new_place", None, None, place, (article_id,), moment,
                         title, "new_place", source, None,
                         f"{place.place.name} first named in {article_id}")


# --------------------------------------------------------------------------- selections


def compute_changes(
    store: Store,
    since: datetime,
    *,
    until: datetime | None = None,
    event_id: str | None = None,
) -> list[Change]:
    """Every transition reported in (since, until] (of one event with `event_id`), oldest
    first, with the reports each event received and the corrections made in that time."""
    since = as_utc(since)
    until = as_utc(until) if until is not None else None
    changes: list[Change] = []
    for row in store.list_events(reported_since=since, reported_until=until):
        if event_id is not None and row.id != event_id:
            continue
        record, first = _records(store, row, until, lambda r: _began_after(r, since))
        story = [c for c in event_story(record, first) if _within(c.reported, since, until)]
        changes.extend(story)
        fresh = [s for s in record.articles if report_time(s) > since]
        if fresh and record.first_reported is not None and record.first_reported <= since:
            changes.append(_new_reports(record, fresh))
    changes.extend(c for c in corrections(store, since, until)
                   if event_id is None or event_id == c.event_id)
    changes.sort(key=lambda c: (c.reported or since, c.event_id, _story_order(c)[1:]))
    return changes


def changes_from_reports(store: Store, article_ids: Collection[str]) -> list[Change]:
    """The transitions these (newly ingested) reports caused, oldest first: each step whose
    report is one of them, and `new_event` for an event they began."""
    fresh = set(article_ids)
    rows: dict[str, EventRow] = {}
    for article_id in sorted(fresh):
        membership = store.get_membership(article_id)
        row = store.get_event(membership.event_id) if membership else None
        if row is not None and row.merged_into is None:
            rows.setdefault(row.id, row)
    changes: list[Change] = []
    for row in rows.values():
        record, first = _records(store, row, None, lambda r: _began_with(r, fresh))
        changes.extend(c for c in event_story(record, first) if fresh & set(c.article_ids))
    changes.sort(key=lambda c: (c.reported or datetime.min, c.event_id, _story_order(c)[1:]))
    return changes


def _within(moment: datetime | None, since: datetime, until: datetime | None) -> bool:
    return moment is not None and since < moment and (until is None or moment <= until)


def _began_after(record: EventRecord, since: datetime) -> bool:
    return record.first_reported is not None and record.first_reported > since


def _began_with(record: EventRecord, fresh: Collection[str]) -> bool:
    start = record.first_reported
    return any(s.article.id in fresh for s in record.articles if report_time(s) == start)


def _records(
    store: Store, row: EventRow, until: datetime | None, new: Callable[[EventRecord], bool]
) -> tuple[EventRecord, EventRecord | None]:
    """The event's record as of `until` and, when `new(record)` says its `new_event` change
    is wanted, as of its first report (else None)."""
    from storyline.living import load_event_record  # storyline.living imports this package

    record = load_event_record(store, row, as_of=until)
    start = record.first_reported
    if start is None or not new(record):
        return record, None
    if all(report_time(s) <= start for s in record.articles):
        return record, record
    return record, load_event_record(store, row, as_of=start)


def _new_reports(record: EventRecord, fresh: Sequence[StoredArticle]) -> Change:
    sources = tuple(sorted({s.article.source or "unknown" for s in fresh}))
    return Change(record.id, "new_report", None, None, ReportBatch(len(fresh), sources),
                  tuple(s.article.id for s in fresh), max(report_time(s) for s in fresh),
                  record.title, "new_report", None, None,
                  f"{len(fresh)} new report(s) from {', '.join(sources)}")


def corrections(store: Store, since: datetime, until: datetime | None) -> list[Change]:
    """The merges, splits and moves made in (since, until], dated when they were made."""
    found = []
    for entry in _audit_since(store, since):
        kind = CORRECTIONS.get(entry.action)
        if kind is None or not entry.event_ids or not _within(as_utc(entry.at), since, until):
            continue
        # The event the correction is about: the one kept (merge), split (split), or that
        # received the report (move).
        event_id = entry.event_ids[-1] if kind == "move" else entry.event_ids[0]
        row = store.get_event(event_id)
        new = Correction(tuple(entry.event_ids), entry.reason, entry.actor)
        found.append(Change(event_id, kind, None, None, new, tuple(entry.article_ids),
                            as_utc(entry.at), row.title if row else "", kind, None, None,
                            f"{kind} by {entry.actor}: {entry.reason}"))
    return found


def _audit_since(store: Store, since: datetime) -> list[AuditEntry]:
    """The audit entries made after `since`: the store lists the latest first, so read more
    until the oldest read is before `since` (an ingest adds one entry per new event)."""
    limit = 1000
    while True:
        entries = store.audit_entries(None, limit=limit)
        if len(entries) < limit or as_utc(entries[-1].at) <= since:
            return entries
        limit *= 4


# --------------------------------------------------------------------------- JSON


def value_json(value: ChangeValue | None) -> Any:
    """The JSON of a change's old or new value (the shapes `changes --json` always had)."""
    if value is None:
        return None
    if isinstance(value, FactVersion):
        return fact_json(value)
    if isinstance(value, EventRecord):
        summary = value.to_summary_json()
        return {key: summary[key] for key in ("title", "event_type", "event_date", "places",
                                                "facts")}
    if isinstance(value, ClaimRecord):
        return value.to_json()
    if isinstance(value, ResolvedPlace):
        place = value.place
        return {"name": place.name, "kind": place.kind, "country": place.country,
                "lat": place.lat, "lon": place.lon, "article_ids": list(value.article_ids)}
    if isinstance(value, ReportBatch):
        return {"count": value.count, "sources": list(value.sources)}
    return {"event_ids": list(value.event_ids), "reason": value.reason, "actor": value.actor}


def fact_json(fact: FactVersion) -> dict[str, Any]:
    """A fact version as a change's old or new value (the keys of a current value)."""
    return {**figure_json(fact), "as_of": iso(fact.reported), "article_ids": [fact.article_id],
            "evidence": fact.evidence}
