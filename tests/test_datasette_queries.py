"""The canned queries of datasette/metadata.json run on a real store (the bundled examples) and
give the same rows as the library: what a user opening the store in Datasette would see."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from helpers_web import REPO
from storyline.service import Storyline

METADATA = REPO / "datasette" / "metadata.json"


@pytest.fixture(scope="module")
def queries() -> dict[str, Any]:
    metadata = json.loads(METADATA.read_text(encoding="utf-8"))
    found: dict[str, Any] = metadata["databases"]["storyline"]["queries"]
    return found


@pytest.fixture(scope="module")
def events(examples_db: Path) -> list[dict[str, Any]]:
    with Storyline.open(str(examples_db)) as storyline:
        return [storyline.get_event(e["id"]) for e in storyline.list_events()]


@pytest.fixture(scope="module")
def connection(examples_db: Path) -> Iterator[sqlite3.Connection]:
    # Read-only, as Datasette opens a database.
    with sqlite3.connect(f"file:{examples_db}?mode=ro", uri=True) as opened:
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


def test_facts_as_of_gives_the_as_of_records_current_values(
    examples_db: Path, connection: sqlite3.Connection, queries: dict[str, Any]
) -> None:
    """The living-record tables (#16): the as-of canned query equals `event --as-of` on the
    examples at every report time and just after it."""
    from datetime import UTC, datetime, timedelta

    with Storyline.open(str(examples_db)) as storyline:
        ids = [e["id"] for e in storyline.list_events()]
        times = sorted({datetime.fromisoformat(str(r)).astimezone(UTC)
                        for (r,) in connection.execute("select reported from fact_versions")})
        assert len(times) > 10
        for moment in times + [t + timedelta(seconds=1) for t in times]:
            shown = moment.isoformat().replace("+00:00", "Z")
            rows = run(connection, queries, "facts_as_of", as_of=shown, event_id="")
            got = {(r["event_id"], r["category"]): r["value"] for r in rows}
            want = {}
            for event_id in ids:
                record = storyline.event_record(event_id, as_of=moment)
                want.update({(event_id, c): v.current.fact.value
                             for c, v in record.categories.items() if v.current is not None})
            assert got == want, shown
            one = run(connection, queries, "facts_as_of", as_of=shown, event_id=ids[0])
            assert {r["event_id"] for r in one} <= {ids[0]}


def test_events_by_type_and_place_equals_the_events_list(
    examples_db: Path, connection: sqlite3.Connection, queries: dict[str, Any]
) -> None:
    from datetime import date

    from storyline.service import EventFilter

    cases = [("", "", "", ""), ("natural", "", "", ""), ("", "PE", "", ""),
             ("", "", "2026-04-01", ""), ("", "", "", "2026-03-31"), ("fire", "nowhere", "", "")]
    with Storyline.open(str(examples_db)) as storyline:
        for kind, place, start, end in cases:
            rows = run(connection, queries, "events_by_type_and_place", type=kind, place=place,
                       date_from=start, date_to=end)
            listed = storyline.list_events(EventFilter(
                event_type=kind or None, place=place or None,
                date_from=date.fromisoformat(start) if start else None,
                date_to=date.fromisoformat(end) if end else None))
            assert [r["event_id"] for r in rows] == [e["id"] for e in listed]
            assert [r["title"] for r in rows] == [e["title"] for e in listed]


def test_fact_versions_of_event_and_disputed(
    examples_db: Path, connection: sqlite3.Connection, queries: dict[str, Any],
    events: list[dict[str, Any]]
) -> None:
    for event in events:
        rows = run(connection, queries, "fact_versions_of_event", event_id=event["id"])
        history = [item for fact in event["facts"].values() for item in fact["history"]]
        assert len(rows) == len(history)
        assert sorted((r["article_id"], r["category"], r["value"], r["status"]) for r in rows) \
            == sorted((h["article_id"], c, h["value"], h["status"])
                      for c, f in event["facts"].items() for h in f["history"])
    held = run(connection, queries, "disputed_and_unconfirmed")
    want = sum(1 for e in events for f in e["facts"].values() for h in f["history"]
               if h.get("standing") in ("disputed", "unconfirmed"))
    assert len(held) == want
