"""The parts of a round-up: which stretch of an article reports which incident.

A round-up ("weekend shootings across the city", a daily brief) reports several incidents. As a
whole it belongs to one event at most and never bridges two (see roles.is_roundup and
state.EventState.add); here it is cut into parts, each part is compared with the known events
like an article of its own, and a part that would join an event is linked to it (a secondary
link, kept with its offsets). The counts of the article then go to the event of the part they
stand in, or to no event: an overview sentence ("five people were shot in separate incidents")
adds up several incidents and belongs to none of them (`counts_for_event`).

A part starts at a sentence that moves to another incident ("In another shooting...",
"Separately, ...", "Elsewhere, ...") or at a paragraph whose opening names a city the current
part does not (a brief's dateline, "In Denver, ..."). Parts shorter than `_MIN_PART_CHARS`
stay with the part before.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from storyline.cluster.roles import _INCIDENTS
from storyline.records import Article, ArticlePart, CountMention, Extraction, Place
from storyline.store import Store

__all__ = [
    "MENTIONS_KEY",
    "PARTS_KEY",
    "PartText",
    "counts_for_event",
    "get_parts",
    "mentions_json",
    "part_inputs",
    "parts_json",
    "put_parts",
    "split_parts",
]

PARTS_KEY = "cluster.parts:"
MENTIONS_KEY = "cluster.mentions:"
_MIN_PART_CHARS = 80
_OPENING_CHARS = 80  # a paragraph's opening, where a brief names its place
_MAX_MENTIONS = 200  # per event: the newest are kept

# A sentence that moves on to another incident.
_SWITCH = re.compile(
    r"(?:in|during) (?:an?other|a separate|an unrelated|the (?:second|third|other)) \w+"
    r"|(?:separately|meanwhile|elsewhere)\b"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?][\"'”’)]*\s+|\n\s*)(?=[A-Z\"“])", re.MULTILINE)
# An overview: several incidents added up ("5 people were shot in separate incidents").
_OVERVIEW = re.compile(
    r"\b(?:separate|several|multiple|unrelated|different|\d+|two|three|four|five|six|seven"
    r"|eight|nine|ten)\b[^.]{0,40}\b" + _INCIDENTS + r"\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class PartText:
    """One part of a round-up, as an article of its own for comparison with events."""

    start: int
    end: int
    overview: bool  # adds up several incidents: linked to no event
    article: Article
    extraction: Extraction


def split_parts(text: str, places: Sequence[Place]) -> list[tuple[int, int]]:
    """The parts of a round-up's text, as (start, end) offsets; one part when it has no
    incident switch."""
    lowered = text.lower()
    starts = {0}
    for found in _SENTENCE_START.finditer(text):
        if _SWITCH.match(lowered, found.end()):
            starts.add(found.end())
    cities = sorted((p.start, p.name.lower()) for p in places if p.kind == "city" and p.start >= 0)
    current: set[str] = set()
    for paragraph in re.finditer(r"[^\n]+", text):
        opening = {
            name
            for start, name in cities
            if paragraph.start() <= start < paragraph.start() + _OPENING_CHARS
        }
        if any(start in starts for start in range(paragraph.start(), paragraph.end())):
            current = set()
        if paragraph.start() > 0 and opening and not opening & current:
            starts.add(paragraph.start())
            current = set()
        current.update(
            name for start, name in cities if paragraph.start() <= start < paragraph.end()
        )
    bounds = [*sorted(starts), len(text)]
    parts: list[tuple[int, int]] = []
    for start, end in itertools.pairwise(bounds):
        if parts and end - start < _MIN_PART_CHARS:
            parts[-1] = (parts[-1][0], end)  # too short to be a report: the part before's
        elif end > start:
            parts.append((start, end))
    if len(parts) > 1 and parts[0][1] - parts[0][0] < _MIN_PART_CHARS:
        parts[:2] = [(parts[0][0], parts[1][1])]
    return parts


def part_inputs(article: Article, extraction: Extraction) -> list[PartText]:
    """Each part of a round-up as an article with the facts found in it (offsets shifted);
    empty when the text does not split."""
    bounds = split_parts(article.text, extraction.places)
    if len(bounds) < 2:
        return []
    found = []
    for number, (start, end) in enumerate(bounds):
        text = article.text[start:end]
        date = extraction.event_date
        if date is not None and not start <= date.start < end:
            date = None
        part = Extraction(
            article_id=f"{article.id}#part{number}",
            event_type=extraction.event_type,
            event_date=(
                replace(date, start=date.start - start, end=date.end - start) if date else None
            ),
            places=tuple(
                replace(place, start=place.start - start, end=place.end - start)
                for place in extraction.places
                if start <= place.start < end
            ),
        )
        found.append(
            PartText(
                start=start,
                end=end,
                overview=number == 0 and bool(_OVERVIEW.search(text)),
                article=Article(
                    id=part.article_id,
                    title=None,
                    text=text,
                    published=article.published,
                    source=article.source,
                    url=article.url,
                ),
                extraction=part,
            )
        )
    return found


def counts_for_event(
    parts: Sequence[ArticlePart], counts: Sequence[CountMention], event_id: str
) -> list[CountMention]:
    """The counts of an article that belong to `event_id`: all of them when the article has no
    parts (it reports one incident); for a round-up, those standing in a part linked to that
    event (an overview's sums and the parts of other incidents belong elsewhere or nowhere)."""
    if not parts:
        return list(counts)
    mine = [(part.start, part.end) for part in parts if part.event_id == event_id]
    return [count for count in counts if any(s <= count.start < e for s, e in mine)]


# ---------------------------------------------------------------------------- the store


def part_json(part: ArticlePart) -> dict[str, Any]:
    return {
        "start": part.start,
        "end": part.end,
        "event_id": part.event_id,
        "score": part.score,
        "reason": part.reason,
    }


def put_parts(store: Store, article_id: str, parts: Sequence[ArticlePart]) -> None:
    """Keep a round-up's parts and add each linked part to its event's mentions (inside the
    caller's transaction)."""
    store.put_meta(PARTS_KEY + article_id, json.dumps([part_json(p) for p in parts]))
    for part in parts:
        if part.event_id is None:
            continue
        key = MENTIONS_KEY + part.event_id
        mentions = [m for m in _load(store.get_meta(key)) if m.get("article_id") != article_id]
        mentions.append({"article_id": article_id, **part_json(part)})
        store.put_meta(key, json.dumps(mentions[-_MAX_MENTIONS:]))


def repoint_parts(store: Store, from_event: str, to_event: str) -> list[str]:
    """After `from_event` was merged into `to_event`: the round-up parts that reported it now
    report the event it went into, and its mentions move there, so that a round-up member's
    counts still reach the incident (counts_for_event) and the event lists the part (inside
    the caller's transaction). Returns the round-ups whose parts changed."""
    mentions = _load(store.get_meta(MENTIONS_KEY + from_event))
    if not mentions:
        return []
    articles = list(dict.fromkeys(str(m["article_id"]) for m in mentions if m.get("article_id")))
    note = f"; {from_event} merged into {to_event}"
    for article_id in articles:
        parts = [
            replace(part, event_id=to_event, reason=part.reason + note)
            if part.event_id == from_event
            else part
            for part in get_parts(store, article_id)
        ]
        store.put_meta(PARTS_KEY + article_id, json.dumps([part_json(p) for p in parts]))
    moved = [
        {**m, "event_id": to_event, "reason": str(m.get("reason", "")) + note} for m in mentions
    ]
    kept = _load(store.get_meta(MENTIONS_KEY + to_event))
    seen = {(m.get("article_id"), m.get("start")) for m in kept}
    combined = kept + [m for m in moved if (m.get("article_id"), m.get("start")) not in seen]
    store.put_meta(MENTIONS_KEY + to_event, json.dumps(combined[-_MAX_MENTIONS:]))
    store.put_meta(MENTIONS_KEY + from_event, "[]")
    return articles


def get_parts(store: Store, article_id: str) -> tuple[ArticlePart, ...]:
    return _parts(store.get_meta(PARTS_KEY + article_id))


def parts_of(store: Store, article_ids: Sequence[str]) -> dict[str, tuple[ArticlePart, ...]]:
    """The parts of those articles that are round-ups, in one read."""
    stored = store.get_metas([PARTS_KEY + i for i in article_ids])
    return {key[len(PARTS_KEY):]: parts for key, raw in stored.items()
            if (parts := _parts(raw))}


def _parts(raw: str | None) -> tuple[ArticlePart, ...]:
    return tuple(
        ArticlePart(
            start=int(item["start"]),
            end=int(item["end"]),
            event_id=item.get("event_id"),
            score=item.get("score"),
            reason=str(item.get("reason", "")),
        )
        for item in _load(raw)
    )


def parts_json(store: Store, article_id: str) -> list[dict[str, Any]]:
    return [part_json(part) for part in get_parts(store, article_id)]


def mentions_json(store: Store, event_id: str) -> list[dict[str, Any]]:
    """Parts of round-ups (whose membership may be in another event) that report this event."""
    return _load(store.get_meta(MENTIONS_KEY + event_id))


def _load(raw: str | None) -> list[dict[str, Any]]:
    if not raw:
        return []
    try:
        data = json.loads(raw)
    except ValueError:
        return []
    return [item for item in data if isinstance(item, dict)] if isinstance(data, list) else []
