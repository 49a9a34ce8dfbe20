"""Counts told with their own earlier date: another incident's.

A report often recalls an earlier incident to set the scene ("a vigil for a teenager shot
dead last week", "her cousin, who was shot and killed in April", "one week ago, on June 29,
a boy died after ..."). When a date expression hangs on the count's own phrase or predicate
in the parse, and its whole period ends days before the event date the article reports, the
count is about that earlier incident, not the article's event."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from storyline.extract.dates import DateCandidate
from storyline.extract.document import Document
from storyline.records import CountMention, EventDate

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["mark_earlier_incidents"]

# Days before the event date the period must end: a report's own "last night" or "Saturday"
# may be a day or two off the event date the reader chose.
_MARGIN_DAYS = 3
# How far up the parse a date expression's attachment is followed (to its first verb).
_MAX_CLIMB = 8


def mark_earlier_incidents(mentions: list[CountMention], candidates: list[DateCandidate],
                           event_date: EventDate | None, document: Document
                           ) -> list[CountMention]:
    """`mentions` with `other_event` set on each killed or injured count dated days before
    `event_date` by a date expression attached to it (`candidates` are the article's)."""
    if event_date is None:
        return mentions
    limit = event_date.value - timedelta(days=_MARGIN_DAYS)
    earlier = [c for c in candidates if c.expression.start >= 0
               and c.expression.start != event_date.start and _last_day(c) < limit
               and _a_date_for_sure(c, document.text)
               and not _far_yearless_day(c, event_date)
               and not _WEEKDAY_ONLY.search(c.expression.text)
               and not _beside(c, event_date)]
    if not earlier:
        return mentions
    sentences = document.sentences
    starts = [s.start for s in sentences]
    in_sentence: dict[int, list[int]] = {}  # sentence index -> its killed and injured counts
    for at, mention in enumerate(mentions):
        if not mention.other_event and mention.category in ("killed", "injured") and \
                mention.start >= 0:
            in_sentence.setdefault(bisect_right(starts, mention.start) - 1, []).append(at)
    marked = list(mentions)
    for candidate in earlier:
        index = bisect_right(starts, candidate.expression.start) - 1
        if index not in in_sentence:
            continue
        sentence = sentences[index]
        parse = document.parse(sentence)
        if parse is None:
            continue
        attached = _attachment(parse, candidate.expression.start - sentence.start,
                               candidate.expression.end - sentence.start)
        for at in in_sentence[index]:
            mention = marked[at]
            first, last = mention.start - sentence.start, mention.end - sentence.start
            if any(first <= offset < last for offset in attached) or \
                    _subject_or_object_of(parse, first, last, attached) or \
                    _in_participle_of(parse, first, last, attached) or \
                    (_NAMED_DATE.search(candidate.expression.text) is not None
                     and _in_relative_clause_of(parse, first, last, attached,
                                                (candidate.expression.start - sentence.start,
                                                 candidate.expression.end - sentence.start))):
                marked[at] = replace(mention, other_event=True)
    return marked


# A date without its year ("on 7 May") is put in the year that makes it past; when that is far
# back, the writer more likely meant a day after the report (a note dated by its event):
# too uncertain to move a count.
_YEARLESS_REACH_DAYS = 183
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# A weekday without a date ("on Saturday") is put in the week before the report; a report
# written days later, or dated early, moves it a week: too loose to date a count apart.
_WEEKDAY_ONLY = re.compile(r"^(?!.*\d)(?!.*\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
                           r"[a-z]*\b).*\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day"
                           r"|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b", re.IGNORECASE)
# Characters between the event date's expression and another that restates it ("the night of
# Thursday, January 8"): the two are one date, however each was resolved.
_BESIDE_CHARS = 3


def _beside(candidate: DateCandidate, event_date: EventDate) -> bool:
    start, end = candidate.expression.start, candidate.expression.end
    return start - _BESIDE_CHARS <= event_date.end and event_date.start <= end + _BESIDE_CHARS


def _far_yearless_day(candidate: DateCandidate, event_date: EventDate) -> bool:
    text = candidate.expression.text
    return bool(re.search(r"\d", text)) and _YEAR.search(text) is None and \
        (event_date.value - candidate.value).days > _YEARLESS_REACH_DAYS


# The earliest year a report's background reaches back to; earlier "years" are misread stamps
# ("4/9/0008").
_EARLIEST_YEAR = 1800
_IN_BEFORE_YEAR = re.compile(r"\b(?=[A-Za-z])(?:in|since|of)\s+$", re.IGNORECASE)
# A one-word date ("Thursday", "March", "2019") is a date after a preposition or a time word;
# alone it may be a name ("Bait Jan"), a clock time ("around 1930") or an ordinal ("4th
# Division"). (A match cut inside a word, "MON" of "MONUSCO", timex drops itself.)
_TIME_WORD_BEFORE = re.compile(r"\b(?=[A-Za-z])"
                               r"(?:on|in|since|of|last|this|early|late|mid|until|by|before"
                               r"|after|from)[\s-]+$", re.IGNORECASE)


def _a_date_for_sure(candidate: DateCandidate, text: str) -> bool:
    if candidate.value.year < _EARLIEST_YEAR:
        return False
    start = candidate.expression.start
    words = candidate.expression.text.split()
    if len(words) > 1:
        return True
    before = text[max(0, start - 8):start]
    if words and words[0].isdigit() and len(words[0]) == 4:
        return _IN_BEFORE_YEAR.search(before) is not None  # "killed in 2019"
    return bool(words) and words[0].isalpha() and _TIME_WORD_BEFORE.search(before) is not None


def _last_day(candidate: DateCandidate) -> date:
    """The last day the expression can mean: the day itself, the end of its week, month or
    year (or of the period a holiday weekend spans)."""
    if candidate.period is not None:
        return candidate.period[1]
    value = candidate.value
    if candidate.precision == "week":
        return value + timedelta(days=6)
    if candidate.precision == "month":
        following = date(value.year + value.month // 12, value.month % 12 + 1, 1)
        return following - timedelta(days=1)
    if candidate.precision == "year":
        return date(value.year, 12, 31)
    return value


def _subject_or_object_of(parse: Doc, first: int, last: int, attached: list[int]) -> bool:
    """A count told by a word whose predicate lies outside it ("her cousin, who was killed in
    March": the relative pronoun) is dated by a date on that predicate."""
    if not attached:
        return False
    verbs = {attached[-1]}
    for token in parse:  # "who was shot and killed in March": the subject of the first verb
        if token.idx == attached[-1] and token.dep_ == "conj":
            verbs.add(token.head.idx)
    return any(first <= t.idx < last and t.head.idx in verbs and t.head != t
               and t.dep_ in ("nsubj", "nsubjpass", "dobj") for t in parse)


def _in_participle_of(parse: Doc, first: int, last: int, attached: list[int]) -> bool:
    """A count in a participle clause of the dated verb shares its date: "In December, a driver
    ploughed into a market crowd, injuring 36 and killing one"."""
    if not attached:
        return False
    verb = next((t for t in parse if t.idx == attached[-1]), None)
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return False
    for clause in verb.subtree:
        # hung on the verb, or on its object by the parser ("drove onto the sidewalk
        # injuring 36": an "acl" of "sidewalk")
        if clause.dep_ in ("advcl", "acl") and clause.tag_ == "VBG" and _nearest_verb(
                clause) == verb.i and any(first <= t.idx < last for t in clause.subtree):
            return True
    return False


# A date named by its month or year ("in March 2015", "in 2019"), not one counted back from the
# report ("last month", told in an update paragraph of a later day, may be the event's own).
_NAMED_DATE = re.compile(r"\b(?:1[89]|20)\d\d\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov"
                         r"|dec)[a-z]*\b", re.IGNORECASE)


def _in_relative_clause_of(parse: Doc, first: int, last: int, attached: list[int],
                           expression: tuple[int, int]) -> bool:
    """A count in a relative clause of the dated incident's noun, or of the date itself, is
    that incident's: "a bombing in May 2019 that killed 12 people", "a stabbing back in
    March 2015 in which his friend was killed"."""
    nouns = set(attached)
    for clause in parse:
        if clause.dep_ != "relcl":
            continue
        head = clause.head
        dated = (head.idx in nouns and head.pos_ in ("NOUN", "PROPN")) or \
            expression[0] <= head.idx < expression[1]
        if dated and any(first <= t.idx < last for t in clause.subtree):
            return True
    return False


def _nearest_verb(token: Token) -> int:
    return next((t.i for t in token.ancestors if t.pos_ in ("VERB", "AUX")), -1)


def _attachment(parse: Doc, start: int, end: int) -> list[int]:
    """Offsets (in the sentence) of the words a date expression hangs on, up to its first
    verb outside the expression: "killed [in a shooting] last week" gives shooting, in,
    killed."""
    inside = [t for t in parse if start <= t.idx < end]
    if not inside:
        return []
    root: Token = min(inside, key=lambda t: len(list(t.ancestors)))
    offsets = []
    head = root
    for _ in range(_MAX_CLIMB):
        if head.head == head:
            break
        head = head.head
        offsets.append(head.idx)
        if head.pos_ in ("VERB", "AUX"):
            break
    return offsets
