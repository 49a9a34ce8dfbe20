"""The canned queries of datasette/metadata.json run on a real store (the bundled examples) and
give the same rows as the library: what a user opening the store in Datasette would see."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from helpers_web import REPO, example_db
from storyline.service import Storyline

METADATA = REPO / "datasette" / "metadata.json"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return example_db(tmp_path_factory)


@pytest.fixture(scope="module")
def queries() -> dict[str, Any]:
    metadata = json.loads(METADATA.read_text(encoding="utf-8"))
    found: dict[str, Any] = metadata["databases"]["storyline"]["queries"]
    return found


@pytest.fixture(scope="module")
def events(db: Path) -> list[dict[str, Any]]:
    with Storyline.open(str(db)) as storyline:
        return [storyline.get_event(e["id"]) for e in storyline.list_events()]


@pytest.fixture(scope="module")
def connection(db: Path) -> Iterator[sqlite3.Connection]:
    # Read-only, as Datasette opens a database.
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as opened:
        opened.row_factory = sqlite3.Row
        yield opened


def run(connection: sqlite3.Connection, queries: dict[str, Any], name: str,
        **params: Any) -> list[dict[str, Any]]:
    return [dict(row) for row in connection.execute(queries[name]["sql"], params)]


def test_described_tables_exist(connection: sqlite3.Connection) -> None:
    metadata = json.loads(METADATA.read_text(encoding="utf-8"))
    tables = {row[0] for row in connection.execute("select name from sqlite_master")}
    assert set(metadata["databases"]["storyline"]["tables"]) <= tables


def test_live_events_and_current_facts(
    connection: sqlite3.Connection, queries: dict[str, Any], events: list[dict[str, Any]]
) -> None:
    rows = run(connection, queries, "live_events")
    assert [row["id"] for row in rows] == [e["id"] for e in events]
    for row, event in zip(rows, events, strict=True):
        killed = event["facts"].get("killed")
        assert row["killed"] == (killed["current"]["value"] if killed else None)
    current = run(connection, queries, "current_facts")
    expected = {(e["id"], c, f["current"]["value"]) for e in events
                for c, f in e["facts"].items() if f["current"]}
    assert {(r["event_id"], r["category"], r["value"]) for r in current} == expected


def test_fact_history_claims_and_disagreements(
    connection: sqlite3.Connection, queries: dict[str, Any], events: list[dict[str, Any]]
) -> None:
    history = run(connection, queries, "fact_history", event_id="")
    expected = [(e["id"], c, item["article_id"], item["status"]) for e in events
                for c, f in e["facts"].items() for item in f["history"]]
    assert sorted((r["event_id"], r["category"], r["article_id"], r["status"])
                  for r in history) == sorted(expected)
    one = events[0]["id"]
    assert {r["event_id"] for r in run(connection, queries, "fact_history", event_id=one)} <= {one}
    claims = run(connection, queries, "claims")
    assert sorted((r["event_id"], r["actor"], r["kind"]) for r in claims) == sorted(
        (e["id"], c["actor"], c["kind"]) for e in events for c in e["claims"])
    ledger = run(connection, queries, "disagreements")
    assert len(ledger) == sum(len(e["disagreements"]) for e in events) > 0


def test_reports_and_search(
    connection: sqlite3.Connection, queries: dict[str, Any], events: list[dict[str, Any]]
) -> None:
    event = max(events, key=lambda e: len(e["article_ids"]))
    reports = run(connection, queries, "reports_of_event", event_id=event["id"])
    assert {r["id"] for r in reports} == set(event["article_ids"])
    word = max(event["title"].split(), key=len).strip(",.:")
    hits = run(connection, queries, "search_articles", q=word)
    assert hits and any(h["event_id"] == event["id"] for h in hits)
