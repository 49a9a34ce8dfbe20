"""Finding date expressions in text and normalizing them to TIMEX3 values.

Rule based on purpose: one compiled alternation finds candidate spans in a whole article in a
single pass, and an ordered list of anchored rules turns one expression into a TIMEX3 value
("1998-01-08", "1998-W02", "1998-01", "1998-Q3", "1998-SU", "199", "PAST_REF", ...) the way the
TempEval-3 guidelines annotate it: relative expressions are resolved against an anchor (the
publication date), and the grammatical tense of the surrounding words decides whether a bare
weekday or month points back (the default in news) or forward ("will meet on Thursday").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from storyline.extract.first_letters import prefix_tree_pattern
from storyline.extract.streets import street_types
from storyline.extract.timex_holidays import resolve_holiday
from storyline.extract.timex_resolve import RESOLVERS, Anchor, Resolver
from storyline.extract.timex_triggers import (
    DECADE_RULES,
    SLASH_RULES,
    TRIGGER_RULES,
    YEAR_NUMBER_RULES,
)

__all__ = ["DateExpression", "find_date_expressions", "iter_date_expressions",
           "normalize_date_expression", "numeric_stretch_end", "speaks_of_the_future"]


@dataclass(frozen=True, slots=True)
class DateExpression:
    """A date expression found in a text; `start`/`end` index into that text."""

    start: int
    end: int
    text: str


# --------------------------------------------------------------------------- patterns

_MONTH = (
    r"(?P<month>(?:january|february|march|april|may|june|july|august|september|october"
    r"|november|december)\b|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)(?:\.|\b))"
)
_DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b"
# Between a month and its day: a space, or in terse notes a period with none ("Mar.28",
# "June.27-28"), which a month's short form may already hold, or a comma before an ordinal day
# ("claimed the ambush on October, 20th"; "in October, 12 people" is a month and a count).
_MONTH_DAY_GAP = r"(?:\s+|(?<=\.)|\.(?=\d)|,\s*(?=(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b))"
_YEAR = r"(?P<year>1[6-9]\d\d|20\d\d)\b"
_LAST_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b"
_WEEKDAY = (
    r"(?P<weekday>(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
    r"|(?:mon|tues?|wed|thu|thur|thurs|fri|sat|sun)(?:\.|\b))"
)
_PART = r"(?P<part>morning|afternoon|evening|night|overnight)"
_COUNT = (
    r"(?P<count>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
    r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|several|a\s+few|few"
    r"|a\s+couple\s+of|many)"
)
# "a fortnight ago" is two weeks; "three nights ago" counts days (the night of each).
_UNIT = r"(?P<unit>day|night|week|fortnight|month|year|decade|century|centuries|quarter)s?"
_EDGE = (
    r"(?P<edge>early|earlier|late|later|mid|the\s+end\s+of|the\s+beginning\s+of"
    r"|the\s+start\s+of)"
)
_QORD = r"(?P<qord>first|second|third|fourth|1st|2nd|3rd|4th|latest|current|last|previous)"
_SPOKEN_YEAR = (
    r"(?P<spoken>(?:nineteen|eighteen|twenty)[\s-]+(?:(?:twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven"
    r"|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
    r"|two\s+thousand(?:\s+and)?(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine|ten))?)"
)
_HOLIDAY = (
    r"(?P<holiday>new\s+year['’]s\s+(?:day|eve)|christmas(?:\s+(?:day|eve))?"
    # "New Year's" alone before its festivities is the night that turns into the day
    # (the end: the expression alone, as it is normalized)
    r"|new\s+year['’]s(?=\s+(?:celebrat|festivit|part|gathering|firework|revel)|$)"
    r"|thanksgiving(?:\s+day)?"
    r"|independence\s+day|(?:the\s+)?fourth\s+of\s+july|july\s+fourth|halloween"
    # "fireworks on the Fourth": July's, written short (capitalized, after a preposition of
    # time: `_plausible`), not "the fourth floor" or "the fourth in a series".
    r"|the\s+fourth(?=\s*(?:[.,;:!?)]|$)|\s+(?:in|at|near|outside|when|while|as|and|but|after"
    r"|before|with|weekend|holiday|celebrations?|fireworks|festivities)\b)"
    r"|valentine['’]s\s+day|memorial\s+day|labou?r\s+day|easter(?:\s+(?:sunday|monday))?"
    r"|good\s+friday|boxing\s+day|anzac\s+day|australia\s+day|canada\s+day|bastille\s+day"
    r"|bonfire\s+night|guy\s+fawkes\s+night"
    r"|veterans\s+day|martin\s+luther\s+king(?:\s+jr\.?)?\s+day|election\s+day"
    r"|mother['’]s\s+day|father['’]s\s+day|st\.?\s+patrick['’]s\s+day"
    # Holidays of other calendars and countries (timex_holidays.py, timex_calendars.py): the
    # whole class each calendar keeps, in the spellings English copy gives them.
    r"|(?:lunar|chinese|vietnamese|korean)\s+new\s+year(?:['’]s(?:\s+(?:day|eve))?)?"
    r"|tet|seollal|chuseok|mid-autumn\s+festival|moon\s+festival|lantern\s+festival"
    r"|eid(?:[\s-]+(?:(?:al|ul|el|e|ul)[\s-]+)?(?:fitr|adha|azha|kabir|kebir|saghir|sagheer"
    r"|qurban|milad[\s-]+un[\s-]+nabi))?|bakri?[\s-]?eid|bakrid|tabaski|korite"
    r"|(?:kurban|ramazan|seker)\s+bayrami?|hari\s+raya(?:\s+(?:aidilfitri|puasa"
    r"|haji|aidiladha))?|lebaran|ramadan|ashura|mawlid(?:\s+(?:al-|an-)?nabi)?"
    r"|milad[\s-]+un[\s-]+nabi|islamic\s+new\s+year|hijri\s+new\s+year"
    r"|diwali|deepavali|holika\s+dahan|holi|dussehra|vijayadashami|chhath(?:\s+puja)?"
    r"|nowruz|norouz|nowrouz|navruz|nauryz|newroz|nawruz|persian\s+new\s+year"
    r"|passover|pesach|rosh\s+hashanah?|yom\s+kippur|sukkot|purim|shavuot"
    r"|hanukk?ah|chanukk?ah"
    r"|(?:orthodox|coptic)\s+(?:christmas(?:\s+(?:day|eve))?|easter(?:\s+(?:sunday|monday))?"
    r"|good\s+friday)|genna|timkat|fasika|meskel"
    r"|palm\s+sunday|ash\s+wednesday|(?:holy|maundy)\s+thursday|holy\s+saturday|pentecost"
    r"|whit\s+(?:sunday|monday)|ascension\s+day|epiphany|all\s+saints['’]?\s+day"
    r"|jamhuri\s+day|madaraka\s+day|mashujaa\s+day|republic\s+day|national\s+day"
    # More of the days English copy dates things by: American days of a month's weekday and
    # the shopping days after Thanksgiving, days of the dead, feasts counted from Easter, the
    # Hebrew days of rejoicing, Navratri.
    r"|columbus\s+day|indigenous\s+peoples['’]?\s+day|presidents['’]?\s+day"
    r"|president['’]s\s+day|washington['’]s\s+birthday|patriots['’]?\s+day"
    r"|black\s+friday|small\s+business\s+saturday|cyber\s+monday|super\s+bowl\s+sunday"
    r"|juneteenth|cinco\s+de\s+mayo|(?:the\s+)?day\s+of\s+the\s+dead|d[ií]a\s+de\s+(?:los\s+)?muertos"
    r"|all\s+souls['’]?\s+day|armistice\s+day|remembrance\s+day|kwanzaa|may\s+day"
    r"|(?:international\s+)?women['’]s\s+day|earth\s+day|flag\s+day|songkran|waitangi\s+day"
    r"|mardi\s+gras|fat\s+tuesday|shrove\s+tuesday|simchat\s+torah|shemini\s+atzeret"
    r"|lag\s+b['’]?\s*omer|navratri|navaratri)"
)
_DAY_WORDS = (
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth"
    r"|twenty[\s-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth"
    r"|thirty[\s-]first"
)
_YEAR_REL = r"(?P<yrel>this|last|next|the\s+previous|the\s+following)\s+year's"
# A day and month placed in the year before or in the report's own ("on June 2 last year", "on
# 5 May this year"): the year the words name, not the nearest past one, which for a day months
# back is this year's.
_DAY_YEAR_REL = r",?\s+(?P<dyrel>last|this)\s+year\b(?!['’])"

# Each rule: a name, a pattern (case-insensitive, anchored with fullmatch for normalizing and
# embedded in one alternation for finding) and a resolver. Order matters for finding: the
# alternation takes the first rule that matches at a position, so longer forms come first.
_RULE_PATTERNS: tuple[tuple[str, str], ...] = (
    ("iso", r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)\b"),
    # Month first ("5/4/2026" is May 4), unless the first number cannot be a month: "25/04/2026"
    # is written day first, as most of the world writes it.
    ("slash", r"(?P<m>3[01]|[12]\d|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<y>\d{4}|\d\d)\b"),
    # A police log's month and day without a year, before the clock time of the entry ("3/22
    # 11:50 PM", "10/4, 2:15 a.m."): the latest such day; a bare "3/22" may be a score or a
    # ratio, the clock time makes it a log's date.
    # A police release writes the same with hyphens ("9-27-15", "Date: 11-02-2014"), read as
    # the slash form; a fourth number after it ("4-10-15-2") is a code, not a date.
    ("hyphenated", r"(?P<m>3[01]|[12]\d|0?[1-9])-(?P<d>3[01]|[12]\d|0?[1-9])-(?P<y>\d{4}|\d\d)"
                   r"(?![-\d])"),
    # The clock may be a log's four-digit one ("03/14 at 2317 hrs", "1/21 approx. 0230 hours").
    ("slash_clock", r"(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9]),?\s+"
                    r"(?:(?:at|about|around|approx\.?|approximately)\s+)?"
                    r"(?:(?:[01]?\d|2[0-3]):[0-5]\d(?:\s*[ap]\.?m\b\.?)?"
                    r"|(?:[01]\d|2[0-3])[0-5]\d\s*(?:hrs|hours|hr)\b\.?)"),
    # Two numbers of a day and a month without a year ("on 12/3", "on 21/6"), as the press of
    # South Asia, Africa and the Commonwealth dates an act: a date only after "on" with its
    # clause going on (see `_plausible`); the order is the place's (see resolve_bare_slash).
    ("bare_slash", r"(?P<a>3[01]|[12]\d|0?[1-9])/(?P<b>3[01]|[12]\d|0?[1-9])"),
    # Day, month and year with dots ("16.02.2024", "7.10.2023"): written day first wherever
    # the dotted form is used (Europe, South Asia, Africa).
    ("dotted", r"(?P<d>3[01]|[12]\d|0?[1-9])\.(?P<m>1[0-2]|0?[1-9])\.(?P<y>(?:19|20)\d\d)\b"),
    # A stretch of days within one month ("26-29 October", "Oct. 26-29", "Jun.19-20",
    # "3 to 6 September"): its first day, where the stretch began.
    # Two days joined by "and" name two days of the events: "between 10 and 13 March" is a
    # stretch (its first day); "on 17 and 18 August" the latest of them that has passed.
    ("day_range", rf"{_DAY}\s*(?:[-–]|to|(?P<both>and|&))\s*(?P<last>{_LAST_DAY})\s+(?:of\s+)?"
                  rf"{_MONTH}"
                  rf"(?:,?\s+{_YEAR})?"),
    ("month_day_range",
     rf"{_MONTH}{_MONTH_DAY_GAP}{_DAY}\s*(?:[-–]|to)\s*{_LAST_DAY}(?![-:/]\d)"
     rf"(?:,?\s+{_YEAR})?"),
    ("month_day",
     rf"(?:{_WEEKDAY},?\s+)?(?:{_EDGE}[\s-]+)?{_MONTH}{_MONTH_DAY_GAP}{_DAY}"
     rf"(?:,?\s+{_YEAR}|{_DAY_YEAR_REL})?(?![-:]\d)"),
    # The legal and formal "the 2nd day of August, 2025" names the day as "the 2nd of August";
    # a record's field writes day, short month and year with hyphens ("01-Jul-2025").
    ("day_month", rf"(?:{_WEEKDAY},?\s+)?(?:the\s+)?{_DAY}"
                  rf"(?:\s+(?:day\s+of\s+|of\s+)?|-(?=[a-z]{{3,9}}\.?-(?:1[6-9]|20)\d\d\b))"
                  rf"{_MONTH}(?:(?:,?\s+|-){_YEAR}|{_DAY_YEAR_REL})?"),
    # A day spelled out as an ordinal ("the seventeenth of February", "the ninth day of June"),
    # with "the" and "of".
    ("word_day_month", rf"the\s+(?P<dword>{_DAY_WORDS})\s+(?:day\s+)?of\s+{_MONTH}"
                       rf"(?:,?\s+{_YEAR})?"),
    ("week_of", rf"the\s+week\s+of\s+{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?"),
    ("month_rel_year", rf"{_MONTH}\s+(?P<yrel>this|last|next)\s+year"),
    ("spoken_year", rf"(?:(?:{_MONTH}|the\s+year)\s+)?{_SPOKEN_YEAR}"),
    ("month_year", rf"(?:{_EDGE}[\s-]+)?{_MONTH}(?:\s+of)?,?\s+{_YEAR}"),
    ("half", rf"(?:the\s+)?(?P<half>first|second|last|latter)\s+(?:half|two\s+quarters)"
             rf"\s+of\s+(?:{_YEAR}|(?P<hrel>this|last|next)\s+year)"),
    ("quarter_of", rf"(?:the\s+)?{_QORD}[\s-]+quarter\s+of\s+{_YEAR}"),
    ("quarter",
     rf"(?:(?:the|its|this)\s+(?!\w+-quarter))?(?:(?:{_YEAR_REL}|(?P<qyear>1[6-9]\d\d|20\d\d))\s+)?"
     r"(?P<qmods>(?:(?:fiscal|flat|comparable|same|year-ago|year-earlier|fiscal-first)[\s-]+)*)"
     rf"(?:{_QORD}[\s-]+)?(?:fiscal[\s-]+)?quarter\b(?P<qago>\s+(?:a\s+)?year\s+(?:ago|earlier))?"),
    ("period", r"(?:the\s+)?(?:(?P<qyear>1[6-9]\d\d|20\d\d)|(?P<qord>latest|current)"
               r"|(?P<qmods>year-ago|year-earlier|comparable|corresponding))\s+period"),
    # "the night before Thanksgiving", "the day after Christmas": the day next to the holiday.
    # "the eve of Eid", "the second day of Eid al-Adha", "the first night of Passover", "the
    # start of Ramadan": a day of a holiday that lasts several; "the 2013 Labor Day shooting".
    # "the last day of Ramadan", "the eighth night of Hanukkah", "the 27th night of Ramadan":
    # any day of a feast that lasts several, counted from its first or back from its last.
    ("holiday", rf"(?:the\s+(?:day|night|evening|morning)\s+(?P<hdir>before|after)\s+(?:the\s+)?"
                rf"|(?:the\s+)?(?P<heve>eve)\s+of\s+(?:the\s+)?"
                rf"|(?:the\s+)?(?P<hord>first|second|third|fourth|fifth|sixth|seventh|eighth"
                rf"|ninth|tenth|last|final|closing|(?:[12]?\d|30)(?:st|nd|rd|th))\s+"
                rf"(?P<hpart>day|night|evening)\s+of\s+(?:the\s+)?"
                rf"|(?P<hstart>(?:the\s+)?(?:start|beginning|onset)\s+of\s+(?:the\s+)?)"
                rf"|(?P<rel>last|this|next)\s+)?(?:(?P<hyear>1[6-9]\d\d|20\d\d)\s+)?"
                rf"{_HOLIDAY}(?:,?\s+{_YEAR})?"),
    ("year_end", r"(?:the\s+)?(?:year[-\s]end|year's\s+end|end\s+of\s+the\s+year|full\s+year)"),
    ("vague_span", r"(?:the\s+|in\s+)?(?P<rel>past|last|next|coming|previous|recent)\s+"
                   r"(?:(?:few|several|couple\s+of)\s+)?"
                   r"(?:days|weeks|months|years|quarters|decades)"),
    ("count_ago", rf"(?:(?:nearly|almost|about|some|more\s+than|over|just|only)\s+)?{_COUNT}"
                  rf"\s+{_UNIT}(?:\s+or\s+(?:so|more|two|three))?"
                  r"\s+(?P<dir>ago|earlier|before|later|from\s+now|hence"
                  # "Five days have passed since a worker fell": the time elapsed to the
                  # report, counted back from it like "ago"; so "It is nine days since the
                  # fire", "in the two weeks since the attack", "Two weeks on from the
                  # stabbing". The text's end is "(?s:(?!.))", \Z's meaning in lower case:
                  # the rules are matched case-sensitively against lower-cased text.
                  r"|(?:have|has)\s+(?:now\s+)?(?:passed|gone\s+by|elapsed)\s+since"
                  r"|since(?=\s+(?!(?:then|last|this|next)\b)[a-z]|(?s:(?!.)))|on\s+from)"),
    # "hours ago", "just minutes ago", "two hours ago": earlier on the day of the report.
    ("hours_ago", r"(?:(?:just|only|mere|barely|some|a\s+few|several|a\s+couple\s+of|an?|\d+"
                  r"|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+)?"
                  r"(?:hours?|minutes?)\s+ago"),
    ("year_ago_adj", r"(?P<kind>year-ago|year-earlier)"
                     r"(?:\s+(?P<noun>period|quarter|level|results?))?"),
    ("anaphoric_year", r"(?P<rel>the\s+following|the\s+next|that|the\s+same|the\s+previous"
                       r"|the\s+prior)\s+year|the\s+year\s+(?P<after>before|after)"),
    ("rel_unit", r"(?:(?P<edge>early|earlier|late|later|the\s+end\s+of|the\s+beginning\s+of)\s+)?"
                 r"(?P<rel>this|last|next|the\s+past|the\s+previous|the\s+following|the\s+coming"
                 r"|this\s+past|the\s+current|the\s+latest)\s+"
                 r"(?P<unit>week(?:end)?|month|year|decade|century|fiscal\s+year)\b"),
    ("in_the_unit", r"(?P<edge>earlier|later)\s+in\s+the\s+(?P<unit>week|month|year)"),
    # Before "the_unit": "the day before last" is longer than "the day".
    ("day_word", rf"(?:(?P<edge>earlier|later|early|late)\s+)?(?P<word>today|tonight|yesterday"
                 r"|tomorrow|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow"
                 r"|the\s+(?:previous|preceding)\s+(?:day|night|evening|morning|afternoon)"
                 # "shot the night before, police said Sunday": "before" with no object
                 r"|the\s+(?:night|evening|morning|afternoon)\s+before(?=\s*(?:[.,;:!?)]|$)"
                 r"|\s+(?:at|in|on|near|outside|inside|around|about|during|while|and|but"
                 r"|according|police|officers|authorities|officials)\b)"
                 r"|the\s+(?:day|night|evening)\s+before\s+last(?!\s+(?:year|month|week|season"
                 r"|time|spring|summer|fall|autumn|winter|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
                 r"|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\s+\w+['’]s\b))"
                 rf"(?:\s+{_PART})?"),
    ("the_unit", r"(?:the|that|this)\s+(?P<unit>week(?:end)?|month|(?:fiscal\s+)?year|same\s+day"
                 r"|day)\b"),
    ("season", rf"(?:(?P<rel>last|this|next|this\s+past|early|late|the|the\s+early|the\s+late)\s+)"
               rf"(?P<season>spring|summer|fall|autumn|winter)(?:\s+of\s+{_YEAR})?"),
    ("season_year", rf"(?P<season>spring|summer|fall|autumn|winter)\s+(?:of\s+)?{_YEAR}"),
    ("decade", r"(?:the\s+)?(?:(?P<edge>early|mid|late|last\s+half\s+of\s+the)[\s-]*)?"
               r"(?P<decade>(?:1[6-9]|20)\d0'?s|'\d0s|(?P<dword>twenties|thirties|forties"
               r"|fifties|sixties|seventies|eighties|nineties))"),
    ("century", r"(?:the\s+)?(?P<cent>\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth"
                r"|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth"
                r"|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth"
                r"|twenty-first)[\s-]+century"),
    ("fiscal_year", rf"(?:the\s+)?(?:fiscal(?:\s+year)?|fy)\s*'?(?:{_YEAR}|(?P<yy>\d\d)\b)"),
    ("this_part", rf"(?P<rel>this|last|early\s+this|late\s+this|earlier\s+this)\s+{_PART}"),
    # "overnight" alone ("clashes erupted overnight", "during the overnight hours"): the night
    # that ends on the report's day; not before a day it names ("overnight into Monday",
    # "overnight Saturday") nor as a word of lodging or travel ("an overnight stay").
    ("overnight", r"(?:the\s+)?overnight(?:\s+hours)?"
                  r"(?!\s+(?:on\s+|into\s+|to\s+|from\s+|of\s+|between\s+)?(?:(?:mon|tues|wednes"
                  r"|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d))"
                  r"(?!\s+(?:stays?|shelters?|camps?|guests?|shifts?|flights?|trains?|bus|buses"
                  r"|trips?|visits?|parking|accommodation|lodging|rates?|delivery|bag|oats)\b)"),
    # A weekday counted in a month ("the first Saturday of October", "the last Sunday of May",
    # "the third Thursday of the month", "the first Friday of the year"): that month's day.
    ("nth_weekday", rf"(?:the\s+)?(?P<nth>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th"
                    rf"|5th)\s+{_WEEKDAY}\s+(?:of|in)\s+(?:(?P<nrel>the|this|last)\s+"
                    rf"(?P<nunit>month|year)\b(?!['’])|{_MONTH}(?:,?\s+{_YEAR})?)"),
    # A weekday placed in a named week ("Tuesday of last week", "on Monday last week", "last
    # week on Friday"): that week's day, which is not always the latest past one ("Tuesday
    # of last week" in a Thursday paper is nine days back, not two).
    ("weekday",
     r"(?:(?P<wpre>last|this)\s+week(?:['’]s|,?\s+on)\s+)?"
     r"(?:(?P<rel>last|this|next|this\s+past|this\s+coming|the\s+previous|the\s+following"
     r"|early|late|early\s+on|late\s+on|(?:the\s+)?penultimate)\s+)?"
     rf"{_WEEKDAY}(?:\s+{_PART})?(?:,?\s+(?:of\s+)?(?P<wrel>last|this)\s+week\b(?!['’]))?"
     # "the Sunday before last", "Friday night before last": the namesake a week before the
     # latest one (not "Sunday before last year's vote", "before last night's game").
     r"(?:(?P<wbl>\s+before\s+last)\b(?!\s+(?:year|month|week|season|time|night|spring|summer"
     r"|fall|autumn|winter|orders|call|minute|resort|rites|word|round|train|bus|ferry|flight"
     r"|game|match|meeting|election)\b|\s+\w+['’]s\b))?"),
    ("part_weekday", rf"(?:early|late)?\s*{_PART}\s+of\s+{_WEEKDAY}"),
    ("month", rf"(?:(?P<rel>last|this|next|early|late|mid|the\s+end\s+of|the\s+beginning\s+of"
              rf"|the\s+start\s+of|the\s+middle\s+of)[\s-]+)?{_MONTH}"),
    # A day of the month named alone ("on the 14th", "on the evening of the 23rd", "the 17th
    # inst."): the month is the report's, or the one before when that day is still to come
    # (`_plausible` keeps it only after "on" or "of" and before no noun: "the 14th floor").
    # Official South Asian and British letter style names the month by a Latin word: "the 9th
    # instant" (of this month), "5th ultimo" (of the last); with it, "the" may go.
    # "the 23rd of last month" places the day in the month before the report's, as "ultimo".
    ("ordinal_day", r"(?:the\s+)?(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)"
                    r"(?:\s+(?P<inst>inst(?:ant)?|ult(?:imo)?)\b\.?"
                    r"|\s+of\s+(?P<omonth>last|this|the\s+previous)\s+month\b)?"),
    ("year", rf"(?:(?P<edge>early|late|mid|the\s+year|the\s+end\s+of|the\s+start\s+of)[\s-]+)?"
             rf"{_YEAR}(?P<poss>'s)?"),
    ("vague", r"(?P<vague>the\s+present|at\s+present|right\s+now|just\s+now|more\s+recently"
              r"|the\s+near\s+term|the\s+short\s+term|the\s+long\s+term|presently|currently|nowadays|now|these\s+days"
              r"|the\s+moment|recently|lately|previously|formerly|the\s+past|in\s+the\s+past"
              r"|recent\s+(?:days|weeks|months|years|times)|the\s+future|future|the\s+near\s+future"
              r"|coming\s+(?:years|months|weeks|days|quarters)|future\s+(?:years|quarters))"),
    ("vague_weak", r"(?P<vague>current|the\s+time|soon|once|earlier|recent|already|then\s+current"
                   r"|as\s+soon\s+as\s+possible|a\s+later\s+date|from\s+time\s+to\s+time)"),
)


_RESOLVERS: dict[str, Resolver] = {**RESOLVERS, "holiday": resolve_holiday}


def _strip_groups(pattern: str) -> str:
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


_RULES: dict[str, re.Pattern[str]] = {
    name: re.compile(pattern, re.IGNORECASE) for name, pattern in _RULE_PATTERNS
}
# Words that are dates only in some uses ("current", "once", "earlier"): normalized when a
# caller hands them over as a date expression, but not proposed by the finder.
_NORMALIZE_ONLY = frozenset({"vague_weak"})

# Words after a bare number that show it counts things rather than naming a year.
_NOT_YEAR_AFTER = re.compile(
    r"\s*(?:[a-z]+s\b|mm\b|km\b|cc\b|ft\b|lb\b|feet\b|foot\b|block\b|people\b|hours?\b|%|"
    r"-|:|\d|,\d)"
)
_NOT_YEAR_BEFORE = re.compile(
    r"(?:\broute|\bhighway|\binterstate|\bno\.|\bnumber|\broom|\bsuite|\bapt\.?|\bunit|\bbox"
    r"|\bflight|\bbus|#|\$|\bpage|\bcode|\bi-|\bus|\bsr|\bcounty\s+road|\bblock\s+of)\s*$",
    re.IGNORECASE,
)
_TIME_PREPOSITION_BEFORE = re.compile(r"\b(?:on|over|for|since|before|after|during|until|till"
                                      r"|by|of)[ \t]+$", re.IGNORECASE)
_COMMON_NOUN_HOLIDAY = re.compile(r"(?:mother|father)['’]s\s+day\b")  # lower-case only
_LOWERCASE_UNSAFE = frozenset(
    {"may", "march", "mar", "sat", "sun", "wed", "jan", "dec", "june", "july", "fall", "sept"}
)


# Every date expression contains one of these words (see `timex_triggers.py`). The rules are
# only tried near them, and only those rules that can contain the word found.
_TRIGGER_WORDS = frozenset(TRIGGER_RULES)


_TRIGGER = re.compile(
    r"(?<![a-z'])(?:" + prefix_tree_pattern(_TRIGGER_WORDS) + r")(?![a-z])"
    r"|\d{4}|\d{1,2}/\d|\d{1,2}-\d{1,2}-\d\d|'\d0s"
)
_WORD_START = re.compile(r"(?<![\w'])[\w']")
_WINDOW_BEFORE = 32  # "the day before yesterday", "the first two quarters": prefixes
_WINDOW_AFTER = 32


def find_date_expressions(text: str) -> list[DateExpression]:
    """Every date expression in `text`, in order, with offsets (longest match at a position)."""
    return list(iter_date_expressions(text))


def iter_date_expressions(text: str) -> Iterator[DateExpression]:
    """`find_date_expressions` lazily: a caller that reads the first few does not pay for the
    rest of a long text."""
    covered = 0  # matches end here or before; later windows start no earlier
    lowered = _lower_same_length(text)
    # The rules are matched case-sensitively on the lower-cased text (about 1.6x faster than
    # IGNORECASE), which finds the same spans unless the text has one of the few letters that
    # IGNORECASE equates with an ASCII letter but lower() does not turn into it.
    exact = not any(letter in text for letter in _FOLDS_TO_ASCII)
    subject = lowered if exact else text
    finder_for = _lower_finder_for if exact else _finder_for
    for start, end, rule_sets in _windows(text, lowered):
        finders = [finder_for(rules) for rules in rule_sets]
        for word in _WORD_START.finditer(text, max(start, covered), end):
            if word.start() < covered:
                continue
            match = _longest(finders, subject, word.start(), end)
            if match is None:
                continue
            if _plausible(text, match.start(), match.end()):
                yield DateExpression(match.start(), match.end(), text[match.start():match.end()])
            covered = match.end()


# Letters that IGNORECASE matches with an ASCII letter of the rules although `lower()` does not
# give that letter: dotless i, long s, and the capital I with a dot (its lower case is two
# characters, so `_lower_same_length` keeps it).
_FOLDS_TO_ASCII = ("\u0131", "\u017f", "\u0130")


def _longest(
    finders: list[re.Pattern[str]], text: str, start: int, end: int
) -> re.Match[str] | None:
    best: re.Match[str] | None = None
    for finder in finders:
        match = finder.match(text, start, end)
        if match is not None and (best is None or match.end() > best.end()):
            best = match
    return best


def _windows(text: str, lowered: str) -> list[tuple[int, int, set[frozenset[str]]]]:
    """Merged spans around trigger words, with the rule groups that can match there
    (`lowered` is `_lower_same_length(text)`)."""
    windows: list[tuple[int, int, set[frozenset[str]]]] = []
    for trigger in _TRIGGER.finditer(lowered):
        word = trigger.group()
        if word == "may" and text[trigger.start()] != "M":
            continue  # the modal verb, not the month
        rules = _rules_for(word)
        start = max(0, trigger.start() - _WINDOW_BEFORE)
        end = min(len(text), trigger.end() + _WINDOW_AFTER)
        if windows and start <= windows[-1][1]:
            windows[-1][2].add(rules)
            windows[-1] = (windows[-1][0], end, windows[-1][2])
        else:
            windows.append((start, end, {rules}))
    return windows


def _lower_same_length(text: str) -> str:
    """`text.lower()` with offsets kept: a few letters ("İ") lower-case to two characters."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _rules_for(word: str) -> frozenset[str]:
    if word in TRIGGER_RULES:
        return TRIGGER_RULES[word]
    if "/" in word or "-" in word:  # "3/22", "9-27-15"
        return _SLASH
    if word.startswith("'"):
        return _DECADE
    return _YEAR_NUMBER


_SLASH = frozenset(SLASH_RULES)
_DECADE = frozenset(DECADE_RULES)
_YEAR_NUMBER = frozenset(YEAR_NUMBER_RULES)


@functools.lru_cache(maxsize=64)
def _finder_for(rules: frozenset[str]) -> re.Pattern[str]:
    """One alternation of a trigger group's rules, in the order of `_RULE_PATTERNS` (longer
    forms first); compiled on first use, there are about fifteen groups. Nothing right after
    a colon starts a date: "1:30 December 2016" is a clip's length and a month, not the 30th."""
    return re.compile(_finder_pattern(rules), re.IGNORECASE)


@functools.lru_cache(maxsize=64)
def _lower_finder_for(rules: frozenset[str]) -> re.Pattern[str]:
    """`_finder_for` for lower-cased text: the rules are written in lower case (no upper-case
    letter or escape; tests/test_extract_fast_paths.py checks it)."""
    return re.compile(_finder_pattern(rules))


def _finder_pattern(rules: frozenset[str]) -> str:
    chosen = [_strip_groups(pattern) for name, pattern in _RULE_PATTERNS
              if name in rules and name not in _NORMALIZE_ONLY]
    return r"(?<![\w$#/.:-])(?:" + "|".join(chosen) + r")(?![\w/])"


def _plausible(text: str, start: int, end: int) -> bool:
    """Reject matches (`text[start:end]`) that are words or numbers which only look like
    dates."""
    span = text[start:end]
    if text[end:end + 1].isalnum() and span[-1:].isalnum():
        return False  # a match cut by its window inside a word: "MON" of "MONUSCO"
    words = span.split()
    head = words[-1].strip(".").lower() if len(words) == 1 else ""
    if head in _LOWERCASE_UNSAFE and not span[0].isupper():
        return False
    if span.lower().startswith("the fourth") and span.lower().split()[-1] == "fourth" and not (
            span.endswith("Fourth") and _TIME_PREPOSITION_BEFORE.search(
                text, max(0, start - 12), start)):
        return False  # "finished the fourth.", not "fireworks on the Fourth."
    if _COMMON_NOUN_HOLIDAY.match(span):
        return False  # "his mother's day was long" is not Mother's Day
    if _HOLIDAY_AS_A_WORD.fullmatch(span) and not _holiday_written_as_one(text, start, end):
        return False  # "an epiphany", "Mohamed Eid said", "Meskel Square", "a national day of"
    place_noun = _PLACE_NOUN_AFTER.match(text, end)
    if place_noun and _RULES["holiday"].fullmatch(_clean(span)) and not _GATHERING_AFTER.match(
            text, place_noun.end()):
        return False  # "the Nowruz beach", "the main Eid prayer ground", "Christmas Island"
        # (not "a Christmas market": a market held for the feast, not a place named after it)
    if head in {"may", "march", "sun", "sat", "wed"} and _sentence_initial_verbish(text, end):
        return False
    if head in _WEEKDAY_ABBREVIATIONS and span[-1] != "." and _weekday_names_something(
            text, start, end):
        return False  # "The Sun reported", "the Sun-Times", "attacked Thur camp"
    if head in _WEEKDAY_WORDS and (_weekday_word_in_a_name(text, start, end) or (
            _PLACE_NAMED_FOR_ITS_DAY.match(text, end))):
        return False  # "the Tuesday Market", "the Friday Mosque", "The Sunday Times reported"
    if head in _WEEKDAY_WORDS and _HONORIFIC_BEFORE.search(text, max(0, start - 12), start):
        return False  # "Mr Sunday Adejo", "Chief Monday Okon": a given name
    if words and words[0].lower() in _WEEKDAY_WORDS and _EVERY_BEFORE.search(
            text, max(0, start - 8), start):
        return False  # "fasted every Thursday": a habit, no day (a TIMEX3 set)
    if words and words[0].lower() in _WEEKDAY_WORDS and not any(c.isdigit() for c in span) and (
            _INDEFINITE_BEFORE.search(text, max(0, start - 10), start)) and (
            _NO_NOUN_AFTER.match(text, end)):
        return False  # "on a Saturday afternoon in August": not the latest Saturday
    if _RULES["holiday"].fullmatch(_clean(span)) and (_HABIT_BEFORE.search(
            text, max(0, start - 45), start) or _HABIT_AFTER.match(text, end)):
        return False  # "the smog worsens every year after Diwali", "each Christmas": a habit
    if _UNIT_OF_A_NAMED_PERIOD.search(span) and _OF_AFTER.match(text, end):
        return False  # "the month of Ramadan", "in the month of April": the period is named
    short_form = head in _MONTH_ABBREVIATIONS and span[-1] != "."
    if (head in _MONTH_WORDS or short_form) and _month_names_something(
            text, start, end, abbreviation=short_form):
        return False  # "April Reyes said", "UN envoy Jan Kubis", "the Jan Smuts stadium"
    if _DOTTED.fullmatch(span) and _VERSION_BEFORE.search(text, max(0, start - 10), start):
        return False  # "version 2.3.2025" numbers a release
    if head == "overnight" and _STAY_BEFORE.search(text, max(0, start - 30), start):
        return False  # "was kept overnight in hospital", "stayed overnight": a stay, no act
    if _RULES["bare_slash"].fullmatch(span) and not (
            _ON_BEFORE.search(text, max(0, start - 20), start)
            and (_CLAUSE_GOES_ON.match(text, end) or _CLEFT_GOES_ON.match(text, end))
            and span != "9/11") and not _bound_of_a_numeric_stretch(text, start, end):
        return False  # "3/4 of the vote", "a 5/3 win", "24/7 patrols"; "9/11" names an attack
    ordinal = _ORDINAL_DAY.fullmatch(span)
    if ordinal and not ordinal.group("inst") and not (
            ordinal.group("the") and _ordinal_day_is_a_date(text, start, end)):
        return False  # "the 14th floor", "the 5th anniversary", "finished the 3rd", "9th"
    if span.isdigit():
        before = text[max(0, start - 16) : start]
        if _NOT_YEAR_BEFORE.search(before) or _NOT_YEAR_AFTER.match(text, end):
            return False
    return True


# A day of the month named alone is a date after "on" or "of" ("on the 14th", "the night of
# the 23rd"), when no noun follows it: a clause ends, or a word of time, place or clause goes on.
_ORDINAL_DAY = re.compile(r"(?P<the>the\s+)?\d{1,2}(?:st|nd|rd|th)"
                          r"(?P<inst>\s+(?:inst(?:ant)?|ult(?:imo)?)\b\.?)?", re.IGNORECASE)
_STAY_BEFORE = re.compile(
    r"\b(?:stay(?:ed|s|ing)?|kept|held|remain(?:ed|s)?|spent|spend(?:s|ing)?|detained|admitted"
    r"|hospitali[sz]ed|park(?:ed)?|left|sle(?:pt|ep)|camp(?:ed)?|lodged|rest(?:ed)?|wait(?:ed)?)"
    r"(?:\s+\w+){0,3}\s+$", re.IGNORECASE)
_DOTTED = re.compile(r"\d{1,2}\.\d{1,2}\.\d{4}")
_VERSION_BEFORE = re.compile(r"\b(?:version|ver\.?|v\.?|release)\s*$", re.IGNORECASE)
_ON_OR_OF_BEFORE = re.compile(r"\b(?:on|of)\s+$", re.IGNORECASE)
# "on 18/06", and the words that time an act as "on" does: "around 27/09", "about 3/10" (a
# fraction after them is followed by its "of": "about 2/3 of the houses"). Not "the night of
# 30/01", which logs date by the night's later day as often as by its first.
_ON_BEFORE = re.compile(r"\b(?:on|around|about)\s+$", re.IGNORECASE)
# "It was on 9/2 that ...", "shot dead on 02/10 the head of ...": a clause or the object of
# its verb goes on.
_CLEFT_GOES_ON = re.compile(r"\s+(?:that|the|a|an|his|her|their|its)\b", re.IGNORECASE)
_CLAUSE_GOES_ON = re.compile(
    r"\s*(?:[.,;:!?)\]]|[-–—]\s|$)|\s+(?:at|when|while|and|after|before|but|as|in|inst|around"
    r"|about|between|during|near|outside|inside|with|from|by|of\s+(?:this|last|the|that)\s+month"
    # what a protest is against or about ("protested on 07/05 against the killing")
    r"|against|over|to\s+(?=\d{1,2}/\d)"
    # a place after "on" ("began on 09/08 on the outskirts of ..."), and the verb of a subject
    # whose start the date told ("fighting which broke out on 01/11 continued on 06/11")
    r"|on\s+the|continued|spread|lasted|persisted|raged|resumed|went\s+on"
    r"|(?:in\s+the\s+)?(?:morning|afternoon|evening|night))\b", re.IGNORECASE)


# A stretch of days written as two bare numbers each ("Between 29/06 and 30/06, gunmen ...",
# "From 15/03 to 17/03, clashes ...", "overnight 03/10 to 04/10"): opened by a word of a
# stretch, joined by a word of a stretch, the second day a few days after the first (in either
# order of day and month), and a clause goes on after it ("overnight" needs no more: nothing
# else is counted overnight). Not a range of fractions: it is followed by what it is a share of
# ("between 1/3 and 1/2 of the vote") or it falls ("from 3/4 to 1/2 in a month").
_BARE_DAY = r"(?P<a>3[01]|[12]\d|0?[1-9])/(?P<b>3[01]|[12]\d|0?[1-9])"
_STRETCH_JOIN = r"\s*(?:[-\u2013]|\s(?:and|to|through|till|until|thru)\s)\s*"
_STRETCH = re.compile(rf"(?P<opens>between|from|overnight)\s+{_BARE_DAY}{_STRETCH_JOIN}"
                      rf"(?P<c>3[01]|[12]\d|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])(?![\d/])",
                      re.IGNORECASE)
_STRETCH_OPENS = re.compile(r"\b(?:between|from|overnight)\s+", re.IGNORECASE)
STRETCH_REACH = 40  # from the opening word to the end of the second day
STRETCH_DAYS = 31


def _bound_of_a_numeric_stretch(text: str, start: int, end: int) -> bool:
    for opening in _STRETCH_OPENS.finditer(text, max(0, start - STRETCH_REACH), start + 1):
        stretch = _STRETCH.match(text, opening.start())
        if stretch is None or not stretch.start("a") <= start < stretch.end():
            continue
        return _days_apart_a_few(*(int(stretch.group(g)) for g in "abcd")) and (
            stretch.group("opens").lower() == "overnight"
            or _CLAUSE_GOES_ON.match(text, stretch.end()) is not None)
    return False


def numeric_stretch_end(text: str, start: int) -> tuple[int, int] | None:
    """The two numbers of the second day of the numeric stretch (see `_STRETCH`) whose first
    day begins at text[start], else None."""
    for opening in _STRETCH_OPENS.finditer(text, max(0, start - STRETCH_REACH), start + 1):
        stretch = _STRETCH.match(text, opening.start())
        if stretch is not None and stretch.start("a") == start:
            return int(stretch.group("c")), int(stretch.group("d"))
    return None


def _days_apart_a_few(a: int, b: int, c: int, d: int) -> bool:
    """Whether a/b and c/d, read both day-first or both month-first, are a few days apart in
    that order (in a leap year: the year is not known here)."""
    for first, second in (((b, a), (d, c)), ((a, b), (c, d))):
        try:
            gap = (date(2024, *second) - date(2024, *first)).days
        except ValueError:
            continue
        if 0 < gap <= STRETCH_DAYS:
            return True
    return False


def _ordinal_day_is_a_date(text: str, start: int, end: int) -> bool:
    return bool(_ON_OR_OF_BEFORE.search(text, max(0, start - 4), start)
                and _CLAUSE_GOES_ON.match(text, end))


# Holiday names that are also words or names: a holiday only capitalized, and not as the first
# word of a longer name ("Eid Mubarak", "Meskel Square", "National Day of Prayer"). A lower-case
# "independence day" is one when the text's place names its nation (timex_holidays.py).
_HOLIDAY_AS_A_WORD = re.compile(
    r"(?:(?:republic|national)\s+day|may\s+day|eid|genna|meskel|tet|holi|epiphany|ascension"
    r"\s+day|pentecost|lebaran|ashura|timkat|fasika)", re.IGNORECASE)
_NAME_GOES_ON = re.compile(r"[ \t]+(?:of\b|[A-Z][a-z])")
# A holiday before a place's noun names the place: a street, a square, a beach, a ground.
_PLACE_NOUN_AFTER = re.compile(
    rf"[ \t]+(?:(?:{street_types()})\b|(?:beach|square|park|island|bridge|gate|camp|village"
    r"|district|neighbou?rhood|estate|colony|stadium|mosque|church|temple|hall|hotel"
    r"|school|hospital|station|prayers?[ \t]+grounds?|praying[ \t]+grounds?|grounds?)s?\b)",
    re.IGNORECASE)
# ... unless that noun names a gathering held there: "a Cinco de Mayo street party", "the
# Christmas village market", "an Eid park festival" are the feast's events, not places.
_GATHERING_AFTER = re.compile(
    r"[ \t]+(?:part(?:y|ies)|festivals?|fairs?|celebrations?|parades?|markets?|gatherings?"
    r"|dances?|carnivals?|concerts?|fests?|festivities|cookouts?|barbecues?|picnics?)\b",
    re.IGNORECASE)
_NAME_BEFORE = re.compile(r"[A-Z][a-z]+[ \t]+$")
_TIME_OR_ARTICLE_BEFORE = re.compile(
    r"\b(?:on|during|over|for|before|after|since|until|of|the|this|last|next|at|by|eve)[ \t]+$",
    re.IGNORECASE)


def _holiday_written_as_one(text: str, start: int, end: int) -> bool:
    if not text[start].isupper() or _NAME_GOES_ON.match(text, end):
        return False
    # "Mohamed Eid": a capitalized word before a one-word holiday is a given name, unless a
    # word of time or an article comes first ("on Eid", "the Eid holiday").
    return not (" " not in text[start:end]
                and _NAME_BEFORE.search(text, max(0, start - 20), start)
                and not _TIME_OR_ARTICLE_BEFORE.search(text, max(0, start - 20), start))


# "the month", "earlier in the week" before "of" do not count from the report: the "of" phrase
# names the period ("the month of Ramadan", "the last week of June", "the year of the vote").
_UNIT_OF_A_NAMED_PERIOD = re.compile(r"\b(?=[A-Za-z])(?:week|month|year)$", re.IGNORECASE)
_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
_MONTH_WORDS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august",
                          "september", "october", "november", "december"})
# A month's short form without its period is a given name as often ("Jan", "Mar"); with it,
# an abbreviation ("Jan. 5").
_MONTH_ABBREVIATIONS = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
                                  "oct", "nov", "dec"})
# What a month word is when it is a date: after a word of time ("in June", "last May", "since
# August", "the January shooting"). Without one, a capitalized word after it makes it part of a
# name: a street ("June Drive"), a person ("April Reyes said"), a title ("March Madness").
_TIME_WORD_BEFORE = re.compile(
    r"\b(?=[A-Za-z])"
    r"(?:in|on|since|until|till|by|during|through|throughout|from|to|of|early|late|mid|last"
    r"|this|next|that|each|every|the|before|after|around|between|and|or|back"
    r"|as\s+of)[\s-]+$",
    re.IGNORECASE,
)
_STREET_WORD = re.compile(rf"\s+(?:{street_types()})\b\.?", re.IGNORECASE)


def _month_names_something(text: str, start: int, end: int, *, abbreviation: bool = False
                           ) -> bool:
    """A bare month word that is part of a name, not a date: a street ("the 800 block of June
    Drive"; a street word after it makes it one whatever comes before), or a name whose next word
    is capitalized with no word of time before the month ("April Reyes said", "his sister, June
    Ellis"). All-capital and title-case lines are left alone (there every word is capitalized),
    and "May Day" stays the month's first day. An `abbreviation` ("Jan") names no event after
    "the" ("the January shooting" is written out), so there "the Jan Smuts stadium" is a name."""
    if _STREET_WORD.match(text, end):
        return True
    following = re.match(r" +([A-Z][a-z]+)", text[end:end + 30])
    if (following is None or following.group(1) == "Day" or text[start:end].isupper()
            or _title_cased_line(text, start, end)):
        return False
    time_word = _TIME_WORD_BEFORE.search(text[max(0, start - 12):start])
    return time_word is None or (abbreviation and time_word.group(0).strip().lower() == "the")


def _title_cased_line(text: str, match_start: int, match_end: int) -> bool:
    """A headline in title case ("June Shooting Suspect Arrested"), where a capital says
    nothing about names: most of its words are capitalized."""
    # The line around the match, at most 200 characters either side: a text of one endless line
    # must not make every match read back to its start (quadratic in its length).
    newline = text.rfind("\n", max(0, match_start - 200), match_start)
    start = newline + 1 if newline >= 0 else max(0, match_start - 200)
    end = text.find("\n", match_end, match_end + 200)
    words = re.findall(r"[A-Za-z]+", text[start:end if end >= 0 else match_end + 200])
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


_WEEKDAY_ABBREVIATIONS = frozenset({"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
                                    "sat", "sun"})
# After a short weekday, what makes it a word of a name: a hyphen and a capital ("the Sun-Times"),
# a capitalized word that is not a month, a day number or a part of the day ("the Sun Sentinel",
# "Sun Journal"), or the kind of place it names ("Thur camp", "Chamkar Mon district").
_NAME_AFTER_WEEKDAY = re.compile(
    r"-[A-Z]|[ \t]+(?!(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|morning|afternoon|evening"
    r"|night|overnight|noon|midnight)[a-z]*\b)[A-Z][a-z]|[ \t]+(?:camp|village|town|district"
    r"|county|area|region|province|river|hill|market|road|street|neighbou?rhood)s?\b")
_THE_BEFORE = re.compile(r"\bthe[ \t]+$", re.IGNORECASE)


def _weekday_names_something(text: str, start: int, end: int) -> bool:
    """A weekday's short form without its period that is a word of a name, not a day: a
    newspaper after "the" ("The Sun characterised the protest", "according to the Sun"), a
    word of a longer name ("the Sun-Times", "the Sun Sentinel") or a place ("attacked Thur
    camp", "a school in Chamkar Mon district"). All-capital and title-case lines are left
    alone, and "Sun." with its period is always the day."""
    if text[start:end].isupper() or _title_cased_line(text, start, end):
        return False
    return bool(_THE_BEFORE.search(text, max(0, start - 6), start)
                or _NAME_AFTER_WEEKDAY.match(text, end))


_WEEKDAY_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                            "sunday"})
# A title before a weekday makes it a given name, as Sunday, Monday and Friday are in Nigeria
# and Ghana ("Mr Sunday Adejo was hacked to death"); written case-sensitively, a title is
# capitalized.
_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Chief|Alhaji|Alhaja|Pastor|Rev|Prince"
                               r"|Comrade|Hon|Deacon|Mallam|Madam|Sgt|Cpl|Insp|Supt|Capt|Sister"
                               r"|Brother|Bishop|Imam|Engr|Prof|Barr|ASP|DSP|CSP)\.?[ \t]+$")
_EVERY_BEFORE = re.compile(r"\b(?:every|each)[ \t]+$", re.IGNORECASE)
# "on a Saturday afternoon in mid-August", "on one Sunday": some Saturday the text dates
# otherwise or not at all, not the latest ("a Saturday shooting" is the latest; "on a Thursday,
# Oct. 3" is dated by its date).
_INDEFINITE_BEFORE = re.compile(r"\b(?:on|of)[ \t]+(?:a|one)[ \t]+$", re.IGNORECASE)
# ... where the weekday heads its phrase: "information on a Sunday morning shooting", "the end
# of a Tuesday night chase" name the latest one by its act.
_NO_NOUN_AFTER = re.compile(r"[ \t]*(?:[,.;:!?)]|$)|\s+(?:in|at|of|when|while|before|after"
                            r"|during|around|about|near|and|or|but|that|the|a|an|last|this)\b",
                            re.IGNORECASE)
# A feast that recurs named as a habit's time: "every Eid", "each year at Christmas", "every
# winter after Diwali", "Easter after Easter"; "at Thanksgiving every year", "Holi annually".
# Like "every Thursday", a set of days (a TIMEX3 set), none of them the event's.
_HABIT_PREPOSITION = (r"(?:before|after|around|during|at|on|over|until|till|since|for|near"
                      r"|following|ahead[ \t]+of)[ \t]+(?:the[ \t]+)?")
_HABIT_BEFORE = re.compile(
    r"(?:\b(?:every|each)[ \t]+(?:(?:single[ \t]+)?(?:year|winter|summer|spring|autumn|fall"
    rf"|season|time)[ \t]+{_HABIT_PREPOSITION})?"
    rf"|\b(?:annually|yearly)[ \t]+{_HABIT_PREPOSITION})$", re.IGNORECASE)
_HABIT_AFTER = re.compile(r",?[ \t]+(?:(?:every|each)[ \t]+(?:single[ \t]+)?year\b|annually\b"
                          r"|yearly\b|year[ \t]+after[ \t]+year\b|without[ \t]+fail\b)",
                          re.IGNORECASE)
# After "the", a weekday followed by a capitalized noun that is not a month, a part of the day or
# a clause's next word is the first word of a name: a market, a mosque, a newspaper.
_NAME_AFTER_FULL_WEEKDAY = re.compile(
    r"[ \t]+(?!(?i:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec|january|february|march"
    r"|april|june|july|august|september|october|november|december|morning|afternoon|evening"
    r"|night|overnight|noon|midnight)\b)(?!(?:The|A|An|He|She|It|They|We|I|Police|Officers"
    r"|Authorities|Officials)\b)[A-Z][a-z]")


# A market or a mosque named for the day it gathers ("a bomb went off in Monday Market",
# "traders at Tuesday market in Dala"): a place, whatever the words before it; the day of the
# act is told elsewhere. Not a plural in lower case ("police said Monday markets would reopen").
_PLACE_NAMED_FOR_ITS_DAY = re.compile(r"[ \t]+(?:Markets?|Mosques?|market|mosque)\b")


def _weekday_word_in_a_name(text: str, start: int, end: int) -> bool:
    """A weekday written out after "the" and before a capitalized noun is a word of a name
    ("The Tuesday Market in Ikeja was shut", "worshippers at the Friday Mosque"), unless the
    line is in capitals or title case."""
    if text[start:end].isupper() or _title_cased_line(text, start, end):
        return False
    return bool(_THE_BEFORE.search(text, max(0, start - 6), start)
                and _NAME_AFTER_FULL_WEEKDAY.match(text, end))


# A nation's own day ("Independence Day", "Republic Day", "National Day"): its date is the
# nation's (timex_lexicon.NATIONAL_DAYS), named before it or known from the text's places.
_NATIONAL_DAY = re.compile(r"\b(?:independence|republic|national)\s+day\b", re.IGNORECASE)
# A nationality or a country's possessive before the holiday: "Mexican Independence Day",
# "Kenya's Independence Day", "Sri Lanka's National Day".
_NATION_BEFORE = re.compile(r"\b(?P<nation>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)(?:['’]s)?[ \t]+"
                            r"(?:(?:\d+(?:st|nd|rd|th)|official|annual)[ \t]+)*$")


def _nation_before(expression: str, local: str) -> str | None:
    """The ISO code of the nation named right before `expression` in `local`, if any."""
    at = local.find(expression)
    found = _NATION_BEFORE.search(local, max(0, at - 40), at) if at > 0 else None
    if found is None:
        return None
    from storyline.extract.gazetteer import fold, load_gazetteer

    gazetteer = load_gazetteer()
    words = fold(found.group("nation"))
    for candidate in (words, words.split()[-1]):
        demonym = gazetteer.demonyms.get(candidate)
        if demonym is not None:
            return demonym.country
        countries = [e for e in gazetteer.places.get(candidate, ()) if e.kind == "country"]
        if countries:
            return countries[0].country
    return None


def _sentence_initial_verbish(text: str, end: int) -> bool:
    """'May' starting a question or followed by a pronoun is the verb, not the month."""
    following = text[end : end + 12].lower()
    return bool(re.match(r"\s+(?:i|we|you|he|she|it|they|be|have|not|also|the|a)\b", following))


# --------------------------------------------------------------------------- normalizing

_FUTURE_CUES = re.compile(
    r"\b(?:will|won't|'ll|shall|going\s+to|plans?\s+to|planned|scheduled|expected|expects"
    r"|due|set\s+to|upcoming|coming|is\s+to|are\s+to|to\s+be\s+held|intends?|hopes?\s+to"
    r"|aims?\s+to|as\s+(?:early|soon)\s+as|payable|effective|expires?|record|ahead\s+of)\b",
    re.IGNORECASE,
)
# Past-tense event words right before a date: "was shot on March 3" is not a coming March 3.
_PAST_CUES = re.compile(
    r"\b(?=[A-Za-z])"
    r"(?:was|were|had|died|killed|shot|wounded|injured|arrested|occurred|happened|took\s+place"
    r"|began|started|erupted|exploded|attacked|opened\s+fire|broke\s+out|ago|stabbed|robbed"
    r"|beaten)\b[^.;]{0,25}$",
    re.IGNORECASE,
)
_LEADING_WORDS = re.compile(
    r"^(?:(?:on|in|at|during|since|by|until|till|from|for|of|as\s+of|before|after|through"
    r"|earlier|later"
    r"|around|about|approximately|roughly|circa|sometime|(?:a\s+good\s+|most\s+|much\s+)?part\s+of"
    r"|all\s+of|much\s+of)\s+|(?:post|pre)-)+",
    re.IGNORECASE,
)
_TRAILING_WORDS = re.compile(r"\s+(?:and\s+beyond|or\s+(?:later|earlier|so|before|after))$",
                             re.IGNORECASE)


def normalize_date_expression(
    expression: str, anchor: date, *, context: str | None = None, country: str | None = None
) -> str | None:
    """The TIMEX3 value of `expression` read against `anchor` (the document date).

    `context` is the sentence around the expression (or a larger text that contains it); only
    the words near the expression are used, to tell past from future reference. `country` (ISO
    code) is the nation whose holidays the text means ("Independence Day" in a report from
    Karachi is August 14); a nation named before the holiday ("Mexico's") says it first.
    """
    cleaned = _clean(expression)
    if not cleaned:
        return None
    local = _local_context(expression, context)
    nation = _nation_before(expression, local) if _NATIONAL_DAY.search(cleaned) else None
    at = Anchor(anchor, _is_future(expression, local), local, _is_past(expression, local),
                nation or country)
    for name, regex in _RULES.items():
        match = regex.fullmatch(cleaned)
        if match is not None:
            value = _RESOLVERS[name](match, at)
            if value is not None:
                return value
    return None


def speaks_of_the_future(expression: str, context: str) -> bool:
    """The words around `expression` in `context` (its sentence) say it lies ahead ("will",
    "is set to", "scheduled", "by", "until"...), as `normalize_date_expression` reads them."""
    return _is_future(expression, _local_context(expression, context))


def _clean(expression: str) -> str:
    text = " ".join(expression.split()).strip(" ,;:!?\"'`()")
    text = re.sub(r"(?:'s|s')$", "", text) if re.search(r"day's$|days'$", text) else text
    text = re.sub(r"\.$", "", text) if not re.search(r"\b[A-Za-z]{3}\.$", text) else text
    return _TRAILING_WORDS.sub("", _LEADING_WORDS.sub("", text))


def _local_context(expression: str, context: str | None) -> str:
    if not context:
        return ""
    at = context.find(expression)
    if at < 0:
        return context[:200]
    return context[max(0, at - 80) : at + len(expression) + 60]


# A date naming a violent act ("an April 7 shooting", "Sunday's deadly attack"): the act
# already happened, so a day without a year is not a coming one.
_PAST_EVENT_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:deadly|fatal|double|triple|mass|drive-by|fatal\s+police)\s+)?"
    r"(?:shootings?|attacks?|killings?|slayings?|homicides?|murders?|bombings?|stabbings?"
    r"|massacre|ambush|explosion|blast|robbery|carjacking)\b",
    re.IGNORECASE)


def _is_past(expression: str, local: str) -> bool:
    at = local.find(expression)
    if at >= 0 and _PAST_EVENT_AFTER.match(local, at + len(expression)):
        return True
    return at > 0 and bool(_PAST_CUES.search(local[max(0, at - 50) : at]))


def _is_future(expression: str, local: str) -> bool:
    if not local:
        return bool(re.search(r"\b(?:next|coming|upcoming)\b", expression, re.IGNORECASE))
    at = local.find(expression)
    if at >= 0 and _PAST_EVENT_AFTER.match(local, at + len(expression)):
        return False  # "shaken by Monday's shooting": a violent act's day, not a deadline
    before = local[max(0, at - 60) : at] if at >= 0 else local
    after = local[at + len(expression) : at + len(expression) + 25] if at >= 0 else ""
    past = _PAST_CUES.search(local[max(0, at - 50) : at]) if at > 0 else None
    if past is not None and not _FUTURE_CUES.search(past.group()):
        # "the man who was shot on Tuesday will recover": the date's own clause is past;
        # the future of the clause around it is another predicate's.
        return False
    clause_before = re.split(r"[.;!?]|\bsaid\b|\bsays\b|\btold\b", before)[-1]
    if re.search(r"(?<![-‐])\b(?:by|until|till|through)\s+$", before, re.IGNORECASE):
        # "by February", "until Tuesday": a deadline ahead ("a drive-by Tuesday" is a noun)
        return True
    return bool(_FUTURE_CUES.search(clause_before) or re.match(r"\s*,?\s*will\b", after))
