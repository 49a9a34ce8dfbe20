"""The datewise digest on hand-written reports, and its quality on Timeline17 (slow)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from helpers_data import require_data
from helpers_reconcile import stored
from storyline.reconcile import digest_from_articles
from storyline.reconcile.text import split_sentences

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"

REPORTS = [
    (
        "d1",
        "2026-01-10 08:00",
        "Floods hit the river valley on Friday. Thousands of homes were "
        "flooded across the valley, officials said. Roads to the north were closed by water.",
    ),
    (
        "d2",
        "2026-01-11 08:00",
        "The floods that hit the valley on Friday forced 3,000 people from "
        "their homes, officials said on Saturday. On Saturday the army opened four shelters in "
        "schools and sports halls across the valley.",
    ),
    (
        "d3",
        "2026-01-12 08:00",
        "Rescuers said on Sunday the water was falling. On January 9 the "
        "dam operator had warned that the reservoir was full and would have to be released.",
    ),
    (
        "d4",
        "2026-01-12 09:00",
        "Friday's floods were the worst in the valley for fifty years, "
        "residents said as they cleaned mud from their homes on Sunday morning.",
    ),
]


def _articles():  # type: ignore[no-untyped-def]
    return [stored(i, when, text) for i, when, text in REPORTS]


def test_most_talked_about_day_comes_first_and_limits_hold() -> None:
    entries = digest_from_articles(_articles(), max_dates=1, per_date=2)
    assert {e.date for e in entries} == {date(2026, 1, 9)}
    assert 1 <= len(entries) <= 2
    assert all("Friday" in e.text or "January 9" in e.text for e in entries)


def test_every_entry_is_a_sentence_of_its_cited_report_and_dates_are_ordered() -> None:
    entries = digest_from_articles(_articles(), max_dates=3, per_date=1)
    texts = {i: text for i, _, text in REPORTS}
    assert [e.date for e in entries] == sorted(e.date for e in entries)
    assert len({e.date for e in entries}) == 3
    for entry in entries:
        assert entry.text in {s.text for s in split_sentences(texts[entry.article_ids[0]])}
    assert all(set(e.to_json()) >= {"date", "text", "article_ids", "event_id"} for e in entries)


def test_near_duplicates_are_left_out_and_empty_input_gives_nothing() -> None:
    copy = stored("d5", "2026-01-12 10:00", REPORTS[3][2], kind="near_duplicate", original="d4")
    entries = digest_from_articles([*_articles(), copy], max_dates=5, per_date=3)
    assert "d5" not in {i for e in entries for i in e.article_ids}
    assert digest_from_articles([], max_dates=5) == []


def _t17_articles(topic: str):  # type: ignore[no-untyped-def]
    from storyline.records import Article, DedupVerdict
    from storyline.store.base import StoredArticle

    out = []
    for line in (DATA / "t17" / topic / "articles.jsonl").open():
        record = json.loads(line)
        published = datetime.fromisoformat(record["published"]).replace(tzinfo=UTC)
        article = Article(record["id"], record["text"], published=published)
        out.append(StoredArticle(article, DedupVerdict("new"), "h", published, "e"))
    return out


@pytest.mark.slow
@pytest.mark.parametrize("topic", ["egypt", "haiti"])
def test_timeline17_digest_beats_floors(topic: str) -> None:
    require_data(DATA / "t17")
    from storyline.evaluate.datasets import t17_ground_truth
    from storyline.evaluate.metrics import align_rouge, date_f1

    truth = t17_ground_truth(DATA, topic)
    sentences = sum(len(tl[d]) for tl in truth.timelines for d in tl)
    per_date = max(1, round(sentences / sum(len(tl) for tl in truth.timelines)))
    entries = digest_from_articles(
        _t17_articles(topic), max_dates=len(truth.dates()), per_date=per_date
    )
    predicted: dict[date, list[str]] = {}
    for entry in entries:
        predicted.setdefault(entry.date, []).append(entry.text)
    # Floors a little under the measured numbers (docs/living-record.md); they only move up.
    assert date_f1(predicted, truth).f1 >= 0.75
    assert align_rouge(predicted, truth, 1).f1 >= 0.12
