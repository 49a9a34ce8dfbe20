"""What is new since T: updates of an event, a story and the store, through the real pipeline on
a SQLite store. The reports are written for this test (invented places and people)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from storyline.cli import cli
from storyline.errors import NotFoundError
from storyline.records import Article
from storyline.service import Storyline
from storyline.web import create_app


def _report(article_id: str, when: str, text: str, source: str = "Daily Courier") -> Article:
    return Article(id=article_id, text=text, title=text.split(".")[0], source=source,
                   published=datetime.fromisoformat(when).replace(tzinfo=UTC))


FIRST_LEAD = ("A fire at a textile factory in Kemmerton on Saturday killed 9 workers, the fire "
              "service said.")
ESCAPE = "Dozens of workers escaped through a side door."
REPORTS = [
    _report("fire-1", "2026-04-04 18:00",
            f"{FIRST_LEAD} {ESCAPE} The factory made uniforms for export."),
    # A later report that restates the first one in other words, then adds something new.
    _report("fire-2", "2026-04-06 07:00",
            "Nine workers were killed on Saturday in a fire at a textile factory in Kemmerton, "
            "the fire service said. On Sunday, the provincial governor said the number of people "
            "killed in the Kemmerton factory fire had risen to 13. Inspectors found that the "
            "emergency exits of the upper floor had been padlocked.", "Wire Agency"),
    _report("fire-3", "2026-04-07 07:00",
            "The factory owner was detained by police on Monday, prosecutors in Kemmerton said. "
            f"{ESCAPE} Garment unions called a one-day strike across the province for Friday.",
            "Evening Post"),
]
SINCE = "2026-04-05T00:00:00Z"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    path = str(tmp_path_factory.mktemp("updates") / "store.db")
    with Storyline.open(path) as app:
        app.ingest_articles(REPORTS)
    yield path


def _event_id(db: str) -> str:
    with Storyline.open(db) as app:
        membership = app.store.get_membership("fire-1")
    assert membership is not None
    return membership.event_id


def _update(db: str, *args: str) -> dict[str, Any]:
    result = CliRunner().invoke(cli, ["--db", db, "brief", *args, "--json"])
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.output)
    return data


def test_new_facts_come_first_then_new_sentences_only_from_later_reports(db: str) -> None:
    update = _update(db, _event_id(db), "--since", SINCE)
    sentences = update["sentences"]
    assert update["since"] == SINCE and sentences
    kinds = [s["kind"] for s in sentences]
    assert kinds[0] == "fact" and kinds == sorted(kinds, key=lambda k: k != "fact")
    assert any("risen to 13" in s["text"] for s in sentences if s["kind"] == "fact")
    assert {s["article_id"] for s in sentences} <= {"fire-2", "fire-3"}
    assert all(s["time"] > SINCE and s["source"] for s in sentences)
    assert any("padlocked" in s["text"] or "strike" in s["text"] for s in sentences)


def test_what_was_reported_before_t_is_not_new_even_reworded(db: str) -> None:
    texts = [s["text"] for s in _update(db, _event_id(db), "--since", SINCE)["sentences"]]
    assert ESCAPE not in texts  # repeated word for word by a later report
    assert not any(t.startswith("Nine workers were killed on Saturday") for t in texts)
    everything = _update(db, _event_id(db), "--since", "2026-04-01")["sentences"]
    assert "fire-1" in {s["article_id"] for s in everything}  # before T it was news


def test_until_bounds_the_update_and_the_store_and_story_scopes_agree(db: str) -> None:
    bounded = _update(db, "--since", SINCE, "--as-of", "2026-04-06T12:00:00Z")
    assert {s["article_id"] for s in bounded["sentences"]} == {"fire-2"}
    store_wide = _update(db, "--since", SINCE)
    story = _update(db, _event_id(db), "--story", "--since", SINCE)
    assert store_wide["sentences"] == story["sentences"]  # one event, one story: the same
    assert _update(db, "--since", "2026-05-01")["sentences"] == []


def test_api_serves_updates_and_reports_a_missing_since(db: str) -> None:
    event_id = _event_id(db)
    with TestClient(create_app(db)) as client:
        one = client.get(f"/api/events/{event_id}/brief", params={"since": SINCE})
        assert one.status_code == 200 and one.json() == _update(db, event_id, "--since", SINCE)
        store = client.get("/api/updates", params={"since": SINCE})
        assert store.status_code == 200 and store.json()["sentences"]
        missing = client.get("/api/updates")
        assert missing.status_code == 400 and "since is required" in missing.text
        plain = client.get(f"/api/events/{event_id}/brief")
        assert plain.status_code == 200 and plain.json()["since"] is None


def test_cli_asks_for_an_id_or_a_time_and_names_an_unknown_one(db: str) -> None:
    result = CliRunner().invoke(cli, ["--db", db, "brief"])
    assert result.exit_code == 2 and "give an event ID, or --since" in result.output
    unknown = CliRunner().invoke(cli, ["--db", db, "brief", "ev-nope", "--since", SINCE])
    # `main` turns the library's NotFoundError into one line and exit code 2.
    assert isinstance(unknown.exception, NotFoundError) and "ev-nope" in str(unknown.exception)
    story = CliRunner().invoke(cli, ["--db", db, "timeline", "st-nope", "--story"])
    assert isinstance(story.exception, NotFoundError) and "st-nope" in str(story.exception)
