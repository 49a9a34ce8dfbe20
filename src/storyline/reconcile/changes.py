"""What changed since a time: new events, changed current values, new claims, new reports.

For each event with a report published after `since` (and at or before `until`, default now), the
record as of `since` is compared with the record as of `until`. An event first reported after
`since` is one `new_event` change carrying its current values; otherwise each category whose current
value differs gives a `fact_changed` (old -> new, with the reports behind the new value), each
claim group not known at `since` a `new_claim`, and the event's new reports one `new_report`.
A user's correction made in that time (merge, split, move; from the audit trail, dated when it
was made) is one change of that kind, so a reader sees why an event grew or shrank.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from storyline.reconcile.facts import as_utc, report_time
from storyline.reconcile.record import EventRecord, build_event_record, current_json, iso
from storyline.store.base import EventRow, Store

_COMPARED = ("value", "qualifier", "low", "high")


@dataclass(frozen=True, slots=True)
class Change:
    event_id: str
    kind: str  # new_event | fact_changed | new_claim | new_report | merge | split | move
    category: str | None
    old: Any
    new: Any
    article_ids: tuple[str, ...]
    reported: datetime | None
    title: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id,
            "kind": self.kind,
            "category": self.category,
            "old": self.old,
            "new": self.new,
            "article_ids": list(self.article_ids),
            "reported": iso(self.reported),
            "title": self.title,
        }


def compute_changes(
    store: Store, since: datetime, *, until: datetime | None = None
) -> list[Change]:
    """Changes of every event reported in (since, until], oldest first."""
    since = as_utc(since)
    until = as_utc(until) if until is not None else None
    changes: list[Change] = []
    for row in store.list_events(reported_since=since, reported_until=until):
        now, then = _records(store, row, since, until)
        if not any(since < report_time(s) for s in now.articles):
            continue
        if then.first_reported is None:
            changes.append(_new_event(now))
            continue
        changes.extend(_fact_changes(then, now))
        changes.extend(_claim_changes(then, now))
        changes.append(_new_reports(now, since))
    changes.extend(_corrections(store, since, until))
    changes.sort(key=lambda c: (c.reported or since, c.event_id, c.kind, c.category or ""))
    return changes


def _records(
    store: Store, row: EventRow, since: datetime, until: datetime | None
) -> tuple[EventRecord, EventRecord]:
    members = store.event_memberships(row.id)
    articles = store.get_articles([m.article_id for m in members])
    extractions = store.get_extractions([s.article.id for s in articles])
    now = build_event_record(row, articles, extractions, as_of=until)
    then = build_event_record(row, articles, extractions, as_of=since)
    return now, then


def _new_event(now: EventRecord) -> Change:
    summary = now.to_summary_json()
    new = {key: summary[key] for key in ("title", "event_type", "event_date", "places", "facts")}
    return Change(now.id, "new_event", None, None, new, tuple(now.article_ids),
                  now.first_reported, now.event.title)


def _fact_changes(then: EventRecord, now: EventRecord) -> list[Change]:
    changes = []
    for category in sorted(set(then.categories) | set(now.categories)):
        old, new = current_json(then.current(category)), current_json(now.current(category))
        if _same(old, new):
            continue
        current = now.current(category)
        ids = current.article_ids if current else ()
        reported = current.fact.reported if current else now.last_reported
        changes.append(Change(now.id, "fact_changed", category, old, new, tuple(ids), reported,
                              now.event.title))
    return changes


def _same(old: dict[str, Any] | None, new: dict[str, Any] | None) -> bool:
    if old is None or new is None:
        return old is new
    return all(old[key] == new[key] for key in _COMPARED)


def _claim_changes(then: EventRecord, now: EventRecord) -> list[Change]:
    known = {(c.actor_normalized, c.kind) for c in then.claims}
    return [
        Change(now.id, "new_claim", None, None, claim.to_json(), claim.article_ids,
               claim.first_reported, now.event.title)
        for claim in now.claims
        if (claim.actor_normalized, claim.kind) not in known
    ]


def _new_reports(now: EventRecord, since: datetime) -> Change:
    fresh = [s for s in now.articles if report_time(s) > since]
    new = {"count": len(fresh), "sources": sorted({s.article.source or "unknown" for s in fresh})}
    return Change(now.id, "new_report", None, None, new, tuple(s.article.id for s in fresh),
                  max(report_time(s) for s in fresh), now.event.title)


_CORRECTIONS = ("merge", "split", "move")


def _corrections(store: Store, since: datetime, until: datetime | None) -> list[Change]:
    """The users' corrections made in (since, until]: `new` says what they did and why."""
    found = []
    for entry in store.audit_entries(None):
        if entry.action not in _CORRECTIONS or not entry.event_ids:
            continue
        at = as_utc(entry.at)
        if at <= since or (until is not None and at > until):
            continue
        # The event the correction is about: the one kept (merge), split (split), or that
        # received the report (move).
        event_id = entry.event_ids[-1] if entry.action == "move" else entry.event_ids[0]
        row = store.get_event(event_id)
        new = {"event_ids": list(entry.event_ids), "reason": entry.reason, "actor": entry.actor}
        found.append(Change(event_id, entry.action, None, None, new, tuple(entry.article_ids),
                            at, row.title if row else ""))
    return found
