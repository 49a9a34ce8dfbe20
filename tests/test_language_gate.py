"""Encodings and languages at ingest: legacy encodings detected (not read as Windows-1252),
non-English articles stored and flagged but not read by the English rules, naive times zoned."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from storyline.records import Article
from storyline.service import Storyline

RUSSIAN = (
    "В результате пожара на складе в Москве погибли 12 человек и ещё 30 получили ранения, "
    "сообщили в понедельник власти города."
)
JAPANESE = "東京の倉庫で火災が発生し、12人が死亡、30人が負傷したと当局が月曜日に発表した。"
ENGLISH = (
    "A fire at a warehouse in Moscow killed 12 people and injured 30 on Monday, officials said."
)


@pytest.mark.parametrize(
    ("text", "encoding", "name"),
    [
        (RUSSIAN, "cp1251", "Windows-1251"),
        (RUSSIAN, "koi8-r", "KOI8-R"),
        (JAPANESE, "shift_jis", ""),
    ],
)
def test_legacy_encodings_are_detected(tmp_path: Path, text: str, encoding: str, name: str) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(f"date 2024-03-04\n{text}".encode(encoding))
    with Storyline.open(str(tmp_path / "s.db")) as app:
        [article_id] = app.ingest([str(path)]).article_ids
        stored = app.get_article(article_id)
    assert stored["text"] == text
    assert any(note.endswith(f"{name} (detected)") for note in stored["notes"]), stored["notes"]


@pytest.mark.parametrize(("text", "code"), [(RUSSIAN, "ru"), (JAPANESE, "ja")])
def test_other_languages_are_stored_flagged_and_not_read_by_english_rules(
    tmp_path: Path, text: str, code: str
) -> None:
    published = datetime(2024, 3, 4, tzinfo=UTC)
    articles = [
        Article("other", text, published=published),
        Article("en", ENGLISH, published=published),
    ]
    with Storyline.open(str(tmp_path / "s.db")) as app:
        report = app.ingest_articles(articles)
        other, english = app.get_article("other"), app.get_article("en")
    assert report.ingested == 2 and not report.failed
    assert any(note.startswith(f"language: {code} ") for note in other["notes"])
    assert other["extraction"]["counts"] == [] and other["extraction"]["totals"] == {}
    assert other["event_id"]  # clustered like any article
    assert not any(note.startswith("language:") for note in english["notes"])
    assert english["extraction"]["totals"]["killed"]["value"] == 12


def test_short_text_is_not_flagged(tmp_path: Path) -> None:
    with Storyline.open(str(tmp_path / "s.db")) as app:
        app.ingest_articles([Article("short", "Kyiv: 3 killed in strike")])
        stored = app.get_article("short")
    assert not any(note.startswith("language:") for note in stored["notes"])


def test_naive_and_zoned_times_ingest_together(tmp_path: Path) -> None:
    plus_two = timezone(timedelta(hours=2))
    articles = [
        Article("naive", ENGLISH, published=datetime(2024, 3, 4, 10, 0)),
        Article(
            "zoned",
            ENGLISH + " More later.",
            published=datetime(2024, 3, 4, 11, 0, tzinfo=plus_two),
        ),
        Article("fetched", ENGLISH + " Update.", fetched=datetime(2024, 3, 5, 8, 0)),
    ]
    with Storyline.open(str(tmp_path / "s.db")) as app:
        report = app.ingest_articles(articles)
        naive = app.get_article("naive")
    assert report.ingested == 3 and not report.failed
    assert naive["published"] == "2024-03-04T10:00:00+00:00"
