"""Typed, immutable records passed between the stages of the flow.

ingest -> dedup -> extract -> cluster -> reconcile -> present

Every stage takes and returns these frozen dataclasses; nothing downstream mutates what an
upstream stage produced. Datetimes are timezone-aware (UTC); publication, modification and fetch
times are kept apart because they mean different things to a reader of the news.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

# --------------------------------------------------------------------------- vocabularies

COUNT_CATEGORIES: tuple[str, ...] = (
    "killed",
    "injured",
    "missing",
    "arrested",
    "hostages",
    "displaced",
)

Qualifier = Literal[
    "exact", "at_least", "more_than", "about", "up_to", "less_than", "range", "vague"
]
QUALIFIERS: tuple[str, ...] = (
    "exact", "at_least", "more_than", "about", "up_to", "less_than", "range", "vague"
)

Trend = Literal["rising", "falling"]
ClaimKind = Literal["claimed", "denied", "blamed", "suspected"]
DatePrecision = Literal["day", "week", "month", "year"]
PlaceKind = Literal["venue", "city", "region", "country"]
FactStatus = Literal["current", "superseded", "lagged", "conflicting", "retracted"]
DedupKind = Literal["new", "exact_duplicate", "near_duplicate", "revision"]


# --------------------------------------------------------------------------- ingest


@dataclass(frozen=True, slots=True)
class Article:
    """One report as read from an input, before any interpretation.

    `published` is None when the input does not say when it was published; `notes` carries the
    reader's warnings about this record (e.g. "publication date unknown", "undecodable bytes
    replaced") so that nothing is decided silently.
    """

    id: str
    text: str
    title: str | None = None
    published: datetime | None = None
    modified: datetime | None = None
    fetched: datetime | None = None
    source: str | None = None
    url: str | None = None
    authors: tuple[str, ...] = ()
    origin: str = ""
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class InputFailure:
    """An input (or part of one: a line, a record) that could not be read.

    `input` names it the way a user can find it again ("feed.jsonl:17"); `error` says what went
    wrong and what to do, on one line.
    """

    input: str
    error: str


# --------------------------------------------------------------------------- dedup


@dataclass(frozen=True, slots=True)
class DedupVerdict:
    """How an incoming article relates to what is already stored.

    exact_duplicate: same normalized text as `original_id` under another id; stored and linked
        (the same id ingested again is a no-op and never reaches the deduplicator).
    near_duplicate: stored, linked to `original_id`, counts as a repeat of that report.
    revision: same URL as `original_id` with changed text; stored as a new revision.
    """

    kind: DedupKind
    original_id: str | None = None
    similarity: float | None = None


# --------------------------------------------------------------------------- extract


@dataclass(frozen=True, slots=True)
class EventDate:
    value: date
    precision: DatePrecision
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    kind: PlaceKind
    country: str | None  # ISO 3166-1 alpha-2
    lat: float | None = None
    lon: float | None = None
    start: int = -1
    end: int = -1


@dataclass(frozen=True, slots=True)
class Claim:
    """A statement of responsibility: who did it, according to whom."""

    actor: str  # as written
    actor_normalized: str
    kind: ClaimKind
    evidence: str
    start: int
    end: int
    source: str | None = None  # who made the claim or the accusation, when stated


@dataclass(frozen=True, slots=True)
class CountMention:
    """One stated count of people in one phrase of one article."""

    category: str
    value: int
    qualifier: Qualifier
    low: int | None
    high: int | None
    evidence: str
    start: int
    end: int
    trend: Trend | None = None
    attribution: str | None = None  # "according to the health ministry"
    detail: str | None = None  # for a nested subset: "directly involved"
    part_of: int | None = None  # index of the enclosing mention for a nested subset
    revision: bool = False  # explicit correction cue: "revised down", "corrected"
    other_event: bool = False  # about an earlier/other event mentioned for comparison
    additional: bool = False  # adds to a figure stated before: "another 3", "2 other police"
    # Another source's estimate of a figure the text also states: "other reports said 30".
    alternative: bool = False
    # Whose deaths or injuries, where the sentence's structure says: "victims", "perpetrators"
    # (an attacker shot dead, a suicide bomber), "security_forces"; None when not read.
    role: str | None = None


@dataclass(frozen=True, slots=True)
class CountTotal:
    """The article's own best single figure for one category."""

    value: int
    qualifier: Qualifier
    low: int | None
    high: int | None
    trend: Trend | None = None
    mentions: tuple[int, ...] = ()  # indexes into Extraction.counts it was built from
    # The attackers' own deaths (a suicide bomber, an attacker shot dead) included in `value`:
    # ACLED, GTD and GVA count every death; a victims-only reader subtracts this.
    perpetrators: int = 0


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything the extractor found in one article, each fact with its evidence."""

    article_id: str
    event_type: str
    event_date: EventDate | None = None
    places: tuple[Place, ...] = ()
    claims: tuple[Claim, ...] = ()
    counts: tuple[CountMention, ...] = ()
    totals: Mapping[str, CountTotal] = field(default_factory=dict)
    actors: tuple[str, ...] = ()  # perpetrators/attackers named
    officials: tuple[str, ...] = ()  # officials or agencies quoted
    extractor: str = ""  # versioned name of the extractor that produced this
    # Whom the attack was against: "armed" (soldiers, police, militants), "civilians", or None
    # when the text does not say (`extract.event_type.attack_target`).
    target: str | None = None
    # The words the event type was read from (`EventTypeGuess.evidence`), None for "other".
    event_type_evidence: str | None = None
    # The place heading the text as its wire dateline ("KYIV -"), kept even where the story
    # happened elsewhere and `places` leaves it out: where the report was filed from.
    dateline: Place | None = None


# --------------------------------------------------------------------------- cluster


@dataclass(frozen=True, slots=True)
class JoinEvidence:
    """Both sides of one assignment as the clusterer saw them when it decided (kept with the
    membership so that a reader can check, and a person overrule, each join)."""

    decision: Literal["joined", "new_event", "followed_original"]
    event_id: str
    score: float | None  # combined score of the chosen (or best) event
    text: float | None  # text similarity with it
    threshold: float  # the join threshold that applied
    supporting: tuple[str, ...] = ()  # adjustments in favour: same event date, shared place...
    against: tuple[str, ...] = ()  # penalties and contradictions (vetoes) with that event
    override: str | None = None  # the strong evidence a contradiction was joined across with
    shared_places: tuple[str, ...] = ()
    shared_names: tuple[str, ...] = ()  # rare names (victims, suspects, streets) in common
    date_gap_days: int | None = None  # article's event date to the event's main date
    same_publisher_only: bool = False  # the event held only reports of the article's publisher
    roundup: bool = False  # the article reports several incidents
    background_places: tuple[str, ...] = ()  # event places the article names only in background
    # Events not chosen: (event id, score, why not) - the best one below the threshold and
    # those a contradiction kept it out of.
    not_chosen: tuple[tuple[str, float, str], ...] = ()
    # The event the score, similarity and shared facts above are with: the chosen one, or for a
    # new event the best candidate (None when there was none).
    compared_with: str | None = None


@dataclass(frozen=True, slots=True)
class ArticlePart:
    """One stretch of a round-up that reports one incident, and the event it was linked to (a
    secondary link: the article's membership is elsewhere). Offsets are into `article.text`."""

    start: int
    end: int
    event_id: str | None  # None: no known event matches this part
    score: float | None
    reason: str


@dataclass(frozen=True, slots=True)
class Assignment:
    """Where the clusterer put one article, and why."""

    article_id: str
    event_id: str
    created_event: bool
    score: float | None
    reason: str
    possibly_same: tuple[tuple[str, float], ...] = ()  # (event_id, score) for review
    story_id: str | None = None  # the story (group of related events) this event belongs to
    evidence: JoinEvidence | None = None  # the structured form of `reason`
    parts: tuple[ArticlePart, ...] = ()  # a round-up's incidents, each linked to its own event
