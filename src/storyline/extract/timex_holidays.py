"""Holidays as dates: fixed ones (Christmas, July Fourth) and movable ones (Thanksgiving, Easter,
Labor Day), named without a year and resolved to the latest past occurrence, or the next one
when the words around speak of the future. Labor (or Labour) Day named around May is May 1."""

from __future__ import annotations

import re
from datetime import date, timedelta

from storyline.extract.timex_lexicon import FIXED_HOLIDAYS
from storyline.extract.timex_resolve import Anchor, day_value, group_text, year_of


def resolve_holiday(match: re.Match[str], at: Anchor) -> str | None:
    name = re.sub(r"\s+", " ", match.group("holiday").lower()).replace("’", "'")
    name = "labor day" if name == "labour day" else name
    explicit = year_of(match)
    rel = group_text(match, "rel")
    if name == "labor day" and not explicit and not rel and _in_may_day_season(at.day):
        # Named in a report of late April or May, Labor Day is May Day, the workers' day of
        # most of the world: the American one is four months ahead or eight months back.
        return day_value(date(at.day.year, 5, 1))
    years = [explicit] if explicit else [at.day.year - 1, at.day.year, at.day.year + 1]
    days = [d for d in (_holiday_date(name, y) for y in years) if d is not None]
    if not days:
        return None
    chosen = days[0] if explicit else _pick_occurrence(days, at, rel)
    # "the night before Thanksgiving", "the day after Christmas": its neighbour day.
    shift = {"before": -1, "after": 1}.get(group_text(match, "hdir") or "", 0)
    return day_value(chosen + timedelta(days=shift))


def _in_may_day_season(day: date) -> bool:
    """From three weeks before May Day to the end of May."""
    return date(day.year, 4, 10) <= day <= date(day.year, 5, 31)


def _pick_occurrence(days: list[date], at: Anchor, rel: str | None) -> date:
    """The latest past occurrence, or the next one when the words speak of the future."""
    past = [d for d in days if d < at.day or (d == at.day and rel != "last")]
    future = [d for d in days if d > at.day]
    if (at.future or rel == "next") and future:
        return min(future)
    return max(past) if past else min(future)


def _holiday_date(name: str, year: int) -> date | None:
    if name in FIXED_HOLIDAYS:
        month, day = FIXED_HOLIDAYS[name]
        return date(year, month, day)
    if name.startswith("thanksgiving"):
        return _nth_weekday(year, 11, 3, 4)
    if name == "memorial day":
        return _nth_weekday(year, 6, 0, 1) - timedelta(days=7)
    if name == "labor day":
        return _nth_weekday(year, 9, 0, 1)
    if name.startswith("martin luther king"):
        return _nth_weekday(year, 1, 0, 3)
    if name == "mother's day":
        return _nth_weekday(year, 5, 6, 2)
    if name == "father's day":
        return _nth_weekday(year, 6, 6, 3)
    if name == "election day":
        return _nth_weekday(year, 11, 0, 1) + timedelta(days=1)
    if name.startswith("easter") or name == "good friday":
        easter = _easter(year)
        shift = {"good friday": -2, "easter monday": 1}.get(name, 0)
        return easter + timedelta(days=shift)
    return None


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


def _easter(year: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)
