"""The filterable attributes of an event summary: the place keys and the event day.

The events list filters over `event_summaries` (`Store.select_events`, one SQL query; see
`storyline.service.EventFilter`): the type matches by prefix, the place as a case-insensitive
part of a place name or country code (`place_keys`), the date range on the event date's day.
`summary_keys` also fills the older columns of `events` (migration 0002) from a cached summary;
nothing filters on those any more.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

SEPARATOR = "\x1f"  # between place keys: a character no place name or query holds


@dataclass(frozen=True, slots=True)
class SummaryKeys:
    event_type: str
    event_day: str | None  # YYYY-MM-DD
    place_keys: str  # SEPARATOR-delimited casefolded names and country codes, SEPARATOR-wrapped


def summary_keys(summary_json: str) -> SummaryKeys:
    """The filterable attributes of one `events --json` object given as JSON text."""
    summary = json.loads(summary_json)
    if not isinstance(summary, Mapping):
        return SummaryKeys("", None, SEPARATOR)
    day = event_day(summary.get("event_date"))
    return SummaryKeys(
        event_type=str(summary.get("event_type") or ""),
        event_day=day.isoformat() if day else None,
        place_keys=_place_keys(summary.get("places")),
    )


def _place_keys(places: Any) -> str:
    names = []
    for place in places if isinstance(places, list) else []:
        if isinstance(place, Mapping):
            names += [str(place.get("name") or ""), str(place.get("country") or "")]
    return place_keys(names)


def place_keys(names: Iterable[str]) -> str:
    """The place filter's haystack: each name and country code casefolded, SEPARATOR-delimited
    and -wrapped, so that a query matches part of one name and never spans two."""
    keys = [name.casefold().replace(SEPARATOR, " ") for name in names if name]
    return SEPARATOR + SEPARATOR.join(keys) + SEPARATOR


def event_day(value: Any) -> date | None:
    """The day of an `event_date` object (or its value string), None when absent or invalid."""
    if isinstance(value, Mapping):
        value = value.get("value")
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
