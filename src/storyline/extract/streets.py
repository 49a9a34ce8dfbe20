"""Street-type words: the one list every reader of addresses uses.

A month before one is a street's name ("June Drive"), a number before a capitalized run ending
in one is a house number ("1200 Oak Street"), a place name before one is a street named after it
("Indiana Avenue"), and a town after an address ending in one is the address's town ("on Hope
Drive in Rutherfordton"). Each reader builds its own pattern from this list.
"""

from __future__ import annotations

__all__ = ["STREET_TYPE_ABBREVIATIONS", "STREET_TYPE_WORDS", "street_types"]

STREET_TYPE_WORDS = (
    "Street", "Avenue", "Road", "Boulevard", "Drive", "Lane", "Way", "Court", "Place", "Highway",
    "Parkway", "Circle", "Terrace", "Trail", "Pike", "Expressway", "Turnpike", "Freeway",
)
# Postal abbreviations, written with or without their full stop.
STREET_TYPE_ABBREVIATIONS = (
    "St", "Ave", "Av", "Rd", "Blvd", "Dr", "Ln", "Ct", "Pl", "Hwy", "Pkwy", "Cir",
)


def street_types(*, dotted: bool = False) -> str:
    """The street-type words as a regular-expression alternation (no group), full words first;
    with `dotted`, an abbreviation counts only with its full stop ("St." but not "St")."""
    end = r"\." if dotted else ""
    return "|".join([*STREET_TYPE_WORDS, *(short + end for short in STREET_TYPE_ABBREVIATIONS)])
