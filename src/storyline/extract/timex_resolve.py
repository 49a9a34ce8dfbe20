"""Resolvers that turn one matched date expression into a TIMEX3 value.

Each resolver gets the regex match of its rule (see `timex.py`) and an `Anchor`: the document
date, whether the words around the expression speak of the future, and those words. Conventions
follow the TempEval-3 annotations: past reference is the default in news, a weekday equal to the
document's own weekday is the document day, "last April" is the latest April before this month.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from storyline.extract.timex_lexicon import (
    DECADE_WORDS,
    MONTHS,
    ORDINALS,
    SEASONS,
    VAGUE_VALUES,
    WEEKDAYS,
    parse_count,
    spoken_year,
)


@dataclass(frozen=True, slots=True)
class Anchor:
    day: date
    future: bool
    context: str
    past: bool = False  # the words around say the event already happened ("was shot on")
    country: str | None = None  # ISO code of the nation whose holidays are meant, when known


Resolver = Callable[[re.Match[str], Anchor], str | None]

_QUARTER_CONTEXT = re.compile(
    r"\bquarter|\bperiod\b|\ba\s+share\b|\bnet\s+(?:income|loss)|\brevenue|\bearn(?:ed|ings)\b"
    r"|\$\s?\d|\bcents\b|\bprofit|\bsales\b",
    re.IGNORECASE,
)


# --------------------------------------------------------------------------- value helpers

def day_value(value: date) -> str:
    return value.isoformat()


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def week_value(value: date) -> str:
    iso = value.isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}"


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def group_text(match: re.Match[str], name: str) -> str | None:
    value = match.groupdict().get(name)
    return " ".join(value.lower().split()) if value else None


def year_of(match: re.Match[str]) -> int | None:
    raw = group_text(match, "year")
    return int(raw) if raw else None


def _month_of(match: re.Match[str]) -> int:
    return MONTHS[match.group("month").lower().rstrip(".")[:3]]


def month_year(month: int, at: Anchor, rel: str | None = None) -> int:
    """The year of a month named without one: the latest past one, or the next in the future."""
    year = at.day.year
    if rel == "last":
        return year if month < at.day.month else year - 1
    if rel == "next":
        return year if month > at.day.month else year + 1
    if rel == "this" or month == at.day.month:
        return year
    if at.future:
        return year if month > at.day.month else year + 1
    if not at.past and 0 < month - at.day.month <= FUTURE_HORIZON.days // 30:
        return year
    return year if month < at.day.month else year - 1


def weekday_date(weekday: int, at: Anchor, rel: str | None) -> date:
    """Which date a weekday names: the same day, the latest past one, or the next one."""
    anchor = at.day
    back = (anchor.weekday() - weekday) % 7
    forward = (weekday - anchor.weekday()) % 7
    if rel in {"last", "the previous", "this past"}:
        return anchor - timedelta(days=back or 7)
    if rel is not None and rel.endswith("penultimate"):
        # "the penultimate Sunday" (Nigerian and Ghanaian press): the one before the last.
        return anchor - timedelta(days=(back or 7) + 7)
    if rel in {"next", "this coming", "the following"}:
        return anchor + timedelta(days=forward or 7)
    if back == 0:
        return anchor
    if at.future or (rel == "this" and forward <= 3):
        return anchor + timedelta(days=forward)
    return anchor - timedelta(days=back)


def last_quarter(anchor: date) -> tuple[int, int]:
    """The latest completed quarter: what "the quarter" means in results reports."""
    current = (anchor.month - 1) // 3 + 1
    return (anchor.year, current - 1) if current > 1 else (anchor.year - 1, 4)


def _full_year(raw: str, anchor: date) -> int:
    if len(raw) == 4:
        return int(raw)
    two = int(raw)
    century = anchor.year // 100 * 100
    year = century + two
    return year - 100 if year > anchor.year + 10 else year


# --------------------------------------------------------------------------- resolvers

def resolve_iso(match: re.Match[str], at: Anchor) -> str | None:
    return _safe_day(int(match.group("y")), int(match.group("m")), int(match.group("d")))


def resolve_slash(match: re.Match[str], at: Anchor) -> str | None:
    year = _full_year(match.group("y"), at.day)
    first, second = int(match.group("m")), int(match.group("d"))
    if first > 12:  # "25/04/2026": only the day can come first
        first, second = second, first
    elif second <= 12 and _day_first_is_meant(year, first, second, at):
        first, second = second, first  # "12/03/2024" in a March 2024 report of a past act
    return _safe_day(year, first, second)


def resolve_slash_clock(match: re.Match[str], at: Anchor) -> str | None:
    """"3/22 11:50 PM": month first (the logs that write it so are American), in the year
    that puts it nearest the report, as for "March 22"."""
    month, day = int(match.group("m")), int(match.group("d"))
    chosen = _day_of_month(month, day, None, None, at)
    return day_value(chosen) if chosen else None


# Countries whose press writes a date's month first ("6/7" is June 7); elsewhere the day comes
# first ("12/3" is 12 March).
MONTH_FIRST_COUNTRIES = frozenset({"US", "PH", "FM", "MH", "PW"})


def resolve_bare_slash(match: re.Match[str], at: Anchor) -> str | None:
    """"on 12/3": day and month in the order the story's country writes them (`at.country`);
    a number above 12 can only be the day. With no country known, the reading that lies
    nearest before the report: an act told with "on" has passed, most often days ago."""
    first, second = int(match.group("a")), int(match.group("b"))
    readings = [(m, d) for m, d in ((first, second), (second, first)) if m <= 12]
    if len(readings) == 2 and at.country is not None:
        readings = readings[:1] if at.country in MONTH_FIRST_COUNTRIES else readings[1:]
    days = [d for d in (_latest_past(m, d, at.day) for m, d in readings) if d is not None]
    return day_value(max(days)) if days else None


def _latest_past(month: int, day: int, anchor: date) -> date | None:
    """The last such day up to a week after the report's (a log's entry may be dated a day or
    two after the day it was filed under): not the year before for a day just ahead."""
    found = [d for d in (_date_or_none(y, month, day) for y in (anchor.year, anchor.year - 1))
             if d is not None and d <= anchor + AHEAD_OF_THE_REPORT]
    return max(found) if found else None


AHEAD_OF_THE_REPORT = timedelta(days=7)


def _day_first_is_meant(year: int, first: int, second: int, at: Anchor) -> bool:
    """Read month first, the date lies ahead of the report; read day first, it has passed.
    That is the day-first way of writing when the words do not set the date ahead and either
    tell a past act ("was shot on 04/03/2024") or the month-first date lies beyond the months
    ahead that news speaks of ("12/03/2024" in a March report)."""
    month_first = _date_or_none(year, first, second)
    day_first = _date_or_none(year, second, first)
    if at.future or month_first is None or day_first is None:
        return False
    if month_first <= at.day or day_first > at.day:
        return False
    return at.past or month_first - at.day > FUTURE_HORIZON or _opens_a_record(at.context)


# A date that opens its line as the label of an entry ("12/08/2024 - Clashes near Koutiala
# leave 3 dead", "03/04/2024: gunmen attacked ..."): a record tells what happened, so read
# month first it would lie ahead of the report, read day first it has passed.
_RECORD_OPENING = re.compile(r"\s*\d{1,2}/\d{1,2}/\d{2,4}\s*(?:[-–—:|]|\s-)")


def _opens_a_record(context: str) -> bool:
    return _RECORD_OPENING.match(context) is not None


def resolve_dotted(match: re.Match[str], at: Anchor) -> str | None:
    return _safe_day(int(match.group("y")), int(match.group("m")), int(match.group("d")))


def resolve_word_day_month(match: re.Match[str], at: Anchor) -> str | None:
    day = ORDINALS.get(re.sub(r"\s+", "-", match.group("dword").lower()))
    if day is None:
        return None
    chosen = _day_of_month(_month_of(match), day, year_of(match), None, at)
    return day_value(chosen) if chosen else None


# How far back "the 31st" may reach into the month before the report's ("on the 31st" in an
# April 2 report); a day further back than that the words do not place in a month.
ORDINAL_DAY_REACH = timedelta(days=7)


def resolve_ordinal_day(match: re.Match[str], at: Anchor) -> str | None:
    """"the 14th": that day of the report's month; in the first days of a month, a later day
    is one of the last days of the month before ("the 30th" in a report of the 2nd). With the
    future in the words, the next such day."""
    day = int(match.group("day"))
    if (group_text(match, "inst") or "").startswith("ult") or group_text(match, "omonth") in (
            "last", "the previous"):
        return _safe_day(*add_months(at.day.year, at.day.month, -1), day)
    if at.future:
        year, month = (at.day.year, at.day.month) if day >= at.day.day else add_months(
            at.day.year, at.day.month, 1)
        found = _date_or_none(year, month, day)
        return day_value(found) if found else None
    if day <= at.day.day:
        return day_value(at.day.replace(day=day))
    found = _date_or_none(*add_months(at.day.year, at.day.month, -1), day)
    if found is None or at.day - found > ORDINAL_DAY_REACH:
        return None
    return day_value(found)


def _safe_day(year: int, month: int, day: int) -> str | None:
    try:
        return day_value(date(year, month, day))
    except ValueError:
        return None


def resolve_month_day(match: re.Match[str], at: Anchor) -> str | None:
    month, day, year = _month_of(match), int(match.group("day")), year_of(match)
    named_year = group_text(match, "dyrel")
    if named_year is not None:  # "June 2 last year"
        year = at.day.year - (named_year == "last")
    weekday = group_text(match, "weekday")
    last = match.groupdict().get("last")
    last_day = int(re.sub(r"\D", "", last)) if last else day
    if last_day < day:  # "31 and 1 January", "30-2 May": begun in the month before
        year = year - 1 if year is not None and month == 1 else year
        month = 12 if month == 1 else month - 1
    chosen = _day_of_month(month, day, year, weekday, at)
    if chosen is not None and last and match.groupdict().get("both"):
        # "on 17 and 18 August", "between 10 and 13 March": the later day, the latest the
        # report tells of; while it is still to come, the words date nothing that has passed
        later = _date_or_none(*add_months(chosen.year, chosen.month, int(last_day < day)),
                              last_day)
        return day_value(later) if later is not None and (at.future or later <= at.day) else None
    return day_value(chosen) if chosen else None


def _day_of_month(month: int, day: int, year: int | None, weekday: str | None, at: Anchor
                  ) -> date | None:
    if year is not None:
        return _date_or_none(year, month, day)
    candidates = [d for d in (_date_or_none(y, month, day) for y in _years_around(at)) if d]
    if weekday:  # "Monday, Oct. 26": the year in which that date is a Monday
        named = [d for d in candidates if d.weekday() == WEEKDAYS[weekday[:3]]]
        candidates = named or candidates
    return _nearest_date(candidates, at)


def _years_around(at: Anchor) -> tuple[int, int, int]:
    return at.day.year - 1, at.day.year, at.day.year + 1


def _date_or_none(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


# How far ahead a date named without a year may lie before it is read as last year's: news
# mentions coming hearings, deadlines and payments a few months ahead, rarely further.
FUTURE_HORIZON = timedelta(days=120)
FUTURE_HORIZON_STATED = timedelta(days=300)  # when the words say "will", "payable", "by"


def _nearest_date(candidates: list[date], at: Anchor) -> date | None:
    """The past occurrence, or a near future one; the future wins when the words say so."""
    past = [d for d in candidates if d <= at.day]
    future = [d for d in candidates if d > at.day]
    horizon = FUTURE_HORIZON_STATED if at.future else FUTURE_HORIZON
    if future and min(future) - at.day <= horizon and not at.past:
        return min(future)
    if past:
        return max(past)
    return min(future) if future else None


def resolve_month_year(match: re.Match[str], at: Anchor) -> str | None:
    year = year_of(match)
    return month_value(year, _month_of(match)) if year else None


def resolve_month(match: re.Match[str], at: Anchor) -> str | None:
    rel = group_text(match, "rel")
    month = _month_of(match)
    return month_value(month_year(month, at, rel if rel in {"last", "next", "this"} else None),
                       month)


def resolve_year(match: re.Match[str], at: Anchor) -> str | None:
    year = year_of(match)
    return f"{year:04d}" if year else None


def resolve_fiscal_year(match: re.Match[str], at: Anchor) -> str | None:
    year = year_of(match)
    if year is None and match.group("yy"):
        year = _full_year(match.group("yy"), at.day)
    return f"{year:04d}" if year else None


def resolve_day_word(match: re.Match[str], at: Anchor) -> str | None:
    word = group_text(match, "word") or ""
    offsets = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
               "the day before yesterday": -2, "the day after tomorrow": 2}
    # "the night before last": the night before last night, two days back like "the day
    # before yesterday".
    # "the previous evening": the day before the report's, as TIMEX3 reads it against the
    # document date (dates.py reads it only counted from a statement's day).
    offset = -2 if word.endswith("before last") else -1 if word.startswith(
        ("the previous", "the preceding")) or word.endswith(" before") else offsets[word]
    return _with_part(at.day + timedelta(days=offset), match)


def resolve_this_part(match: re.Match[str], at: Anchor) -> str | None:
    rel = group_text(match, "rel") or ""
    part = group_text(match, "part")
    if rel == "last" and part in {"night", "evening"}:
        return _with_part(at.day - timedelta(days=1), match)
    return _with_part(at.day, match)


def _with_part(day: date, match: re.Match[str]) -> str:
    """The day of "Friday evening": TempEval annotates such DATE spans with the day alone
    (the part of day, "TEV", is kept for TIME spans, which we do not produce)."""
    return day_value(day)


_NTH = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
        "4th": 4, "fifth": 5, "5th": 5, "last": -1}


def resolve_nth_weekday(match: re.Match[str], at: Anchor) -> str | None:
    """"the first Saturday of October" (the latest October, or the one its year names), "the
    last Sunday of the month" (the report's month; "of last month" the one before), "the first
    Friday of the year" (its January; the last such day is December's)."""
    weekday = WEEKDAYS[match.group("weekday").lower()[:3]]
    nth = _NTH[match.group("nth").lower()]
    unit, rel = group_text(match, "nunit"), group_text(match, "nrel")
    if unit == "year":
        year, month = at.day.year - (rel == "last"), 12 if nth < 0 else 1
    elif unit == "month":
        year, month = at.day.year, at.day.month
        if rel == "last":
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    else:
        month = _month_of(match)
        year = year_of(match) or month_year(month, at)
    if nth < 0:
        following = date(year + month // 12, month % 12 + 1, 1)
        last = following - timedelta(days=1)
        return day_value(last - timedelta(days=(last.weekday() - weekday) % 7))
    first = date(year, month, 1)
    day = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    return day_value(day) if day.month == month else None


def resolve_weekday(match: re.Match[str], at: Anchor) -> str | None:
    weekday = WEEKDAYS[match.group("weekday").lower()[:3]]
    week = group_text(match, "wrel") or group_text(match, "wpre")
    if week is not None:
        # The day of the named week (weeks begin on Monday): "Tuesday of last week".
        monday = at.day - timedelta(days=at.day.weekday() + (7 if week == "last" else 0))
        return _with_part(monday + timedelta(days=weekday), match)
    rel = group_text(match, "rel")
    if group_text(match, "wbl") is not None:  # "the Sunday before last"
        return _with_part(weekday_date(weekday, at, "last") - timedelta(days=7), match)
    return _with_part(weekday_date(weekday, at, rel), match)


def resolve_count_ago(match: re.Match[str], at: Anchor) -> str | None:
    count = parse_count(match.group("count"))
    direction = group_text(match, "dir") or "ago"
    sign = 1 if direction in {"later", "from now", "hence"} else -1
    if count is None:
        return "FUTURE_REF" if sign > 0 else "PAST_REF"
    unit = (group_text(match, "unit") or "").rstrip("s")
    return _shift(unit, sign * count, at)


def _shift(unit: str, delta: int, at: Anchor) -> str | None:
    anchor = at.day
    if unit in {"day", "night"}:
        return day_value(anchor + timedelta(days=delta))
    if unit in {"week", "fortnight"}:
        return week_value(anchor + timedelta(weeks=delta * (2 if unit == "fortnight" else 1)))
    if unit == "month":
        return month_value(*add_months(anchor.year, anchor.month, delta))
    if unit == "year":
        if _QUARTER_CONTEXT.search(at.context) and abs(delta) == 1:
            year, quarter = last_quarter(anchor)
            return f"{year + delta:04d}-Q{quarter}"
        return f"{anchor.year + delta:04d}"
    if unit == "decade":
        return f"{(anchor.year + 10 * delta) // 10:03d}"
    if unit in {"century", "centurie"}:
        return f"{(anchor.year + 100 * delta) // 100:02d}"
    if unit == "quarter":
        year, quarter = divmod(anchor.year * 4 + (anchor.month - 1) // 3 + delta, 4)
        return f"{year:04d}-Q{quarter + 1}"
    return None


def resolve_year_ago_adj(match: re.Match[str], at: Anchor) -> str | None:
    year, quarter = last_quarter(at.day)
    if group_text(match, "noun") in {"quarter", "period"} or _QUARTER_CONTEXT.search(at.context):
        return f"{year - 1:04d}-Q{quarter}"
    return f"{at.day.year - 1:04d}"


def resolve_rel_unit(match: re.Match[str], at: Anchor) -> str | None:
    rel = group_text(match, "rel") or "this"
    unit = group_text(match, "unit") or ""
    delta = {"last": -1, "the past": -1, "the previous": -1, "this past": -1, "next": 1,
             "the following": 1, "the coming": 1}.get(rel, 0)
    if unit in {"decade", "century"} and rel in {"the past", "last"}:
        delta = 0  # "the past decade" spans up to now: TempEval annotates the current decade
    if unit == "fiscal year":
        unit = "year"
    if unit == "weekend":
        return _weekend(at, delta)
    return _unit_value(unit, delta, at)


def _unit_value(unit: str, delta: int, at: Anchor) -> str | None:
    anchor = at.day
    if unit == "year":
        return f"{anchor.year + delta:04d}"
    if unit in {"week", "month", "day"}:
        return _shift(unit, delta, at)
    if unit == "decade":
        return f"{anchor.year // 10 + delta:03d}"
    if unit == "century":
        return f"{anchor.year // 100 + delta:02d}"
    return None


def _weekend(at: Anchor, delta: int) -> str:
    anchor = at.day
    saturday = anchor + timedelta(days=(5 - anchor.weekday()) % 7)
    if delta < 0 or (delta == 0 and not at.future and anchor.weekday() < 4):
        saturday -= timedelta(days=7)
    if delta > 0 and anchor.weekday() >= 5:
        saturday += timedelta(days=7)
    return week_value(saturday) + "-WE"


def resolve_in_the_unit(match: re.Match[str], at: Anchor) -> str | None:
    return _unit_value(group_text(match, "unit") or "", 0, at)


def resolve_the_unit(match: re.Match[str], at: Anchor) -> str | None:
    unit = (group_text(match, "unit") or "").replace("fiscal ", "")
    if unit == "weekend":
        return _weekend(at, 0)
    if unit in {"same day", "day"}:
        return day_value(at.day)
    return _unit_value(unit, 0, at)


def resolve_season(match: re.Match[str], at: Anchor) -> str | None:
    code, end_month = SEASONS[match.group("season").lower()]
    year = year_of(match)
    if year is None:
        rel = group_text(match, "rel") or ""
        year = at.day.year
        if rel in {"last", "this past"} and end_month >= at.day.month:
            year -= 1
        elif rel == "next" or (at.future and end_month < at.day.month):
            year += 1
    return f"{year:04d}-{code}"


def resolve_decade(match: re.Match[str], at: Anchor) -> str | None:
    word = group_text(match, "dword")
    if word:
        return f"{at.day.year // 100:02d}{DECADE_WORDS[word]}"
    digits = re.sub(r"\D", "", match.group("decade"))
    if len(digits) == 2:  # "the '80s": the century of the document
        return f"{at.day.year // 100:02d}{digits[0]}"
    return digits[:3]


def resolve_century(match: re.Match[str], at: Anchor) -> str | None:
    raw = match.group("cent").lower()
    number = int(re.sub(r"\D", "", raw)) if raw[0].isdigit() else ORDINALS.get(raw)
    return f"{number - 1:02d}" if number else None


def resolve_half(match: re.Match[str], at: Anchor) -> str | None:
    year = year_of(match)
    if year is None:
        year = at.day.year + {"last": -1, "next": 1}.get(group_text(match, "hrel") or "", 0)
    half = 1 if match.group("half").lower() == "first" else 2
    return f"{year:04d}-H{half}"


def resolve_quarter_of(match: re.Match[str], at: Anchor) -> str | None:
    number = ORDINALS.get((group_text(match, "qord") or "").lower())
    year = year_of(match)
    return f"{year:04d}-Q{number}" if number and number <= 4 and year else None


def resolve_quarter(match: re.Match[str], at: Anchor) -> str | None:
    qord = group_text(match, "qord")
    mods = group_text(match, "qmods") or ""
    year, quarter = last_quarter(at.day)
    if qord == "current":
        quarter = (at.day.month - 1) // 3 + 1
        year = at.day.year
    elif qord in ORDINALS or "fiscal-first" in mods:
        quarter = ORDINALS.get(qord or "", 1)
        year = at.day.year
    if quarter > 4:
        return None
    explicit = group_text(match, "qyear")
    if explicit:
        year = int(explicit)
    year += {"last": -1, "the previous": -1, "next": 1, "the following": 1}.get(
        group_text(match, "yrel") or "", 0
    )
    if "year-ago" in mods or "year-earlier" in mods or group_text(match, "qago"):
        year -= 1
    return f"{year:04d}-Q{quarter}"


def resolve_vague(match: re.Match[str], at: Anchor) -> str | None:
    phrase = group_text(match, "vague") or ""
    if phrase.startswith("recent"):
        return "PAST_REF"
    if phrase.startswith(("coming", "future")):
        return "FUTURE_REF"
    return VAGUE_VALUES.get(phrase)


def resolve_hours_ago(match: re.Match[str], at: Anchor) -> str | None:
    """"hours ago", and "overnight" alone: the report's own day."""
    return day_value(at.day)


def resolve_part_weekday(match: re.Match[str], at: Anchor) -> str | None:
    weekday = WEEKDAYS[match.group("weekday").lower()[:3]]
    return _with_part(weekday_date(weekday, at, None), match)


def resolve_week_of(match: re.Match[str], at: Anchor) -> str | None:
    day = resolve_month_day(match, at)
    return week_value(date.fromisoformat(day)) if day else None


def resolve_month_rel_year(match: re.Match[str], at: Anchor) -> str | None:
    delta = {"last": -1, "next": 1}.get(group_text(match, "yrel") or "", 0)
    return month_value(at.day.year + delta, _month_of(match))


def resolve_spoken_year(match: re.Match[str], at: Anchor) -> str | None:
    year = spoken_year(match.group("spoken"))
    if year is None:
        return None
    return month_value(year, _month_of(match)) if match.groupdict().get("month") else f"{year}"


def resolve_year_end(match: re.Match[str], at: Anchor) -> str | None:
    return f"{at.day.year:04d}"


def resolve_vague_span(match: re.Match[str], at: Anchor) -> str | None:
    rel = group_text(match, "rel") or ""
    return "FUTURE_REF" if rel in {"next", "coming"} else "PAST_REF"


def resolve_anaphoric_year(match: re.Match[str], at: Anchor) -> str | None:
    """"the following year" counts from the last year the text named, else from the anchor."""
    expression = match.group()
    before = at.context[: max(0, at.context.find(expression))] if at.context else ""
    named = re.findall(r"\b(1[6-9]\d\d|20\d\d)\b", before)
    base = int(named[-1]) if named else at.day.year
    rel = group_text(match, "rel") or group_text(match, "after") or ""
    delta = {"the following": 1, "the next": 1, "after": 1, "the previous": -1,
             "the prior": -1, "before": -1}.get(rel, 0)
    return f"{base + delta:04d}"


RESOLVERS: dict[str, Resolver] = {
    "anaphoric_year": resolve_anaphoric_year,
    "week_of": resolve_week_of,
    "month_rel_year": resolve_month_rel_year,
    "spoken_year": resolve_spoken_year,
    "period": resolve_quarter,
    "year_end": resolve_year_end,
    "vague_span": resolve_vague_span,
    "vague_weak": resolve_vague,
    "iso": resolve_iso,
    "slash": resolve_slash,
    "hyphenated": resolve_slash,
    "nth_weekday": resolve_nth_weekday,
    "slash_clock": resolve_slash_clock,
    "bare_slash": resolve_bare_slash,
    "dotted": resolve_dotted,
    "word_day_month": resolve_word_day_month,
    "ordinal_day": resolve_ordinal_day,
    "hours_ago": resolve_hours_ago,
    "overnight": resolve_hours_ago,
    "month_day": resolve_month_day,
    "day_month": resolve_month_day,
    "day_range": resolve_month_day,
    "month_day_range": resolve_month_day,
    "month_year": resolve_month_year,
    "half": resolve_half,
    "quarter_of": resolve_quarter_of,
    "quarter": resolve_quarter,
    "count_ago": resolve_count_ago,
    "year_ago_adj": resolve_year_ago_adj,
    "rel_unit": resolve_rel_unit,
    "in_the_unit": resolve_in_the_unit,
    "the_unit": resolve_the_unit,
    "season": resolve_season,
    "season_year": resolve_season,
    "decade": resolve_decade,
    "century": resolve_century,
    "fiscal_year": resolve_fiscal_year,
    "day_word": resolve_day_word,
    "this_part": resolve_this_part,
    "weekday": resolve_weekday,
    "part_weekday": resolve_part_weekday,
    "month": resolve_month,
    "year": resolve_year,
    "vague": resolve_vague,
}
