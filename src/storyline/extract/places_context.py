"""What an article's place names say about each other: the mentions found, the states and
countries they point to without doubt, and the reading chosen for each ambiguous name.

Used by `places.find_places`; split from it to keep each module small.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from storyline.extract.gazetteer import GazetteerEntry, fold, is_village
from storyline.extract.gazetteer_tables import (
    CALENDAR_WORDS,
    COMMON_WORD_NAMES,
    GIVEN_NAME_COUNTRIES,
    NOT_PLACES,
)

__all__ = ["SHARED_SHORT_NAMES", "Context", "Mention", "agreed_with_a_county", "build_context",
           "dominant_city", "resolve", "weak_name"]


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    entries: tuple[GazetteerEntry, ...]
    qualifier: GazetteerEntry | None  # the state or country written right after it
    demonym: bool = False
    surface: str = ""  # the name as written, folded
    postal: bool = False  # the qualifier is a bare postal code (", TN"), which may be abroad


MAX_COUNTY_STATES = 4


@dataclass(frozen=True, slots=True)
class Context:
    """What the article's names say without doubt: the US states and countries they point to,
    each with the names that point there, and the words read as people's names."""

    states: dict[str, frozenset[str]]
    countries: dict[str, frozenset[str]]
    people: frozenset[str]
    # Names the article reads as a place at two mentions or more ("in Monroe" ... "Monroe
    # police"): a town whose name is also a word or a surname, placed by the text itself.
    placed: frozenset[str] = frozenset()
    # The states each US county the article names may lie in ("Coffee County": GA, AL, TN...).
    county_states: tuple[frozenset[str], ...] = ()
    # The countries each of the article's other names may lie in, doubtful ones too ("Raipur":
    # India or Bangladesh), for the names `countries` reads
    possible: dict[str, frozenset[str]] = field(default_factory=dict)

    def names_state(self, code: str, besides: str) -> bool:
        """Whether a name other than `besides` puts the article in US state `code`."""
        return bool(self.states.get(code, frozenset()) - {besides})

    def names_country(self, code: str, besides: str) -> bool:
        """Whether a name other than `besides` puts the article in country `code`."""
        return bool(self.countries.get(code, frozenset()) - {besides})

    def other_countries(self, besides: str) -> set[str]:
        return {code for code in self.countries if self.names_country(code, besides)}

    def county_in_state(self, code: str) -> bool:
        """Whether a county the article names may lie in US state `code`; a county name most
        states have ("Douglas County", "Lake County": more than four) says too little."""
        return any(code in states for states in self.county_states
                   if len(states) <= MAX_COUNTY_STATES)


def build_context(text: str, mentions: list[Mention], people: frozenset[str],
                  placed: frozenset[str] = frozenset()) -> Context:
    """The US states and countries the article's names point to without doubt: qualifiers,
    and names whose every reading lies in one state or one country ("Atlanta" is in the US)."""
    states: dict[str, set[str]] = {}
    countries: dict[str, set[str]] = {}
    possible: dict[str, frozenset[str]] = {}
    counties: list[frozenset[str]] = []
    for mention in mentions:
        if mention.entries and all(_is_county(entry) for entry in mention.entries):
            counties.append(frozenset(entry.admin1 for entry in mention.entries))
        surface = fold(text[mention.start : mention.end])
        if mention.qualifier is None and (weak_name(surface, people) or all(
                is_village(entry) for entry in mention.entries)):
            # "Police", "Most", "Young": words far more often than places; a village's name
            # is as often a person's, so it says nothing of the article's country.
            continue
        readings = [mention.qualifier] if mention.qualifier else list(mention.entries)
        if readings[0].kind == "country" and surface not in GIVEN_NAME_COUNTRIES:
            # "Colombia" is the country, whatever small towns share its name.
            readings = readings[:1]
        possible[surface] = possible.get(surface, frozenset()) | {e.country for e in readings}
        if len({entry.country for entry in readings}) == 1:
            countries.setdefault(readings[0].country, set()).add(surface)
        admin1 = {entry.admin1 for entry in readings}
        if len(admin1) == 1 and readings[0].admin1:
            states.setdefault(readings[0].admin1, set()).add(surface)
    return Context(
        {code: frozenset(names) for code, names in states.items()},
        {code: frozenset(names) for code, names in countries.items()},
        people,
        placed,
        tuple(counties),
        possible,
    )


# A great city that dwarfs (tenfold) every other place written with its name is the one meant;
# a place listed under another name ("Islamabad", an old name of Chattogram) is not weighed.
_DOMINANT_CITY = 500_000
_DOMINANCE = 10


def dominant_city(readings: tuple[GazetteerEntry, ...], surface: str) -> GazetteerEntry | None:
    named = [entry for entry in readings if fold(entry.name) == surface]
    if not named:
        return None
    largest = max(named, key=lambda entry: entry.population)
    if largest.kind != "city" or largest.population < _DOMINANT_CITY:
        return None
    others = [entry.population for entry in named
              if entry is not largest and entry.country != largest.country]
    return largest if all(other * _DOMINANCE <= largest.population for other in others) \
        else None


def _is_county(entry: GazetteerEntry) -> bool:
    return entry.country == "US" and entry.kind == "region" and \
        entry.name.endswith((" County", " Parish", " Borough"))


def weak_name(surface: str, people: frozenset[str]) -> bool:
    return (surface in CALENDAR_WORDS or surface in NOT_PLACES or surface in COMMON_WORD_NAMES
            or surface in people)


def resolve(mention: Mention, context: Context) -> GazetteerEntry | None:
    entries = mention.entries
    qualifier = mention.qualifier
    if qualifier is not None:
        narrowed = [e for e in entries if _within(e, qualifier)]
        if narrowed:
            return narrowed[0]
        if not mention.postal and all(e.kind == "city" for e in entries):
            # "Jackson, Ga.": a town too small for the gazetteer; it lies in Georgia, not in
            # Mississippi, so it is reported there, without coordinates.
            return entries[0]._replace(
                country=qualifier.country, admin1=qualifier.admin1, lat=None, lon=None,
                population=0,
            )
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
    return _default_reading(mention, entries)


def agreed_with_a_county(entries: tuple[GazetteerEntry, ...], context: Context
                          ) -> GazetteerEntry | None:
    """"near Douglas" in a story that names Coffee County: of the US towns of that name, the
    one in the only state where a county the article names lies too (Douglas, Georgia). Not
    for a name that is also a state or a country ("Virginia", "Lebanon"), nor against a city
    of 100,000 or more ("Fresno")."""
    if not context.county_states or any(e.kind != "city" for e in entries) or \
            entries[0].population >= 100_000:
        return None
    towns = [e for e in entries if e.kind == "city" and e.country == "US" and e.admin1
             and context.county_in_state(e.admin1)]
    return towns[0] if len({e.admin1 for e in towns}) == 1 else None


def _default_reading(
    mention: Mention, entries: tuple[GazetteerEntry, ...]
) -> GazetteerEntry | None:
    """The first reading, but among cities one that bears the name itself, or a spelling of
    it ("Odessa" for Odesa), before one that only lists it as an alternate name ("Santa Ana"
    is not Taguig, Manila)."""
    if not entries or entries[0].kind != "city" or len(entries) == 1:
        return entries[0] if entries else None
    prefix = mention.surface[:4]
    own = [e for e in entries if e.kind == "city" and fold(e.name)[:4] == prefix]
    if not own:
        return entries[0]
    # A city that bears the name exactly as written comes before another name that only
    # begins alike ("Pueblo" is Pueblo, Colorado, not Puebla, which lists it as an alternate
    # name); but not before the same name spelled with a letter doubled ("Odessa" is Odesa).
    exact = [e for e in own if fold(e.name) == mention.surface]
    if exact and _undoubled(fold(own[0].name)) != _undoubled(mention.surface):
        return exact[0]
    return own[0]


def _undoubled(name: str) -> str:
    return re.sub(r"(.)\1", r"\1", name)


# A country's short name that two states share: "Congo" is the Republic of the Congo to the
# gazetteer and mostly the Democratic Republic of the Congo to wire datelines ("GOMA, Congo,
# May 3 -"): a place qualified by it may lie in either.
SHARED_SHORT_NAMES: dict[str, str] = {"CG": "CD"}


def _within(entry: GazetteerEntry, qualifier: GazetteerEntry) -> bool:
    if qualifier.kind == "country":
        return entry.kind != "country" and entry.country in (
            qualifier.country, SHARED_SHORT_NAMES.get(qualifier.country))
    return entry.admin1 == qualifier.admin1 and entry.kind == "city"
