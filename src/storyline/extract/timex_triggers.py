"""Which date rules a trigger word can take part in.

Every date expression contains a trigger word (a month, a weekday, "ago", "quarter", a year
number, ...). The finder looks for triggers first and then tries, near each, only the rules
that can contain it: one alternation of all 30-odd rules costs ~20 µs per word tried, a handful
of them a tenth of that.
"""

from __future__ import annotations

_MONTH_RULES = ("day_range", "month_day_range", "month_day", "day_month", "word_day_month",
                "week_of", "month_rel_year", "spoken_year", "month_year", "month")
_WEEKDAY_RULES = ("month_day", "day_month", "holiday", "nth_weekday", "weekday", "part_weekday")
_PART_RULES = ("day_word", "this_part", "overnight", "weekday", "part_weekday")
_UNIT_RULES = ("week_of", "half", "quarter", "vague_span", "count_ago", "anaphoric_year",
               "rel_unit", "in_the_unit", "the_unit", "month_rel_year", "year_end",
               "spoken_year", "year", "century", "hours_ago")
_QUARTER_RULES = ("half", "quarter_of", "quarter", "period", "vague_span", "count_ago", "vague")
_VAGUE_RULES = ("vague_span", "vague", "rel_unit")
_HOLIDAY_RULES = ("holiday",)
_SPOKEN_RULES = ("spoken_year", "century")
YEAR_NUMBER_RULES = ("iso", "dotted", "day_range", "month_day_range", "month_day", "day_month",
                     "week_of", "month_year", "half", "quarter_of", "quarter", "period", "holiday",
                     "season", "season_year", "decade", "fiscal_year", "year")
SLASH_RULES = ("slash", "hyphenated", "slash_clock", "bare_slash")
DECADE_RULES = ("decade",)

_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("january february march april may june july august september october november december"
     " jan feb mar apr jun jul aug sep sept oct nov dec", _MONTH_RULES),
    ("monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs"
     " fri sat sun", _WEEKDAY_RULES),
    ("today tonight yesterday tomorrow", ("day_word",)),
    ("day", ("day_word",)),  # "the day before last"
    ("hour hours minute minutes", ("hours_ago",)),
    ("morning afternoon evening night overnight", _PART_RULES),
    ("ago day days week weeks weekend month months year years decade decades century"
     " centuries fortnight fortnights", _UNIT_RULES),
    ("nights", ("count_ago",)),  # "two nights earlier"
    ("quarter quarters period", _QUARTER_RULES),
    ("spring summer fall autumn winter", ("season", "season_year")),
    ("now recent recently past future present presently currently previously formerly lately"
     " nowadays moment term", _VAGUE_RULES),
    ("fiscal fy", ("fiscal_year", "quarter", "rel_unit")),
    ("year-ago year-earlier", ("year_ago_adj", "quarter", "period")),
    ("year-end mid-year", ("year_end", "year")),
    # "valentine", "mother"...: the possessive's apostrophe may be typographic (’).
    ("christmas thanksgiving easter halloween independence memorial labor labour veterans"
     " valentine election good fourth mother father luther patrick boxing anzac australia"
     " canada bastille bonfire fawkes"
     # other calendars' and countries' holidays (timex.py `_HOLIDAY`)
     " lunar chinese tet seollal chuseok festival eid bakrid bakri tabaski korite kurban"
     " ramazan seker bayram bayrami raya lebaran ramadan ashura mawlid milad islamic hijri"
     " diwali deepavali holika holi dussehra vijayadashami chhath nowruz norouz nowrouz navruz"
     " nauryz newroz nawruz persian passover pesach rosh yom sukkot purim shavuot hanukkah"
     " hanukah chanukah chanukkah orthodox coptic genna timkat fasika meskel palm ash maundy"
     " holy pentecost whit ascension epiphany saints jamhuri madaraka mashujaa republic"
     # (the days named by a weekday, "Black Friday", "Super Bowl Sunday", come with it)
     " national columbus indigenous presidents president washington patriots juneteenth"
     " cinco dead muertos souls armistice remembrance kwanzaa women earth flag songkran"
     " waitangi mardi simchat shemini lag navratri navaratri may", _HOLIDAY_RULES),
    # A day of the month named alone: "on the 14th".
    (" ".join(f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"
              for n in range(1, 32)), ("day_range", "day_month", "ordinal_day")),
    # "New Year's Eve": the trigger "year" (before the apostrophe) also starts a holiday.
    ("year", _HOLIDAY_RULES),
    ("nineteen eighteen twenty thousand", _SPOKEN_RULES),
    ("nineties eighties seventies sixties fifties forties thirties twenties", DECADE_RULES),
)


def _trigger_rules() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for words, rules in _GROUPS:
        for word in words.split():
            table.setdefault(word, set()).update(rules)
    return {word: frozenset(rules) for word, rules in table.items()}


TRIGGER_RULES: dict[str, frozenset[str]] = _trigger_rules()
