"""Small text helpers shared by the timeline, brief and digest: sentences and tokens.

A regular-expression splitter is enough here: we only need sentence-sized extracts to quote, and
it handles hundreds of long articles in well under a second (spaCy would take minutes).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

_ABBREVIATION_WORDS = (
    "mr mrs ms dr prof gen col lt sgt capt gov sen rep st jan feb mar apr jun jul aug sep "
    "sept oct nov dec u.s u.n no vs inc corp co ltd jr sr e.g i.e a.m p.m"
)
_ABBREVIATIONS = frozenset(_ABBREVIATION_WORDS.split())
_BOUNDARY = re.compile(r"[.!?]['\"”’)]*\s+(?=[\"“'`(\[]*[A-Z0-9])|\n\s*")
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_TOKENISED_BRACKETS = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "\\/": "/"}


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of an article with its character offsets in the article text."""

    text: str
    start: int
    end: int


def _ends_with_abbreviation(chunk: str) -> bool:
    words = chunk.rstrip(".!?'\"”’) ").rsplit(None, 1)
    if not words:
        return False
    last = words[-1].lower().rstrip(".")
    return last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha())


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Sentences with offsets; newlines always end a sentence, abbreviations do not.

    Cached: deriving one event's record asks for the sentences of the same article once per
    fact, timeline entry and evidence span, and every batch re-derives the events it touched."""
    return _split_cached(text)[0]


@lru_cache(maxsize=2048)
def _split_cached(text: str) -> tuple[tuple[Sentence, ...], tuple[int, ...]]:
    """The sentences and their start offsets (for bisecting)."""
    sentences = _split(text)
    return sentences, tuple(sentence.start for sentence in sentences)


def _split(text: str) -> tuple[Sentence, ...]:
    sentences: list[Sentence] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        candidate = text[start : match.start() + 1]
        if match.group(0)[0] in ".!?" and _ends_with_abbreviation(candidate):
            continue
        _append_sentence(sentences, text, start, match.start() + 1)
        start = match.end()
    _append_sentence(sentences, text, start, len(text))
    return tuple(sentences)


def _append_sentence(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    offset = start + chunk.index(stripped[0])
    sentences.append(Sentence(stripped, offset, offset + len(stripped)))


def sentence_at(text: str, start: int, end: int) -> Sentence | None:
    """The sentence that contains the span [start, end) of `text`, if the span is valid."""
    if start < 0 or end > len(text) or start >= end:
        return None
    sentences, starts = _split_cached(text)
    position = bisect_right(starts, start) - 1
    if position >= 0 and start < sentences[position].end:
        return sentences[position]
    return None


def readable(text: str) -> str:
    """Undo Penn-Treebank escapes some corpora keep (-LRB-, \\/), for display only."""
    for escaped, plain in _TOKENISED_BRACKETS.items():
        text = text.replace(escaped, plain)
    return text


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens, the unit of overlap for redundancy checks."""
    return _WORD.findall(text.lower())


def overlap(a: str, b: str) -> float:
    """Share of the shorter text's distinct tokens that the other text also has (0..1)."""
    ta, tb = set(tokens(a)), set(tokens(b))
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / min(len(ta), len(tb))


class RedundancyIndex:
    """Texts seen so far, answering "does any of them overlap this one by `threshold`?" (the
    `overlap` measure) without comparing against every one of them.

    Exact prefix filtering: if two token sets share at least `threshold` of the smaller one's
    tokens, every subset of the smaller set holding all but `ceil(threshold * size) - 1` of
    its tokens meets the other set. Each set's prefix is taken in one fixed order (rarest
    tokens first, by the frequencies given), so a long report with common words is found
    through its rare ones, and an event with thousands of reports stays near-linear.
    """

    def __init__(self, threshold: float, frequency: dict[str, int] | None = None) -> None:
        self.threshold = threshold
        self._frequency = frequency or {}
        self._sets: list[frozenset[str]] = []
        self._by_prefix: dict[str, list[int]] = {}  # prefix token -> texts
        self._by_token: dict[str, list[int]] = {}  # any token -> texts

    def _prefix(self, words: frozenset[str]) -> list[str]:
        ordered = sorted(words, key=lambda w: (self._frequency.get(w, 0), w))
        # The fewest shared tokens that reach the threshold, computed as `overlap` divides.
        needed = next(k for k in range(len(words) + 1) if k / len(words) >= self.threshold)
        return ordered[:max(1, len(words) - needed + 1)]

    def redundant(self, text: str) -> bool:
        words = frozenset(tokens(text))
        if not words:
            return False
        candidates: set[int] = set()
        for word in words:  # texts whose own prefix meets this one (they may be the smaller)
            candidates.update(self._by_prefix.get(word, ()))
        for word in self._prefix(words):  # texts meeting this one's prefix (it may be smaller)
            candidates.update(self._by_token.get(word, ()))
        return any(
            len(words & self._sets[i]) / min(len(words), len(self._sets[i])) >= self.threshold
            for i in candidates)

    def add(self, text: str) -> None:
        words = frozenset(tokens(text))
        if not words:
            return
        index = len(self._sets)
        self._sets.append(words)
        for word in self._prefix(words):
            self._by_prefix.setdefault(word, []).append(index)
        for word in words:
            self._by_token.setdefault(word, []).append(index)


def token_frequency(texts: Iterable[str]) -> dict[str, int]:
    """In how many of `texts` each token occurs: the rarity order of a RedundancyIndex."""
    counts: dict[str, int] = {}
    for text in texts:
        for word in set(tokens(text)):
            counts[word] = counts.get(word, 0) + 1
    return counts
