"""Sentence lookup: the cached, bisecting sentence_at (of the one splitter) agrees with a scan
of the sentences."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.extract.sentences import sentence_at, sentences_of

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
        expected = next((s for s in sentences_of(text) if s.start <= start < s.end), None)
    assert sentence_at(text, start, end) == expected


def test_sentences_are_cut_at_ends_not_at_abbreviations() -> None:
    text = "Dr. Ames said two died. Police arrived\nlater."
    assert [s.text for s in sentences_of(text)] == [
        "Dr. Ames said two died.",
        "Police arrived",
        "later.",
    ]
    found = sentence_at(text, text.index("Police"), text.index("Police") + 6)
    assert found is not None and found.text == "Police arrived"


def test_redundancy_index_answers_exactly_what_pairwise_overlap_answers() -> None:
    """The prefix-filtered index is an exact shortcut: same answers as comparing every pair."""
    import random

    from storyline.reconcile.text import RedundancyIndex, overlap, token_frequency

    rng = random.Random(7)
    vocabulary = [f"w{k}" for k in range(40)] + ["the", "a", "of", "killed", "police"]
    texts = [" ".join(rng.choice(vocabulary) for _ in range(rng.randint(1, 12)))
             for _ in range(400)]
    texts += [" ".join(f"w{k}" for k in range(n)) for n in (10, 7, 20)]  # 0.7 * 10 = 7.0000001
    for threshold in (0.5, 0.6, 0.7, 0.3):
        index = RedundancyIndex(threshold, token_frequency(texts))
        seen: list[str] = []
        for text in texts:
            expected = any(overlap(text, other) >= threshold for other in seen)
            assert index.redundant(text) == expected, (threshold, text)
            if not expected:
                index.add(text)
                seen.append(text)


def test_quotes_and_facts_share_the_one_splitter() -> None:
    """The reconciler quotes the sentences extraction read: abbreviations ("Mt.", "Capt.") do
    not end one, a glued full stop ("Road.Police") and a line break after "p.m." do."""
    from storyline.extract.sentences import split_sentences

    text = "A man was shot on Mt. Pleasant Road.Police arrived at 9 p.m.\nCapt. Ruiz spoke."
    assert [s.text for s in sentences_of(text)] == [
        "A man was shot on Mt. Pleasant Road.",
        "Police arrived at 9 p.m.",
        "Capt. Ruiz spoke.",
    ]
    assert sentences_of(text) == tuple(split_sentences(text))
    found = sentence_at(text, text.index("Ruiz"), text.index("Ruiz") + 4)
    assert found is not None and found.text == "Capt. Ruiz spoke."


def test_the_sentence_cache_is_bounded_by_characters_not_by_texts() -> None:
    """Many long texts evict the oldest; a text longer than the budget is never held, and every
    answer is the splitter's whatever the cache holds."""
    from storyline.extract.sentences import _SentenceCache, split_sentences

    cache = _SentenceCache(max_chars=10_000)
    texts = [f"Report {n}. " + "The river rose again. " * 100 for n in range(20)]
    for text in texts:
        assert cache.get(text)[0] == tuple(split_sentences(text))
        assert cache.chars <= cache.max_chars
    assert 0 < len(cache) < len(texts)
    assert cache.get(texts[-1])[0] == tuple(split_sentences(texts[-1]))  # the newest is held
    huge = "A long line. " * 2_000
    assert cache.get(huge)[0] == tuple(split_sentences(huge))
    assert huge not in cache._entries and cache.chars <= cache.max_chars
