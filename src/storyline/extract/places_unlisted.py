"""Settlements no gazetteer lists, found by how the text places them.

The offline gazetteer holds cities of some size; villages, towns and districts where many
attacks happen are not in it. Two constructions name them anyway:
- a settlement noun after the name: "Machuca village", "Tessalit town", "Marazi area", "in the
  Khogyani district";
- apposition to a known larger place, the way datelines and reports locate a place: "in
  Tuquerres, Narino state, Colombia", "near Kara Kassara, North Darfur".
Such a place has kind "city" (a settlement or a part of one; "region" for districts and
counties), the country of the larger place it is set in (else the article's main country) and
no coordinates.
"""

from __future__ import annotations

import re

from storyline.records import Place, PlaceKind

__all__ = ["find_unlisted"]

_NAME = (r"(?:(?:al|el|Al|El|an|as|ad|ar)-)?[A-Z][\w'’-]*"
         r"(?:\s+(?:(?:de|del|la|el|al|of|du|di|da|do)\s+)?(?:(?:al|el)-)?[A-Z][\w'’-]*){0,3}")
_SETTLEMENT_NOUNS: dict[str, PlaceKind] = {
    "city": "city", "town": "city", "village": "city", "villages": "city",
    "municipality": "city", "locality": "city", "township": "city", "commune": "city",
    "settlement": "city", "hamlet": "city", "camp": "city", "neighborhood": "city",
    "neighbourhood": "city", "area": "city", "suburb": "city", "quarter": "city",
    "district": "region", "subdistrict": "region", "sub-district": "region", "county": "region",
    "tehsil": "region", "governorate": "region", "province": "region", "department": "region",
    "state": "region", "region": "region", "division": "region", "lga": "region",
}
_WITH_NOUN = re.compile(
    rf"(?<![\w'’-])(?P<name>{_NAME})\s+(?P<noun>{'|'.join(_SETTLEMENT_NOUNS)})\b(?!\s+of\b)")
_IN_CHAIN = re.compile(
    rf"\b(?:in|at|near|outside)\s+(?:the\s+)?(?P<chain>{_NAME}(?:,\s+{_NAME}){{1,4}})")
# Capitalized words that head a sentence or a phrase without naming a place.
_NOT_NAMES = frozenset({
    "the", "a", "an", "in", "at", "on", "this", "that", "his", "her", "their", "its", "our",
    "police", "security", "government", "army", "military", "local", "nearby", "same",
    "another", "one", "two", "three", "each", "every", "no", "capital", "border", "tribal",
    "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "unknown", "suspected", "assailants", "gunmen", "attackers",
    "militants", "rebels", "soldiers", "officials", "authorities", "residents", "state",
    "federal", "national", "provincial", "municipal", "district", "city", "town", "village",
})


def find_unlisted(text: str, known: list[Place], main_country: str | None) -> list[Place]:
    """Places of `text` that `known` (the gazetteer's and the venues) does not cover."""
    found: list[Place] = []
    taken = [(p.start, p.end) for p in known]
    for start, end, kind in (*_with_nouns(text), *_chains(text, known)):
        if any(a < end and start < b for a, b in taken):
            continue
        country = _country_after(known, end) or main_country
        found.append(Place(name=text[start:end], kind=kind, country=country, start=start,
                           end=end))
        taken.append((start, end))
    return found


def _with_nouns(text: str) -> list[tuple[int, int, PlaceKind]]:
    spans: list[tuple[int, int, PlaceKind]] = []
    for match in _WITH_NOUN.finditer(text):
        start, end = _trim(text, match.start("name"), match.end("name"))
        if start < end:
            spans.append((start, end, _SETTLEMENT_NOUNS[match.group("noun").lower()]))
    return spans


def _chains(text: str, known: list[Place]) -> list[tuple[int, int, PlaceKind]]:
    """"in Tuquerres, Narino, Colombia": the first name of a comma chain that ends in a known
    place is a settlement inside it."""
    spans: list[tuple[int, int, PlaceKind]] = []
    known_starts = {p.start for p in known if p.kind in ("region", "country", "city")}
    for match in _IN_CHAIN.finditer(text):
        chain_start = match.start("chain")
        parts = [(chain_start + m.start(), chain_start + m.end())
                 for m in re.finditer(_NAME, match.group("chain"))]
        if len(parts) < 2 or not any(start in known_starts for start, _ in parts[1:]):
            continue
        start, end = _trim(text, *parts[0])
        if start < end:
            spans.append((start, end, "city"))
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    words = text[start:end].split()
    while words and words[0].lower().strip("'’") in _NOT_NAMES:
        start += len(words[0]) + 1
        words = words[1:]
    if not words or any(w.lower() in _NOT_NAMES for w in words[-1:]):
        return start, start
    return start, end


def _country_after(known: list[Place], offset: int) -> str | None:
    """The country of the first known place within the next few words."""
    following = [p for p in known if offset <= p.start <= offset + 60 and p.country]
    return min(following, key=lambda p: p.start).country if following else None
