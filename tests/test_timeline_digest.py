"""The datewise digest on hand-written reports, and its quality on Timeline17 (slow)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from helpers_data import require_data
from helpers_reconcile import stored
from storyline.extract.sentences import sentences_of
from storyline.reconcile import digest_from_articles

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
        assert entry.text in {s.text for s in sentences_of(texts[entry.article_ids[0]])}
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


def _write_jsonl(path: Path, records: list[dict[str, object]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def test_news_tls_protocol_runs_once_per_reference_timeline_on_its_span(tmp_path: Path) -> None:
    from storyline.errors import ConfigError
    from storyline.evaluate.timeline import run_timeline

    articles = [
        {"id": f"a{i}", "published": day, "title": None, "text": text, "source": None,
         "url": None}
        for i, (_, day, text) in enumerate(
            [(r[0], r[1][:10], r[2]) for r in REPORTS]
            + [("late", "2026-02-20", "The valley reopened its schools on Friday after the "
                "floods, the mayor said, and the last shelters were closed.")])
    ]
    _write_jsonl(tmp_path / "t17" / "valley" / "articles.jsonl", articles)
    _write_jsonl(tmp_path / "t17" / "valley" / "timeline.jsonl", [
        {"timeline": 0, "date": "2026-01-09", "sentences": ["Floods hit the river valley."]},
        {"timeline": 0, "date": "2026-01-12", "sentences": ["The water was falling."]},
        {"timeline": 1, "date": "2026-02-20", "sentences": ["The valley reopened schools."]},
    ])
    result = run_timeline(tmp_path, protocol="news-tls")
    assert result.params["valley"]["reference_timelines"] == 2
    # Timeline 1 spans one day with one article: its date is the only candidate besides the
    # day before it (LOOKBACK_DAYS), so it is found; timeline 0 gets at least one of its dates.
    assert result.system["valley.date_f1"] is not None
    assert float(result.system["valley.date_f1"]) >= 0.75
    with pytest.raises(ConfigError, match="news-tls"):
        run_timeline(tmp_path, protocol="tilse")
