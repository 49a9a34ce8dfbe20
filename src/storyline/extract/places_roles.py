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

__all__ = ["LOCATIVE_PREPOSITIONS", "event_places_first", "event_sentence"]

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
# The prepositions that put an event at a place ("shot at a bar", "a blast near the market in
# Kano", "fighting throughout the district"): one lexicon, read here on the parse and by counts
# on the surface (a place phrase between the people and their fatal share).
LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside", "on", "across",
                                   "around", "within", "into", "off", "along", "by",
                                   "throughout"})
_LEAD_SENTENCES = 3


def event_places_first(places: tuple[Place, ...], document: Document) -> tuple[Place, ...]:
    """`places` with those the event sentence attaches to its event first (a town for the
    region or country after its comma, `_town_it_qualifies`), and a town before a heading of
    regions (`_town_after_a_heading_of_regions`)."""
    if len(places) < 2:
        return places
    sentence = event_sentence(document)
    if sentence is None:
        return _town_after_a_heading_of_regions(places, document.text)
    document.prepare([sentence])
    parse = document.parse(sentence)
    if parse is None:
        return _town_after_a_heading_of_regions(places, document.text)
    by_offset = {token.idx: token for token in parse}
    event: list[Place] = []
    for place in places:
        token = by_offset.get(place.start - sentence.start)
        if token is not None and sentence.start <= place.start < sentence.end and \
                _attached_to_event(token):
            event.append(place)
    # (only a town not found at the event itself: "in Karachi, Sindh, Pakistan" keeps its order)
    event = [town if (town := _town_it_qualifies(place, places, document.text)) is not None
             and town not in event else place for place in event]
    if not event:
        return _town_after_a_heading_of_regions(places, document.text)
    event = list(dict.fromkeys(event))
    return _town_after_a_heading_of_regions(
        tuple(event) + tuple(p for p in places if p not in event), document.text)


_WIDE_KINDS = frozenset({"region", "country"})


def _town_it_qualifies(place: Place, places: tuple[Place, ...], text: str) -> Place | None:
    """"a blast in Kanchanaburi, Thailand": the locative's town is the event's, and the
    country or region after its comma only says where that town lies. Each place is listed
    at its first mention, so where the town was named before ("The Kanchanaburi derailment
    ... near Kanchanaburi, Thailand") only its region or country is found at the event."""
    if place.kind not in _WIDE_KINDS or place.start < 0:
        return None
    before = text[max(0, place.start - 60):place.start].rstrip()
    if not before.endswith(","):
        return None
    before = before[:-1].rstrip()
    return next((town for town in places if town.kind == "city" and 0 <= town.start < place.start
                 and town.country in (place.country, None)
                 and before.endswith(text[town.start:town.end])), None)


# "Kakamega County: Police in the town of Mumias said ...", "MEXICO – GUERRERO: Five bodies
# were found ... outside Chilpancingo", "Ethiopia, Amhara region: Residents of Bahir Dar
# said ...": a heading of the country and region before a colon or a dash files the story;
# the town the story then names is where it happened, and goes before them.
_HEADING_OF_REGIONS = re.compile(
    r"\s*(?:(?:[A-Z][\w'’.-]*(?![\w'’.-])|region|province|state|county|district|department|division|zone"
    r"|governorate|prefecture|oblast|[ \t,/()])+?[ \t]*(?::|[ \t][–—-]{1,2})[ \t]+)+")
_HEADING_REACH = 100


def _town_after_a_heading_of_regions(places: tuple[Place, ...], text: str
                                     ) -> tuple[Place, ...]:
    if not places or places[0].kind not in _WIDE_KINDS or places[0].start < 0:
        return places
    heading = _HEADING_OF_REGIONS.match(text[:_HEADING_REACH])
    if heading is None or places[0].start >= heading.end():
        return places
    town = next((p for p in places if p.kind == "city" and p.start >= 0
                 and p.country in (places[0].country, None)
                 and not _only_a_hospitals_town(p, text)), None)
    if town is None:
        return places
    return (town, *(p for p in places if p is not town))


# "PONTOTOC COUNTY, Miss. - ... He was taken to North Mississippi Medical Center in Tupelo": a
# town named only as a hospital's is where the wounded were taken, not where the county's
# heading files the story
_HEALTH_PLACE_BEFORE = re.compile(
    r"\b(?:hospitals?|clinics?|infirmary|(?:medical|trauma|health|burn)\s+cent(?:er|re)s?)\b"
    r"[^.;\n]{0,60}?\b(?:in|at)\s+$", re.IGNORECASE)
_HEALTH_REACH = 90


def _only_a_hospitals_town(town: Place, text: str) -> bool:
    """Every mention of the town (as first written) follows a hospital's name or kind."""
    surface = text[town.start:town.end]
    return all(_HEALTH_PLACE_BEFORE.search(text, max(0, m.start() - _HEALTH_REACH), m.start())
               for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text))


def event_sentence(document: Document) -> Sentence | None:
    """The first sentence of the lead that tells an event."""
    return next((s for s in document.sentences[:_LEAD_SENTENCES]
                 if _EVENT_SENTENCE.search(s.text)), None)


def _attached_to_event(token: Token) -> bool:
    head = token
    for _ in range(4):  # from a name's first word up to its preposition
        if head.dep_ == "pobj" and head.head.lower_ in LOCATIVE_PREPOSITIONS:
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
