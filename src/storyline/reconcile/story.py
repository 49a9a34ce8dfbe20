"""Stories: the events the clustering stage chained together (a war, a months-long crisis).

Each event row carries the id of its story (`EventRow.story_id`, set when the event is created:
it joins the story of the closest earlier event that shares a place or a rare name). The story
timeline is the datewise digest (`storyline.reconcile.digest`) over the reports of the story's
events, the way the store-wide digest runs over every event.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import datetime

from storyline.errors import NotFoundError
from storyline.reconcile.brief import (
    Brief,
    BriefSentence,
    UpdateSettings,
    build_update,
    new_fact_sentences,
)
from storyline.reconcile.digest import digest_from_articles
from storyline.reconcile.facts import as_utc, report_time
from storyline.reconcile.timeline import TimelineEntry
from storyline.store.base import EventRow, Store, StoredArticle


def story_events(store: Store, story_id: str, as_of: datetime | None = None) -> list[EventRow]:
    """The events of a story known at `as_of` (all of them without it)."""
    moment = as_utc(as_of) if as_of is not None else None
    return [row for row in store.list_events(reported_until=moment) if row.story_id == story_id]


def resolve_story_id(store: Store, story_or_event_id: str) -> str:
    """A story id given either the story's id or the id of one of its events."""
    event = store.get_event(story_or_event_id)
    if event is not None:
        return event.story_id or story_or_event_id
    if story_events(store, story_or_event_id):
        return story_or_event_id
    raise NotFoundError(
        f"no story or event {story_or_event_id!r} in the store; list them with `storyline events`"
    )


def story_reports(store: Store, events: Sequence[EventRow],
                  as_of: datetime | None = None) -> list[StoredArticle]:
    """Every report of the given events known at `as_of`, in reporting order."""
    moment = as_utc(as_of) if as_of is not None else None
    reports: list[StoredArticle] = []
    for row in events:
        members = store.event_memberships(row.id)
        reports.extend(s for s in store.get_articles([m.article_id for m in members])
                       if moment is None or report_time(s) <= moment)
    return sorted(reports, key=lambda s: (report_time(s), s.article.id))


def build_story_timeline(
    store: Store,
    story_id: str,
    *,
    as_of: datetime | None = None,
    max_dates: int | None = None,
    per_date: int | None = None,
) -> list[TimelineEntry]:
    """The datewise timeline across the events of one story, as known at `as_of`."""
    events = story_events(store, story_id, as_of)
    return digest_from_articles(story_reports(store, events, as_of), max_dates=max_dates,
                                per_date=per_date)


def update_inputs(
    store: Store,
    events: Sequence[EventRow],
    since: datetime,
    until: datetime | None = None,
) -> tuple[list[StoredArticle], list[BriefSentence]]:
    """What an update since `since` (up to `until`) reads: every report of the events known at
    `until`, and the new-fact sentences of the events with a report after `since` (the events
    with most new reports first)."""
    since = as_utc(since)
    until = as_utc(until) if until is not None else None
    reports = story_reports(store, events, until)
    fresh: Counter[str] = Counter(s.event_id for s in reports
                                  if report_time(s) > since and s.event_id is not None)
    by_id = {row.id: row for row in events}
    facts: list[BriefSentence] = []
    from storyline.living import load_event_record  # it imports this package

    for event_id, _ in fresh.most_common():
        record = load_event_record(store, by_id[event_id], as_of=until)
        facts.extend(new_fact_sentences(record, since))
    return reports, facts


def build_events_update(
    store: Store,
    events: Sequence[EventRow],
    since: datetime,
    *,
    until: datetime | None = None,
    settings: UpdateSettings | None = None,
) -> Brief:
    """What is new since `since` (up to `until`) across the given events: their new facts, then
    new sentences of their reports after `since` not redundant with their reports before it."""
    reports, facts = update_inputs(store, events, since, until)
    return build_update(reports, since, facts=facts, as_of=until, settings=settings)
