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
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from itertools import islice, pairwise

from storyline.extract.aggregates import is_note, sums_other_events
from storyline.extract.dates_anchors import AnchorMap, anchor_map
from storyline.extract.dates_roles import (
    ANOTHER_ACT,
    BACKGROUND_PENALTY,
    COURT_STEP,
    EVENT_BONUS,
    NOT_A_TIME,
    clause_score,
    dates_a_record,
    tallies_acts,
)
from storyline.extract.document import Document
from storyline.extract.fact_check import read_fact_check
from storyline.extract.furniture import CLIP_LINE_START, link_lines
from storyline.extract.sentences import Sentence
from storyline.extract.timex import (
    DateExpression,
    find_date_expressions,
    iter_date_expressions,
    normalize_date_expression,
    numeric_stretch_end,
    speaks_of_the_future,
)
from storyline.extract.timex_lexicon import MONTHS
from storyline.geo import country_names
from storyline.records import DatePrecision, EventDate, Place

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


# The act itself ("was shot", "exploded", "happened"): a date next to one of these dates the event.
_EVENT_ACTS = re.compile(
    r"\b(?=[A-Za-z])"
    r"(?:shot|shooting|shootings|gunfire|fired|opened\s+fire|killed|slain|murdered|stabbed"
    r"|stabbing|wounded|attacked|attack|bombing|bombed|exploded|explosion|blast|crashed|crash"
    r"|collapsed|struck|erupted|broke\s+out|clashed|clashes|raided|raid|ambushed|happened"
    r"|occurred|took\s+place|robbed|robbery|carjacked|kidnapped|abducted|massacre|assaulted"
    r"|earthquake|protested|rioted|fire\s+broke|gunned\s+down)\b",
    re.IGNORECASE,
)
# A violent act told anywhere in the text: an arrest the text reports besides is its sequel.
# Its nouns too: a court story often names the act only so ("convicted in the killing of a
# clerk", "sentenced for a string of bank robberies", "indicted in the beating death").
_VIOLENCE = re.compile(
    r"\b(?=[A-Za-z])"
    r"(?:shot|shooting|gunfire|opened\s+fire|killed|killings?|slain|slaying|murder(?:ed|s)?"
    r"|stabbed|stabbing|wounded|bombing|exploded|gunned\s+down|robber(?:y|ies)|robbed|beating"
    r"|beaten|homicide)\b", re.IGNORECASE)
# Words of the event's aftermath or of a sentence about it: weaker evidence for the date.
_EVENT_WORDS = re.compile(
    r"\b(?=[A-Za-z])"
    r"(?:died|dead|death|killing|injured|hurt|hospital|victim|homicide|incident|suspect"
    r"|gunman|gunmen|police|officers|deputies|arrested|fighting|standoff|flood(?:ing)?|storm"
    r"|protests?|riots?)\b",
    re.IGNORECASE,
)
_REPORTING_BEFORE = re.compile(
    r"\b(?=[A-Za-z])(?:said|says|told|announced|reported|confirmed|stated|added|released|identified"
    r"|revealed|disclosed"
    r"|declined\s+to\s+comment|charged(?!\s+(?:at|toward|towards|into)\b)|arraigned|sentenced|court|hearing|vigil|funeral"
    r"|memorial|press\s+conference|news\s+conference|interview|update|as\s+of)\b[^.]{0,12}$",
    re.IGNORECASE,
)
_REPORTING_AFTER = re.compile(
    r"^[^.]{0,12}\b(?:said|says|told|announced|identified|confirmed|released|filed|continued"
    r"|were\s+(?:investigating|searching|looking)|remained|remains|charged(?!\s+(?:at|toward|towards|into)\b)|booked)\b",
    re.IGNORECASE,
)
# Follow-up steps of justice: an article about them is dated by them, but the event it refers
# back to ("the shooting happened on Oct. 1") is what the event date means. A man who "charged
# at officers" rushed at them: the act, not a charge (here and in the reporting words above).
_FOLLOW_UP_NEAR = re.compile(
    r"\b(?=[A-Za-z])"
    r"(?:sentenced|pleaded|pleads|indicted|convicted|arraigned|charged(?!\s+(?:at|toward|towards|into)\b)"
    r"|bond|bail|trial|jury"
    r"|hearing|court|judge|turned\s+(?:himself|herself)\s+in|extradited|autopsy|vigil|funeral"
    r"|memorial|rally|candlelight|released\s+(?:the\s+)?name|identified|life\s+support"
    # the mourning of the dead: a funeral or a wake told without the word
    r"|mourners|mourned|laid\s+to\s+rest|(?:say|said|saying|bid|bade)\s+(?:their\s+)?"
    r"(?:goodbyes?|farewell)|homegoing|celebration\s+of\s+(?:his|her|their)\s+life"
    r"|probation|years\s+in\s+prison|prison\s+term)\b",
    re.IGNORECASE,
)
# A page's own time stamp: "Updated March 3", "(February 22, 2016) --", "UPDATE (1/3/17):",
# a release's "DATE: April 13, 2015".
_STAMP_BEFORE = re.compile(
    r"(?:posted|updated?|published|modified|copyright|©|last\s+update|created|//|\(@\w+\)"
    r"|\bdate\s*:)"
    r"(?P<gap>[^.\n]{0,20})$|\($",
    re.IGNORECASE,
)
# Words of prose between a label and the date ("UPDATE: The victim in the July 27 homicide"):
# the label heads a sentence that tells the date, it does not stamp it. A stamp's own words
# are the label, clock times, zones and "at"/"on".
_PROSE_AFTER_LABEL = re.compile(r"\b(?!(?i:posted|updated?|published|modified|copyright"
                                r"|created|last|date)\b)[A-Z]?[a-z]{3,}\b")
_EVENT_DATE_LABEL = re.compile(
    r"\b(?:(?:incident|event|occurrence|attack|offen[cs]e)\s+(?:date|start)|date\s+occurred"
    # "Date & time of offence:", "Date of incident:", "Occurred:"
    r"|date\s+(?:(?:and|&)\s+time\s+)?of\s+(?:the\s+)?(?:incident|event|occurrence|attack"
    r"|offen[cs]e|crime)|^[ \t]*occurred)\s*:\s*$", re.IGNORECASE | re.MULTILINE)
# A record of an incident log or tracker, its fields labelled: "Date: 11/06/2021. City: Memphis,
# TN. Killed: 0. Injured: 4." The "Date:" field is the incident's day, unlike a press release's
# "DATE:" (its own day), which no field of place or casualties follows.
_DATE_LABEL = re.compile(r"\bdate\s*:\s*$", re.IGNORECASE)
_RECORD_FIELD = re.compile(
    r"\b(?:location|city|place|country|state|province|district|region|address|killed|injured"
    r"|wounded|dead|fatalities|casualties|victims?|suspects?|notes|description|summary"
    # a police release's fields of the incident: its clock time ("Time: 0145"), what it was
    r"|time|offen[cs]e|nature|incident(?:\s+type)?)\s*:",
    re.IGNORECASE)
RECORD_FIELD_REACH = 80
# A record's qualifier of its own date ("Date: July 2024 (day unknown)", "Date: 10 Feb 2024
# (approx.)", "(week of)", "(estimated)"): how sure the coder is of the incident's day, which
# no page stamp says of itself.
_RECORD_DATE_QUALIFIER = re.compile(
    r"\s*\((?:approx(?:\.|imate(?:ly)?)?|estimated?|est\.|circa|c\.|unconfirmed|uncertain"
    r"|on\s+or\s+about|(?:week|month|year)\s+of|(?:exact\s+)?(?:day|date)\s+(?:unknown|not\s+known"
    r"|uncertain|approximate|unclear))\)", re.IGNORECASE)
# A dateline of the place and the report's weekday ("Sydney, Tuesday:", "DUBLIN, Friday -"),
# as Australian and Irish papers head a story.
_WEEKDAY_DATELINE_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*[A-Z][A-Za-z.'’-]*(?:[ \t]+[A-Z][A-Za-z.'’-]*){0,3},[ \t]*$")
_WEEKDAY_DATELINE_AFTER = re.compile(r"[ \t]*(?::|--|[-–—])\s")
_STAMP_AFTER = re.compile(r"^\)?\s*(?:[-–—:|]|\d{1,2}:\d\d)")
_PRECISION_SCORE: dict[str, float] = {"day": 3.0, "week": 1.5, "month": 0.8, "year": 0.2}
# Follow-ups (arrests, trials) often state the date of the event months back, so age alone is
# no reason to discard a date; only dates over a year old are treated as background.
_BACKGROUND_AGE = timedelta(days=365)
# A date more than three years before the report is history it recalls (a birth date, a
# career's start, an earlier crime, the year a law was passed), not the news it tells: even a
# trial or a sentencing comes within a year or two of its incident. Such a date is never the
# event's; a report whose only dates are history states no event date.
HISTORY_AGE = timedelta(days=3 * 365 + 1)
# Stand-in anchor for articles without a publication date: only expressions that state their
# year are read then, and they do not depend on the anchor.
_NO_ANCHOR = date(9000, 1, 1)


@dataclass(frozen=True, slots=True)
class DateCandidate:
    expression: DateExpression
    value: date
    precision: DatePrecision
    score: float
    # First and last day of a period that is not a calendar week or month ("Thanksgiving
    # weekend", a log's "week of Dec. 4-10"), None for the others.
    period: tuple[date, date] | None = None
    # The day an act told after the expression happened, counted from it ("died Friday,
    # two days after he was shot"): not read in a clause of its own (see _act_counted_from).
    counted: bool = False
    # A day years before the report (see HISTORY_AGE): kept for what it tells of other
    # incidents, never the event's date.
    history: bool = False
    # Told after the report ranks its act in a series (see _SERIES_RANK): an earlier incident's
    # day when the text names a later day besides.
    in_a_series: bool = False
    # A court's step after the act (dates_roles.COURT_STEP): never the event's date.
    court_step: bool = False


# Date expressions read per article, in text order: far more than any report states; the cap
# keeps a hostile text (thousands of "on Monday") linear and cheap.
MAX_DATE_EXPRESSIONS = 300


def date_candidates(text: str, published: datetime | None,
                    document: Document | None = None,
                    title: str | None = None,
                    places: Sequence[Place] | None = None) -> list[DateCandidate]:
    """Every date expression of `text` resolved and scored from its surface context, in text
    order. `document` is the article's `Document` when the caller has one (its sentences are
    the ones the cues read). The dates of the headline `title` come first, with `start` and
    `end` -1 (they are not in `text`): a headline is the article's own summary, and often the
    only place a crawl that kept page furniture instead of the story states the day. `places`
    are `find_places(text, title)` when the caller has them (a few rules read where the story
    is told from); without them they are found when a rule first needs them."""
    anchor = report_day(text, published)
    sentences = (document or Document(text)).sentences
    starts = [s.start for s in sentences]
    where = _places_reader(text, title, places)
    candidates: list[DateCandidate] = _title_candidates(title, text, anchor, where)
    anchors = anchor_map(text, anchor)  # embedded posts and dated sections count from theirs
    earlier = _earlier_incident_spans(text, sentences)
    last_day: date | None = None  # the day the text named last, candidate or not
    last_day_said = False  # that day is a statement's ("police said on Wednesday")
    anniversary_report = _ANNIVERSARY_WORDS.search(text) is not None
    fact_check = read_fact_check(text)
    expressions = _years_ago_on_a_day(
        text, list(islice(iter_date_expressions(text), MAX_DATE_EXPRESSIONS)))
    dated_weekdays, stated_years = _dated_weekdays(text, expressions, anchor)
    retrospective: list[DateCandidate] = []
    for expression in expressions:
        if anchors.in_heading(expression.start, expression.end):
            continue  # "UPDATE 1/11:": the section's stamp, which its days count from
        if _relative_day_quoted_alone(text, expression) or _comparison_standard(
                text, expression) or _said_to_be_unconnected(text, expression) or (
                earlier and _since_an_earlier_incident(text, expression, earlier)) or (
                _DENIED_BEFORE.search(text, max(0, expression.start - 20), expression.start)):
            continue
        bounds = _sentence_bounds(sentences, starts, expression, len(text))
        if fact_check.is_one and (_inside_a_quote(text, expression, bounds)
                                  or fact_check.in_a_picture(expression.start)):
            continue
        counted = None
        if _ANAPHORIC_DAY.fullmatch(expression.text) and not _UNTIL_NOW.search(
                text, max(0, expression.start - 8), expression.start):
            resolved = _anaphoric_day(text, expression, last_day)
        elif _ANAPHORIC_WEEK.fullmatch(expression.text) and (
                week_counted := _WEEK_COUNTED.match(text, expression.end)) is not None:
            resolved = _anaphoric_week(week_counted, last_day)
        elif _PREVIOUS_DAY.fullmatch(expression.text):
            said_day = last_day if last_day_said else _statement_day_after(
                text, expression, expressions, bounds, anchors.anchor_at(
                    expression.start, expression.end), where)
            if said_day is None:
                continue  # see _PREVIOUS_DAY
            resolved = said_day - timedelta(days=1), "day"
        elif (counted := _COUNTED_FROM_THEN.fullmatch(expression.text)) is not None:
            resolved = _counted_from_a_named_day(
                text, expression, counted, expressions, bounds,
                anchors.anchor_at(expression.start, expression.end), where) or (
                _counted_from_then(text, expression, counted, last_day))
        elif last_day is not None and (that_day := _THAT_WEEKDAY.search(
                text, max(0, expression.start - THAT_WEEKDAY_REACH), expression.end)
                ) is not None and (
                _WEEKDAY_NAMES.index(that_day.group("name").lower()) == last_day.weekday()):
            resolved = last_day, "day"
        elif (anniversary := _YEARS_AGO_ON_A_DAY.fullmatch(expression.text)) is not None:
            resolved = _years_before(anniversary, anchors.anchor_at(expression.start,
                                                                    expression.end))
        else:
            resolved = _resolve(text, expression, bounds,
                                anchors.anchor_at(expression.start, expression.end), where)
        if resolved is None:
            continue
        if anchor is not None and resolved == (anchor, "day") and _OVERNIGHT.fullmatch(
                expression.text) and _EVENING_CLOCK.search(
                text, bounds[0], min(len(text), bounds[1] + EVENING_CLOCK_REACH)):
            resolved = anchor - timedelta(days=1), "day"
        resolved = _as_dated_weekday(expression, resolved, dated_weekdays)
        resolved = _in_stated_year(expression, resolved, stated_years)
        local_day = _local_weekday_ahead(text, expression, resolved, bounds, anchor, where)
        if local_day is not None:
            resolved = local_day, "day"
        if resolved[1] == "day":
            last_day = resolved[0]
            last_day_said = _STATEMENT_BEFORE.search(
                text, max(0, expression.start - 40), expression.start) is not None or (
                _STEP_BEFORE_A_DAY.search(text, max(0, expression.start - 45),
                                          expression.start) is not None) or (
                _STATEMENT_AFTER.match(text, expression.end) is not None)
        stretch = _holiday_weekend(text, expression, resolved) or _reporting_week(
            text, expression, resolved)
        if stretch is not None:
            resolved = (stretch[0], "week")
        elif (weeks_back := _weeks_counted_back(expression, anchors.anchor_at(
                expression.start, expression.end))) is not None:
            resolved, stretch = (weeks_back, "week"), (weeks_back - WEEKS_BACK_REACH,
                                                       weeks_back + WEEKS_BACK_REACH)
        candidate = _candidate(text, expression, bounds, resolved,
                               local_day or anchor or _NO_ANCHOR)
        if candidate is not None and counted is not None and counted.group(
                "dir").lower() == "later":
            candidate = replace(candidate, score=candidate.score - COUNTED_LATER_PENALTY)
        in_a_series = any(first <= expression.start < last for first, last in earlier)
        if candidate is not None:
            candidate = replace(candidate, period=stretch) if stretch else candidate
            act = _act_counted_from(text, candidate, *bounds, anchor or _NO_ANCHOR)
            for found in (candidate, act):
                if found is None:
                    continue
                if anchor is not None and anchor - _period(found)[1] > HISTORY_AGE and not (
                        anniversary_report and _on_its_anniversary(found, anchor)):
                    if _opens_a_retrospective(text, sentences, found, candidates):
                        found = replace(found, score=found.score + RETROSPECTIVE_BONUS)
                        retrospective.append(found)
                    else:
                        found = replace(found, history=True)
                if in_a_series:
                    found = replace(found, in_a_series=True)
                candidates.append(found)
    if retrospective:
        candidates = _news_of_its_own(candidates, retrospective, sentences)
    if anchor is not None:
        candidates += _counted_to_the_report(text, sentences, expressions, anchors)
    return _without_day_lists(text, _span_ends(text, _one_night(text, candidates)))


# A count of weeks back from the report ("three weeks have passed since the bombing", "a
# fortnight ago", "two weeks on from the stabbing"): TIMEX3 names the ISO week, but the writer
# counted the weeks from the day of writing, so the act's likeliest day is that many times
# seven days back, give or take a few (week precision; a day the text names within those few
# days narrows it).
_WEEKS_COUNTED_BACK = re.compile(
    r"(?:(?:nearly|almost|about|some|more\s+than|over|just|only)\s+)?(?P<count>a|an|one|two"
    r"|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<unit>weeks?|fortnights?)\s+"
    r"(?:ago|(?:have|has)\s+(?:now\s+)?(?:passed|gone\s+by|elapsed)\s+since|since|on\s+from)",
    re.IGNORECASE)
WEEKS_BACK_REACH = timedelta(days=3)


def _weeks_counted_back(expression: DateExpression, anchor: date | None) -> date | None:
    counted = _WEEKS_COUNTED_BACK.fullmatch(expression.text)
    if counted is None or anchor is None:
        return None
    days = _counted_days(counted.group("count"), counted.group("unit"))
    return None if days is None else anchor - timedelta(days=days)


# "Eight days after soldiers opened fire on protesters, the government has yet to open an
# inquiry", "Twelve days after the ferry capsized, divers are still searching", "Three weeks
# after the attack on the convoy, the army says ...": a count after the act that opens a
# sentence whose main clause names no day and is told in the present counts to the report,
# as "ago" does.
_PRESENT_MAIN_CLAUSE = re.compile(r"\b(?:is|are|has|have|says|say|remains?|still|yet|now)\b",
                                  re.IGNORECASE)


def _counted_to_the_report(text: str, sentences: list[Sentence],
                           expressions: list[DateExpression], anchors: AnchorMap
                           ) -> list[DateCandidate]:
    found = []
    starts = [e.start for e in expressions]
    for sentence in sentences:
        counted = _COUNTED_ACT_FIRST.match(text, sentence.start, sentence.end)
        if counted is None or counted.group("count") is None or counted.group(
                "dir").lower() != "after":
            continue
        if not (_EVENT_ACTS.search(counted.group("act"))
                or _COUNTED_ACT_WORDS.search(counted.group("act"))):
            continue
        at = bisect_left(starts, counted.start("phrase"))
        if at < len(starts) and starts[at] < sentence.end:
            continue  # a day of its own: _act_counted_from counts from it
        if not _PRESENT_MAIN_CLAUSE.search(text, counted.end(), sentence.end):
            continue
        days = _counted_days(counted.group("count"), counted.group("unit"))
        if days is None:
            continue
        start, end = counted.start("phrase"), counted.end("phrase")
        expression = DateExpression(start, end, text[start:end])
        anchor = anchors.anchor_at(start, end)
        if anchor is None:
            continue
        day = anchor - timedelta(days=days)
        weeks = days % 7 == 0 and days >= 7
        candidate = _candidate(text, expression, (sentence.start, sentence.end),
                               (day, "week" if weeks else "day"), anchor)
        if candidate is not None:
            found.append(replace(candidate, period=(day - WEEKS_BACK_REACH, day + WEEKS_BACK_REACH))
                         if weeks else candidate)
    return found


def _news_of_its_own(candidates: list[DateCandidate], retrospective: list[DateCandidate],
                     sentences: list[Sentence]) -> list[DateCandidate]:
    """The candidates with each old day of the opening (`_opens_a_retrospective`) made history
    again when its sentence also names a recent day: "The man, who had served time for a
    robbery on June 3, 2011, opened fire on Tuesday" is news of Tuesday, which the old day
    sets in its past."""
    starts = [s.start for s in sentences]
    recalled = []
    for old in retrospective:
        sentence = sentences[max(0, bisect_right(starts, old.expression.start) - 1)]
        if any(c.precision == "day" and not c.history and c is not old
               and sentence.start <= c.expression.start < sentence.end for c in candidates):
            recalled.append(old)
    return [replace(c, history=True, score=c.score - RETROSPECTIVE_BONUS)
            if any(c is r for r in recalled) else c for c in candidates]


# The standard a tally is compared with ("down 12 percent from this time last year", "the same
# period last year", "compared with last year", "higher than at this point in 2021"): a stretch
# of an earlier year the figures are set against, not when anything the text reports happened.
# Only a year, month or week said with its comparison: a day ("up from two on Sunday") may be
# the act's.
_COMPARISON_BEFORE = re.compile(
    r"\b(?:(?:the\s+)?same\s+(?:period|time|point|stretch|month|week|quarter|season|date)"
    r"(?:\s+(?:of|in))?|this\s+(?:time|point)(?:\s+(?:of|in))?|compared\s+(?:with|to)"
    r"|(?:higher|lower|more|fewer|less|greater)\s+than(?:\s+(?:at|in|during|for))?)\s+$",
    re.IGNORECASE)
_STRETCH_OF_A_YEAR = re.compile(r"(?:last|the\s+previous|the\s+prior)\s+year|a\s+year\s+"
                                r"(?:ago|earlier|before)|(?:1[89]|20)\d\d", re.IGNORECASE)


def _comparison_standard(text: str, expression: DateExpression) -> bool:
    return bool(_STRETCH_OF_A_YEAR.fullmatch(expression.text) and _COMPARISON_BEFORE.search(
        text, max(0, expression.start - 40), expression.start))


# A weekday told in the place's own clock ("on Saturday morning local time", "at 4 a.m. local
# time on Sunday"): a story from a place ahead of the outlet's (Asia and the Pacific seen from
# Europe or America) is put out the evening before by the outlet's clock, so the weekday after
# the publication day is that next day, not the one six days back.
_LOCAL_TIME = re.compile(r"\blocal\s+time\b", re.IGNORECASE)
LOCAL_TIME_REACH = 30


def _local_weekday_ahead(text: str, expression: DateExpression,
                         resolved: tuple[date, DatePrecision], bounds: tuple[int, int],
                         anchor: date | None, where: PlacesReader) -> date | None:
    if anchor is None or resolved != (anchor - timedelta(days=6), "day") or not (
            _BARE_WEEKDAY.fullmatch(expression.text)):
        return None
    window = text[max(bounds[0], expression.start - LOCAL_TIME_REACH):
                  min(bounds[1], expression.end + LOCAL_TIME_REACH)]
    if _LOCAL_TIME.search(window) or _placed_in_a_clock_ahead(text, where()):
        return anchor + timedelta(days=1)
    return None


# The same holds without the words "local time" when the story is placed (its dateline, its
# first place) where the clock runs five hours or more ahead of UTC, from Pakistan and India
# eastwards to the Pacific: from the Americas or Europe, that place's next day has already
# begun on the outlet's publication day. Nobody writes a bare weekday for six days back.
CLOCK_AHEAD_LONGITUDE = 60.0  # degrees east: about UTC+4 by the Sun, UTC+5 by most clocks


def _placed_in_a_clock_ahead(text: str, places: Sequence[Place]) -> bool:
    place = lead_place(text, places)
    return place is not None and place.lon is not None and (
        place.lon >= CLOCK_AHEAD_LONGITUDE)


PlacesReader = Callable[[], Sequence[Place]]


def _places_reader(text: str, title: str | None, places: Sequence[Place] | None
                   ) -> PlacesReader:
    """The article's places: the caller's, or found once when a rule first asks (most texts
    need none)."""
    if places is not None:
        return lambda: places
    found: list[Sequence[Place]] = []

    def read() -> Sequence[Place]:
        if not found:
            from storyline.extract.places import find_places
            found.append(find_places(text, title))
        return found[0]
    return read


def lead_place(text: str, places: Sequence[Place], within: tuple[int, int] | None = None
               ) -> Place | None:
    """The place a story (or the stretch `within` of it) is told from, among its `places`
    (`find_places(text, title)`): the wire dateline that opens it ("SYDNEY --", "HANOI,
    Vietnam (AP) --", read as the places reader reads datelines), else the first place its
    first 300 characters name, with the longitude of its country's capital when a region's own
    is not known. `within` (-1, 0) reads the headline's places."""
    from storyline.extract.gazetteer import fold, load_gazetteer
    from storyline.extract.places import opens_as_dateline

    first, last = within or (0, len(text))
    place = next((p for p in places if opens_as_dateline(text, p)), None) if (
        first == 0) else None
    if place is None:
        place = next((p for p in places if p.country
                      and first <= p.start < min(last, first + LEAD_PLACE_CHARS)), None)
    if place is None or place.lon is not None or not place.country:
        return place
    name, numeric = country_names(place.country)
    gazetteer = load_gazetteer()
    capital = next((e for e in gazetteer.places.get(fold(name), ()) if e.kind == "country"),
                   None) if numeric else None
    return replace(place, lat=capital.lat, lon=capital.lon) if capital else place


LEAD_PLACE_CHARS = 300


# An act the text sets apart as unconnected with its own ("had no connection to Tuesday's
# stabbing", "was not related to Monday's double homicide", "unrelated to Wednesday's bombing",
# "ruled out any link to"): another act, whose day is not the event's even when it is the
# only day the text names.
_UNCONNECTED_BEFORE = re.compile(
    r"(?:(?:\b(?:no|not|never|nothing|ruled\s+out|den(?:y|ied|ies))|n['’]t)\b[^.;!?]{0,40}?\b(?:connect(?:ed|ion|ions)?|link"
    r"(?:ed|s)?|relat(?:ed|ion)|tied|ties)|\bun(?:related|connected|linked))\s+(?:to|with)\s+"
    r"(?:the\s+|an?\s+)?(?:(?:earlier|previous|last\s+week['’]s)\s+)?$", re.IGNORECASE)


# The same said after the act it sets apart, the day inside its subject ("A robbery nearby this
# morning was not thought to be linked", "a fight there on Saturday is not believed to be
# connected"): the predicate has no object, so the link it denies is to the text's own act. One
# with an object ("was not linked to terrorism") denies a motive of the act itself.
_UNCONNECTED_AFTER = re.compile(
    r"[^.;!?]{0,60}?\b(?:is|was|are|were|appears?|seems?)\s+(?:not|n['’]t)\s+(?:(?:thought|believed"
    r"|considered|understood)\s+to\s+be\s+)?(?:linked|connected|related|tied)\b(?!\s+to\b)"
    r"(?!-)", re.IGNORECASE)
UNCONNECTED_REACH = 80


def _said_to_be_unconnected(text: str, expression: DateExpression) -> bool:
    return bool(_UNCONNECTED_BEFORE.search(text, max(0, expression.start - 80),
                                           expression.start)) or bool(
        _UNCONNECTED_AFTER.match(text, expression.end,
                                 min(len(text), expression.end + UNCONNECTED_REACH)))


# A day the text denies or corrects ("happened after midnight, not late Friday as first
# reported", "was shot not on Monday but on Tuesday", "on Jan. 19 instead of Jan. 18", "early
# Monday rather than late Sunday"): the reading it replaces, never the event's day. "Not" must
# govern the day itself: "not found until Sunday" and "whether or not Friday's shooting" keep it.
# A verb of happening between them denies the day as well: "the attack did not happen on June
# 16", "it didn't take place on Friday" (a correction or a fact check).
_DENIED_BEFORE = re.compile(r"(?:(?<!\bor\s)\bnot|n['’]t(?=\s+(?:happen|occur|take\s+place))"
                            r"|\brather\s+than|\binstead\s+of)\s+"
                            r"(?:(?:happen|occur|take\s+place)\s+)?(?:(?:on|in|at)\s+)?$",
                            re.IGNORECASE)


# A retrospective (an encyclopedia's entry, a look back years later) opens by telling its act
# with the full date: "The Varna Street bombing was a suicide attack that took place on 14
# February 2017 in ...", "On the evening of 3 August 2014, a gunman opened fire ...". The act
# the text is about is that one, however old; the trials, inquiries and memorials told after
# it are its sequels. Only a day that states its year, in one of the opening sentences that
# tells an act or defines one: an old date further down is history as any other.
RETROSPECTIVE_SENTENCES = 2
RETROSPECTIVE_BONUS = 3.0
_COUNTED_TO_NOW = re.compile(r"\b(?:since|ago|anniversary|years?\s+(?:on|after|later))\b",
                             re.IGNORECASE)
_DEFINES_AN_ACT = re.compile(r"\b(?:was|were)\s+an?\s+(?:[\w-]+\s+){0,4}?(?:attack|bombing|shooting"
                             r"|massacre|ambush|siege|hostage-taking|explosion|raid|assault"
                             r"|killing|kidnapping|hijacking|riot|stampede|crash)s?\b",
                             re.IGNORECASE)


def _opens_a_retrospective(text: str, sentences: list[Sentence], candidate: DateCandidate,
                           before: list[DateCandidate]) -> bool:
    """`before`: the candidates found before this one; a day among them is what the text
    opens with (a news lead's "on Monday"), and an old date after it recalls history."""
    start = candidate.expression.start
    if candidate.precision != "day" or start < 0 or not _STATED_YEAR.search(
            candidate.expression.text) or any(
                c.precision == "day" and c.expression.start >= 0 for c in before) or (
            start < RECORD_HEADING_REACH and not text[:start].strip() and (
                _HEADING_COLON.match(text, candidate.expression.end)
                or _HEADING_FIELDS.match(text, candidate.expression.end))):
        # A record's heading ("27th November, 2010, Heliwa: ...") is written when its incident
        # is logged, not years later; such a year is a slip, which no prose retrospective is.
        return False
    opening = next((s for s in sentences[:RETROSPECTIVE_SENTENCES] if s.start <= start < s.end),
                   None)
    if opening is None or _COUNTED_TO_NOW.search(text, opening.start, start):
        # "It has been four years since an explosion ... on March 17, 2019": the time since is
        # an anniversary's, which `_on_its_anniversary` reads.
        return False
    return bool(_DEFINES_AN_ACT.search(opening.text) or _EVENT_ACTS.search(opening.text))


# An anniversary report ("It has been five years since ...", "marked the tenth anniversary",
# "Ten years ago this week"): the act it recalls is what it reports, dated by the day years
# back that falls within a week of the report's own calendar day. A day at another time of
# year is history as any other ("the anniversary of the 1998 massacre" names no day at all).
_ANNIVERSARY_WORDS = re.compile(r"\banniversar|\byears?\s+(?:ago|since|after|on|to\s+the\s+day)\b",
                                re.IGNORECASE)
ANNIVERSARY_REACH = timedelta(days=7)


def _on_its_anniversary(candidate: DateCandidate, anchor: date) -> bool:
    """The candidate (a day or a week) falls within a week of the report's calendar day."""
    first, last = _period(candidate)
    if last - first > ANNIVERSARY_REACH:
        return False
    try:
        that_day_now = candidate.value.replace(year=anchor.year)
    except ValueError:  # February 29
        that_day_now = candidate.value.replace(year=anchor.year, day=28)
    return abs(that_day_now - anchor) <= ANNIVERSARY_REACH


# Two days that bound the span of the act: "between late Saturday and early Sunday", "Saturday
# night into Sunday morning", "between 11 p.m. Friday and 2 a.m. Saturday". When in the span it
# happened the words do not say; the project dates such a span by its later day, as "between 10
# and 13 March" (the latest day the report tells of, as conflict logs code it).
# Each end may name its part of the day before the day ("between the night of 29 November and
# the early hours of 1 December", "between late on August 31 and early on September 1").
_SPAN_PART_OF_DAY = (r"(?:(?:late|early)\s+(?:on\s+)?(?:the\s+)?|(?:the\s+)?(?:night|evening"
                     r"|morning|afternoon|(?:early|small|wee)\s+hours)\s+of\s+(?:the\s+)?)?")
_SPAN_BETWEEN = re.compile(r"\bbetween\s+(?:(?:about|around|roughly)\s+)?(?:\d{1,2}(?::\d\d)?"
                           rf"\s*[ap]\.?m\.?\s+)?{_SPAN_PART_OF_DAY}$", re.IGNORECASE)
_SPAN_AND = re.compile(r"\s+and\s+(?:(?:about|around|roughly)\s+)?(?:\d{1,2}(?::\d\d)?\s*"
                       rf"[ap]\.?m\.?\s+)?{_SPAN_PART_OF_DAY}", re.IGNORECASE)
_SPAN_INTO = re.compile(r"\s+into\s+", re.IGNORECASE)
# Two full days of different months joined by "and" after "on" ("raids carried out on 30 June
# and 1 July"): the later day, as "on 16 and 17 August" within one month (timex day_range).
_DAYS_JOINED = re.compile(r"\s+(?:and|&)\s+", re.IGNORECASE)
_DAYS_JOINED_BEFORE = re.compile(r"\b(?:on|over|during)\s+$", re.IGNORECASE)
_MONTH_NAMED = re.compile(r"[A-Za-z]{3}")
SPAN_DAYS = timedelta(days=7)
# A window counted from one day to another, its ends often timed ("from Friday at 6 p.m. to
# Monday at 6 a.m.", "from 6 p.m. Friday through 6 a.m. Monday", "from 1800 hrs Friday 7
# February to 0600 hrs Monday 10 February"): a police tally's or a curfew's. "From" names where
# it began, as a stretch of days "3 to 6 September" is dated by its first (timex day_range);
# not a day moved to another ("postponed from Monday to Friday").
_CLOCK = (r"(?:\d{1,2}(?::\d\d)?\s*[ap]\.?\s?m\b\.?|noon|midnight|(?:[01]\d|2[0-3])[0-5]\d"
          r"\s*(?:hrs|hours|h)\b\.?)")
_SPAN_FROM = re.compile(rf"(?<!\bmoved\s)(?<!\bchanged\s)(?<!\bpostponed\s)(?<!\bshifted\s)"
                        rf"(?<!\bdelayed\s)(?<!\bpushed\s)(?<!\brescheduled\s)"
                        rf"\bfrom\s+(?:{_CLOCK}\s+(?:on\s+)?)?$", re.IGNORECASE)
_SPAN_TO = re.compile(rf"(?:,?\s+(?:at\s+)?{_CLOCK})?,?\s+(?:to|until|till|through|thru)\s+"
                      rf"(?:{_CLOCK}\s+(?:on\s+)?)?", re.IGNORECASE)


# Fighting begun late on one day and going on into the next ("clashes began late on the 8th and
# continued on the 9th", "Late on 2 June gunmen attacked the post; the fighting went on on 3
# June"): one night's fighting, dated by its later day as a span "into" the next day is (an
# ACLED note of such a night is coded on the later day). Fighting that went on for days after
# the day it began is dated by that first day (a tally over the period).
_LATE_START_BEFORE = re.compile(r"\blate\s+(?:on\s+)?(?:the\s+)?$", re.IGNORECASE)
_STARTED_LATE_BEFORE = re.compile(r"\b(?:broke\s+out|began|begun|started|erupted|flared\s+up)"
                                  r"\s+late\s+(?:on\s+)?(?:the\s+)?$", re.IGNORECASE)
_WENT_ON = (r"(?:continued|resumed|went\s+on|raged\s+on|carried\s+on)\s+(?:on\s+|into\s+)?"
            r"(?:the\s+)?")
_WENT_ON_AFTER = re.compile(rf"\s*,?\s*(?:and\s+)?{_WENT_ON}", re.IGNORECASE)
_FIGHTING_WENT_ON_AFTER = re.compile(
    rf"[^.;!?]{{0,80}}?[;,]\s+(?:the\s+)?(?:fighting|clashes|violence|shelling|gunfire|battle"
    rf"|exchanges?\s+of\s+fire|assault|attack)\s+{_WENT_ON}", re.IGNORECASE)


def _one_night_of_fighting(text: str, first: DateCandidate, second: DateCandidate) -> bool:
    gap_start, gap_end = first.expression.end, second.expression.start
    before_start = max(0, first.expression.start - 30)
    return second.value - first.value == timedelta(days=1) and (
        (_WENT_ON_AFTER.fullmatch(text, gap_start, gap_end) is not None
         and _STARTED_LATE_BEFORE.search(text, before_start, first.expression.start) is not None)
        or (_FIGHTING_WENT_ON_AFTER.fullmatch(text, gap_start, gap_end) is not None
            and _LATE_START_BEFORE.search(text, before_start, first.expression.start) is not None))


def _span_ends(text: str, candidates: list[DateCandidate]) -> list[DateCandidate]:
    """The candidates without the first day of a span whose later day is also one."""
    dropped = set()
    for first, second in pairwise(candidates):
        if first.precision != "day" or second.precision != "day" or first.expression.start < 0:
            continue
        if not timedelta(0) < second.value - first.value <= SPAN_DAYS:
            continue
        gap_start, gap_end = first.expression.end, second.expression.start
        between = _SPAN_AND.fullmatch(text, gap_start, gap_end) and _SPAN_BETWEEN.search(
            text, max(0, first.expression.start - 30), first.expression.start)
        into = _SPAN_INTO.fullmatch(text, gap_start, gap_end) and (
            second.value - first.value == timedelta(days=1))
        joined = first.value.month != second.value.month and all(
            _MONTH_NAMED.search(c.expression.text) and any(d.isdigit() for d in c.expression.text)
            for c in (first, second)) and _DAYS_JOINED.fullmatch(text, gap_start, gap_end) and (
            _DAYS_JOINED_BEFORE.search(text, max(0, first.expression.start - 10),
                                       first.expression.start))
        if _SPAN_TO.fullmatch(text, gap_start, gap_end) and _SPAN_FROM.search(
                text, max(0, first.expression.start - 30), first.expression.start):
            dropped.add(id(second))  # "from Friday at 6 p.m. to Monday at 6 a.m."
            continue
        if _one_night_of_fighting(text, first, second):
            dropped.add(id(first))
            continue
        if between or into or joined:
            dropped.add(id(first))
            if between and _tally_names_a_day_inside(text, candidates, first, second):
                dropped.add(id(second))
    return [c for c in candidates if id(c) not in dropped] if dropped else candidates


# Several acts counted or strung together: "three stabbings", "four separate shootings", "a
# string of attacks", "a spate of robberies".
_SEVERAL_ACTS = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|a\s+(?:string"
    r"|series|spate|wave|rash)\s+of)\s+(?:(?:separate|unrelated|different|other)\s+)?(?:\w+\s+)?"
    r"(?:shootings|stabbings|attacks|incidents|killings|homicides|robberies|raids|bombings"
    r"|clashes|assaults)\b", re.IGNORECASE)
CLAUSE_REACH = 160


def _clause_around(text: str, start: int, end: int) -> str:
    """The words around text[start:end] up to the sentence breaks on either side (at most
    CLAUSE_REACH characters each way)."""
    before = text[max(0, start - CLAUSE_REACH):start]
    breaks = list(_SENTENCE_BREAK.finditer(before))
    head = before[breaks[-1].end() - 1:] if breaks else before
    after = text[end:end + CLAUSE_REACH]
    stop = _SENTENCE_BREAK.search(after)
    return head + text[start:end] + (after[:stop.start()] if stop else after)


def _tally_names_a_day_inside(text: str, candidates: list[DateCandidate],
                              first: DateCandidate, second: DateCandidate) -> bool:
    """The span bounds a tally of several acts ("six people were wounded in four separate
    shootings between Friday evening and early Sunday") and the text names a day inside it
    elsewhere ("The first happened at 7 p.m. Friday"): the span dates no act, its later day
    neither; that named day is the act the report tells."""
    if not (sums_other_events(text, first.expression.start, second.expression.end)
            or _SEVERAL_ACTS.search(_clause_around(text, first.expression.start,
                                                   second.expression.end))):
        return False
    return any(c.precision == "day" and first.value <= c.value <= second.value
               and c is not first and c is not second and c.expression.start >= 0
               for c in candidates)


# One night told by both its days: its evening by the day before ("late Saturday night", "around
# 10 p.m. Saturday") and, in the same sentence, its small hours by the clock of the next day
# ("at roughly 1:15 a.m. Sunday", "just after midnight on Saturday"). The clock times the act to
# the minute, so its day is the later one, unless what it times is a death from the wounds or
# an evening clock between them timed the act ("late Saturday night at about 11:50 p.m.; by 1 a.m.
# Sunday officers had closed the block").
_NIGHT_WORD = re.compile(r"\b(?:night|evening|late)\b", re.IGNORECASE)
_EVENING_CLOCK_BEFORE = re.compile(r"\b(?:[6-9]|1[01])(?::[0-5]\d)?\s*p\.?\s?m\.?\s+(?:on\s+)?$",
                                   re.IGNORECASE)
_SMALL_HOURS_BEFORE = re.compile(
    r"(?:\b(?:12|0?[1-4])(?::[0-5]\d)?\s*a\.?\s?m\.?|\bafter\s+midnight)[,\s]+(?:on\s+)?$",
    re.IGNORECASE)
_DEATH_BEFORE = re.compile(r"\b(?:died|dies|succumbed|pronounced\s+dead)\b"
                           r"(?:[^.;]|[ap]\.m\.){0,30}$", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[!?]|(?<![ap]\.m)(?<!\b[A-Z])\.\s+[A-Z]")
NIGHT_REACH = 160
CLOCK_REACH = 25


def _one_night(text: str, candidates: list[DateCandidate]) -> list[DateCandidate]:
    """The candidates without the evening's day of a night whose small hours the same sentence
    times by the next day."""
    dropped = set()
    for first, second in pairwise(candidates):
        if first.precision != "day" or second.precision != "day" or first.expression.start < 0:
            continue
        if second.value - first.value != timedelta(days=1) or (
                second.expression.start - first.expression.end > NIGHT_REACH):
            continue
        gap = text[first.expression.end:second.expression.start]
        before_second = text[max(0, second.expression.start - CLOCK_REACH):
                             second.expression.start]
        evening = _NIGHT_WORD.search(first.expression.text) or _EVENING_CLOCK_BEFORE.search(
            text, max(0, first.expression.start - CLOCK_REACH), first.expression.start)
        if evening and _SMALL_HOURS_BEFORE.search(before_second) and not (
                _SENTENCE_BREAK.search(gap) or _EVENING_CLOCK.search(gap) or _DEATH_BEFORE.search(
                    text, max(0, second.expression.start - 60), second.expression.start)):
            dropped.add(id(first))
    kept = [c for c in candidates if id(c) not in dropped] if dropped else candidates
    return [_past_midnight(text, c) for c in kept]


# A night's day timed in the same sentence by a clock of its small hours that names no day
# ("The shooting happened Friday night; the first 911 call came in at 12:20 a.m.", "late
# Saturday, at about 1:40 a.m."): the clock is past midnight, so by the calendar the act fell on
# the next day. Not a clock of a step after the act ("was pronounced dead at 2 a.m.", "arrested
# at 3 a.m.", "his body was found at 1 a.m."), and not one that names its own day (see above).
_NIGHT_OF_A_DAY = re.compile(r"\b(?:night|late)\b", re.IGNORECASE)
_SMALL_HOURS = re.compile(r"\b(?:(?:12|0?[1-4])(?::[0-5]\d)?\s*a\.?\s?m\b\.?"
                          r"|(?:just\s+|shortly\s+|soon\s+)?after\s+midnight)", re.IGNORECASE)
_DAY_AFTER_CLOCK = re.compile(r"[,\s]+(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day"
                              r"|today|yesterday|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov"
                              r"|dec)[a-z]*\.?\s+\d)", re.IGNORECASE)
_STEP_BEFORE_CLOCK = re.compile(r"\b(?:died|dies|succumbed|pronounced|arrest\w*|custody|booked"
                                r"|surrender\w*|found|discovered|released)\b[^.;]{0,40}$",
                                re.IGNORECASE)


def _past_midnight(text: str, candidate: DateCandidate) -> DateCandidate:
    if candidate.precision != "day" or candidate.expression.start < 0 or (
            not _NIGHT_OF_A_DAY.search(candidate.expression.text)):
        return candidate
    end = min(len(text), candidate.expression.end + NIGHT_REACH)
    brk = _SENTENCE_BREAK.search(text, candidate.expression.end, end)
    end = brk.start() if brk is not None else end
    clock = _SMALL_HOURS.search(text, candidate.expression.end, end)
    if clock is None or _DAY_AFTER_CLOCK.match(text, clock.end()) or _STEP_BEFORE_CLOCK.search(
            text, max(candidate.expression.end, clock.start() - 60), clock.start()) or (
            _EVENING_CLOCK.search(text, candidate.expression.end, clock.start())):
        return candidate  # an evening clock between them ("at 11:50 p.m.") timed the act
    return replace(candidate, value=candidate.value + timedelta(days=1))


# A list of three or more days that are not one stretch ("on several dates, including Feb. 3,
# March 19 and April 28", "raided the village on 2, 9 and 23 August"): the days of as many acts,
# none of them the day of one event. Consecutive days ("on 3, 4 and 5 May") are one stretch, read
# as such elsewhere.
_LIST_GAP = re.compile(r"\s*(?:,|,?\s+(?:and|or|&))\s+", re.IGNORECASE)
_LISTED_DAY_NUMBERS_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s*,\s*$")
_TWO_DAYS_JOINED = re.compile(r"\s(?:and|&)\s", re.IGNORECASE)
LIST_LENGTH = 3


def _without_day_lists(text: str, candidates: list[DateCandidate]) -> list[DateCandidate]:
    days = [c for c in candidates if c.precision == "day" and c.expression.start >= 0]
    listed: set[int] = set()
    run: list[DateCandidate] = []
    for candidate in [*days, None]:
        if candidate is not None and run and _LIST_GAP.fullmatch(
                text, run[-1].expression.end, candidate.expression.start):
            run.append(candidate)
            continue
        if run and _names_several_days(text, run):
            listed.update(id(c) for c in run)
        run = [candidate] if candidate is not None else []
    return [c for c in candidates if id(c) not in listed] if listed else candidates


def _names_several_days(text: str, run: list[DateCandidate]) -> bool:
    """The run of days joined as a list names three or more days, not all consecutive ("2, 9
    and 23 August" is one expression for its last two days with a day number before it)."""
    count = len(run)
    first = run[0].expression
    if _TWO_DAYS_JOINED.search(first.text):
        count += 1
    if _LISTED_DAY_NUMBERS_BEFORE.search(text, max(0, first.start - 8), first.start):
        count += 1
    if count == len(run):
        # a weekday and its date in apposition ("Monday night, June 27th and early Tuesday,
        # June 28th") name one day twice
        ordinals = sorted({c.value.toordinal() for c in run})
        count = len(ordinals)
    else:  # the days of one month written as numbers: read them from the words
        words = text[max(0, first.start - 8):run[-1].expression.end]
        ordinals = sorted(int(n) for n in _DAY_NUMBER.findall(words))
    stretch = ordinals == list(range(ordinals[0], ordinals[0] + len(ordinals))) if (
        ordinals) else False
    return count >= LIST_LENGTH and not stretch


_DAY_NUMBER = re.compile(r"(?<![\d/.:])\b(\d{1,2})(?:st|nd|rd|th)?\b(?![\d/.:])")


# "The shooting is the second at a house party this month. On Sept. 9, two people were
# wounded ...", "Thursday's killing is the latest in a series of attacks. On October 2, ...":
# the report ranks its act in a series, then tells the earlier ones with their days. Those
# days (in the rest of that sentence and the two after it) are other incidents' when the text
# names a later day besides (the act it ranks); alone, they may be the act's own ("The blast
# was the second this year. It struck on Sept. 8"). "A third day" counts the days of one event
# ("entered a third day on Tuesday ... since the clashes broke out on Sunday"), not a series.
_SERIES_RANK = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)"
    r"|latest)\b(?!\s+(?:straight\s+|consecutive\s+)?(?:day|night|week)s?\b)[^.;!?]{0,60}?\b(?:series|string|spate|wave|this\s+(?:week|month|year)|(?:the\s+)?"
    r"(?:past|last)\s+(?:few\s+)?(?:days?|weeks?|months?|year)"
    # "in two weeks", "in a month", "within a year", "in less than a week", "in as many days"
    r"|(?:in|within)\s+(?:(?:less\s+than|under|just|only|barely|the\s+space\s+of)\s+)?"
    r"(?:a|one|two|three|four|five|six|\d{1,2}|as\s+many)\s+(?:days?|weeks?|fortnights?|months?"
    r"|years?)|since\b|so\s+far)", re.IGNORECASE)
_RANK_WORDS = ("second", "third", "fourth", "fifth", "latest", "th ", "sixth", "tenth")
SERIES_SENTENCES_AFTER = 2


def _without_earlier_incidents(candidates: list[DateCandidate], text: str
                               ) -> list[DateCandidate]:
    """The candidates (in text order) without the days of a series' earlier incidents: those
    before a day the text told ahead of them, outside the series (the ranked act's: "fell ill
    Monday ... the third this month. On May 6, ..."). A series told first ("the fourth suicide
    this year. The latest occurred Tuesday night") dates the act in its own sentences. A
    statement's day ("police said on Tuesday, the third such attack this year") is no act's,
    nor is a bare "overnight" (the report's day, a fallback): the act told after them, the day
    before, is the ranked one, not an earlier."""
    kept = []
    latest: date | None = None
    for candidate in candidates:
        if candidate.in_a_series:
            if latest is not None and candidate.value < latest:
                continue
        elif candidate.precision == "day" and not _OVERNIGHT.fullmatch(
                candidate.expression.text) and not (
                candidate.expression.start >= 0 and _STATEMENT_BEFORE.search(
                    text, max(0, candidate.expression.start - 40), candidate.expression.start)):
            latest = candidate.value if latest is None else max(latest, candidate.value)
        kept.append(candidate)
    return kept


# A rank counted since an earlier incident that the same phrase dates ("the fourth such blast
# since the one near Kolar on 2 August", "the second attack at the depot since the one on Jan.
# 28"): that day is the earlier incident's even when the text names no other, up to the end of
# the phrase (a comma or "and" lets the clause tell its own act: "the latest attack since the
# truce, and it came on Wednesday").
_PHRASE_END = re.compile(r"[,;.!?]|\s(?:and|but|when|while)\s")


def _since_an_earlier_incident(text: str, expression: DateExpression,
                               spans: list[tuple[int, int]]) -> bool:
    for first, _ in spans:
        if first <= expression.start and text[first - 5:first].lower() == "since" and (
                _PHRASE_END.search(text, first, expression.start) is None):
            return True
    return False


# An explainer's question that asks for precedent ("Has this happened before?", "Is this the
# first attack of its kind?", "Have mosques here been attacked before?", "Is this new?"): its
# answer tells earlier incidents, up to the next question (at most PRECEDENT_ANSWER_SENTENCES).
_PRECEDENT_QUESTION = re.compile(
    r"\b(?:before|first|previous(?:ly)?|precedents?|similar|new|again|history|past)\b[^?]*\?\W*$",
    re.IGNORECASE)
PRECEDENT_ANSWER_SENTENCES = 4


def _precedent_answer_spans(sentences: list[Sentence]) -> list[tuple[int, int]]:
    spans = []
    for index, sentence in enumerate(sentences):
        if not _PRECEDENT_QUESTION.search(sentence.text):
            continue
        last = index
        for following in sentences[index + 1:index + 1 + PRECEDENT_ANSWER_SENTENCES]:
            if following.text.rstrip().endswith("?"):
                break
            last += 1
        if last > index:
            spans.append((sentence.end, sentences[last].end))
    return spans


def _earlier_incident_spans(text: str, sentences: list[Sentence]) -> list[tuple[int, int]]:
    """Where the earlier incidents of a series are told: from a series rank ("the third ...
    this month") to the end of the second sentence after it, and an explainer's answer to a
    question of precedent (see `_PRECEDENT_QUESTION`)."""
    spans = _precedent_answer_spans(sentences) if "?" in text else []
    lowered = text.lower()
    if not any(word in lowered for word in _RANK_WORDS):
        return spans  # most reports rank nothing; the pattern is not tried at every word
    starts = [s.start for s in sentences]
    for rank in _SERIES_RANK.finditer(text):
        index = bisect_right(starts, rank.start()) - 1
        last = min(len(sentences) - 1, index + SERIES_SENTENCES_AFTER)
        if index >= 0:
            spans.append((rank.end(), sentences[last].end))
    return spans


# A relative day quoted alone ('the source alludes to clashes on "Wednesday last week"',
# 'residents spoke of "last Tuesday"'): the words of another text, counted from that text's
# day, which the report does not give. A quote of more words ('"It was last Tuesday," she
# said') is speech the report dates; a quoted calendar date ("March 3") is a date anyway.
# A fact check (`fact_check.read_fact_check`: "CLAIM: ... VERDICT: False", "We rate this claim
# Missing context") quotes the claim it checks and then states what happened: a day inside the
# quoted claim ("said the shooting happened 'on Friday night'", "'... police fired on marchers
# yesterday,' a post said") is the claim's, which the check corrects, never the event's; so is a
# day the checked picture is traced to ("The photo shows a protest in Osenbe on 9 December
# 2023"). Outside a fact check a quote often tells the day right ("'He was shot Saturday,'
# police said").
_QUOTE_OPENS = re.compile(r"(?:^|(?<=[\s(:,]))['‘\"“](?=\S)")
_QUOTE_CLOSES = re.compile(r"(?<=\S)['’\"”](?=[\s.,;:!?)]|$)")


def _inside_a_quote(text: str, expression: DateExpression, bounds: tuple[int, int]) -> bool:
    """Whether the expression lies inside a quotation opened and closed within its sentence."""
    opened = None
    for opening in _QUOTE_OPENS.finditer(text, bounds[0], expression.start):
        opened = opening
    if opened is None or _QUOTE_CLOSES.search(text, opened.end(), expression.start):
        return False
    # a sentence's end may fall before the quote mark that closes it ("on Sunday.'")
    return _QUOTE_CLOSES.search(text, expression.end, min(len(text), bounds[1] + 2)) is not None


_OPENING_QUOTES = frozenset('"“')
_CLOSING_QUOTES = frozenset('"”')


def _relative_day_quoted_alone(text: str, expression: DateExpression) -> bool:
    return (expression.start > 0 and expression.end < len(text)
            and text[expression.start - 1] in _OPENING_QUOTES
            and text[expression.end] in _CLOSING_QUOTES
            and not any(c.isdigit() for c in expression.text))


# "died Friday, two days after he was shot", "was arrested Thursday on a charge, a day after
# he shot his friend", "went to school Friday, the morning after the shooting", "posted the
# threat Monday, two days before the attack": an act told after a named day, counted from it.
# The units a day is counted in: days and nights, weeks and fortnights, and hours by the whole
# day ("48 hours earlier" is two days back; "36 hours" names no one day).
_COUNTED_UNIT = r"(?P<unit>days?|nights?|weeks?|fortnights?|hours?)"
_COUNT_OF_UNITS = (r"(?:just\s+|only\s+|about\s+|nearly\s+|some\s+|barely\s+)?(?:(?P<count>a|an"
                   r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\s+"
                   rf"{_COUNTED_UNIT}|the\s+(?:day|morning|night|evening|afternoon))\s+"
                   r"(?P<dir>after|before)\b")
_COUNTED_ACT = re.compile(rf"[^.;,\n]{{0,60}},\s+{_COUNT_OF_UNITS}", re.IGNORECASE)
# The same phrase put first, the named day in the main clause after it: "Two days after a
# tanker exploded, the toll rose to 18 on Monday", "A fortnight after the floods, aid reached
# the valley on Friday".
_COUNTED_ACT_FIRST = re.compile(rf"\s*(?P<phrase>{_COUNT_OF_UNITS}\s+(?P<act>[^,;]{{3,100}})),",
                                re.IGNORECASE)
# A count of days "later" set beside the day it reaches ("four days later, on Tuesday", "a week
# later on Friday", "two days afterward, Monday").
_SEQUEL_COUNTED_TO = re.compile(
    r"(?:just\s+|only\s+|about\s+|nearly\s+|some\s+|barely\s+)?(?P<count>a|an|one|two|three"
    rf"|four|five|six|seven|eight|nine|ten|\d{{1,3}})\s+{_COUNTED_UNIT}\s+(?:later|afterwards?)"
    r"\s*,?\s*(?:on\s+)?$", re.IGNORECASE)
# Harm done to the one whose sequel is told ("a cyclist hit by a bus ... died five days later").
_HARMED = re.compile(r"\b(?=[A-Za-z])(?:hit|pushed|run\s+over|burn(?:ed|t)|beaten|fell|thrown"
                     r"|trampled|mauled|bitten|poisoned|hurt|injured|stabbed|shot)\b",
                     re.IGNORECASE)
# Besides the act verbs: the incident, and the disasters whose report goes on for days ("on
# Friday, four days after a landslide swept away", "a week after the floods").
_COUNTED_ACT_WORDS = re.compile(
    r"\b(?:incident|landslides?|mudslides?|avalanches?|floods?|flooding|storms?|hurricanes?"
    r"|cyclones?|typhoons?|tornado(?:es)?|wildfires?|fires?|blaze|quakes?|tsunami|eruption"
    r"|derailment|collapse|capsi[sz]ed|sank|sinking)\b", re.IGNORECASE)
# The counted act's day ranks above the named day when the named day's own clause is not an
# act (a death, an arrest, a statement), below it when it is one ("was shot Friday night,
# two days after another girl was shot"): the clause reading gives the act +EVENT_BONUS.
COUNTED_ACT_ADJUSTMENT = 0.5


def _act_counted_from(text: str, named: DateCandidate, sentence_start: int, sentence_end: int,
                      anchor: date) -> DateCandidate | None:
    """The act's day when an "N days after <act>" phrase follows a day the text names, or
    opens the sentence whose main clause names the day."""
    if named.precision != "day" or named.expression.start < 0:
        return None
    sequel = _SEQUEL_COUNTED_TO.search(text, max(sentence_start, named.expression.start - 40),
                                       named.expression.start)
    if sequel is not None and any(words.search(text, sentence_start, sequel.start()) for words in (
            _EVENT_ACTS, _COUNTED_ACT_WORDS, _HARMED)):
        # "A woman shot on the freeway died four days later, on Tuesday": the named day is the
        # sequel's, the act told before it that many days earlier.
        days = _counted_days(sequel.group("count"), sequel.group("unit"))
        if days is None:
            return None
        value = named.value - timedelta(days=days)
        return DateCandidate(DateExpression(sequel.start(), named.expression.end,
                                            text[sequel.start():named.expression.end]), value,
                             "day", named.score + COUNTED_ACT_ADJUSTMENT, counted=True)
    counted = _COUNTED_ACT.match(text, named.expression.end, sentence_end)
    if counted is not None:
        act = re.split(r"[,;]", text[counted.end():min(sentence_end, counted.end() + 100)],
                       maxsplit=1)[0]
        start = text.rindex(",", counted.start(), counted.start("dir")) + 1
        while text[start].isspace():
            start += 1
        end = counted.end()
    else:
        counted = _COUNTED_ACT_FIRST.match(text, sentence_start, named.expression.start)
        if counted is None:
            return None
        act, start, end = counted.group("act"), counted.start("phrase"), counted.end("phrase")
    if not (_EVENT_ACTS.search(act) or _COUNTED_ACT_WORDS.search(act)):
        return None
    days = _counted_days(counted.group("count"), counted.group("unit"))
    if days is None:
        return None
    sign = -1 if counted.group("dir").lower() == "after" else 1
    value = named.value + timedelta(days=sign * days)
    if value > anchor:
        return None
    return DateCandidate(DateExpression(start, end, text[start:end]), value,
                         "day", named.score + COUNTED_ACT_ADJUSTMENT, counted=True)


# A weekday the text also states with its date ("was shot Monday night" ... "around 11 p.m.
# Monday, May 23"): a report written days later names the day once in full and elsewhere by
# its name alone, which counted back from the report would be the week's later namesake.
# "that Sunday", "on that Friday night": the day of that weekday the text named last ("Ten days
# have passed since gunmen stormed the hospital. Four nurses were killed on that Sunday
# morning"), not the latest one before the report. "That" must be the day's determiner, after a
# preposition or opening its sentence, not a clause's ("no sign that Thursday night's gunfire
# was planned", "residents say that Sunday was the worst day").
_THAT_WEEKDAY = re.compile(r"(?:\b(?:on|by|until|till|since|from|before|after|during|of)\s+"
                           r"|(?:^|[.!?;]\s+))that\s+"
                           r"(?P<name>(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
                           r"(?:\s+(?:morning|afternoon|evening|night))?$", re.IGNORECASE)
THAT_WEEKDAY_REACH = 22
_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                  "sunday")
_DATED_WEEKDAY = re.compile(r"(?P<name>(?:mon|tues|wednes|thurs|fri|satur|sun)day),?\s+"
                            r"(?:the\s+)?[A-Za-z\d]", re.IGNORECASE)
_BARE_WEEKDAY = re.compile(r"(?:(?:early|late)\s+)?(?:(?:in\s+)?(?:the\s+)?(?:morning|afternoon"
                           r"|evening|night)\s+of\s+)?(?P<name>(?:mon|tues|wednes|thurs|fri"
                           r"|satur|sun)day)(?:\s+(?:morning|afternoon|evening|night))?",
                           re.IGNORECASE)


def _dated_weekdays(text: str, expressions: list[DateExpression], anchor: date | None
                    ) -> tuple[dict[int, date], dict[tuple[int, int], date]]:
    """The weekdays the text states with a date of that weekday ("Monday, May 23"): weekday
    number -> the day; and the days it states with their year ("March 13, 2013"): (month,
    day) -> the day. Each only when the text states one such day."""
    days: dict[int, set[date]] = {}
    years: dict[tuple[int, int], set[date]] = {}
    for expression in [*expressions, *_weekday_appositions(text, expressions)]:
        named = _DATED_WEEKDAY.match(expression.text)
        with_year = _STATED_YEAR.search(expression.text)
        if (named is None or not re.search(r"\d", expression.text)) and with_year is None:
            continue
        value = normalize_date_expression(expression.text, anchor or _NO_ANCHOR)
        resolved = timex_to_date(value) if value else None
        if resolved is None or resolved[1] != "day":
            continue
        if with_year is not None:
            years.setdefault((resolved[0].month, resolved[0].day), set()).add(resolved[0])
        if named is not None and resolved[0].weekday() == _WEEKDAY_NAMES.index(
                named.group("name").lower()):
            days.setdefault(resolved[0].weekday(), set()).add(resolved[0])
    return ({weekday: next(iter(found)) for weekday, found in days.items() if len(found) == 1},
            {key: next(iter(found)) for key, found in years.items() if len(found) == 1})


def _weekday_appositions(text: str, expressions: list[DateExpression]
                         ) -> list[DateExpression]:
    """A weekday found apart from the date in apposition to it ("on the night of Thursday,
    January 8": the finder takes "night of Thursday" and "January 8" as two expressions) as
    the one dated weekday it names ("Thursday, January 8")."""
    found = []
    for weekday, following in pairwise(expressions):
        name = _BARE_WEEKDAY.fullmatch(weekday.text)
        if (name is None or not _APPOSITION.fullmatch(text, weekday.end, following.start)
                or not (_MONTH_DAY.match(following.text) or _DAY_MONTH.match(following.text))):
            continue
        found.append(DateExpression(weekday.start, following.end,
                                    f"{name.group('name')}, {following.text}"))
    return found


# A comma, or the one space of the day-first press's "the evening of Saturday 6 September" and of
# "the morning of Monday March 2".
_APPOSITION = re.compile(r",\s?|\s")
_DAY_MONTH = re.compile(r"\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug"
                        r"|sep|oct|nov|dec)", re.IGNORECASE)


# A month and day with the year ("March 13, 2013", "3/13/2013"), and without ("March 13").
_STATED_YEAR = re.compile(r"\b(?:1[89]|20)\d\d$")
_MONTH_DAY = re.compile(r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:jan|feb|mar"
                        r"|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd"
                        r"|th)?", re.IGNORECASE)


def _in_stated_year(expression: DateExpression, resolved: tuple[date, DatePrecision],
                    stated: dict[tuple[int, int], date]) -> tuple[date, DatePrecision]:
    """A month and day without a year ("Mar. 13") in the year the text states it with
    ("March 13, 2013"): a report on a trial or an anniversary names the day in full once and
    then by month and day, which counted back from the report falls in the report's year."""
    if resolved[1] != "day" or not _MONTH_DAY.fullmatch(expression.text):
        return resolved
    day = stated.get((resolved[0].month, resolved[0].day))
    if day is None or not timedelta(0) < resolved[0] - day <= STATED_YEAR_SPAN:
        return resolved  # "born June 13, 2003" is not the "June 13" of a recent report
    return day, "day"


# A month and day is at most a year older than its reading counted back from the report.
STATED_YEAR_SPAN = timedelta(days=366)


def _as_dated_weekday(expression: DateExpression, resolved: tuple[date, DatePrecision],
                      dated: dict[int, date]) -> tuple[date, DatePrecision]:
    """A bare weekday ("Monday", "late Monday night") as the text's dated namesake."""
    if not dated or resolved[1] != "day":
        return resolved
    bare = _BARE_WEEKDAY.fullmatch(expression.text)
    if bare is None:
        return resolved
    day = dated.get(_WEEKDAY_NAMES.index(bare.group("name").lower()))
    if day is None or not timedelta(0) < resolved[0] - day <= DATED_WEEKDAY_SPAN:
        return resolved  # "Wednesday, May 4, 2011" recalls an old event; its name is another
    return day, "day"


# How much older than the weekday counted back from the report its dated namesake may be.
DATED_WEEKDAY_SPAN = timedelta(days=28)


# "Thanksgiving weekend", "over the Memorial Day holiday weekend", "Easter weekend": the
# holiday names a stretch of days around it, not its own day.
_HOLIDAY_WORD = re.compile(r"christmas|thanksgiving|independence|fourth|july|halloween"
                           r"|memorial|labor|easter|veterans|king|new\s+year|patrick"
                           # any other "... Day": Presidents, Columbus, Mother's, Father's
                           r"|\bday\b",
                           re.IGNORECASE)
_WEEKEND_AFTER = re.compile(r"(?:['’]s?)?\s+(?:holiday\s+|long\s+)?weekend\b", re.IGNORECASE)


def _holiday_weekend(text: str, expression: DateExpression,
                     resolved: tuple[date, DatePrecision]) -> tuple[date, date] | None:
    """The days of a holiday weekend: the holiday and the Friday-to-Sunday weekend nearest
    to it (a Monday holiday's weekend is the one before it, Thanksgiving's the one after)."""
    day, precision = resolved
    if precision != "day" or re.search(r"\d", expression.text) or not _HOLIDAY_WORD.search(
            expression.text) or not _WEEKEND_AFTER.match(text, expression.end):
        return None
    saturday = day + timedelta(days=(5 - day.weekday() + 3) % 7 - 3)
    return min(day, saturday - timedelta(days=1)), max(day, saturday + timedelta(days=1))


# "Week of 14 March 2016:", "Police log, week of Dec. 4-10:": the week a log or a digest
# covers, not the day of any one incident in it; the day an entry names inside it is.
_WEEK_OF_BEFORE = re.compile(r"\bweek\s+of\s+$", re.IGNORECASE)
REPORTING_WEEK = timedelta(days=6)


def _reporting_week(text: str, expression: DateExpression,
                    resolved: tuple[date, DatePrecision]) -> tuple[date, date] | None:
    """The seven days from the day after "week of", or None elsewhere."""
    if resolved[1] != "day" or not _WEEK_OF_BEFORE.search(
            text, max(0, expression.start - 10), expression.start):
        return None
    return resolved[0], resolved[0] + REPORTING_WEEK


# The page's own statement of when it was first put out: "Posted: Sunday, March 10, 2013",
# "(Published Monday, Sept. 23, 2013)", "Created: 01/26/2015", a dated dateline
# "SAVANNAH, GA (October 16, 2015):". "Updated" is left out: an update is later than the report.
# The word must stand as a label: at the start of a line or after "|" or "(", or capitalized
# before a colon ("... 5 injured Posted: Sunday, ..."); "a study published March 3, 2011" is
# prose about something else.
_REPORT_LABEL = re.compile(r"(?:(?:^|(?<=[|(]))[ \t]*(?i:posted|published|created)\b"
                           r"|\b(?:Posted|Published|Created|POSTED|PUBLISHED|CREATED)(?=\s*:))"
                           r"(?:\s+(?i:on|at))?\s*:?\s*", re.MULTILINE)
_DATED_DATELINE = re.compile(r"^[ \t]*[A-Z][A-Za-z.' -]{1,30}(?:,[ \t]+[A-Z][\w.]*)?,?[ \t]+\(\s*",
                             re.MULTILINE)
_DATELINE_CLOSE = re.compile(r"\s*\)\s*[:\-–—]")
# Only the top of a page carries its stamp; further down, "published" is a story's word.
REPORT_STAMP_SPAN = 3000


@lru_cache(maxsize=16)  # asked twice per article: for its candidates and for the best one
def report_day(text: str, published: datetime | None) -> date | None:
    """The day relative dates count from: the publication date, or the page's own earlier
    stamp of when it was first put out. A page re-dated by the crawl or the feed ("published"
    metadata of 2017 on a story that says "Posted: Jan. 26, 2015") still speaks of "Sunday" as
    the Sunday before its stamp."""
    if published is None:
        return None
    anchor = published.date()
    wire_day = _wire_dateline_day(text, anchor)
    if wire_day is not None:
        return wire_day
    head = text[:REPORT_STAMP_SPAN].lower()
    # Every label names one of these words: most pages have none, and the label pattern, which
    # may start anywhere, is then not tried at each of the top's characters.
    labelled = "posted" in head or "published" in head or "created" in head
    labels = [(m, False) for m in _REPORT_LABEL.finditer(text, 0, REPORT_STAMP_SPAN)
              ] if labelled else []
    labels += [(m, True) for m in _DATED_DATELINE.finditer(text, 0, REPORT_STAMP_SPAN)]
    for match, dateline in sorted(labels, key=lambda pair: pair[0].start()):
        window = text[match.end():match.end() + 45]
        opening = _full_day_opening(window, anchor)
        if opening is None or (dateline and not _DATELINE_CLOSE.match(window, opening[0].end)):
            continue
        return min(anchor, opening[1])
    return anchor


def _full_day_opening(window: str, anchor: date) -> tuple[DateExpression, date] | None:
    """The date expression that opens `window` and its day, where it is a full date with its
    year ("June 3, 2015", "03/02/2024"): a page's stamp or a row's heading states no less."""
    expression = next(iter_date_expressions(window), None)
    if expression is None or expression.start > 0 or _YEAR_IN.search(expression.text) is None:
        return None
    value = normalize_date_expression(expression.text, anchor)
    resolved = timex_to_date(value) if value else None
    if resolved is None or resolved[1] != "day":
        return None
    return expression, resolved[0]


# A wire story's dateline with its day and no year: "SEOUL, Nov 7 (Reuters) -", "TOKYO, Jan. 15
# -", "BEIJING, April 14 (Xinhua) --". The day is the one the story was filed on, in the place's
# own calendar: "Tuesday" and "yesterday" count from it. An outlet west of the place (Asia and
# the Pacific seen from Europe or America) often puts the story out the evening before by its
# own clock, so the dateline's day may be the day after the publication stamp; a day or two
# before it is a story the feed carried late.
_WIRE_DATELINE_DAY = re.compile(
    r"[ \t]*[A-Z][A-Za-z.'’ -]{1,30}(?:,[ \t]+[A-Z][A-Za-z.'’ ]{1,25})?,[ \t]+"
    r"(?P<month>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.?[ \t]+"
    r"(?P<day>\d{1,2})(?:[ \t]*\([^()\n]{1,25}\))?[ \t]*(?:-{1,2}|[–—:])", re.IGNORECASE)
WIRE_DATELINE_AHEAD = timedelta(days=1)
WIRE_DATELINE_BEHIND = timedelta(days=3)


def _wire_dateline_day(text: str, published: date) -> date | None:
    match = _WIRE_DATELINE_DAY.match(text)
    if match is None:
        return None
    month = MONTHS.get(match.group("month").lower()[:3])
    if month is None:
        return None
    for year in (published.year, published.year + 1, published.year - 1):
        try:
            day = date(year, month, int(match.group("day")))
        except ValueError:
            return None
        if published - WIRE_DATELINE_BEHIND <= day <= published + WIRE_DATELINE_AHEAD:
            return day
    return None


def _title_candidates(title: str | None, text: str, anchor: date | None, where: PlacesReader
                      ) -> list[DateCandidate]:
    """The headline's days, scored as a sentence of their own at the top of the article
    (not when the text repeats the headline as its first line: it is read there). Weeks and
    months in a headline ("third shooting this week") are left to the text."""
    if not title or not title.strip() or text.lstrip().startswith(title.strip()):
        return []
    found = []
    for expression in islice(iter_date_expressions(title), 5):
        resolved = _resolve(title, expression, (0, len(title)), anchor, where, text)
        if resolved is None or _ANAPHORIC_DAY.fullmatch(expression.text) or _holiday_weekend(
                title, expression, resolved) is not None or (
                _TITLE_STAMP.search(title, 0, expression.start)
                and not title[expression.end:].strip(" .)")):
            continue  # "... | Feb. 12, 2017": the page's date at the end of its headline
        candidate = _candidate(title, expression, (0, len(title)), resolved,
                               anchor or _NO_ANCHOR)
        if candidate is not None and candidate.precision == "day":
            found.append(replace(candidate, expression=DateExpression(-1, -1, expression.text),
                                 score=candidate.score + TITLE_ADJUSTMENT))
    return found


_TITLE_STAMP = re.compile(r"(?:[|–—-]|\s:|\()\s*$")
# A headline is terse: a day the text also states is read better in the text (with its
# clause and time of day), so the headline's day ranks below an equally supported one there.
TITLE_ADJUSTMENT = -1.0


def resolve_event_date(text: str, published: datetime | None,
                       document: Document | None = None,
                       candidates: list[DateCandidate] | None = None) -> EventDate | None:
    """The date of the main event `text` reports, or None when the text states none. With the
    article's `document`, the best candidates are also read in their clause (dates_roles.py).
    `candidates` are `date_candidates(text, published)` when the caller has them already."""
    if candidates is None:
        candidates = date_candidates(text, published)
    candidates = _without_earlier_incidents([c for c in candidates if not c.history], text)
    if document is not None:
        candidates = _read_clauses(candidates, document)
    candidates = _overnight_only_without_a_day(candidates)
    if not candidates:
        return _row_date(text, published) or _first_entry_day(text, published)
    heading = next((c for c in candidates if c.precision == "day"
                    and _is_record_heading(text, c.expression)), None)
    best = heading or _narrowed(max(candidates, key=lambda c: (c.score, -c.expression.start)),
                                candidates, report_day(text, published))
    if document is not None and document.sentences:
        best = _day_over_another_period(best, candidates, document.sentences, document.text)
        best = _answer_over_question(best, candidates, document.sentences, document.text)
    if best.court_step:
        # "A man accused of shooting his neighbor pleaded not guilty Tuesday": the only day
        # the text gives is the court's; the act's is not stated.
        return None
    if _tallied_stretch(best, text):
        return None
    return EventDate(
        value=best.value,
        precision=best.precision,
        text=best.expression.text,
        start=best.expression.start,
        end=best.expression.end,
    )


# A live page whose days are only its entries' stamps ("UPDATE 1, 06 May, 21:30: Gunfire is
# being heard ...", "Posted 2 Sep, 18:10 - Explosion reported ..."): the first entry that tells
# the act was posted as it happened, so its day is the event's. A page needs two stamped
# entries; one stamp is the page's own, which dates no event (see `_is_stamp`).
ENTRY_STAMP_REACH = 40
LIVE_PAGE_ENTRIES = 2


def _first_entry_day(text: str, published: datetime | None) -> EventDate | None:
    anchor = report_day(text, published)
    if anchor is None:
        return None
    entries: list[tuple[date, DateExpression]] = []
    for expression in islice(iter_date_expressions(text), MAX_DATE_EXPRESSIONS):
        line_start = text.rfind("\n", 0, expression.start) + 1
        if expression.start - line_start > ENTRY_STAMP_REACH or not _is_stamp(text, expression):
            continue
        value = normalize_date_expression(expression.text, anchor)
        resolved = timex_to_date(value) if value else None
        if resolved is None or resolved[1] != "day" or resolved[0] > anchor:
            continue
        line_end = text.find("\n", expression.end)
        if _EVENT_ACTS.search(text, expression.end, line_end if line_end >= 0 else len(text)):
            entries.append((resolved[0], expression))
        else:
            entries.append((date.max, expression))  # an entry, but not of the act
    acts = [entry for entry in entries if entry[0] != date.max]
    if len(entries) < LIVE_PAGE_ENTRIES or not acts:
        return None
    day, expression = min(acts, key=lambda entry: (entry[0], entry[1].start))
    return EventDate(value=day, precision="day", text=expression.text,
                     start=expression.start, end=expression.end)


def _tallied_stretch(best: DateCandidate, text: str) -> bool:
    """A weekend or a holiday stretch that a tally sums ("31 people were wounded by gunfire
    across the city over the Labor Day weekend", "twelve were shot in seven unrelated
    shootings over the weekend"): the figure is many acts' (aggregates.sums_other_events), and
    a report that names no day of one of them inside the stretch (`_narrowed` found none) states no
    event date. A short note (aggregates.is_note) is the record of what it sums ("Gunmen shot
    dead three officials in unrelated attacks during the week of 13 November"): its stretch
    dates it."""
    return (best.precision == "week" and best.expression.start >= 0 and not is_note(text)
            and sums_other_events(text, best.expression.start, best.expression.end))


# "overnight" alone dates the night that ends on the report's day: a fallback, for a report
# that names no day of its own ("Clashes erupted overnight"); a day the text names ("Friday
# night", "late Monday", "Nov. 9") says which night it was.
_OVERNIGHT = re.compile(r"(?:the\s+)?overnight(?:\s+hours)?", re.IGNORECASE)


# "overnight" with an evening clock and no day ("an overnight standoff began at 9:40 p.m.",
# "shot overnight ... at about 11:15 p.m."): the night began on the day before the report's, and
# the act, timed in its evening, happened on that day.
_EVENING_CLOCK = re.compile(r"\b(?:[1-9]|1[01])(?::[0-5]\d)?\s*p\.?\s?m\b", re.IGNORECASE)
EVENING_CLOCK_REACH = 200  # the sentence of "overnight" and the start of the next


def _overnight_only_without_a_day(candidates: list[DateCandidate]) -> list[DateCandidate]:
    overnight = [c for c in candidates if _OVERNIGHT.fullmatch(c.expression.text)]
    if overnight and any(c.precision == "day" and c not in overnight for c in candidates):
        return [c for c in candidates if c not in overnight]
    return candidates


def _narrowed(best: DateCandidate, candidates: list[DateCandidate],
              anchor: date | None) -> DateCandidate:
    """A period ("over the weekend", "last week", "earlier this month") narrowed to the day
    the text names inside it: a lead often says when vaguely and the body says which day
    ("... shot over the weekend." ... "Officers responded at 2 a.m. Sunday"). The report's
    own day does not narrow it: a writer who knew it was today would not say "earlier this
    week", and that day is the one of the statements ("police said Thursday")."""
    if best.precision not in ("week", "month", "year"):
        return best
    first, last = _period(best)
    inside = [c for c in candidates
              if c.precision == "day" and first <= c.value <= last and c.value != anchor
              and c.score > NARROWING_FLOOR]
    if not inside:
        return best
    return max(inside, key=lambda c: (c.score, -c.expression.start))


def _day_over_another_period(best: DateCandidate, candidates: list[DateCandidate],
                             sentences: list[Sentence], text: str) -> DateCandidate:
    """The day of a lead that tells an act or its harm, over a month or a year in a later
    sentence that does not hold it ("14 miners died when a shaft caved in early on Monday" ...
    "In August, a landslide killed 22"; "on Wednesday night" ... "3,571 killed since
    January"): the lead tells the report's own act by its day; a month or a year outside it,
    told after, is another act's or a tally's. A lead that tells no act ("Police said Monday
    that ...") yields, and so does a day told after the month ("wounded in 2023 ... arrested
    on Jan. 9, 2024") or a day of a step after the act ("pleaded not guilty Monday to the
    shootings last month")."""
    if best.precision not in ("month", "year") or best.expression.start < 0:
        return best
    lead_end = sentences[min(LEAD_SENTENCES, len(sentences)) - 1].end
    starts = [s.start for s in sentences]
    best_sentence = starts[max(0, bisect_right(starts, best.expression.start) - 1)]
    end = min(lead_end, best_sentence)
    lead = " ".join(s.text for s in sentences[:LEAD_SENTENCES] if s.end <= end)
    if not (_EVENT_ACTS.search(lead) or _HARM.search(lead)):
        return best
    first, last = _period(best)
    rivals = [c for c in candidates if c.precision == "day" and not first <= c.value <= last
              and 0 <= c.expression.start < end and not _STEP_AFTER_THE_ACT.search(
                  text, max(0, c.expression.start - 60), c.expression.end + 40)]
    return max(rivals, key=lambda c: (c.score, -c.expression.start)) if rivals else best


_STEP_AFTER_THE_ACT = re.compile(rf"{_FOLLOW_UP_NEAR.pattern}|\b(?:arrest|custody|apprehend)",
                                 re.IGNORECASE)
_HARM = re.compile(r"\b(?=[A-Za-z])(?:died|dies|dead|deaths?|injured|injuring|hurt|drowned"
                   r"|missing)\b", re.IGNORECASE)
# The lead: the first two sentences (a dateline's scene-setting sentence, then the toll).
LEAD_SENTENCES = 2


# A day below this score (a page stamp's neighbour, a follow-up far down) narrows nothing.
NARROWING_FLOOR = 3.5


def _period(candidate: DateCandidate) -> tuple[date, date]:
    """First and last day of a day, week, weekend, month or year (a weekend's Friday night
    counts)."""
    if candidate.period is not None:
        return candidate.period
    start = candidate.value
    if candidate.precision == "day":
        return start, start
    if candidate.precision == "year":
        return date(start.year, 1, 1), date(start.year, 12, 31)
    if candidate.precision == "week":
        if start.weekday() == 5:  # a weekend: timex_to_date puts it on its Saturday
            return start - timedelta(days=1), start + timedelta(days=1)
        # An ISO week begins on Monday, the week of an American calendar on the Sunday
        # before: "a hunting accident earlier this week" in Thursday's paper may be Sunday's.
        return start - timedelta(days=1), start + timedelta(days=6)
    following = date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return start, following - timedelta(days=1)


# Candidates read in their clause: the surface score's best few (each costs a parse).
CLAUSE_CANDIDATES = 3


def clause_sentences(candidates: list[DateCandidate], document: Document) -> list[Sentence]:
    """The sentences of the candidates whose clause will be read (the best few)."""
    return list({s.start: s for s in _where(_best(candidates), document).values()}.values())


def _best(candidates: list[DateCandidate]) -> list[DateCandidate]:
    ranked = sorted((c for c in candidates if not c.counted and not c.history),
                    key=lambda c: (-c.score, c.expression.start))
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
    unread_lead = _lead_days_unread(rest, document)
    where.update(_where(unread_lead, document))
    document.prepare(list({s.start: s for s in where.values()}.values()))
    violence = bool(_VIOLENCE.search(document.text))
    first_start = document.sentences[0].start if document.sentences else -1
    lead_end = document.sentences[min(LEAD_SENTENCES, len(document.sentences)) - 1].end if (
        document.sentences) else -1
    lead_acts: list[tuple[date, int]] = []  # the days the lead gives its own act, and where
    named: list[tuple[DateCandidate, int]] = []  # days that name an act, and where
    read = []
    for candidate in top:
        sentence = where.get(id(candidate))
        parse = document.parse(sentence) if sentence is not None else None
        if parse is not None and sentence is not None:
            bonus = clause_score(parse, candidate.expression.start - sentence.start,
                                 candidate.expression.end - sentence.start, violence=violence,
                                 lead=sentence.start == first_start)
            if bonus in (NOT_A_TIME, ANOTHER_ACT):
                continue  # "a Christmas party", "Lisa March": no time at all; or another act's
            span = (candidate.expression.start - sentence.start,
                    candidate.expression.end - sentence.start)
            if candidate.precision in ("month", "year") and ((
                    bonus == BACKGROUND_PENALTY and dates_a_record(parse, *span))
                    or tallies_acts(parse, *span)):
                # A month or a year of a record before the act ("a felon paroled in June 2020",
                # "built in 1974") or of a tally ("In 2022, police recorded 41 shootings"): news
                # tells its own event by its day, and such a period dates nothing it reports.
                continue
            names_its_act = candidate.precision == "day" and _names_its_act(
                document.text, candidate.expression)
            another = candidate.precision == "day" and _ANOTHER_ACT.search(
                document.text, sentence.start, candidate.expression.start) is not None
            scene = sentence.start == first_start and _scene_of_an_act(
                bonus, document.text, sentence, candidate.expression)
            if not another and (bonus == EVENT_BONUS or scene) and not names_its_act and (
                    candidate.precision == "day") and (
                    0 <= candidate.expression.start < lead_end) and not _OVERNIGHT.fullmatch(
                    candidate.expression.text):  # "overnight" is the report's day, a fallback
                lead_acts.append((candidate.value, sentence.start))
            if _full_date_names_its_act(document.text, candidate.expression) or (
                    _weekday_names_its_act(document.text, candidate.expression)):
                # "convicted in the May 7, 2015, shooting", "charged in the Sunday shooting"
                bonus = EVENT_BONUS
            elif _is_record_date(document.text, candidate.expression):
                bonus = max(bonus, 0.0)  # a log's field: no clause of prose to read
            if bonus == COURT_STEP:
                # A date naming an act ("indicted in the May 5 shooting death") is no court
                # day, whatever verb the parser hangs it on.
                candidate = replace(candidate, court_step=not _names_an_act_noun(
                    document.text, candidate.expression))
                bonus = BACKGROUND_PENALTY
            candidate = replace(candidate, score=candidate.score + bonus)
            if names_its_act or another:
                named.append((candidate, sentence.start))
        read.append(candidate)
    lead_acts += _lead_acts_of_unread_days(unread_lead, where, document, violence)
    if lead_acts and named:
        # A lead that tells its act with its day ("A man was shot dead Sunday night on Dover
        # Street"), then a later sentence naming an act by another day ("a teen was charged in
        # connection with Saturday's shooting at a bus stop", "Thursday's killing remains
        # unsolved"): a round-up's other act, named as one the reader knows; the lead's is
        # the report's own.
        lead_days = {day for day, _ in lead_acts}
        lead_start = min(start for _, start in lead_acts)
        other = {id(c) for c, start in named if start > lead_start and c.value not in lead_days}
        read = [c for c in read if id(c) not in other]
    return read + rest


def _lead_days_unread(rest: list[DateCandidate], document: Document) -> list[DateCandidate]:
    """The days the lead sentence states that are not among the candidates whose clause is
    read (a round-up's later days may outrank its lead's): read only to learn the lead's own
    act day, their scores unchanged."""
    if not document.sentences:
        return []
    lead = document.sentences[0]
    return [c for c in rest if c.precision == "day" and not c.counted and not c.history
            and lead.start <= c.expression.start < lead.end][:LEAD_DAYS_READ]


LEAD_DAYS_READ = 2


def _lead_acts_of_unread_days(lead_days: list[DateCandidate], where: dict[int, Sentence],
                              document: Document, violence: bool) -> list[tuple[date, int]]:
    """The lead sentence's days that date its own act: the clause tells the act at the day, or
    the day sits in a scene the sentence tells an act in ("was shot in the leg while sitting on
    her porch Sunday evening", "Gunfire on Sunday sent parents fleeing")."""
    acts = []
    for candidate in lead_days:
        sentence = where.get(id(candidate))
        parse = document.parse(sentence) if sentence is not None else None
        if parse is None or sentence is None or _OVERNIGHT.fullmatch(candidate.expression.text):
            continue
        bonus = clause_score(parse, candidate.expression.start - sentence.start,
                             candidate.expression.end - sentence.start, violence=violence,
                             lead=True)
        if _names_its_act(document.text, candidate.expression):
            continue
        if bonus == EVENT_BONUS or _scene_of_an_act(bonus, document.text, sentence,
                                                    candidate.expression):
            acts.append((candidate.value, sentence.start))
    return acts


def _scene_of_an_act(bonus: float, text: str, sentence: Sentence,
                     expression: DateExpression) -> bool:
    """A lead's day the clause reading finds neither the act's nor another's, in a sentence
    that tells an act by its verb: the scene the act happened in. Not a day of a statement or
    a step after the act ("describes the video of the shooting during a press conference
    Monday", a photo caption's)."""
    return bonus == 0.0 and _SCENE_ACT.search(text, sentence.start, sentence.end) is not None and (
        _REPORTING_BEFORE.search(text[max(sentence.start, expression.start - 40):expression.start])
        is None) and _FOLLOW_UP_NEAR.search(
        text, max(sentence.start, expression.start - 60), min(sentence.end, expression.end + 40)
        ) is None


_SCENE_ACT = re.compile(r"\b(?:was|were)\s+(?:\w+\s+)?(?:shot|stabbed|wounded|killed|struck|hit"
                        r"|injured|hurt|attacked|robbed)\b|\bopened\s+fire\b", re.IGNORECASE)


# A later sentence that tells another act than the lead's, by its words: "A second shooting,
# on Sunday morning on Glen Street, left one man dead", "In a separate incident Monday, ...",
# "Another man was stabbed on Friday".
_ANOTHER_ACT = re.compile(
    r"\b(?:(?:a|the)\s+second|another|(?:a|an|in\s+a|in\s+an)\s+(?:separate|unrelated)"
    r"|separately|in\s+other\s+news|elsewhere)\b", re.IGNORECASE)


def timex_to_date(value: str) -> tuple[date, DatePrecision] | None:
    """The first day and precision of a TIMEX3 value: day, ISO week or weekend, month or
    year."""
    try:
        if re.fullmatch(r"\d{4}-\d\d-\d\d(?:T\w+)?", value):
            return date.fromisoformat(value[:10]), "day"
        if re.fullmatch(r"\d{4}-W\d\d(?:-WE)?", value):
            # A weekend begins on its Saturday, a week on its Monday.
            first = 6 if value.endswith("-WE") else 1
            return date.fromisocalendar(int(value[:4]), int(value[6:8]), first), "week"
        if re.fullmatch(r"\d{4}-\d\d", value):
            return date(int(value[:4]), int(value[5:7]), 1), "month"
        if re.fullmatch(r"\d{4}", value):
            return date(int(value), 1, 1), "year"
    except ValueError:
        return None
    return None


def _resolve(text: str, expression: DateExpression, bounds: tuple[int, int],
             anchor: date | None, where: PlacesReader, article: str | None = None
             ) -> tuple[date, DatePrecision] | None:
    """The first day and precision the expression names, read against the publication date.
    `article` is the story's text when `text` is its headline."""
    sentence = text[bounds[0]:bounds[1]]
    if anchor is None and not _YEAR_IN.search(expression.text):
        return None  # a relative date means nothing without the publication date
    country = None
    if _NATIONAL_DAY.search(expression.text) or _BARE_SLASH.fullmatch(expression.text):
        # "Independence Day festivities in Karachi": August 14; the holiday's own sentence
        # names the nation's place first, else the story's lead. The same place says in
        # which order "on 12/3" writes its day and month.
        story = text if article is None else article
        place = lead_place(story, where(), bounds if article is None else (-1, 0)) or (
            lead_place(story, where()))
        country = place.country if place is not None else None
    value = normalize_date_expression(expression.text, anchor or _NO_ANCHOR, context=sentence,
                                      country=country)
    resolved = timex_to_date(value) if value else None
    if resolved is not None and anchor is not None and resolved == (
            anchor - timedelta(days=1), "day") and _LAST_WEEKDAY.fullmatch(expression.text):
        # "last Friday" in Saturday's report: nobody calls yesterday "last Friday"; it is
        # the Friday of the week before.
        return anchor - timedelta(days=8), "day"
    if resolved is not None and anchor is not None and resolved[0] > anchor and (
            resolved[1] == "day" and _BARE_MONTH_DAY.fullmatch(expression.text)
            and not speaks_of_the_future(expression.text, sentence)
            and _told_as_past(sentence, expression.text)):
        # "was wounded near 3:15 p.m. July 21" in an April report: TIMEX3 reads
        # a month and day up to four months ahead as a coming one, but a date the words do not
        # set ahead is, for the event, the last one that has passed.
        try:
            return resolved[0].replace(year=resolved[0].year - 1), "day"
        except ValueError:  # February 29
            return None
    if resolved is not None and anchor is not None and resolved[0] > anchor and (
            _AMBIGUOUS_NUMERIC_DATE.fullmatch(expression.text)
            and not speaks_of_the_future(expression.text, sentence)
            and (_told_as_past(sentence, expression.text)
                 or _is_record_date(text, expression))):
        # "was assaulted by three persons on 04/03/2025" in a report of March 6 (or a log's
        # "Incident date: 07/03/2020" in one of March 10): read month first the day is still
        # to come, so it is written day first, as most of the world does.
        swapped = date(resolved[0].year, resolved[0].day, resolved[0].month)
        return (swapped, "day") if swapped <= anchor else None
    if resolved is not None and anchor is not None and resolved[1] == "day":
        held = _stretch_holding_the_report_day(expression.text, resolved[0], anchor) or (
            _numeric_stretch_holding_the_report_day(text, expression, resolved[0], anchor))
        if held is not None:
            return held, "day"
    return resolved


def _numeric_stretch_holding_the_report_day(text: str, expression: DateExpression,
                                            first_day: date, anchor: date) -> date | None:
    """The report's day when the expression opens a stretch of two bare numeric days that
    holds it ("between 08/10 and 17/10" in a log's entry of 10/10), as a dashed stretch does
    (see `_DASHED_STRETCH`); its second day is written in the order of the first's."""
    if not _BARE_SLASH.fullmatch(expression.text):
        return None
    numbers = numeric_stretch_end(text, expression.start)
    if numbers is None:
        return None
    day_first = int(expression.text.split("/")[0]) == first_day.day
    month, day = (numbers[1], numbers[0]) if day_first else numbers
    try:
        last_day = date(first_day.year, month, day)
    except ValueError:
        return None
    return anchor if first_day < anchor <= last_day else None


# A stretch of days written with a dash or "to" ("over 24-26 June", "Jun.19-20", "from 3 to 6
# May"): TIMEX3 reads its first day, where it began. A stretch that holds the report's own day
# (later than its first) is told by a report of that day: an incident log's entry for each day
# of fighting, a dispatch sent while it lasts; the report's day is the one it is of. A stretch
# over before the report keeps its first day; two days joined by "and" are read apart (see
# timex_resolve.resolve_month_day).
_DASHED_STRETCH = re.compile(r"(?<!\d)(?P<first>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s*"
                             r"(?:[-\u2013]|to)\s*(?P<last>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
                             r"(?![\d/:.]\d)")

_ISO_DAY = re.compile(r"\d{4}-\d")


def _stretch_holding_the_report_day(expression: str, first_day: date, anchor: date
                                    ) -> date | None:
    stretch = None if _ISO_DAY.search(expression) else _DASHED_STRETCH.search(expression)
    if stretch is None or int(stretch.group("first")) != first_day.day:
        return None
    length = int(stretch.group("last")) - first_day.day
    if length <= 0:
        return None  # "30-2 May" begins in the month before: not read here
    return anchor if first_day < anchor <= first_day + timedelta(days=length) else None


_NATIONAL_DAY = re.compile(r"\b(?:independence|republic|national)\s+day\b", re.IGNORECASE)
_BARE_SLASH = re.compile(r"\d{1,2}/\d{1,2}")
# A numeric date whose first two numbers can both be a month ("04/03/2025").
_AMBIGUOUS_NUMERIC_DATE = re.compile(r"(?:0?[1-9]|1[0-2])/(?:0?[1-9]|1[0-2])/(?:\d{4}|\d\d)")


# Past-tense act words before a month and day, across a clock time ("was wounded near 3:15
# p.m. July 21", "broke out at roughly 11:20 p.m. July 27"), or an act's noun after it ("the
# May 30 death", "the June 12 shootout").
_PAST_ACT_BEFORE = re.compile(
    r"\b(?=[A-Za-z])(?:was|were|had|died|killed|shot|wounded|injured|occurred|happened|took\s+place"
    r"|erupted|exploded|attacked|opened\s+fire|broke\s+out|stabbed|robbed|beaten|found)\b"
    r"(?:[^.;]|\b[ap]\.m\.|\b[AP]\.M\.){0,40}$")
_ACT_AFTER = re.compile(
    r"\s+(?:(?:deadly|fatal|double|triple|mass|shooting|stabbing)\s+)?(?:death|shootout"
    r"|gunfight|firefight|drive-by|rampage|shooting|killing|slaying|homicide|murder|stabbing"
    r"|robbery|carjacking|home\s+invasion)s?\b", re.IGNORECASE)


def _told_as_past(sentence: str, expression: str) -> bool:
    """The sentence tells the date's act as past: act words before it (a clock time between
    them does not end the clause) or the act's noun after it."""
    at = sentence.find(expression)
    if at < 0:
        return False
    return bool(_PAST_ACT_BEFORE.search(sentence, max(0, at - 70), at)
                or _ACT_AFTER.match(sentence, at + len(expression)))


_LAST_WEEKDAY = re.compile(r"last\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day"
                           r"(?:\s+(?:morning|afternoon|evening|night))?", re.IGNORECASE)


# A month and its day, without a weekday or a year ("Aug. 3", "June 8th", "the 14th of May").
_MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_BARE_MONTH_DAY = re.compile(rf"{_MONTH_WORD}\s*\d{{1,2}}(?:st|nd|rd|th)?"
                             rf"|(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_WORD}",
                             re.IGNORECASE)


def _candidate(text: str, expression: DateExpression, bounds: tuple[int, int],
               resolved: tuple[date, DatePrecision], anchor: date) -> DateCandidate | None:
    day, precision = resolved
    if day > anchor or _is_stamp(text, expression):
        return None  # a coming hearing or funeral, or the page's own time stamp
    sentence_start, sentence_end = bounds
    score = _score(text, expression, text[sentence_start:sentence_end], sentence_start, day,
                   precision, anchor)
    return DateCandidate(expression, day, precision, score)


# "that day", "on this day", "later in the day": the day the text named last, not the
# publication day (TIMEX3 resolves them against the document date when they stand alone).
_ANAPHORIC_DAY = re.compile(r"(?:the|that|this)\s+(?:same\s+|very\s+)?day", re.IGNORECASE)
# "the previous evening", "the preceding day": the day before a statement's day the text named
# last ("police said on Wednesday that ... stabbed the previous evening" is Tuesday). After the
# day of an act it tells what led up to that act ("were shot on 3/7 ... the dispute began the
# previous evening"), and with no day named before, a background act of the report's (a
# conflict log's "protested against the killing of a protester the previous day"): neither is
# the event's day, and neither is read.
# A statement's day: "said on Wednesday", "told reporters on Monday", "In a statement on
# Monday": the act told after it, counted back from it, is the news.
_STATEMENT_BEFORE = re.compile(
    r"\b(?:said|says|told|announced|confirmed|stated|statement|reported|added|revealed)\b"
    r"[^.;]{0,25}$", re.IGNORECASE)
# The statement's verb right after its day: "Firefighters on Tuesday said ...".
_STATEMENT_AFTER = re.compile(r",?\s+(?:said|told|announced|confirmed|stated|reported|revealed)\b",
                              re.IGNORECASE)
# A day of a step that follows the act ("arrested Monday", "was charged on Friday", "booked
# into jail Tuesday"): counted back from it, "the previous evening" is the act's, as from a
# statement's day.
_STEP_BEFORE_A_DAY = re.compile(
    r"\b(?=[A-Za-z])(?:arrest(?:ed)?|detained|apprehended|captured|caught|booked|jailed"
    r"|charged(?!\s+(?:at|toward|towards|into)\b)|indicted|arraigned|custody|surrendered"
    r"|(?:turned|handed)\s+(?:himself|herself|themselves)\s+in"
    r"|gave\s+(?:himself|herself|themselves)\s+up)\b[^.;]{0,30}$", re.IGNORECASE)
_PREVIOUS_DAY = re.compile(r"the\s+(?:previous|preceding)\s+(?:day|night|evening|morning"
                           r"|afternoon)|the\s+(?:night|evening|morning|afternoon)\s+before",
                           re.IGNORECASE)
_UNTIL_NOW = re.compile(r"\b(?=[A-Za-z])"
                        r"(?:to|until|till)\s+$", re.IGNORECASE)  # "to this day" is now
_DAY_BEFORE = re.compile(r"\s+(?:before|earlier|prior)\b(?!\s+(?:the|a|an|his|her|their)\b)",
                         re.IGNORECASE)
_DAY_AFTER = re.compile(r"\s+(?:after|later)\b(?!\s+(?:the|a|an|his|her|their)\b)",
                        re.IGNORECASE)
# "the day after the shooting", "the day before his arrest": a day counted from an event the
# text names, not from the day it named last; which day that is, the words do not say.
_DAY_FROM_EVENT = re.compile(r"\s+(?:before|after|prior\s+to|following|of)\s+(?:the|a|an|his|her"
                             r"|their|its|my|our|your)\b", re.IGNORECASE)


# "the week before", "the week prior", "the week after": a week counted from the day the text
# named last, like "the day before"; with no day named, from nothing the text states (TIMEX3
# would read "the week" as the report's own week).
_ANAPHORIC_WEEK = re.compile(r"the\s+week", re.IGNORECASE)
_WEEK_COUNTED = re.compile(r"\s+(?P<dir>before|earlier|prior|after|later)\b"
                           r"(?!\s+(?:the|a|an|his|her|their|its|last|this)\b)", re.IGNORECASE)


_PRESENT_STATEMENT = re.compile(r"\b(?:says|say)\b", re.IGNORECASE)


def _statement_day_after(text: str, expression: DateExpression,
                         expressions: list[DateExpression], bounds: tuple[int, int],
                         anchor: date | None, where: PlacesReader) -> date | None:
    """The day of a statement told after a relative day in its sentence ("was shot the
    previous evening, police said Tuesday"): what "the previous evening" counts back from, as
    from a statement's day told before it."""
    following = next((e for e in expressions if e.start >= expression.end), None)
    if following is None or following.end > bounds[1]:
        # "... abducted the students the previous day, police say": a statement in the
        # present tense is made on the report's day, which the relative day counts back from.
        present = _PRESENT_STATEMENT.search(text, bounds[0], bounds[1]) is not None
        return anchor if present and not any(
            bounds[0] <= e.start < bounds[1] and e is not expression for e in expressions) else None
    if not _STATEMENT_BEFORE.search(text, max(expression.end, following.start - 40),
                                    following.start):
        return None
    resolved = _resolve(text, following, bounds, anchor, where)
    return resolved[0] if resolved is not None and resolved[1] == "day" else None


def _anaphoric_week(counted: re.Match[str], last_day: date | None
                    ) -> tuple[date, DatePrecision] | None:
    """The week before or after (`counted`, a `_WEEK_COUNTED` match) the last day the text
    named, or None without one."""
    if last_day is None:
        return None
    after = counted.group("dir").lower() in ("after", "later")
    return last_day + timedelta(days=7 if after else -7), "week"


# "A year ago today, a gunman killed five people", "one year ago Saturday", "two years ago on
# Sunday night": an anniversary names the day of the act it recalls, that day N years back; the
# finder gives "a year ago" (a year) and the day word (the report's day) apart. Weeks compose
# the same way ("a week ago Saturday", "two weeks ago Friday night", "a fortnight ago
# yesterday"): the day named, that many weeks before its latest namesake; and months ("a month
# ago today", "six months ago Sunday"): that day of the month, that many months back.
_YEARS_AGO = re.compile(r"(?:(?:exactly|just|nearly|almost|about)\s+)?(?P<count>a|an|one|two"
                        r"|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
                        r"(?P<unit>years?|months?|weeks?|fortnights?)\s+ago", re.IGNORECASE)
# Not across a comma: "Three years ago, he was shot; on Thursday he was shot again" tells two
# acts.
_ANNIVERSARY_DAY = re.compile(r"(?:today|yesterday|this\s+week|(?:mon|tues|wednes|thurs|fri|satur"
                              r"|sun)day)"
                              r"(?:\s+(?:morning|afternoon|evening|night))?", re.IGNORECASE)
_AGO_TO_DAY = re.compile(r"\s+(?:on\s+)?")
_YEARS_AGO_ON_A_DAY = re.compile(rf"{_YEARS_AGO.pattern}\s+(?:on\s+)?"
                                 rf"(?P<day>{_ANNIVERSARY_DAY.pattern})", re.IGNORECASE)


def _years_ago_on_a_day(text: str, expressions: list[DateExpression]) -> list[DateExpression]:
    """The expressions with each "N years ago" and the day word right after it joined."""
    joined: list[DateExpression] = []
    for expression in expressions:
        previous = joined[-1] if joined else None
        if previous is not None and _YEARS_AGO.fullmatch(previous.text) and _AGO_TO_DAY.fullmatch(
                text, previous.end, expression.start) and _ANNIVERSARY_DAY.fullmatch(
                expression.text):
            joined[-1] = DateExpression(previous.start, expression.end,
                                        text[previous.start:expression.end])
            continue
        joined.append(expression)
    return joined


def _years_before(anniversary: re.Match[str], anchor: date | None
                  ) -> tuple[date, DatePrecision] | None:
    if anchor is None:
        return None
    value = normalize_date_expression(anniversary.group("day"), anchor)
    resolved = timex_to_date(value) if value else None
    if resolved is None or resolved[1] not in ("day", "week"):
        return None
    raw = anniversary.group("count").lower()
    count = int(raw) if raw.isdigit() else _COUNT_WORDS[raw]
    unit = anniversary.group("unit").lower()
    if unit.startswith("month"):
        # "a month ago today", "six months ago Sunday": the same day of the month that many
        # months back (the month's last day when it is shorter).
        months = resolved[0].year * 12 + resolved[0].month - 1 - count
        year, month = divmod(months, 12)
        last = (date(year + (month + 1) // 12, (month + 1) % 12 + 1, 1) - timedelta(days=1)).day
        return date(year, month + 1, min(resolved[0].day, last)), resolved[1]
    if not unit.startswith("year"):
        weeks = count * (2 if unit.startswith("fortnight") else 1)
        return resolved[0] - timedelta(weeks=weeks), resolved[1]
    try:  # "ten years ago this week": the week of the report's day, that many years back
        return resolved[0].replace(year=resolved[0].year - count), resolved[1]
    except ValueError:  # February 29
        return None


# "two days earlier", "a week later", "three days before": counted from the day the text
# named last, not from the report ("ago" counts from the report).
_COUNTED_FROM_THEN = re.compile(r"(?:(?:about|some|nearly|almost|just|only)\s+)?(?P<count>a|an"
                                r"|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+"
                                rf"{_COUNTED_UNIT}\s+(?P<dir>earlier|before|later)",
                                re.IGNORECASE)
_COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
                "twelve": 12}
_DAYS_IN_UNIT = {"day": 1, "night": 1, "week": 7, "fortnight": 14}


def _counted_days(count: str | None, unit: str | None) -> int | None:
    """How many days "two weeks", "a fortnight", "48 hours" count; None for hours that are not
    whole days."""
    raw = (count or "one").lower()
    number = int(raw) if raw.isdigit() else _COUNT_WORDS[raw]
    name = (unit or "day").lower().rstrip("s")
    if name == "hour":
        return number // 24 if number % 24 == 0 and number else None
    return number * _DAYS_IN_UNIT[name]


def _counted_from_then(text: str, expression: DateExpression, counted: re.Match[str],
                       last_day: date | None) -> tuple[date, DatePrecision] | None:
    """The day a count of days or weeks before or after the day named last gives ("was
    arrested Friday ... in a shooting a day earlier"); None when no day was named before, or
    when the count runs from an event ("two days before the shooting")."""
    direction = counted.group("dir").lower()
    if last_day is None or (direction == "before" and not _CLAUSE_END.match(
            text, expression.end)) or _THAN.match(text, expression.end):
        return None
    days = _counted_days(counted.group("count"), counted.group("unit"))
    if days is None:
        return None
    sign = 1 if direction == "later" else -1
    return last_day + timedelta(days=sign * days), "day"


def _counted_from_a_named_day(text: str, expression: DateExpression, counted: re.Match[str],
                              expressions: list[DateExpression], bounds: tuple[int, int],
                              anchor: date | None, where: PlacesReader
                              ) -> tuple[date, DatePrecision] | None:
    """A count before or after a day named right after it ("two weeks before Saturday's
    memorial walk", "three days after Monday's vote", "a day before March 3"): that day,
    counted back or forward."""
    direction = counted.group("dir").lower()
    following = next((e for e in expressions if e.start >= expression.end), None)
    if direction not in ("before", "after") or following is None or not _ONE_SPACE.fullmatch(
            text, expression.end, following.start):
        return None
    days = _counted_days(counted.group("count"), counted.group("unit"))
    resolved = _resolve(text, following, bounds, anchor, where)
    if days is None or resolved is None or resolved[1] != "day":
        return None
    return resolved[0] + timedelta(days=days if direction == "after" else -days), "day"


_ONE_SPACE = re.compile(r"\s+")
# "two days before Lee was shot", "a week before the trial": "before" with an object counts
# from that event, which the words do not date; "earlier than planned" is no day at all.
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)]|$)")
_THAN = re.compile(r"\s+than\b", re.IGNORECASE)
# A day counted forward from the day named last tells what followed it ("was shot June 3 ...
# died two days later", "another shooting just five weeks later"): a sequel, not the event.
COUNTED_LATER_PENALTY = 1.5


def _anaphoric_day(text: str, expression: DateExpression, last_day: date | None
                   ) -> tuple[date, DatePrecision] | None:
    """An anaphoric day is the last day the text named before it ("was shot Friday ... died
    later that day"; "the day before" is the day before that one); with no day named before,
    it refers to nothing the text states."""
    if last_day is None or _DAY_FROM_EVENT.match(text, expression.end):
        return None
    if _DAY_BEFORE.match(text, expression.end):
        return last_day - timedelta(days=1), "day"
    if _DAY_AFTER.match(text, expression.end):
        return last_day + timedelta(days=1), "day"
    return last_day, "day"


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
    before = text[max(sentence_start, expression.start - 40) : expression.start]
    evidence = _event_evidence(text, expression, sentence, sentence_start)
    # "said at noon Monday" times the statement; "found the suspect at 4:30 p.m. Thursday", in
    # a sentence that tells no act, a step after it
    clocked = precision == "day" and evidence >= SENTENCE_ACT_EVIDENCE and (
        _CLOCK_BEFORE.search(text, max(sentence_start, expression.start - 20),
                             expression.start) is not None) and not _REPORTING_BEFORE.search(
        before)
    score += max(evidence, CLOCKED_EVIDENCE) if clocked else evidence
    after = text[expression.end : min(sentence_start + len(sentence), expression.end + 40)]
    # "charged in Sunday's shooting", "a vigil for the victim of the Friday night stabbing":
    # a day that names the act is the act's, whatever step after it the clause tells.
    names_its_act = precision == "day" and _names_its_act(text, expression)
    if not names_its_act and (_REPORTING_BEFORE.search(before)
                              or (_REPORTING_AFTER.search(after) and not clocked)):
        score -= 1.5  # "police said Monday": when it was said, not when it happened
    sentence_end = sentence_start + len(sentence)
    if not names_its_act and _FOLLOW_UP_NEAR.search(
            text, max(sentence_start, expression.start - 60),
            min(sentence_end, expression.end + 40)):
        score -= 1.5
    if anchor - day > _BACKGROUND_AGE:
        score -= 1.0  # "On Sept. 11, 2001, ...": history recalled, rarely the news itself
    if _in_transcript(text, expression):
        score -= TRANSCRIPT_PENALTY
    if _QUESTION_END.search(sentence):
        score -= QUESTION_PENALTY
    if precision == "day" and (_POSSESSIVE_EVENT.match(text, expression.end) or (
            _EVENT_OF_A_DAY_BEFORE.search(before) and _NAMED_DAY.search(expression.text))):
        score += POSSESSIVE_EVENT_BONUS  # not a year's ("2015's deadliest shooting")
    if precision == "day" and _is_record_date(text, expression):
        score += RECORD_DATE_BONUS
    if precision == "day" and _ON_OR_ABOUT_BEFORE.search(before):
        score += ALLEGED_DAY_BONUS
    return score


# "on or about November 21, 2025", "on or between the 1st and 3rd days of February": the words
# a charge, a complaint or an affidavit dates the alleged act by, whatever filing, arrest or
# hearing days the document states besides.
_ON_OR_ABOUT_BEFORE = re.compile(r"\bon\s+or\s+(?:about|around|near|between)\s+(?:the\s+)?$",
                                 re.IGNORECASE)
ALLEGED_DAY_BONUS = 1.5


# A day timed to the minute ("at about 12:10 a.m. Friday, police said", "around 9:45 p.m.
# Sunday, according to investigators") is when the act or the call about it happened: nobody
# times a statement so. In a sentence that tells an act, the day counts as told next to it,
# and the attribution after it ("police said") does not make it the statement's.
_CLOCK_BEFORE = re.compile(r"\b(?:\d{1,2}(?::[0-5]\d)?\s*[ap]\.?\s?m\b\.?|noon|midnight)\s+$",
                           re.IGNORECASE)
CLOCKED_EVIDENCE = 2.5
SENTENCE_ACT_EVIDENCE = 1.5  # _event_evidence of a sentence that tells the act


# A record's own statement of the incident's day outranks the later days its notes tell ("one
# of the injured died on 11/09/2021", "Reported on 10/03/2020").
RECORD_DATE_BONUS = 2.0


# "Friday's shooting", "Sunday night's gunfire", "Tuesday's deadly drive-by": a day in the
# possessive before the event's noun refers to the event as one the reader knows, by its
# day: the article's own event far more often than the other days around it.
_EVENT_NOUN = (r"(?:shootings?|killings?|slayings?|homicides?|attacks?|gunfire|incident"
               r"|stabbing|murders?|drive-by|rampage|shootout|gunfight|ambush|bombing|blast"
               r"|explosion|massacre|violence)\b")
_POSSESSIVE_EVENT = re.compile(rf"['’]s?\s+(?:[\w-]+\s+){{0,3}}?{_EVENT_NOUN}", re.IGNORECASE)
# A full date with its year set off by commas before its act's noun: "the Aug. 14, 2021,
# shooting death", "his May 7, 2015, killing". The date names the act as the phrase "the May 31
# death" does, which the clause reading credits (dates_roles.py), but the commas lead the
# parser to hang the date on the clause's verb ("convicted in", "sentenced for"), a follow-up.
# The words between are the noun's modifiers ("fatal", "double"), never a preposition or an
# article ("the Friday before the shooting" names another day).
_ATTRIBUTIVE_EVENT = re.compile(
    rf",?\s+(?:(?!(?:before|after|of|the|a|an|in|on|at|to|and|or|when|that|since|following)\b)"
    rf"[\w-]+\s+){{0,2}}?{_EVENT_NOUN}", re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|his|her|their|its)\s+$", re.IGNORECASE)


POSSESSIVE_EVENT_BONUS = 1.0
# The act's noun with its day after "of" ("the Wedderburn bushfire of 14 February", "the
# bombing of 3 June", "the massacre of Friday"): the act named by its day, as "Friday's
# shooting" is. A day named by its date or weekday: "the first shooting of the day" counts
# shootings within a day the text named before.
_EVENT_OF_A_DAY_BEFORE = re.compile(
    rf"\b(?:{_EVENT_NOUN}|(?:bush|wild)?fires?\b|blaze\b|floods?\b|stampede\b|crash\b"
    rf"|collapse\b|riots?\b|raids?\b)\s+of\s+$", re.IGNORECASE)


# "the Sunday shooting death", "the Friday night stabbing": a weekday after "the" and before
# the act's noun names the act by its day, as "Sunday's shooting" does. Weekdays only: a
# weekday is within the report's week, the article's own act, where "the Labor Day shooting"
# or "a July 15 shooting" often names an earlier one.
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def _weekday_names_its_act(text: str, expression: DateExpression) -> bool:
    return bool(_BARE_WEEKDAY.fullmatch(expression.text) and _THE_BEFORE.search(
        text, max(0, expression.start - 5), expression.start) and _ATTRIBUTIVE_EVENT.match(
        text, expression.end))


def _names_its_act(text: str, expression: DateExpression) -> bool:
    """The day is a name of the act: "Friday's shooting", "the Friday shooting". Not a day
    counted from when it was written ("last night's shooting", "this morning's"): a follow-up
    passage that says so was often written on another day than the report's."""
    return (bool(_POSSESSIVE_EVENT.match(text, expression.end))
            and _NAMED_DAY.search(expression.text) is not None) or _weekday_names_its_act(
        text, expression)


_NAMED_DAY = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d", re.IGNORECASE)


def _names_an_act_noun(text: str, expression: DateExpression) -> bool:
    """"the May 5 shooting death", "his Oct. 2 killing": a determiner, the date, the act."""
    return bool(_ATTRIBUTIVE_EVENT.match(text, expression.end) and _DETERMINER_BEFORE.search(
        text, max(0, expression.start - 8), expression.start))


def _full_date_names_its_act(text: str, expression: DateExpression) -> bool:
    """"the Aug. 14, 2021, shooting death": a determiner, the date with its year, the act."""
    return bool(_STATED_YEAR.search(expression.text) and _ATTRIBUTIVE_EVENT.match(
        text, expression.end) and _DETERMINER_BEFORE.search(
        text, max(0, expression.start - 8), expression.start))


# A day in a question is the asker's premise, not a statement of when the act happened ("Was
# the deputy shot on Saturday?", "the raid, was that last Thursday?", "Did a militia burn the
# village on November 1?"): the answer, or the text's own telling, states the day.
_QUESTION_END = re.compile(r"\?[\s\"'”’)]*$")
QUESTION_PENALTY = 2.0


# The sentences after a question that answer it, up to the next question.
ANSWER_SENTENCES = 3
# A speaker's correction of what was said before it ("REPORTER: You said the stabbing happened
# on Monday. INSPECTOR: Let me correct that. It happened on Sunday evening", "No, it was
# Saturday"): like an answer, the day told after it replaces the day corrected.
_CORRECTION_OPENS = re.compile(
    r"(?:[A-Z][A-Z.'’ -]{1,40}:\s*)?(?:no[,.!]|let\s+me\s+correct|correction\b|i\s+(?:need|have"
    r"|want|must)\s+to\s+correct|i\s+misspoke|that(?:['’]s|\s+is|\s+was)\s+(?:wrong|not\s+right"
    r"|incorrect|not\s+correct))", re.IGNORECASE)


def _answer_over_question(best: DateCandidate, candidates: list[DateCandidate],
                          sentences: list[Sentence], text: str) -> DateCandidate:
    """The day the answer gives over the day of the question before it ("REPORTER: Was the
    deputy shot on Saturday? SHERIFF: Sunday. Sunday morning, 5:20, during a traffic stop";
    "Q: The raid on the village, was that last Thursday? A: Friday, before dawn."), or the
    day told after a correction of the sentence that named it: the answer confirms or
    corrects the asker's premise, and often names no act of its own."""
    starts = [s.start for s in sentences]
    index = bisect_right(starts, best.expression.start) - 1
    if index < 0 or best.expression.start < 0 or not (
            _QUESTION_END.search(sentences[index].text) or (
                index + 1 < len(sentences) and _CORRECTION_OPENS.match(sentences[index + 1].text))):
        return best
    answer: list[DateCandidate] = []
    for sentence in sentences[index + 1:index + 1 + ANSWER_SENTENCES]:
        answer.extend(c for c in candidates if c.precision == "day" and c.value != best.value
                      and sentence.start <= c.expression.start < sentence.end
                      and not _STEP_AFTER_THE_ACT.search(  # "arrested on 26 February"
                          text, max(sentence.start, c.expression.start - 60),
                          min(sentence.end, c.expression.end + 40)))
        if answer or _QUESTION_END.search(sentence.text):
            break
    return max(answer, key=lambda c: (c.score, -c.expression.start)) if answer else best


# A broadcast's transcript kept on the page is written in capitals ("POLICE THIS EVENING
# CONTINUE TO SEARCH FOR THE GUNMAN BEHIND LAST NIGHT'S DRIVE-BY"): its days count from the
# broadcast, which the page does not date, and the report's own prose tells the day better.
TRANSCRIPT_PENALTY = 3.0
TRANSCRIPT_SPAN = 60


def _in_transcript(text: str, expression: DateExpression) -> bool:
    """The expression and the words around it are in capitals."""
    if not expression.text.isupper():
        return False
    around = text[max(0, expression.start - TRANSCRIPT_SPAN):expression.end + TRANSCRIPT_SPAN]
    letters = [c for c in around if c.isalpha()]
    return len(letters) >= 40 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


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


# A wire dateline: the place the report was filed from, its date, the agency, a dash
# ("NEW HAVEN, Conn., Oct. 27 (UPI) --", "KABUL, May 21 (Reuters) -"). The date is the
# report's, like a page stamp; the event is told in the sentence after it.
_DATELINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*[A-Z][A-Z.'’ -]{1,30}(?:,[ \t]+[A-Z][\w.]*(?:[ \t]+"
                              r"[A-Z][\w.]*)?)?,?[ \t]+$")
_DATELINE_AFTER = re.compile(r"(?:,?\s*\d{4})?\s*(?:\([A-Za-z .&-]{1,30}\)\s*)?(?:--|[-–—:])\s")


def _in_media_list(text: str, expression: DateExpression) -> bool:
    """The expression is on a clip-list line: a length, then a headline without a full stop
    ("10:15 Sunday: the gunman entered the hall." is a time line of the story itself)."""
    line_start = text.rfind("\n", 0, expression.start) + 1
    line_end = text.find("\n", expression.end)
    line = text[line_start:line_end if line_end >= 0 else len(text)].rstrip()
    return bool(CLIP_LINE_START.match(text, line_start, expression.end)) and \
        not line.endswith(".")


# A photo caption's date: "..., faces charges at the hearing, July 18, 2016 (KOIN)" ending
# its line with the picture's credit; the day the picture was taken, not the event's.
_CAPTION_BEFORE = re.compile(r",[ \t]*$")
_CAPTION_AFTER = re.compile(r"[ \t]*\([^()\n]{2,60}\)[ \t]*(?:\n|$)")


def _is_caption_date(text: str, expression: DateExpression) -> bool:
    return bool(re.search(r"\d{4}$", expression.text) and _CAPTION_AFTER.match(
        text, expression.end) and _CAPTION_BEFORE.search(
        text, max(0, expression.start - 3), expression.start))


# An entry of a page updated through the day opens with the time it was posted ("8:27 AM
# THURSDAY: Detectives now say ...", "UPDATE 4:15 p.m. Friday:"): the day of the entry, not
# of the event it reports.
_ENTRY_CLOCK_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:(?i:update[d:]?)[ \t]+(?:at[ \t]+)?)?"
                                 r"\d{1,2}:\d\d[ \t]*[AaPp]\.?[Mm]\.?[ \t]+$")
_ENTRY_COLON_AFTER = re.compile(r"[ \t]*:")


def _is_entry_stamp(text: str, expression: DateExpression) -> bool:
    return bool(_ENTRY_COLON_AFTER.match(text, expression.end)) and bool(
        _ENTRY_CLOCK_BEFORE.search(text, max(0, expression.start - 30), expression.start))


# "see Tuesday's print edition", "in Sunday's paper": an issue of the paper, named by its day.
_EDITION_AFTER = re.compile(r"['’]s?\s+(?:print\s+|online\s+|e-?)?(?:edition|paper|newspaper"
                            r"|issue)\b", re.IGNORECASE)


def _is_stamp(text: str, expression: DateExpression) -> bool:
    if _EDITION_AFTER.match(text, expression.end):
        return True
    if _in_media_list(text, expression) or _is_caption_date(text, expression) or (
            _is_entry_stamp(text, expression)) or link_lines(text).covers(expression.start):
        return True
    before = text[max(0, expression.start - 30) : expression.start]
    after = text[expression.end : expression.end + 12]
    if _is_record_date(text, expression):
        return False  # "Incident date: 18 Sep 2024": the label of the event's own day
    if _WEEKDAY_DATELINE_BEFORE.search(text, max(0, expression.start - 40), expression.start) and (
            _WEEKDAY_DATELINE_AFTER.match(text, expression.end)):
        return True  # "Sydney, Tuesday: ...": the report's day at the head of its story
    stamp = _STAMP_BEFORE.search(before)
    if stamp is not None and not _PROSE_AFTER_LABEL.search(stamp.group("gap") or ""):
        return not before.endswith("(") or bool(_STAMP_AFTER.match(after))
    return bool(_DATELINE_AFTER.match(text, expression.end, expression.end + 40)) and bool(
        _DATELINE_BEFORE.search(text, max(0, expression.start - 60), expression.start))


# A summary opens with its incident's full date and a colon, as incident databases write
# them ("03/14/2012: Assailants opened fire ..."): the record's date, as a labelled field, and
# the event's whatever other day its notes tell ("The funeral was for a lawmaker who had been
# killed on 06/15/2013": the notes recall an earlier act in the past perfect).
RECORD_HEADING_REACH = 4
_YEAR_IN = re.compile(r"\d{4}")
_HEADING_COLON = re.compile(r"[ \t]*:\s")


# A conflict log's entry heads itself with its day, without the year, and its fields (the
# time of day, the place and its region) before the colon: "19th January, PM, Jamaame, Lower
# Jubba: ...", "6 January, Dhusamareb: ...". The day is the entry's, as a full date opening it.
_HEADING_FIELDS = re.compile(r"(?:,[ \t]*[^,:;.\n]{1,40}){1,4}?[ \t]*:\s")


def _is_record_heading(text: str, expression: DateExpression) -> bool:
    if not 0 <= expression.start < RECORD_HEADING_REACH or text[:expression.start].strip():
        return False
    if _YEAR_IN.search(expression.text) is not None:
        return _HEADING_COLON.match(text, expression.end) is not None
    return _HEADING_FIELDS.match(text, expression.end) is not None


# A row headed by its place and its full date in brackets, as incident lists write them
# ("Dayton, Ohio (03/02/2024): ...", "Mosul (12 May 2016): ..."). A news page's stamp has the
# same shape ("KINGSTON, N.Y. (June 3, 2015): ... opened fire Monday"): its days count from it
# (`report_day`), so the date is the row's own only where the text tells no other day. Not an
# update stamp or a credit in the brackets ("(Updated 11/03/2023):", "(file, 06/01/2020):"):
# the date opens them, right after the place and its region.
_PLACE_BEFORE_BRACKETED_DATE = re.compile(
    r"\s*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}"
    r"(?:,[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})?[ \t]*\(")
_BRACKET_COLON = re.compile(r"\)[ \t]*:\s")
_ROW_HEAD_REACH = 80


def _row_date(text: str, published: datetime | None) -> EventDate | None:
    """The full date heading a row after its place (see `_PLACE_BEFORE_BRACKETED_DATE`), for a
    text that states no other date."""
    bracket = text.find("(", 0, _ROW_HEAD_REACH)
    if published is None or bracket < 0 or \
            _PLACE_BEFORE_BRACKETED_DATE.fullmatch(text, 0, bracket + 1) is None:
        return None
    start = bracket + 1
    opening = _full_day_opening(text[start:start + _ROW_HEAD_REACH], published.date())
    if opening is None or _BRACKET_COLON.match(text, start + opening[0].end) is None:
        return None
    expression, day = opening
    return EventDate(day, "day", expression.text, start, start + expression.end)


def _is_record_date(text: str, expression: DateExpression) -> bool:
    """The expression is the value of a record's date field: "Incident date: ...", "Date:"
    followed by more fields of the incident ("Location:", "Killed:"), or the full date heading
    a summary ("06/18/2013: ...")."""
    before = text[max(0, expression.start - 30):expression.start]
    if _EVENT_DATE_LABEL.search(before):
        return True
    if _is_record_heading(text, expression):
        return True
    return bool(_DATE_LABEL.search(before)) and bool(_RECORD_FIELD.search(
        text, expression.end, expression.end + RECORD_FIELD_REACH) or _RECORD_DATE_QUALIFIER.match(
        text, expression.end))


def _sentence_bounds(sentences: list[Sentence], starts: list[int], expression: DateExpression,
                    length: int) -> tuple[int, int]:
    """Start and end of the sentence around the expression (the document's own split, which
    knows that "Nov. 3" and "St. Louis" do not end a sentence)."""
    index = bisect_right(starts, expression.start) - 1
    if index < 0 or expression.start >= sentences[index].end:
        return expression.start, min(length, expression.end)  # between sentences: itself
    return sentences[index].start, max(sentences[index].end, expression.end)
