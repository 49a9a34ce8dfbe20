"""Stretches of a text whose places are not where its event happened, told by the frame the text
is written in rather than by a phrase before one name: a fact check's checked claim and
picture (`fact_check.read_fact_check`), a broadcast's rundown of the hour's other stories, a
record's labelled fields and a filing's caption. `places._without_asides` sets a town named only
inside such a stretch aside where the text names another town in earnest, as it does for an
earlier incident's sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.extract.fact_check import read_fact_check
from storyline.extract.sentences import split_sentences

__all__ = ["Frames", "read_frames"]

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Frames:
    """What `read_frames` found. `aside`: the stretches whose towns are named aside from the
    event; `first`: the stretch that names the event's place (a record's location field), whose
    places go before the others; `after`: the stretches whose regions go after the towns (the
    jurisdiction a court's caption names)."""

    aside: tuple[Span, ...] = ()
    first: Span | None = None
    after: tuple[Span, ...] = ()


_NONE = Frames()

# A broadcast's rundown: the anchor lists the hour's other stories ("Tonight: ...", "Coming up
# this hour: ...", "Also tonight: ...", "Still to come, ...", "Later in the program, ...",
# "Headlines: ...") before turning to the first story ("But first, to Columbus", "We begin in
# Luton", "Our main story: ...", "First tonight, ..."). The rundown is read only before such a
# turn, near the text's start.
_TURN_TO_THE_STORY = re.compile(
    r"\b(?:but\s+)?first(?:\s+tonight|\s+this\s+(?:hour|morning|evening))?\s*[,:]\s+(?:to\s+)?"
    r"(?=[A-Z])|\bbut\s+first\s*[,:]?\s+(?:to|tonight|this)\b|\b(?:but\s+)?we\s+(?:begin|start|open|go\s+first)\b"
    r"|\b(?:our|the|today['’]s|tonight['’]s|this\s+hour['’]s)\s+(?:top|main|lead|first|big)"
    r"\s+(?:story|stories|news)\b|\btop\s+story\b|\bfirst\s+tonight\b", re.IGNORECASE)
_RUNDOWN_CUE = re.compile(
    r"\b(?:other\s+(?:stories|headlines|news)|tonight|this\s+hour|coming\s+up|still\s+to\s+come|also\s+on|later\s+in|later\s+this"
    r"|ahead|headlines|in\s+a\s+moment|a\s+lot\s+to\s+get\s+to|also\s+tonight|later)\b\s*[:,]?",
    re.IGNORECASE)
_RUNDOWN_REACH = 700


def _rundown(text: str) -> list[Span]:
    turn = _TURN_TO_THE_STORY.search(text, 0, _RUNDOWN_REACH)
    if turn is None:
        return []
    # ("Flooding in Porto Alegre has displaced ... But we begin tonight in Ponta Grossa": a
    # turn that opens with "But" sets every sentence before it apart, cue or not)
    contrast = text[turn.start():turn.start() + 3].lower() == "but"
    if not contrast and _RUNDOWN_CUE.search(text, 0, turn.start()) is None:
        return []
    return [(sentence.start, sentence.end) for sentence in split_sentences(text)
            if sentence.end <= turn.start() and (contrast or _RUNDOWN_CUE.search(
                text, sentence.start, sentence.end) is not None)]


# A record of labelled fields ("Location: Jolo, Sulu Province", "Casualties: 3 dead"): its
# location field names where the event happened; the fields of background, advice and response
# name other places ("Background: Similar attacks took place near Garissa", "Mutual aid:
# Boardman FD", "Reporting office: Douala", "Injured taken to: Bengaluru"; the links to other
# stories, "RELATED:", "See also:", are the furniture's).
# (a field opens a line, or follows the previous field's full stop or bar on the same line:
# "Location: Anka town. Date/Time: 03 Aug. Casualties: 6 killed.")
_FIELD = re.compile(r"(?:^|(?<=[.;|]\s))[ \t]*(?P<label>[A-Z][\w /()&'’-]{0,40}?)[ \t]*:[ \t]*\S",
                    re.MULTILINE)
_LOCATION_LABEL = re.compile(
    r"(?:location|locality|area(?:s)?(?:\s+affected)?|affected\s+areas?|where|address|town"
    r"|city(?:\s+or\s+county)?|village|municipality|site|place|scene)", re.IGNORECASE)
_ASIDE_LABEL = re.compile(
    r"(?:background|previous(?:\s+\w+)?|earlier(?:\s+\w+)?|history"
    r"|similar(?:\s+\w+)?|mutual\s+aid|responding(?:\s+\w+)?|reporting\s+(?:office|unit|agency)"
    r"|assistance|contacts?|advice|actions?(?:\s+to\s+take)?|staff(?:\s+\w+)?"
    r"|(?:injured|wounded|casualties|victims|patients)\s+(?:taken|transported|sent)\s+to"
    r"|hospitals?|evacuated\s+to|issued\s+by|sent\s+from|source)", re.IGNORECASE)
# (a record has at least this many labelled lines: one "Note:" line is no record)
_RECORD_FIELDS = 3


def _record_fields(text: str) -> tuple[list[Span], Span | None]:
    fields = list(_FIELD.finditer(text))
    if len(fields) < _RECORD_FIELDS:
        return [], None
    aside: list[Span] = []
    first: Span | None = None
    for at, field in enumerate(fields):
        label = field.group("label").strip()
        end = text.find("\n", field.start())
        end = len(text) if end < 0 else end
        if at + 1 < len(fields):
            end = min(end, fields[at + 1].start())
        span = (field.start(), end)
        if first is None and _LOCATION_LABEL.fullmatch(label):
            first = span
        elif _ASIDE_LABEL.fullmatch(label):
            aside.append(span)
    if first is None:
        return [], None  # (labelled lines without a location field are no record: "RELATED: ...")
    if fields[0].start() > 0:
        # (the header above the fields names who issues the record: "U.S. Embassy Nairobi -
        # Security Alert", "Consular Alert - British High Commission, Abuja")
        aside.append((0, fields[0].start()))
    return aside, first


# A filing's caption: the text opens with the court's name, its seat and its jurisdiction ("IN
# THE HIGH COURT OF KARNATAKA AT BENGALURU", "Superior Court of Arizona, Maricopa County
# (Phoenix).", "MAGISTRATES' COURT, Pietermaritzburg."): names and the words that join them, no
# verb. Its towns are the court's seat; its regions, the court's jurisdiction.
_CAPTION_WORD = (r"(?:(?:in|the|of|for|at|and|sitting|v)(?![\w'’.-])|[A-Z][\w'’.-]*(?![\w'’.-])"
                 r"|\d+(?!\d)|[ \t,()&'’-])")
_CAPTION = re.compile(rf"{_CAPTION_WORD}*?\b(?:[Cc]ourts?|COURTS?|[Tt]ribunal|TRIBUNAL)\b"
                      rf"{_CAPTION_WORD}*")
_CAPTION_REACH = 200


def _caption(text: str) -> Span | None:
    sentence = next(iter(split_sentences(text[:_CAPTION_REACH])), None)
    if sentence is None:
        return None
    line = text[sentence.start:sentence.end].split("\n", 1)[0]
    if _CAPTION.fullmatch(line.strip().rstrip(".")) is None:
        return None
    return (sentence.start, sentence.start + len(line))


def read_frames(text: str) -> Frames:
    """The frames of `text` (`Frames`); most texts have none, and each test is one search."""
    aside = list(read_fact_check(text).spans) + _rundown(text)
    fields, first = _record_fields(text)
    aside += fields
    caption = _caption(text)
    after: tuple[Span, ...] = ()
    if caption is not None:
        aside.append(caption)
        after = (caption,)
    if not aside and first is None:
        return _NONE
    return Frames(tuple(aside), first, after)
