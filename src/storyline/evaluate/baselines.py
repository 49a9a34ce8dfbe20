"""Simple baselines, run in the same evaluation as the system so that each figure has a floor
that anyone could reach with a few lines of code.

- clustering: TF-IDF cosine, single pass over the articles in publication order, each article
  joining the most similar cluster centroid among clusters active in the last 14 days when the
  cosine reaches a fixed threshold (the classic TDT "single-pass" detector);
- counts: the largest number written just before "killed/dead/died", "injured/wounded/hurt" or
  "arrested" in the text;
- dates: dateparser with the document date as its base;
- timeline: the dates with the most articles published, each with the first sentence of its
  first articles.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from storyline.extract.sentences import split_sentences
from storyline.records import Article

__all__ = [
    "BASELINE_THRESHOLD",
    "BASELINE_WINDOW_DAYS",
    "dateparser_value",
    "most_published_timeline",
    "regex_counts",
    "tfidf_single_pass",
]

BASELINE_THRESHOLD = 0.3
BASELINE_WINDOW_DAYS = 14

# --------------------------------------------------------------------------- clustering


def tfidf_single_pass(
    articles: Sequence[Article],
    *,
    threshold: float = BASELINE_THRESHOLD,
    window_days: int = BASELINE_WINDOW_DAYS,
) -> dict[str, str]:
    """Article id -> cluster id ("b0", "b1", ...), articles taken in the order given.

    IDF is computed once over the whole input (a simplification every TDT baseline makes);
    undated articles are never outside the window."""
    if not articles:
        return {}
    texts = [f"{a.title or ''}\n{a.text}" for a in articles]
    vectors = TfidfVectorizer(stop_words="english", sublinear_tf=True, dtype=np.float32)
    matrix = vectors.fit_transform(texts).tocsr()
    members: list[list[int]] = []
    norms_sq: list[float] = []
    last_seen: list[datetime | None] = []
    assigned: dict[str, str] = {}
    for i, article in enumerate(articles):
        active = _active_clusters(last_seen, article.published, window_days)
        best, score, dot = _best_cluster(matrix, i, active, members, norms_sq)
        if best is None or score < threshold:
            members.append([i])
            norms_sq.append(1.0)
            last_seen.append(article.published)
            best = len(members) - 1
        else:
            members[best].append(i)
            norms_sq[best] += 2.0 * dot + 1.0
            last_seen[best] = _later(last_seen[best], article.published)
        assigned[article.id] = f"b{best}"
    return assigned


def _active_clusters(
    last_seen: Sequence[datetime | None], published: datetime | None, window_days: int
) -> list[int]:
    if published is None:
        return list(range(len(last_seen)))
    start = published - timedelta(days=window_days)
    return [c for c, seen in enumerate(last_seen) if seen is None or seen >= start]


def _best_cluster(
    matrix: Any,  # scipy CSR matrix of L2-normalized TF-IDF rows
    row: int,
    active: Sequence[int],
    members: Sequence[Sequence[int]],
    norms_sq: Sequence[float],
) -> tuple[int | None, float, float]:
    """(cluster, cosine with its centroid, dot product with the sum of its members)."""
    if not active:
        return None, 0.0, 0.0
    indexes = [m for c in active for m in members[c]]
    owners = np.repeat(np.arange(len(active)), [len(members[c]) for c in active])
    sims = np.asarray((matrix[indexes] @ matrix[row].T).toarray()).ravel()
    dots = np.zeros(len(active))
    np.add.at(dots, owners, sims)
    scores = dots / np.sqrt(np.array([norms_sq[c] for c in active]))
    best = int(np.argmax(scores))
    return active[best], float(scores[best]), float(dots[best])


def _later(a: datetime | None, b: datetime | None) -> datetime | None:
    if a is None or b is None:
        return a or b
    return max(a, b)


# --------------------------------------------------------------------------- counts

_NUMBER_WORDS = {
    word: value
    for value, word in enumerate(
        (
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        )
    )
}
_NUMBER = r"(\d{1,3}(?:,\d{3})+|\d+|" + "|".join(_NUMBER_WORDS) + r")"
_GAP = r"(?:[\w-]+\s+){0,3}?"  # up to three words: "people were", "others have been"
_CUES = {
    "killed": r"(?:killed|dead|died|deaths?|fatalities|slain|fatally)",
    "injured": r"(?:injured|wounded|hurt|injuries)",
    "arrested": r"(?:arrested|detained|in\s+custody)",
}
_PATTERNS = {
    category: re.compile(rf"\b{_NUMBER}\s+{_GAP}{cue}\b", re.IGNORECASE)
    for category, cue in _CUES.items()
}


def regex_counts(text: str) -> dict[str, int]:
    """Category -> the largest number found a few words before one of its cue words."""
    found: dict[str, int] = {}
    for category, pattern in _PATTERNS.items():
        parsed = (_number_value(m.group(1)) for m in pattern.finditer(text))
        values = [v for v in parsed if v is not None and v < 100_000]
        if values:
            found[category] = max(values)
    return found


def _number_value(token: str) -> int | None:
    word = token.lower()
    if word in _NUMBER_WORDS:
        return _NUMBER_WORDS[word]
    digits = word.replace(",", "")
    return int(digits) if digits.isdigit() else None


# --------------------------------------------------------------------------- dates


def dateparser_value(expression: str, anchor: date) -> str | None:
    """TIMEX3-style value of what dateparser reads, relative to `anchor`: YYYY-MM-DD for a day,
    YYYY-MM for a month, YYYY for a year, YYYY-Www for a week."""
    from dateparser.date import DateDataParser

    base = datetime(anchor.year, anchor.month, anchor.day)
    parser = DateDataParser(
        languages=["en"], settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
    )
    try:
        data = parser.get_date_data(expression)
    except (ValueError, OverflowError):
        return None
    if data.date_obj is None:
        return None
    day = data.date_obj.date()
    period = data.period or "day"
    if period == "year":
        return f"{day.year:04d}"
    if period == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if period == "week":
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}"
    return str(day.isoformat())


# --------------------------------------------------------------------------- timelines

def most_published_timeline(
    articles: Sequence[Article], max_dates: int, per_date: int
) -> dict[date, list[str]]:
    """The `max_dates` days with most articles published (earlier day on ties), each with the
    first sentence of its first `per_date` articles."""
    by_day: dict[date, list[Article]] = {}
    for article in articles:
        if article.published is not None:
            by_day.setdefault(article.published.astimezone(UTC).date(), []).append(article)
    counts: Mapping[date, int] = Counter({day: len(items) for day, items in by_day.items()})
    chosen = sorted(by_day, key=lambda day: (-counts[day], day))[:max_dates]
    return {
        day: [_first_sentence(a.text) for a in by_day[day][:per_date]] for day in sorted(chosen)
    }


def _first_sentence(text: str) -> str:
    """The article's first sentence, by the one splitter the system's own timeline quotes
    from (a cut at every ". " ended the baseline's sentence at "Mr." or "U.S.")."""
    sentences = split_sentences(text)
    return sentences[0].text if sentences else ""
