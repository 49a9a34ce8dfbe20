"""Forms of incident logs and US local news found by the session-20 probe (#14): a log's
month/day before a clock time, the day before or after a holiday, "Fourth of July" without
the article, a record's "Date:" field among other fields, the week a log covers, and an
anniversary's "a year ago today"."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from storyline.extract.dates import resolve_event_date
from storyline.extract.timex import find_date_expressions, normalize_date_expression


def _first(text: str, anchor: date) -> tuple[str, str | None]:
    found = find_date_expressions(text)
    assert found, text
    return found[0].text, normalize_date_expression(found[0].text, anchor, context=text)


@pytest.mark.parametrize(("text", "anchor", "span", "value"), [
    ("3/22 11:50 PM - assault with a firearm", date(2015, 3, 24), "3/22 11:50 PM", "2015-03-22"),
    ("12/30 at 9:15 PM, deputies responded", date(2022, 1, 3), "12/30 at 9:15 PM",
     "2021-12-30"),
    ("the night before Thanksgiving outside a bar", date(2021, 12, 1),
     "the night before Thanksgiving", "2021-11-24"),
    ("shot the day after Christmas", date(2022, 12, 28), "the day after Christmas",
     "2022-12-26"),
    ("at a Fourth of July party", date(2019, 7, 22), "Fourth of July", "2019-07-04"),
])
def test_log_and_holiday_forms(text: str, anchor: date, span: str, value: str) -> None:
    assert _first(text, anchor) == (span, value)


@pytest.mark.parametrize("text", [
    "The team won 3/4 of its games",  # no clock time: a ratio, not a date
    "a 24/7 hotline opened at 9:00 a.m.",  # not a month and day
])
def test_a_slash_without_a_clock_or_month_is_no_date(text: str) -> None:
    assert all("/" not in e.text for e in find_date_expressions(text))


def _event_day(text: str, published: date) -> date | None:
    found = resolve_event_date(text, datetime(published.year, published.month, published.day,
                                              tzinfo=UTC))
    return found.value if found else None


def test_a_record_date_field_among_other_fields_is_the_incident_day() -> None:
    text = ("Date: 11/06/2021. City: Memphis, TN. Injured: 4. Notes: one of the injured "
            "died on 11/09/2021.")
    assert _event_day(text, date(2021, 11, 10)) == date(2021, 11, 6)


def test_a_press_release_date_label_stays_the_page_stamp() -> None:
    text = "DATE: April 13, 2015\nCONTACT: Press office\nDeputies shot a man on Saturday night."
    assert _event_day(text, date(2015, 4, 13)) == date(2015, 4, 11)


def test_a_day_first_incident_date_read_month_first_would_be_ahead() -> None:
    text = "Incident date: 07/03/2020. Location: Djugu. Reported on 10/03/2020."
    assert _event_day(text, date(2020, 3, 10)) == date(2020, 3, 7)


def test_the_week_a_log_covers_gives_way_to_the_day_of_its_entry() -> None:
    text = "Police log, week of Dec. 4-10: Dec. 6, 1:05 a.m., a man was shot in the leg."
    assert _event_day(text, date(2017, 12, 12)) == date(2017, 12, 6)


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("A year ago today, a gunman killed two ushers.", date(2023, 9, 17), date(2022, 9, 17)),
    ("Two years ago Tuesday, a sniper shot three people.", date(2021, 5, 12),
     date(2019, 5, 11)),
    # Across a comma the years and the day tell two acts.
    ("Three years ago, he was shot in the leg; on Thursday he was shot again.",
     date(2023, 6, 10), date(2023, 6, 8)),
])
def test_an_anniversary_names_the_day_years_back(text: str, published: date,
                                                 expected: date) -> None:
    assert _event_day(text, published) == expected
