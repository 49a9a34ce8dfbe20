"""The two-character dispatch of `FirstLetterAlternation` (first_letters.py): the starts read
from a pattern, and the matches of the dispatch are the whole alternation's, at words of one
letter, words glued to punctuation or to non-ASCII letters, and alternatives whose second
character cannot be read."""

from __future__ import annotations

import random

from storyline.extract.first_letters import FirstLetterAlternation, first_letters, starts


def test_the_two_character_starts_of_a_pattern() -> None:
    assert starts(r"\b(?:shot|gun\w*|(?:air\s+)?raid)") == {
        "s": frozenset("h"), "g": frozenset("u"), "a": frozenset("i"), "r": frozenset("a")}
    assert starts(r"\bab?") == {"a": None}  # the match may end after "a"
    assert starts(r"\ba\w+") == {"a": None}  # a category: any second character
    assert starts(r"\bx(?:\s*y)") == {"x": frozenset(" \t\n\r\f\vy")}
    assert starts(r"\b(?:x)?") is None  # can match nothing at all
    assert starts(r"\b[b-c]o") == {"b": frozenset("o"), "c": frozenset("o")}
    assert starts(r"\b(?:ab)*c") == {"a": frozenset("b"), "c": None}
    assert first_letters(r"\b(?:ab)*c") == frozenset("ac")


def test_a_two_character_dispatch_finds_what_the_whole_alternation_finds() -> None:
    named = [("p0", r"\bshot\s+dead"), ("p1", r"\bshot"), ("p2", r"\b(?:air\s*)?strikes?"),
             ("p3", r"\b\w+ings\b"), ("p4", r"\bstab\w*|\bslash(?:ed)?"), ("p5", r"\ba\b"),
             ("p6", r"\ba(?:-|\s)?bomb"), ("p7", r"\bdead\b"), ("p8", r"\bs[^a-z]"),
             ("p9", r"\b(?:ab)*x")]
    rng = random.Random(23)
    words = ("shot", "dead", "shot dead", "air strike", "airstrikes", "strike", "shootings",
             "stabbing", "slashed", "a", "a-bomb", "abomb", "a bomb", "ababx", "x", "s",
             "s.", "s1", "sé", "aé", "the", ",", ".", "9", "a-shot", "über", "_dead",
             "shot-dead", "killings")
    fast = FirstLetterAlternation(named)
    for _ in range(600):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 30)))
        text = text.replace(" ,", ",") if rng.random() < 0.5 else text
        assert ([(m.span(), m.lastgroup) for m in fast.finditer(text)]
                == [(m.span(), m.lastgroup) for m in fast.whole.finditer(text)]), text
