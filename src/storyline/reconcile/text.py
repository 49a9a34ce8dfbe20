"""Small text helpers shared by the timeline, brief and digest: sentences and tokens.

A regular-expression splitter is enough here: we only need sentence-sized extracts to quote, and
it handles hundreds of long articles in well under a second (spaCy would take minutes).
"""

from __future__ import annotations

import re
from bisect import bisect_right
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
