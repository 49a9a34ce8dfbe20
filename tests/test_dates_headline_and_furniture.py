"""Event-date rules of dates/3: holidays written with a typographic apostrophe, the headline's
day, clip lists and times before a colon, days counted from an event, a past day named with
its act, sequels after the act and sentence terms (sentences written for this project)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from storyline.extract.dates import (
    clause_sentences,
    date_candidates,
    find_date_expressions,
    normalize_date_expression,
    resolve_event_date,
)
from storyline.extract.document import Document
from storyline.records import EventDate


def event(text: str, published: str, title: str | None = None) -> EventDate | None:
    at = datetime.fromisoformat(published).replace(tzinfo=UTC)
    document = Document(text)
    candidates = date_candidates(text, at, document, title)
    document.prepare(clause_sentences(candidates, document))
    return resolve_event_date(text, at, document, candidates)


def day(text: str, published: str, title: str | None = None) -> date | None:
    found = event(text, published, title)
    return None if found is None else found.value


def test_new_years_eve_is_found_with_either_apostrophe() -> None:
    for text in ("Shots were fired on New Year's Eve.", "Shots were fired on New Year’s Eve."):
        assert [e.text[-3:] for e in find_date_expressions(text)] == ["Eve"]
        assert normalize_date_expression(find_date_expressions(text)[0].text,
                                         date(2025, 1, 2)) == "2024-12-31"


def test_a_common_noun_mothers_day_is_not_the_holiday() -> None:
    assert find_date_expressions("her mother’s day was long") == []
    assert [e.text for e in find_date_expressions("on Mother’s Day")] == ["Mother’s Day"]


def test_nothing_right_after_a_colon_starts_a_date() -> None:
    found = find_date_expressions("1:30 December 2016 blizzard in pictures")
    assert [e.text for e in found] == ["December 2016"]


def test_the_headline_day_is_read_when_the_text_states_none() -> None:
    found = event("A man was hit in the leg by a stray bullet.", "2024-03-18",
                  "Man wounded by stray bullet Saturday night")
    assert found is not None
    assert (found.value, found.start, found.end) == (date(2024, 3, 16), -1, -1)


def test_the_text_day_outranks_the_headline_day() -> None:
    assert day("A man was shot early Sunday outside a bar, police said.", "2024-03-18",
               "Man shot on Saturday") == date(2024, 3, 17)


def test_a_date_ending_the_headline_after_a_separator_is_the_page_stamp() -> None:
    assert event("A man was shot near the park.", "2024-03-05",
                 "Man shot near park | March 3, 2024") is None
    assert event("A man was shot near the park.", "2024-03-05",
                 "Man shot near park - Mar. 3") is None


def test_a_headline_repeated_as_the_first_line_is_read_once_in_the_text() -> None:
    title = "Two hurt in shooting Friday"
    candidates = date_candidates(f"{title}\n\nTwo men were hurt.", datetime(
        2024, 3, 18, tzinfo=UTC), None, title)
    assert [c.expression.start for c in candidates] == [title.index("Friday")]


def test_clip_list_lines_are_page_furniture() -> None:
    text = ("2:14 March for peace draws crowds\n\n0:58 Budget vote Pause\n\n"
            "A woman was shot in her car, police said.")
    assert event(text, "2024-09-10") is None
    timeline = "How it unfolded.\n\n9:40 Sunday: the gunman fired into the hall."
    assert day(timeline, "2024-09-10") == date(2024, 9, 8)


def test_a_day_counted_from_an_event_is_not_counted_from_the_last_day_named() -> None:
    text = ("A bomb went off at the depot on Sunday, police said on Tuesday. "
            "The day after the blast, the depot was closed.")
    candidates = date_candidates(text, datetime(2024, 3, 20, tzinfo=UTC))
    assert [c.expression.text for c in candidates] == ["Sunday", "Tuesday"]
    assert day(text, "2024-03-20") == date(2024, 3, 17)


def test_a_day_named_with_its_act_is_in_the_past() -> None:
    context = "Jurors convicted him for an April 7 shooting at a bar."
    assert normalize_date_expression("April 7", date(2024, 12, 12), context=context) == (
        "2024-04-07")
    hearing = "A hearing is set for April 7."
    assert normalize_date_expression("April 7", date(2024, 12, 12), context=hearing) == (
        "2025-04-07")


def test_a_sequel_after_the_act_is_not_the_event_day() -> None:
    text = ("Deputies were searching for a gunman on Tuesday after he shot two clerks "
            "at a gas station late Monday.")
    assert day(text, "2024-03-14") == date(2024, 3, 11)
    same_day = "A man was killed on Sunday after an argument turned violent."
    assert day(same_day, "2024-03-18") == date(2024, 3, 17)


def test_a_sentence_term_is_the_day_of_the_court_not_of_the_act() -> None:
    text = ("A man was put on probation on Thursday for firing at a parked car on "
            "May 14, 2023.")
    assert day(text, "2024-02-02") == date(2023, 5, 14)
    officer = "A probation officer was shot on Tuesday during a home visit."
    assert day(officer, "2024-03-14") == date(2024, 3, 12)


def test_a_holiday_after_a_town_name_is_a_date_not_part_of_a_name() -> None:
    text = "A boy was hurt in Milbrook Thanksgiving Day when a rifle went off."
    assert day(text, "2023-11-25") == date(2023, 11, 23)
    assert event("Police chief Lisa March said six people were hurt.", "2024-03-14") is None
