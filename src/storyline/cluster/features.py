"""What the clusterer reads from an article and its extraction.

The text becomes a sparse vector of hashed terms weighted by sublinear term frequency times a
fixed general-English rarity (wordfreq zipf scale): stateless, so the same article always gives
the same vector. The collection-specific part of IDF (which words are common *in this store*) is
applied later, at scoring time, from the event-frequency table kept by the clusterer.
"""

from __future__ import annotations

import math
import re
import zlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import compress, islice
from operator import itemgetter, mul
from typing import cast
from urllib.parse import urlsplit

import numpy as np
import numpy.typing as npt
from wordfreq import zipf_frequency

from storyline.cluster.compat import (
    BLAST_FIRE_TYPE,
    FIRE_TYPES,
    _folded,
    _is_town,
    is_district,
    same_name,
    says_siblings,
    set_fire_type,
    type_family,
)
from storyline.cluster.participants import Role, lead_roles
from storyline.cluster.references import (
    areas_by_their_words,
    names_its_place_beside,
    organisation_words,
    placed_by_distance,
    reference_places,
)
from storyline.cluster.roles import Span, in_role, is_roundup, recalls_earlier, sentence_roles
from storyline.cluster.settings import ClusterSettings
from storyline.extract.event_type import read_from_an_explosion
from storyline.extract.places import opens_as_dateline
from storyline.extract.sentences import sentence_at
from storyline.geo import distance_km
from storyline.records import Article, Extraction, Place

TermArray = npt.NDArray[np.uint32]
WeightArray = npt.NDArray[np.float32]

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'\-]*[A-Za-z]|\d+")
_SPACE = re.compile(r"\s")
# A token written with a capital, in tokens joined by spaces.
_CAPITALISED = re.compile(r"(?<!\S)[A-Z]\S*")
# A token of three or more letters written with a capital (a name candidate), same joining.
_CAPITALISED_WORD = re.compile(r"(?<!\S)[A-Z][A-Za-z]{2,}(?!\S)")
# A person's age as news states it: "a 23-year-old man", "aged 23", "John Smith, 23, of ...".
# Each form is found from its literal part (which the regex engine scans for quickly; one
# pattern starting at the digits cost ~30 us per lead), then checked around it.
_YEARS_OLD = re.compile(r"years?[- ]old\b")
_AGE_BEFORE = re.compile(r"(?<!\w)(\d{1,2})[- ]\Z")  # the number right before "year(s) old"
_AGED = re.compile(r"\baged (\d{1,2})\b")
_NAME_AGE = re.compile(r", (\d{1,2}),")  # after a word: "Roe, 41," (not "2019, 14,")
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_CASUALTIES = ("killed", "injured")
# A crawled page's URL as its first line ("http: / / www. example. com / ...").
_URL_LINE = re.compile(r"\s*(?:https?\s*:|www\s*\.)[^\n]*\n")
# A date written out with its year (1800-2099).
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# Around a date written with its year: "On <date>" dates what the sentence reports, "<date>:
# <sentence>" is a dated entry; a clock time after it ("<date>, 7:35 am", "<date> at 1:00pm")
# makes it a page's byline.
_ON_BEFORE = re.compile(r"\b[Oo]n\s+\Z")
_ENTRY_AFTER = re.compile(r":\s*[A-Za-z]")
# An entry that opens with its date and a separator before what happened or where ("14 August
# 2007 – Baqubah: a car bomb ...", "13 Aug 2008 | Afghanistan | Ghazni | ...", "2016-06-18 |
# Dayton, OH | ...", "10 Oct 2015, Hebron governorate: ..."): the row of an incident list, a
# security log or a tracker, dated as a database dates it. A page's dateline on its own line
# has no separator after it, and one with a clock time is a byline (_CLOCK_AFTER).
_STAMP_AFTER = re.compile(r"\s*(?:[-–—|:,;])\s*\S")
_CLOCK_AFTER = re.compile(r",?\s*(?:at\s+)?\d{1,2}\s*[:.]\s*\d\d")
# A row whose head names the place and brackets the date before the colon ("Memphis,
# Tennessee (01/17/2026): ...", "Lagos (3 May 2024): ..."): a tracker's row, dated as a
# database dates it (session 29: such rows were only sure, and two shootings of one city a week
# apart joined across a 7-day gap).
_BRACKET_ENTRY_AFTER = re.compile(r"\)\s*:\s*[A-Za-z0-9]")
_ROW_HEAD_CHARS = 80
# ... a head of names only: capitalised words (and the particles of place names) with commas.
_NAME_WORD = r"(?:[A-Z][\w.'’-]*|of|de|del|la|le|el|al|da|do|the|upon|on)"
_ROW_HEAD = re.compile(rf"\s*{_NAME_WORD}(?:[ ,]+{_NAME_WORD})*\s*\($")
# A byline before the date in its line and sentence ("Posted in Local News on Friday, May 3,
# 2019", "Last updated on ..."): when the page was written or changed, not the date of what it
# reports.
_BYLINE_BEFORE = re.compile(
    r"\b(?:posted|published|updated|modified|filed|submitted|uploaded)\b", re.IGNORECASE
)
_BYLINE_REACH = 120
# A dated entry that opens the text ("08/23/2013: Assailants ..."): its day, with its year.
_OPENING_STAMP = re.compile(r"\s*(\d{1,2})/(\d{1,2})/((?:1[89]|20)\d\d):")
# A part of the day or a clock time in the sentence of an exact event date ("On Monday
# morning", "early Sunday", "at 0820", "after 1600", "at 12:40 a.m."): when, on or around that
# day, the incident happened (features.exact_hours).
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_DAY_PART = re.compile(
    rf"\b(?:(?P<edge>early|late)\s+)?(?:(?:on\s+)?(?P<weekday>{_WEEKDAY})\s+)?"
    r"(?:(?:in\s+the|at)\s+)?(?P<part>morning|afternoon|evening|night|dawn)\b"
    rf"|\b(?P<early>early)\s+(?:on\s+)?(?P<early_day>{_WEEKDAY})\b"
    r"|\b(?P<word>at|after|around|about|approximately|before)\s+(?P<hhmm>(?:[01]\d|2[0-3])[0-5]\d)\b"
    r"(?!\s*(?:[-/]|to\b|and\b))"
    r"|\b(?P<clock>1[0-2]|0?[1-9])(?:[:.](?P<minutes>[0-5]\d))?\s*(?P<ampm>[ap])\.?\s*m\b\.?",
    re.IGNORECASE,
)
_ANY_WEEKDAY = re.compile(rf"\b{_WEEKDAY}\b", re.IGNORECASE)
# A round "about 1500" is a clock time after "at" ("at about 1900") or before "hours", "GMT",
# "local"; otherwise it is as often a number of people (exact_hours).
_AT_BEFORE = re.compile(r"\bat\s+\Z", re.IGNORECASE)
_CLOCK_WORD_AFTER = re.compile(r"\s*(?:hours|hrs|GMT|UTC|local)\b", re.IGNORECASE)
# Hours of the day each part covers, from the day's midnight ("night" runs into the next
# day's small hours; "morning" starts at midnight: "Monday morning" may be 2 a.m.).
_PART_HOURS: dict[tuple[str, str], tuple[int, int]] = {
    ("", "dawn"): (3, 8),
    ("", "morning"): (0, 12),
    ("early", "morning"): (0, 9),
    ("late", "morning"): (9, 13),
    ("", "afternoon"): (12, 19),
    ("early", "afternoon"): (12, 16),
    ("late", "afternoon"): (15, 19),
    ("", "evening"): (17, 24),
    ("early", "evening"): (17, 21),
    ("late", "evening"): (20, 24),
    ("", "night"): (18, 29),
    ("early", "night"): (18, 24),
    ("late", "night"): (21, 29),
}
# Above this zipf value a word is treated as a function word; 8 is roughly "the".
_ZIPF_CEILING = 7.5
# Weight of the extracted-fact pseudo terms (places, event date), relative to a rare word.
_FACT_WEIGHT = 4.0
# Places that must agree before a country is the article's (see _main_country).
_COUNTRY_PLACES = 2
_UNKNOWN_TYPES = frozenset({"", "other", "unknown", "none"})
_NO_TERMS: npt.NDArray[np.uint32] = np.zeros(0, dtype=np.uint32)
# Capitalised words that name a time, not a person.
_CALENDAR_WORDS = frozenset(
    {
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        *("january", "february", "march", "april", "may", "june", "july", "august"),
        *("september", "october", "november", "december"),
    }
)


@dataclass(frozen=True, slots=True)
class ArticleFeatures:
    article_id: str
    terms: TermArray  # sorted, unique hashed terms
    weights: WeightArray  # L2-normalised weights aligned with `terms`
    day: int | None  # publication date as an ordinal, None when unknown
    event_day: int | None  # extracted event date (day precision) as an ordinal
    event_year: int | None  # year of the extracted event date, at any precision
    places: frozenset[str]  # normalised city/venue/region names
    event_type: str | None  # None when the extractor did not know
    source: str | None  # publisher (host name), to recognise its boilerplate
    names: TermArray  # hashed rare capitalised words (people, streets, small places)
    # The event signature beyond the text (see compat.py): type family, and the cities named
    # in the lead with their coordinates (name, lat, lon).
    family: str | None = None
    cities: tuple[tuple[str, float, float], ...] = ()
    # Reports several incidents (roles.is_roundup): never the bridge between two events.
    roundup: bool = False
    # For the evidence of a join only (not scored): the rare names as words, and the places
    # named only in background sentences or related-coverage blocks.
    name_words: tuple[str, ...] = ()
    background_places: frozenset[str] = frozenset()
    # The country most of the article's own places are in, when one leads (compat.py).
    country: str | None = None
    # First-level regions (a state, a province) named in the lead, as "CC:name", sorted
    # (compat.region_contradiction).
    regions: tuple[str, ...] = ()
    # The event date when it is sure enough to contradict another (compat.date_contradiction).
    sure_event_day: int | None = None
    # ... and, for a one-liner with no date told in the present tense, the day before its
    # publication (_present_oneliner_day): tested against the event's sure dates as its own,
    # never kept as one of the event's (two undated items of a running story are not dated).
    oneliner_day: int | None = None
    # ... and when it is exact: written out with its year in the lead ("12/21/2015", "June 7,
    # 2013"), not resolved from a weekday (compat.exact_date_contradiction).
    exact_event_day: int | None = None
    # When on its exact day the incident happened, in hours from that day's midnight (start,
    # end; "Monday night" dated Tuesday is (-6, 5)), when the date's sentence says (a part of
    # the day, a clock time): compat.day_part_contradiction.
    exact_hours: tuple[int, int] | None = None
    # Ages of the people the lead describes (victims, suspects), sorted (compat.age_conflict).
    ages: tuple[int, ...] = ()
    # Who it names (compat.late_without_names): hashed words written only with a capital and
    # less common than `people_max_zipf` (people, teams, streets: "Thompson", "Jane Roe"),
    # days, months and the officials quoted left out; sorted.
    people: TermArray = field(default_factory=lambda: _NO_TERMS)
    # Who does what to whom in the lead (participants.lead_roles): (agent, action, patient)
    # (compat.participant_conflict).
    roles: tuple[Role, ...] = ()
    # The lead says the incident is one of several (compat.SIBLINGS), and the first place it
    # names (not a country; outside background): where its own incident happened
    # (compat.sibling_contradiction).
    siblings: bool = False
    first_place: str | None = None
    # Parts of a city the report names with it ("Dasht-e-Barchi, Kabul", "the Khair Khana area
    # of the capital": _city_quarters) and that city.
    quarters: tuple[str, ...] = ()
    quarter_city: str | None = None
    # The places it names only as the ends of a road its incident was on (_road_ends).
    road_ends: frozenset[str] = frozenset()
    # The countries of the places it names, a country named as such included, sorted
    # (compat.exact_country_contradiction).
    place_countries: tuple[str, ...] = ()
    # It states its own dead or injured (extraction totals): it reports an incident itself, not
    # a reaction to one (compat.short_country_contradiction).
    casualties: bool = False
    # Hashes of the rare names that are words of an organisation the report names (an armed
    # group, a police force): they do not carry a join across a contradiction.
    organisation_names: frozenset[int] = frozenset()
    # The lead sets its own incident a counted span of days after another one (roles.
    # recalls_earlier; compat.recall_contradiction).
    recalls_earlier: bool = False
    # The extraction's dateline place (Extraction.dateline), normalised: where the report was
    # filed from (scoring: `sure_place_veto`).
    filed_from: str | None = None
    # The whole report is its lead (`lead_chars`): a brief, an entry, a one-liner, which names
    # the places of its own incident only (scoring: `sure_place_veto`).
    brief: bool = False
    # It tells its own place as lying a distance from a town ("Plaine Savo, some 60 km north of
    # Bunia"): its incident is that far from the town (`sure_place_measured`).
    measured: bool = False
    # The towns it names only as the reference of its own place: a landmark, the metropolitan
    # area, the point a distance is measured from, a dateline set against (references
    # .reference_places; compat.reference_contradiction).
    referenced: frozenset[str] = frozenset()


def term_hash(term: str) -> int:
    found = _HASHES.get(term)
    if found is None:
        if len(_HASHES) >= _MAX_CACHED:
            _HASHES.clear()
        found = _HASHES[term] = zlib.crc32(term.encode("utf-8"))
    return found


# Rarity and term hash of each word seen, in one plain dict read without a call in the hot
# loop of _word_weights (one lookup per word instead of one per table: the lookups of a few
# hundred words are a fair share of the feature step); cleared when it reaches _MAX_CACHED
# words, so memory stays bounded. Other terms (facts) are hashed through _HASHES.
_WORDS: dict[str, tuple[float, int]] = {}
_HASHES: dict[str, int] = {}
_MAX_CACHED = 300_000
_first, _second = itemgetter(0), itemgetter(1)


def _word_info(word: str) -> tuple[float, int]:
    """General-English rarity of a lower-case word (0 for function words) and its term hash."""
    info = _WORDS.get(word)
    if info is None:
        if len(_WORDS) >= _MAX_CACHED:
            _WORDS.clear()
        rarity = max(0.0, _ZIPF_CEILING - zipf_frequency(word, "en"))
        info = _WORDS[word] = (rarity, zlib.crc32(word.encode("utf-8")))
    return info


def _rarity(word: str) -> float:
    """General-English rarity of a lower-case word; 0 for function words."""
    return _word_info(word)[0]


def _names(
    tokens: list[str], places: frozenset[str], settings: ClusterSettings
) -> tuple[list[str], list[str]]:
    """Words only ever written with a capital and rare in general English: mostly names of
    people and streets, sorted; and, beside them, the people named: such words up to the more
    common `people_max_zipf` ("Thompson", "Angels"), days and months left out. Extracted
    place names are left out of both: they count as places."""
    # Each distinct token tested once (an article repeats most of its words); the capitalised
    # ones are found by one scan of the distinct tokens joined. Tokens are ASCII letters, so a
    # capitalised token's lower-case form was written lower-case iff it is among the tokens.
    distinct = set(tokens)
    # folded: a place the gazetteer spells with its diacritics ("nangarhār") is written
    # without them in the text ("Nangarhar"), and is no person's name either
    place_words = {_folded(word) for place in places for word in place.split()}
    names = set()
    people = set()
    people_zipf = max(settings.people_max_zipf, settings.name_max_zipf)
    for token in _CAPITALISED_WORD.findall(" ".join(distinct)):
        word = token.lower()
        if word in distinct or word in place_words or _folded(word) in place_words:
            continue
        zipf = _ZIPF_CEILING - _rarity(word)
        if zipf < settings.name_max_zipf:
            names.add(word)
        if zipf < people_zipf and word not in _CALENDAR_WORDS:
            people.add(word)
    return sorted(names), sorted(people)


def _official_names(extraction: Extraction, settings: ClusterSettings) -> set[str]:
    """Rare capitalised words of the officials quoted ("Lt. Kenny Park")."""
    words = {
        token.lower()
        for official in extraction.officials
        for token in _TOKEN.findall(official)
        if token[0].isupper()
    }
    return {word for word in words if _ZIPF_CEILING - _rarity(word) < settings.name_max_zipf}


# Tokens of one stretch of the article and the weight of each of their occurrences.
Segment = tuple[list[str], float]


def _word_weights(
    segments: list[Segment], settings: ClusterSettings
) -> tuple[dict[str, float], list[int]]:
    """Sublinear term frequency (occurrences counted with the weight of where they stand)
    times general-English rarity; words too common to tell events apart are dropped. Also
    the term hash of each word kept, in the order of the weights."""
    counts: dict[str, float] = {}
    names: set[str] = set()
    boosted = settings.name_boost != 1.0
    for tokens, factor in segments:
        if not tokens:
            continue
        # Tokens hold no spaces: one join and one lower() instead of one call per token.
        joined = " ".join(tokens)
        seen = Counter(joined.lower().split())
        if counts:
            for word, number in seen.items():
                counts[word] = counts.get(word, 0.0) + number * factor
        else:
            counts = {word: number * factor for word, number in seen.items()}
        # Names (of victims, suspects, streets, towns) tell one incident from another.
        if boosted:
            names.update(_CAPITALISED.findall(joined))
    ceiling = _ZIPF_CEILING - settings.common_word_zipf
    if boosted:
        return _boosted_weights(counts, {name.lower() for name in names}, ceiling, settings)
    # The same weights as the loop of _boosted_weights, word by word, in C-level passes over
    # the words (map, compress): the loop's Python steps were most of its ~100 us.
    words = list(counts)
    # None for a word not cached yet (`_first` then raises TypeError).
    infos = cast("list[tuple[float, int]]", list(map(_WORDS.get, words)))
    try:
        rarities = list(map(_first, infos))
    except TypeError:
        infos = [info or _word_info(word) for word, info in zip(words, infos, strict=True)]
        rarities = list(map(_first, infos))
    values = list(counts.values())
    # 1 + ln(count), continued linearly below one occurrence (a single late mention): computed
    # once per distinct count (an article's counts take a few values).
    frequency = {count: 1.0 + math.log(count) if count >= 1.0 else count for count in set(values)}
    kept = list(map(ceiling.__lt__, rarities))  # rarity > ceiling
    if min(values, default=1.0) <= 0:
        kept = [keep and count > 0 for keep, count in zip(kept, values, strict=True)]
    products = map(mul, map(frequency.__getitem__, values), rarities)
    weights = dict(zip(compress(words, kept), compress(products, kept), strict=False))
    hashes = list(map(_second, compress(infos, kept)))
    return weights, hashes


def _boosted_weights(
    counts: dict[str, float], names: set[str], ceiling: float, settings: ClusterSettings
) -> tuple[dict[str, float], list[int]]:
    """`_word_weights` when names are boosted (`name_boost` != 1), word by word."""
    known = _WORDS
    weights: dict[str, float] = {}
    hashes: list[int] = []
    for word, count in counts.items():
        info = known.get(word)
        if info is None:
            info = _word_info(word)
        rarity = info[0]
        if rarity > ceiling and count > 0:
            # 1 + ln(count), continued linearly below one occurrence (a single late mention).
            frequency = 1.0 + math.log(count) if count >= 1.0 else count
            weight = frequency * rarity
            if word in names:
                weight *= settings.name_boost
            weights[word] = weight
            hashes.append(info[1])
    return weights, hashes


def _body_is_off_topic(title: list[str], body: list[str], settings: ClusterSettings) -> bool:
    """Whether the body mentions (almost) none of the title's content words: a report always
    repeats its headline's key words, a crawled carousel or login wall does not."""
    title_words = {
        word
        for word in map(str.lower, title)
        if _ZIPF_CEILING - _rarity(word) < settings.common_word_zipf
    }
    if not title_words:
        return False
    # Tokens hold no spaces: one join and one lower() instead of one call per token.
    found = len(title_words & set(" ".join(body).lower().split()))
    return found <= settings.off_topic_title_share * len(title_words)


def _segments(
    article: Article, settings: ClusterSettings, roles: list[Span]
) -> tuple[list[Segment], list[Segment]]:
    """Title, rest of the lead, and the text after it (the first `max_text_chars` in all),
    each with the weight of its occurrences: title and lead 1, later words `body_weight`;
    when the body is off topic its words are further scaled by `off_topic_body_weight`.
    Background sentences and related-coverage blocks (`roles`) are split out and scaled by
    `background_weight`. Returns the report's own segments and the role segments."""
    full_text = article_text(article, settings.title_repeats)
    shift = len(full_text) - len(article.text)
    title_end = min(shift, settings.max_text_chars)
    text = full_text[: settings.max_text_chars]
    lead_end = max(title_end, _word_boundary(text, settings.lead_chars))
    title = _TOKEN.findall(text[:title_end])
    spans = [(start + shift, end + shift) for start, end, _ in roles]
    lead, lead_roles = _split_roles(text, title_end, lead_end, spans)
    rest, rest_roles = _split_roles(text, lead_end, len(text), spans)
    body = 1.0
    if title and _body_is_off_topic(title, lead + rest + lead_roles + rest_roles, settings):
        body = settings.off_topic_body_weight
    later = body * settings.body_weight
    role = settings.background_weight
    own = [(title, 1.0), (lead, body), (rest, later)]
    return own, [(lead_roles, body * role), (rest_roles, later * role)]


def _split_roles(
    text: str, start: int, end: int, spans: list[tuple[int, int]]
) -> tuple[list[str], list[str]]:
    """Tokens of text[start:end] outside and inside the role spans."""
    own: list[str] = []
    other: list[str] = []
    position = start
    for span_start, span_end in spans:
        if span_end <= position or span_start >= end:
            continue
        own += _TOKEN.findall(text[position : max(position, span_start)])
        position = max(position, span_start)
        other += _TOKEN.findall(text[position : min(span_end, end)])
        position = min(span_end, end)
    own += _TOKEN.findall(text[position:end])
    return own, other


def _word_boundary(text: str, position: int) -> int:
    """The first whitespace at or after `position` (tokens never straddle it)."""
    if position >= len(text):
        return len(text)
    found = _SPACE.search(text, position)
    return found.start() if found else len(text)


def _fact_terms(places: frozenset[str], event_day: int | None) -> dict[str, float]:
    facts = {f"@place:{name}": _FACT_WEIGHT for name in places}
    if event_day is not None:
        facts[f"@date:{event_day}"] = _FACT_WEIGHT
    return facts


def to_sparse(
    weights: dict[str, float], known: list[int] | None = None
) -> tuple[TermArray, WeightArray]:
    """Hash, merge colliding terms, sort by term and L2-normalise. `known`: the hashes of the
    first terms of `weights`, in order, when the caller has them."""
    keys = list(known) if known else []
    keys += [term_hash(term) for term in islice(weights, len(keys), None)]
    terms = np.array(keys, dtype=np.uint32)
    order = np.argsort(terms, kind="stable")
    terms = terms[order]
    if len(terms) > 1 and bool((terms[1:] == terms[:-1]).any()):
        return _merged_sparse(weights)  # two terms of one article share a hash: rare
    values = np.array(list(weights.values()), dtype=np.float64)[order].astype(np.float32)
    norm = float(np.linalg.norm(values))
    if norm > 0:
        values /= np.float32(norm)
    return terms, values


def _merged_sparse(weights: dict[str, float]) -> tuple[TermArray, WeightArray]:
    merged: dict[int, float] = {}
    for term, weight in weights.items():
        key = term_hash(term)
        merged[key] = merged.get(key, 0.0) + weight
    keys = sorted(merged)
    terms = np.array(keys, dtype=np.uint32)
    values = np.array([merged[k] for k in keys], dtype=np.float32)
    norm = float(np.linalg.norm(values))
    if norm > 0:
        values /= np.float32(norm)
    return terms, values


# A possessive of a generic place word heading a name the extractor read with it ("the West
# Side's Austin neighborhood", "the capital's Dasht-e-Barchi area"): whose part it is, not a
# word of its name (session 29: "side's austin" was another part than "austin").
_GENERIC_POSSESSIVE = re.compile(
    r"^(?:(?:north|south|east|west|northern|southern|eastern|western|central|inner|old)\s+)*"
    r"(?:side|city|capital|town|province|state|country|region|district|county|island)['’]s\s+"
)


def normalise_place(name: str) -> str:
    lowered = " ".join(name.lower().split())
    return _GENERIC_POSSESSIVE.sub("", lowered) or lowered


def article_source(article: Article) -> str | None:
    """The publisher: the source field, else the host of the URL."""
    if article.source:
        return article.source.lower().removeprefix("www.")
    if article.url:
        host = urlsplit(article.url).hostname
        return host.removeprefix("www.") if host else None
    return None


def article_text(article: Article, title_repeats: int = 1) -> str:
    """Title (repeated: a headline names what happened) and text."""
    if not article.title:
        return article.text
    return "\n".join([article.title] * title_repeats + [article.text])


def article_features(
    article: Article, extraction: Extraction, settings: ClusterSettings
) -> ArticleFeatures:
    roles = sentence_roles(article.text[: settings.max_text_chars], settings.transcript_questions)
    if settings.listed_date_not_own and extraction.event_date is not None and roles:
        extraction = _listed_date_dropped(extraction, roles)
    event_day = _event_day(extraction)
    exact_day = _exact_event_day(article.text, extraction, event_day, settings)
    if exact_day is not None and roles and settings.dated_sentence_is_report:
        roles = _dated_sentence_kept(roles, extraction)
    all_places = (
        areas_by_their_words(
            article.text,
            extraction.places,
            settings.district_words,
            settings.dateline_areas,
            settings.three_slot_notes,
            settings.province_slots,
        )
        if settings.area_words
        else extraction.places
    )
    own_places = [p for p in all_places if in_role(p.start, roles) is None]
    referenced: list[Place] = []
    reference_only = False
    referenced_beside = True
    if settings.reference_places:
        # a dateline or a town a distance is measured from: not where the incident was
        references = reference_places(
            article.text,
            own_places,
            settings.exact_town_km if settings.dateline_near_town else 0,
            settings.landmark_towns,
            settings.anaphoric_dateline,
            settings.institution_names,
            settings.metro_references,
            alone=settings.reference_veto,
            bodies=settings.town_bodies,
            companies=settings.company_seats,
        )
        referenced = [p for i, p in enumerate(own_places) if i in references]
        kept = [p for i, p in enumerate(own_places) if i not in references]
        if any(p.kind != "country" for p in kept):
            own_places = kept
            if not any(p.kind not in ("country", "region") for p in kept) and not any(
                names_its_place_beside(article.text, p) for p in referenced
            ):
                # a province left, no place of its own named ("15 km north of Ayorou
                # (Tillaberi)"): the reference is no other municipality's
                referenced_beside = False
        elif referenced:
            # nothing but references (the report's own place unread: "Jaboatao, greater
            # Recife", "a village 55 km from Kirkuk, near Hawija"): kept as the best where
            # the report says, known to be references, and no first place; against an event
            # placed in the reference only when the report names its own place, read or not
            # ("20 km south of Gao" may be in Gao's own district)
            reference_only = True
            referenced_beside = any(
                names_its_place_beside(article.text, p) for p in referenced
            ) or _names_unread_place(article.text[: settings.lead_chars], all_places)
    places = frozenset(
        normalise_place(p.name) for p in own_places if p.kind != "country" and p.name
    )
    # a road named by its ends: the incident was on it, in neither town
    road_ends = (
        _road_ends(article.text[: settings.lead_chars], own_places)
        if settings.road_ends
        else frozenset()
    )
    # a dateline kept as the only place names where the report was filed, perhaps no more:
    # a place to share, no town to measure another report's distance from
    lone_dateline = (
        _lone_dateline(article.text, own_places) if settings.lone_dateline else frozenset()
    )
    referenced_names = frozenset(normalise_place(p.name) for p in referenced if p.name)
    background_places = (
        frozenset(
            normalise_place(p.name)
            for p in all_places
            if p.kind != "country" and p.name and in_role(p.start, roles) is not None
        )
        | referenced_names
    ) - places
    published_day = article.published.date().toordinal() if article.published else None
    own, background = _segments(article, settings, roles)
    tokens = [token for segment, _ in own for token in segment]
    # A country named (Mozambique, "in Iraq") is no name of the incident's people either: two
    # incidents of one country share it. It was counted as a rare name in a store with few
    # events of that country, and with a group's three-word name carried two entries of one
    # day in two towns across the place contradiction (4 names). Measured (session 23, cache
    # of 8e5347b's extraction): GVA, ECB+, GTD, ACLED, the one-line proxy and the earlier
    # probes identical in every figure; the fresh cross-database probe P 0.870 -> 0.888.
    countries = frozenset(
        normalise_place(p.name) for p in extraction.places if p.kind == "country" and p.name
    )
    # (the reference places are places too, named only to say where the report stands; and
    # so is a dateline the extraction keeps apart from the story's places: "RAIPUR - ... in
    # Bijapur district" names the desk's city, which every report from that desk shares)
    desk = (
        frozenset({normalise_place(extraction.dateline.name)})
        if settings.dateline_no_name and extraction.dateline and extraction.dateline.name
        else frozenset()
    )
    name_words, people = _names(tokens, places | countries | referenced_names, settings)
    if desk:
        # (still one of the names the report's people are compared by, late_without_names)
        desk_words = {_folded(word) for name in desk for word in name.split()}
        name_words = [word for word in name_words if _folded(word) not in desk_words]
    # An organisation's words (an armed group, a police force, written out with its acronym)
    # recur in every entry about it: no evidence of one incident against a contradiction.
    organisations = (
        organisation_words(article.text, extraction, among=name_words)
        if settings.organisation_names_not_rare
        else frozenset()
    )
    organisation_names = frozenset(
        term_hash(name) for name in name_words if name in organisations
    )
    weights, hashes = _word_weights(own + background, settings)
    officials = _official_names(extraction, settings)
    for word in officials:
        if word in weights:
            weights[word] *= settings.official_name_weight
    # An official quoted speaks about the event, and recurs across the events of their beat.
    people = [
        word
        for word in _people_named(article, tokens, people, places, settings)
        if word not in officials
    ]
    # Fact terms ("@place:...") are never words: they add keys after the words' (in order).
    weights.update(_fact_terms(places, event_day))
    terms, values = to_sparse(weights, hashes)
    event_type = extraction.event_type if extraction.event_type not in _UNKNOWN_TYPES else None
    if event_type in FIRE_TYPES:
        lead = article_text(article)[: settings.lead_chars + len(article.title or "")]
        event_type = set_fire_type(event_type, lead.lower())
    if event_type is not None and read_from_an_explosion(
        event_type, extraction.event_type_evidence
    ):
        event_type = BLAST_FIRE_TYPE
    quarters, quarter_city = _city_quarters(
        article.text, own_places, settings, extraction.dateline
    )
    lead = article_text(article)[: settings.lead_chars + len(article.title or "")].lower()
    cities = _lead_cities(own_places, settings, road_ends | lone_dateline)
    return ArticleFeatures(
        article_id=article.id,
        terms=terms,
        weights=values,
        day=published_day,
        event_day=event_day,
        event_year=extraction.event_date.value.year if extraction.event_date else None,
        places=places,
        event_type=event_type,
        source=article_source(article),
        names=np.array(sorted({term_hash(name) for name in name_words}), dtype=np.uint32),
        family=type_family(event_type),
        cities=cities,
        roundup=is_roundup(article.title, article.text[: settings.max_text_chars]),
        name_words=tuple(name_words),
        background_places=background_places,
        country=_main_country(_with_dateline(own_places, extraction.dateline, settings)),
        regions=_lead_regions(own_places, settings),
        sure_event_day=_sure_event_day(extraction, event_day, published_day, settings),
        oneliner_day=_present_oneliner_day(article.text, extraction, published_day, settings),
        exact_event_day=exact_day,
        exact_hours=exact_hours(article.text, extraction, exact_day),
        ages=lead_ages(article, settings),
        people=np.array(sorted({term_hash(word) for word in people}), dtype=np.uint32),
        roles=_lead_roles(article, people, extraction, roles, settings),
        siblings=bool(settings.sibling_veto) and says_siblings(lead),
        first_place=None if reference_only else _first_place(own_places),
        # (a name also kept as a place of its own, "20 km south of Gao (Gao, Gao)", is no
        # reference only; beside a place of its own without a point, a hamlet "outside Oicha",
        # the report may be of the event placed near the town)
        referenced=(
            (referenced_names if reference_only else referenced_names - places)
            if settings.reference_veto and referenced_beside and (reference_only or cities)
            else frozenset()
        ),
        quarters=quarters,
        quarter_city=quarter_city,
        place_countries=tuple(sorted({p.country for p in own_places if p.country})),
        casualties=any(category in extraction.totals for category in _CASUALTIES),
        organisation_names=organisation_names,
        road_ends=road_ends,
        recalls_earlier=settings.recall_veto and recalls_earlier(lead),
        filed_from=normalise_place(extraction.dateline.name) if extraction.dateline else None,
        brief=len(article.text) <= settings.lead_chars,
        measured=any(
            placed_by_distance(article.text, place) for place in own_places
            if place.kind != "country"
        ),
    )


# A word that makes the place before it a part of a city ("the Khair Khana area", "the Orangi
# neighbourhood", "Hodan district"), in lower case: "Harris County District Attorney" is no
# district of a city.
_QUARTER_AFTER = re.compile(
    r"\s+(?:area|neighbou?rhoods?|quarter|section|suburb|district|locality|colony|sector)\b"
)


def _city_quarters(
    text: str, own_places: list[Place], settings: ClusterSettings,
    dateline: Place | None = None,
) -> tuple[tuple[str, ...], str | None]:
    """The parts of a city the report names with it (session 25, `quarter_veto`): a place
    without a point of its own, named with the one city the report places ("Lyari, Karachi",
    "Karachi's Lyari", "the Lyari area of the city", "Hodan district, Mogadishu"): the
    report's incident is in that part of the city, not anywhere in it.

    Session 26 (`quarters_read_more`): a part with a point of its own within `exact_town_km`
    of the city, or a district named with its area word ("the Saltivka district of
    Kharkiv"), tied to the city the same way; a town that near a dateline city, under it
    ("KHARKIV - ... in northern Saltivka"); and a part the extractor did not read, by the
    way a summary writes it ("in Hazara Town, Quetta", "on Sariab Road, Quetta", "the
    Hazara Town area" under the city's dateline).

    Session 28 (`dateline_city`): a report that places no city itself, under the dateline of
    one (`dateline`, the extraction's: "KYIV - ... in the Podilskyi district", where the
    extraction keeps only the district), names its parts of that city: a district or an area
    named with its word, a town without a point. Not when the lead measures a distance ("45 km
    north of the capital"): the story is outside the city."""
    if not settings.quarter_veto:
        return (), None
    more = settings.quarters_read_more
    parts = _part_names(text[: settings.lead_chars]) if settings.part_words else set()
    cities = {
        normalise_place(p.name): p for p in own_places
        if p.kind == "city" and p.lat is not None and p.lon is not None
        and not _among(normalise_place(p.name), parts)
    }
    filed_from = _dateline_city(text, cities, dateline, settings)
    if filed_from is not None:
        cities = {normalise_place(filed_from.name): filed_from}
    dateline = None
    if len(cities) > 1 and more:
        # a desk's dateline city and the towns of the story near it, its quarters
        opening = [p for p in cities.values() if p.start >= 0 and not text[: p.start].strip()]
        if opening and all(
            p is opening[0]
            or _km(p, opening[0]) <= settings.exact_town_km
            or _namesake(p, opening[0], text, settings)
            for p in cities.values()
        ):
            dateline = opening[0]
            cities = {normalise_place(dateline.name): dateline}
    if len(cities) != 1:
        # parts known by their number need no city ("Camp 13" of a camp complex)
        numbered = _numbered_parts(text, settings) if more else set()
        return (tuple(sorted(numbered)), "") if numbered else ((), None)
    city, city_place = next(iter(cities.items()))
    found = set()
    # Under the dateline of the one city the report places, a town without a point of its own
    # named as where it happened ("NAIROBI - ... in Mathare") is a part of that city or a
    # place outside it, none of the parts another report names (`dateline_parts`, session 27).
    under_dateline = (
        settings.dateline_parts and more and opens_as_dateline(text, city_place)
    )
    for place in own_places:
        name = normalise_place(place.name)
        if place.kind == "country" or place.start < 0 or name == city:
            continue
        if not (_is_town(name) or is_district(name)):
            continue  # a venue, an address
        if under_dateline and place.kind == "city" and place.lat is None and _is_town(name):
            found.add(name)
            continue
        if filed_from is not None and (
            is_district(name) or _QUARTER_AFTER.match(text, place.end) is not None
        ):
            found.add(name)
            continue
        if place.kind == "city" and more and _namesake(place, city_place, text, settings):
            found.add(name)
            continue
        if place.lat is not None and place.lon is not None:
            near = _km(place, city_place) <= settings.exact_town_km
            if not more or not (near or is_district(name)):
                continue
            if dateline is not None and near and place.kind == "city":
                found.add(name)
                continue
        after = text[place.end : place.end + len(city) + 4].lower()
        before = text[max(0, place.start - len(city) - 3) : place.start].lower()
        if (
            after.startswith((f", {city}", f" ({city}"))
            or before.endswith((f"{city}'s ", f"{city}’s "))
            or _QUARTER_AFTER.match(text, place.end) is not None
            or (more and is_district(name) and after.startswith(f" of {city}"))
        ):
            found.add(name)
    if more:
        found.update(_quarters_in_words(text, city, own_places, settings))
        found.update(_numbered_parts(text, settings))
    found.update(part for part in parts if not same_name(part, city))
    if not found:
        return (), None
    return tuple(sorted(found)), city


def _namesake(place: Place, city: Place, text: str, settings: ClusterSettings) -> bool:
    """A place the report names under the city it opens with (a row's head, a dateline) that
    the gazetteer put abroad or further than `place_veto_km` from it, with no distance
    measured in the lead (`namesake_quarters`, session 31): a part of that city bearing a
    name found elsewhere ("New Orleans, Louisiana (...): ... in the Algiers neighborhood",
    "Philadelphia, Pennsylvania (...): ... in Germantown"), not a town far away."""
    if not settings.namesake_quarters or place.start <= city.start or place.lat is None:
        return False
    if _DISTANCE.search(text, 0, settings.lead_chars) is not None:
        return False
    if place.country is not None and city.country is not None and place.country != city.country:
        return True
    return _km(place, city) > settings.place_veto_km


# A distance measured in the lead ("45 km north of the capital", "12 miles from"): the story
# is outside the dateline city.
_DISTANCE = re.compile(r"\b\d+(?:\.\d+)?\s*(?:km|kilomet|mi\b|miles)")


def _dateline_city(
    text: str, cities: dict[str, Place], dateline: Place | None, settings: ClusterSettings
) -> Place | None:
    """The extraction's dateline city, with its point, as the report's city for its parts when
    the report places no city of its own and measures no distance (`dateline_city`)."""
    if not settings.dateline_city or cities or dateline is None or dateline.kind != "city":
        return None
    if dateline.lat is None or dateline.lon is None:
        return None
    if _DISTANCE.search(text, 0, settings.lead_chars) is not None:
        return None
    return dateline


# Words for a part of a city (session 27, `part_words`), in lower case: a favela, a barrio,
# a colonia, a township, a housing estate, a slum, a quarter. "Township" in lower case only
# ("Lower Merion Township" is a municipality of its own).
_PART = (
    r"(?:favelas?|barrios?|bairros?|colonias?|comunas?|townships?|(?<!real )estates?|slums?"
    r"|shanty\s*towns?|informal\s+settlements?|quarters?)"
)
_PART_NAME = r"[A-Z][\w'’-]+(?:[ -](?:[A-Z][\w'’-]+|d[aeo]s?|de|del|la|el)){0,3}"
_PART_NAMES = re.compile(
    # "the Mare favela", "Nyanga township", "Kibera slum", "the Gwange quarter of Maiduguri"
    rf"(?P<a>{_PART_NAME})\s+{_PART}\b"
    # "barrio Siloe", "colonia Villa Nueva": the word before the name
    rf"|\b(?:barrio|bairro|colonia|favela|comuna)\s+(?P<b>{_PART_NAME})"
    # "the seaside slum of Cite Soleil", "the hillside barrio of Siloe"
    rf"|\bthe\s+(?:[a-z-]+\s+){{0,3}}?{_PART}\s+(?:complex\s+)?of\s+(?P<c>{_PART_NAME})"
    # "El Vallado, a barrio in the east of Cali"; "the Mare complex of favelas"
    rf"|(?P<d>{_PART_NAME}),\s+an?\s+(?:[a-z-]+\s+){{0,2}}?{_PART}"
    r"(?=\s+(?:in|of|on|near|outside|north|south|east|west)\b|\s*[,.;)])"
    rf"|(?P<e>{_PART_NAME})\s+complex\s+of\s+{_PART}"
)
# (a quick test before the full pattern: most leads name no part of a city this way)
_PART_KEYS = (
    "favela", "barrio", "bairro", "colonia", "comuna", "township", "estate", "slum",
    "shanty", "settlement", "quarter", "neighbo", "suburb",
)


def _part_names(lead: str) -> set[str]:
    """The names a lead writes with a word for a part of a city (`_PART_NAMES`)."""
    lowered = lead.lower()
    if not any(key in lowered for key in _PART_KEYS):
        return set()
    found = set()
    for match in _PART_NAMES.finditer(lead):
        name = next(group for group in match.groups() if group is not None)
        words = name.split()
        # "Nairobi's Mathare slum": the part after the city's possessive
        owners = [i for i, word in enumerate(words) if word.endswith(("'s", "’s"))]
        if owners:
            words = words[owners[-1] + 1 :]
        while words and words[0].lower() in ("the", "a", "an"):
            words = words[1:]
        if words:
            found.add(normalise_place(" ".join(words)))
    return found


def _among(name: str, names: set[str]) -> bool:
    return any(same_name(name, other) for other in names)


# A road named by its ends ("the road between Sirte and Misrata", "the highway linking the
# capital with Gharyan", "the Bijapur-Awapalli road", "the coastal highway towards Sirte").
_ROAD = r"(?:road|highway|route|axis|motorway|expressway|corridor|track)"
_END = r"[A-Z][\w'’]+(?:[ -][A-Z][\w'’]+)?"
_ROAD_ENDS = re.compile(
    rf"\b{_ROAD}\s+(?:between|from|linking|connecting|joining)\s+(?:the\s+\w+\s+of\s+)?"
    rf"(?P<a>{_END})\s+(?:and|to|with)\s+(?P<b>{_END})"
    rf"|\b(?P<c>[A-Z][\w'’]+)[-–](?P<d>[A-Z][\w'’]+)\s+{_ROAD}\b"
    rf"|\b{_ROAD}\s+(?:to|towards)\s+(?P<e>{_END})"
)


def _lone_dateline(text: str, own_places: list[Place]) -> frozenset[str]:
    """The report's dateline city when it is the only place the report names and is named
    nowhere else (not a US dateline: the event's own town as a rule), e.g. a toll update
    whose village the gazetteer cannot place ("MOPTI - ... Saturday's raid near Dioungani")."""
    named = [p for p in own_places if p.kind != "country" and p.name]
    if len(named) != 1 or named[0].country == "US" or named[0].kind != "city":
        return frozenset()
    place = named[0]
    if place.start < 0 or text[: place.start].strip() or not opens_as_dateline(text, place):
        return frozenset()
    needle = text[place.start : place.end].lower()
    if not needle or needle in text[place.end :].lower():
        return frozenset()  # named again as where it happened ("in Kirkuk")
    return frozenset({normalise_place(place.name)})


# (a quick test before the full pattern: most texts name no road)
_ROAD_WORDS = ("road", "highway", "route", "axis", "motorway", "expressway", "corridor", "track")
_PARENTHESIS = re.compile(r"\([^()]{1,80}\)")


def _road_ends(text: str, own_places: list[Place]) -> frozenset[str]:
    """The places a report (its lead, `text`) names only as the ends of a road its incident
    was on (`road_ends`, session 26; a town named again on its own is the report's town: "on the
    Katsina-Kankara road near Katsina city"). An entry in a town and one on a road out of it
    shared the town; a road's end is no lead city either (_lead_cities), the incident being
    somewhere between."""
    if not own_places:
        return frozenset()
    lowered = text.lower()
    if not any(word in lowered for word in _ROAD_WORDS) or _ROAD_ENDS.search(text) is None:
        return frozenset()
    spans = [
        (match.start(group), match.end(group))
        for match in _ROAD_ENDS.finditer(text)
        for group in ("a", "b", "c", "d", "e")
        if match.group(group) is not None
    ]
    notes = [match.span() for match in _PARENTHESIS.finditer(text)]
    found = set()
    for place in own_places:
        if place.start < 0 or place.kind == "country" or not place.name:
            continue
        needle = lowered[place.start : place.end]
        mentions = [m.start() for m in re.finditer(re.escape(needle), lowered)] if needle else []
        # (an area in a note's parenthesis, "(Mandera East)", names no town again)
        mentions = [m for m in mentions if not any(a <= m < b for a, b in notes)]
        if mentions and all(any(a <= m < b for a, b in spans) for m in mentions):
            found.add(normalise_place(place.name))
    return frozenset(found)


# A part of a place known by its number ("Camp 13", "zone 18", "Sector 4", "Ward 7"): a camp
# of a camp complex, a zone of a city. Two numbers are two parts.
_PART_NOUNS = ("camp", "zon", "sector", "block", "ward", "phase", "site", "colony", "precinct")
_NUMBERED_PART = re.compile(
    r"\b(?P<noun>camp|zone|zona|sector|block|ward|phase|site|colony|precinct)\s+(?:no\.?\s*)?"
    r"(?P<number>\d{1,3}[a-z]?)\b(?![.,]\d)",
    re.IGNORECASE,
)


def _numbered_parts(text: str, settings: ClusterSettings) -> set[str]:
    lead = text[: settings.lead_chars]
    lowered = lead.lower()
    if not any(noun in lowered for noun in _PART_NOUNS):
        return set()
    return {
        f"{match.group('noun').lower()} {match.group('number').lower()}"
        for match in _NUMBERED_PART.finditer(lead)
    }


def _km(one: Place, other: Place) -> float:
    assert one.lat is not None and one.lon is not None
    assert other.lat is not None and other.lon is not None
    return distance_km((one.lat, one.lon), (other.lat, other.lon))


# A part of a city as a summary writes it, whether or not the extractor read it as a place:
# a capitalised name (a number may end it: "Zona 18") after "in / at / on / near" and before
# the city's name ("in Hazara Town, Quetta", "on Sariab Road, Quetta") or an area word ("in
# the Hazara Town area").
_QUARTER_NAME = re.compile(
    r"\b(?:in|at|on|near)\s+(?:the\s+)?(?:(?:north|south|east|west|central|old|northern"
    r"|southern|eastern|western|north-eastern|north-western|south-eastern|south-western)\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:[ -](?:[A-Z][\w'’-]+|\d{1,3}))?(?:[ -][A-Z][\w'’-]+)?)"
    r"(?=,\s+[A-Z]|\s+(?:area|neighbou?rhood|quarter|suburb|locality|colony|sector"
    r"|township)\b)"
)
# A street is a part of its city too ("on Sariab Road, Quetta").
_STREET_NAME = re.compile(r"\b(?:road|street|avenue)\Z")


def _quarters_in_words(
    text: str, city: str, own_places: list[Place], settings: ClusterSettings
) -> set[str]:
    """The parts of `city` the lead names as a summary writes them (_QUARTER_NAME): not a
    place the extractor read as something else (a province, a country, a town farther than
    `exact_town_km`), nor the city itself."""
    lead = text[: settings.lead_chars]
    known = {p.start: p for p in own_places if p.start >= 0}
    found = set()
    for match in _QUARTER_NAME.finditer(lead):
        after = lead[match.end() : match.end() + len(city) + 3].lower()
        if after.startswith(",") and not after.startswith(f", {city}"):
            continue  # before another place's name
        name = normalise_place(match.group("name"))
        if name == city or same_name(name, city):
            continue
        if not (_is_town(name) or _STREET_NAME.search(name)):
            continue  # a venue ("at Mercy Hospital, Chicago")
        place = known.get(match.start("name"))
        if place is not None and (place.kind in ("country", "region") or place.lat is not None):
            continue  # read as a province or a town of its own (the tests above saw it)
        found.add(name)
    return found


def _first_place(own_places: list[Place]) -> str | None:
    """The first place a report names (not a country): where its incident happened."""
    found = [p for p in own_places if p.kind != "country" and p.name and p.start >= 0]
    if not found:
        return None
    return normalise_place(min(found, key=lambda p: p.start).name)


# A capitalised name after a locative preposition ("near Hawija", "at Rhamu"): a place named,
# read by the gazetteer or not.
_LOCATIVE_NAME = re.compile(r"\b(?:in|at|near|outside)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")
_NOT_PLACE_NAMES = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "the", "a", "an", "his", "her", "their", "its",
})


def _names_unread_place(lead: str, places: Sequence[Place]) -> bool:
    """The lead names a place after a locative preposition that no read place covers: the
    report's own town, which the gazetteer did not read (session 32)."""
    for found in _LOCATIVE_NAME.finditer(lead):
        if found.group(1).split()[0].lower() in _NOT_PLACE_NAMES:
            continue
        if not any(p.start < found.end(1) and found.start(1) < p.end for p in places):
            return True
    return False


def _listed_date_dropped(extraction: Extraction, roles: list[Span]) -> Extraction:
    """The extraction without its event date when the date was read in a record's field that
    lists earlier incidents (roles "listed"): that date is an earlier incident's."""
    assert extraction.event_date is not None
    start = extraction.event_date.start
    if any(role == "listed" and begin <= start < end for begin, end, role in roles):
        return replace(extraction, event_date=None)
    return extraction


def _dated_sentence_kept(roles: list[Span], extraction: Extraction) -> list[Span]:
    """The roles without a background span holding the exact event date: a sentence that
    writes out the date of what it reports ("On 12 May 2016, ...", "09/22/2011: ...") is the
    report, whatever other incident it mentions ("targeting first responders to an earlier
    bombing")."""
    assert extraction.event_date is not None
    start = extraction.event_date.start
    return [
        span for span in roles if span[2] != "background" or not span[0] <= start < span[1]
    ]


def _people_named(
    article: Article,
    tokens: list[str],
    people: list[str],
    places: frozenset[str],
    settings: ClusterSettings,
) -> list[str]:
    """The people named (`people`, read from the report's own `tokens`), except that a crawled
    page's first line, its URL, does not count: its slug writes the headline's names in lower
    case (".../boxer-stops-rival/"), which would hide every name of the headline."""
    url_line = _URL_LINE.match(article.text)
    if url_line is None:
        return people
    title = len(_TOKEN.findall(article.title)) * settings.title_repeats if article.title else 0
    slug = len(_TOKEN.findall(url_line.group()))
    _, found = _names(tokens[:title] + tokens[title + slug :], places, settings)
    return found


def _lead_roles(
    article: Article,
    people: list[str],
    extraction: Extraction,
    spans: list[Span],
    settings: ClusterSettings,
) -> tuple[Role, ...]:
    """The (agent, action, patient) triples of the title and lead (participants.py). A word
    of any extracted place, a country's too, names no participant ("in Baghdad, Iraq, gunmen
    killed ..."). Background sentences (`spans`, offsets into the text) are cut out."""
    if not people:
        return ()
    place_words = {word for place in extraction.places for word in place.name.lower().split()}
    people = [word for word in people if word not in place_words]
    text = article_text(article)
    shift = len(text) - len(article.text)
    url_line = _URL_LINE.match(article.text)
    skip = url_line.end() if url_line else 0
    lead = text[: settings.roles_chars + shift + skip]
    for start, end, _ in reversed(spans):
        if start + shift < len(lead):
            lead = lead[: start + shift] + "\n" + lead[end + shift :]
    ceiling = _ZIPF_CEILING - settings.name_max_zipf
    return lead_roles(lead, frozenset(people), lambda word: _rarity(word) <= ceiling)


def lead_ages(article: Article, settings: ClusterSettings) -> tuple[int, ...]:
    """The ages stated in the title and lead ("a 23-year-old man", "Jane Roe, 41, of ..."):
    who was shot or arrested, as the report first describes them. Outside the lead, sentences
    name other people (relatives, earlier victims) more often."""
    lead = article_text(article)[: settings.lead_chars + len(article.title or "")]
    found: set[int] = set()
    for match in _YEARS_OLD.finditer(lead):
        before = _AGE_BEFORE.search(lead, max(0, match.start() - 4), match.start())
        if before:
            found.add(int(before.group(1)))
    if "aged " in lead:
        found.update(int(match.group(1)) for match in _AGED.finditer(lead))
    for match in _NAME_AGE.finditer(lead):
        if match.start() > 0 and lead[match.start() - 1] in _ASCII_LETTERS:
            found.add(int(match.group(1)))
    return tuple(sorted(age for age in found if age > 0))


def _sure_event_day(
    extraction: Extraction,
    event_day: int | None,
    published_day: int | None,
    settings: ClusterSettings,
) -> int | None:
    """The day-precise event date when the report is sure of it: written out with its year in
    the lead ("June 7, 2013", "05/04/1998"; further down a full date is more often background,
    a career or an earlier case), or given as fresh news, at most `fresh_date_days` before
    the report's publication ("early Saturday" in Sunday's paper). A weekday in an undated text
    resolves to a guessed week, and a date further back may be a follow-up naming an earlier
    incident: neither is sure."""
    if event_day is None or extraction.event_date is None:
        return None
    if (
        _YEAR.search(extraction.event_date.text)
        and extraction.event_date.start < settings.lead_chars
    ):
        return event_day
    if published_day is not None and 0 <= published_day - event_day <= settings.fresh_date_days:
        return event_day
    return None


# A one-liner told in the present tense ("A car bomb kills seven in Beledweyne", "Gunmen kill
# three at a bar"): a verb of an incident with its third-person -s (not those that are as
# often plural nouns: "attacks", "raids", "shells", "wounds", "strikes", "hits"), or bare after
# a plural subject.
_PRESENT_INCIDENT = re.compile(
    r"\b(?:kills|injures|shoots|ambushes|abducts|kidnaps|beheads|explodes|rocks"
    r"|leaves\s+\w+\s+dead|sets\s+fire\s+to|torches)\b"
    r"|\b\w+(?:s|men|people|police|forces)\s+(?:kill|wound|injure|hit|strike|attack|shell"
    r"|bomb|shoot|storm|raid|ambush|abduct|kidnap|behead|torch|burn)\b"
    # ... and the present passive ("Two men are killed", "a guard is shot dead"; session 30)
    r"|\b(?:is|are)\s+(?:(?:fatally|critically|seriously)\s+)?(?:killed|wounded|injured|shot"
    r"|stabbed|abducted|kidnapped|beheaded|hurt)\b"
)


def _present_oneliner_day(
    text: str, extraction: Extraction, published_day: int | None, settings: ClusterSettings
) -> int | None:
    """The day before publication for a one-liner that gives no date and tells its incident in
    the present tense (a news portal's or a ticker's item, `oneliner_chars` at most): such an
    item is posted on the day of its incident or the next, so the day before publication is
    its day give or take one, sure enough to test against the dates an event's reports write
    (`present_oneliner_day`, session 29: a portal's undated item joined the same city's
    incident of nine days before). It is not kept as an event's date: the undated items of a
    running story (a war's strikes on one city over weeks) are one story whatever their days.
    A one-liner in the past tense may be a late summary, and a dated one has its own date."""
    if (
        not settings.present_oneliner_day
        or published_day is None
        or extraction.event_date is not None
        or len(text) > settings.oneliner_chars
        or text.count(". ") > 1  # (a one- or two-sentence item, not a short report)
    ):
        return None
    return published_day - 1 if _PRESENT_INCIDENT.search(text) else None


def _exact_event_day(
    text: str, extraction: Extraction, event_day: int | None, settings: ClusterSettings
) -> int | None:
    """The day-precise event date when the lead writes it out with its year as the date of
    what it reports: "On 5 March 2016, protesters ...", or a dated entry, "12/21/2015: An
    assailant ...". A date written that way is exact, not resolved from "Saturday" against a
    publication date. A page's dateline ("Thursday, December 11, 2008" on its own line, or
    "December 15, 2008, 7:35 am") or its byline ("posted in Local News on Friday, September
    20, 2013") is when the page was written, which a report days later about the same event
    does not share: it is not taken."""
    event_date = extraction.event_date
    if event_day is None or event_date is None or event_date.start >= settings.lead_chars:
        return None
    if not _YEAR.search(event_date.text):
        # "On the same day", "this day", "Tuesday" in an entry that opens with its date: the
        # day the extractor resolved is the entry's own, written out with its year.
        return event_day if _opening_stamp_day(text) == event_day else None
    before = text[max(0, event_date.start - 4) : event_date.start]
    after = text[event_date.end : event_date.end + 16]
    if _CLOCK_AFTER.match(after):
        return None
    before_date = text[max(0, event_date.start - _BYLINE_REACH) : event_date.start]
    sentence = before_date.rsplit("\n", 1)[-1].rsplit(". ", 1)[-1]
    if _BYLINE_BEFORE.search(sentence):
        return None
    if _ON_BEFORE.search(before) or _ENTRY_AFTER.match(after):
        return event_day
    if not text[: event_date.start].strip() and _STAMP_AFTER.match(after):
        return event_day  # the text opens with it: an entry's date stamp
    if _bracketed_row_date(text, event_date.start, after):
        return event_day
    return None


def _bracketed_row_date(text: str, start: int, after: str) -> bool:
    """The date in brackets closing the head the text opens with, a colon after it, the head
    names only (a place, "Dayton, Ohio (06/18/2016): ..."): a row's own date. A bracketed date
    after words of a sentence ("the suspect, arrested before (05/02/2021): ...") is not taken."""
    head = text[:start]
    if len(head) > _ROW_HEAD_CHARS or not _ROW_HEAD.fullmatch(head):
        return False
    return _BRACKET_ENTRY_AFTER.match(after) is not None


def exact_hours(
    text: str, extraction: Extraction, exact_day: int | None
) -> tuple[int, int] | None:
    """When on its exact event day the report's incident happened, in hours from that day's
    midnight, as the date's sentence says: the first part of the day or clock time in it
    ("On Monday morning", "late Sunday night", "early Tuesday", "at 0820", "after 1600", "at
    12:40 a.m."). A weekday next to the part, or else in the sentence, anchors it when it is
    the day before or after the date ("Thursday night" in an entry dated Friday is (-6, 5)).
    None when the sentence says no time (or there is no exact date)."""
    event_date = extraction.event_date
    if exact_day is None or event_date is None:
        return None
    # The date's sentence from the one splitter: a cut at every ". " ended it at "p.m." or
    # "Col." and ran on across line breaks to the next ". " (another sentence's "Friday night").
    dated = sentence_at(text, event_date.start, event_date.end)
    if dated is None:
        return None
    sentence = dated.text
    found = _DAY_PART.search(sentence)
    if found is None:
        return None
    weekday = found.group("weekday") or found.group("early_day")
    if found.group("part"):
        hours = _PART_HOURS[((found.group("edge") or "").lower(), found.group("part").lower())]
    elif found.group("early_day"):
        hours = (0, 8)
    elif found.group("hhmm"):
        value = int(found.group("hhmm"))
        if found.group("word").lower() in ("after", "before") and 1900 <= value <= 2099:
            return None  # "after 2005" is a year
        if (found.group("word").lower() in ("about", "around", "approximately")
                and value % 100 == 0 and not _AT_BEFORE.search(sentence, 0, found.start())
                and not _CLOCK_WORD_AFTER.match(sentence, found.end())):
            return None  # "about 1000 migrant workers", "[size=around 1500]": a crowd's size
        hours = (value // 100, value // 100 + 1)
    else:
        hour = int(found.group("clock")) % 12 + (12 if found.group("ampm").lower() == "p" else 0)
        hours = (hour, hour + 1)
    if weekday is None:
        named = _ANY_WEEKDAY.search(sentence)
        weekday = named.group(0) if named else None
    offset = 0
    if weekday is not None:
        # date.fromordinal(day).weekday(): Monday is 0.
        wanted = _WEEKDAYS.index(weekday.lower())
        for shift in (0, -1, 1):
            if date.fromordinal(exact_day + shift).weekday() == wanted:
                offset = shift
                break
    return (hours[0] + 24 * offset, hours[1] + 24 * offset)


def _opening_stamp_day(text: str) -> int | None:
    """The ordinal of the day of the dated entry stamp the text opens with, if any."""
    stamp = _OPENING_STAMP.match(text)
    if stamp is None:
        return None
    try:
        return date(int(stamp.group(3)), int(stamp.group(1)), int(stamp.group(2))).toordinal()
    except ValueError:
        return None  # "13/45/2013:" is no date


def _with_dateline(
    own_places: list[Place], dateline: Place | None, settings: ClusterSettings
) -> list[Place]:
    """The report's own places and, when they leave it out, its dateline place (`dateline_
    country`, session 28): the country a report is filed from is one more vote for its
    country ("BAGHDAD - ... in Tarmiyah", a town the gazetteer places in Iraq without a point,
    is in Iraq; a lone town could be a namesake abroad)."""
    if not settings.dateline_country or dateline is None or dateline.country is None:
        return own_places
    if any(p.start == dateline.start and p.name == dateline.name for p in own_places):
        return own_places
    return [*own_places, dateline]


def _main_country(own_places: list[Place]) -> str | None:
    """The country most of the article's own places (outside background) are in, when at
    least `_COUNTRY_PLACES` of them are and it has twice as many as any other; None otherwise
    (one place alone may be a namesake the gazetteer chose, "Lebanon" for Lebanon, Tennessee;
    a border incident or a report naming where a suspect came from names two countries)."""
    countries = Counter(place.country for place in own_places if place.country)
    ranked = countries.most_common(2)
    if not ranked or ranked[0][1] < _COUNTRY_PLACES:
        return None
    if len(ranked) == 2 and ranked[0][1] < 2 * ranked[1][1]:
        return None
    return ranked[0][0]


def _lead_regions(own_places: list[Place], settings: ClusterSettings) -> tuple[str, ...]:
    """First-level regions named in the lead ("Ohio", "Borno", "Antioquia"), as "CC:name". The
    gazetteer's regions outside the US are first-level divisions; in the US it also holds
    counties, which it gives no coordinates (a state has its capital's): a county is inside a
    state and would contradict it, so it is left out."""
    return tuple(
        sorted(
            {
                f"{place.country}:{normalise_place(place.name)}"
                for place in own_places
                if place.kind == "region"
                and place.country
                and 0 <= place.start < settings.lead_chars
                and (place.country != "US" or place.lat is not None)
                # a district the gazetteer holds as a region is below the province (session
                # 25: "Raman district" and "Bannang Sata district" shared only Yala)
                and (not settings.districts_not_provinces or not is_district(place.name.lower()))
            }
        )
    )


def _lead_cities(
    own_places: list[Place], settings: ClusterSettings, road_ends: frozenset[str] = frozenset()
) -> tuple[tuple[str, float, float], ...]:
    """Cities with coordinates named in the lead: where the report says it happened (a city
    named later is often background, the publisher's home or another incident). A city whose
    country is not the country most of the article's places are in is left out: it is more
    often a namesake the gazetteer chose (Odessa, Ukraine for Odessa, Texas) than a fact."""
    countries = Counter(place.country for place in own_places if place.country)
    top = max(countries.values(), default=0)
    main_countries = {country for country, count in countries.items() if count == top}
    found: dict[str, tuple[str, float, float]] = {}
    for place in own_places:
        if (
            place.kind == "city"
            and place.lat is not None
            and place.lon is not None
            and 0 <= place.start < settings.lead_chars
            and (place.country in main_countries or not main_countries)
        ):
            name = normalise_place(place.name)
            if name not in road_ends:
                found.setdefault(name, (name, place.lat, place.lon))
    return tuple(found.values())


def _event_day(extraction: Extraction) -> int | None:
    event_date = extraction.event_date
    if event_date is None or event_date.precision != "day":
        return None
    value: date = event_date.value
    return value.toordinal()
