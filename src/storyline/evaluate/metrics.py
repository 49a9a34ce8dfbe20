"""Evaluation metrics, written from their published definitions.

- BCubed precision/recall/F1 (Bagga & Baldwin 1998), with the extended multiplicity BCubed for
  overlapping clusters and multi-label gold (Amigó, Gonzalo, Artiles & Verdejo 2009, section 5.2).
  Items that the system lost (no predicted cluster) score 0 precision and 0 recall.
- ROUGE-N (Lin 2004) with several references, counted the way ROUGE-1.5.5 does in its "-f A"
  mode that tilse uses: hits and reference n-grams summed over references for recall; for
  precision the candidate's n-grams are counted once per reference.
- Timeline ROUGE (Martschat & Markert 2017, as in tilse): concat, agreement, align (date costs,
  1:1), align+ (date and content costs, 1:1) and align+ m:1; and date F1 (date selection), both
  against a `GroundTruth` made of one or more reference timelines.

Tokenization (documented because published figures depend on it): text is lowercased, tokens are
runs of letters and digits (so "-LRB-" becomes "lrb"), stopwords are dropped by default using
scikit-learn's English list (ROUGE-1.5.5 `-s` uses the SMART list instead), and there is no
stemming (published tilse figures use Porter stemming, so ours run slightly lower than theirs
would on the same output). N-grams do not cross sentence boundaries.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal

import numpy as np
from scipy.optimize import linear_sum_assignment
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

__all__ = [
    "PRF",
    "BCubedScore",
    "GroundTruth",
    "RougeCounts",
    "Timeline",
    "agreement_rouge",
    "align_rouge",
    "bcubed",
    "concat_rouge",
    "date_f1",
    "f_score",
    "rouge_n",
    "tokenize",
]

_TOKEN = re.compile(r"[^\W_]+")
STOPWORDS: frozenset[str] = frozenset(ENGLISH_STOP_WORDS)


def f_score(precision: float, recall: float, beta: float = 1.0) -> float:
    if precision + recall == 0:
        return 0.0
    return (1 + beta**2) * precision * recall / (beta**2 * precision + recall)


@dataclass(frozen=True, slots=True)
class PRF:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        return f_score(self.precision, self.recall)

    def to_json(self) -> dict[str, float]:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1}


# --------------------------------------------------------------------------- BCubed


@dataclass(frozen=True, slots=True)
class BCubedScore:
    precision: float
    recall: float
    items: int  # gold items scored
    lost: int  # gold items with no predicted cluster
    clusters: int  # predicted clusters holding at least one gold item
    gold_clusters: int

    @property
    def f1(self) -> float:
        return f_score(self.precision, self.recall)

    def to_json(self) -> dict[str, float | int]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "clusters": self.clusters,
            "gold_clusters": self.gold_clusters,
            "items": self.items,
            "lost": self.lost,
        }


LabelSets = Mapping[str, Collection[str]]


def bcubed(predicted: LabelSets, gold: LabelSets) -> BCubedScore:
    """Extended BCubed of `predicted` clusters against `gold` categories.

    Both map an item id to the set of its clusters (one for a plain clustering). Only gold items
    are scored; an item absent from `predicted` (or with no cluster) is lost and scores 0 on
    both sides. With one cluster and one category per item this is the original BCubed.
    """
    items = [item for item, labels in gold.items() if labels]
    gold_sets = {item: frozenset(gold[item]) for item in items}
    pred_sets = {item: frozenset(predicted.get(item, ())) for item in items}
    precision_sum = _multiplicity_sum(pred_sets, gold_sets)
    recall_sum = _multiplicity_sum(gold_sets, pred_sets)
    n = len(items)
    return BCubedScore(
        precision=precision_sum / n if n else 0.0,
        recall=recall_sum / n if n else 0.0,
        items=n,
        lost=sum(1 for item in items if not pred_sets[item]),
        clusters=len({c for labels in pred_sets.values() for c in labels}),
        gold_clusters=len({c for labels in gold_sets.values() for c in labels}),
    )


def _multiplicity_sum(
    side: Mapping[str, frozenset[str]], other: Mapping[str, frozenset[str]]
) -> float:
    """Sum over items e of avg over e' sharing a `side` cluster with e of
    min(|side(e) & side(e')|, |other(e) & other(e')|) / |side(e) & side(e')|.

    (Amigó et al. 2009, multiplicity precision when `side` is the system clustering, recall when
    it is the gold categories.)"""
    members: dict[str, list[str]] = {}
    for item, labels in side.items():
        for label in labels:
            members.setdefault(label, []).append(item)
    # members of a cluster by their other-side label: lets the common one-cluster case avoid
    # comparing every pair inside a large cluster
    by_other: dict[tuple[str, str], set[str]] = {}
    for item, labels in side.items():
        for label in labels:
            for other_label in other[item]:
                by_other.setdefault((label, other_label), set()).add(item)
    total = 0.0
    for item, labels in side.items():
        if not labels:
            continue
        if len(labels) == 1:
            (label,) = labels
            sharing = set().union(*(by_other.get((label, o), set()) for o in other[item]))
            total += len(sharing) / len(members[label])
        else:
            total += _pairwise_average(item, side, other, members)
    return total


def _pairwise_average(
    item: str,
    side: Mapping[str, frozenset[str]],
    other: Mapping[str, frozenset[str]],
    members: Mapping[str, list[str]],
) -> float:
    neighbours = {n for label in side[item] for n in members[label]}
    score = 0.0
    for neighbour in neighbours:
        shared = len(side[item] & side[neighbour])
        score += min(shared, len(other[item] & other[neighbour])) / shared
    return score / len(neighbours)


# --------------------------------------------------------------------------- ROUGE-N


def tokenize(text: str, *, drop_stopwords: bool = True) -> list[str]:
    tokens = _TOKEN.findall(text.lower())
    if drop_stopwords:
        return [t for t in tokens if t not in STOPWORDS]
    return tokens


def _ngrams(sentences: Iterable[str], n: int, drop_stopwords: bool) -> Counter[tuple[str, ...]]:
    grams: Counter[tuple[str, ...]] = Counter()
    for sentence in sentences:
        tokens = tokenize(sentence, drop_stopwords=drop_stopwords)
        grams.update(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
    return grams


@dataclass(frozen=True, slots=True)
class RougeCounts:
    """Additive ROUGE counts: hits (possibly date-weighted), candidate and reference n-grams."""

    hits: float = 0.0
    candidate: int = 0  # precision denominator (candidate n-grams once per reference)
    reference: int = 0  # recall denominator

    def __add__(self, other: RougeCounts) -> RougeCounts:
        return RougeCounts(
            self.hits + other.hits,
            self.candidate + other.candidate,
            self.reference + other.reference,
        )

    def weighted(self, weight: float) -> RougeCounts:
        return RougeCounts(self.hits * weight, self.candidate, self.reference)

    def prf(self) -> PRF:
        return PRF(
            self.hits / self.candidate if self.candidate else 0.0,
            self.hits / self.reference if self.reference else 0.0,
        )


def rouge_n(
    candidate: Sequence[str],
    references: Sequence[Sequence[str]],
    n: int,
    *,
    drop_stopwords: bool = True,
) -> RougeCounts:
    """ROUGE-N counts of a candidate summary (a list of sentences) against references (each a
    list of sentences; an empty reference still counts in the precision denominator)."""
    cand = _ngrams(candidate, n, drop_stopwords)
    cand_total = sum(cand.values())
    counts = RougeCounts()
    for reference in references:
        ref = _ngrams(reference, n, drop_stopwords)
        hits = sum(min(count, ref[gram]) for gram, count in cand.items())
        counts = counts + RougeCounts(float(hits), cand_total, sum(ref.values()))
    return counts


# --------------------------------------------------------------------------- timelines

Timeline = Mapping[date, Sequence[str]]


@dataclass(frozen=True, slots=True)
class GroundTruth:
    """One or more reference timelines of a topic, as tilse's GroundTruth."""

    timelines: tuple[Timeline, ...]

    def dates(self) -> set[date]:
        return {day for timeline in self.timelines for day in timeline}

    def at(self, day: date) -> list[Sequence[str]]:
        """Each reference timeline's sentences on `day` (empty for a timeline without it)."""
        return [timeline.get(day, ()) for timeline in self.timelines]


def date_f1(predicted: Timeline, truth: GroundTruth) -> PRF:
    """Date selection: shared dates over predicted dates and over all reference dates."""
    pred, ref = set(predicted), truth.dates()
    shared = len(pred & ref)
    return PRF(shared / len(pred) if pred else 0.0, shared / len(ref) if ref else 0.0)


def concat_rouge(
    predicted: Timeline, truth: GroundTruth, n: int, *, drop_stopwords: bool = True
) -> PRF:
    """concat: every daily summary joined into one document per timeline."""
    candidate = [s for day in sorted(predicted) for s in predicted[day]]
    references = [[s for day in sorted(tl) for s in tl[day]] for tl in truth.timelines]
    return rouge_n(candidate, references, n, drop_stopwords=drop_stopwords).prf()


def agreement_rouge(
    predicted: Timeline, truth: GroundTruth, n: int, *, drop_stopwords: bool = True
) -> PRF:
    """agreement: summaries compared only on the same date; precision over predicted dates,
    recall over reference dates."""
    precision, recall = RougeCounts(), RougeCounts()
    ref_dates = truth.dates()
    for day in set(predicted) | ref_dates:
        counts = rouge_n(predicted.get(day, ()), truth.at(day), n, drop_stopwords=drop_stopwords)
        if day in predicted:
            precision = precision + counts
        if day in ref_dates:
            recall = recall + counts
    return PRF(precision.prf().precision, recall.prf().recall)


# "align": date costs, 1:1; "align+": date and content costs, 1:1; "align+m:1": many-to-one
AlignMode = Literal["align", "align+", "align+m:1"]
ALIGN_MODES: tuple[str, ...] = ("align", "align+", "align+m:1")


def align_rouge(
    predicted: Timeline,
    truth: GroundTruth,
    n: int,
    *,
    mode: AlignMode = "align+m:1",
    drop_stopwords: bool = True,
) -> PRF:
    """Alignment-based ROUGE: each predicted date is aligned to a reference date (for
    precision) and each reference date to a predicted date (for recall); the aligned summaries
    are compared and the hits weighted by 1 / (1 + distance in days). Unaligned dates add their
    n-grams to the denominator with no hits."""
    if mode not in ALIGN_MODES:
        raise ValueError(f"unknown alignment mode {mode!r}; use one of {', '.join(ALIGN_MODES)}")
    pred_dates, ref_dates = sorted(predicted), sorted(truth.dates())
    assign = _min_cost_each_row if mode == "align+m:1" else _injective
    with_content = mode != "align"
    precision = RougeCounts()
    aligned = _align(pred_dates, ref_dates, predicted, truth, assign, with_content, rows="pred")
    for pred_day in pred_dates:
        ref_day = aligned.get(pred_day)
        refs = truth.at(ref_day) if ref_day else [() for _ in truth.timelines]
        counts = rouge_n(predicted[pred_day], refs, n, drop_stopwords=drop_stopwords)
        precision = precision + counts.weighted(_date_weight(pred_day, ref_day))
    recall = RougeCounts()
    aligned = _align(ref_dates, pred_dates, predicted, truth, assign, with_content, rows="ref")
    for ref_day in ref_dates:
        matched = aligned.get(ref_day)
        candidate = predicted[matched] if matched else ()
        counts = rouge_n(candidate, truth.at(ref_day), n, drop_stopwords=drop_stopwords)
        recall = recall + counts.weighted(_date_weight(ref_day, matched))
    return PRF(precision.prf().precision, recall.prf().recall)


def _date_weight(day: date, other: date | None) -> float:
    return 0.0 if other is None else 1.0 / (abs((day - other).days) + 1)


Assignment = Callable[[np.ndarray], list[tuple[int, int]]]


def _injective(costs: np.ndarray) -> list[tuple[int, int]]:
    rows, cols = linear_sum_assignment(costs)
    return [(int(r), int(c)) for r, c in zip(rows, cols, strict=True)]


def _min_cost_each_row(costs: np.ndarray) -> list[tuple[int, int]]:
    return [(r, int(np.argmin(costs[r]))) for r in range(costs.shape[0])]


def _align(
    row_dates: Sequence[date],
    col_dates: Sequence[date],
    predicted: Timeline,
    truth: GroundTruth,
    assign: Assignment,
    with_content: bool,
    rows: str,
) -> dict[date, date]:
    """Map each row date to the column date the assignment picks (rows are predicted dates when
    `rows == "pred"`, reference dates otherwise)."""
    if not row_dates or not col_dates:
        return {}
    costs = np.zeros((len(row_dates), len(col_dates)))
    for i, row_day in enumerate(row_dates):
        for j, col_day in enumerate(col_dates):
            pred_day, ref_day = (row_day, col_day) if rows == "pred" else (col_day, row_day)
            cost = 1.0 - _date_weight(pred_day, ref_day)
            if with_content:
                cost *= 1.0 - _rouge1_f(predicted[pred_day], truth.at(ref_day))
            costs[i, j] = cost
    return {row_dates[r]: col_dates[c] for r, c in assign(costs)}


def _rouge1_f(candidate: Sequence[str], references: Sequence[Sequence[str]]) -> float:
    """The ROUGE-1 F1 used as the content part of the alignment cost (as tilse, on raw tokens
    without stopword removal)."""
    return rouge_n(candidate, references, 1, drop_stopwords=False).prf().f1
