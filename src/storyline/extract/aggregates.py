"""Figures that are not one event's count: totals over many incidents, a period or a place.

An article about one shooting often sets it against a larger figure: "the city has recorded
38 killings so far this year", "a dozen people have died this month", "in 2019 some 300
children were hurt in such accidents", "30 were shot over the weekend in unrelated incidents
around town". Such a figure sums other events too: it is not the count of
the event the article reports, so it never becomes the article's total (it is read as a
mention about other events). What marks it is the clause around the number:
- a period instead of a moment: "so far this year", "in 2013", "since January", "through
  Nov. 16", "annually",
  "last year's total", "in the past two weeks";
- several incidents: "in 12 shootings", "in separate attacks", "weekend shootings",
  "shootings across the city", "in those shootings" (in the body, or in a headline:
  `headline_sums_other_events`);
- a place wider than a scene: "across the city", "statewide" (not "nationwide": protests
  held across a country are one event);
- a rate: "a 68 percent increase".

A death the report tells only in the background is another event's too (`deaths_in_background`):
a report whose headline and lead tell of people wounded, with no word of a death, that names a
death only further down ("Three men were wounded outside a bar ... Last month a woman was shot
dead two blocks away") sets its event beside an earlier one; a victim who died of the wounds is
news the headline or lead tells ("dies", "fatal", "killed").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache

from storyline.extract.cues import OWN_ONSET
from storyline.extract.sentences import Sentence, split_sentences
from storyline.records import CountMention

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October"
          r"|November|December|(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.)")
_SEVERAL = (r"(?:\d+|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple"
            r"|numerous|many|separate|unrelated|different|various)")

# A period to date, or a yearly figure. A month ("killed in July") or "last month" more often
# dates the event itself in a follow-up report, so they are not cues.
_PERIOD = (
    r"so\s+far\s+(?:this|in)\b|this\s+(?:year|month)\b|last\s+year's|each\s+year\b"
    r"|every\s+year\b|per\s+year\b|annually\b|year-to-date\b"
    # the start of a disaster is the start of the report's own event (cues.OWN_ONSET)
    rf"|since\s+(?:early\s+|late\s+|mid-?)?(?:{_MONTH}|(?:19|20)\d\d\b|(?!{OWN_ONSET})"
    r"(?:the\s+start|the\s+beginning))"
    r"|(?:in|during|since|through|throughout)\s+(?:19|20)\d\d\b(?![/-]\d)"
    rf"|through\s+{_MONTH}\s+\d"
    r"|in\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:weeks|months|years|decades)\b")
_INCIDENTS = (rf"\b(?:in|during|from)\s+(?:the\s+)?{_SEVERAL}\s+(?:separate\s+|other\s+)?"
              r"(?:shootings|incidents|attacks|homicides)\b"
              r"|\b(?:separate|unrelated|different|weekend|overnight|holiday|multiple)"
              r"\s+(?:shootings|incidents|attacks)\b"
              r"|\bshootings\s+(?:across|around|throughout)\b"
              # "3,165 shootings through Nov. 16. More than 3,290 people were hurt in those
              # shootings": a plural demonstrative takes up incidents counted before
              r"|\b(?:in|from|during)\s+(?:those|these)\s+(?:\w+\s+)?(?:shootings|incidents"
              r"|attacks|homicides|killings|robberies|bombings|raids|clashes|crashes)\b")
# A whole city or country; "around <town>" or "across the <range>" is only where it happened.
_AREA = (r"\b(?:across|throughout)\s+(?:the\s+)?(?:city|country|nation|US|U\.S\."
         r"|United\s+States)\b|\b(?:statewide|citywide)\b")
_RATE = r"\b(?:per\s*cent|percent)\b|%"

_AGGREGATE_RE = re.compile(rf"\b(?:{_PERIOD})|{_INCIDENTS}|{_AREA}|{_RATE}", re.IGNORECASE)
# A note of a few sentences (a coder's note, a database summary) is the record of the event it
# sums, however summed ("three officials were shot dead in separate incidents this week"); a
# longer report sets its event against others.
NOTE_SENTENCES = 4


def headline_sums_other_events(title: str) -> bool:
    """Whether a headline states its figures as a round-up ("5 dead, 17 wounded in weekend
    shootings"): its counts are then no one event's."""
    return _AGGREGATE_RE.search(title) is not None


@lru_cache(maxsize=16)  # asked several times per article: the text is split once
def _sentences(text: str) -> tuple[tuple[Sentence, ...], tuple[int, ...]]:
    """The sentences of `text` (the one splitter, `sentences.split_sentences`) and their
    starts."""
    sentences = tuple(split_sentences(text))
    return sentences, tuple(s.start for s in sentences)


# A note is counted in sentence ends, not in `sentences.split_sentences` sentences: on the
# splitter (which knows "Aug." or "U.S." do not end a sentence) 123 dev texts change sides and
# GVA gains two records, but a three-sentence news snippet whose third sentence sums a statistic
# of the second ("238 shootings through Aug. 15 ... 301 people were shot in those shootings")
# becomes a note, whose summed figures are its record: a phenomenon case breaks
# (counts.aggregate_taken_up_by_demonstrative.05). The test that moves it is the totals' (a
# note's own single-incident figure beside a summed one), not this count.
_SENTENCE_END = re.compile(r"[.!?](?=\s|\Z)|\n\s*\n")


@lru_cache(maxsize=16)  # asked several times per article; a text with no full stop is scanned once
def is_note(text: str) -> bool:
    """Fewer than NOTE_SENTENCES sentence ends."""
    ends = _SENTENCE_END.finditer(text)
    return sum(1 for _ in zip(range(NOTE_SENTENCES), ends, strict=False)) < NOTE_SENTENCES


# A rate right after the count: "road crashes kill about 1,300 people a year", "lightning kills
# 30 people every year", "the disease kills 200 a month". A rate is never one event's count,
# not even in a short note (a note's period, "killed in separate attacks this week", is its
# record; a rate is a statistic). "a year ago", "a week after" date an event instead.
_RATE_AFTER_RE = re.compile(
    r"[^.;,:]{0,40}?\b(?:(?:a|per|each|every)\s+(?:year|month|week)\b(?!\s+(?:ago|after"
    r"|before|earlier|later|on|since|to|into|of))|annually\b|yearly\b)", re.IGNORECASE)


def rate_after(text: str, end: int) -> bool:
    """Whether the count ending at `end` is told as a rate ("... people a year")."""
    return end > 0 and _RATE_AFTER_RE.match(text, end, min(len(text), end + 60)) is not None


def sums_other_events(text: str, start: int, end: int) -> bool:
    """Whether the count at text[start:end] is stated as a total over incidents, a period or
    an area (the clause it sits in, up to the sentence's ends). Callers skip notes
    (`is_note`)."""
    if start < 0:
        return False
    sentences, starts = _sentences(text)
    first = bisect_right(starts, start) - 1
    last = bisect_right(starts, max(start, end - 1)) - 1
    if first < 0 or last < 0:  # before the first sentence (only blanks are)
        return False
    # the clause: the sentence(s) the span is in, at most 300 characters either side of it
    low = max(sentences[first].start, start - 300)
    high = min(max(sentences[last].end, end), end + 300)
    for index in range(first, last + 1):
        # each sentence's cues are found once: a sentence with many counts is not re-scanned
        # around each of them
        cue_starts, cue_ends = _sentence_cues(text, index)
        at = bisect_left(cue_starts, low)
        while at < len(cue_starts) and cue_ends[at] <= high:
            if not _percent_of_what_it_caused(text, cue_starts[at], cue_ends[at], start, end):
                return True
            at += 1
    return False


# A percentage whose clause tells what the count's event moved: "shares fell 4% after an
# explosion killed two workers", "output dropped 12 percent when a blast injured seven". The
# count sits in the clause of the cause (after, following, when, because, amid), the
# percentage in the clause of its effect: a market's or a plant's change, not a rate of the
# dead ("Deaths from domestic shootings rose 20 percent, with 45 women killed" stays one).
_RATE_CUE_RE = re.compile(_RATE, re.IGNORECASE)
_CAUSE_CLAUSE_RE = re.compile(
    r"\b(?:after|following|when|because|amid)\b", re.IGNORECASE)
_COORDINATED_CLAUSE_RE = re.compile(r";|,\s*(?:and|but|while|with|so)\b", re.IGNORECASE)


def _percent_of_what_it_caused(text: str, cue_start: int, cue_end: int, start: int,
                               end: int) -> bool:
    """Whether the cue at text[cue_start:cue_end] is a percentage set apart from the count at
    text[start:end] by a clause of cause or time."""
    if not _RATE_CUE_RE.fullmatch(text, cue_start, cue_end):
        return False
    low, high = (cue_end, start) if cue_end <= start else (end, cue_start)
    cause = _CAUSE_CLAUSE_RE.search(text, low, high)
    # the count in the cause's own clause: not after a coordinated clause that follows it
    # ("rose 30 percent after the army withdrew, and 140 people were killed in them")
    return cause is not None and (cue_end > start or _COORDINATED_CLAUSE_RE.search(
        text, cause.end(), high) is None)


@lru_cache(maxsize=16)
def _cue_memo(text: str) -> dict[int, tuple[tuple[int, ...], tuple[int, ...]]]:
    return {}


def _sentence_cues(text: str, index: int) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where the aggregate cues of sentence `index` of `text` are (in order and not
    overlapping, so their ends are in order too)."""
    memo = _cue_memo(text)
    if index not in memo:
        sentence = _sentences(text)[0][index]
        spans = [(m.start(), m.end()) for m in _AGGREGATE_RE.finditer(text, sentence.start,
                                                                      sentence.end)]
        memo[index] = (tuple(a for a, _ in spans), tuple(b for _, b in spans))
    return memo[index]


# Any word of a death in a headline or lead: then a death told further down may be its own.
DEATH_WORD_RE = re.compile(
    r"\b(?:kill\w*|dead\w*|death\w*|dies|died|dying|die|slain|slay\w*|murder\w*"
    r"|homicides?|bod(?:y|ies)|suicides?(?!\s+attempt)|manslaughter)\b|(?<![-\w])fatal\w*"
    r"|\b(?:his|her|their|its|a|one|two|three|\d+|\w+'s)\s+(?:own\s+)?li(?:fe|ves)\b(?!-)",
    re.IGNORECASE)


def deaths_in_background(mentions: Sequence[CountMention], text: str, title: str | None,
                         lead_chars: int) -> bool:
    """Whether the deaths `mentions` state are another event's: the headline and the first
    `lead_chars` of the text state people hurt, and neither states a death nor has a word of
    one, while a death is stated further down. Not in notes (`is_note`): a few sentences are
    all lead."""
    about = [m for m in mentions if not m.other_event and m.part_of is None]
    if not text or is_note(text) or not any(m.category == "killed" for m in about):
        return False
    if any(m.category == "killed" and m.start < lead_chars for m in about):
        return False
    if not any(m.category == "injured" and m.value > 0 and m.start < lead_chars for m in about):
        return False
    return not DEATH_WORD_RE.search(title or "") and not DEATH_WORD_RE.search(
        text[:lead_chars])


# Whom a commemoration honours: "paid tribute to fallen deputy <Name>, who was killed", "the
# vigil honoured <Name>, who died", "on the same day as the funeral for <Name>, a soldier killed
# by militants". The stretch between the cue and the person is a noun phrase (titles, a name
# and its apposition), with no clause of its own.
_COMMEMORATION_CUE_RE = re.compile(
    r"\b(?=[A-Za-z])(?:(?:paid|pay|pays|paying)\s+(?:(?:a\s+)?(?:final\s+|last\s+)?tribute|homage"
    r"|(?:their\s+|his\s+|her\s+|final\s+|last\s+)?respects)\s+to"
    r"|honou?r(?:ed|ing|s)?|(?:remembered|remembering|remembers)"
    r"|in\s+(?:loving\s+)?memory\s+of|(?:funeral|vigil|memorial|wake|burial|requiem)"
    r"(?:\s+(?:service|mass))?\s+(?:for|of)|(?:funeral|vigil|memorial)\s+honou?ring)\s+",
    re.IGNORECASE)
_CLAUSE_IN_STRETCH_RE = re.compile(
    r"[.;:!?]|\b(?:as|when|while|after|before|and|but|where|because|since|killing|who|which"
    r"|that|was|were|is|are|has|had|have|said|says|deaths?|killings?|murders?)\b"
    r"|(?-i:\b[a-z]+ing\b)", re.IGNORECASE)


_ACT_FIRST_RE = re.compile(r"\W*(?:kill|leav|left|claim|wound|injur|shoot|shot|hurt"
                           r"|murder|slay|slew|behead)", re.IGNORECASE)


def commemorated(text: str, start: int, evidence: str = "") -> bool:
    """Whether the person a death mention at `start` counts is whom a commemoration honours
    (the death is an earlier event's: the commemoration is the news). Not a figure told by
    its act ("a bomb hit the funeral of an elder, killing nine")."""
    if start <= 0 or _ACT_FIRST_RE.match(evidence):
        return False
    window = text[max(0, start - 120):start]
    for cue in _COMMEMORATION_CUE_RE.finditer(window):
        stretch = window[cue.end():]
        if len(stretch.split()) <= 8 and stretch.count(",") <= 1 and \
                not _CLAUSE_IN_STRETCH_RE.search(stretch):
            return True
    return False


# "an 85-year-old man died of an apparent heart attack", "the body of a woman who overdosed":
# a natural or self-administered death is no casualty of violence.
_VEHICLE = r"(?:car|vehicle|truck|tractor|motorcycle|motorbike|van|suv|pickup|bus|lorry)"
_NATURAL_DEATH_RE = re.compile(
    r"\W*(?:\w+\s+){0,3}?(?:of|from)\s+(?:an?\s+|the\s+)?(?:apparent\s+|suspected\s+|possible"
    r"\s+|massive\s+|sudden\s+|drug\s+|accidental\s+)?(?:heart\s+attack|cardiac\s+arrest"
    r"|natural\s+causes|(?:drug\s+)?overdose|stroke|cancer|illness|disease|old\s+age"
    r"|hypothermia|heat\s*stroke|food\s+poisoning|malaria|cholera|ebola|covid(?:-19)?"
    r"|pneumonia|tuberculosis|measles)\b"
    # a road accident or an epidemic: "died in a single-vehicle wreck", "7 dead in an outbreak
    # of Legionnaires' disease", "killed in a head-on collision on the interstate"
    r"|\W*(?:(?!and\b|or\b|\d)\w+\s+){0,5}?in\s+(?:an?\s+|the\s+)?['\u2018\"\u201c]?(?:[\w'-]+\s+){0,3}?"
    r"(?:(?:single[\s-]vehicle|two[\s-]vehicle|multi[\s-]vehicle|head[\s-]on|car|traffic|road"
    r"|vehicle|motorcycle|highway|bus|truck)\s+(?:accident|crash|wreck|collision|smash)"
    r"|outbreak|epidemic)\b"
    # the dead person's own driving: "was killed when she smashed her car into a pillar",
    # "died when his truck overturned on the bypass"
    r"|\W*(?:(?!and\b|or\b|\d)\w+\s+){0,3}?when\s+(?:(?:she|he|they)\s+(?:crashed|smashed"
    r"|lost\s+control\s+of|rolled|flipped|overturned)\s+(?:her|his|their|the)\s+" + _VEHICLE +
    r"|(?:her|his|their)\s+(?:\w+\s+)?" + _VEHICLE + r"\s+(?:\w+\s+){0,2}?(?:crashed|collided"
    r"|overturned|flipped|veered|skidded|plunged|hit\s+a\s+(?:tree|pole|wall|pillar|ditch"
    r"|guardrail)))\b"
    r"|\s+(?:[\w-]+\s+){0,2}?who\s+(?:had\s+)?(?:overdosed|died\s+of\s+(?:an?\s+)?(?:overdose|heart\s+attack"
    r"|natural\s+causes))\b", re.IGNORECASE)


def natural_death(text: str, end: int) -> bool:
    """Whether the death told by a mention ending at `end` is of natural causes or an overdose,
    by the words right after it."""
    return end > 0 and _NATURAL_DEATH_RE.match(text, end, min(len(text), end + 90)) is not None
