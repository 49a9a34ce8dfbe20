"""Typed shapes of the API's answers, for the OpenAPI document (../shared/INTERFACE.md's fields).

The endpoints return the library's JSON objects as they are (no copy through these models, so
nothing is dropped or re-validated on the way out); these models only describe them, and every
one allows more fields than it names, as the interface promises.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict


class Shape(BaseModel):
    model_config = ConfigDict(extra="allow")


class ValueObject(Shape):
    """A count's current value: the figure, its hedge, and why it was chosen."""

    value: float | None
    qualifier: str
    low: float | None
    high: float | None
    trend: str | None
    as_of: str | None
    article_ids: list[str]
    why: str


class HistoryItem(Shape):
    """One report's figure for a count, and what became of it."""

    value: float | None
    qualifier: str
    low: float | None
    high: float | None
    reported: str | None
    article_id: str
    evidence: str
    status: str  # current, superseded, lagged, conflicting, retracted


class Fact(Shape):
    current: ValueObject | None
    history: list[HistoryItem]
    disagreements: list[dict[str, Any]]


class EventDate(Shape):
    value: str  # YYYY-MM-DD
    text: str | None
    precision: str


class Place(Shape):
    name: str
    kind: str
    country: str | None
    lat: float | None
    lon: float | None


class Claim(Shape):
    actor: str
    kind: str  # claimed, denied, blamed, suspected
    first_reported: str
    article_ids: list[str]
    stated_by: list[str]


class TimelineEntry(Shape):
    date: str
    text: str
    article_ids: list[str]
    event_id: str | None = None
    kind: str | None = None
    time: str | None = None
    source: str | None = None
    evidence: str | None = None
    category: str | None = None
    value: str | None = None
    change: str | None = None
    date_basis: str | None = None


class EventSummary(Shape):
    """An events-list entry (`storyline events --json`)."""

    id: str
    title: str
    event_type: str
    event_date: EventDate | None
    places: list[Place]
    article_ids: list[str]
    first_reported: str | None
    last_reported: str | None
    facts: dict[str, ValueObject]


class StoryEvent(Shape):
    id: str
    title: str
    first_reported: str | None
    last_reported: str | None
    article_count: int
    this_event: bool


class Story(Shape):
    """An incident and the events that follow from it (arrests, trials...), first reported
    first."""

    id: str
    events: list[StoryEvent]
    event_count: int


class Member(Shape):
    """One article of an event and why it is there: the clusterer's evidence for and against,
    the user corrections that concern it, and a round-up's parts."""

    article_id: str
    score: float | None
    by_user: bool
    reason: str
    evidence: dict[str, Any] | None
    placed_by: str
    corrections: list[dict[str, Any]]
    parts: list[dict[str, Any]]


class Event(Shape):
    """One event with every fact's history, claims and timeline (`storyline event ID --json`)."""

    id: str
    title: str
    event_type: str
    event_date: EventDate | None
    places: list[Place]
    article_ids: list[str]
    first_reported: str | None
    last_reported: str | None
    facts: dict[str, Fact]
    claims: list[Claim]
    timeline: list[TimelineEntry]
    members: list[Member] = []
    mentioned_in: list[dict[str, Any]] = []
    story: Story | None = None


class Change(Shape):
    """One transition of an event's record (`storyline changes --json`)."""

    event_id: str
    kind: str  # new_event, fact_changed, fact_status, new_claim, new_place, new_report, merge...
    category: str | None
    old: Any
    new: Any
    article_ids: list[str]
    reported: str | None
    title: str
    step: str  # rise, fall, correction, authority_override, disputed, new_denial, merge, ...
    source: str | None
    rule: str | None
    why: str


class Brief(Shape):
    text: str
    sentences: list[dict[str, Any]]
    as_of: str | None
    since: str | None = None


class AuditEntry(Shape):
    id: int
    at: str
    action: str
    reason: str
    event_ids: list[str]
    article_ids: list[str]
    actor: str


class PossibleSame(Shape):
    event_id: str
    score: float
    article_id: str | None


class SearchHit(Shape):
    article_id: str
    title: str | None
    snippet: str
    rank: float
    event_id: str | None


class StoredArticle(Shape):
    id: str
    text: str
    title: str | None
    published: str | None
    source: str | None
    url: str | None
    event_id: str | None
    dedup: dict[str, Any]
    revision: dict[str, Any] | None
    extraction: dict[str, Any] | None


class IngestResult(Shape):
    """As `storyline ingest --json`, plus the ids of the articles stored."""

    ingested: int
    duplicates: int
    failed: list[dict[str, Any]]
    events_created: int
    events_updated: int
    article_ids: list[str]


def answer(model: Any, description: str = "Success") -> dict[str, Any]:
    """The `responses` entry of a 200 answer described by `model` (a model or a list of one)."""
    return {"model": model, "description": description}
