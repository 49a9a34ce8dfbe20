"""Date forms of follow-up reports (session 22, #14 item 4): a day placed in a named year ("June 2
last year"), the penultimate weekday of Nigerian and Ghanaian papers, "the previous evening"
counted from the day the text named, and the recalled day of an anniversary report."""

from __future__ import annotations

from datetime import date

import pytest
from tests.helpers_dates import event_day

from storyline.extract.timex import find_date_expressions, normalize_date_expression


def _first(text: str, anchor: date) -> tuple[str, str | None]:
    found = find_date_expressions(text)
    assert found, text
    return found[0].text, normalize_date_expression(found[0].text, anchor, context=text)


@pytest.mark.parametrize(("text", "anchor", "expected"), [
    ("was shot on June 2 last year, police said", date(2025, 11, 14),
     ("June 2 last year", "2024-06-02")),
    ("on 5 May this year, gunmen", date(2025, 11, 14), ("5 May this year", "2025-05-05")),
    ("on Oct. 30, last year, a bridge", date(2026, 12, 12), ("Oct. 30, last year", "2025-10-30")),
    # A year's possessive names something of that year: the day stays the nearest past one.
    ("on June 2 last year's champion", date(2025, 11, 14), ("June 2", "2025-06-02")),
])
def test_a_day_placed_in_a_named_year(text: str, anchor: date,
                                      expected: tuple[str, str]) -> None:
    assert _first(text, anchor) == expected


@pytest.mark.parametrize(("text", "anchor", "expected"), [
    ("struck on the penultimate Sunday", date(2023, 11, 28), "2023-11-19"),  # a Tuesday
    ("abducted on penultimate Friday", date(2025, 10, 29), "2025-10-17"),  # a Wednesday
    ("attacked on the penultimate Monday", date(2026, 2, 2), "2026-01-19"),  # on a Monday
])
def test_the_penultimate_weekday_is_the_one_before_the_last(text: str, anchor: date,
                                                           expected: str) -> None:
    assert _first(text, anchor)[1] == expected


def test_the_previous_evening_counts_from_the_day_named_last() -> None:
    said_then = ("Police said on Wednesday that a man was stabbed at a tram stop the previous "
                 "evening.")
    assert event_day(said_then, "2024-06-07") == date(2024, 6, 4)
    # With no day named before, it is as often a background act's (a log's "protested against
    # the killing of a protester the previous day"): no date is read from it.
    alone = "A fire was brought under control the previous night, firefighters said."
    assert event_day(alone, "2025-07-08") is None
    # Counted back from the day of the act itself, it is what led up to the act.
    prelude = ("Two houses were set ablaze in Hollow Creek on Dec. 1; police said a quarrel "
               "between the owners began the previous day.")
    assert event_day(prelude, "2025-12-04") == date(2025, 12, 1)


def test_an_anniversary_report_is_dated_by_the_act_it_recalls_within_a_week() -> None:
    recalled = ("It has been four years since an explosion tore through a fertiliser plant on "
                "March 17, 2019, killing nine workers.")
    assert event_day(recalled, "2023-03-21") == date(2019, 3, 17)
    # Months away from the report's calendar day, the same words recall history.
    other_season = ("It has been four years since an explosion tore through a fertiliser plant "
                    "on March 17, 2019, killing nine workers.")
    assert event_day(other_season, "2023-07-21") is None


@pytest.mark.parametrize(("text", "found"), [
    ("Mr Sunday Adejo was hacked to death on Sunday.", ["Sunday"]),  # the name, then the day
    ("Chief Monday Okon said", []),
    ("Supt. Friday Eze confirmed", []),
    ("a vigil every Friday since", []),
    ("patrols each Saturday night", []),
    ("On Sunday gunmen attacked", ["Sunday"]),
])
def test_a_weekday_as_a_given_name_or_a_habit_is_no_date(text: str, found: list[str]) -> None:
    assert [e.text for e in find_date_expressions(text)] == found


def test_a_court_day_alone_states_no_event_date() -> None:
    plea = ("A man accused of shooting two teenagers outside a skating rink pleaded not guilty "
            "on Tuesday.")
    assert event_day(plea, "2025-03-05") is None
    dated = ("A man accused of shooting two teenagers outside a skating rink on Sept. 28 "
             "pleaded not guilty on Thursday.")
    assert event_day(dated, "2024-10-11") == date(2024, 9, 28)
    # Without a violent act told, a court's step may be the report's event.
    arraigned = "Forty protesters arrested at the port were arraigned on Thursday."
    assert event_day(arraigned, "2023-03-03") == date(2023, 3, 2)
