"""Small text helpers shared by the timeline, brief and digest: tokens and redundancy.

Sentences come from the one splitter, `storyline.extract.sentences` (`sentences_of`,
`sentence_at`). The reconciler had a second one here, which cut after "Mt." or "Supt.", read
on past a line break that followed an abbreviation and did not cut glued sentences
("died.Police"), so a quoted sentence could differ from the one its fact was read from.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_TOKENISED_BRACKETS = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "\\/": "/"}


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
