"""The one reading of a fatal share's words (`fatal_share`), which the surface pass (counts)
and the parse (structure) share."""

from __future__ import annotations

import re

import pytest

from storyline.extract.fatal_share import FATAL_SHARE, SHARE_NUMBER_WORDS, dead_of_share


@pytest.mark.parametrize(("share", "whole", "dead"), [
    ("one", 4, 1), ("Two", 9, 2), ("3", 7, 3), ("both", 2, 2), ("eleven", 15, 11),
    ("five", 3, None),  # more than the whole: other people's figure
    ("several", 6, None),  # no number
])
def test_the_dead_a_share_tells(share: str, whole: int, dead: int | None) -> None:
    assert dead_of_share(share, whole) == dead


@pytest.mark.parametrize("words", [
    "one fatally", "two of them mortally", "one of whom died", "both were killed", "3 fatally",
])
def test_a_share_and_its_death(words: str) -> None:
    assert re.fullmatch(FATAL_SHARE, words, re.IGNORECASE)


def test_the_share_words_are_the_number_words() -> None:
    assert {"one", "six", "twelve"} <= SHARE_NUMBER_WORDS and "both" not in SHARE_NUMBER_WORDS
