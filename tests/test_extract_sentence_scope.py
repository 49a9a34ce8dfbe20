"""The sentence a count rule reads is the one splitter's sentence (`sentences.split_sentences`;
a note is still counted in sentence ends, aggregates.is_note says why), and the zeros,
confirmed parts and reported figures of #14's session 11, on sentences written for the
tests."""

from __future__ import annotations

import pytest

from storyline.extract.aggregates import is_note, sums_other_events
from storyline.extract.counts import (
    CONFIRMED_DETAIL,
    NO_CASUALTIES_DETAIL,
    SCOPED_ZERO_DETAIL,
    UPDATE_DETAIL,
    find_counts,
)


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("Gunmen killed two farmers. Police arrived later. The road was closed.", True),
        ("Gunmen killed two farmers. Police arrived later. The road was closed. Schools shut.",
         False),
        ("", True),
    ])
def test_a_note_is_fewer_than_four_sentence_ends(text: str, note: bool) -> None:
    assert is_note(text) is note


def test_the_clause_of_a_round_up_reaches_past_an_abbreviation() -> None:
    """"across the city" sums other events; the clause it is in runs past "U.S. Rep." (the
    sentence-end pattern cut it there before)."""
    text = ("Five people were killed, including a nephew of U.S. Rep. Ann Cole, and 12 hurt in "
            "shootings across the city over the weekend, police said. The first was on Friday.")
    at = text.index("Five")
    assert sums_other_events(text, at, at + len("Five people were killed"))
    later = text.index("The first")
    assert not sums_other_events(text, later, later + 9)


def test_an_update_after_a_quoted_sentence_updates_the_figure_of_that_sentence() -> None:
    text = ('Police said: "Six people, including two guards, died in the raid." The figure was '
            "later raised to 9. Shops stayed shut.")
    found = find_counts(text, 2024)
    update = next(m for m in found if m.detail == UPDATE_DETAIL)
    assert (update.category, update.value) == ("killed", 9)
    assert found.index(update) > next(i for i, m in enumerate(found) if m.value == 6)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("No one was killed or injured when the shell hit the market.",
         {("killed", 0), ("injured", 0)}),
        ("Nobody was hurt or killed in the crash.", {("killed", 0), ("injured", 0)}),
        ("No casualties were reported after the exchange of fire.",
         {("killed", 0), ("injured", 0)}),
        ("Seven soldiers were killed or injured in the ambush.", set()),
        ("There were no civilian casualties.", set()),
    ])
def test_zeros_of_neither_and_of_no_casualties(text: str, expected: set[tuple[str, int]]
                                               ) -> None:
    found = {(m.category, m.value) for m in find_counts(text, 2024)
             if m.category in ("killed", "injured")}
    assert found == expected


def test_a_zero_said_of_this_incident_alone_is_marked() -> None:
    scoped = find_counts("Bombs hit five towns. No casualties were reported in this specific "
                         "incident.", 2024)
    assert {m.detail for m in scoped} == {SCOPED_ZERO_DETAIL}
    plain = find_counts("No casualties were reported after the blast.", 2024)
    assert {m.detail for m in plain} == {NO_CASUALTIES_DETAIL}


@pytest.mark.parametrize(
    ("text", "value", "nested"),
    [
        ("An airstrike killed several fighters - four confirmed.", 4, False),
        ("Rebels killed scores of villagers, 31 confirmed, in the raid.", 31, False),
        ("At least 40 people died (15 confirmed) in the fire.", 15, True),
    ])
def test_the_confirmed_part_of_a_figure(text: str, value: int, nested: bool) -> None:
    """Of a vague figure the confirmed number is what is known of it; of a number, a subset
    (in brackets, the bracketed breakdown rule nests it already)."""
    part = next(m for m in find_counts(text, 2024) if m.value == value)
    assert (part.category, part.part_of is not None) == ("killed", nested)
    assert nested or part.detail == CONFIRMED_DETAIL


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("Officials put confirmed deaths at 23 on Monday.", "killed", 23),
        ("Medics estimated the number of wounded at 70.", "injured", 70),
        ("A mob stoned to death two suspected thieves.", "killed", 2),
        ("Gunmen killed a ranger and wounded another in the park.", "injured", 1),
        ("4 US soldiers & 3 Malian soldiers were killed.", "killed", 7),
    ])
def test_surface_readings_of_session_eleven(text: str, category: str, value: int) -> None:
    found = [m for m in find_counts(text, 2024) if m.category == category]
    assert sum(m.value for m in found if m.part_of is None) == value


def test_things_are_not_another_person() -> None:
    assert not [m for m in find_counts("Raiders burned one hut and burned another.", 2024)]
