"""Claimants' names: one normalized form per group ("the so-called Islamic State group",
"ISIS" and "Daesh" are "Islamic State")."""

from __future__ import annotations

import re

from storyline.extract.claims_lexicon import CAPITAL_STATES, GROUP_ALIASES, NOTE_ABBREVIATIONS

__all__ = ["ARTICLE", "normalize_actor"]

# (and the word of a ban on the group: "the outlawed PKK", "the proscribed LeT" are the PKK, LeT)
ARTICLE = re.compile(r"^(?:the|a|an)\s+|^so-called\s+|^suspected\s+"
                     r"|^(?:banned|outlawed|proscribed)\s+", re.IGNORECASE)
# "Hamas spokesman": the group speaks through its spokesman.
_TRAILING = re.compile(
    r"(?:'s|’s)$|\s+(?:group|organization|movement|spokesman|spokeswoman|spokesperson)$",
    re.IGNORECASE)


# A group's own organ speaks for it: "the PLA's publicity wing", "the ELN's central command",
# "the group's media arm" are the PLA, the ELN, the group.
_ORGAN = re.compile(
    r"^(?P<group>.+?)(?:['’]s|(?<=s)['’])\s+(?:[\w-]+\s+){0,2}(?:wing|command|committee|leadership|arm|bureau"
    r"|office|outlet|council|shura|cell)$", re.IGNORECASE)


# A translation's kind noun before the quoted name: "grouping 'Sword of Kaspia'" is the name.
_KIND_BEFORE_QUOTE = re.compile(r"^(?:[a-z][\w-]*\s+){1,2}['‘\"“«](?=[A-Z])")


def _names_a_group(possessor: str) -> bool:
    """"the PLA", "the Kestrel Army", "the Taliban"; not the "People" of "People's Committee"."""
    words = ARTICLE.sub("", possessor).split()
    return len(words) >= 2 or (len(words) == 1 and (
        words[0].isupper() or words[0].lower() in GROUP_ALIASES))


def normalize_actor(actor: str) -> str:
    """"the so-called Islamic State group" -> "Islamic State"; "ISIS" -> "Islamic State";
    "New Delhi" (its government) -> "India"; "the PLA's publicity wing" -> "PLA"."""
    name = " ".join(actor.split()).strip(" ,.;:\"'“”")
    name = _KIND_BEFORE_QUOTE.sub("", name).strip("'’\"”»")
    organ = _ORGAN.match(name)
    if organ is not None and _names_a_group(organ.group("group")):
        name = organ.group("group")
    previous = None
    while previous != name:
        previous = name
        name = _TRAILING.sub("", ARTICLE.sub("", name))
    alias = NOTE_ABBREVIATIONS.get(name) or GROUP_ALIASES.get(name.lower()) or \
        CAPITAL_STATES.get(name.lower())
    if alias:
        return alias
    words = name.split()
    if words and words[-1].lower() in {"militants", "rebels", "fighters", "insurgents"}:
        alias = GROUP_ALIASES.get(" ".join(words[:-1]).lower())
        if alias:
            return alias
    return name


