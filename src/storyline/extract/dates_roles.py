"""Which clause a date expression belongs to, read from the parse of its sentence.

An article names many days; the event date is the one attached to the event's own predicate.
`clause_score` adds evidence to the surface score of dates.py:
- a date governed by an event predicate ("struck on Wednesday", "killed on Sunday", "the
  Tuesday attack") is the event's (+);
- a date governed by a background predicate is not: buying or planning, a venue opening, a
  warning or alert issued, mourning declared, a sentence passed, a funeral or party held (-);
- a holiday or year that modifies a noun rarely dates the event ("a Christmas party", "the
  1920 Revolution Brigades") unless the noun is the event ("the July 4 shooting") (-), and a
  month that is part of a person's name ("Lisa March said") is no date at all (dropped).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["NOT_A_TIME", "clause_score"]

_EVENT = re.compile(
    r"^(?:shot|shoot|fired|fire|kill|slain|murder|stabb|wound|injur|attack|bomb|explo|blast"
    r"|crash|collaps|struck|strike|erupt|broke|clash|raid|ambush|happen|occur|took|rob"
    r"|carjack|kidnap|abduct|massacr|assault|protest|riot|gunned|detonat"
    r"|stormed|storm|burst|hit|shell|flood|burn|set|opened|open|began|start)", re.IGNORECASE)
_EVENT_NOUNS = re.compile(
    r"^(?:attack|shooting|bombing|blast|explosion|raid|ambush|massacre|killing|stabbing"
    r"|clash|crash|fire|assault|strike|riot|protest|violence|incident|earthquake|quake"
    r"|storm|flood)", re.IGNORECASE)
_BACKGROUND = re.compile(
    r"^(?:bought|buy|purchas|opened|warn|issu|plan|declar|sentenc|announc|held|hold|celebrat"
    r"|mourn|schedul|elect|sign|born|hire|marri|graduat|buri|arraign|charg|convict|appear"
    r"|testif|releas|indict|plead|pled|post|publish|vow|pledg"
    r"|meet|met|visit|arriv|return|mov|join|launch|introduc|pass|approv|register|licens)",
    re.IGNORECASE)
_WEEKDAY = re.compile(r"^(?:mon|tues|wednes|thurs|fri|satur|sun)day", re.IGNORECASE)
_TIME_NOUNS = frozenset({"morning", "afternoon", "evening", "night", "nights", "day", "days",
                         "week", "weekend", "month", "year", "hours", "hour", "dawn", "noon",
                         "midnight", "time"})
_CASUALTY = re.compile(r"^(?:kill|wound|injur|leav|left|claim)", re.IGNORECASE)
EVENT_BONUS = 2.0
BACKGROUND_PENALTY = -2.5
NOT_A_TIME = -4.0


def clause_score(parse: Doc, start: int, end: int) -> float:
    """Evidence for the date expression at `start`..`end` (relative to the parsed sentence)."""
    tokens = [t for t in parse if start <= t.idx < end or t.idx <= start < t.idx + len(t.text)]
    if not tokens:
        return 0.0
    # The expression's own head: "Sunday" in "early Sunday", "March" in "March 18".
    inside = {t.i for t in tokens}
    token = next((t for t in tokens if t.head.i not in inside or t.head is t), tokens[-1])
    modifier = _noun_modifier(token)
    if modifier is token:
        return NOT_A_TIME  # "Lisa March said"
    if modifier is not None and not _WEEKDAY.match(token.lower_):
        # A day named for what happened on it ("the Tuesday bombing") dates the event; a
        # holiday or year naming something else ("a Christmas party", "the 1920 Brigades")
        # rarely does. Weekdays are left out: the parser often hangs them on a noun.
        return EVENT_BONUS if _EVENT_NOUNS.match(modifier.lower_) else BACKGROUND_PENALTY
    verb = _governing_verb(token)
    if verb is None:
        return 0.0
    if _is_event(verb):
        return EVENT_BONUS
    if _BACKGROUND.match(verb.lower_):
        return BACKGROUND_PENALTY
    return 0.0


def _noun_modifier(token: Token) -> Token | None:
    """The noun a date word modifies ("Christmas party", "Lisa March"), or None when the date
    is an adverbial of its own ("on Sunday")."""
    if token.pos_ == "PROPN" and any(c.dep_ == "compound" and c.pos_ == "PROPN" and
                                     c.text[:1].isupper() for c in token.children):
        return token  # "Lisa March": a name ending in a month's name
    if token.dep_ not in ("compound", "nmod", "amod", "nummod", "poss"):
        return None
    target = token.head
    while target.dep_ in ("compound", "flat") and target.head is not target:
        target = target.head
    if target.pos_ not in ("NOUN", "PROPN") or target.lower_ in _TIME_NOUNS:
        return None  # "Sunday morning", "March 3" are times
    return target


def _governing_verb(token: Token) -> Token | None:
    head = token
    for _ in range(6):
        if head.pos_ in ("VERB", "AUX") and head is not token:
            return head
        if head.pos_ == "NOUN" and head is not token and _EVENT_NOUNS.match(head.lower_):
            return head  # "the bombing on Monday"
        if head.head is head:
            return head if head.pos_ in ("VERB", "AUX") else None
        head = head.head
    return None


def _is_event(verb: Token) -> bool:
    """An event predicate, or a clause whose participle tells the casualties ("the river
    burst its banks on Saturday, killing 11")."""
    if verb.lower_.startswith("open"):  # "opened fire", not a shop "opened in 2009"
        return any(c.lower_ == "fire" for c in verb.children)
    if _EVENT.match(verb.lower_) or (verb.pos_ == "NOUN" and _EVENT_NOUNS.match(verb.lower_)):
        return True
    return any(c.dep_ in ("advcl", "conj", "xcomp") and _CASUALTY.match(c.lower_)
               for c in verb.children)
