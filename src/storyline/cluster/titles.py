"""Event titles chosen from the reports themselves, never generated."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime

from storyline.extract.sentences import split_sentences
from storyline.records import Article

_WORD = re.compile(r"[a-z0-9]+")
_EARLIEST = 5
_MAX_TITLE = 160
_MIN_SENTENCE = 20


def _headline(article: Article) -> str:
    """The article's title, or its first sentence when it has none."""
    if article.title and article.title.strip():
        return " ".join(article.title.split())
    for line in article.text.splitlines():
        line = " ".join(line.split())
        if len(line) < _MIN_SENTENCE or line.lower().startswith("http"):
            continue
        # The one splitter: a cut at every ". " made "Mt." or "Dr." the end of a title.
        sentence = split_sentences(line)[0].text
        return (
            sentence if len(sentence) <= _MAX_TITLE else sentence[: _MAX_TITLE - 1].rstrip() + "…"
        )
    text = " ".join(article.text.split())
    return text[: _MAX_TITLE - 1].rstrip() + "…" if len(text) > _MAX_TITLE else text


def _published(article: Article) -> datetime:
    return article.published or datetime.max.replace(tzinfo=UTC)


def choose_title(articles: Sequence[Article]) -> str:
    """The most central headline among the earliest reports (ties: earliest, then id).

    Central = shares the most words with the other early headlines, so an odd headline (a
    column, a crawl artefact) loses to the one most reports agree with.
    """
    if not articles:
        return ""
    earliest = sorted(articles, key=lambda a: (_published(a), a.id))[:_EARLIEST]
    headlines = [_headline(a) for a in earliest]
    words = [set(_WORD.findall(h.lower())) for h in headlines]
    shared: Counter[str] = Counter(w for ws in words for w in ws)

    def centrality(position: int) -> float:
        own = words[position]
        if not own:
            return 0.0
        agreement: int = sum(shared[w] - 1 for w in own)
        return agreement / math.sqrt(len(own))

    best = max(range(len(headlines)), key=lambda i: (centrality(i), -i))
    return headlines[best]
