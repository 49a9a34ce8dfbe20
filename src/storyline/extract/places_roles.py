"""Which of an article's places is where the event happened: the one attached to the event.

"Officials in Islamabad said a suicide bomber killed 12 people in Peshawar": both are places,
but Peshawar is the locative of the killing and Islamabad of the speakers. In the article's
event sentence (the first of its lead that tells an event) a place governed by "in", "at",
"near", "outside", ... counts as the event's when that preposition hangs on an event predicate
(a casualty or attack verb, or an event noun: "the bombing in Kabul") or on what such a
predicate acts on ("struck a village near Qamishli"). Those places come first; the others keep
their text order after them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from storyline.extract.document import Document
from storyline.extract.sentences import Sentence
from storyline.records import Place

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["event_places_first", "event_sentence"]

_EVENT_SENTENCE = re.compile(
    r"\b(?=[A-Za-z])(?:kill|dead|died|death|injur|wound|hurt|shot|shoot|stabb|attack|bomb|explo|blast"
    r"|detonat|fire[ds]?\b|clash|raid|ambush|struck|strike|storm|massacre|kidnap|abduct"
    r"|arrest|robbery|riot|protest|crash|assault|gunmen|gunman)", re.IGNORECASE)
_EVENT_PREFIXES = (
    "kill", "murder", "assassinat", "behead", "massacr", "injur", "wound", "shot", "shoot",
    "stab", "attack", "bomb", "explo", "blast", "detonat", "clash", "raid", "ambush", "struck",
    "strike", "storm", "kidnap", "abduct", "arrest", "robb", "riot", "protest", "crash",
    "assault", "fire", "fired", "hit", "died", "die", "dead", "burn", "torch", "loot",
    "shell", "happen", "occur", "erupt", "broke", "rip", "tore", "tear", "target", "gunned",
)
_LOCATIVES = frozenset({"in", "at", "near", "outside", "inside", "on", "across", "around",
                        "within", "into", "off", "along", "by", "throughout"})
_LEAD_SENTENCES = 3


def event_places_first(places: tuple[Place, ...], document: Document) -> tuple[Place, ...]:
    """`places` with those the event sentence attaches to its event first."""
    if len(places) < 2:
        return places
    sentence = event_sentence(document)
    if sentence is None:
        return places
    document.prepare([sentence])
    parse = document.parse(sentence)
    if parse is None:
        return places
    by_offset = {token.idx: token for token in parse}
    event: list[Place] = []
    for place in places:
        token = by_offset.get(place.start - sentence.start)
        if token is not None and sentence.start <= place.start < sentence.end and \
                _attached_to_event(token):
            event.append(place)
    if not event:
        return places
    return tuple(event) + tuple(p for p in places if p not in event)


def event_sentence(document: Document) -> Sentence | None:
    """The first sentence of the lead that tells an event."""
    return next((s for s in document.sentences[:_LEAD_SENTENCES]
                 if _EVENT_SENTENCE.search(s.text)), None)


def _attached_to_event(token: Token) -> bool:
    head = token
    for _ in range(4):  # from a name's first word up to its preposition
        if head.dep_ == "pobj" and head.head.lower_ in _LOCATIVES:
            return _event_above(head.head.head)
        if head.head == head:
            return False
        head = head.head
    return False


def _event_above(governor: Token) -> bool:
    """The preposition's governor is the event, or what the event acts on, up to two nouns
    up: "the strike on a fuel depot in Belgorod", "opened fire at a nightclub in Leeds"."""
    for _ in range(3):
        if _is_event(governor):
            return True
        if governor.dep_ == "pobj" and governor.head.dep_ == "prep":
            governor = governor.head.head  # "depot" -> "on" -> "strike"
        elif governor.dep_ in ("dobj", "nsubjpass") and governor.head != governor:
            governor = governor.head
        else:
            return False
    return _is_event(governor)


def _is_event(token: Token) -> bool:
    if token.lower_.startswith("open") and any(c.lower_ == "fire" for c in token.children):
        return True  # "opened fire"
    return token.pos_ in ("VERB", "NOUN", "ADJ") and token.lower_.startswith(_EVENT_PREFIXES)
