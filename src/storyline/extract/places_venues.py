"""Venues and street addresses: "Lincoln High School", "Westfield Mall", "the 1200 block of
Main Street", "on Main Street". They are not in any gazetteer, so they are found by their head
word; their country is the article's main country and they have no coordinates.
"""

from __future__ import annotations

import re

from storyline.extract.places_scan import capital_starts, finditer_at
from storyline.extract.streets import street_types
from storyline.records import Place

__all__ = ["find_venues"]

_NAME_WORD = r"(?:[A-Z][\w'’.&-]*|[0-9]{1,3}(?:st|nd|rd|th)|of|the|and|&)"
_VENUE_HEADS = (
    r"High\s+School|Middle\s+School|Elementary\s+School|Elementary|Junior\s+High|Academy"
    r"|University|College|Mall|Shopping\s+Center|Shopping\s+Centre|Church|Cathedral|Chapel"
    r"|Mosque|Synagogue|Temple|Hospital|Medical\s+Center|Clinic|Airport|Station|Stadium"
    r"|Arena|Hotel|Motel|Nightclub|Night\s+Club|Lounge|Bar|Bar\s+&\s+Grill|Grill|Restaurant"
    r"|Cafe|Café|Supermarket|Market|Plaza|Apartments|Apartment\s+Complex|Courthouse|Prison"
    r"|Jail|Military\s+Base|Air\s+Base|Base|Camp|Park|Square|Bridge|Store|Gas\s+Station"
    r"|Walmart|Target|Kmart|Theater|Theatre|Cinema|Club|Center|City\s+Hall|Town\s+Hall"
    r"|Concert\s+Hall|Hall|Embassy|Consulate|Ministry|Parliament|Police\s+Station|Checkpoint"
)
_VENUE = re.compile(
    rf"\b((?:[A-Z][\w'’.&-]*)(?:\s+{_NAME_WORD}){{0,4}}?\s+(?:{_VENUE_HEADS}))\b"
)
_STREET_TYPES = street_types(dotted=True)
_ADDRESS = re.compile(
    rf"\b(\d{{1,5}}\s+(?:block\s+of\s+)?(?:(?:[NSEW]\.?|North|South|East|West)\s+)?"
    rf"(?:[A-Z0-9][\w'’-]*\s+){{1,3}}(?:{_STREET_TYPES}))"
)
# A street named without a number: "on Main Street", "near Holly Avenue".
_STREET = re.compile(
    rf"\b(?:on|at|along|near|off|down)\s+((?:(?:[NSEW]\.?|North|South|East|West)\s+)?"
    rf"(?:[A-Z][\w'’-]*\s+){{1,3}}(?:{_STREET_TYPES}))"
)
# Words that begin a capitalized run without belonging to the venue's name.
_LEADING = re.compile(
    r"^(?:(?:The|A|An|At|In|On|Near|From|Outside|Inside|Police|When|After|Before|Officers"
    r"|Authorities|Students|Witnesses)\s+)+"
)
# Heads that also end organization names ("Police Department Station" is not a venue).
_NOT_VENUE = re.compile(r"^(?:Police|Fire|Sheriff|Department|County|City|State)\b")


def find_venues(text: str, country: str | None) -> list[Place]:
    """Venues and addresses in `text`; `country` is given to each (the article's country)."""
    venues: list[Place] = []
    capitals = capital_starts(text)  # a venue's name starts with one
    for matches in (finditer_at(_VENUE, text, capitals), _ADDRESS.finditer(text),
                    _STREET.finditer(text)):
        for match in matches:
            start, name = _trimmed(match.start(1), match.group(1))
            if not name or _NOT_VENUE.match(name) or len(name.split()) < 2:
                continue
            venues.append(Place(name=name, kind="venue", country=country,
                                start=start, end=start + len(name)))
    return venues


def _trimmed(start: int, name: str) -> tuple[int, str]:
    leading = _LEADING.match(name)
    if leading is None:
        return start, name
    return start + leading.end(), name[leading.end():]
