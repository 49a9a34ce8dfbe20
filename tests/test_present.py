"""One wording for hedged counts in the terminal and on the web pages."""

from __future__ import annotations

import pytest

from storyline.present import describe_value, hedged_value
from storyline.web import views

CASES = [
    ({"value": 143, "qualifier": "at_least"}, "at least 143"),
    ({"value": 60, "qualifier": "more_than"}, "more than 60"),
    ({"value": 12, "qualifier": "vague"}, "at least 12 (vague)"),
    ({"value": 15, "qualifier": "range", "low": 10, "high": 20}, "10–20"),
    ({"value": 7, "qualifier": "exact"}, "7"),
    ({"value": 7}, "7"),
]


@pytest.mark.parametrize(("fact", "phrase"), CASES)
def test_terminal_and_web_say_the_same(fact: dict[str, object], phrase: str) -> None:
    assert hedged_value(fact) == phrase
    assert views.hedged_value(fact) == phrase


def test_trend_and_noun_follow_the_value() -> None:
    fact = {"value": 143, "qualifier": "at_least", "trend": "rising"}
    assert describe_value(fact, "killed") == "at least 143 killed, rising"
    assert views.hedged_count("killed", fact) == "at least 143 killed, rising"


def test_the_web_says_unknown_without_a_value() -> None:
    assert views.hedged_value(None) == "unknown"
    assert views.hedged_value({"qualifier": "exact", "value": None}) == "unknown"
