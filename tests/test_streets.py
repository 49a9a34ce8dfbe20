"""The one list of street-type words, and readers that build on it."""

import re

from storyline.extract.streets import STREET_TYPE_ABBREVIATIONS, STREET_TYPE_WORDS, street_types
from storyline.extract.timex import iter_date_expressions


def test_every_word_and_abbreviation_is_in_the_alternation() -> None:
    pattern = re.compile(rf"(?:{street_types()})\b")
    for word in (*STREET_TYPE_WORDS, *STREET_TYPE_ABBREVIATIONS):
        assert pattern.fullmatch(word), word


def test_dotted_abbreviations_need_their_full_stop() -> None:
    pattern = re.compile(rf"(?:{street_types(dotted=True)})")
    assert pattern.fullmatch("St.")
    assert pattern.fullmatch("Turnpike")
    assert not pattern.fullmatch("St")


def test_a_month_before_any_street_word_is_a_name_not_a_date() -> None:
    for street in ("Turnpike", "Pike", "Freeway", "Drive", "Ct."):
        text = f"Officers found the car in the 900 block of June {street} late on Friday."
        assert [e.text for e in iter_date_expressions(text)] == ["late on Friday"], street
