"""Numbers as news text writes them: digits, words, vague quantities and their hedges.

`find_quantities(sentence)` returns every phrase that states how many of something there are,
with the qualifier the phrase implies ("at least 12" -> at_least, low 12, open high) and the
bounds. Whether the quantity counts people in an event is decided later (counts.py); this module
only reads numbers, and drops the ones that are plainly not counts of things (ages, years,
clock times, money, percentages, ordinals).

Vague words map to conservative numbers following ACLED's coding conventions ("dozens" is coded
12, "several"/"many"/unknown is coded 10, "hundreds" 100; see docs/extraction.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from storyline.extract.streets import street_types
from storyline.records import Qualifier

UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES: dict[str, int] = {"hundred": 100, "thousand": 1000, "million": 1_000_000,
                          "billion": 1_000_000_000}
# The ordinals that count one more person ("a third was wounded", "a fourth miner").
ORDINALS: dict[str, int] = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                            "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}

# Conservative stand-ins for vague quantities (value, low bound). ACLED codebook conventions:
# "several", "many", "multiple" and unknown counts are coded 10, "dozens" 12, "hundreds" 100.
# The rest follow the same rule: the smallest number the word can mean.
VAGUE_WORDS: dict[str, int] = {
    "a couple of": 2, "a couple": 2, "a pair of": 2, "both": 2,
    "a few": 3, "a handful of": 3,
    "several": 10, "many": 10, "multiple": 10, "numerous": 10, "a number of": 10,
    "an unknown number of": 10, "unknown number of": 10, "an unspecified number of": 10,
    "a large number of": 10, "a lot of": 10, "tens of": 10,
    "dozens of": 12, "dozens": 12, "scores of": 20, "scores": 20,
    # "several dozen" is dozens, not "several": the same conservative 12.
    "several dozen": 12, "a few dozen": 12,
    "hundreds of": 100, "hundreds": 100, "thousands of": 1000, "thousands": 1000,
    "tens of thousands of": 10_000, "tens of thousands": 10_000,
    "hundreds of thousands of": 100_000, "hundreds of thousands": 100_000,
    "millions of": 1_000_000, "millions": 1_000_000,
}

# Hedge words before a number -> qualifier. "nearly"/"almost" state an upper edge, read as
# "about" with the stated number as the high bound.
PREFIX_QUALIFIERS: dict[str, Qualifier] = {
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least",
    "not less than": "at_least", "a minimum of": "at_least", "at a minimum": "at_least",
    "more than": "more_than", "over": "more_than", "upwards of": "more_than",
    "in excess of": "more_than", "above": "more_than",
    "about": "about", "around": "about", "approximately": "about", "roughly": "about",
    "some": "about", "an estimated": "about", "estimated": "about", "close to": "about",
    "nearly": "about", "almost": "about", "approx.": "about", "as many as": "up_to",
    "up to": "up_to", "a maximum of": "up_to", "at most": "up_to",
    "less than": "less_than", "fewer than": "less_than", "under": "less_than",
    "below": "less_than",
}

_WORD_NUMBER = "|".join(sorted([*UNITS, *TENS, *SCALES], key=len, reverse=True))
_WRITTEN = (
    rf"(?:a\s+(?=hundred|thousand|million))?(?:{_WORD_NUMBER})"
    rf"(?:(?:\s+and\s+|[\s-]+)(?:{_WORD_NUMBER}))*"
)
_DIGITS = r"\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?(?:\s+(?:million|thousand|billion)\b)?"
# "a score of people": twenty (not "a score of 62", a test's mark)
_DOZEN = (r"half\s+a\s+dozen|a\s+dozen|one[\s-]dozen|two[\s-]dozen|three[\s-]dozen|a\s+hundred"
          r"|a\s+thousand|a\s+score(?=\s+of\s+(?![\d\W]))")
_ONE_NUMBER = rf"(?:{_DOZEN}|{_DIGITS}|{_WRITTEN})"
_VAGUE = "|".join(re.escape(w).replace(r"\ ", r"\s+")
                  for w in sorted(VAGUE_WORDS, key=len, reverse=True))
_PREFIX = "|".join(re.escape(w).replace(r"\ ", r"\s+")
                   for w in sorted(PREFIX_QUALIFIERS, key=len, reverse=True))

# Kin one person has: "his wife", "their son" count one person (QUANTITY_RE's "art").
KIN_NOUNS = (
    r"wife|husband|son|daughter|father|mother|brother|sister|girlfriend|boyfriend|uncle|aunt"
    r"|cousin|nephew|niece|grandmother|grandfather|grandson|granddaughter|friend|stepson"
    r"|stepdaughter|stepfather|stepmother|fianc[eé]e?|partner|child|baby")
QUANTITY_RE = re.compile(
    # Not inside a word, a decimal, a price or a date; after a full stop only where a crawl
    # glued two sentences together ("... was 44.Two suspects were arrested").
    rf"""(?:(?<![\w$£€#.,/:-])|(?<=[a-z0-9)]\.)(?=[A-Z][a-z]))
    (?:(?P<add>another|a\s+further|an\s+additional|an\s+extra)\s+(?=[\d\w]))?
    (?:(?P<prefix>{_PREFIX})\s+)?
    (?:
        between\s+(?P<r1>{_ONE_NUMBER})\s*(?:and|to|-|–)\s*(?P<r2>{_ONE_NUMBER})
      | (?P<a>{_ONE_NUMBER})(?:\s*(?:-|–|to|or)\s*(?P<b>{_ONE_NUMBER}))?
      | (?P<vague>{_VAGUE})
      | (?P<zero>no\s+one|nobody|none|no)
      | (?P<art>another|an?|(?:his|her|their)(?=\s+(?:[\w-]+\s+)?(?:{KIN_NOUNS})\b))
    )
    (?![\w%$-]|\.\d|,\d|:\d|/\d)""",
    re.IGNORECASE | re.VERBOSE,
)

# What follows a number that makes it a measure, a date or an age rather than a head count.
NOT_A_COUNT_AFTER = re.compile(
    r"""\s*(?:-|\s)?(?:
        years?[\s-]+olds?|y/o|y\.o\.|yo|yr|yrs|-year|year|years|months?|weeks?|days?|hours?|hrs
      | minutes?|mins?
      | seconds?|decades?|centur(?:y|ies)|a\.?m\b|p\.?m\b|o['’]clock|percent|per\s+cent|%
      | dollars?|euros?|pounds?|rupees?|naira|shillings?|pesos?|yuan|cents?|usd|\$
      | km|kilomet(?:er|re)s?|miles?|metres?|meters?|feet|foot|ft|inch|inches|yards?|acres?
      | hectares?
      | blocks?|doors?|streets?|floors?|stor(?:ey|ie)s?   # "caught 2 blocks away", "3 doors down"
      | kg|kilos?|tons?|tonnes?|pounds?|lbs?|mph|degrees?|rounds|shots|bullets|times
      | (?:houses|homes|huts|buildings|vehicles|cars|trucks|shops|stores|villages|towns|goats
         |cattle|cows|sheep|camels|livestock|animals|head|dogs|horses|donkeys|pigs|chickens
         |projectiles|shells|rockets|missiles
         |mortars|bombs|weapons|guns|rifles|pistols|attacks|incidents|events|locations|cases
         |counts|charges|flashes|grams|sachets|boats|schools|churches|mosques|calls?
         |hospitals|clinics|scenes
         |shootings|stabbings|bombings|explosions|blasts|robberies|burglaries|carjackings
         |raids|ambushes|clashes|airstrikes|strikes)\b
      | of\s+(?:the\s+|their\s+|his\s+|her\s+|its\s+)?(?:cattle|cows|goats|sheep|camels
         |livestock|animals|dogs|horses|donkeys|pigs)\b  # "seven of their cows"
      | (?:st|nd|rd|th)\b|block|caliber|calibre|mm\b|-caliber|-millimeter|-mm
      | (?:january|february|march|april|may|june|july|august|september|october|november
         |december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b
    )(?![a-z])  # a whole unit: "four min" is a measure, "four miners" are people
    # not a unit that names the people after it: "two cattle herders", "three sheep farmers"
    (?!\s+(?:herders?|herdsm[ae]n|rustlers?|traders?|farmers?|breeders?|owners?|dealers?
         |thie(?:f|ves)|keepers?|merchants?|sellers?|vendors?|pastoralists?|minders?)\b)""",
    re.IGNORECASE | re.VERBOSE,
)
# What precedes a number that makes it a name, an address, money or a date.
NOT_A_COUNT_BEFORE = re.compile(
    r"""(?:\b(?:route|highway|hwy|interstate|i|us|sr|road|street|st|avenue|ave|no|number|nos
      |flight|bus|line|page|section|article|room|apartment|apt|unit|suite|code|chapter|level
      |image|photo|slide|picture|gallery|update|updated
      |phase|class|grade|category|magnitude|mile|km|kilometre|kilometer|vol|volume|channel
      |january|february|march|april|may|june|july|august|september|october|november|december
      |jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|age|aged|ages)\.?
      |[$£€#]|\bus\$|\brs\.?)\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
# A note's tally of the dead, "1 dec, 4 inj", "(2 dec)": the lower-case abbreviation of
# deceased after a number that opens an item of the note (the start, a colon, a bracket, a
# semicolon or a comma before it) and is followed by no year or day. A date names its day
# after a preposition ("on 2 dec"), and the month is written "Dec" or "Dec." in running text.
_DECEASED_AFTER = re.compile(r"\s+(?-i:dec)(?![\w-])(?!\.?\s*\d)")
_NOTE_ITEM_BEFORE = re.compile(r"(?:^|[:;(,])\s*$")
_YEAR_LIKE = re.compile(r"^(?:1[89]\d\d|20\d\d)$")
# A date whose day is told before its month: "on 24 Jan." or "on 3 March". A number after it is
# no second day of that date ("on 24 Jan. 18 assailants were killed", "on 3 March 2 soldiers
# died"), and a number word after a month's abbreviation and its full stop ("on 2 Sept. Two
# bodyguards") is never a day.
_DAY_MONTH_BEFORE = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:january|february|march|april|may|june|july|august|september"
    r"|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?\s*$",
    re.IGNORECASE)
_MONTH_ABBREVIATION_STOP_BEFORE = re.compile(
    r"\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.\s+$", re.IGNORECASE)
# What ends a date's two-digit year: "on 24 Jan 18, gunmen ...", "(24 Jan 18)".
_YEAR_END_AFTER = re.compile(r"\s*(?:[,.;:)\]]|$)")


def _count_after_a_date(before: str, core: str, after: str) -> bool:
    """Whether the number after a month word starts a count rather than ending a date."""
    if not core.isdigit():
        return bool(_MONTH_ABBREVIATION_STOP_BEFORE.search(before))
    return bool(_DAY_MONTH_BEFORE.search(before)) and not _YEAR_END_AFTER.match(after)


# A victim's or a suspect's sex abbreviated to one letter before the age, as police logs and
# incident notes write it: "m 31", "f, 28", "m/19".
_SEX_LETTER_BEFORE = re.compile(r"(?<![\w.'’&])[mfMF]\s*[,/]?\s*$")


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number phrase in a sentence; offsets are relative to the text it was found in."""

    value: int
    qualifier: Qualifier
    low: int | None
    high: int | None
    start: int
    end: int
    text: str
    article: bool = False  # "a"/"an"/"another" standing for one: needs a person noun
    additive: bool = False  # "another", "a further": adds to a count stated before
    singular: bool = False  # a named or pronoun subject ("he", "the victim", "John Smith")


def parse_number(text: str) -> int | None:
    """The integer a single number phrase states ("1,204", "two hundred and five", "a dozen")."""
    cleaned = re.sub(r"\s+", " ", text.strip().lower()).replace(",", "")
    if not cleaned:
        return None
    scale = re.fullmatch(r"(\d+(?:\.\d+)?) (million|thousand|billion)", cleaned)
    if scale:
        return int(float(scale.group(1)) * SCALES[scale.group(2)])
    if re.fullmatch(r"\d+", cleaned):
        return int(cleaned)
    if re.fullmatch(r"\d+\.\d+", cleaned):
        return None  # a decimal is a measure, never a head count
    dozens = {"half a dozen": 6, "a dozen": 12, "one dozen": 12, "two dozen": 24,
              "three dozen": 36, "a score": 20}
    if cleaned.replace("-", " ") in dozens:  # "two-dozen"
        return dozens[cleaned.replace("-", " ")]
    return _parse_written(cleaned)


def _parse_written(cleaned: str) -> int | None:
    words = [w for w in re.split(r"[\s-]+", cleaned) if w and w != "and"]
    if words and words[0] == "a":
        words[0] = "one"
    if not words or words[0] in SCALES:
        return None  # "million" alone is the tail of a money or measure phrase
    total, current, seen = 0, 0, False
    for word in words:
        if word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in SCALES:
            total += max(current, 1) * SCALES[word]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def _bounds(qualifier: Qualifier, value: int) -> tuple[int | None, int | None]:
    if qualifier == "exact":
        return value, value
    if qualifier == "at_least":
        return value, None
    if qualifier == "more_than":
        return value + 1, None
    if qualifier == "less_than":
        return (0 if value > 0 else None), max(value - 1, 0)
    if qualifier == "up_to":
        return None, value
    if qualifier == "vague":
        return value, None
    return None, None  # about: no hard bound either side


def find_quantities(sentence: str) -> list[Quantity]:
    """Every count-like number phrase in `sentence`, measures and dates left out."""
    if len(sentence) > _CACHED_CHARS:
        return list(_read_quantities(sentence))
    return list(_quantities(sentence))


# A sentence is read by the count patterns and again through its parse: the quantities of the
# last few hundred sentences are kept (texts longer than a sentence are read each time).
_CACHED_CHARS = 2000


@lru_cache(maxsize=256)
def _quantities(sentence: str) -> tuple[Quantity, ...]:
    return _read_quantities(sentence)


def _read_quantities(sentence: str) -> tuple[Quantity, ...]:
    found: list[Quantity] = []
    for match in QUANTITY_RE.finditer(sentence):
        quantity = _quantity_from_match(match, sentence)
        if quantity is not None and not _is_measure(sentence, quantity):
            found.append(quantity)
    return tuple(found)


# "how" before "many" asks the number (a question, or an indirect one: "unclear how many"); it
# states none.
_HOW_BEFORE = re.compile(r"\bhow\s+$", re.IGNORECASE)
_PAIR_NOUNS = frozenset({"a couple", "a pair", "both"})
# A figure that changes: "has increased from 34 to 41", "revised the toll down from 45 to 38",
# "the number of missing fell from 23 to 9". "from A to B" after a verb of change is the old
# figure and the new one, not a range of estimates ("from 10 to 15 gunmen"): the new one is
# the quantity.
_CHANGED_FROM_BEFORE = re.compile(
    r"\b(?=[A-Za-z])(?:rose|risen|rising|increased|increasing|climbed|climbing|jumped|grew|grown"
    r"|soared|went|gone|fell|fallen|falling|dropped|decreased|decreasing|declined|revised|raised"
    r"|lowered|reduced|cut|updated|corrected|changed|up|down)\s+(?:[\w'-]+\s+){0,3}?from\s+$",
    re.IGNORECASE)


def _quantity_from_match(match: re.Match[str], sentence: str) -> Quantity | None:
    prefix = (match.group("prefix") or "").lower()
    prefix = re.sub(r"\s+", " ", prefix)
    start, end, text = match.start(), match.end(), match.group(0)
    if match.group("zero"):
        return Quantity(0, "exact", 0, 0, start, end, text)
    if match.group("art"):
        additive = match.group("art").lower() == "another"
        if _PAIRED_AGES_AFTER.match(sentence, end):
            return Quantity(2, "exact", 2, 2, start, end, text)  # "a 15 and 18-year-old"
        return Quantity(1, "exact", 1, 1, start, end, text, article=True, additive=additive)
    if match.group("vague"):
        vague = re.sub(r"\s+", " ", match.group("vague").lower())
        if vague == "many" and not prefix and _HOW_BEFORE.search(sentence, max(0, start - 8),
                                                                  start):
            return None  # "how many were killed?", "it is unclear how many were hurt": a question
        value = VAGUE_WORDS[vague]
        qualifier: Qualifier = "vague"
        if vague in _PAIR_NOUNS and not re.match(r"\s+(?:more|or)\b", sentence[end:],
                                                 re.IGNORECASE):
            qualifier = "exact"  # "a couple were killed": a couple of people is two
        if prefix:  # "some" alone as a prefix is ambiguous; vague words carry their own hedge
            hedge = PREFIX_QUALIFIERS.get(prefix, "vague")
            # A hedge on a vague word hedges nothing more: "about several people", "some
            # multiple victims" stay as vague as the word, not "about 10".
            qualifier = "vague" if hedge == "about" else hedge
        low, high = _bounds(qualifier, value)
        return Quantity(value, qualifier, low, high, start, end, text)
    first = match.group("r1") or match.group("a")
    second = match.group("r2") or match.group("b")
    parsed = parse_number(first)
    if parsed is None:
        return None
    value = parsed
    article = bool(re.fullmatch(r"an?", first.strip(), re.IGNORECASE))
    if second and match.group("b") and _CHANGED_FROM_BEFORE.search(
            sentence, max(0, start - 40), start):
        new = parse_number(second)
        if new is not None and not _YEAR_LIKE.match(second.strip()):
            start = match.start("b")
            return Quantity(new, "exact", new, new, start, end, sentence[start:end])
    if second:
        upper = parse_number(second)
        if upper is not None and upper > value and not _YEAR_LIKE.match(second.strip()):
            return Quantity(value, "range", value, upper, start, end, text,
                            additive=bool(match.group("add")))
        # "24-7", "9-11": not a range; keep the first number alone
        end = match.start("b") if match.group("b") else end
        text = sentence[start:end].rstrip(" -–")
        end = start + len(text)
    qualifier = PREFIX_QUALIFIERS.get(prefix, "exact") if prefix else "exact"
    low, high = _bounds(qualifier, value)
    if prefix in ("nearly", "almost", "close to"):
        high = value
    additive = bool(match.group("add"))
    return Quantity(value, qualifier, low, high, start, end, text, article=article,
                    additive=additive)


_SCHOOL_GRADE_BEFORE = re.compile(r"\b(?=[A-Za-z])"
                                  r"(?:form|grade|class|standard|std\.?|year|primary)\s*$",
                                  re.IGNORECASE)
_SCHOOL_GRADE_AFTER = re.compile(r"\s+(?:student|pupil|learner|schoolgirl|schoolboy|girl|boy"
                                 r"|candidate)s?\b", re.IGNORECASE)
# The hedge a quantity's text may open with (the same words QUANTITY_RE's prefix reads).
_LEADING_HEDGE = re.compile(rf"(?:{_PREFIX})\s+", re.IGNORECASE)
# A 24-hour clock time written as four digits ("at 0720", "between 0140 and 0700").
_CLOCK_TIME = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
_CLOCK_BEFORE = re.compile(r"\b(?=[A-Za-z])"
                           r"(?:at|by|until|till|from|between|around|after|before|since)"
                           r"\s+(?:about\s+|around\s+|approximately\s+)?$", re.IGNORECASE)
_CLOCK_AFTER = re.compile(r"\s*(?:[,.;)]|local\b|on\b|in\b|and\s+\d{4}\b|$)", re.IGNORECASE)


def _is_clock_time(core: str, before: str, after: str) -> bool:
    """"at 0720", "at about 1000,", "2230 hours", "around 2130, in <Town>": a 24-hour clock
    time. A hedge that QUANTITY_RE read into the quantity ("around 2130") is read here as the
    words before the time; a hedged year with people after it ("around 1900 fighters") stays
    a count."""
    hedge = _LEADING_HEDGE.match(core)
    if hedge is not None:
        before, core = before + core[:hedge.end()], core[hedge.end():]
    return bool(_CLOCK_TIME.fullmatch(core)) and (
        core.startswith("0") or bool(re.match(r"\s*(?:hours|hrs|h|GMT|UTC)\b", after))
        or bool(_CLOCK_BEFORE.search(before) and _CLOCK_AFTER.match(after)))


# "a one-mile radius", "a 10-metre wall", "a two-hour search": an article before a compound
# measure is no person. Not days or years: "a two-year-old", and its typo "a 4-year girl", are
# people.
_ARTICLE_OF_A_MEASURE = re.compile(
    r"\s+(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty"
    r"|thirty|forty|fifty|hundred)-(?:miles?|km|kilomet(?:er|re)s?|met(?:er|re)s?|foot|feet"
    r"|yards?|hours?|minutes?|storey|story|floors?|acres?|hectares?|tons?|tonnes?)\b",
    re.IGNORECASE)


def _is_measure(sentence: str, quantity: Quantity) -> bool:
    """Ages, durations, money, dates, addresses, ordinals and route numbers are not counts."""
    after = sentence[quantity.end:quantity.end + 24]
    before = sentence[max(0, quantity.start - 24):quantity.start]
    if quantity.article and _ARTICLE_OF_A_MEASURE.match(after):
        return True
    if NOT_A_COUNT_AFTER.match(after) and not (
            _DECEASED_AFTER.match(after) and _NOTE_ITEM_BEFORE.search(before)):
        return True
    if NOT_A_COUNT_BEFORE.search(before) and not quantity.article and not _count_after_a_date(
            before, quantity.text.strip(), after):
        return True
    core = quantity.text.strip()
    if core.isdigit() and int(core) < 120 and _is_age(before, after):
        return True
    if core.isdigit() and int(core) < 100 and _SEX_LETTER_BEFORE.search(before):
        return True  # "victims: m 31 (dec), f 28", "suspect m 22 arrested": an age
    if re.match(r"\d{1,2}\b", core) and _AGE_WORD_BEFORE.search(before) and not re.match(
            r"\s+(?:people|persons|men|women|children|of\s+them)\b", after, re.IGNORECASE):
        return True  # "boys between ages 12 and 16", "<Name> and <Name>, both 16,": ages
    if re.search(r"['’]$", before) and core.isdigit() and len(core) == 2:
        return True  # "a '90 shooting": a year
    if core.isdigit() and int(core) < 120 and (
            re.match(r"\s*(?:and|&)\s+\d{1,2}\s*(?:[,)—–]|--)", after)
            or (re.search(r"\d{1,2}\s+(?:and|&)\s*$", before)
                and re.match(r"\s*(?:[,)—–]|--)", after))):
        return True  # "Two men, 25 and 30, were shot": ages
    if core.isdigit() and int(core) < 120 and re.match(
            r"\s*(?:and|&|or)\s+\d{1,2}[\s-]+years?(?:[\s-]+olds?\b|\s+of\s+age\b)", after,
            re.IGNORECASE):
        return True  # "a 16 and 17-year-old were shot": two ages, the people after them
    if re.fullmatch(r"[1-9]0", core) and re.match(r"['’]?s\b", after) and re.search(
            r"\b(?:his|her|their|its|the|early|mid|late|mid-)\s*-?\s*$", before, re.IGNORECASE):
        return True  # "a man in his 20's", "two women in their late 30s": an age decade
    if re.search(r"\(\s*$", before) and re.match(r"\s*\)", after) and core.isdigit():
        return True  # "(17)": an age or a reference in brackets
    if quantity.value < 120 and _PERSON_OF_BEFORE.search(before):
        return True  # "a boy of twelve", "a man of 45": an age; "a mother of three": her children
    if core.isdigit() and _FACILITY_BEFORE.search(before):
        return True  # "Terminal 2", "Engine 12", "Precinct 9": the name of a place or unit
    if _is_hour_of_the_day(core, before, after):
        return True  # "at about 3 in the morning": a time
    if _is_broadcaster(sentence, quantity, before, after):
        return True  # "CBS 58", "59 News", "58 - Two shot": a station's name, not people
    if _SCHOOL_GRADE_BEFORE.search(before) and _SCHOOL_GRADE_AFTER.match(after):
        return True  # "a form four student", "a grade 5 pupil": a school year, not people
    if _YEAR_LIKE.match(core) and not re.match(r"\s+(?:people|persons)\b", after):
        return True
    if _is_clock_time(core, before, after):
        return True
    if re.match(r"\s*(?:,\s*)?\d{4}\b", after) and re.search(r"\d{1,2}\s*$", core):
        return True  # "8 May, 2020" already caught; "8, 2020" date fragments
    if core in _EMERGENCY_NUMBERS and (_EMERGENCY_AFTER.match(sentence, quantity.end)
                                       or re.search(r"\b(?:call(?:ed|ing|s)?|dial(?:l?ed|l?ing"
                                                    r"|s)?|to)\s+$", before, re.IGNORECASE)):
        return True  # "according to 911 dispatchers", "called 911": a phone number
    # "2501 Carter Homestead Rd.", "400 N. Main Street": a house number
    return bool(re.match(r"\d+$", core) and _STREET_AFTER.match(sentence, quantity.end))


# An age told after a name or a person: "Ethan Payne, 13, died", "<Name> Jr., 32, was shot",
# "<Name>, 50; <Name>, 49; ..." (a list of the dead with their ages), "<Name>, 24 was shot"
# (the second comma left out), "kills man, 18" (a headline).
_AGE_AFTER_COMMA = re.compile(r"\s*(?:[,);]|--|[—–]|of\s+[A-Z]|$)")
_AGE_WITHOUT_SECOND_COMMA = re.compile(r"\s+(?:was|is|has|had|remains|remained|suffered)\b")
_PERSON_BEFORE_COMMA = re.compile(
    r"\b(?=[A-Za-z])(?:man|woman|boy|girl|teen|teenager|person|victim|male|female|son|daughter)\s*,\s*$",
    re.IGNORECASE)
# Words that introduce an age: "both 16", "also 22", "aged 30", "ages 24, 25 and 41", "turned 21".
# Every age of a list after "aged" is an age too: "two boys aged 9 and 12", "aged between 15
# and 17" (the last number is not a third person).
_AGE_WORD_BEFORE = re.compile(
    r"\b(?:turned|turns|turning|age\s+of"
    r"|(?:aged|ages?)(?:\s+between)?(?:\s+\d{1,2},?(?:\s+(?:and|&|to))?)*)\s*$"
    # "both 16," and "also 22," only as a comment in commas ("Police also said 22 were hurt")
    r"|,\s*(?:both|also)\s+$", re.IGNORECASE)


def _is_age(before: str, after: str) -> bool:
    if re.search(r"(?:\w|\b(?:Jr|Sr)\.),\s*(?:now\s+|then\s+|just\s+|only\s+)?$", before) \
            and _AGE_AFTER_COMMA.match(after):
        return True  # "<Name>, 21, ...", "The boy, now 14, was wounded"
    if re.search(r"\b[A-Z][a-z]+,\s*$", before) and _AGE_WITHOUT_SECOND_COMMA.match(after):
        return True
    if re.search(r"\b[a-z]+,\s*$", before) and re.match(r"\s+(?:was|is|has)\s", after):
        return True  # "<Name> clayton, 22 was shot": a name written in lower case; many
        # people take "were" ("In all, 22 were shot")
    return bool(_PERSON_BEFORE_COMMA.search(before) and re.match(r"\s+[A-Z][a-z]", after))


# "A 15 and 18-year-old were wounded": two people told by their ages after one article.
_PAIRED_AGES_AFTER = re.compile(r"\s+\d{1,2}(?:[\s-]+years?[\s-]+old)?\s+(?:and|&)\s+"
                                r"\d{1,2}[\s-]+years?[\s-]+olds?\b", re.IGNORECASE)
_STREET_AFTER = re.compile(
    rf"\s+(?:[NSEW]\.?\s+)?(?:[A-Z][a-z]+\.?\s+){{1,3}}(?:{street_types()})\b")
_EMERGENCY_NUMBERS = frozenset({"911", "999", "112", "000"})
_EMERGENCY_AFTER = re.compile(r"\s*(?:call(?:s|ers?)?|dispatch\w*|operators?|cent(?:er|re)s?"
                              r"|system|line|emergency|recordings?|tapes?)\b", re.IGNORECASE)


# A person told by an age or by the children they have: "a girl of nine", "a woman of about 60",
# "a father of two". The number is not how many people the sentence is about.
_PERSON_OF_BEFORE = re.compile(
    r"\b(?=[A-Za-z])(?:man|woman|boy|girl|child|kid|lad|youth|youngster|teen|teenager|son|daughter|baby"
    r"|toddler|infant|pensioner|mother|father|parent|mom|mum|dad|grandmother|grandfather"
    r"|grandparent)\s+of\s+(?:just\s+|only\s+|barely\s+)?$", re.IGNORECASE)
# A place or a unit named by a number after a capitalized noun: "Terminal 2", "Gate 3", "Engine 12",
# "Precinct 9", "Ward 12", "Pier 39" (room, unit, route... are in NOT_A_COUNT_BEFORE).
_FACILITY_BEFORE = re.compile(
    r"\b(?=[A-Za-z])(?:Terminal|Gate|Building|Engine|Ladder|Station|Precinct|Ward|District|Pier|Exit|Squad"
    r"|Battalion|Company|Platform|Hangar|Zone|Sector|Camp|Lot|Hall|Wing|Floor|Tower|Bay|Dock"
    r"|Track|Division|Region|Area|Phase|Block|Pavilion|Cell|Court|Lane|Level|Post)\s+$")
_PART_OF_DAY_AFTER = re.compile(
    r"\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b(?![\s-]+(?:attacks?|raids?"
    r"|shootings?|bombings?|clashes|blasts?|explosions?|assaults?)\b)", re.IGNORECASE)
def _is_hour_of_the_day(core: str, before: str, after: str) -> bool:
    hedge = _LEADING_HEDGE.match(core)
    if hedge is not None:  # "at about 3": the hedge belongs to the words before the hour
        before, core = before + core[:hedge.end()], core[hedge.end():]
    return (core.isdigit() and int(core) <= 12 and bool(_PART_OF_DAY_AFTER.match(after))
            and bool(_CLOCK_BEFORE.search(before)))


# A broadcaster's number: "CBS 58", "Fox 8", "WXYZ-TV 7", "Channel 2" (NOT_A_COUNT_BEFORE),
# "59 News", "9 On Your Side", and a station number that opens a headline before a dash or a
# colon ("58 - Two shot on north side").
_BROADCASTER_BEFORE = re.compile(
    r"(?:\b(?:cbs|nbc|abc|fox|cw|pbs|telemundo|univision|[kw][a-z]{2,3}-?tv)"
    r"|(?-i:\bNews))\s*$", re.IGNORECASE)
_BROADCASTER_AFTER = re.compile(
    r"\s+(?:news|on\s+your\s+side|investigates|i-?team|first\s+alert|action\s+news"
    r"|eyewitness\s+news|problem\s+solvers)\b", re.IGNORECASE)
_OPENING_SEPARATOR = re.compile(r"\s*(?:\s[-–—|]|:)\s")


def _is_broadcaster(sentence: str, quantity: Quantity, before: str, after: str) -> bool:
    core = quantity.text.strip()
    if not core.isdigit():
        return False
    if _BROADCASTER_BEFORE.search(before) or _BROADCASTER_AFTER.match(after):
        return True
    return not sentence[:quantity.start].strip() and bool(
        _OPENING_SEPARATOR.match(sentence, quantity.end))
