"""Claimants' names: one normalized form per group ("the so-called Islamic State group",
"ISIS" and "Daesh" are "Islamic State")."""

from __future__ import annotations

import re

from storyline.extract.claims_lexicon import CAPITAL_STATES, GROUP_ALIASES

__all__ = ["ARTICLE", "normalize_actor"]

ARTICLE = re.compile(r"^(?:the|a|an)\s+|^so-called\s+|^suspected\s+", re.IGNORECASE)
# "Hamas spokesman": the group speaks through its spokesman.
_TRAILING = re.compile(
    r"(?:'s|’s)$|\s+(?:group|organization|movement|spokesman|spokeswoman|spokesperson)$",
    re.IGNORECASE)


def normalize_actor(actor: str) -> str:
    """"the so-called Islamic State group" -> "Islamic State"; "ISIS" -> "Islamic State";
    "New Delhi" (its government) -> "India"."""
    name = " ".join(actor.split()).strip(" ,.;:\"'“”")
    previous = None
    while previous != name:
        previous = name
        name = _TRAILING.sub("", ARTICLE.sub("", name))
    alias = GROUP_ALIASES.get(name.lower()) or CAPITAL_STATES.get(name.lower())
    if alias:
        return alias
    words = name.split()
    if words and words[-1].lower() in {"militants", "rebels", "fighters", "insurgents"}:
        alias = GROUP_ALIASES.get(" ".join(words[:-1]).lower())
        if alias:
            return alias
    return name


