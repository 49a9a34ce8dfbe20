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
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5,
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
    "new year's day": (1, 1), "new year's": (1, 1), "new year's eve": (12, 31),
    "christmas": (12, 25),
    "christmas day": (12, 25), "christmas eve": (12, 24), "independence day": (7, 4),
    "the fourth of july": (7, 4), "fourth of july": (7, 4), "july fourth": (7, 4),
    "halloween": (10, 31),
    "valentine's day": (2, 14), "veterans day": (11, 11), "st. patrick's day": (3, 17),
    "st patrick's day": (3, 17), "boxing day": (12, 26), "anzac day": (4, 25),
    "australia day": (1, 26), "canada day": (7, 1), "bastille day": (7, 14),
    "bonfire night": (11, 5), "guy fawkes night": (11, 5),
    "orthodox christmas": (1, 7), "orthodox christmas eve": (1, 6),
    "coptic christmas eve": (1, 6), "timkat": (1, 19), "meskel": (9, 27), "epiphany": (1, 6),
    "all saints day": (11, 1), "jamhuri day": (12, 12), "madaraka day": (6, 1),
    "mashujaa day": (10, 20),
    "juneteenth": (6, 19), "cinco de mayo": (5, 5),
    "day of the dead": (11, 2), "armistice day": (11, 11), "kwanzaa": (12, 26),
    "may day": (5, 1), "women's day": (3, 8), "earth day": (4, 22), "flag day": (6, 14),
    "songkran": (4, 13), "waitangi day": (2, 6),
}

# A nation's own days, keyed "<holiday> <ISO code>": the day each country keeps as its
# Independence Day (or, where it has none by that name, the day of its independence), its
# Republic Day and its National Day. Read when the text names the nation or is placed in it.
_INDEPENDENCE = {
    "AF": (8, 19), "AL": (11, 28), "DZ": (7, 5), "AO": (11, 11), "AR": (7, 9), "AM": (9, 21),
    "BS": (7, 10), "BH": (12, 16), "BD": (3, 26), "BB": (11, 30), "BY": (7, 3), "BJ": (8, 1),
    "BO": (8, 6), "BA": (3, 1), "BW": (9, 30), "BR": (9, 7), "BI": (7, 1), "CV": (7, 5),
    "KH": (11, 9), "CF": (8, 13), "TD": (8, 11), "CL": (9, 18), "CO": (7, 20), "KM": (7, 6),
    "CD": (6, 30), "CG": (8, 15), "CR": (9, 15), "CI": (8, 7), "HR": (6, 25), "CY": (10, 1),
    "DJ": (6, 27), "DO": (2, 27), "TL": (11, 28), "EC": (8, 10), "SV": (9, 15), "GQ": (10, 12),
    "ER": (5, 24), "EE": (2, 24), "SZ": (9, 6), "FJ": (10, 10), "FI": (12, 6), "GA": (8, 17),
    "GM": (2, 18), "GE": (5, 26), "GH": (3, 6), "GR": (3, 25), "GT": (9, 15), "GN": (10, 2),
    "GW": (9, 24), "GY": (5, 26), "HT": (1, 1), "HN": (9, 15), "IN": (8, 15), "ID": (8, 17),
    "IQ": (10, 3), "JM": (8, 6), "JO": (5, 25), "KZ": (12, 16), "KE": (12, 12), "XK": (2, 17),
    "KW": (2, 25), "KG": (8, 31), "LV": (11, 18), "LB": (11, 22), "LS": (10, 4), "LR": (7, 26),
    "LY": (12, 24), "LT": (2, 16), "MG": (6, 26), "MW": (7, 6), "MY": (8, 31), "ML": (9, 22),
    "MT": (9, 21), "MR": (11, 28), "MU": (3, 12), "MX": (9, 16), "MD": (8, 27), "ME": (5, 21),
    "MA": (11, 18), "MZ": (6, 25), "MM": (1, 4), "NA": (3, 21), "NI": (9, 15), "NE": (8, 3),
    "NG": (10, 1), "MK": (9, 8), "PK": (8, 14), "PA": (11, 28), "PG": (9, 16), "PY": (5, 15),
    "PE": (7, 28), "PH": (6, 12), "PL": (11, 11), "QA": (12, 18), "RW": (7, 1), "WS": (6, 1),
    "ST": (7, 12), "SN": (4, 4), "SC": (6, 29), "SL": (4, 27), "SG": (8, 9), "SI": (6, 25),
    "SB": (7, 7), "SO": (7, 1), "KR": (8, 15), "SS": (7, 9), "LK": (2, 4), "SD": (1, 1),
    "SR": (11, 25), "SY": (4, 17), "TJ": (9, 9), "TZ": (12, 9), "TG": (4, 27), "TT": (8, 31),
    "TN": (3, 20), "TM": (9, 27), "UG": (10, 9), "UA": (8, 24), "AE": (12, 2), "UY": (8, 25),
    "UZ": (9, 1), "VE": (7, 5), "VN": (9, 2), "YE": (11, 30), "ZM": (10, 24), "ZW": (4, 18),
    "US": (7, 4),
}
_REPUBLIC = {"IN": (1, 26), "TR": (10, 29), "IT": (6, 2), "KE": (12, 12), "TN": (7, 25),
             "MV": (11, 11), "NP": (5, 28), "TW": (10, 10)}
_NATIONAL = {"CN": (10, 1), "SA": (9, 23), "AE": (12, 2), "QA": (12, 18), "KW": (2, 25),
             "BH": (12, 16), "OM": (11, 18), "VN": (9, 2), "SG": (8, 9), "MY": (8, 31),
             "FR": (7, 14), "ES": (10, 12), "CH": (8, 1), "DE": (10, 3), "LK": (2, 4),
             "NG": (10, 1), "LA": (12, 2), "TW": (10, 10), "TH": (12, 5), "BN": (2, 23)}
NATIONAL_DAYS: dict[str, tuple[int, int]] = {
    **{f"independence day {code}": day for code, day in _INDEPENDENCE.items()},
    **{f"republic day {code}": day for code, day in _REPUBLIC.items()},
    **{f"national day {code}": day for code, day in _NATIONAL.items()},
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
