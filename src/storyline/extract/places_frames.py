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


# A possible next incident: "the next one could be in Oldham", "They may try it in Dibrugarh
# next", "Tomorrow it might be Tucson", "could just as easily have happened in Brampton",
# "Marseille tomorrow, Paris the day after": the towns from the modal (or "tomorrow") to the
# sentence's end are where nothing has happened yet. (Not "next week", "the next day": times.)
_NOT_A_TIME = r"(?!\s+(?:day|days|week|weeks|month|months|year|years|morning|evening|night|time"
_NOT_A_TIME += r"|session|sitting|hearing|election|season|\w+day)\b)"
_NEXT_INCIDENT = re.compile(
    r"\b(?i:could|might|may|will|would|can)\b[^.;!?\n]{0,60}?"
    rf"\b(?i:next|tomorrow|anywhere){_NOT_A_TIME}"
    r"|\b(?i:next|tomorrow)\b,?\s+(?:it|they|we|you|he|she)\s+(?i:could|might|may|will|would)\b"
    r"|\b(?i:the\s+next\s+(?:one|attack|victim|target|town|city|bombing|massacre|shooting"
    r"|tragedy))\b"
    r"|\b(?i:could|might)\s+(?:just\s+as\s+easily\s+|easily\s+|also\s+)?have\s+happened\b"
    r"|(?<![\w'’-])[A-Z][\w'’-]+\s+tomorrow\b|\btomorrow,?\s+(?=[A-Z])"
    # ("Durban could be next": the town is the modal's subject)
    r"|(?<![\w'’-])[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?i:could|might|may|will)\s+be\s+next\b")
# (the quotation's end or its reporting clause closes the stretch: "... Mtwara, a lawmaker said
# of the ambush near Kitaya" names the event's town after it)
_QUOTE_ENDS = re.compile(r"[\"”]|,\s+(?:[\w'’-]+\s+){0,4}?(?:said|says|warned|told|added)\b")


def _possible_next_incidents(text: str) -> list[Span]:
    if _NEXT_INCIDENT.search(text) is None:
        return []
    spans = []
    for sentence in split_sentences(text):
        cue = _NEXT_INCIDENT.search(text, sentence.start, sentence.end)
        if cue is not None:
            close = _QUOTE_ENDS.search(text, cue.end(), sentence.end)
            spans.append((cue.start(), sentence.end if close is None else close.start()))
    return spans


# A place the event spared, or where a reader is advised what to do: "Missions in Bukavu and
# Kinshasa remain open", "Pemba remains calm", "Its other export line, at Forcados, was
# unaffected", "Staff in Aba should avoid road travel", "Flights from Bamako to Mopti are
# suspended": a sentence that tells no event of its own (no casualty or attack word).
_SPARED = re.compile(
    r"\b(?:unaffected|not\s+(?:been\s+)?affected|(?:would|will|did)\s+not\s+affect"
    r"|remain(?:s|ed)?\s+(?:calm|open|normal|unaffected)|(?:is|are|was|were)\s+calm"
    r"|operat(?:e|es|ed|ing)\s+normally|should\s+(?:avoid|postpone|defer|remain|stay|restrict)"
    r"|(?:is|are)\s+(?:not\s+)?advised|no\s+change\s+to|(?:is|are)\s+suspended"
    r"|(?:is|are)\s+closed\s+until)\b", re.IGNORECASE)
_EVENT_WORD = re.compile(
    r"\b(?:kill|dead|died|death|injur|wound|hurt|shot|shoot|stabb|attack|bomb|explo|blast"
    r"|clash|raid|ambush|massacre|kidnap|abduct|gunm[ae]n|fire[ds]?\b|crash|collaps)",
    re.IGNORECASE)


def _spared_places(text: str) -> list[Span]:
    if _SPARED.search(text) is None:
        return []
    return [(sentence.start, sentence.end) for sentence in split_sentences(text)
            if _SPARED.search(text, sentence.start, sentence.end) is not None
            and _EVENT_WORD.search(text, sentence.start, sentence.end) is None]


# A case's name heading the text: "State of Ohio v. Kyle Brandt.", "People v. Hernandez, Case No.
# 23CR0412 (Super. Ct. Fresno County).", "United States v. Alvarez, No. 4:24-cr-118 (W.D. Tex.).":
# the parties and the docket, no verb; the region it names is the prosecuting state or the
# court's district, as a court's caption names its jurisdiction. It ends where the first
# sentence of the story starts ("The accused ...", "Brandt, 34, ...").
_CASE_NAME = re.compile(
    r"\s*(?:In\s+the\s+matter\s+of\s+)?(?:The\s+)?[A-Z][\w'’.-]*(?:\s+(?:of|the|[A-Z][\w'’.-]*))*?"
    r"\s+(?:v|vs|versus)\.?\s+[A-Z]")
_STORY_STARTS = re.compile(
    r"\.\s+(?=(?:The|A|An|He|She|They|His|Her|Their|On|In)\s|[A-Z][a-z'’]+,\s)")
_CASE_NAME_WORD = re.compile(r"[A-Z(]\S*|\S*\d\S*|v\.?|vs\.?|versus|of|the|and|et|al\.?|ors\.?"
                             r"|others|another|&|-")
_CASE_NAME_REACH = 200


def _case_name(text: str) -> Span | None:
    head = _CASE_NAME.match(text)
    if head is None:
        return None
    end = _STORY_STARTS.search(text, head.end(), _CASE_NAME_REACH)
    if end is None:
        return None
    words = text[:end.start()].replace(",", " ").split()
    if not all(_CASE_NAME_WORD.fullmatch(word) for word in words):
        return None  # ("In the matter of State v. Dlamini, the accused stabbed ...": a sentence)
    return (head.start(), end.start() + 1)


def read_frames(text: str) -> Frames:
    """The frames of `text` (`Frames`); most texts have none, and each test is one search."""
    aside = list(read_fact_check(text).spans) + _rundown(text) + \
        _possible_next_incidents(text) + _spared_places(text)
    fields, first = _record_fields(text)
    aside += fields
    caption = _caption(text) or _case_name(text)
    after: tuple[Span, ...] = ()
    if caption is not None:
        aside.append(caption)
        after = (caption,)
    if not aside and first is None:
        return _NONE
    return Frames(tuple(aside), first, after)
