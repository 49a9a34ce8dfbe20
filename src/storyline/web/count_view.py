"""The event page's counts, decoded once from the event's JSON into typed, immutable rows.

The page reads an event as the `event ID --json` object (INTERFACE.md), from the record cache or
derived as of a time. Its counts section and charts read these types, built in one place with
every field's type settled (times parsed, bounds kept, a missing value None), rather than
guessing the shape of a history item or a current value dict in each template and helper.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

from storyline import present
from storyline.web.views import category_order, count_phrase, parse_iso

Number = int | float


@dataclass(frozen=True, slots=True)
class CurrentCount:
    """A category's current value: the figure, its hedge, why it is current and since when."""

    value: Number | None
    qualifier: str
    low: Number | None
    high: Number | None
    trend: str | None
    why: str
    as_of: datetime | None  # when the figure became known (its report time)
    article_ids: tuple[str, ...]

    @property
    def phrase(self) -> str:
        """"at least 143", "10–20": the figure with its hedge."""
        return _phrase(self.qualifier, self.value, self.low, self.high)


@dataclass(frozen=True, slots=True)
class ReportedCount:
    """One report's figure for a category, with its standing in the record."""

    value: Number | None
    qualifier: str
    low: Number | None
    high: Number | None
    trend: str | None
    reported: datetime | None
    article_id: str
    source: str | None
    source_type: str | None
    attribution: str | None
    evidence: str
    status: str  # INTERFACE status: current, superseded, lagged, conflicting, retracted
    standing: str | None  # the finer standing (disputed, unconfirmed, corrected, ...)
    rule: str | None

    @property
    def phrase(self) -> str:
        return _phrase(self.qualifier, self.value, self.low, self.high)


@dataclass(frozen=True, slots=True)
class CountView:
    """One category of an event as its page shows it."""

    category: str
    current: CurrentCount | None
    history: tuple[ReportedCount, ...]

    @property
    def headline(self) -> str:
        """"at least 143 killed, rising" ("unknown killed" without a current value)."""
        current = self.current
        phrase = current.phrase if current is not None else "unknown"
        return count_phrase(self.category, phrase, current.trend if current else None)


def decode_counts(facts: Mapping[str, Any] | None) -> list[CountView]:
    """The `facts` object of an event's JSON as typed counts, killed first (the records'
    order). A summary's fact may hold its current value directly instead of under "current"."""
    views = []
    for category in sorted(facts or {}, key=category_order):
        fact = (facts or {})[category]
        if not isinstance(fact, Mapping):
            continue
        inner = fact.get("current", fact) if "history" in fact or "current" in fact else fact
        current = _current(inner) if isinstance(inner, Mapping) else None
        history = tuple(_reported(item) for item in fact.get("history") or ()
                        if isinstance(item, Mapping))
        views.append(CountView(str(category), current, history))
    return views


def _current(data: Mapping[str, Any]) -> CurrentCount | None:
    value = _number(data.get("value"))
    if value is None:  # no current value, or not a number: the page says "unknown"
        return None
    return CurrentCount(
        value=value, qualifier=str(data.get("qualifier") or "exact"),
        low=_number(data.get("low")), high=_number(data.get("high")),
        trend=_text(data.get("trend")), why=str(data.get("why") or ""),
        as_of=parse_iso(data.get("as_of")),
        article_ids=tuple(str(a) for a in data.get("article_ids") or ()),
    )


def _reported(item: Mapping[str, Any]) -> ReportedCount:
    # Called once per reported value (2,000 times for a 1,000-report event with two counts):
    # the fields are read inline rather than through a helper each.
    get = item.get
    value, low, high = get("value"), get("low"), get("high")
    return ReportedCount(
        value if type(value) in _NUMBER_TYPES else None,
        str(get("qualifier") or "exact"),
        low if type(low) in _NUMBER_TYPES else None,
        high if type(high) in _NUMBER_TYPES else None,
        str(get("trend")) if get("trend") else None,
        _time(get("reported")),
        str(get("article_id") or ""),
        str(get("source")) if get("source") else None,
        str(get("source_type")) if get("source_type") else None,
        str(get("attribution")) if get("attribution") else None,
        str(get("evidence") or ""),
        str(get("status") or "reported"),
        str(get("standing")) if get("standing") else None,
        str(get("rule")) if get("rule") else None,
    )


_NUMBER_TYPES = (int, float)  # exact types: a JSON true/false is not a count


def _time(value: Any) -> datetime | None:
    return _parsed(value) if isinstance(value, str) else parse_iso(value)


@lru_cache(maxsize=65_536)
def _parsed(text: str) -> datetime | None:
    """Report times repeat on every render of an event's page: parsed once."""
    return parse_iso(text)


def _number(value: Any) -> Number | None:
    return value if isinstance(value, int | float) and not isinstance(value, bool) else None


def _text(value: Any) -> str | None:
    return str(value) if value not in (None, "") else None


@lru_cache(maxsize=4096)  # a 1,000-report chart repeats a few figures in every point's label
def _phrase(qualifier: str, value: Number | None, low: Number | None,
            high: Number | None) -> str:
    if value is None:
        return "unknown"
    return present.hedged_phrase(qualifier, value, low, high, grouped=True)

