"""The filterable attributes of a cached event summary, kept in columns beside it.

A filtered events list (`?type=fire`, `?place=...`, a date range) used to parse every summary in
the store; with these columns it is one query. The rules are those of the events list filters
(see `storyline.service.EventFilter`): the type matches by prefix, the place as a case-insensitive
part of a place name or country code, the date range on the event date's day.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

SEPARATOR = "\x1f"  # between place keys: a character no place name or query holds


@dataclass(frozen=True, slots=True)
class SummaryFilter:
    """Filters on summary attributes, combined with AND; all optional."""

    event_type: str | None = None  # prefix of the event type
    place: str | None = None  # part of a place name or country code, any case
    date_from: date | None = None  # event date range, inclusive
    date_to: date | None = None

    @property
    def place_key(self) -> str | None:
        return self.place.casefold() if self.place else None


@dataclass(frozen=True, slots=True)
class SummaryKeys:
    event_type: str
    event_day: str | None  # YYYY-MM-DD
    place_keys: str  # SEPARATOR-delimited casefolded names and country codes, SEPARATOR-wrapped

    def passes(self, where: SummaryFilter) -> bool:
        """The same test the store's query makes (used for rows indexed before the columns)."""
        if where.event_type and not self.event_type.startswith(where.event_type):
            return False
        place = where.place_key
        if place and (SEPARATOR in place or place not in self.place_keys):
            return False
        day = self.event_day
        if where.date_from and (day is None or day < where.date_from.isoformat()):
            return False
        return not (where.date_to and (day is None or day > where.date_to.isoformat()))


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
    keys = []
    for place in places if isinstance(places, list) else []:
        if not isinstance(place, Mapping):
            continue
        for name in (str(place.get("name") or ""), str(place.get("country") or "")):
            if name:
                keys.append(name.casefold().replace(SEPARATOR, " "))
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
