"""Clustering quality: BCubed of the system's events against gold labels of any stream."""

from __future__ import annotations

import random
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

from storyline.errors import ConfigError
from storyline.evaluate.baselines import BASELINE_THRESHOLD, BASELINE_WINDOW_DAYS, tfidf_single_pass
from storyline.evaluate.datasets import load_articles, load_labels, lowest_label
from storyline.evaluate.metrics import bcubed
from storyline.evaluate.result import EvalResult, Figure
from storyline.evaluate.system import event_of, fresh_store
from storyline.evaluate.wrong_joins import wrong_joins_by_cause
from storyline.progress import ProgressCallback

__all__ = ["CLUSTERING_DATASETS", "CLUSTERING_GROUPS", "group_figures", "run_clustering"]

# --dataset shortcuts: (articles file, gold file, label field), relative to the data folder
CLUSTERING_DATASETS: Mapping[str, tuple[str, str, str]] = {
    "gva": ("gva/articles.jsonl", "gva/labels.jsonl", "incident_id"),
    "ecbplus": ("ecbplus/articles.jsonl", "ecbplus/docs.jsonl", "subtopic"),
}
# The unit a data set's held-out part is cut by, as a field of its gold file: ECB+ is cut by
# topic (each topic holds two events of one kind), so a held-out figure is a figure over other
# topics. The per-group figures and their bootstrap say how far that can fall from the dev one.
CLUSTERING_GROUPS: Mapping[str, str] = {"ecbplus": "topic"}
BOOTSTRAP_DRAWS = 2000


def run_clustering(
    articles_path: Path,
    gold_path: Path,
    key: str,
    *,
    limit: int | None = None,
    dataset: str | None = None,
    threshold: float = BASELINE_THRESHOLD,
    window_days: int = BASELINE_WINDOW_DAYS,
    progress: ProgressCallback | None = None,
) -> EvalResult:
    """Ingest the articles (the first `limit` in publication order) into a fresh store and score
    its events with BCubed against the labels in field `key` of the gold file; the TF-IDF
    single-pass baseline is scored on the same articles."""
    articles = load_articles(articles_path, limit)
    ids = {article.id for article in articles}
    gold = {item: labels for item, labels in load_labels(gold_path, key).items() if item in ids}
    if not gold:
        raise ConfigError(
            f"{gold_path}: no label in field {key!r} matches an article id of {articles_path}; "
            "check --key and the ids"
        )
    groups: dict[str, frozenset[str]] = {}
    group_key = CLUSTERING_GROUPS.get(dataset) if dataset else None
    if group_key is not None:
        groups = {
            item: labels
            for item, labels in load_labels(gold_path, group_key).items()
            if item in gold
        }
    started = time.monotonic()
    with fresh_store(articles, progress) as (store, failed):
        predicted = event_of(store, list(gold))
        causes = wrong_joins_by_cause(store, [article.id for article in articles], gold)
    seconds = time.monotonic() - started
    baseline = tfidf_single_pass(articles, threshold=threshold, window_days=window_days)
    notes = (
        [
            f"{len(articles) - len(gold)} article(s) without a gold label were ingested but "
            "not scored"
        ]
        if len(gold) < len(articles)
        else []
    )
    if failed:
        notes.append(f"{failed} article(s) failed to ingest and count as lost")
    return EvalResult(
        kind="clustering",
        dataset=dataset or f"{articles_path.name} vs {gold_path.name}:{key}",
        system={
            **_figures({a: {e} for a, e in predicted.items()}, gold),
            **causes,
            **group_figures(predicted, gold, groups),
        },
        baseline={
            **_figures({a: {c} for a, c in baseline.items()}, gold),
            **group_figures(baseline, gold, groups),
        },
        baseline_name=f"tfidf-single-pass@{threshold:g}/{window_days}d",
        params={
            "articles": len(articles),
            "labelled": len(gold),
            "key": key,
            "limit": limit,
            "system_seconds": round(seconds, 1),
        },
        notes=tuple(notes),
    )


def _figures(
    predicted: Mapping[str, set[str]], gold: Mapping[str, frozenset[str]]
) -> dict[str, Figure]:
    """Extended BCubed on the labels as given; when some item has several labels, also the
    plain BCubed with each item's first (lowest) label."""
    figures: dict[str, Figure] = dict(bcubed(predicted, gold).to_json())
    multi = sum(1 for labels in gold.values() if len(labels) > 1)
    if multi:
        first = bcubed(predicted, lowest_label(dict(gold)))
        figures.update(
            {
                "multi_label_items": multi,
                "first_label.precision": first.precision,
                "first_label.recall": first.recall,
                "first_label.f1": first.f1,
            }
        )
    return figures


def group_figures(
    predicted: Mapping[str, str],
    gold: Mapping[str, frozenset[str]],
    groups: Mapping[str, frozenset[str]],
    draws: int = BOOTSTRAP_DRAWS,
) -> dict[str, Figure]:
    """Figures per group of the held-out cut (an ECB+ topic): how many groups there are, how
    many hold a merge (BCubed precision below 1 on the group's own items), and the 5th, 50th
    and 95th percentiles of precision, recall and F1 over sets of as many groups drawn with
    replacement (a fixed seed): the spread a held-out set of other groups would show with the
    same system. Empty without groups."""
    by_group: dict[str, list[str]] = {}
    for item, labels in groups.items():
        by_group.setdefault(min(labels), []).append(item)
    if len(by_group) < 2:
        return {}
    sums: list[tuple[float, float, int]] = []
    for items in by_group.values():
        score = bcubed(
            {i: {predicted[i]} for i in items if i in predicted}, {i: gold[i] for i in items}
        )
        sums.append((score.precision * len(items), score.recall * len(items), len(items)))
    figures: dict[str, Figure] = {
        "groups": len(sums),
        "groups_merged": sum(1 for p, _, n in sums if p < n - 1e-9),
    }
    rng = random.Random(0)
    drawn = [_pooled([rng.choice(sums) for _ in sums]) for _ in range(draws)]
    for index, name in enumerate(("precision", "recall", "f1")):
        values = sorted(d[index] for d in drawn)
        for label, quantile in (("p05", 0.05), ("p50", 0.5), ("p95", 0.95)):
            figures[f"groups_drawn.{name}.{label}"] = round(values[int(quantile * (draws - 1))], 4)
    return figures


def _pooled(sums: Sequence[tuple[float, float, int]]) -> tuple[float, float, float]:
    n = sum(s[2] for s in sums)
    precision, recall = sum(s[0] for s in sums) / n, sum(s[1] for s in sums) / n
    total = precision + recall
    return precision, recall, (2 * precision * recall / total if total else 0.0)
