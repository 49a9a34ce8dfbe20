"""Word tables for date expressions: month and weekday names, number words, seasons, vague refs."""

from __future__ import annotations

import re

MONTHS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}

WEEKDAYS: dict[str, int] = {
    "mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6,
}

NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100,
}

# Counts too vague to compute a date from: "several years ago" is only "some time in the past".
VAGUE_COUNTS = frozenset({"several", "a few", "few", "a couple of", "many"})

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22,
    "twenty-third": 23, "twenty-fourth": 24, "twenty-fifth": 25, "twenty-sixth": 26,
    "twenty-seventh": 27, "twenty-eighth": 28, "twenty-ninth": 29, "thirtieth": 30,
    "thirty-first": 31,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}

# TIMEX3 season codes and the month each season ends in (to tell "last summer" in November,
# which is this year's, from "last summer" in April, which is last year's).
SEASONS: dict[str, tuple[str, int]] = {
    "spring": ("SP", 5), "summer": ("SU", 8), "fall": ("FA", 11), "autumn": ("FA", 11),
    "winter": ("WI", 2),
}

DECADE_WORDS: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}

VAGUE_VALUES: dict[str, str] = {
    "the present": "PRESENT_REF", "at present": "PRESENT_REF", "presently": "PRESENT_REF",
    "currently": "PRESENT_REF", "nowadays": "PRESENT_REF", "now": "PRESENT_REF",
    "these days": "PRESENT_REF", "the moment": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "previously": "PAST_REF",
    "formerly": "PAST_REF", "the past": "PAST_REF", "in the past": "PAST_REF",
    "the future": "FUTURE_REF", "future": "FUTURE_REF", "the near future": "FUTURE_REF",
    "right now": "PRESENT_REF", "just now": "PRESENT_REF", "current": "PRESENT_REF",
    "already": "PRESENT_REF", "more recently": "PAST_REF", "the time": "PAST_REF",
    "once": "PAST_REF", "earlier": "PAST_REF", "recent": "PAST_REF", "then current": "PAST_REF",
    "soon": "FUTURE_REF", "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
    "the long term": "FUTURE_REF", "as soon as possible": "FUTURE_REF",
    "a later date": "FUTURE_REF", "from time to time": "FUTURE_REF",
}

UNITS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}

# Holidays on a fixed day (month, day); movable ones are computed in the resolver.
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "christmas": (12, 25),
    "christmas day": (12, 25), "christmas eve": (12, 24), "independence day": (7, 4),
    "the fourth of july": (7, 4), "fourth of july": (7, 4), "july fourth": (7, 4),
    "halloween": (10, 31),
    "valentine's day": (2, 14), "veterans day": (11, 11), "st. patrick's day": (3, 17),
    "st patrick's day": (3, 17), "boxing day": (12, 26), "anzac day": (4, 25),
    "australia day": (1, 26), "canada day": (7, 1), "bastille day": (7, 14),
    "bonfire night": (11, 5), "guy fawkes night": (11, 5),
}


def spoken_year(words: str) -> int | None:
    """1994 for "nineteen ninety-four", 2001 for "two thousand and one"."""
    parts = [p for p in re.split(r"[\s-]+", words.lower()) if p and p != "and"]
    if parts[:2] == ["two", "thousand"]:
        return 2000 + sum(UNITS.get(p, 0) for p in parts[2:])
    if not parts or parts[0] not in UNITS:
        return None
    return UNITS[parts[0]] * 100 + sum(UNITS.get(p, 0) for p in parts[1:])


def parse_count(word: str) -> int | None:
    """The number a count word stands for, or None for vague ones ("several", "a few")."""
    normalized = " ".join(word.lower().split())
    if normalized.isdigit():
        return int(normalized)
    if normalized in VAGUE_COUNTS:
        return None
    return NUMBER_WORDS.get(normalized)
