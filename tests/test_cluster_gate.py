"""Quality gate: BCubed F1 of the clusterer on fixed slices of the dev data, with floors.

The floors sit just under the measured figures (see docs/clustering.md) and only move up. Runs
extraction (storyline.extract.extract_facts) and the clusterer in publication order, as the
pipeline does, without the store.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path

import pytest

from helpers_data import require_data
from storyline.cluster import Clusterer
from storyline.extract import extract_facts
from storyline.records import Article, DedupVerdict

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
pytestmark = pytest.mark.slow


def _require(path: Path) -> Path:
    require_data(path)
    return path


def _articles(path: Path) -> list[Article]:
    rows = [json.loads(line) for line in _require(path).open(encoding="utf-8")]
    articles = [
        Article(
            id=row["id"],
            text=row["text"],
            title=row["title"],
            source=row["source"],
            url=row["url"],
            published=(
                datetime.fromisoformat(row["published"]).replace(tzinfo=UTC)
                if row["published"]
                else None
            ),
        )
        for row in rows
    ]
    return sorted(articles, key=lambda a: (a.published is None, a.published or 0, a.id))


def bcubed(predicted: Mapping[str, str], gold: Mapping[str, str]) -> tuple[float, float, float]:
    by_predicted: dict[str, set[str]] = defaultdict(set)
    by_gold: dict[str, set[str]] = defaultdict(set)
    for item in gold:
        by_predicted[predicted[item]].add(item)
        by_gold[gold[item]].add(item)
    precision = recall = 0.0
    for item in gold:
        shared = len(by_predicted[predicted[item]] & by_gold[gold[item]])
        precision += shared / len(by_predicted[predicted[item]])
        recall += shared / len(by_gold[gold[item]])
    precision, recall = precision / len(gold), recall / len(gold)
    return precision, recall, 2 * precision * recall / (precision + recall)


def _cluster(articles: list[Article]) -> dict[str, str]:
    clusterer = Clusterer()
    verdict = DedupVerdict(kind="new")
    return {a.id: clusterer.assign(a, extract_facts(a), verdict).event_id for a in articles}


def test_bcubed_example_from_the_definition() -> None:
    gold = {"a": "1", "b": "1", "c": "2"}
    assert bcubed({"a": "x", "b": "x", "c": "y"}, gold) == (1.0, 1.0, 1.0)
    precision, recall, _ = bcubed({"a": "x", "b": "x", "c": "x"}, gold)
    assert (round(precision, 4), recall) == (round(5 / 9, 4), 1.0)


def test_gva_first_800_articles_in_publication_order() -> None:
    articles = _articles(DATA / "gva" / "articles.jsonl")[:800]
    labels: dict[str, list[str]] = defaultdict(list)
    for line in _require(DATA / "gva" / "labels.jsonl").open(encoding="utf-8"):
        row = json.loads(line)
        labels[row["article_id"]].append(row["incident_id"])
    gold = {a.id: min(labels[a.id], key=int) for a in articles}
    precision, recall, f1 = bcubed(_cluster(articles), gold)
    assert f1 >= GVA_F1_FLOOR, f"GVA BCubed P={precision:.3f} R={recall:.3f} F1={f1:.3f}"


def test_ecbplus_subtopics() -> None:
    articles = _articles(DATA / "ecbplus" / "articles.jsonl")
    docs = DATA / "ecbplus" / "docs.jsonl"
    gold = {row["id"]: row["subtopic"] for row in map(json.loads, _require(docs).open())}
    precision, recall, f1 = bcubed(_cluster(articles), gold)
    assert f1 >= ECB_F1_FLOOR, f"ECB+ BCubed P={precision:.3f} R={recall:.3f} F1={f1:.3f}"
    assert precision >= ECB_PRECISION_FLOOR, f"ECB+ BCubed P={precision:.3f} below the floor"


# Measured 2026-11-22 (lead weighting, off-topic bodies, official names, up to 3 names):
# GVA first 800 P 0.987 R 0.937 F1 0.961; ECB+ P 0.878 R 0.967 F1 0.920.
# 2026-12-04, after the compatibility test (#15): GVA first 800 P 0.987 R 0.931 F1 0.958 (0.960
# just before it on the same extraction); ECB+ unchanged. Floors unchanged.
# 2026-12-05, participant roles (#15): ECB+ P 0.900 R 0.967 F1 0.933 (a boxer's two bouts
# kept apart); GVA unchanged. ECB+ floors raised to the measured values less ~0.01.
GVA_F1_FLOOR = 0.95
ECB_F1_FLOOR = 0.92
ECB_PRECISION_FLOOR = 0.89
