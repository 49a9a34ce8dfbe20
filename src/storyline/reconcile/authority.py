"""Who gave a figure, and how much weight that carries when figures differ.

The attribution of a figure ("the Investigative Committee said", "a police spokesman told
reporters", "officials said", "according to the Health Ministry") names its source. What the
source *is* decides its authority, not which words happen to be near the number:

- `official_body` (rank 4): an institution that counts the dead and answers for the count:
  ministry, committee, commission, prosecutor, coroner or medical examiner, police, army, health
  authority, emergency or fire service, civil defence, disaster agency, a UN agency, the Red
  Cross or Red Crescent.
- `official_named` (rank 4): a person speaking for one: spokesperson, minister, governor, mayor,
  police chief (a coroner, sheriff or prosecutor is both a person and an office: a body).
- `official_unnamed` (rank 3): "officials", "authorities", "a security source", "the
  government": official, but not saying which office.
- `wire` (rank 2): no official attribution, and the outlet is a news agency.
- `outlet` (rank 1): everything else (witnesses, hospital staff quoted by a paper, the paper).

The list is a table (`OFFICIAL_BODIES`, `OFFICIAL_ROLES`, `UNNAMED_OFFICIALS`) so that a desk can
extend it in one place; docs/living-record.md documents it. Body and role words are matched as
whole words in the attribution phrase, so "police said" is a body and "officials said" is not.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Literal

AuthorityKind = Literal["official_body", "official_named", "official_unnamed", "wire", "outlet"]
SourceType = Literal["official", "wire", "outlet"]

AUTHORITY_RANK: Mapping[AuthorityKind, int] = {
    "official_body": 4, "official_named": 4, "official_unnamed": 3, "wire": 2, "outlet": 1,
}
SOURCE_TYPE: Mapping[AuthorityKind, SourceType] = {
    "official_body": "official", "official_named": "official", "official_unnamed": "official",
    "wire": "wire", "outlet": "outlet",
}

# Institutions that count casualties and answer for the count.
OFFICIAL_BODIES: tuple[str, ...] = (
    r"ministry", r"ministries", r"(?:investigative|investigation|inquiry|election|electoral"
    r"|national|state|parliamentary)\s+(?:committee|commission)", r"committee", r"commission",
    r"prosecutors?(?:'s|’s)?(?:\s+office)?", r"prosecutor[- ]general", r"attorney[- ]general",
    r"coroners?(?:'s|’s)?(?:\s+office)?", r"medical\s+examiners?(?:'s|’s)?(?:\s+office)?",
    r"police", r"constabulary", r"gendarmerie", r"sheriff(?:'s|’s)?(?:\s+office)?",
    r"army", r"military", r"armed\s+forces", r"defen[cs]e\s+forces",
    r"health\s+(?:authorit(?:y|ies)|department|service|services|bureau|agency|office)",
    r"department\s+of\s+health", r"hospital\s+authorit(?:y|ies)",
    r"emergency\s+(?:services?|management|ministry|situations\s+ministry|office|agency)",
    r"fire\s+(?:service|department|brigade|and\s+rescue)", r"rescue\s+services?",
    r"civil\s+(?:defen[cs]e|protection)", r"(?:national\s+)?disaster\s+(?:\w+\s+)?agency",
    r"(?:defen[cs]e|emergency|regional|provincial|district|governor(?:'s|’s)?)\s+office",
    r"interior", r"government\s+of\s+\w+", r"governorate", r"municipality", r"city\s+hall",
    r"united\s+nations", r"u\.n\.", r"un\s+(?:agency|office|mission)", r"ocha", r"unhcr",
    r"unicef", r"world\s+health\s+organi[sz]ation", r"who", r"iom",
    r"red\s+cross", r"red\s+crescent", r"coast\s+guard", r"border\s+guards?",
)
# People who speak for an institution.
OFFICIAL_ROLES: tuple[str, ...] = (
    r"spokes(?:man|woman|person|people)", r"minister", r"governor", r"mayor", r"president",
    r"prime\s+minister", r"police\s+(?:chief|commissioner|commander|superintendent)",
    r"chief\s+of\s+police", r"commissioner", r"press\s+(?:secretary|officer)", r"general",
    r"colonel",
)
# Official, but not saying which office.
UNNAMED_OFFICIALS: tuple[str, ...] = (
    r"officials?", r"authorit(?:y|ies)", r"government", r"security\s+(?:sources?|officials?)",
    r"(?:a\s+)?(?:local|senior|provincial|state|federal)\s+officials?", r"the\s+state",
    r"administration",
)

_BODY = re.compile(r"\b(?:" + "|".join(OFFICIAL_BODIES) + r")\b", re.IGNORECASE)
_ROLE = re.compile(r"\b(?:" + "|".join(OFFICIAL_ROLES) + r")\b", re.IGNORECASE)
_UNNAMED = re.compile(r"\b(?:" + "|".join(UNNAMED_OFFICIALS) + r")\b", re.IGNORECASE)
# "who" the pronoun ("people who saw it") is not the World Health Organization: only the
# upper-case acronym counts.
_WHO_PRONOUN = re.compile(r"\bwho\b")
_WIRE = re.compile(
    r"\b(wire|newswire|news agency|press agency|reuters|associated press|a\.?p\.?|afp|"
    r"agence france|xinhua|dpa|ansa|efe|kyodo|anadolu|press association|upi)\b",
    re.IGNORECASE,
)


def _official_kind(attribution: str) -> AuthorityKind | None:
    text = _WHO_PRONOUN.sub(" ", attribution)
    if _ROLE.search(text):
        return "official_named"
    if _BODY.search(text):
        return "official_body"
    if _UNNAMED.search(text):
        return "official_unnamed"
    return None


def authority_kind(outlet: str | None, attribution: str | None) -> AuthorityKind:
    """What the source of a figure is: from its attribution first, else from the outlet."""
    if attribution:
        kind = _official_kind(attribution)
        if kind is not None:
            return kind
    if outlet and _WIRE.search(outlet):
        return "wire"
    return "outlet"


def official_phrase_pattern() -> str:
    """The alternation of every official word, for finding a speaker in a sentence."""
    return "|".join((*OFFICIAL_ROLES, *OFFICIAL_BODIES, *UNNAMED_OFFICIALS))
