"""Places an article names, with their kind, ISO country code and coordinates.

One pass over the runs of capitalized words looks each run's word sequences up in the offline
gazetteer (longest first); a second regex pass finds venues and street addresses. Then each
ambiguous name is read in context, strongest evidence first:

1. an explicit qualifier right after it: "Paris, Texas", "Moscow, Idaho", "Springfield, Ill.";
2. a US state or a country the article names elsewhere (Moscow in an article that mentions
   Idaho is Moscow, Idaho);
3. the default reading: a country before a region before a city, larger places first.

A city name alone is taken only where it reads as a place: after a locative preposition ("in
Aurora"), as a dateline, with a qualifier, with its state or country named elsewhere, or when
it is a large city. Names inside a person's or an organization's name ("Andrew Jackson", "Jackson
said") are left out. Each place is reported once, at its first mention, in text order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from storyline.extract.gazetteer import Gazetteer, GazetteerEntry, fold, load_gazetteer
from storyline.extract.gazetteer_tables import NOT_PLACES
from storyline.extract.places_venues import find_venues
from storyline.records import Place

__all__ = ["find_places"]

EXTRACTOR_NAME = "places/1"

_UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
_WORD = rf"(?:(?:[A-Z]\.){{2,}}|[{_UPPER}][\w'’.-]*)"
_CONNECTOR = r"(?:of|de|del|la|le|el|al|upon|on|the|du|des|di|da|do|dos|das|y|es|an|am)"
_RUN = re.compile(rf"{_WORD}(?:[ \t]+(?:{_CONNECTOR}[ \t]+)*{_WORD})*")
_TOKEN = re.compile(r"\S+")
_LOCATIVE_BEFORE = re.compile(
    r"(?<!according\s)(?<!next\s)\b(?:in|at|near|from|outside|to|across|around|into|through"
    r"|throughout|between|toward|towards|within|off|downtown|suburban|(?:city|town|village"
    r"|suburb|county|state|province|region|capital|north|south|east|west|northeast|northwest"
    r"|southeast|southwest)\s+of)\s+(?:the\s+)?(?:(?:north|south|east|west|northern|southern"
    r"|eastern|western|central|downtown|suburban|nearby|neighboring)\s+)?$",
    re.IGNORECASE,
)
_PERSON_AFTER = re.compile(r"^(?:'s|’s)?\s*(?:said|says|told|added|wrote|asked|,\s+who\b)")
_TITLES = frozenset({
    "mr.", "mrs.", "ms.", "dr.", "officer", "sgt.", "lt.", "det.", "chief", "president",
    "gov.", "sen.", "rep.", "judge", "sheriff", "coach", "pastor", "rev.", "capt.", "gen.",
    "col.", "mayor", "prof.", "st.", "saint", "detective", "deputy", "trooper", "agent",
})
# Capitalized words that start sentences or headlines without being part of a name.
_FUNCTION_WORDS = frozenset({
    "in", "at", "the", "a", "an", "on", "from", "near", "outside", "but", "and", "as", "after",
    "before", "when", "while", "police", "officials", "authorities", "residents", "update",
    "breaking", "video", "photos", "watch", "by", "for", "to", "of", "with", "this", "that",
    "north", "south", "east", "west", "downtown", "central", "northern", "southern",
    "eastern", "western", "suburban", "rural", "greater",
})
_BIG_CITY = 250_000
# "A Charlotte woman", "Dayton police", "the Toomsuba family": a town's name used as an
# adjective of its people or institutions.
_RESIDENT_AFTER = re.compile(
    r"(?:'s|’s)?\s+(?:man|woman|men|women|teen|teens|teenager|boy|girl|resident|residents"
    r"|police|officers?|family|families|home|homes|area|neighborhood|native|couple|father"
    r"|mother|mayor|city|school|schools|hospital|fire|community|council|church|store"
    r"|apartment|street|house|shooting|murder|homicide)\b",
    re.IGNORECASE,
)
_DATELINE_AFTER = re.compile(r"^(?:,\s*[\w. ]{2,20})?\s*(?:\(|—|–|--|-\s|:)")


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int
    end: int
    entries: tuple[GazetteerEntry, ...]
    qualifier: GazetteerEntry | None  # the state or country written right after it
    demonym: bool = False


def find_places(text: str) -> tuple[Place, ...]:
    """Places named in `text`, each once at its first mention, in text order."""
    gazetteer = load_gazetteer()
    mentions = list(_mentions(text, gazetteer))
    context = _context(mentions)
    places: list[Place] = []
    for mention in mentions:
        entry = _resolve(mention, context)
        if entry is not None and _accepted(text, mention, entry, context):
            places.append(_place(entry, mention.start, mention.end))
    venues = find_venues(text, _main_country(places))
    places = [p for p in places if not _small_inside_venue(p, venues)]
    return _first_mentions([*places, *venues])


def _mentions(text: str, gazetteer: Gazetteer) -> Iterable[_Mention]:
    for run in _RUN.finditer(text):
        tokens = [(run.start() + t.start(), run.start() + t.end()) for t in
                  _TOKEN.finditer(run.group())]
        index = 0
        while index < len(tokens):
            found = _longest_match(text, tokens, index, gazetteer)
            if found is None:
                index += 1
                continue
            mention, used = found
            if not _inside_name(text, tokens, index, mention) and not _first_name(
                text, tokens, index + used, mention
            ):
                yield mention
            index += used


def _longest_match(
    text: str, tokens: list[tuple[int, int]], index: int, gazetteer: Gazetteer
) -> tuple[_Mention, int] | None:
    last = min(len(tokens), index + gazetteer.max_words)
    for stop in range(last, index, -1):
        start, end = tokens[index][0], tokens[stop - 1][1]
        for surface_end in _surface_ends(text, start, end):
            mention = _lookup(text, start, surface_end, gazetteer)
            if mention is not None:
                return mention, stop - index
    return None


def _surface_ends(text: str, start: int, end: int) -> tuple[int, ...]:
    """The span as written, then without a possessive or a sentence-final period."""
    surface = text[start:end]
    if surface.endswith(("'s", "’s")):
        return (end - 2,)
    if surface.endswith(".") and not re.search(r"(?:^|[\s.])[A-Z]\.$", surface):
        return (end, end - 1)
    return (end,)


def _lookup(text: str, start: int, end: int, gazetteer: Gazetteer) -> _Mention | None:
    key = fold(text[start:end])
    if key in gazetteer.places:
        qualifier = _qualifier(text, end, gazetteer)
        return _Mention(start, end, gazetteer.places[key], qualifier)
    if key in gazetteer.demonyms and text[start].isupper():
        return _Mention(start, end, (gazetteer.demonyms[key],), None, demonym=True)
    if key in gazetteer.state_abbreviations and "." in key:
        state = gazetteer.us_states.get(gazetteer.state_abbreviations[key])
        return _Mention(start, end, (state,), None) if state else None
    if key.endswith(" county") and key in gazetteer.counties:
        return _Mention(start, end, gazetteer.counties[key], _qualifier(text, end, gazetteer))
    return None


_QUALIFIER = re.compile(
    r",\s+((?:[A-Z]\.\s?){2,}|[A-Z]{2}\b|[A-Z][a-z]*\.?(?:\s[A-Z][a-z]+\.?){0,2})"
)


def _qualifier(text: str, end: int, gazetteer: Gazetteer) -> GazetteerEntry | None:
    """The state or country written right after a name: ", Texas", ", Ill.", ", TX", ", Iraq"."""
    match = _QUALIFIER.match(text, end)
    if match is None:
        return None
    words = match.group(1).split()
    for size in range(len(words), 0, -1):
        entry = _qualifier_entry(" ".join(words[:size]), gazetteer)
        if entry is not None:
            return entry
    return None


def _qualifier_entry(phrase: str, gazetteer: Gazetteer) -> GazetteerEntry | None:
    key = fold(phrase)
    postal = len(phrase) == 2 and phrase.isupper()
    if "." in key or postal:
        code = gazetteer.state_abbreviations.get(key)
        if code in gazetteer.us_states:
            return gazetteer.us_states[code]
    for entry in gazetteer.lookup(key.rstrip(".")):
        if entry.kind == "country" or (entry.kind == "region" and entry.country == "US"):
            return entry
    return None


def _inside_name(
    text: str, tokens: list[tuple[int, int]], index: int, mention: _Mention
) -> bool:
    """True when the match is part of a person's or an organization's name."""
    if index > 0:
        raw_previous = text[tokens[index - 1][0] : tokens[index - 1][1]]
        previous = fold(raw_previous)
        if previous in _TITLES:
            return True
        ends_sentence = raw_previous.endswith((".", ",", ";", ":", "'s", "’s"))
        if not ends_sentence and previous not in _FUNCTION_WORDS and not mention.demonym:
            return mention.qualifier is None  # "Michael Jordan", "Andrew Jackson"
    if _is_place_kind(mention, "country") or _LOCATIVE_BEFORE.search(
        text[max(0, mention.start - 24) : mention.start]
    ):
        return False  # "Police in Moscow said": the city, not a Mr. Moscow
    return bool(_PERSON_AFTER.match(text[mention.end : mention.end + 16]))


def _first_name(
    text: str, tokens: list[tuple[int, int]], following: int, mention: _Mention
) -> bool:
    """"Chad Smith", "Jordan Peterson": a one-word name followed by a surname."""
    if following >= len(tokens) or " " in text[mention.start : mention.end]:
        return False
    if text[mention.start : mention.end].isupper() or text[mention.end] != " ":
        return False  # "MOSCOW (Reuters)", "Paris, Texas"
    surname = text[tokens[following][0] : tokens[following][1]].rstrip(".,;:'’s")
    return surname[:1].isupper() and surname[1:].islower() and fold(surname) not in _PLACE_HEADS


# Words that follow a place name inside a larger name without making it a person's.
_PLACE_HEADS = frozenset({
    "state", "county", "city", "province", "region", "police", "department", "government",
    "army", "forces", "border", "airport", "university", "river", "valley", "street",
    "avenue", "road", "district", "metro", "capital", "republic", "coast", "township",
    "sheriff", "fire", "mayor", "governor", "president", "authorities", "officials",
})


def _is_place_kind(mention: _Mention, kind: str) -> bool:
    return any(entry.kind == kind for entry in mention.entries)


@dataclass(frozen=True, slots=True)
class _Context:
    states: frozenset[str]
    countries: frozenset[str]


def _context(mentions: list[_Mention]) -> _Context:
    """The US states and countries the article's names point to without doubt: qualifiers,
    and names whose every reading lies in one state or one country ("Atlanta" is in the US)."""
    states: set[str] = set()
    countries: set[str] = set()
    for mention in mentions:
        readings = [mention.qualifier] if mention.qualifier else list(mention.entries)
        if len({entry.country for entry in readings}) == 1:
            countries.add(readings[0].country)
        admin1 = {entry.admin1 for entry in readings}
        if len(admin1) == 1 and readings[0].admin1:
            states.add(readings[0].admin1)
    return _Context(frozenset(states), frozenset(countries))


def _resolve(mention: _Mention, context: _Context) -> GazetteerEntry | None:
    entries = mention.entries
    qualifier = mention.qualifier
    if qualifier is not None:
        narrowed = [e for e in entries if _within(e, qualifier)]
        if narrowed:
            return narrowed[0]
    in_state = [e for e in entries if e.admin1 and e.admin1 in context.states]
    if in_state:
        return in_state[0]
    in_country = [e for e in entries if e.country in context.countries]
    if entries[0].kind == "country":
        # A country's name yields only to a region of the article's country ("Georgia" in a
        # US story is the state), never to a small town that shares it ("Jordan, Minn.").
        in_country = [e for e in in_country if e.kind in {"country", "region"}]
    if in_country and len(entries) > 1:
        return in_country[0]
    return entries[0] if entries else None


def _within(entry: GazetteerEntry, qualifier: GazetteerEntry) -> bool:
    if qualifier.kind == "country":
        return entry.country == qualifier.country and entry.kind != "country"
    return entry.admin1 == qualifier.admin1 and entry.kind == "city"


def _accepted(text: str, mention: _Mention, entry: GazetteerEntry, context: _Context) -> bool:
    """Whether a name reads as a place here. Countries, states and big cities always do; a
    smaller town's name (often also a surname or a word) needs a qualifier, a locative
    preposition or a dateline position."""
    if entry.kind == "country" or mention.demonym or mention.qualifier is not None:
        return True
    if entry.kind == "region" and (entry.country == "US" or entry.population > 0):
        return True
    surface = fold(text[mention.start : mention.end])
    before = text[max(0, mention.start - 40) : mention.start]
    if _is_dateline(text, mention):
        return True
    located = bool(_LOCATIVE_BEFORE.search(before)) or bool(
        _RESIDENT_AFTER.match(text, mention.end, mention.end + 24)
    )
    if surface in NOT_PLACES:
        return located and (
            entry.population >= _BIG_CITY or bool(entry.admin1 and entry.admin1 in context.states)
        )
    if entry.population >= _BIG_CITY:
        return True
    # Outside the US, where town names are rarely also English surnames, a place in a country
    # the article already names is taken too ("Jowhar" in a story about Somalia).
    return located or (entry.country != "US" and entry.country in context.countries)


def _is_dateline(text: str, mention: _Mention) -> bool:
    line_start = text.rfind("\n", 0, mention.start) + 1
    if text[line_start : mention.start].strip():
        return False
    return bool(_DATELINE_AFTER.match(text[mention.end : mention.end + 30]))


def _place(entry: GazetteerEntry, start: int, end: int) -> Place:
    return Place(
        name=entry.name, kind=entry.kind, country=entry.country,
        lat=entry.lat, lon=entry.lon, start=start, end=end,
    )


def _small_inside_venue(place: Place, venues: list[Place]) -> bool:
    """"Westfield" in "Westfield Mall" is the mall's name, "Benghazi" in "Benghazi Medical
    Centre" still the city: a town's name inside a venue's name counts only for big places."""
    if place.kind != "city" or not any(v.start <= place.start < v.end for v in venues):
        return False
    entries = load_gazetteer().lookup(fold(place.name))
    return not any(e.population >= _BIG_CITY and e.lat == place.lat for e in entries)


def _main_country(places: list[Place]) -> str | None:
    """The country most places of the article lie in: the country of its venues."""
    counts: dict[str, int] = {}
    for place in places:
        if place.country:
            counts[place.country] = counts.get(place.country, 0) + 1
    return max(counts, key=lambda code: counts[code]) if counts else None


def _first_mentions(places: list[Place]) -> tuple[Place, ...]:
    seen: set[tuple[str, str, str | None, float | None]] = set()
    unique: list[Place] = []
    for place in sorted(places, key=lambda p: p.start):
        key = (place.name, place.kind, place.country, place.lat)
        if key not in seen:
            seen.add(key)
            unique.append(place)
    return tuple(unique)
