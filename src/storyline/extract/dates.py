"""The date of the event an article reports, resolved against its publication date.

`resolve_event_date` finds every date expression (see `timex.py`), resolves each against the
publication date, and picks the one that anchors the main event: day precision over week, month
or year; next to an event verb ("was shot", "exploded") rather than a reporting verb ("police
said Monday"); early in the article; never after publication; not a page stamp ("Updated March
3"). When the text names no date it returns None: the caller knows the publication date and must
not mistake it for a stated event date.

"last night" is the day before publication at day precision: the publication time of day is
rarely known, and news published in the evening still says "last night" for the night before.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from itertools import islice

from storyline.extract.dates_roles import NOT_A_TIME, clause_score
from storyline.extract.document import Document
from storyline.extract.sentences import Sentence
from storyline.extract.timex import (
    DateExpression,
    find_date_expressions,
    normalize_date_expression,
)
from storyline.records import DatePrecision, EventDate

__all__ = [
    "DateCandidate",
    "DateExpression",
    "clause_sentences",
    "date_candidates",
    "find_date_expressions",
    "normalize_date_expression",
    "resolve_event_date",
    "timex_to_date",
]

EXTRACTOR_NAME = "dates/1"

# The act itself ("was shot", "exploded", "happened"): a date next to one of these dates the event.
_EVENT_ACTS = re.compile(
    r"\b(?:shot|shooting|shootings|gunfire|fired|opened\s+fire|killed|slain|murdered|stabbed"
    r"|stabbing|wounded|attacked|attack|bombing|bombed|exploded|explosion|blast|crashed|crash"
    r"|collapsed|struck|erupted|broke\s+out|clashed|clashes|raided|raid|ambushed|happened"
    r"|occurred|took\s+place|robbed|robbery|carjacked|kidnapped|abducted|massacre|assaulted"
    r"|earthquake|protested|rioted|fire\s+broke|gunned\s+down)\b",
    re.IGNORECASE,
)
# Words of the event's aftermath or of a sentence about it: weaker evidence for the date.
_EVENT_WORDS = re.compile(
    r"\b(?:died|dead|death|killing|injured|hurt|hospital|victim|homicide|incident|suspect"
    r"|gunman|gunmen|police|officers|deputies|arrested|fighting|standoff|flood(?:ing)?|storm"
    r"|protests?|riots?)\b",
    re.IGNORECASE,
)
_REPORTING_BEFORE = re.compile(
    r"\b(?:said|says|told|announced|reported|confirmed|stated|added|released|identified"
    r"|declined\s+to\s+comment|charged|arraigned|sentenced|court|hearing|vigil|funeral"
    r"|memorial|press\s+conference|news\s+conference|interview|update)\b[^.]{0,12}$",
    re.IGNORECASE,
)
_REPORTING_AFTER = re.compile(
    r"^[^.]{0,12}\b(?:said|says|told|announced|identified|confirmed|released|filed|continued"
    r"|were\s+(?:investigating|searching|looking)|remained|remains|charged|booked)\b",
    re.IGNORECASE,
)
# Follow-up steps of justice: an article about them is dated by them, but the event it refers
# back to ("the shooting happened on Oct. 1") is what the event date means.
_FOLLOW_UP_NEAR = re.compile(
    r"\b(?:sentenced|pleaded|pleads|indicted|convicted|arraigned|charged|bond|bail|trial|jury"
    r"|hearing|court|judge|turned\s+(?:himself|herself)\s+in|extradited|autopsy|vigil|funeral"
    r"|memorial|rally|candlelight|released\s+(?:the\s+)?name|identified|life\s+support)\b",
    re.IGNORECASE,
)
# A page's own time stamp: "Updated March 3", "(February 22, 2016) --", "UPDATE (1/3/17):".
_STAMP_BEFORE = re.compile(
    r"(?:posted|updated?|published|modified|copyright|©|last\s+update|created|//|\(@\w+\))"
    r"[^.\n]{0,20}$|\($",
    re.IGNORECASE,
)
_STAMP_AFTER = re.compile(r"^\)?\s*(?:[-–—:|]|\d{1,2}:\d\d)")
_PRECISION_SCORE: dict[str, float] = {"day": 3.0, "week": 1.5, "month": 0.8, "year": 0.2}
# Follow-ups (arrests, trials) often state the date of the event months back, so age alone is
# no reason to discard a date; only dates over a year old are treated as background.
_BACKGROUND_AGE = timedelta(days=365)
# Stand-in anchor for articles without a publication date: only expressions that state their
# year are read then, and they do not depend on the anchor.
_NO_ANCHOR = date(9000, 1, 1)


@dataclass(frozen=True, slots=True)
class DateCandidate:
    expression: DateExpression
    value: date
    precision: DatePrecision
    score: float


# Date expressions read per article, in text order: far more than any report states; the cap
# keeps a hostile text (thousands of "on Monday") linear and cheap.
MAX_DATE_EXPRESSIONS = 300


def date_candidates(text: str, published: datetime | None) -> list[DateCandidate]:
    """Every date expression of `text` resolved and scored from its surface context."""
    anchor = published.date() if published is not None else None
    return [
        candidate
        for expression in islice(find_date_expressions(text), MAX_DATE_EXPRESSIONS)
        if (candidate := _candidate(text, expression, anchor)) is not None
    ]


def resolve_event_date(text: str, published: datetime | None,
                       document: Document | None = None,
                       candidates: list[DateCandidate] | None = None) -> EventDate | None:
    """The date of the main event `text` reports, or None when the text states none. With the
    article's `document`, the best candidates are also read in their clause (dates_roles.py).
    `candidates` are `date_candidates(text, published)` when the caller has them already."""
    if candidates is None:
        candidates = date_candidates(text, published)
    if document is not None:
        candidates = _read_clauses(candidates, document)
    if not candidates:
        return None
    best = max(candidates, key=lambda c: (c.score, -c.expression.start))
    return EventDate(
        value=best.value,
        precision=best.precision,
        text=best.expression.text,
        start=best.expression.start,
        end=best.expression.end,
    )


# Candidates read in their clause: the surface score's best few (each costs a parse).
CLAUSE_CANDIDATES = 3


def clause_sentences(candidates: list[DateCandidate], document: Document) -> list[Sentence]:
    """The sentences of the candidates whose clause will be read (the best few)."""
    return list({s.start: s for s in _where(_best(candidates), document).values()}.values())


def _best(candidates: list[DateCandidate]) -> list[DateCandidate]:
    ranked = sorted(candidates, key=lambda c: (-c.score, c.expression.start))
    return ranked[:CLAUSE_CANDIDATES]


def _where(top: list[DateCandidate], document: Document) -> dict[int, Sentence]:
    sentences = document.sentences
    starts = [s.start for s in sentences]
    where = {}
    for candidate in top:
        index = bisect_right(starts, candidate.expression.start) - 1
        if index >= 0 and candidate.expression.start < sentences[index].end:
            where[id(candidate)] = sentences[index]
    return where


def _read_clauses(candidates: list[DateCandidate], document: Document
                  ) -> list[DateCandidate]:
    top = _best(candidates)
    rest = [c for c in candidates if all(c is not t for t in top)]
    where = _where(top, document)
    document.prepare(list({s.start: s for s in where.values()}.values()))
    read = []
    for candidate in top:
        sentence = where.get(id(candidate))
        parse = document.parse(sentence) if sentence is not None else None
        if parse is not None and sentence is not None:
            bonus = clause_score(parse, candidate.expression.start - sentence.start,
                                 candidate.expression.end - sentence.start)
            if bonus == NOT_A_TIME:
                continue  # "a Christmas party", "Lisa March": no time at all
            candidate = replace(candidate, score=candidate.score + bonus)
        read.append(candidate)
    return read + rest


def timex_to_date(value: str) -> tuple[date, DatePrecision] | None:
    """The first day and precision of a TIMEX3 value: day, ISO week, month or year."""
    try:
        if re.fullmatch(r"\d{4}-\d\d-\d\d(?:T\w+)?", value):
            return date.fromisoformat(value[:10]), "day"
        if re.fullmatch(r"\d{4}-W\d\d(?:-WE)?", value):
            return date.fromisocalendar(int(value[:4]), int(value[6:8]), 1), "week"
        if re.fullmatch(r"\d{4}-\d\d", value):
            return date(int(value[:4]), int(value[5:7]), 1), "month"
        if re.fullmatch(r"\d{4}", value):
            return date(int(value), 1, 1), "year"
    except ValueError:
        return None
    return None


def _candidate(text: str, expression: DateExpression, anchor: date | None) -> DateCandidate | None:
    sentence_start, sentence_end = _sentence_bounds(text, expression.start)
    sentence = text[sentence_start:sentence_end]
    if anchor is None:
        if not re.search(r"\d{4}", expression.text):
            return None  # a relative date means nothing without the publication date
        anchor = _NO_ANCHOR
    value = normalize_date_expression(expression.text, anchor, context=sentence)
    resolved = timex_to_date(value) if value else None
    if resolved is None:
        return None
    day, precision = resolved
    if day > anchor or _is_stamp(text, expression):
        return None  # a coming hearing or funeral, or the page's own time stamp
    score = _score(text, expression, sentence, sentence_start, day, precision, anchor)
    return DateCandidate(expression, day, precision, score)


def _score(
    text: str,
    expression: DateExpression,
    sentence: str,
    sentence_start: int,
    day: date,
    precision: DatePrecision,
    anchor: date,
) -> float:
    score = _PRECISION_SCORE[precision]
    score += 1.5 * max(0.0, 1.0 - expression.start / 1500)  # the lead tells the event
    score += _event_evidence(text, expression, sentence, sentence_start)
    before = text[max(sentence_start, expression.start - 40) : expression.start]
    after = text[expression.end : min(sentence_start + len(sentence), expression.end + 40)]
    if _REPORTING_BEFORE.search(before) or _REPORTING_AFTER.search(after):
        score -= 1.5  # "police said Monday": when it was said, not when it happened
    sentence_end = sentence_start + len(sentence)
    if _FOLLOW_UP_NEAR.search(text, max(sentence_start, expression.start - 60),
                              min(sentence_end, expression.end + 40)):
        score -= 1.5
    if anchor - day > _BACKGROUND_AGE:
        score -= 1.0  # "On Sept. 11, 2001, ...": history recalled, rarely the news itself
    return score


def _event_evidence(
    text: str, expression: DateExpression, sentence: str, sentence_start: int
) -> float:
    """How strongly the words around the expression speak of the event itself."""
    sentence_end = sentence_start + len(sentence)
    near = text[max(sentence_start, expression.start - 50) : min(sentence_end, expression.end + 50)]
    if _EVENT_ACTS.search(near):
        return 2.5
    if _EVENT_ACTS.search(sentence):
        return 1.5
    if _EVENT_WORDS.search(sentence):
        return 0.8
    return 0.0


def _is_stamp(text: str, expression: DateExpression) -> bool:
    before = text[max(0, expression.start - 30) : expression.start]
    after = text[expression.end : expression.end + 12]
    if _STAMP_BEFORE.search(before):
        return not before.endswith("(") or bool(_STAMP_AFTER.match(after))
    return False


_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s+(?=[\"“(\[]?[A-Z0-9])|\n")


def _sentence_bounds(text: str, offset: int) -> tuple[int, int]:
    """Start and end of the sentence around `offset` (a cheap split, good enough for cues)."""
    window_start = max(0, offset - 400)
    start = window_start
    for match in _SENTENCE_END.finditer(text, window_start, offset):
        start = match.end()
    following = _SENTENCE_END.search(text, offset, offset + 400)
    end = following.start() + 1 if following else min(len(text), offset + 400)
    return start, end
