"""The article's own best single figure per category, built from its count mentions.

Rules (docs/extraction.md has the worked examples):
1. Mentions about another event (`other_event`, or a total over a period, several incidents
   or a whole city: extract.aggregates) and nested subsets (`part_of`) never add;
   another source's estimate (`alternative`: "other reports said 30") and a figure a question
   puts forward ("Did 200 people die?": cues.asked_figure) count only when the text states no
   figure of its own for the category.
2. Within one sentence, the disjoint parts of a category add up ("11 soldiers and 2 civilians
   were killed" is 13), except that a toll statement ("the death toll rose to 15") stands alone:
   it already is a total; and parts that restate people of another part (a breakdown, a
   condition of some of them, the same figure twice: extract.same_people) do not add.
3. Across sentences the same figure repeated counts once: the article's figure is the largest
   statement, read in order, and a statement marked as additional ("another 3", "2 other
   policemen") adds to the figure before it when the group it adds to is that figure, not
   people of it being enumerated or others than the dead (extract.same_people).
4. An explicit coded figure ("fatalities coded as 4") is the figure.
5. A zero ("no one was hurt") is kept only if nothing positive is stated for the category.
6. The headline: a figure it states as a number of people in general ("2 dead") that the lead
   states again in one phrase stands over a higher plain statement further on; its wounded
   stand over a sum of the body's separate statements; "1 dead, 3 others injured" over a body
   figure that is both together gives 3 (`_headline_agreed`, `_headline_others`).
7. The people shot include the dead ("five shot, one fatally": 4 injured), unless the shot
   were the headline's survivors already, or one person shot is said to survive in words
   ("non-life-threatening", "grazed"); "all four victims" counts everyone hit.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from storyline.extract.aggregates import (
    DEATH_WORD_RE,
    commemorated,
    deaths_in_background,
    headline_sums_other_events,
    is_note,
    natural_death,
    rate_after,
    sums_other_events,
)
from storyline.extract.claims_lexicon import GROUP_ALIASES
from storyline.extract.counts import (
    ANOTHER_DETAIL,
    SCOPED_ZERO_DETAIL,
    UPDATE_VERBS,
)
from storyline.extract.cues import about_other_event, asked_figure
from storyline.extract.numbers import ORDINALS, parse_number
from storyline.extract.same_people import (
    ADDS,
    CONTRASTS,
    names_one_told_before,
    new_people,
    people_kind,
    read_addition,
    statement_start,
)
from storyline.extract.sentences import MAX_SENTENCE_CHARS
from storyline.extract.structure import SURVIVORS_DETAIL
from storyline.extract.subjects import SELF_DETAIL, SINGULAR_DETAIL
from storyline.records import CountMention, CountTotal, Qualifier, Trend

# A figure revised in the sentence: "later updated to 9", "was raised to 12".
_UPDATED_TO = (r"(?:raised|revised|updated|risen|rose|lowered|reduced|corrected)\s+"
               r"(?:(?:up|down)(?:wards?)?\s+)?to")
# "the number of confirmed dead ... rose to 26" is a toll too, not "a number of" (vague).
_TOLL_RE = re.compile(r"\b(?=[A-Za-z])(?:toll|total|tally|bringing|brings|brought|overall|in\s+all"
                      r"|number(?<!\ba\snumber)\s+of"
                      rf"|altogether|fatalities\s+coded|coded\s+as|{_UPDATED_TO})\b",
                      re.IGNORECASE)
_CODED_RE = re.compile(r"\bcoded\s+as\b", re.IGNORECASE)
# An update's number: "a figure later raised to | 14 dead" (counts' update verbs, here also
# before a hedge: "raised to about 14").
_UPDATED_TO_BEFORE = re.compile(
    rf"\b(?=[A-Za-z]){UPDATE_VERBS}\s+(?:(?:up|down)(?:wards?)?\s+)?"
    r"to\s+(?:about\s+|around\s+|some\s+|at\s+least\s+)?$", re.IGNORECASE)
# A toll that revises the sentence's earlier figure (the update alternative of `_TOLL_RE`).
_UPDATED_RE = re.compile(rf"\b(?=[A-Za-z]){_UPDATED_TO}\b", re.IGNORECASE)


def _updated_to_before(mention: CountMention, text: str) -> bool:
    """A part whose number follows an update verb: "a figure later raised to | 14 dead"."""
    return mention.start > 0 and _UPDATED_TO_BEFORE.search(
        text, max(0, mention.start - 30), mention.start) is not None


@dataclass(frozen=True, slots=True)
class _Statement:
    """One sentence's figure for one category."""

    value: int
    low: int | None
    high: int | None
    qualifier: Qualifier
    mentions: tuple[int, ...]
    additive: bool
    coded: bool
    # deaths of other people than the figure before it: a separate incident in a note, a
    # later death of someone told as wounded (`_told_besides`)
    besides: bool = False


_SHARE_RE = re.compile(
    r"\b(?=[A-Za-z])(?:fatalit\w*|deaths?|killed|dead)\b[^.\]]{0,60}?\b(?:split|divided|distributed"
    r"|spread|shared|coded)\s+(?:\w+\s+){0,2}?(?:across|between|among|over|into|for)\s+"
    r"(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:\w+\s+)?"
    r"(?:events|locations|days|areas|villages|incidents|places|districts|provinces|records)"
    r"(?:\s*\((?P<share>\d+)\)|[^.]{0,20}?\b(?P<each>\d+)\s+coded\s+(?:to|for)\s+each)?",
    re.IGNORECASE)


def compute_totals(mentions: Sequence[CountMention], sentence_of: Sequence[int],
                   text: str = "", trends: Mapping[str, Trend] | None = None,
                   title: str | None = None) -> dict[str, CountTotal]:
    """Per category, the article's figure. `sentence_of[i]` is mention i's sentence number.

    `title` is the headline: a round-up headline's counts (start -1) are left out.
    `trends` are cues stated apart from any number (counts.CountScan.trends). `text` is only
    read for a stated share: "fatalities split across 3 events" means this
    record's figure is a third of the total stated (whole people, rounded down), as conflict
    event coders split one report over several events.
    """
    totals: dict[str, CountTotal] = {}
    mentions = [dataclasses.replace(m, alternative=True) if not m.alternative
                and asked_figure(text, m.start) else m for m in mentions]
    mentions = _ordinals_of_another_group(mentions, sentence_of)
    mentions = _the_proceedings_subject(mentions, text)
    mentions = _born_only(_about_this_event(mentions, text, title), text, title)
    scoped = _this_incident_only(mentions, sentence_of, text)
    set_aside = {m.category for m, was in zip(scoped, mentions, strict=True)
                 if m.other_event and not was.other_event}
    mentions = _old_figures_set_aside(
        _attackers_killed_again(_suicide_after_killing(scoped, sentence_of, text), text), text)
    perpetrators = _perpetrator_deaths(_security_forces_victim_again(mentions, text))
    for category in _categories_in_order(mentions):
        statements = _revised_down(_statements(mentions, sentence_of, category, text),
                                   mentions, text)
        if statements:
            totals[category] = _combine(statements, mentions)
    if set_aside and any(total.value == 0 for total in totals.values()):
        # "A campaign of attacks has left 120 dead. No one was hurt in this attack": this
        # incident's figure of a category whose only figures were the series' is the zero
        for category in set_aside - set(totals):
            totals[category] = CountTotal(0, "exact", 0, 0)
    if perpetrators is not None:
        totals["killed"] = _with_perpetrators(totals.get("killed"), perpetrators, mentions,
                                              text)
    if "injured" in totals and "killed" in totals:
        survivors = _shot_minus_killed(totals["injured"], totals["killed"], mentions, text)
        if survivors is None:
            del totals["injured"]
        else:
            totals["injured"] = _later_dead_moved_out(survivors, totals["killed"], mentions,
                                                      text) if survivors == totals["injured"] \
                else survivors
    if "injured" in totals and "killed" in totals:
        totals["injured"] = _headline_others(totals["injured"], totals["killed"], mentions)
    share = _SHARE_RE.search(text) if text else None
    if share is not None and "killed" in totals:
        totals["killed"] = _shared(totals["killed"], share)
    for category, trend in (trends or {}).items():
        if category in totals and totals[category].trend is None:
            totals[category] = dataclasses.replace(totals[category], trend=trend)
    return totals


# A figure the text has since replaced by a lower one. The report's figure is the largest
# statement (a toll grows), so the replaced one must be set aside:
# - a downward revision: "later revised the toll down to | 38", "lowered it to | 27",
#   "revised that figure down to | seven", "corrected to | 16" (the number ends the evidence);
# - a figure told as the old one: "revising down an earlier toll of | 22", "the initial
#   figure of | 30", "authorities initially said | 45 people had died".
_REVISED_DOWN_BEFORE = re.compile(
    r"\b(?=[A-Za-z])(?:(?:revised|revising|revises|lowered|lowering|lowers|downgraded"
    r"|reduced|reducing|cut|cutting)\s+(?:[\w'-]+\s+){0,3}?down(?:wards?)?|(?:lowered|lowering"
    r"|downgraded|reduced|cut|corrected|correcting|fell|fallen|dropped|decreased|declined)"
    r"(?:\s+(?:it|them|the\s+(?:death\s+)?(?:toll|figure|number|count|tally)))?)"
    r"\s+to\s+(?:(?:about|around|some|at\s+least)\s+)?$"
    # a correction's present figure: "Correction: police now say | 4 killed", "officials now
    # put the toll at | 12" (after a correction word, the figure replaces the one corrected)
    r"|\b(?:correction|corrected|corrects|in\s+error|mistakenly)\b[^.;]{0,60}?\b(?:now|later)\s+"
    r"(?:says?|said|puts?|reports?|gives?|counts?)\s+(?:that\s+|the\s+(?:death\s+)?toll\s+"
    r"(?:at|as)\s+)?(?:(?:about|around|some|at\s+least)\s+)?$", re.IGNORECASE)
_OLD_FIGURE_BEFORE = re.compile(
    r"\b(?=[A-Za-z])(?:(?:earlier|initial|previous|preliminary|original|provisional|first)"
    r"\s+(?:death\s+)?(?:toll|figure|count|tally|estimate)s?\s+(?:of|at)"
    r"|(?:initially|originally|at\s+first|first|earlier)\s+(?:said|reported|gave"
    r"|put\s+(?:[\w'-]+\s+){1,5}?at)(?:\s+that)?"
    # an early report's figure, replaced by what was confirmed later: "initial reports spoke
    # of | eight dead", "early reports said | 12 had died", "first reports put the toll at | 6"
    r"|(?:initial|early|earlier|first|preliminary)\s+(?:news\s+|media\s+)?reports?\s+(?:had\s+)?"
    r"(?:spoke\s+of|said|mentioned|suggested|indicated|gave|put\s+(?:[\w'-]+\s+){1,5}?at"
    # the report named by its figure: "an earlier report of | nine dead was revised downward"
    r"|of))"
    r"\s+(?:(?:about|around|some|at\s+least)\s+)?$",
    re.IGNORECASE)
_NUMBER_AT_END = re.compile(r"[\w,.-]+\s*$")


def _figure_start(mention: CountMention) -> int:
    """Where the number of a mention whose evidence ends with it starts ("toll down to | 38")."""
    last = _NUMBER_AT_END.search(mention.evidence)
    return mention.end - len(mention.evidence) + last.start() if last else mention.start


def _revised_down(statements: list[_Statement], mentions: Sequence[CountMention],
                  text: str) -> list[_Statement]:
    """The statements left once a downward revision has replaced the higher figures before it
    and the figures told as the old ones are set aside (`_REVISED_DOWN_BEFORE`)."""
    if not text or len(statements) < 2:
        return statements

    def before(statement: _Statement, pattern: re.Pattern[str]) -> bool:
        for index in statement.mentions:
            mention = mentions[index]
            if mention.start >= 0 and any(pattern.search(text, max(0, at - 70), at)
                                          for at in {mention.start, _figure_start(mention)}):
                return True
        return False

    revised = [s for s in statements if before(s, _REVISED_DOWN_BEFORE)
               or _still_missing(s, mentions)]
    kept = statements
    if revised:
        last = revised[-1]
        start = statement_start(last.mentions, mentions)
        kept = [s for s in kept if s is last or s.value <= last.value
                or statement_start(s.mentions, mentions) > start]
    return kept


# The missing still missing: "9 dead, 40 missing ... 21 people still unaccounted for". People
# reported missing are found, dead or alive, as a report goes on: a later figure of those still
# (or remaining) missing is the present one and replaces the higher ones before it, unlike the
# dead, whose toll only grows.
_STILL_RE = re.compile(r"\b(?:still|remain|remains|remained|remaining|yet\s+to\s+be)\b",
                       re.IGNORECASE)


def _still_missing(statement: _Statement, mentions: Sequence[CountMention]) -> bool:
    return all(mentions[i].category == "missing" and _STILL_RE.search(mentions[i].evidence)
               for i in statement.mentions)


_ORDINAL_EVIDENCE = re.compile(rf"an?\s+(?P<n>{'|'.join(ORDINALS)})\b", re.IGNORECASE)


def _ordinals_of_another_group(mentions: Sequence[CountMention], sentence_of: Sequence[int]
                               ) -> list[CountMention]:
    """An ordinal counts the story's people: "a third man was arrested" is at least three
    arrested after two arrests, but after "Two men who were shot ..." with no arrest before,
    the third man goes on counting the two shot, and one man was arrested. So when no figure of
    its category comes before it and the people just before it, of another category, are one
    fewer than the ordinal, it is one person."""
    kept = list(mentions)
    for index, mention in enumerate(mentions):
        ordinal = _ORDINAL_EVIDENCE.match(mention.evidence)
        if ordinal is None or mention.qualifier != "at_least":
            continue
        before = [i for i in range(index) if mentions[i].start < mention.start]
        if any(mentions[i].category == mention.category for i in before):
            continue
        last = before[-1] if before else None
        group = 0 if last is None else sum(
            mentions[i].value for i in before if mentions[i].category == mentions[last].category
            and sentence_of[i] == sentence_of[last] and mentions[i].part_of is None)
        # a group of two or more before it ("a second man" after one person is as often the
        # same category's second: "killing one ... A second man was arrested")
        if group >= 2 and group == ORDINALS[ordinal.group("n").lower()] - 1:
            kept[index] = dataclasses.replace(mention, value=1, qualifier="exact", low=1, high=1)
    return kept


# A legal or official proceeding: a trial, sentence, charge, inquest or inquiry, in any of
# its usual verbs and nouns ("sentenced", "convicted", "jailed", "acquitted", "charged ...
# with", "indicted", "accused of", "went on trial", "inquest", "inquiry", "prosecutors",
# "testimony", "coroner", "tribunal"...).
_PROCEEDING_RE = re.compile(
    r"\b(?=[A-Za-z])(?:sentenc(?:ed|es|ing)|convict(?:ed|s|ing|ions?)|jail(?:ed|s|ing)"
    r"|imprison(?:ed|s|ing)|acquit(?:ted|s|tals?)|charg(?:ed|es|ing)\s+(?:[\w'-]+\s+){0,4}?with"
    r"|indict(?:ed|s|ments?)|accused\s+of|trials?|retrials?|tried\s+(?:for|over)|inquests?"
    r"|inquir(?:y|ies)|hearings?|verdicts?|prosecut(?:ed|ors?|ion|ing)|testimony"
    r"|testif(?:ied|ies|ying)|courts?|tribunals?|judges?|jury|coroners?|pleaded\s+guilty"
    r"|lawsuits?|sued|extradit(?:ed|ion)|arraign(?:ed|ment)|manslaughter|negligence)\b",
    re.IGNORECASE)


# A reference year after every year a text names: the year cues of `about_other_event` then
# fire for any year, so that comparing with their answer without a year (None) tells whether
# a year alone marked the figure.
_ANY_YEAR_IS_PAST = 10_000
# A year or month that dates the incident after the proceeding ("over the fire of 2022 in
# which ...", "the crash last March that killed ..."): what marked the figure as earlier.
_DATED = re.compile(r"\b(?:(?:19|20)\d\d|January|February|March|April|May|June|July|August"
                    r"|September|October|November|December)\b")


def _the_proceedings_subject(mentions: Sequence[CountMention],
                             text: str) -> list[CountMention]:
    """A court or inquiry follow-up reports the proceeding over a past incident: "A court
    sentenced seven men on Monday over the 2019 bombing that killed 12", "The inquest into the
    deaths of the four climbers who died in February 2024 opened". The incident's date marks
    it as earlier than the report, but in the lead, told as the subject of a proceeding named
    before it in its sentence, it is the event the article reports (a discourse reading: the
    lead states what the report is about). Wherever the lead states the toll, it counts: in a
    clause of the incident ("the 2019 bombing that killed 12") or inside the charge itself
    ("for the 2021 murder of three", "accused of shooting dead a driver in 2020"): a follow-up
    reports its incident, and clustering joins it to the incident's other reports (the
    project's convention, decided in session 24). Only a figure that its year alone marked is taken
    back: one the sentence also compares ("the deadliest since"), commemorates, gives as a
    protest's cause, or that stands in a list of links to other stories stays another event's.
    The report must be a follow-up: its first sentence names a proceeding (a flood report with
    a court item further down is no court report)."""
    if not text or not any(m.other_event and 0 <= m.start < LEAD_CHARS for m in mentions):
        return list(mentions)
    if not _PROCEEDING_RE.search(text, 0, _sentence_end(text, 0)):
        return list(mentions)
    kept = []
    for mention in mentions:
        if mention.other_event and 0 <= mention.start < LEAD_CHARS:
            begin = _sentence_start(text, mention.start)
            stop = _sentence_end(text, mention.end)
            sentence = text[begin:stop]
            first, last = mention.start - begin, mention.end - begin
            proceeding = _PROCEEDING_RE.search(sentence, 0, first)
            if proceeding is not None and (
                    about_other_event(sentence, first, _ANY_YEAR_IS_PAST, last)
                    or _DATED.search(sentence, proceeding.end())) and not about_other_event(
                    sentence, first, None, last):
                mention = dataclasses.replace(mention, other_event=False)
        kept.append(mention)
    return kept


def _old_figures_set_aside(mentions: Sequence[CountMention], text: str) -> list[CountMention]:
    """A figure told as the old one ("the initial figure of | 30", "initial reports spoke of |
    eight dead; officials confirmed 14") is set aside when the text states another figure of
    its category, in the same sentence or elsewhere: the report's figure replaces it, it does
    not add to it."""
    if not text:
        return list(mentions)

    def told_as_old(mention: CountMention) -> bool:
        if mention.start < 0:
            return False
        return any(_OLD_FIGURE_BEFORE.search(text, max(0, at - 70), at)
                   for at in {mention.start, _figure_start(mention)})

    old = [told_as_old(m) for m in mentions]
    current = {m.category for m, is_old in zip(mentions, old, strict=True)
               if not is_old and not m.other_event and m.part_of is None}
    return [dataclasses.replace(m, other_event=True) if is_old and m.category in current else m
            for m, is_old in zip(mentions, old, strict=True)]


def _about_this_event(mentions: Sequence[CountMention], text: str,
                      title: str | None = None) -> list[CountMention]:
    """A figure stated as a total over incidents, a period or an area ("45 people were killed
    this month") sums other events too: read as a mention about other events (extract.aggregates;
    not in a short note, which is the record of what it sums). So are a round-up headline's
    figures ("4 dead, 12 wounded in weekend shootings"), and deaths told only past a lead that
    tells of people hurt alone (aggregates.deaths_in_background)."""
    round_up = bool(title) and headline_sums_other_events(title or "")
    note = not text or is_note(text)
    about = [dataclasses.replace(m, other_event=True) if not m.other_event and (
        round_up if m.start < 0 else rate_after(text, m.end) or (
            not note and sums_other_events(text, m.start, m.end))
        or _in_a_separate_case(text, m.start, m.end))
        else m for m in mentions]
    about = _another_of_a_separate_case(text, about)
    if not DEATH_WORD_RE.search(title or ""):
        # "paid tribute to fallen deputy <Name>, who was killed": the honoured are an earlier
        # event's dead, unless the headline tells of deaths
        about = [dataclasses.replace(m, other_event=True) if m.category == "killed"
                 and not m.other_event and commemorated(text, m.start, m.evidence) else m
                 for m in about]
    # "died of an apparent heart attack": no casualty of violence
    about = [dataclasses.replace(m, other_event=True) if m.category == "killed"
             and not m.other_event and natural_death(text, m.end) else m for m in about]
    if deaths_in_background(about, text, title, LEAD_CHARS):
        # "Three men were wounded ... Last month a woman was shot dead nearby": the report's
        # event hurt people only; a death told further down is an earlier event's.
        about = [dataclasses.replace(m, other_event=True) if m.category == "killed" else m
                 for m in about]
    return about


# A report that turns to another case of the law says so: "In a separate case, officers
# arrested three teenagers in March", "the woman had been arrested in a separate robbery case in
# March". The figures of that clause are that case's: the phrase opens the sentence before them
# or follows them closely ("a man wounded in the ambush that killed five ... has now been
# arrested in an unrelated case": the five are this event's). Not "a separate shooting" or
# "separately": a round-up's other incidents may be the one its record is about (GVA dev,
# session 31), nor the same person's other charge ("on an unrelated warrant").
_SEPARATE_CASE_RE = re.compile(
    r"\b(?=[A-Za-z])(?:in|into|for|over)\s+(?:a|an|another)\s+(?:separate|different|unrelated)"
    r"\s+(?:[\w-]+\s+){0,2}?(?:case|cases|matter|investigation|probe)\b", re.IGNORECASE)
_CASE_REACH = 40


def _in_a_separate_case(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is told of another case (`_SEPARATE_CASE_RE`)."""
    opening = _sentence_start(text, start)
    if _SEPARATE_CASE_RE.search(text, opening, start) is not None:
        return True
    after = _SEPARATE_CASE_RE.search(text, end, min(_sentence_end(text, end), end + 80))
    return after is not None and after.start() - end <= _CASE_REACH


def _another_of_a_separate_case(text: str, mentions: list[CountMention]) -> list[CountMention]:
    """"In an unrelated case, a woman was shot on Birch Street. Another woman was shot in the
    same block later": "another" extends the group its sentence follows, so when the mention
    before it of its category is told of a separate case (`_in_a_separate_case`), so is it."""
    ordered = sorted((i for i, m in enumerate(mentions) if m.start >= 0),
                     key=lambda i: mentions[i].start)
    last: dict[str, int] = {}
    marked: set[int] = set()
    for i in ordered:
        mention = mentions[i]
        before = last.get(mention.category)
        if mention.additional and not mention.other_event and before is not None and (
                before in marked or (mentions[before].other_event and _in_a_separate_case(
                    text, mentions[before].start, mentions[before].end))):
            marked.add(i)
        last[mention.category] = i
    return [dataclasses.replace(m, other_event=True) if i in marked else m
            for i, m in enumerate(mentions)]


# A figure over a series of incidents: "a wave of bombings", "four related raids", "killing
# eight soldiers overall", "the campaign has left 120 dead since March".
_SERIES_RE = re.compile(
    r"\b(?=[A-Za-z])(?:series|wave|string|spate|campaign|related|coordinated|several|separate|in\s+all"
    r"|overall|a\s+total\s+of|since|attacks|raids|bombings|explosions|blasts|incidents"
    r"|assaults|ambushes|strikes|checkpoints|towns|markets)\b", re.IGNORECASE)
# A sentence that opens on this incident alone: "In this raid, two herders were shot dead".
_OPENS_ON_THIS_INCIDENT = re.compile(
    r"\W*in\s+(?:this|that)\s+(?:(?:particular|specific|latest|single)\s+)?(?:attack|blast"
    r"|explosion|bombing|incident|raid|assault|ambush|strike)\b", re.IGNORECASE)


def _this_incident_only(mentions: Sequence[CountMention], sentence_of: Sequence[int],
                        text: str) -> list[CountMention]:
    """"A wave of bombings killed 54. No one was hurt in this particular blast": beside a
    figure said of this incident alone (a zero the reader marks `SCOPED_ZERO_DETAIL`, or a
    sentence opening "In this raid, ..."), the figures of other sentences that tell of a series
    of incidents are the series', not this incident's."""
    scoped = {sentence_of[i] for i, m in enumerate(mentions)
              if m.category in _CASUALTIES and not m.other_event and m.start >= 0 and (
                  m.detail == SCOPED_ZERO_DETAIL or (m.value > 0 and _OPENS_ON_THIS_INCIDENT
                                                     .match(_sentence_of(text, m))))}
    if not scoped:
        return list(mentions)
    return [dataclasses.replace(m, other_event=True)
            if m.category in _CASUALTIES and not m.other_event and m.value > 0
            and m.start >= 0 and sentence_of[i] not in scoped
            and _SERIES_RE.search(_sentence_of(text, m)) else m
            for i, m in enumerate(mentions)]


# "Five adults and an unborn child were killed": a casualty figure counts the born; the death
# of an unborn child is told apart ("her unborn baby", "the unborn son") and charged apart.
_UNBORN = (r"(?:unborn|near-term|pre-?term)\s+(?:child|baby|son|daughter|infant|girl|boy|twins?)\b"
           r"|\b(?:fetus|foetus)(?:es)?\b")
_UNBORN_RE = re.compile(
    r"\W*(?:an?|the|her|his|their|[\w.-]+(?:\s+[\w.-]+)?['’]s)\s+(?:\([^)]*\)\s+)?"
    + _UNBORN, re.IGNORECASE)
# "killed five adults and an | unborn child": a phrase cut at the article of its last person
_ENDS_AT_ARTICLE = re.compile(r"\b(?=[A-Za-z])(?:an?|the|her|their)$", re.IGNORECASE)
_UNBORN_AFTER = re.compile(r"\s+" + _UNBORN, re.IGNORECASE)
_UNBORN_CONJUNCT = re.compile(r"\band\s+(?:an?|the|her|his|their)\s+(?:" + _UNBORN + ")",
                              re.IGNORECASE)


def _names_unborn(mention: CountMention, text: str, title: str | None) -> bool:
    if _UNBORN_RE.match(mention.evidence) or re.match(_UNBORN, mention.detail or "", re.I):
        return True
    if mention.value != 1 or _ENDS_AT_ARTICLE.search(mention.evidence) is None:
        return False
    if mention.start < 0:  # a headline's phrase: read on in the headline
        text = title or ""
        found = text.find(mention.evidence)
        end = found + len(mention.evidence) if found >= 0 else -1
    else:
        end = mention.end
    return end > 0 and _UNBORN_AFTER.match(text, end) is not None


def _born_only(mentions: Sequence[CountMention], text: str,
               title: str | None = None) -> list[CountMention]:
    """The mentions with unborn children left out: one that names only an unborn child is no
    longer about this category's people (marked as a part, `part_of` itself), and a figure
    that counts one among its parts ("six people, including an unborn child") is one less."""
    unborn = [i for i, m in enumerate(mentions)
              if m.category in _CASUALTIES and _names_unborn(m, text, title)]
    out = list(mentions)
    if not unborn:
        for i, mention in enumerate(mentions):
            if mention.category in _CASUALTIES and mention.value > 1 and \
                    _UNBORN_CONJUNCT.search(mention.evidence):
                # "Both the mother and the near-term baby did not survive", the unborn never
                # read as a mention of its own: one born person
                out[i] = dataclasses.replace(mention, value=mention.value - 1, low=None,
                                             high=None)
        return out
    for i in unborn:
        container = mentions[i].part_of
        if container is not None and 0 <= container < len(out) and out[container].value > 1:
            held = out[container]
            out[container] = dataclasses.replace(
                held, value=held.value - 1,
                low=held.low - 1 if held.low else held.low,
                high=held.high - 1 if held.high else held.high)
        out[i] = dataclasses.replace(out[i], part_of=i)
    return out


_CASUALTIES = ("killed", "injured")


def _perpetrator_deaths(mentions: Sequence[CountMention]) -> int | None:
    """The largest number of attackers stated dead (a suicide bomber, a gunman shot by police),
    or None. Their deaths are added to the victims' once, never chosen instead of them."""
    stated = [m.value for m in mentions if m.category == "killed" and m.role == "perpetrators"
              and not m.other_event and m.part_of is None]
    return max(stated) if stated else None


# The security forces as the subject of a killing: "Police shoot and kill a motorcyclist".
_SECURITY_SUBJECT_RE = re.compile(
    r"^\W*(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}?(?:police(?:m[ae]n)?|soldiers?|troops"
    r"|army|gendarmes?|security\s+forces|officers?|military|guards?)(?:\s+[\w-]+){0,3}?\s*$",
    re.IGNORECASE)
_PRONOUN_RE = re.compile(r"\b(?=[A-Za-z])(?:him|her)\b", re.IGNORECASE)


def _security_forces_victim_again(mentions: Sequence[CountMention],
                                  text: str) -> list[CountMention]:
    """"Police shoot and kill a motorcyclist at a checkpoint. Police reportedly beat him to
    death.": a person the security forces killed, taken up by a pronoun, is the victim already
    counted, not an attacker they shot besides (as in "A gunman killed three. Officers then
    shot him dead")."""
    killed_by_forces = any(
        m.category == "killed" and m.role != "perpetrators" and not m.other_event
        and m.start >= 0 and _SECURITY_SUBJECT_RE.match(text[_sentence_start(text, m.start):
                                                             m.start])
        for m in mentions)
    if not killed_by_forces:
        return list(mentions)
    return [dataclasses.replace(m, role="victims")
            if m.category == "killed" and m.role == "perpetrators"
            and (m.detail or "").startswith(SINGULAR_DETAIL) and _PRONOUN_RE.search(m.evidence)
            else m for m in mentions]


# A victims' figure that already counts the attackers: "seven people, including the bomber",
# "four assailants and two policemen were killed".
_NAMES_PERPETRATORS = re.compile(
    r"\b(?=[A-Za-z])(?:bombers?|attackers?|assailants?|gunm[ae]n|perpetrators?|hijackers?|shooters?"
    r"|militants?|insurgents?|terrorists?)\b", re.IGNORECASE)


# "Three deaths reported, including the assailant": the attacker is named after the figure.
_INCLUDING_PERPETRATOR_AFTER = re.compile(
    r"[^.;]{0,40}?\b(including|among\s+them|among\s+whom)\s+(?:the\s+|an?\s+|one\s+|two\s+)?"
    r"(?:[\w-]+\s+)?(?:suicide\s+)?(?:bombers?|attackers?|assailants?|gunm[ae]n|perpetrators?"
    r"|hijackers?|shooters?)\b", re.IGNORECASE)


def _suicide_after_killing(mentions: Sequence[CountMention], sentence_of: Sequence[int],
                           text: str) -> list[CountMention]:
    """"A soldier shot two colleagues dead. He then killed himself.": an attacker's own death
    told in a sentence of its own after the killings is not among his victims; it is an
    attacker's death (added to theirs once, `_with_perpetrators`). Not when a figure before
    already takes it in ("killed his wife and then himself", a headline's "2 dead", a
    "murder-suicide"), which tells the dead of both."""
    selves = [i for i, m in enumerate(mentions)
              if m.category == "killed" and m.detail == SELF_DETAIL and m.role is None
              and m.value == 1 and m.start >= 0 and not m.other_event and m.part_of is None]
    if not selves or _MURDER_SUICIDE_RE.search(text):
        return list(mentions)
    deaths = [i for i, m in enumerate(mentions)
              if m.category == "killed" and not m.other_event and m.value > 0]
    out = list(mentions)
    for i in selves:
        others = [k for k in deaths if k != i]
        # the victims a parse read ("killing them") are others than the attacker when the
        # attacker's death is told as one ("then killed himself"); "turned the gun on
        # herself" may leave her wounded
        roles = (None, "victims") if _TOLD_AS_A_DEATH_RE.search(mentions[i].evidence) else (
            None,)
        alone = not any(sentence_of[k] == sentence_of[i] for k in others)
        # right after the killings: a suicide told far from them is another story's
        near = any(sentence_of[i] - sentence_of[k] <= 2 for k in others)
        if alone and near and all(
                mentions[k].start >= 0 and sentence_of[k] < sentence_of[i]
                and mentions[k].detail != SELF_DETAIL and mentions[k].role in roles
                and not _HIMSELF_RE.search(mentions[k].evidence) for k in others):
            out[i] = dataclasses.replace(mentions[i], role="perpetrators")
    return out


_TOLD_AS_A_DEATH_RE = re.compile(
    r"\b(?=[A-Za-z])(?:kill(?:ed|ing|s)|took|taking|committed|committing)\b", re.IGNORECASE)
_ATTACKER_NOUNS = (r"(?:militants?|gunm[ae]n|attackers?|assailants?|bombers?|insurgents?"
                   r"|terrorists?|hijackers?|shooters?|perpetrators?|raiders?|bandits?"
                   r"|kidnappers?|robbers?|jihadists?)")
_SMALL_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                  "eight": 8, "nine": 9, "ten": 10}
# "the two men were killed by the army", "both militants were killed": the counted noun
_TAKEN_UP_RE = re.compile(
    rf"^(?:(?P<n>\d+|{'|'.join(_SMALL_NUMBERS)})|both)\s+(?:[\w-]+\s+)?"
    rf"(?:{_ATTACKER_NOUNS}|m[ae]n|suspects?)\b", re.IGNORECASE)
_DEFINITE_BEFORE_RE = re.compile(r"\b(?=[A-Za-z])(?:the|these|those|all)\s+$", re.IGNORECASE)
# the attackers counted when the text introduces them: "two Palestinian militants attacked"
_ATTACKERS_TOLD_RE = re.compile(
    rf"\b(?P<n>\d+|{'|'.join(_SMALL_NUMBERS)})\s+(?:[\w-]+\s+){{0,2}}?{_ATTACKER_NOUNS}\b",
    re.IGNORECASE)


def _attackers_killed_again(mentions: Sequence[CountMention],
                            text: str) -> list[CountMention]:
    """"Four soldiers were killed when two militants attacked the post. ... The two men were
    later killed by soldiers": a definite count of the dead ("the two men", "both militants") that
    takes up the attackers counted before ("two militants attacked") tells the attackers'
    deaths, which add to the victims' (GTD, ACLED and GVA count every death); not people
    counted as dead or hurt before ("Gunmen shot two men. The two men died")."""
    hurt = [(m.start, m.end) for m in mentions if m.start >= 0 and m.value > 0
            and m.category in ("killed", "injured")]  # the attackers are not among the hurt
    out = list(mentions)
    for index, mention in enumerate(mentions):
        if mention.category != "killed" or mention.role is not None or mention.start <= 0 \
                or mention.other_event or mention.part_of is not None or mention.value < 2:
            continue
        taken = _TAKEN_UP_RE.match(mention.evidence)
        if taken is None:
            continue
        number = taken.group("n")
        if number is None:
            size = 2  # "both"
        else:
            if not _DEFINITE_BEFORE_RE.search(text[max(0, mention.start - 8):mention.start]):
                continue
            size = int(number) if number.isdigit() else _SMALL_NUMBERS[number.lower()]
        if size != mention.value or any(
                m.value == size and m.category in ("killed", "injured") and 0 <= m.start
                < mention.start for m in mentions):
            continue  # "Two gunmen killed two men. The two men ...": the victims again
        told = [found for found in _ATTACKERS_TOLD_RE.finditer(text, 0, mention.start)
                if (int(found.group("n")) if found.group("n").isdigit()
                    else _SMALL_NUMBERS[found.group("n").lower()]) == size
                and not any(start <= found.start() < end for start, end in hurt)]
        if told:
            out[index] = dataclasses.replace(mention, role="perpetrators")
    return out


_MURDER_SUICIDE_RE = re.compile(r"\b(?=[A-Za-z])"
                                r"(?:murder|homicide|killing)[-\s]+suicide\b", re.IGNORECASE)
_HIMSELF_RE = re.compile(r"\b(?=[A-Za-z])(?:him|her|them)sel(?:f|ves)\b", re.IGNORECASE)


# "02 dead (the suicide bombers)": a parenthesis after the figure says who the dead are.
_PERPETRATORS_IN_PARENS = re.compile(
    r"\s*\(\s*(?:the\s+|all\s+|both\s+)?(?:suicide\s+)?(?:bombers?|attackers?|assailants?"
    r"|gunm[ae]n|perpetrators?|hijackers?|shooters?)\s*\)", re.IGNORECASE)


# "Including the perpetrator, 16 people were killed": the attacker named before the figure.
_INCLUDING_PERPETRATOR_BEFORE = re.compile(
    r"\b(?=[A-Za-z])(?:including|counting)\s+(?:the\s+|an?\s+|one\s+|two\s+|three\s+|four\s+|both\s+"
    r"|all\s+)?(?:[\w-]+\s+)?(?:suicide\s+)?(?:bombers?|attackers?|assailants?|gunm[ae]n"
    r"|perpetrators?|hijackers?|shooters?)\s*,\s*(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


def _names_perpetrator_before(text: str, start: int) -> bool:
    if start <= 0:
        return False
    before = text[_sentence_start(text, start):start]
    found = _INCLUDING_PERPETRATOR_BEFORE.search(before)
    return found is not None and not re.search(r"(?i)\bnot\s+$", before[:found.start()])


def _names_perpetrator_after(text: str, end: int) -> bool:
    if end <= 0:
        return False
    if _PERPETRATORS_IN_PARENS.match(text, end):
        return True
    found = _INCLUDING_PERPETRATOR_AFTER.match(text, end)
    return found is not None and not re.search(r"\bnot\s+$", text[end:found.start(1)])


def _with_perpetrators(victims: CountTotal | None, perpetrators: int,
                       mentions: Sequence[CountMention], text: str = "") -> CountTotal:
    if victims is None:
        return CountTotal(perpetrators, "exact", perpetrators, perpetrators, None, (),
                          perpetrators)
    chosen = [mentions[i] for i in victims.mentions]
    # "blew himself up ..., killing himself and 11 shoppers": the attacker's own death is
    # already among the figure (a self-inflicted death), not a second attacker
    if any(m.role == "perpetrators" or "includes a perpetrator" in (m.detail or "")
           or m.detail == SELF_DETAIL
           or _NAMES_PERPETRATORS.search(m.evidence)
           or _names_perpetrator_after(text, m.end)
           or _names_perpetrator_before(text, m.start) for m in chosen):
        return dataclasses.replace(victims, perpetrators=perpetrators)
    if _suspects_only(mentions, text) or victims.qualifier == "vague":
        # "Police shot and killed a robbery suspect ... One man was dead at the scene": the
        # dead the report counts are the suspect, not more people besides him; and a vague
        # figure ("scores killed" beside "soldiers killed about 70 of the militants") may
        # take them in
        value = max(victims.value, perpetrators)
        return dataclasses.replace(victims, value=value, low=max(victims.low or 0, value)
                                   if victims.low is not None else None,
                                   high=max(victims.high, value)
                                   if victims.high is not None else None,
                                   perpetrators=perpetrators)
    high = victims.high + perpetrators if victims.high is not None else None
    low = victims.low + perpetrators if victims.low is not None else None
    return dataclasses.replace(victims, value=victims.value + perpetrators, low=low, high=high,
                               perpetrators=perpetrators)


# Whom police or a resident shoot in the act: a suspect, an intruder, a robber. An attacker
# who killed others ("the gunman", "the bomber") is a death besides his victims'.
_SUSPECT_RE = re.compile(r"\b(?=[A-Za-z])(?:suspects?|intruders?|robbers?|burglars?|carjackers?)\b",
                         re.IGNORECASE)
_SUSPECT_AFTER = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:suspects?|intruders?|robbers?"
                            r"|burglars?|carjackers?)\b", re.IGNORECASE)


def _suspects_only(mentions: Sequence[CountMention], text: str) -> bool:
    """Whether every attacker stated dead is named as a suspect, an intruder or a robber (in
    the mention, or in the words right after it: "killed an armed robbery suspect")."""
    return all(_SUSPECT_RE.search(m.evidence)
               or (m.end > 0 and _SUSPECT_AFTER.match(text, m.end) is not None)
               for m in mentions if m.category == "killed" and m.role == "perpetrators"
               and not m.other_event and m.part_of is None)


def _shot_minus_killed(injured: CountTotal, killed: CountTotal,
                       mentions: Sequence[CountMention], text: str = "") -> CountTotal | None:
    """"Five people were shot ... one was killed": the shot (and those taken to hospital)
    include the dead; 4 injured. Said only of wounds ("injured", "wounded") it stays as is."""
    shot = all(said_shot(mentions[i].evidence) and mentions[i].detail != SURVIVORS_DETAIL
               and not _headline_survivors(mentions[i]) for i in injured.mentions)
    dead = killed.value
    if killed.perpetrators and not any(
            mentions[i].role == "perpetrators" or _ANYONE_SHOT.search(mentions[i].evidence)
            or (mentions[i].end > 0 and _SUSPECT_AFTER.match(text, mentions[i].end))
            for i in injured.mentions):
        # "An officer was shot; the suspect was killed": the attacker's death is not among
        # the victims shot
        dead -= killed.perpetrators
    if dead > 0 and injured.value == 1 and _the_dead_told_hurt(injured, killed, mentions, text):
        return None  # "A teenage girl died ... she was wounded in the chest": the dead, told hurt
    if not shot or dead <= 0 or _shot_besides_the_dead(injured, killed, mentions, text) \
            or _told_surviving(injured, mentions, text) \
            or _dead_at_the_scene(injured, killed, mentions, text):
        return injured
    if dead >= injured.value:
        return None  # "A man was shot ... he died at the hospital": the shot are the dead
    value = injured.value - dead
    return CountTotal(value, injured.qualifier, value if injured.low is not None else None,
                      value if injured.high is not None else None, injured.trend,
                      injured.mentions)


# A share of the figure told right before, named by "of whom"/"of them" and a verb of dying:
# "46 were taken to hospital, two of whom later died".
_LATER_DEAD_SHARE = re.compile(
    r"[\w-]+\s+of\s+(?:whom|them|those)\b(?:\s+[\w-]+){0,3}?\s+(?:died|succumbed|perished"
    r"|passed\s+away|did\s+not\s+survive|have\s+since\s+died|has\s+since\s+died)\b",
    re.IGNORECASE)


def _later_dead_moved_out(injured: CountTotal, killed: CountTotal,
                          mentions: Sequence[CountMention], text: str) -> CountTotal:
    """"Twelve were injured, two of whom later died": the two changed state and are counted
    among the dead, not also among the injured (10 injured). Only a share told of the injured
    figure in its own sentence moves; `_shot_minus_killed` has already taken the dead out of
    a figure of the shot."""
    moved = 0
    for index in killed.mentions:
        dead = mentions[index]
        if dead.start < 0 or not _LATER_DEAD_SHARE.match(text, dead.start):
            continue
        hurt = [mentions[i] for i in injured.mentions if 0 <= mentions[i].end <= dead.start
                and _sentence_start(text, dead.start) <= mentions[i].start]
        if hurt and not any(hurt[-1].end <= m.start < dead.start for m in mentions
                            if m is not hurt[-1] and m.start >= 0 and m.part_of is None):
            moved += dead.value
    if moved <= 0 or moved >= injured.value:
        return injured
    value = injured.value - moved
    return dataclasses.replace(injured, value=value,
                               low=value if injured.low is not None else None,
                               high=value if injured.high is not None else None)


# People said to survive, in words: "survived", "expected to recover", "non-life-threatening",
# "minor injuries", "treated and released", a bullet that only grazed them.
_SURVIVAL_WORDS = (
    r"survived|expected\s+to\s+(?:survive|recover|live|be\s+ok(?:ay)?)"
    r"|non-?\s?(?:life-?\s?threatening|fatal)|not\s+life-?\s?threatening"
    r"|minor\s+(?:injur|wound)\w*|treated\s+and\s+released|grazed|graze\s+wounds?")
SURVIVAL_RE = re.compile(rf"\b(?:{_SURVIVAL_WORDS})\b", re.IGNORECASE)
# The injured of a figure said to have survived, in its sentence: those words, or a wound to a
# limb ("shot in the leg", "struck in his left hand"). Such people are not among the later dead
# (reconcile.wounds); a limb wound alone does not tell that someone already counted dead is
# someone else (people die of a shot to the leg).
SURVIVED_RE = re.compile(
    rf"\b(?:{_SURVIVAL_WORDS}"
    r"|(?:shot|wounded|struck|hit)\s+(?:\w+\s+){0,2}?in\s+(?:the|his|her|their|both)\s+"
    r"(?:left\s+|right\s+|lower\s+|upper\s+)?(?:legs?|arms?|hands?|foot|feet|thighs?"
    r"|shoulders?|buttocks?|ankles?|knees?|hips?|fingers?|toes?|wrists?|calf|calves|elbows?))\b",
    re.IGNORECASE)


def _told_surviving(injured: CountTotal, mentions: Sequence[CountMention], text: str) -> bool:
    """"A 9-year-old was killed ... a 19-year-old was taken to hospital with non-life-threatening
    injuries": one person shot whose sentence says in words that he survives is not the dead
    ("five were shot; three have non-life-threatening wounds" tells of some of the five)."""
    return injured.value == 1 and bool(injured.mentions) and all(
        SURVIVAL_RE.search(_sentence_of(text, mentions[i]) if mentions[i].start >= 0
                           else mentions[i].evidence) for i in injured.mentions)


def _sentence_of(text: str, mention: CountMention) -> str:
    """The mention's sentence, read at most one sentence's length (the splitter's cap) past the
    mention: an endless "sentence" must not make every mention read the rest of the text."""
    start = _sentence_start(text, mention.start)
    limit = min(len(text), mention.end + MAX_SENTENCE_CHARS)
    stop = _SENTENCE_START_RE.search(text, mention.end, limit)
    return text[start:stop.start() + 1 if stop else limit]


_MALE_RE = re.compile(r"\b(?=[A-Za-z])(?:he|him|his|man|boy|father|son|husband|brother|grandfather"
                      r"|uncle|nephew)\b", re.IGNORECASE)
_FEMALE_RE = re.compile(r"\b(?=[A-Za-z])"
                        r"(?:she|her|woman|girl|mother|daughter|wife|sister|grandmother"
                        r"|aunt|niece)\b", re.IGNORECASE)


def _gender(evidence: str) -> str | None:
    male, female = _MALE_RE.search(evidence), _FEMALE_RE.search(evidence)
    return "m" if male and not female else "f" if female and not male else None


def _the_dead_told_hurt(injured: CountTotal, killed: CountTotal,
                        mentions: Sequence[CountMention], text: str) -> bool:
    """"A teenage girl was shot dead ... she was wounded in the chest": one person hurt, told
    only by a pronoun or a definite description ("she", "the injured girl") of the same sex as
    the one dead, with no word that she survived, is the dead person told before her death.
    "The man was killed and the woman injured" are two."""
    if killed.value != 1:
        return False
    told = [mentions[i] for i in injured.mentions]
    dead = {_gender(mentions[i].evidence) for i in killed.mentions} - {None}
    if len(dead) != 1 or not all(
            names_one_told_before(m.evidence) and not m.additional for m in told):
        return False
    sexes = {_gender(m.evidence) for m in told}
    return sexes == dead and not any(
        SURVIVAL_RE.search(_sentence_of(text, m) if m.start >= 0 else m.evidence) for m in told)


def _headline_survivors(mention: CountMention) -> bool:
    """"4 shot, 2 fatally" in a headline reads as 2 injured: its figure is below the number it
    states, the dead already taken out (a headline's mention keeps no detail of its own)."""
    if mention.start >= 0:
        return False
    found = _NUMBER_WORD_RE.search(mention.evidence)
    stated = parse_number(found.group(0)) if found else None
    return stated is not None and stated > mention.value


def _headline_others(injured: CountTotal, killed: CountTotal,
                     mentions: Sequence[CountMention]) -> CountTotal:
    """"1 dead, 3 others injured" over a body that says "four people were shot": the headline
    sets its wounded against its dead, and a body figure of people shot (or taken to hospital)
    that is exactly both together counts the dead among them; the wounded are the headline's
    others."""
    others = [m for m in mentions if m.category == "injured" and m.start < 0 and m.additional
              and not m.other_event and m.part_of is None and m.value >= 2]
    # (one "another injured" against one dead is too small to tell a sum from a coincidence)
    dead = [m for m in mentions if m.category == "killed" and m.start < 0
            and not m.other_event and m.part_of is None and m.value == killed.value]
    if (len(others) != 1 or not dead or injured.value != others[0].value + killed.value
            or not all(said_shot(mentions[i].evidence) for i in injured.mentions)):
        return injured  # "four people were injured" names the survivors: the body is right
    value = others[0].value
    return CountTotal(value, injured.qualifier, value if injured.low is not None else None,
                      value if injured.high is not None else None, injured.trend,
                      injured.mentions)


# Where the dead died, right after their figure: "9 persons died on the spot", "were
# declared dead at the scene", "were killed instantly".
_AT_THE_SCENE_AFTER = re.compile(
    r"[^.;,]{0,30}?\b(?:(?:at|on)\s+the\s+(?:scene|spot)|instantly|on\s+impact)\b", re.IGNORECASE)
_SHOT_WORD_RE = re.compile(r"\b(?:shot|shootings?|hit|hitting|struck|striking|grazed)\b",
                           re.IGNORECASE)
_HOSPITAL_WORD_RE = re.compile(r"\bhospitals?\b", re.IGNORECASE)


def _dead_at_the_scene(injured: CountTotal, killed: CountTotal,
                       mentions: Sequence[CountMention], text: str) -> bool:
    """"9 persons died on the spot, 5 were delivered to hospital": those who died where it
    happened were never taken to hospital, so the people taken there are others. (The shot
    include the dead wherever they died: "five were shot, two died at the scene" is 3.)"""
    if not text or not killed.mentions or not all(
            _HOSPITAL_WORD_RE.search(mentions[i].evidence)
            and not _SHOT_WORD_RE.search(mentions[i].evidence) for i in injured.mentions):
        return False
    return all(mentions[i].end > 0 and (
        _AT_THE_SCENE_AFTER.match(text, mentions[i].end, mentions[i].end + 40) is not None
        or _AT_THE_SCENE_AFTER.search(mentions[i].evidence) is not None)
        for i in killed.mentions)


_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")
_ANOTHER_PERSON_DEAD = re.compile(
    r"[^.;]{0,60}?(?:,\s*and|;|,\s*while|,\s*but)\s+(?:the|a|an|his|her|their)\s+"
    r"(?!(?:rest|others?|remaining|victims?|first|second|last|latter|former|elder|older"
    r"|younger|[a-z]+est)\b)(?:[\w-]+\s+)?[a-z]+(?:\s+of\s+(?:the\s+)?[\w-]+)?\s+(?:was|is|had\s+been"
    r"|has\s+been)\s+(?:killed|dead|pronounced\s+dead)\b", re.IGNORECASE)


def _shot_besides_the_dead(injured: CountTotal, killed: CountTotal,
                           mentions: Sequence[CountMention], text: str) -> bool:
    """"A man was killed on the porch. His son was also shot": people shot told as more than
    someone ("also", "another", "other") after a death are besides the dead. "A boy shot
    another" sets the victim against the shooter, not against the dead."""
    if not killed.mentions:
        return False
    if any(m.category == "injured" and m.start < 0 and m.additional and not m.other_event
           and m.value == injured.value for m in mentions):
        # "Man killed, 3 others shot": a headline sets its wounded against its dead, and the
        # figure is theirs ("five people were shot" would count the dead too)
        return True
    if any(_LIST_JOIN.fullmatch(text, mentions[k].end, mentions[i].start)
           for k in killed.mentions for i in injured.mentions
           if 0 <= mentions[k].end <= mentions[i].start):
        # "11 fatalities and 40 casualties taken to hospital": a list's items are told apart
        return True
    if any(_ANOTHER_PERSON_DEAD.match(text, mentions[i].end, mentions[k].end)
           for k in killed.mentions for i in injured.mentions
           if 0 <= mentions[i].end <= mentions[k].start):
        # "Two dozen were taken to hospitals, and the driver was killed": a person of his own
        # told dead after the hurt, in a clause of its own, is not among them
        return True
    first_death = min(mentions[i].start for i in killed.mentions)
    return any(mentions[i].additional and mentions[i].start > first_death
               and not _SHOT_ANOTHER.search(mentions[i].evidence) for i in injured.mentions)


# Who the shot are, when the attacker may be among them: people in general, or a suspect.
_ANYONE_SHOT = re.compile(
    r"\b(?=[A-Za-z])(?:people|persons?|individuals|victims?|one|all|everyone|suspects?|intruders?|robbers?"
    r"|burglars?|carjackers?|gunm[ae]n|shooters?|attackers?|assailants?)\b", re.IGNORECASE)
_SHOT_ANOTHER = re.compile(r"\bshoo?t\w*\s+another\b", re.IGNORECASE)


# Everyone hit, named as the victims: "all four victims", "the five victims", "6 victims".
_ALL_VICTIMS_RE = re.compile(
    r"\b(?:all|the|both)\s+(?:\w+\s+)?victims\b|^\W*(?:\d+|two|three|four|five|six|seven"
    r"|eight|nine|ten)\s+victims\b", re.IGNORECASE)
_SURVIVORS_WORD_RE = re.compile(r"\b(?=[A-Za-z])"
                                r"(?:other|others|surviv\w*|remaining|wounded\s+victims"
                                r"|injured\s+victims)\b", re.IGNORECASE)
_GUNSHOT_RE = re.compile(r"\b(?=[A-Za-z])(?:gunshot|bullet)\s+wounds?\b", re.IGNORECASE)
# Those who remain or are still in hospital are alive: no dead are among them. So are the
# survivors: "40 survivors are in hospital", "the survivors were taken to hospital".
_STILL_IN_HOSPITAL_RE = re.compile(
    r"\b(?=[A-Za-z])(?:(?:remain(?:s|ed|ing)?|still)\s+(?:\w+\s+)?(?:in\s+(?:the\s+)?hospitals?"
    r"|hospitali[sz]ed)|survivors?)\b", re.IGNORECASE)


def said_shot(evidence: str) -> bool:
    """Shot, hit by gunfire, taken to hospital, or with a gunshot wound: the dead may be among
    them. Said as "injured", "wounded", "hurt" or of a condition, the injured are the
    survivors."""
    evidence = _GUNSHOT_RE.sub("shot", evidence)
    if _STILL_IN_HOSPITAL_RE.search(evidence):
        return False  # "Twelve people remain in hospital", "40 survivors": alive
    if _ALL_VICTIMS_RE.search(evidence) and not _SURVIVORS_WORD_RE.search(evidence):
        return True  # "all four victims were taken to hospital with injuries": the dead too
    return bool(re.search(r"\b(?:shot|shootings?|hospitals?|hit|hitting|struck|striking|grazed)\b",
                          evidence, re.IGNORECASE)) and not \
        re.search(r"\b(?:injur|wound|hurt|condition)", evidence, re.IGNORECASE)


def _shared(total: CountTotal, share: re.Match[str]) -> CountTotal:
    if share.group("share") or share.group("each"):
        value = int(share.group("share") or share.group("each"))
    else:  # whole people, half rounded up, as the split records of one report add back up
        parts = max(parse_number(share.group("n")) or 1, 1)
        value = (total.value * 2 + parts) // (2 * parts)
    return CountTotal(value, total.qualifier, value, value if total.high is not None else None,
                      total.trend, total.mentions)


def _categories_in_order(mentions: Sequence[CountMention]) -> list[str]:
    seen: dict[str, None] = {}
    for mention in mentions:
        seen.setdefault(mention.category, None)
    return list(seen)


def _statements(mentions: Sequence[CountMention], sentence_of: Sequence[int],
                category: str, text: str = "") -> list[_Statement]:
    by_sentence: dict[int, list[int]] = {}
    seen: set[tuple[str, int]] = set()
    # Another source's estimate stands only when the text states no figure of its own.
    main_stated = any(m.category == category and not m.other_event and m.part_of is None
                      and not m.alternative for m in mentions)
    for index, mention in enumerate(mentions):
        if mention.category != category or mention.other_event or mention.part_of is not None:
            continue
        if mention.alternative and main_stated:
            continue
        if mention.role == "perpetrators" and category == "killed":
            continue  # added once to the victims' figure (_with_perpetrators)
        key = (mention.evidence.lower(), mention.value)
        if key in seen:
            continue  # a repeated paragraph or caption says the same thing again
        seen.add(key)
        by_sentence.setdefault(sentence_of[index], []).append(index)
    statements: list[_Statement] = []
    previous_sentence = -10
    for number, indexes in by_sentence.items():
        found = _sentence_statements(mentions, indexes, text)
        if number - previous_sentence > 2:  # "another 3" adds only to a figure just stated
            found = [dataclasses.replace(s, additive=False) for s in found]
        if statements:
            found = [dataclasses.replace(s, besides=True)
                     if _told_besides(s, statements, mentions, text) else s for s in found]
        statements.extend(found)
        previous_sentence = number
    return statements


# "In a separate attack elsewhere in the town, they killed two": a note (a coder's record, a
# database summary) that sums several incidents tells each one's deaths in its own sentence.
_SEPARATE_INCIDENT_RE = re.compile(
    r"\b(?=[A-Za-z])(?:in\s+(?:a|another)\s+(?:separate|different|second|further|related)\s+"
    r"|in\s+another\s+|separately\b|elsewhere\b)", re.IGNORECASE)
# "One soldier later died of his wounds", "three of the wounded later succumbed"
_LATER_DEATH_RE = re.compile(
    r"\b(?=[A-Za-z])(?:(?:later|subsequently|afterwards)\s+(?:died|succumbed|passed\s+away)"
    r"|(?:died|succumbed)\s+(?:later|subsequently|afterwards)"
    r"|(?:died|succumbed)\s+(?:\w+\s+){0,3}?(?:of|from|to)\s+(?:his|her|their)\s+"
    r"(?:wounds|injuries)"
    r"|(?:died|succumbed)\s+(?:later\s+)?(?:in|at)\s+(?:the\s+|a\s+)?hospitals?)\b",
    re.IGNORECASE)
# A partitive of the hurt: "of the wounded", "of those hospitalized", "one of the soldiers
# wounded", "of the injured victims"
_OF_THE_WOUNDED_RE = re.compile(
    r"\bof\s+(?:the|those|these)\s+(?:[a-z]+\s+){0,2}?(?:wounded|injured|hurt"
    r"|hospitali[sz]ed)\b", re.IGNORECASE)
_SENTENCE_START_RE = re.compile(r"[.!?]\s+(?=\S)|\n")
# A killing told as a reprisal for the one before: "The farmers killed a herder in retaliation",
# "In revenge, youths lynched two suspects". In a note, the reprisal's dead are others.
_DEFINITE_BEFORE_RE = re.compile(r"\b(?:the|these|those|both|all)\s+$", re.IGNORECASE)
_REPRISAL_RE = re.compile(
    r"\b(?:in\s+(?:an?\s+(?:act\s+of\s+)?)?(?:retaliation|reprisal|revenge)|as\s+(?:a\s+)?"
    r"(?:reprisal|retaliation|revenge)|to\s+avenge|retaliat(?:ed|ing))\b", re.IGNORECASE)


def _told_besides(statement: _Statement, before: Sequence[_Statement],
                  mentions: Sequence[CountMention], text: str) -> bool:
    """Whether a statement's dead are others than the figures stated in earlier sentences:
    - in a note (fewer than four sentences: a conflict coder's record), a sentence telling a
      separate incident ("In a separate attack ...", "Elsewhere, ...") after a first one: the
      record sums its incidents (a news article telling another incident is about another
      event, extract.aggregates);
    - a later death of people told as wounded, when the dead before were other people:
      "of the wounded", or a kind of people of its own ("Two militants were killed ... One
      soldier later died of his wounds"; "The man later died" is the man told before)."""
    parts = [mentions[i] for i in statement.mentions]
    if not text or any(m.start < 0 or m.additional for m in parts) or _TOLL_RE.search(
            " ".join(m.evidence for m in parts)):
        return False
    earlier = [mentions[i] for s in before for i in s.mentions if mentions[i].start >= 0]
    if not earlier:
        return False
    first = parts[0]
    opening = text[_sentence_start(text, first.start):first.start]
    if is_note(text) and _SEPARATE_INCIDENT_RE.search(opening):
        return True
    if first.category != "killed" or len(parts) != 1:
        return False
    if is_note(text) and _other_side(first, earlier, text):
        return True
    if is_note(text) and not _DEFINITE_RESTATEMENT_RE.match(first.evidence) and \
            not _DEFINITE_BEFORE_RE.search(opening) and \
            _REPRISAL_RE.search(text, _sentence_start(text, first.start),
                                _sentence_end(text, first.end)) and \
            not _restates_a_part(first, earlier):
        return True  # "Herders killed a farmer. The farmers killed a herder in retaliation."
    if first.qualifier != "exact":
        return False  # "a fourth person died later" (at least 4) counts those before
    clause = first.evidence + text[first.end:first.end + 60].split(".")[0]
    if not _LATER_DEATH_RE.search(clause):
        return False
    if _OF_THE_WOUNDED_RE.search(first.evidence + " " + opening[-40:]):
        return True
    kind = people_kind(first.evidence)
    return kind is not None and all(
        (other := people_kind(m.evidence)) is not None and other != kind for m in earlier)


# The sides of an armed clash, by the counted noun: the state's forces, armed groups, and
# people caught up in it.
_SIDE_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("forces", re.compile(
        r"\b(?:soldiers?|troops?|police(?:m[ae]n|wom[ae]n)?|officers?|gendarmes?|servicem[ae]n"
        r"|personnel|guards?|marines?|paratroopers?|commandos?|conscripts?)\b", re.IGNORECASE)),
    ("armed", re.compile(
        r"\b(?:militants?|rebels?|insurgents?|fighters?|jihadists?|attackers?|assailants?"
        r"|gunm[ae]n|bandits?|raiders?|combatants?|militiam[ae]n|militias?|assailaints?"
        r"|terrorists?|extremists?|kidnappers?)\b", re.IGNORECASE)),
    ("people", re.compile(
        r"\b(?:civilians?|villagers?|residents?|farmers?|herders?|herdsm[ae]n|bystanders?"
        r"|passers-?by|traders?|worshippers?|pupils?|students?|fishermen|women|children"
        r"|motorists?|passengers?|shoppers?)\b", re.IGNORECASE)),
)
_DEFINITE_RESTATEMENT_RE = re.compile(r"\W*(?:the|these|those|both|all|each|its|their)\b",
                                      re.IGNORECASE)


_WORDS_AFTER_RE = re.compile(r"(?:\s+[\w-]+){1,3}")
_ENDS_AT_NUMBER_RE = re.compile(
    r"(?:\b(?:\d[\d,]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|\w+teen|twenty|thirty|forty|fifty|dozens|scores|several|many))$", re.IGNORECASE)


def _side(mention: CountMention, text: str) -> str | None:
    """The side the counted people are on, by their noun (in the evidence or just after it:
    "killed three | Boko Haram fighters"); else by an armed group's name as the noun ("killed
    three Boko Haram", "12 al-Shabaab were killed": "armed"); else, for the object of an active
    killing verb, by its killer: the people the state's forces killed ("Troops repelled the
    raid, killing 15") are `by_forces`, another side than the forces. None when no side or
    more than one is named."""
    # the words after only when the evidence stops at its number ("killed three", "killed a")
    after = (_WORDS_AFTER_RE.match(text, mention.end)
             if mention.end > 0 and _ENDS_AT_NUMBER_RE.search(mention.evidence) else None)
    phrase = mention.evidence + (after.group(0) if after else "")
    found = {name for name, words in _SIDE_WORDS if words.search(phrase)}
    if found:
        return found.pop() if len(found) == 1 else None
    if after is not None and _GROUP_AS_NOUN_RE.match(text, mention.end):
        return "armed"
    if mention.start < 0 or not _ACTIVE_KILLING_RE.match(mention.evidence):
        return None
    # the killer: the first side named in the sentence before the verb (its subject)
    clause = text[_sentence_start(text, mention.start):mention.start]
    killer = min(((hit.start(), name) for name, words in _KILLER_WORDS
                  if (hit := words.search(clause)) is not None), default=None)
    return "by_forces" if killer is not None and killer[1] == "forces" else None


_GROUP_NAMES = "|".join(sorted((re.escape(name).replace(r"\ ", r"[\s-]+")
                                for name in GROUP_ALIASES if len(name) > 3),
                               key=len, reverse=True))
# An armed group's name as the counted noun: "killed three Boko Haram", "20 al-Shabaab"
_GROUP_AS_NOUN_RE = re.compile(
    r"\s+(?:(?:suspected|alleged|presumed)\s+)?(?:" + _GROUP_NAMES + r")\b(?!['’]s)",
    re.IGNORECASE)
# Who killed: the sides' nouns, the state's forces by name ("security forces", "the army")
# and armed groups by name ("Boko Haram raided the military post, killing three")
_KILLER_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    *_SIDE_WORDS,
    ("forces", re.compile(
        r"\b(?:(?:security|government|military|army|armed|state|federal|national|defen[cs]e"
        r"|joint|police|allied|special)\s+forces|(?:the\s+)?(?:army|military)"
        r"(?!\s+(?:post|base|camp|barracks|checkpoint|convoy|vehicle|patrol|position|truck"
        r"|outpost|installation|officer|officers|personnel|uniforms?)\b))\b", re.IGNORECASE)),
    ("armed", re.compile(r"\b(?:" + _GROUP_NAMES + r")\b", re.IGNORECASE)),
)
# The evidence is the object of an active killing verb: "killed three", "killing 15"
_ACTIVE_KILLING_RE = re.compile(r"(?:kill(?:s|ed|ing)?|shot\s+dead|shooting\s+dead)\s",
                                re.IGNORECASE)


def _sides_differ(first: str, second: str) -> bool:
    """The people the forces killed are another side than the forces, but may be the armed
    side or people caught up in it."""
    if first == second:
        return False
    if "by_forces" in (first, second):
        return "forces" in (first, second)
    return True


def _other_side(first: CountMention, earlier: Sequence[CountMention], text: str) -> bool:
    """In a note, a sentence telling the dead of another side of a clash than every figure
    before it: "Four soldiers died in the attack. The army later said it killed 20 militants"
    (a conflict coder's record counts the dead of both sides). Not a definite restatement
    ("the three were armed robbers") and not beside a figure of people in general."""
    if _DEFINITE_RESTATEMENT_RE.match(first.evidence):
        return False
    side = _side(first, text)
    sides = {_side(m, text) for m in earlier if m.category == "killed"}
    return side is not None and bool(sides) and None not in sides and all(
        _sides_differ(side, other) for other in sides if other is not None)


_COUNTED_NOUN_RE = re.compile(r"^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten"
                              r"|eleven|twelve)\s+[\w-]+", re.IGNORECASE)


def _restates_a_part(mention: CountMention, earlier: Sequence[CountMention]) -> bool:
    """"... killed four Fulanis and a Konkomba. Four Fulanis were killed in reprisal": the
    number and its noun already told in an earlier figure."""
    counted = _COUNTED_NOUN_RE.match(mention.evidence)
    return counted is not None and any(
        re.search(rf"\b{re.escape(counted.group(0))}\b", m.evidence, re.IGNORECASE)
        for m in earlier)


def _sentence_end(text: str, position: int) -> int:
    found = _SENTENCE_START_RE.search(text, position)
    return found.start() if found is not None else len(text)


def _sentence_start(text: str, position: int) -> int:
    start = 0
    for found in _SENTENCE_START_RE.finditer(text, max(0, position - 400), position + 1):
        start = found.end()
    return start


def _sentence_statements(mentions: Sequence[CountMention],
                         indexes: list[int], text: str) -> list[_Statement]:
    """Parts add up; a toll or coded figure stands alone; an update replaces the parts told
    before it."""
    tolls = [i for i in indexes if _TOLL_RE.search(mentions[i].evidence)]
    parts = [i for i in indexes if i not in tolls]
    updates = [i for i in tolls if _UPDATED_RE.search(mentions[i].evidence)] or [
        i for i in parts if _updated_to_before(mentions[i], text)]
    if updates:
        # "reported 6 killed; the toll was later updated to 9", "gave 10 dead, a figure later
        # raised to 14 dead": the parts told before the update are its earlier figure, and the
        # update's own number read again is the same figure: neither adds to the new one.
        update = mentions[updates[-1]]
        parts = [i for i in parts if i == updates[-1] or (
            mentions[i].start > update.start and mentions[i].value != update.value)]
    statements = [_single(mentions, i) for i in tolls]
    if parts:
        statements.append(_sum(mentions, new_people(parts, mentions)))
    return statements


def _single(mentions: Sequence[CountMention], index: int) -> _Statement:
    mention = mentions[index]
    return _Statement(mention.value, mention.low, mention.high, mention.qualifier, (index,),
                      additive=False, coded=bool(_CODED_RE.search(mention.evidence)))


def _sum(mentions: Sequence[CountMention], indexes: list[int]) -> _Statement:
    parts = [mentions[i] for i in indexes]
    value = sum(m.value for m in parts)
    lows = [m.low for m in parts]
    highs = [m.high for m in parts]
    low = sum(x for x in lows if x is not None) if any(x is not None for x in lows) else None
    high = sum(x for x in highs if x is not None) if all(x is not None for x in highs) else None
    additive = all(m.additional for m in parts)
    return _Statement(value, low, high, _sum_qualifier(parts), tuple(indexes), additive,
                      coded=False)


def _sum_qualifier(parts: Sequence[CountMention]) -> Qualifier:
    qualifiers = {m.qualifier for m in parts}
    if len(qualifiers) == 1:
        return parts[0].qualifier
    weakest_first: tuple[Qualifier, ...] = (
        "vague", "about", "range", "up_to", "less_than", "more_than", "at_least")
    for weakest in weakest_first:
        if weakest in qualifiers:
            return "at_least" if weakest in ("more_than", "vague") else weakest
    return "exact"


def _combine(statements: list[_Statement], mentions: Sequence[CountMention]) -> CountTotal:
    coded = [s for s in statements if s.coded]
    if coded:
        return _as_total(coded[-1], mentions)
    positive = [s for s in statements if s.value > 0]
    if not positive:
        return _as_total(statements[0], mentions)
    # An explicit number beats a named/pronoun subject, which beats a vague word.
    best_tier = min(_tier(s, mentions) for s in positive)
    positive = [s for s in positive if _tier(s, mentions) == best_tier]
    positive = _lead_first(positive, mentions)
    said = sorted((s for s in statements if s.value > 0),
                  key=lambda s: statement_start(s.mentions, mentions))
    best = positive[0]
    for statement in positive[1:]:
        if statement.besides and not _is_toll(best, mentions) and statement_start(
                best.mentions, mentions) < statement_start(statement.mentions, mentions):
            best = _add(best, statement)
        elif statement.additive and not _where_taken(statement, mentions) and not \
                _same_others(best, statement, mentions) and not _is_toll(best, mentions):
            best = _added(best, statement, said, mentions, positive)
        elif statement.value > best.value:
            best = statement
    return _as_total(_headline_agreed(best, statements, mentions), mentions)


# A figure told as a number ("2 dead", "Four shot", "kills 1"), not one person named or
# described by age ("10-year-old girl injured": a headline about one victim among several).
_NUMBER_WORD_RE = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
    r"(?!-(?:years?|months?|weeks?|days?)\b)", re.IGNORECASE)


def _headline_agreed(best: _Statement, statements: Sequence[_Statement],
                     mentions: Sequence[CountMention]) -> _Statement:
    """"2 dead in club shooting" over a lead that says "two people died": when the headline
    states one figure and the lead states it again in one phrase, the two agree on the
    article's figure, and a higher plain statement further on (not an update, an addition or
    a toll) is more often a misreading (an age, one person told twice, a name besides its
    description) than more people. A headline's partial list ("2 children, woman shot": two
    figures) agrees on nothing."""
    headline = [s for s in statements if statement_start(s.mentions, mentions) < 0]
    if len(headline) != 1 or len(headline[0].mentions) != 1 or best.value <= headline[0].value:
        return best
    said = headline[0]
    figure = mentions[said.mentions[0]]
    if (said.value <= 0 or figure.qualifier != "exact" or figure.additional
            or not _NUMBER_WORD_RE.search(figure.evidence)
            or people_kind(figure.evidence) is not None):
        return best  # "Two officers wounded" tells of some of the people, not all of them
    agreed = any(len(s.mentions) == 1 and s.value == said.value
                 and 0 <= mentions[s.mentions[0]].start < LEAD_CHARS
                 and mentions[s.mentions[0]].qualifier == "exact" for s in statements)
    if figure.category == "injured" and len(best.mentions) > 1 and all(
            mentions[i].start >= 0 for i in best.mentions):
        # "3 wounded in shooting" over a body that adds "two men were shot" and "a woman
        # was also hit": the wounded, seldom named, are told as a group and again one by
        # one, so a sum of the body's statements counts someone twice more often than the
        # headline misses someone (the record weighs sums the same way: reconcile.rules).
        # The dead are named one by one, and their sum is usually right.
        return said
    if not agreed or any(mentions[i].additional or mentions[i].trend is not None
                         or _UPDATE_RE.search(mentions[i].evidence) for i in best.mentions):
        return best
    return said


def _added(best: _Statement, statement: _Statement, said: Sequence[_Statement],
           mentions: Sequence[CountMention], kept: Sequence[_Statement]) -> _Statement:
    """The figure after an additive statement, read from whom it adds to (extract.same_people):
    the figure itself, people of the figure being enumerated, or others than the dead. `kept`
    are the statements the lead rule let compete; a group it left out (another event told in
    the background) is no part of the figure, and neither is "another" of that group."""
    start = statement_start(statement.mentions, mentions)
    before = [s for s in said if statement_start(s.mentions, mentions) < start]
    earlier = [(s.mentions, s.value, s.additive) for s in before]
    addition = read_addition(statement.mentions, best.value, earlier, mentions)
    if addition.reading == CONTRASTS:
        # survivors "other" than the dead are the injured stated again, not more of them
        return best if statement.value <= best.value else statement
    if before and before[-1] not in kept and not before[-1].additive:
        return best  # "another" extends a group the lead rule left out as another event's
    if addition.reading == ADDS:
        return _add(best, statement)
    enumerated = addition.enumerated + statement.value
    if enumerated > best.value:
        # the enumeration outgrew the figure stated before it: its people are the figure
        return _Statement(enumerated, enumerated, None, "at_least",
                          best.mentions + statement.mentions, False, False)
    return best


def _is_toll(statement: _Statement, mentions: Sequence[CountMention]) -> bool:
    """"The toll has risen to seven. Four more bodies were found": a toll already counts
    those found since; "more" tells how it rose, it does not add again."""
    return any(_TOLL_RE.search(mentions[i].evidence) for i in statement.mentions)


_TAKEN_RE = re.compile(r"\b(?=[A-Za-z])(?:hospitals?|hospitali[sz]ed|condition|treated|transported"
                       r"|taken|rushed|flown)\b", re.IGNORECASE)
_WOUND_RE = re.compile(r"\b(?=[A-Za-z])(?:injur\w*|wound\w*|hurt|shot|stabbed)\b", re.IGNORECASE)


def _where_taken(statement: _Statement, mentions: Sequence[CountMention]) -> bool:
    """"Three others were hurt. Two other men were taken to hospitals": where the injured
    were taken, or their condition, describes the people already counted ("other" than the
    dead), it does not add to them."""
    return all(_TAKEN_RE.search(mentions[i].evidence) and not _WOUND_RE.search(
        mentions[i].evidence) for i in statement.mentions)


_REALLY_MORE_RE = re.compile(r"\b(?=[A-Za-z])(?:another|further|additional|more|also|extra)\b",
                             re.IGNORECASE)


def _same_others(first: _Statement, second: _Statement,
                 mentions: Sequence[CountMention]) -> bool:
    """"Three others were injured. ... Three other people were injured": the injured "other"
    than the dead, said twice; the same figure again is a repeat, not three more ("another 3"
    still adds)."""
    if mentions[second.mentions[0]].category != "injured":
        return False  # "two others were killed" after two dead is usually two more
    return second.value == first.value and not any(
        _REALLY_MORE_RE.search(mentions[i].evidence) for i in second.mentions)


LEAD_CHARS = 600
_UPDATE_RE = re.compile(r"\b(?=[A-Za-z])"
                        r"(?:toll|total|tally|bringing|rose|risen|climbed|now|increased"
                        r"|updated|revised|later\s+died|has\s+died|have\s+died)\b",
                        re.IGNORECASE)


def _lead_first(statements: list[_Statement], mentions: Sequence[CountMention]
                ) -> list[_Statement]:
    """The event an article reports is the one of its headline and lead: once those state a
    figure, a later figure counts only as an update ("the toll rose to 5") or an addition
    ("another 2"); other later numbers are usually about other events or statistics."""
    def in_lead(statement: _Statement) -> bool:
        first = mentions[statement.mentions[0]]
        return first.start < LEAD_CHARS  # title mentions have start -1
    lead = [s for s in statements if in_lead(s)]
    if not lead:
        return statements
    later = [s for s in statements if not in_lead(s) and (
        s.additive or any(_UPDATE_RE.search(mentions[i].evidence) for i in s.mentions))]
    return lead + later


def _tier(statement: _Statement, mentions: Sequence[CountMention]) -> int:
    parts = [mentions[i] for i in statement.mentions]
    if all(m.qualifier == "vague" for m in parts):
        return 2
    if all((m.detail or "").startswith(SINGULAR_DETAIL) for m in parts) and not all(
            m.detail == ANOTHER_DETAIL and m.additional and m.category == "killed"
            for m in parts):
        return 1  # "Another soldier died in hospital" adds one to a stated number: no rank
    return 0


def _add(first: _Statement, second: _Statement) -> _Statement:
    low = (first.low or 0) + (second.low or 0) if first.low is not None else None
    high = (first.high + second.high if first.high is not None and second.high is not None
            else None)
    qualifier: Qualifier = first.qualifier if first.qualifier == second.qualifier else "at_least"
    return _Statement(first.value + second.value, low, high, qualifier,
                      first.mentions + second.mentions, False, False)


def _as_total(statement: _Statement, mentions: Sequence[CountMention]) -> CountTotal:
    trend = _trend(mentions[i].trend for i in statement.mentions)
    return CountTotal(statement.value, statement.qualifier, statement.low, statement.high,
                      trend, statement.mentions)


def _trend(trends: object) -> Trend | None:
    values = [t for t in trends if t is not None]  # type: ignore[attr-defined]
    return values[-1] if values else None


def totals_as_json(totals: Mapping[str, CountTotal]) -> dict[str, dict[str, object]]:
    return {category: _total_json(t) for category, t in totals.items()}


def _total_json(total: CountTotal) -> dict[str, object]:
    found: dict[str, object] = {"value": total.value, "qualifier": total.qualifier,
                                "low": total.low, "high": total.high, "trend": total.trend}
    if total.perpetrators:
        found["by_role"] = {"victims": max(total.value - total.perpetrators, 0),
                            "perpetrators": total.perpetrators}
    return found
