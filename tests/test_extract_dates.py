"""Date expressions: finding them, normalizing them to TIMEX3 values, and the event date."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from storyline.extract.dates import (
    find_date_expressions,
    normalize_date_expression,
    resolve_event_date,
    timex_to_date,
)

SATURDAY = date(2024, 3, 23)  # a Saturday
PUBLISHED = datetime(2024, 3, 23, 9, 30, tzinfo=UTC)
MONDAY_AFTER = datetime(2024, 3, 25, 8, 0, tzinfo=UTC)


def norm(expression: str, context: str | None = None, anchor: date = SATURDAY) -> str | None:
    return normalize_date_expression(expression, anchor, context=context)


# --------------------------------------------------------------------------- weekdays


def test_weekday_before_publication_is_the_latest_past_one() -> None:
    assert norm("Friday") == "2024-03-22"
    assert norm("Monday") == "2024-03-18"
    assert norm("Sunday") == "2024-03-17"


def test_weekday_of_publication_day_is_that_day() -> None:
    assert norm("Saturday") == "2024-03-23"
    assert norm("Saturday", "A man was shot on Saturday, police said.") == "2024-03-23"


@pytest.mark.parametrize("context", [
    "The woman who was shot on Monday will recover, her doctor said.",
    "Relatives of the two men killed on Monday will bury them next week.",
    "The clerk who was robbed on Monday will testify against the gang.",
])
def test_a_past_clause_keeps_its_weekday_past_in_a_future_sentence(context: str) -> None:
    # The "will" belongs to the main clause; the date's own clause ("was shot on") is past.
    assert norm("Monday", context) == "2024-03-18"


@pytest.mark.parametrize("context", [
    "The trial will resume on Monday.",
    "He was expected to appear in court on Monday.",
])
def test_a_future_clause_keeps_its_weekday_ahead(context: str) -> None:
    assert norm("Monday", context) == "2024-03-25"


def test_by_a_weekday_is_a_deadline_unless_the_day_names_a_violent_act() -> None:
    assert norm("Monday", "The fine must be paid by Monday.") == "2024-03-25"
    assert norm("Monday", "Students were shaken by Monday's deadly shooting.") == "2024-03-18"


def test_last_weekday_of_publication_day_is_a_week_before() -> None:
    assert norm("last Saturday") == "2024-03-16"
    assert norm("last Friday") == "2024-03-22"


def test_weekday_in_future_tense_points_forward() -> None:
    assert norm("Tuesday", "The suspect will appear in court on Tuesday.") == "2024-03-26"
    assert norm("next Friday") == "2024-03-29"


def test_weekday_with_part_of_day_and_possessive() -> None:
    assert norm("Friday evening") == "2024-03-22"
    assert norm("early Thursday morning") == "2024-03-21"
    assert norm("Wednesday's") == "2024-03-20"


# --------------------------------------------------------------------------- relative days


def test_yesterday_today_tomorrow_and_last_night() -> None:
    assert norm("yesterday") == "2024-03-22"
    assert norm("today") == "2024-03-23"
    assert norm("tomorrow") == "2024-03-24"
    assert norm("last night") == "2024-03-22"
    assert norm("tonight") == "2024-03-23"
    assert norm("the day before yesterday") == "2024-03-21"


def test_counted_offsets() -> None:
    assert norm("three days ago") == "2024-03-20"
    assert norm("two weeks ago") == "2024-W10"
    assert norm("six months ago") == "2023-09"
    assert norm("two years ago") == "2022"
    assert norm("several years ago") == "PAST_REF"


# --------------------------------------------------------------------------- weeks, months, years


def test_week_month_year_relative() -> None:
    assert norm("this week") == "2024-W12"
    assert norm("earlier this week") == "2024-W12"
    assert norm("last week") == "2024-W11"
    assert norm("next week") == "2024-W13"
    assert norm("this month") == "2024-03"
    assert norm("last month") == "2024-02"
    assert norm("next month") == "2024-04"
    assert norm("last year") == "2023"
    assert norm("this year") == "2024"
    assert norm("next year") == "2025"
    monday = date(2024, 3, 25)
    assert norm("the weekend", "Three were shot over the weekend.", monday) == "2024-W12-WE"


def test_vague_references() -> None:
    assert norm("now") == "PRESENT_REF"
    assert norm("currently") == "PRESENT_REF"
    assert norm("recently") == "PAST_REF"
    assert norm("the past") == "PAST_REF"
    assert norm("the future") == "FUTURE_REF"


# --------------------------------------------------------------------------- absolute dates


def test_month_day_takes_year_of_publication_when_past() -> None:
    assert norm("March 3") == "2024-03-03"
    assert norm("Jan. 5") == "2024-01-05"


def test_month_day_far_after_publication_is_last_year() -> None:
    assert norm("Dec. 30") == "2023-12-30"
    assert norm("November 12") == "2023-11-12"


def test_month_day_after_publication_with_past_event_verb_is_last_year() -> None:
    context = "The man was shot on March 30 outside his home."
    assert norm("March 30", context) == "2023-03-30"


def test_month_day_soon_after_publication_in_future_tense_stays() -> None:
    context = "A hearing is scheduled for April 2."
    assert norm("April 2", context) == "2024-04-02"


def test_weekday_and_date_choose_the_matching_year() -> None:
    assert norm("Monday, Oct. 26", anchor=date(1998, 10, 25)) == "1998-10-26"


def test_explicit_dates_and_years() -> None:
    assert norm("March 3, 2019") == "2019-03-03"
    assert norm("3 March 2019") == "2019-03-03"
    assert norm("March 2019") == "2019-03"
    assert norm("2019") == "2019"
    assert norm("in 2019") == "2019"
    assert norm("2019-03-03") == "2019-03-03"
    assert norm("3/3/19") == "2019-03-03"


def test_months_without_year() -> None:
    assert norm("December") == "2023-12"
    assert norm("last April") == "2023-04"
    assert norm("April", "The trial will begin in April.") == "2024-04"
    assert norm("June last year") == "2023-06"


def test_quarters_halves_seasons_decades_centuries() -> None:
    anchor = date(1989, 10, 26)
    assert norm("the third quarter", anchor=anchor) == "1989-Q3"
    assert norm("third-quarter", anchor=anchor) == "1989-Q3"
    assert norm("the latest quarter", anchor=anchor) == "1989-Q3"
    assert norm("the year-ago quarter", anchor=anchor) == "1988-Q3"
    assert norm("the first half of 1990", anchor=anchor) == "1990-H1"
    assert norm("last summer", anchor=anchor) == "1989-SU"
    assert norm("last fall", anchor=date(1999, 4, 10)) == "1998-FA"
    assert norm("the 1990s") == "199"
    assert norm("the '80s", anchor=anchor) == "198"
    assert norm("the nineties", anchor=anchor) == "199"
    assert norm("the 20th century") == "19"
    assert norm("fiscal 1989") == "1989"


def test_a_year_ago_in_an_earnings_report_is_the_quarter() -> None:
    context = "Net income rose to $5 million, or 20 cents a share, from $4 million a year ago."
    assert norm("a year ago", context, anchor=date(1989, 10, 26)) == "1988-Q3"
    assert norm("a year ago", "He moved here a year ago.", anchor=date(1989, 10, 26)) == "1988"


def test_holidays_and_spoken_years() -> None:
    assert norm("Christmas") == "2023-12-25"
    assert norm("Thanksgiving", anchor=date(2000, 1, 7)) == "1999-11-25"
    assert norm("Easter", anchor=date(2024, 4, 10)) == "2024-03-31"
    assert norm("nineteen ninety-six") == "1996"
    assert norm("the following year", "In 1995 he left, and the following year he") == "1996"


def test_not_a_date_expression() -> None:
    assert norm("the suspect") is None
    assert norm("") is None


# --------------------------------------------------------------------------- finding


def spans(text: str) -> list[str]:
    return [expression.text for expression in find_date_expressions(text)]


def test_find_returns_offsets_into_the_text() -> None:
    text = "On Friday evening a gunman opened fire; on March 3, 2019 a trial began."
    found = find_date_expressions(text)
    assert [text[e.start : e.end] for e in found] == [e.text for e in found]
    assert [e.text for e in found] == ["Friday evening", "March 3, 2019"]
    turkish = "İstanbul, İzmir: a blast on Friday."  # "İ".lower() is two characters long
    assert [turkish[e.start : e.end] for e in find_date_expressions(turkish)] == ["Friday"]


def test_numbers_that_are_not_dates() -> None:
    assert spans("The gunman killed 2019 people.") == []
    assert spans("The crash closed Route 1995 near the exit.") == []
    assert spans("The council passed it in a 2-1 vote with a 9 mm pistol on display.") == []
    assert spans("The 1999 residents of the town, ages 12 to 80, voted.") == []
    assert spans("He paid $2000 for it.") == []


def test_may_the_verb_is_not_a_month() -> None:
    assert spans("Police may release the name, and it may rain.") == []
    assert spans("The vote is set for May 3.") == ["May 3"]


def test_sentence_final_period_is_not_part_of_the_weekday() -> None:
    assert spans("Police said the man died Friday.") == ["Friday"]
    assert spans("The trial opens Jan. 5 in Dallas.") == ["Jan. 5"]


# --------------------------------------------------------------------------- event date


def test_event_date_prefers_the_date_next_to_the_event() -> None:
    text = (
        "Police said Friday that a man was shot and killed Thursday night outside a bar. "
        "A vigil is planned for Monday."
    )
    event = resolve_event_date(text, PUBLISHED)
    assert event is not None
    assert event.value == date(2024, 3, 21)
    assert event.precision == "day"
    assert text[event.start : event.end] == event.text == "Thursday night"


def test_event_date_of_publication_weekday() -> None:
    event = resolve_event_date("Two people were shot on Saturday in Dayton.", PUBLISHED)
    assert event is not None and event.value == SATURDAY


def test_event_date_last_night_is_the_day_before_publication() -> None:
    event = resolve_event_date("A man was stabbed last night in a park.", PUBLISHED)
    assert event is not None
    assert (event.value, event.precision) == (date(2024, 3, 22), "day")


def test_event_date_with_week_and_year_precision() -> None:
    week = resolve_event_date("A teen was shot earlier this week, police said.", PUBLISHED)
    assert week is not None
    assert (week.value, week.precision) == (date(2024, 3, 18), "week")
    year = resolve_event_date("The bombing in 2022 killed 40 people.", PUBLISHED)
    assert year is not None
    assert (year.value, year.precision) == (date(2022, 1, 1), "year")
    # More than three years before the report: history, no event date.
    assert resolve_event_date("The bombing in 2019 killed 40 people.", PUBLISHED) is None


def test_event_date_ignores_future_dates_and_page_stamps() -> None:
    text = "Updated March 23, 2024 10:15 am\n\nThe funeral will be held Tuesday."
    assert resolve_event_date(text, PUBLISHED) is None


def test_event_date_is_none_when_nothing_is_said() -> None:
    assert resolve_event_date("A man was shot near the station, police said.", PUBLISHED) is None


def test_event_date_without_publication_date_reads_only_explicit_dates() -> None:
    assert resolve_event_date("The shooting happened Friday night.", None) is None
    event = resolve_event_date("The shooting happened on March 3, 2019.", None)
    assert event is not None and event.value == date(2019, 3, 3)


def test_follow_up_article_dates_the_event_not_the_sentencing() -> None:
    text = (
        "A man was sentenced Tuesday to 20 years in prison. "
        "He shot his neighbor on Oct. 1 after an argument, prosecutors said."
    )
    event = resolve_event_date(text, PUBLISHED)
    assert event is not None and event.value == date(2023, 10, 1)


# --------------------------------------------------------------------------- discourse


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an anaphoric day is the day named before it, not the publication day
        ("Firefighters reached the farm on March 4. A barn exploded there the same day.",
         date(2024, 3, 4)),
        ("The convoy left Goma on Tuesday. Rebels ambushed it the day after, killing four.",
         date(2024, 3, 20)),
        ("Nobody had seen the driver since Monday. He was shot dead the day before, police "
         "believe.", date(2024, 3, 17)),
    ],
)
def test_anaphoric_day_refers_back_to_the_last_named_day(text: str, expected: date) -> None:
    event = resolve_event_date(text, PUBLISHED)
    assert event is not None and event.value == expected


def test_anaphoric_day_without_an_earlier_day_is_no_date() -> None:
    assert resolve_event_date("The man was shot that day, his sister said.", PUBLISHED) is None


def test_to_this_day_is_not_an_anaphor() -> None:
    text = "A bomb exploded in the square on Friday. The market has stayed shut to this day."
    event = resolve_event_date(text, PUBLISHED)
    assert event is not None and event.value == date(2024, 3, 22)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two men were wounded over the weekend in Flint. Officers were called to Elm Road "
         "at 3 a.m. Sunday.", date(2024, 3, 24)),
        ("A clerk was robbed and shot last week. Deputies found her at 8 p.m. on Wednesday, "
         "a relative said.", date(2024, 3, 20)),
        ("A boy was wounded by a stray bullet earlier this month. Neighbours heard the "
         "shots on March 2.", date(2024, 3, 2)),
    ],
)
def test_a_vague_period_is_narrowed_to_the_day_named_inside_it(text: str,
                                                                 expected: date) -> None:
    event = resolve_event_date(text, MONDAY_AFTER)
    assert event is not None and (event.value, event.precision) == (expected, "day")


def test_a_day_outside_the_period_or_the_report_day_does_not_narrow_it() -> None:
    outside = resolve_event_date("Three people were shot over the weekend in Camden. A suspect "
                                 "was arraigned on Monday.", datetime(2024, 3, 19, tzinfo=UTC))
    assert outside is not None and (outside.value, outside.precision) == (
        date(2024, 3, 16), "week")  # the weekend, from its Saturday
    report_day = resolve_event_date("A woman was stabbed earlier this week. Her family met "
                                    "with the mayor Saturday.", PUBLISHED)
    assert report_day is not None and report_day.precision == "week"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KABUL, March 23 (Reuters) - A bomb killed four people at a market on Friday.",
         date(2024, 3, 22)),
        ("NEW DELHI, March 23, 2024 (AP) — Floods killed 12 people in Assam on Thursday.",
         date(2024, 3, 21)),
        # a leading date label is the event's own date, not a dateline
        ("03/20/2024: Gunmen killed two guards at a mine in Zamfara.", date(2024, 3, 20)),
    ],
)
def test_a_wire_dateline_date_is_the_report_date(text: str, expected: date) -> None:
    event = resolve_event_date(text, PUBLISHED)
    assert event is not None and event.value == expected


def test_a_wire_dateline_alone_states_no_event_date() -> None:
    assert resolve_event_date("LAGOS, March 23 (AFP) - Gunmen seized 9 passengers from a bus.",
                              PUBLISHED) is None


def test_an_abbreviated_month_does_not_end_the_sentence_the_cues_read() -> None:
    text = ("Detectives spoke to reporters on Friday. About 2 a.m. Feb. 3 a man opened fire "
            "on a crowd outside a bar and wounded six.")
    event = resolve_event_date(text, PUBLISHED)
    assert event is not None and event.value == date(2024, 2, 3)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-22", (date(2024, 3, 22), "day")),
        ("2024-03-22TNI", (date(2024, 3, 22), "day")),
        ("2024-W12", (date(2024, 3, 18), "week")),
        ("2024-W12-WE", (date(2024, 3, 23), "week")),  # a weekend begins on its Saturday
        ("2024-03", (date(2024, 3, 1), "month")),
        ("2024", (date(2024, 1, 1), "year")),
        ("PAST_REF", None),
        ("2024-Q1", None),
    ],
)
def test_timex_to_date(value: str, expected: tuple[date, str] | None) -> None:
    assert timex_to_date(value) == expected


# --------------------------------------------------------------------------- session 10


def test_an_act_counted_from_a_named_day_is_dated_and_spanned_by_its_phrase() -> None:
    text = "The clerk died on Thursday, three days after being shot behind the counter."
    event = resolve_event_date(text, PUBLISHED)  # Thursday is March 21
    assert event is not None and event.value == date(2024, 3, 18)
    assert event.text == "three days after" and text[event.start:event.end] == event.text


def test_a_counted_phrase_without_an_act_counts_nothing() -> None:
    text = "A driver was arrested Thursday, a week after his birthday, for shooting at a bus."
    event = resolve_event_date(text, PUBLISHED)
    assert event is not None and event.value == date(2024, 3, 21)


def test_a_counted_day_after_publication_is_no_candidate() -> None:
    # Friday before the Saturday paper, two days before the attack: Sunday, not yet come
    text = "The student wrote a threat on Friday, two days before the attack on the school."
    event = resolve_event_date(text, PUBLISHED)
    assert event is not None and event.value == date(2024, 3, 22)


@pytest.mark.parametrize(("text", "expected"), [
    # the dated namesake is the later report's "Monday", not the one before publication
    ("A man was shot Monday night. It happened at 11 p.m. Monday, March 4, on Elm Street.",
     date(2024, 3, 4)),
    # two dated Mondays: which one the bare name means, the text does not say
    ("A man was shot Monday night. He had been warned on Monday, March 4, and on Monday, "
     "March 11.", date(2024, 3, 18)),
])
def test_a_bare_weekday_takes_its_only_dated_namesake(text: str, expected: date) -> None:
    event = resolve_event_date(text, PUBLISHED)
    assert event is not None and event.value == expected


# --------------------------------------------------------------------------- day ranges


@pytest.mark.parametrize(("text", "found", "value"), [
    ("Clashes went on over 12-15 March near the dam.", "12-15 March", "2024-03-12"),
    ("Fighting was reported around the port on Feb. 20-21.", "Feb. 20-21", "2024-02-20"),
    ("Students held the campus from 2 to 5 March, 2024.", "2 to 5 March, 2024", "2024-03-02"),
    ("Troops shelled the ridge between Jan.8-10 before withdrawing.", "Jan.8-10", "2024-01-08"),
])
def test_a_stretch_of_days_in_one_month_is_its_first_day(text: str, found: str,
                                                         value: str) -> None:
    expressions = find_date_expressions(text)
    assert [e.text for e in expressions] == [found]
    assert norm(found) == value


@pytest.mark.parametrize(("text", "found"), [
    ("The home side won 3-1 on 5 March.", ["5 March"]),
    ("A bus on Route 9 was hit on 14 March.", ["14 March"]),
    ("The 2015-16 season ended in March.", ["March"]),
])
def test_scores_and_numbers_before_a_date_are_no_stretch(text: str, found: list[str]) -> None:
    assert [e.text for e in find_date_expressions(text)] == found


def test_a_date_word_cut_inside_a_longer_word_is_no_date() -> None:
    """"MON" of "MONUSCO", where the window around the date before it ends inside the word, is
    no Monday; the whole words around it still are dates."""
    from storyline.extract.timex import find_date_expressions

    found = [e.text for e in find_date_expressions(
        "On Monday, March 2nd, an Indian soldier with MONUSCO died near Goma.")]
    assert found == ["Monday, March 2nd"]
    assert [e.text for e in find_date_expressions("Talks resume on Mon. 4 May at WEDCO.")] \
        == ["Mon. 4 May"]


def test_a_history_date_is_no_event_date_but_still_sets_its_incident_apart() -> None:
    """A day years before the report is kept among the candidates (the counts of the incident
    it dates are that incident's) and is never chosen as the event's date."""
    from storyline.extract import extract_facts
    from storyline.records import Article

    published = datetime(2026, 3, 3, 15, tzinfo=UTC)
    both = ("A gunman shot and killed a woman outside a bakery on Sunday. The suspect had shot "
            "and killed two men in a park on April 14, 2001, police said.")
    facts = extract_facts(Article(id="h1", text=both, published=published, title=None))
    assert facts.event_date is not None and facts.event_date.value == date(2026, 3, 1)
    assert facts.totals["killed"].value == 1
    only = "Marchers filled the square to demand a return to the charter adopted on May 2, 2015."
    facts = extract_facts(Article(id="h2", text=only, published=published, title=None))
    assert facts.event_date is None
    # Within three years a follow-up still dates its incident.
    recent = "The shooting on April 9, 2024, that left a cashier dead was one man's work."
    facts = extract_facts(Article(id="h3", text=recent, published=published, title=None))
    assert facts.event_date is not None and facts.event_date.value == date(2024, 4, 9)


@pytest.mark.parametrize(("text", "found"), [
    ("Envoy Jan Brekke met the governor.", []),
    ("Neighbour Dec Moran heard the shots.", []),
    ("Police dispersed a march in Jan, officials said.", ["Jan"]),
    ("Clashes broke out on Jan.11 and Mar.3.", ["Jan.11", "Mar.3"]),
    ("Herders fought on June.12-13 near the well.", ["June.12-13"]),
    ("The raid on Jan. 5 netted guns.", ["Jan. 5"]),
])
def test_month_short_forms_as_names_and_glued_to_their_day(text: str, found: list[str]) -> None:
    assert [e.text for e in find_date_expressions(text)] == found
