"""The day relative date words count from: an embedded post's stamp, a dated update
section's heading, else the report's own day (extract/dates_anchors.py)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from storyline.extract.dates import resolve_event_date
from storyline.extract.dates_anchors import anchor_map

REPORT = date(2024, 6, 5)


def _anchor(text: str, words: str, report: date | None = REPORT) -> date | None:
    start = text.index(words)
    return anchor_map(text, report).anchor_at(start, start + len(words))


def test_words_of_an_embedded_post_count_from_its_stamp() -> None:
    text = ("Two men were shot downtown.\n\nBoth shootings this morning are linked, police "
            "say — Jo Reyes (@joreyes) June 3, 2024\n\nNo arrests were made.")
    assert _anchor(text, "this morning") == date(2024, 6, 3)
    assert _anchor(text, "No arrests") == REPORT  # the prose after the post is the report's


def test_a_stamp_closing_an_earlier_post_on_the_line_is_not_this_ones() -> None:
    text = ("Shots tonight — Al Ng (@alng) June 1, 2024 and more gunfire today "
            "— Bo Li (@boli) June 2, 2024")
    assert _anchor(text, "tonight") == date(2024, 6, 1)
    assert _anchor(text, "today") == date(2024, 6, 2)


def test_a_handle_without_a_dated_stamp_anchors_nothing() -> None:
    text = "Officer Dee Grant (@OfficerGrant) said the man was shot this morning."
    assert _anchor(text, "this morning") == REPORT


def test_a_dated_heading_anchors_its_section_until_the_next_one() -> None:
    text = ("A woman was shot tonight.\n\nUPDATE (June 4): She was released.\n\n"
            "FIRST REPORT (June 1)\n\nA man was shot tonight outside a bar.")
    assert _anchor(text, "A woman was shot tonight") == REPORT
    assert _anchor(text, "She was released") == date(2024, 6, 4)
    assert _anchor(text, "outside a bar") == date(2024, 6, 1)


def test_a_heading_without_a_day_or_with_other_words_is_no_section() -> None:
    text = ("UPDATE: police named him.\n\nThe report (filed June 1) says he was shot "
            "yesterday.")
    assert anchor_map(text, REPORT).section_starts == ()
    assert _anchor(text, "yesterday") == REPORT


def test_a_heading_without_a_year_is_the_latest_such_day_before_the_report() -> None:
    text = "FIRST REPORT (Aug. 31)\n\nDeputies are investigating a shooting tonight."
    assert _anchor(text, "tonight", date(2025, 1, 15)) == date(2024, 8, 31)


def test_without_a_report_day_there_is_no_anchor() -> None:
    text = "Shots tonight — Al Ng (@alng) June 1, 2024"
    assert _anchor(text, "tonight", None) is None


def test_the_event_date_reads_the_first_reports_tonight_on_its_own_day() -> None:
    text = ("UPDATE (March 4): Police arrested a 19-year-old.\n\nFIRST REPORT (March 2)\n\n"
            "A man was shot and killed tonight outside a bar, police said.")
    found = resolve_event_date(text, datetime(2024, 3, 5, tzinfo=UTC))
    assert found is not None and found.value == date(2024, 3, 2)


@pytest.mark.parametrize(("text", "report", "expected"), [
    # a month/day heading without brackets, the update up to a week after the page's day
    ("UPDATE 1/11: He was taken off life support.\n\nPREVIOUS 1/4: Two boys found a gun "
     "in a parked car tonight.", date(2024, 1, 9), date(2024, 1, 4)),
    ("UPDATE, 5/4: A fund was set up.\n\nOfficers say the girl was shot tonight.",
     date(2024, 5, 2), date(2024, 5, 4)),
])
def test_a_heading_day_without_brackets_anchors_its_section(text: str, report: date,
                                                            expected: date) -> None:
    assert _anchor(text, "tonight", report) == expected


def test_a_headings_own_day_is_no_event_date() -> None:
    text = ("UPDATE May 21: The family has set up a fund.\n\nORIGINAL May 17: A driver was "
            "shot during a robbery on Thursday, police said.")
    found = resolve_event_date(text, datetime(2024, 5, 22, tzinfo=UTC))
    assert found is not None and found.value == date(2024, 5, 16)
