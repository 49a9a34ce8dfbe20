"""Number phrases: digits, words, vague quantities, hedges and what is not a count."""

from __future__ import annotations

import pytest

from storyline.extract.numbers import VAGUE_WORDS, find_quantities, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("12", 12),
        ("1,204", 1204),
        ("eleven", 11),
        ("twenty-one", 21),
        ("two hundred and five", 205),
        ("three thousand four hundred", 3400),
        ("a dozen", 12),
        ("half a dozen", 6),
        ("a hundred", 100),
        ("2.5 million", 2_500_000),
        ("1.5", None),
        ("million", None),
    ],
)
def test_parse_number(text: str, value: int | None) -> None:
    assert parse_number(text) == value


def _only(sentence: str) -> tuple[int, str, int | None, int | None]:
    found = find_quantities(sentence)
    assert len(found) == 1, found
    q = found[0]
    return q.value, q.qualifier, q.low, q.high


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("at least 12 people died", (12, "at_least", 12, None)),
        ("more than 40 were hurt", (40, "more_than", 41, None)),
        ("about 300 fled", (300, "about", None, None)),
        ("nearly 100 were displaced", (100, "about", None, 100)),
        ("up to 30 are missing", (30, "up_to", None, 30)),
        ("fewer than 10 were arrested", (10, "less_than", 0, 9)),
        ("between five and 23 drowned", (5, "range", 5, 23)),
        ("8-10 residents were killed", (8, "range", 8, 10)),
        ("two or three soldiers died", (2, "range", 2, 3)),
        ("dozens of people were injured", (12, "vague", 12, None)),
        ("hundreds were displaced", (100, "vague", 100, None)),
        ("several were wounded", (10, "vague", 10, None)),
        ("no one was hurt", (0, "exact", 0, 0)),
        # a hedge on a vague word leaves it vague, not "about 10"
        ("about several people were hurt", (10, "vague", 10, None)),
        ("some multiple victims were found", (10, "vague", 10, None)),
        ("several dozen were arrested", (12, "vague", 12, None)),
        ("both were killed", (2, "exact", 2, 2)),  # "both" is two, like "a pair"
    ],
)
def test_qualifiers_and_bounds(
    sentence: str, expected: tuple[int, str, int | None, int | None]
) -> None:
    assert _only(sentence) == expected


def test_vague_table_is_conservative_acled_style() -> None:
    assert VAGUE_WORDS["dozens"] == 12
    assert VAGUE_WORDS["several"] == 10
    assert VAGUE_WORDS["hundreds"] == 100
    assert VAGUE_WORDS["a few"] == 3


@pytest.mark.parametrize(
    "sentence",
    [
        "a 23-year-old man",
        "the 17 year old boy",
        "in 2004 the market burned",
        "on 8 May the market burned",
        "on May 8 the market burned",
        "it cost $5 million",
        "it cost 40 dollars",
        "on Route 9 near the bridge",
        "at 1600 Pennsylvania Avenue",
        "around 7:30 p.m. on Friday",
        "for 48 hours the road was closed",
        "turnout rose 12 percent",
        "the 45th homicide",
        "Ethan Payne, 13, of Lexington",
        "a boy of twelve was hurt",
        "a woman of just 80 died",
        "a father of three was shot",
        "CBS 58 reported the shooting",
        "Fox 8 reported the shooting",
        "59 News: man shot on Elm Street",
        "58 - Man shot on Elm Street",
        "9: Man shot on Elm Street",
        "The boy, now 14, was hurt",
        "Terminal 2 was evacuated",
        "crews from Engine 12 arrived",
        "at about 3 in the morning",
        "Jamie clayton, 22 was shot",  # a name written in lower case, then its age
        "officials told News 9 the man was hurt",
    ],
)
def test_measures_dates_ages_addresses_are_not_counts(sentence: str) -> None:
    assert [q.value for q in find_quantities(sentence) if not q.article] == []


def test_additive_words_are_flagged() -> None:
    found = find_quantities("killing nine soldiers and wounding another 13")
    assert [(q.value, q.additive) for q in found] == [(9, False), (13, True)]


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("a crowd of 40 people were hurt", [40]),  # a crowd is not a person of an age
        ("58 people were shot over the weekend", [58]),  # no separator after the number
        ("2 - 3 people were hurt", [2]),  # a range at the start is a count
        ("gunmen killed 3 in the morning attack", [3]),  # a part of the day naming the attack
        ("the building collapsed and 7 were hurt", [7]),  # a lower-case noun names no place
        ("in all, 22 were shot", [22]),  # a plural verb: people, not an age
        ("the victim was 44.Two suspects were arrested", [44, 2]),  # glued: Two is read
    ],
)
def test_counts_beside_the_traps_stay_counts(sentence: str, values: list[int]) -> None:
    assert [q.value for q in find_quantities(sentence) if not q.article] == values
