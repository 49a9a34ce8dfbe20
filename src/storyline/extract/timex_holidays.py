"""Holidays as dates: fixed ones (Christmas, July Fourth), movable ones (Thanksgiving, Easter,
Labor Day) and those of other calendars (the Islamic, Hindu, Chinese, Persian and Hebrew ones,
Orthodox Easter; timex_calendars.py) and of other countries (a nation's Independence Day),
named without a year and resolved to the latest past occurrence, or the next one when the
words around speak of the future. Labor (or Labour) Day named around May is May 1."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from storyline.extract.timex_calendars import (
    diwali,
    hanukkah,
    hebrew_new_year,
    holi,
    islamic_day,
    lunar_new_year,
    mid_autumn,
    nowruz,
    orthodox_easter,
    passover,
)
from storyline.extract.timex_lexicon import FIXED_HOLIDAYS, NATIONAL_DAYS, ORDINALS
from storyline.extract.timex_resolve import Anchor, day_value, group_text, year_of

__all__ = ["canonical_holiday", "resolve_holiday"]


def resolve_holiday(match: re.Match[str], at: Anchor) -> str | None:
    name = canonical_holiday(match.group("holiday"))
    ordinal = _ordinal(group_text(match, "hord") or "")
    if name == "ramadan" and not ordinal and not group_text(match, "hstart"):
        return None  # "during Ramadan": the month, not a day of it
    hyear = group_text(match, "hyear")
    explicit = year_of(match) or (int(hyear) if hyear else None)
    rel = group_text(match, "rel")
    if name == "labor day" and not explicit and not rel and _in_may_day_season(at.day):
        # Named in a report of late April or May, Labor Day is May Day, the workers' day of
        # most of the world: the American one is four months ahead or eight months back.
        return day_value(date(at.day.year, 5, 1))
    if name in _NATIONAL:
        if at.country is None and match.group("holiday").islower():
            return None  # "the independence day celebrations" of a nation the text leaves open
        national = _national_day(name, at.country)
        if national is None:
            return None
        name = national
    years = [explicit] if explicit else [at.day.year - 1, at.day.year, at.day.year + 1]
    days = sorted(d for y in years for d in _holiday_dates(name, y))
    if not days:
        return None
    chosen = days[0] if explicit else _pick_occurrence(days, at, rel)
    if ordinal == _LAST:
        length = _length(name, chosen)
        if length is None:
            return None  # "the last day of Diwali": how many days it lasts, sources differ
        ordinal = length
    return day_value(chosen + timedelta(days=_shift(match, name, ordinal)))


# "the last day of", "the final night of": the ordinal is the feast's length (`_length`).
_LAST = -1


def _ordinal(word: str) -> int:
    """1 for "first" or "1st", 27 for "27th", `_LAST` for "last", "final", "closing"; 0 for none."""
    word = word.lower()
    if word in ("last", "final", "closing"):
        return _LAST
    if word[:-2].isdigit():
        return int(word[:-2])
    return ORDINALS.get(word, 0)


# How many days a feast lasts, where every source agrees: Hanukkah's eight days, Sukkot's
# seven, Kwanzaa's seven, Navratri's nine nights (so its ninth day). Ramadan's 29 or 30 are
# counted to the next month's first day (`_length`).
_DAYS_LONG = {"hanukkah": 8, "sukkot": 7, "kwanzaa": 7, "navratri": 9}


def _length(name: str, first: date) -> int | None:
    if name == "ramadan":
        return (islamic_day(10, 1, first + timedelta(days=29)) - first).days
    return _DAYS_LONG.get(name)


def _shift(match: re.Match[str], name: str, ordinal: int) -> int:
    """The day named next to a holiday: "the night before Thanksgiving", "the day after
    Christmas", "the eve of Eid" (-1), "the third day of Eid al-Adha" (+2); "the first night of
    Passover" or "of Ramadan" is the evening before its first day, for the Hebrew and Islamic
    days begin at sunset."""
    shift = {"before": -1, "after": 1}.get(group_text(match, "hdir") or "", 0)
    if group_text(match, "heve"):
        shift -= 1
    if ordinal:
        shift += ordinal - 1
        if group_text(match, "hpart") in ("night", "evening") and name in _SUNSET_DAYS:
            shift -= 1
    return shift


def canonical_holiday(words: str) -> str:
    """One name per holiday: "Eid-ul-Azha", "Bakrid" and "Tabaski" are "eid al-adha"."""
    name = re.sub(r"\s+", " ", words.lower()).replace("’", "'")
    for pattern, canonical in _SYNONYMS:
        if pattern.fullmatch(name):
            return canonical
    return name


_EID_LINK = r"[\s-]+(?:(?:al|ul|el|e)[\s-]+)?"
_SYNONYMS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), canonical) for pattern, canonical in (
        (r"labour day", "labor day"),
        (rf"eid{_EID_LINK}(?:fitr|saghir|sagheer)|korite|(?:ramazan|seker) bayrami?"
         r"|hari raya(?: (?:aidilfitri|puasa))?|lebaran", "eid al-fitr"),
        (rf"eid{_EID_LINK}(?:adha|azha|kabir|kebir|qurban)|bakri?[\s-]?eid|bakrid|tabaski"
         r"|kurban bayrami?|hari raya (?:haji|aidiladha)", "eid al-adha"),
        (rf"(?:eid{_EID_LINK})?milad[\s-]+un[\s-]+nabi|mawlid.*", "mawlid"),
        (r"(?:islamic|hijri) new year", "islamic new year"),
        (r"(?:lunar|chinese|vietnamese|korean) new year(?:'s(?: day)?)?|tet|seollal",
         "lunar new year"),
        (r"(?:lunar|chinese|vietnamese|korean) new year's eve", "lunar new year's eve"),
        (r"chuseok|mid-autumn festival|moon festival", "mid-autumn festival"),
        (r"deepavali", "diwali"),
        (r"dussehra|vijayadashami", "dussehra"),
        (r"chhath(?: puja)?", "chhath"),
        (r"nowruz|norouz|nowrouz|navruz|nauryz|newroz|nawruz|persian new year", "nowruz"),
        (r"pesach", "passover"),
        (r"rosh hashanah?", "rosh hashanah"),
        (r"hanukk?ah|chanukk?ah", "hanukkah"),
        (r"(?:the )?fourth", "fourth of july"),
        (r"indigenous peoples'? day", "columbus day"),
        (r"presidents'? day|president's day|washington's birthday", "presidents day"),
        (r"patriots'? day", "patriots day"),
        (r"(?:the )?day of the dead|d[ií]a de (?:los )?muertos|all souls'? day", "day of the dead"),
        (r"remembrance day", "armistice day"),
        (r"(?:international )?women's day", "women's day"),
        (r"mardi gras|fat tuesday|shrove tuesday", "shrove tuesday"),
        (r"shemini atzeret", "simchat torah"),
        (r"lag b'? ?omer", "lag baomer"),
        (r"navaratri", "navratri"),
        (r"(?:orthodox|coptic) christmas(?: day)?|genna", "orthodox christmas"),
        (r"(?:orthodox|coptic) easter(?: sunday)?|fasika", "orthodox easter"),
        (r"all saints'? day", "all saints day"),
        (r"whit sunday", "pentecost"),
        (r"maundy thursday", "holy thursday"),
    ))

# Holidays of calendars whose day begins at sunset: their "first night" is the evening before.
_SUNSET_DAYS = frozenset({"ramadan", "eid al-fitr", "eid al-adha", "passover", "rosh hashanah",
                          "yom kippur", "sukkot", "hanukkah", "shavuot", "purim", "ashura"})
# Islamic days as (month, day): 1 Muharram ... 9 Ramadan, 10 Shawwal, 12 Dhu al-Hijjah.
_ISLAMIC: dict[str, tuple[int, int]] = {
    "islamic new year": (1, 1), "ashura": (1, 10), "mawlid": (3, 12), "ramadan": (9, 1),
    "eid al-fitr": (10, 1), "eid al-adha": (12, 10),
}
# Feasts Saudi Arabia does not announce, kept where they are kept by the crescent seen.
_SIGHTED = frozenset({"ashura", "mawlid", "islamic new year"})
# Days counted from a holiday computed by its calendar.
_FROM_EASTER = {"easter": 0, "easter sunday": 0, "easter monday": 1, "good friday": -2,
                "palm sunday": -7, "ash wednesday": -46, "holy thursday": -3,
                "holy saturday": -1, "ascension day": 39, "pentecost": 49, "whit monday": 50,
                "shrove tuesday": -47}
_FROM_ORTHODOX_EASTER = {"orthodox easter": 0, "orthodox easter monday": 1,
                         "orthodox good friday": -2, "coptic good friday": -2}
_FROM_PASSOVER = {"passover": 0, "purim": -30, "shavuot": 50, "lag baomer": 33}
# Simchat Torah as Israel keeps it, with Shemini Atzeret on 22 Tishrei (a day later abroad).
_FROM_ROSH_HASHANAH = {"rosh hashanah": 0, "yom kippur": 9, "sukkot": 14, "simchat torah": 21}
_YEARLY: dict[str, tuple[Callable[[int], date], int]] = {
    "diwali": (diwali, 0), "dussehra": (diwali, -19), "chhath": (diwali, 6),
    "holi": (holi, 0), "holika dahan": (holi, -1),
    "lunar new year": (lunar_new_year, 0), "lunar new year's eve": (lunar_new_year, -1),
    "lantern festival": (lunar_new_year, 14), "mid-autumn festival": (mid_autumn, 0),
    "nowruz": (nowruz, 0), "navratri": (diwali, -28),
}
# A nation's day, whose date depends on the nation (timex_lexicon.NATIONAL_DAYS).
_NATIONAL = frozenset({"independence day", "republic day", "national day"})


def _national_day(name: str, country: str | None) -> str | None:
    """The key of the country's day in FIXED_HOLIDAYS-like `NATIONAL_DAYS`, "independence day"
    (July 4) when no other country is known, or None."""
    if country and country != "US":
        return f"{name} {country}" if f"{name} {country}" in NATIONAL_DAYS else None
    return "independence day" if name == "independence day" else None


def _holiday_dates(name: str, year: int) -> list[date]:
    """The days of holiday `name` that fall in `year` (an Islamic one may fall twice)."""
    if name in FIXED_HOLIDAYS:
        month, day = FIXED_HOLIDAYS[name]
        return [date(year, month, day)]
    if name in NATIONAL_DAYS:
        month, day = NATIONAL_DAYS[name]
        return [date(year, month, day)]
    if name in _ISLAMIC or name == "eid":
        keys = ["eid al-fitr", "eid al-adha"] if name == "eid" else [name]
        found = {islamic_day(*_ISLAMIC[key], date(year, month, 1), key in _SIGHTED)
                 for key in keys for month in (1, 7, 12)}
        return sorted(d for d in found if d.year == year)
    if name in _YEARLY:
        compute, shift = _YEARLY[name]
        return [compute(year) + timedelta(days=shift)]
    if name in _FROM_PASSOVER:
        return [passover(year) + timedelta(days=_FROM_PASSOVER[name])]
    if name in _FROM_ROSH_HASHANAH:
        return [hebrew_new_year(year + 3761) + timedelta(days=_FROM_ROSH_HASHANAH[name])]
    if name == "hanukkah":
        return [hanukkah(year)]
    if name in _FROM_EASTER:
        return [_easter(year) + timedelta(days=_FROM_EASTER[name])]
    if name in _FROM_ORTHODOX_EASTER:
        return [orthodox_easter(year) + timedelta(days=_FROM_ORTHODOX_EASTER[name])]
    single = _american_day(name, year)
    return [single] if single else []


def _american_day(name: str, year: int) -> date | None:
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
    if name == "columbus day":
        return _nth_weekday(year, 10, 0, 2)
    if name == "presidents day":
        return _nth_weekday(year, 2, 0, 3)
    if name == "patriots day":
        return _nth_weekday(year, 4, 0, 3)
    if name in _AFTER_THANKSGIVING:
        return _nth_weekday(year, 11, 3, 4) + timedelta(days=_AFTER_THANKSGIVING[name])
    if name == "super bowl sunday":
        # The first Sunday of February until the season grew a week (2022), the second since.
        return _nth_weekday(year, 2, 6, 2 if year >= 2022 else 1)
    return None


# The shopping days named after Thanksgiving Thursday.
_AFTER_THANKSGIVING = {"black friday": 1, "small business saturday": 2, "cyber monday": 4}


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
