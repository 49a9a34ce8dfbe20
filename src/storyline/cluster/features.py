"""What the clusterer reads from an article and its extraction.

The text becomes a sparse vector of hashed terms weighted by sublinear term frequency times a
fixed general-English rarity (wordfreq zipf scale): stateless, so the same article always gives
the same vector. The collection-specific part of IDF (which words are common *in this store*) is
applied later, at scoring time, from the event-frequency table kept by the clusterer.
"""

from __future__ import annotations

import math
import re
import zlib
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from urllib.parse import urlsplit

import numpy as np
import numpy.typing as npt
from wordfreq import zipf_frequency

from storyline.cluster.settings import ClusterSettings
from storyline.records import Article, Extraction

TermArray = npt.NDArray[np.uint32]
WeightArray = npt.NDArray[np.float32]

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'\-]*[A-Za-z]|\d+")
# Above this zipf value a word is treated as a function word; 8 is roughly "the".
_ZIPF_CEILING = 7.5
# Weight of the extracted-fact pseudo terms (places, event date), relative to a rare word.
_FACT_WEIGHT = 4.0
_UNKNOWN_TYPES = frozenset({"", "other", "unknown", "none"})


@dataclass(frozen=True, slots=True)
class ArticleFeatures:
    article_id: str
    terms: TermArray  # sorted, unique hashed terms
    weights: WeightArray  # L2-normalised weights aligned with `terms`
    day: int | None  # publication date as an ordinal, None when unknown
    event_day: int | None  # extracted event date (day precision) as an ordinal
    event_year: int | None  # year of the extracted event date, at any precision
    places: frozenset[str]  # normalised city/venue/region names
    event_type: str | None  # None when the extractor did not know
    source: str | None  # publisher (host name), to recognise its boilerplate
    names: TermArray  # hashed rare capitalised words (people, streets, small places)


@lru_cache(maxsize=500_000)
def term_hash(term: str) -> int:
    return zlib.crc32(term.encode("utf-8"))


@lru_cache(maxsize=200_000)
def _rarity(word: str) -> float:
    """General-English rarity of a lower-case word; 0 for function words."""
    return max(0.0, _ZIPF_CEILING - zipf_frequency(word, "en"))


def _names(tokens: list[str], places: frozenset[str], settings: ClusterSettings) -> TermArray:
    """Words only ever written with a capital and rare in general English: mostly names of
    people and streets. Extracted place names are left out: they count as places."""
    lower = {token for token in tokens if token.islower()}
    lower.update(word for place in places for word in place.split())
    names = {
        token.lower()
        for token in tokens
        if token[0].isupper()
        and token.isalpha()
        and len(token) > 2
        and token.lower() not in lower
        and _ZIPF_CEILING - _rarity(token.lower()) < settings.name_max_zipf
    }
    return np.array(sorted({term_hash(name) for name in names}), dtype=np.uint32)


def _word_weights(tokens: list[str], settings: ClusterSettings) -> dict[str, float]:
    counts = Counter(token.lower() for token in tokens)
    # Names (of victims, suspects, streets, towns) tell one incident from another.
    names = {token.lower() for token in tokens if token[0].isupper()}
    ceiling = _ZIPF_CEILING - settings.common_word_zipf
    weights: dict[str, float] = {}
    for word, count in counts.items():
        rarity = _rarity(word)
        if rarity > ceiling:
            boost = settings.name_boost if word in names else 1.0
            weights[word] = (1.0 + math.log(count)) * rarity * boost
    return weights


def _fact_terms(places: frozenset[str], event_day: int | None) -> dict[str, float]:
    facts = {f"@place:{name}": _FACT_WEIGHT for name in places}
    if event_day is not None:
        facts[f"@date:{event_day}"] = _FACT_WEIGHT
    return facts


def to_sparse(weights: dict[str, float]) -> tuple[TermArray, WeightArray]:
    """Hash, merge colliding terms, sort by term and L2-normalise."""
    merged: dict[int, float] = {}
    for term, weight in weights.items():
        key = term_hash(term)
        merged[key] = merged.get(key, 0.0) + weight
    keys = sorted(merged)
    terms = np.array(keys, dtype=np.uint32)
    values = np.array([merged[k] for k in keys], dtype=np.float32)
    norm = float(np.linalg.norm(values))
    if norm > 0:
        values /= np.float32(norm)
    return terms, values


def normalise_place(name: str) -> str:
    return " ".join(name.lower().split())


def article_source(article: Article) -> str | None:
    """The publisher: the source field, else the host of the URL."""
    if article.source:
        return article.source.lower().removeprefix("www.")
    if article.url:
        host = urlsplit(article.url).hostname
        return host.removeprefix("www.") if host else None
    return None


def article_text(article: Article, title_repeats: int = 1) -> str:
    """Title (repeated: a headline names what happened) and text."""
    if not article.title:
        return article.text
    return "\n".join([article.title] * title_repeats + [article.text])


def article_features(
    article: Article, extraction: Extraction, settings: ClusterSettings
) -> ArticleFeatures:
    places = frozenset(
        normalise_place(p.name) for p in extraction.places if p.kind != "country" and p.name
    )
    event_day = _event_day(extraction)
    text = article_text(article, settings.title_repeats)
    tokens = _TOKEN.findall(text[: settings.max_text_chars])
    weights = _word_weights(tokens, settings)
    weights.update(_fact_terms(places, event_day))
    terms, values = to_sparse(weights)
    event_type = extraction.event_type if extraction.event_type not in _UNKNOWN_TYPES else None
    return ArticleFeatures(
        article_id=article.id,
        terms=terms,
        weights=values,
        day=article.published.date().toordinal() if article.published else None,
        event_day=event_day,
        event_year=extraction.event_date.value.year if extraction.event_date else None,
        places=places,
        event_type=event_type,
        source=article_source(article),
        names=_names(tokens, places, settings),
    )


def _event_day(extraction: Extraction) -> int | None:
    event_date = extraction.event_date
    if event_date is None or event_date.precision != "day":
        return None
    value: date = event_date.value
    return value.toordinal()
