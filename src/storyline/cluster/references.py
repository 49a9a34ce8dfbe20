"""What a report names that is not its incident (issue #15, session 24): places it names only to
say where it was filed or how far the incident was from them, and the names of organisations,
which recur across the incidents of a region.

Two incidents of one day in one province are told apart by where each happened; a report that
names a town only as its dateline ("QUETTA, Feb 12 - ... in Mastung") or as the point a distance
is measured from ("near Tongo Tongo, about 100 km north of Niamey") shares that town with
another incident of the day in it, and its own town is the other name. An armed group, a police
force or a militia named in full with its acronym ("Jamaat Nusrat al-Islam wal Muslimin (JNIM)",
"Popular Mobilization Forces (PMF)") is named by every entry about it: its words are no names
of one incident's people, which is what a rare name shared stands for.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from storyline.extract.claims_lexicon import GROUP_ALIASES

# The extractor's own tests of a dateline, of a story placed elsewhere and of a distance (one
# implementation of each, public in the places modules for this reader).
from storyline.extract.places import named_far_from, opens_as_dateline
from storyline.extract.places_unlisted import DISTANCE
from storyline.records import Extraction, Place

# "about 50 km south of", "38 km from", "a few kilometres from" right before the place: the
# point the incident is measured from. (A distance opens with a lower-case word or a digit.)
_MEASURED_FROM = re.compile(
    rf"\b(?=[a-z\d]){DISTANCE}\s+(?:the\s+(?:town|city|village)\s+of\s+)?\Z"
)
# How far back a distance phrase can start before the place it measures from.
_DISTANCE_REACH = 60


def _measured_from(text: str, start: int) -> bool:
    return _MEASURED_FROM.search(text, max(0, start - _DISTANCE_REACH), start) is not None


def reference_places(text: str, places: Sequence[Place]) -> frozenset[int]:
    """Indexes (into `places`) of the places the report names only as a reference point: every
    mention of the name is the text's dateline or the point a distance is measured from ("100
    km north of Niamey"). A dateline named nowhere else counts when the story names a place
    known to lie elsewhere (over 25 km away, a region, a settlement of its own:
    extract.places's own test); a place named again as where something happened ("in the
    northern city of Gao") is the report's own. None when nothing but a country would be left:
    the reference is then the best where the report says."""
    found: set[int] = set()
    lowered = text.lower()
    for index, place in enumerate(places):
        if place.kind == "country" or place.start < 0:
            continue
        needle = text[place.start : place.end].lower()
        if not needle:
            continue
        # A US dateline is mostly the event's own town, whose streets the story names (as
        # the extractor reads it).
        dateline = place.country != "US" and opens_as_dateline(text, place)
        # (a town: "7 miles from Clearwater County" puts the incident at the county's edge)
        if not dateline and (place.kind != "city" or not _measured_from(text, place.start)):
            continue
        later = []
        position = lowered.find(needle, place.end)
        while position >= 0:
            later.append(position)
            position = lowered.find(needle, position + len(needle))
        if any(not _measured_from(text, position) for position in later):
            continue  # named as a place of its own too
        if dateline and not later and not named_far_from(text, place, list(places)):
            continue  # the dateline may well be where it happened
        found.add(index)
    others = [
        place for index, place in enumerate(places)
        if index not in found and place.kind != "country"
    ]
    return frozenset(found) if found and others else frozenset()


# An organisation written out with its acronym after it: the run of capitalised words (and the
# small words inside such names) before "(ACRONYM)", from the word whose initial opens it.
_ACRONYM = re.compile(r"\(([A-Z][A-Z-]{1,9})\)")
_NAME_WORD = re.compile(r"[A-Z][\w'’-]*|al|wal|el|of|the|and|for|in|de|del|la|i|e|y")
# The known groups' names, every spelling (claims_lexicon), as words.
_GROUP_WORDS = frozenset(
    word
    for name in (*GROUP_ALIASES, *(value.lower() for value in GROUP_ALIASES.values()))
    for word in re.split(r"[\s-]+", name)
    if len(word) >= 3
)


def organisation_words(text: str, extraction: Extraction) -> frozenset[str]:
    """Lower-case words of the organisations the report names: claimants and perpetrators the
    extractor found, known groups' names, and names written out with their acronym."""
    words: set[str] = set()
    for claim in extraction.claims:
        words.update(_words(claim.actor))
        words.update(_words(claim.actor_normalized))
    for actor in extraction.actors:
        words.update(_words(actor))
    words.update(_GROUP_WORDS.intersection(_words(text)))
    if "(" in text:
        for match in _ACRONYM.finditer(text):
            acronym = match.group(1)
            before = text[max(0, match.start() - 120) : match.start()].split()
            run: list[str] = []
            for word in reversed(before[-(len(acronym) + 4) :]):
                if not _NAME_WORD.fullmatch(word):
                    break
                run.append(word)
            run.reverse()
            initials = [i for i, word in enumerate(run) if word[:1] == acronym[0]]
            if initials:
                words.update(_words(" ".join(run[initials[0] :])))
                words.add(acronym.lower())
    return frozenset(words)


def _words(name: str) -> list[str]:
    return [word for word in re.split(r"[^\w'’]+|-", name.lower()) if word]
