"""Day forms of British, South Asian and sitrep writing (session 19, #14 item 4): a day of the
month named alone, two days joined by "and", dotted and day-first
numeric dates, spelled ordinals, other calendars' holidays, "hours ago", labelled incident
dates and datelines closed by a colon."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from storyline.extract.dates import resolve_event_date
from storyline.extract.timex import find_date_expressions, normalize_date_expression


def _value(text: str, anchor: date) -> str | None:
    found = find_date_expressions(text)
    assert found, text
    return normalize_date_expression(found[0].text, anchor, context=text)


@pytest.mark.parametrize(("text", "anchor", "expected"), [
    ("was shot on the 14th, police said", date(2024, 5, 16), "2024-05-14"),
    ("on the evening of the 23rd.", date(2023, 6, 26), "2023-06-23"),
    ("died on the 17th inst. after", date(2024, 8, 19), "2024-08-17"),
    ("fired on the crowd on the 31st when", date(2024, 4, 2), "2024-03-31"),
    ("on the 31st when", date(2024, 3, 2), None),  # February has no 31st
    ("arrived on the 15th, police said", date(2024, 1, 12), None),  # a month back: no month
])
def test_a_day_of_the_month_named_alone(text: str, anchor: date, expected: str | None) -> None:
    assert _value(text, anchor) == expected


@pytest.mark.parametrize("text", ["a fire on the 14th floor", "on the 5th anniversary of it",
                                  "for the 3rd time", "troops of the 21st Brigade"])
def test_an_ordinal_before_a_noun_is_no_date(text: str) -> None:
    assert all("th" not in e.text and "st" not in e.text for e in find_date_expressions(text))


@pytest.mark.parametrize(("text", "anchor", "expected"), [
    ("Clashes on 16 and 17 August left nine dead.", date(2025, 8, 20), "2025-08-17"),
    ("Rebels attacked on 2 and 5 November.", date(2026, 11, 4), None),
    ("Mines were attacked on 31 and 1 June.", date(2024, 6, 3), "2024-06-01"),
    ("Mines were attacked on 31 and 1 June.", date(2024, 5, 31), None),
    ("Between 20 and 24 December, militants burned villages.", date(2024, 12, 30), "2024-12-24"),
    ("Fighting on 30-2 May displaced families.", date(2024, 5, 6), "2024-04-30"),
])
def test_days_joined_by_and_or_a_dash(text: str, anchor: date, expected: str | None) -> None:
    assert _value(text, anchor) == expected


@pytest.mark.parametrize(("text", "anchor", "expected"), [
    ("attacked him on 16.02.2025.", date(2025, 2, 19), "2025-02-16"),
    ("a boiler exploded on 12/03/2026 at the mill", date(2026, 3, 18), "2026-03-12"),
    ("a hearing is scheduled for 12/03/2026", date(2026, 3, 18), "2026-12-03"),
    ("shot the guard on 06/30/2024", date(2024, 7, 2), "2024-06-30"),
    ("On the seventeenth of February, gunmen struck.", date(2025, 2, 21), "2025-02-17"),
    ("on the twenty first of June", date(2024, 6, 25), "2024-06-21"),
    ("killed on Easter Monday", date(2025, 4, 23), "2025-04-21"),
    ("stabbed on Boxing Day", date(2024, 12, 29), "2024-12-26"),
    ("after the Anzac Day march", date(2025, 4, 28), "2025-04-25"),
    ("the blast just hours ago", date(2025, 3, 11), "2025-03-11"),
    ("about 40 minutes ago", date(2025, 3, 11), "2025-03-11"),
])
def test_numeric_spelled_holiday_and_hour_forms(text: str, anchor: date, expected: str) -> None:
    assert _value(text, anchor) == expected


def test_a_version_number_with_dots_is_no_date() -> None:
    assert find_date_expressions("Version 2.3.2025 of the app") == []


def _event(text: str, published: date) -> str | None:
    when = datetime(published.year, published.month, published.day, tzinfo=UTC)
    found = resolve_event_date(text, when)
    return found.value.isoformat() if found else None


def test_a_labelled_incident_date_is_the_events_day_not_a_stamp() -> None:
    text = "Incident date: 18 Sep 2025. Armed men attacked a health centre, killing two nurses."
    assert _event(text, date(2025, 9, 20)) == "2025-09-18"
    stamp = "Date: 14 March 2025\nGunmen killed three people at a roadblock on Wednesday."
    assert _event(stamp, date(2025, 3, 14)) == "2025-03-12"


def test_a_dateline_closed_by_a_colon_dates_nothing() -> None:
    assert _event("KARACHI, June 8: Two men were shot dead in Lyari.", date(2025, 6, 9)) is None
    assert _event("QUETTA, Oct 5: Troops killed three militants on Thursday.",
                  date(2023, 10, 6)) == "2023-10-05"


def test_a_past_act_on_an_ambiguous_numeric_date_reads_it_day_first() -> None:
    text = "The complainant was assaulted by three persons on 04/03/2025 near the bus stand."
    assert _event(text, date(2025, 3, 6)) == "2025-03-04"


@pytest.mark.parametrize("text", ["Traders at the Tuesday Market fought with officials.",
                                  "A bomb exploded near the Friday Mosque, killing three.",
                                  "The Sunday Times reported that two soldiers were killed."])
def test_a_weekday_word_opening_a_name_is_no_date(text: str) -> None:
    assert find_date_expressions(text) == []


def test_a_weekday_of_the_friday_prayers_stays_a_date() -> None:
    assert [e.text for e in find_date_expressions("during the Friday prayers")] == ["Friday"]


def test_a_weekday_dateline_is_the_reports_day() -> None:
    text = "Sydney, Tuesday: A woman was found dead in a Blacktown unit last night."
    assert _event(text, date(2024, 4, 2)) == "2024-04-01"
    assert _event("Perth, Monday: Two fishermen are missing.", date(2024, 3, 18)) is None
    told = "He was shot in Tallaght, Friday - a neighbour said, and died in hospital."
    assert _event(told, date(2024, 3, 18)) == "2024-03-15"


def test_overnight_alone_is_the_reports_day_and_gives_way_to_a_named_day() -> None:
    assert _event("Clashes erupted overnight in the township, leaving three dead.",
                  date(2025, 2, 11)) == "2025-02-11"
    assert _event("Two men were shot on Friday night. One of them died overnight in hospital.",
                  date(2024, 3, 18)) == "2024-03-15"
    assert find_date_expressions("a guesthouse offering overnight stays") == []
    assert find_date_expressions("he was kept overnight in hospital") == []
