"""Sentence lookup: the cached, bisecting sentence_at agrees with a scan of the sentences."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.reconcile.text import sentence_at, split_sentences

_PIECES = st.sampled_from(
    ["Police said", " three", " were killed", ".", " ", "\n", "Dr. Ames", " spoke", "!", "? "]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30), st.integers(-2, 200), st.integers(0, 8))
def test_sentence_at_is_the_sentence_that_contains_the_span(
    pieces: list[str], start: int, width: int
) -> None:
    text = "".join(pieces)
    end = start + width
    expected = None
    if 0 <= start < end <= len(text):
        expected = next((s for s in split_sentences(text) if s.start <= start < s.end), None)
    assert sentence_at(text, start, end) == expected


def test_sentences_are_cut_at_ends_not_at_abbreviations() -> None:
    text = "Dr. Ames said two died. Police arrived\nlater."
    assert [s.text for s in split_sentences(text)] == [
        "Dr. Ames said two died.",
        "Police arrived",
        "later.",
    ]
    found = sentence_at(text, text.index("Police"), text.index("Police") + 6)
    assert found is not None and found.text == "Police arrived"
