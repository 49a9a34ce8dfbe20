"""Timeline summarization on Timeline17: date F1 and tilse's ROUGE variants per topic and mean.

For each topic the articles are ingested in publication order into a fresh store and the
store-wide digest timeline is asked for T dates and L entries per date, where T is the mean
number of dates of the topic's reference timelines and L their mean number of sentences per date
(rounded, as news-tls sets them from the reference). The system timeline is scored against a
GroundTruth of all the topic's reference timelines.

`protocol="news-tls"` follows the evaluation of Ghalandari & Ifrim (2020, news-tls): one run per
reference timeline, on the articles published within that timeline's first and last date, with
T its number of dates and L its mean sentences per date (rounded), scored against that timeline
alone, with the timeline's first and last date given as the span of candidate dates (as news-tls
sets the collection's start and end); a topic's figures are the means over its reference
timelines, and `all.*` averages precision and recall over every reference timeline of every topic
before taking F1, as news-tls's `evaluate.py` reports them.

Scorer: `scorer="tilse"` computes ROUGE with the tilse package (ROUGE-1.5.5, Porter stemming),
as the published work does; `scorer="ours"` with metrics.py (same definitions, no stemming);
`"auto"` (default) uses tilse for the news-tls protocol when it can run here and ours otherwise,
and for the t17 protocol, whose figures were always ours. The result names the scorer it used.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date
from pathlib import Path
from typing import Any

from storyline.errors import ConfigError
from storyline.evaluate.baselines import most_published_timeline
from storyline.evaluate.datasets import dataset_path, load_articles, t17_ground_truth, t17_topics
from storyline.evaluate.metrics import (
    GroundTruth,
    Timeline,
    agreement_rouge,
    align_rouge,
    concat_rouge,
    date_f1,
    f_score,
)
from storyline.evaluate.result import EvalResult, Figure
from storyline.evaluate.system import fresh_store
from storyline.records import Article

__all__ = ["PROTOCOLS", "run_timeline", "score_timeline", "timeline_size"]

_MEAN_KEYS = (
    "date_f1",
    "concat_r1",
    "concat_r2",
    "agree_r1",
    "agree_r2",
    "ar1_p",
    "ar1_r",
    "ar1_f",
    "ar2_p",
    "ar2_r",
    "ar2_f",
)


PROTOCOLS = ("t17", "news-tls")
SCORERS = ("auto", "tilse", "ours")


def run_timeline(
    data_dir: Path,
    *,
    topic: str | None = None,
    limit: int | None = None,
    protocol: str = "t17",
    scorer: str = "auto",
) -> EvalResult:
    """All Timeline17 topics (or one), each with its first `limit` articles when given."""
    if protocol not in PROTOCOLS:
        choices = ", ".join(PROTOCOLS)
        raise ConfigError(f"unknown timeline protocol {protocol!r}; use one of {choices}")
    score = _scorer(scorer, protocol)
    if protocol == "news-tls":
        return _run_news_tls(data_dir, _topics(data_dir, topic), limit, score)
    topics = _topics(data_dir, topic)
    system: dict[str, Figure] = {}
    baseline: dict[str, Figure] = {}
    params: dict[str, Any] = {"limit": limit, "scorer": score.name}
    for name in topics:
        started = time.monotonic()
        truth = t17_ground_truth(data_dir, name)
        max_dates, per_date = timeline_size(truth)
        articles = load_articles(dataset_path(data_dir, "t17", name, "articles.jsonl"), limit)
        predicted = _system_timeline(articles, max_dates, per_date)
        system.update(_prefixed(name, score.score(predicted, truth)))
        base = most_published_timeline(articles, max_dates, per_date)
        baseline.update(_prefixed(name, score.score(base, truth)))
        params[name] = {
            "articles": len(articles),
            "T": max_dates,
            "L": per_date,
            "dates_predicted": len(predicted),
            "system_seconds": round(time.monotonic() - started, 1),
        }
    if len(topics) > 1:
        for side in (system, baseline):
            side.update(_means(side, topics))
    return EvalResult(
        kind="timeline",
        dataset="t17" if len(topics) > 1 else f"t17/{topics[0]}",
        system=system,
        baseline=baseline,
        baseline_name="most-published-dates",
        params=params,
        notes=(
            "ROUGE F1 unless _p/_r; ar = align+ m:1 (tilse); lowercased, stopwords removed, "
            "no stemming",
        ),
    )


def _topics(data_dir: Path, topic: str | None) -> list[str]:
    topics = t17_topics(data_dir)
    if topic is None:
        return topics
    if topic not in topics:
        raise ConfigError(f"unknown Timeline17 topic {topic!r}; use one of {', '.join(topics)}")
    return [topic]


def _scorer(name: str, protocol: str) -> Scorer:
    from storyline.evaluate.timeline_tilse import require_tilse, score_with_tilse, tilse_unavailable

    if name not in SCORERS:
        raise ConfigError(f"unknown timeline scorer {name!r}; use one of {', '.join(SCORERS)}")
    if name == "tilse":
        require_tilse()
        return Scorer("tilse", score_with_tilse)
    if name == "auto" and protocol == "news-tls" and tilse_unavailable() is None:
        return Scorer("tilse", score_with_tilse)
    return Scorer("ours", score_timeline)


@dataclass(frozen=True, slots=True)
class Scorer:
    name: str  # tilse | ours
    score: Callable[[Timeline, GroundTruth], dict[str, float]]


def _run_news_tls(
    data_dir: Path, topics: Sequence[str], limit: int | None, scorer: Scorer
) -> EvalResult:
    """One run per reference timeline on the articles within its span (see the module doc)."""
    from storyline.reconcile.digest import digest_from_articles, stored_reports

    system: dict[str, Figure] = {}
    baseline: dict[str, Figure] = {}
    params: dict[str, Any] = {"limit": limit, "protocol": "news-tls", "scorer": scorer.name}
    every_run: list[tuple[dict[str, float], dict[str, float]]] = []
    for name in topics:
        started = time.monotonic()
        truth = t17_ground_truth(data_dir, name)
        articles = load_articles(dataset_path(data_dir, "t17", name, "articles.jsonl"), limit)
        with fresh_store(articles) as (store, _failed):
            reports = stored_reports(store)
        runs: list[tuple[dict[str, float], dict[str, float]]] = []
        for reference in truth.timelines:
            single = GroundTruth((reference,))
            first, last = min(reference), max(reference)
            max_dates, per_date = timeline_size(single)
            within = [s for s in reports if _within(s.article, first, last)]
            entries = digest_from_articles(
                within, max_dates=max_dates, per_date=per_date, span=(first, last)
            )
            predicted: dict[date, list[str]] = {}
            for entry in entries:
                predicted.setdefault(entry.date, []).append(entry.text)
            spanned = [a for a in articles if _within(a, first, last)]
            base = most_published_timeline(spanned, max_dates, per_date)
            runs.append((scorer.score(predicted, single), scorer.score(base, single)))
        system.update(_prefixed(name, _mean_scores([r[0] for r in runs])))
        baseline.update(_prefixed(name, _mean_scores([r[1] for r in runs])))
        params[name] = {"articles": len(articles), "reference_timelines": len(runs),
                        "system_seconds": round(time.monotonic() - started, 1)}
        every_run.extend(runs)
    if len(topics) > 1:
        for side in (system, baseline):
            side.update(_means(side, topics))
    for index, side in enumerate((system, baseline)):
        side.update(_prefixed("all", _news_tls_average([r[index] for r in every_run])))
    return EvalResult(
        kind="timeline",
        dataset="t17" if len(topics) > 1 else f"t17/{topics[0]}",
        system=system,
        baseline=baseline,
        baseline_name="most-published-dates",
        params=params,
        notes=(
            "news-tls protocol: one run per reference timeline, articles within its span, "
            "T and L from it; topic figures are means over its reference timelines",
            "all.*: precision and recall averaged over every reference timeline, then F1 "
            "(news-tls evaluate.py)",
            "ROUGE by tilse (ROUGE-1.5.5, Porter stemming, SMART stopwords)"
            if scorer.name == "tilse"
            else "ROUGE by metrics.py: lowercased, stopwords removed, no stemming",
        ),
    )


def _news_tls_average(runs: Sequence[Mapping[str, float]]) -> dict[str, float]:
    """Date F1, AR1-F and AR2-F as news-tls reports them: mean P and mean R, then their F1."""
    if not runs:
        return {}
    averaged: dict[str, float] = {}
    for key, p_key, r_key in (("ar1_f", "ar1_p", "ar1_r"), ("ar2_f", "ar2_p", "ar2_r")):
        precision = sum(r[p_key] for r in runs) / len(runs)
        recall = sum(r[r_key] for r in runs) / len(runs)
        averaged[key] = f_score(precision, recall)
    precision = sum(r["date_p"] for r in runs) / len(runs)
    recall = sum(r["date_r"] for r in runs) / len(runs)
    averaged["date_f1"] = f_score(precision, recall)
    averaged["timelines"] = len(runs)
    return averaged


def _within(article: Article, first: date, last: date) -> bool:
    published = article.published
    return published is not None and first <= published.astimezone(UTC).date() <= last


def _mean_scores(runs: Sequence[Mapping[str, float]]) -> dict[str, float]:
    return {key: sum(r[key] for r in runs) / len(runs) for key in runs[0]} if runs else {}


def timeline_size(truth: GroundTruth) -> tuple[int, int]:
    """(T, L): mean dates per reference timeline and mean sentences per date, rounded, >= 1."""
    dates = [len(timeline) for timeline in truth.timelines]
    sentences = sum(len(s) for timeline in truth.timelines for s in timeline.values())
    max_dates = max(1, round(sum(dates) / len(dates))) if dates else 1
    per_date = max(1, round(sentences / sum(dates))) if sum(dates) else 1
    return max_dates, per_date


def score_timeline(predicted: Timeline, truth: GroundTruth) -> dict[str, float]:
    ar1 = align_rouge(predicted, truth, 1, mode="align+m:1")
    ar2 = align_rouge(predicted, truth, 2, mode="align+m:1")
    dates = date_f1(predicted, truth)
    return {
        "date_f1": dates.f1,
        "date_p": dates.precision,
        "date_r": dates.recall,
        "concat_r1": concat_rouge(predicted, truth, 1).f1,
        "concat_r2": concat_rouge(predicted, truth, 2).f1,
        "agree_r1": agreement_rouge(predicted, truth, 1).f1,
        "agree_r2": agreement_rouge(predicted, truth, 2).f1,
        "ar1_p": ar1.precision,
        "ar1_r": ar1.recall,
        "ar1_f": ar1.f1,
        "ar2_p": ar2.precision,
        "ar2_r": ar2.recall,
        "ar2_f": ar2.f1,
    }


def _system_timeline(articles: Sequence[Any], max_dates: int, per_date: int) -> Timeline:
    from storyline.service import Storyline

    with fresh_store(articles) as (store, _failed):
        entries = Storyline(store).timeline(None, max_dates=max_dates, per_date=per_date)
    timeline: dict[date, list[str]] = {}
    for entry in entries:
        day = date.fromisoformat(str(entry["date"])[:10])
        timeline.setdefault(day, []).append(str(entry.get("text") or ""))
    return timeline


def _prefixed(topic: str, scores: Mapping[str, float]) -> dict[str, Figure]:
    return {f"{topic}.{key}": value for key, value in scores.items()}


def _means(side: Mapping[str, Figure], topics: Sequence[str]) -> dict[str, Figure]:
    means: dict[str, Figure] = {}
    for key in _MEAN_KEYS:
        values = [side[f"{t}.{key}"] for t in topics]
        numbers = [float(v) for v in values if v is not None]
        means[f"mean.{key}"] = sum(numbers) / len(numbers) if numbers else None
    return means
