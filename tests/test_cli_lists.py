"""Readable list output in the terminal (`changes` as a table, not Python dicts) and `--csv` on
the list commands, against a real SQLite store filled with the bundled examples."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from storyline.cli import cli
from storyline.present import STEP_WORDS, format_changes_table


def run(examples_db: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, ["--db", str(examples_db), *args])
    assert result.exit_code == 0, result.output
    return result.output


def first_report(examples_db: Path) -> str:
    return str(min(e["first_reported"] for e in json.loads(run(examples_db, "events", "--json"))))


def test_changes_table_is_readable(examples_db: Path) -> None:
    since = first_report(examples_db)
    changes = json.loads(run(examples_db, "changes", "--since", since, "--json"))
    kinds = {c["kind"] for c in changes}
    assert {"new_event", "fact_changed"} <= kinds
    table = run(examples_db, "changes", "--since", since)
    assert "{'" not in table and "None" not in table
    for change in changes:
        assert change["event_id"] in table
        if change["kind"] == "fact_changed":  # "killed rose: 96 → at least 143"
            assert f"{change['category']} {STEP_WORDS[change['step']]}: " in table
    assert table.splitlines()[0].split()[:2] == ["REPORTED", "(UTC)"]


def test_changes_table_fits_the_terminal() -> None:
    change = {"event_id": "ev-1", "kind": "fact_changed", "category": "killed",
              "old": {"value": 9, "qualifier": "at_least"},
              "new": {"value": 1234, "qualifier": "exact", "source": "W" * 200},
              "reported": "2026-01-02T03:04:05Z", "title": "T" * 300}
    lines = format_changes_table([change], width=80).splitlines()
    assert all(len(line) <= 80 for line in lines)
    assert lines[1].startswith("2026-01-02 03:04  ev-1")
    assert "killed: at least 9 → 1234" in lines[1]


def test_list_commands_print_csv(examples_db: Path) -> None:
    events = json.loads(run(examples_db, "events", "--json"))
    rows = list(csv.DictReader(io.StringIO(run(examples_db, "events", "--csv"))))
    assert [row["id"] for row in rows] == [e["id"] for e in events]
    for row, event in zip(rows, events, strict=True):
        killed = event["facts"].get("killed")
        assert row["killed"] == (str(killed["value"]) if killed else "")
        assert row["article_count"] == str(len(event["article_ids"]))
    since = first_report(examples_db)
    changes = json.loads(run(examples_db, "changes", "--since", since, "--json"))
    text = run(examples_db, "changes", "--since", since, "--csv")
    changed = list(csv.DictReader(io.StringIO(text)))
    assert [(r["event_id"], r["kind"]) for r in changed] == [
        (c["event_id"], c["kind"]) for c in changes
    ]


@pytest.mark.parametrize("width", [80, 100, 140])
def test_events_table_fits_the_terminal_and_cuts_nothing(examples_db: Path, width: int) -> None:
    from storyline.present import format_events_table

    events = json.loads(run(examples_db, "events", "--json"))
    table = format_events_table(events, width)
    assert all(len(line) <= width for line in table.splitlines()), table
    flat = " ".join(table.split())
    for event in events:
        assert event["id"] in flat
        assert " ".join(str(event["title"]).split()) in flat
    wide = format_events_table(events, width, wide=True)
    for event in events:
        assert f"  {event['title']}" in wide.splitlines()
        assert str(event["event_type"]) in wide


def test_counts_read_in_toll_order(examples_db: Path) -> None:
    from storyline.present import format_events_table

    events = json.loads(run(examples_db, "events", "--json"))
    table = format_events_table(events, 200)
    both = [line for line in table.splitlines() if " killed" in line and " injured" in line]
    assert both and all(line.index(" killed") < line.index(" injured") for line in both)


def test_every_list_command_prints_csv(examples_db: Path) -> None:
    """Each list command's --csv has one row per --json item, with the same ids."""
    event_id = json.loads(run(examples_db, "events", "--json"))[0]["id"]
    word = json.loads(run(examples_db, "events", "--json"))[0]["title"].split()[0]
    for args, key in ((["timeline", event_id], "date"), (["timeline"], "event_id"),
                      (["search", word], "article_id"), (["audit"], "id")):
        items = json.loads(run(examples_db, *args, "--json"))
        rows = list(csv.DictReader(io.StringIO(run(examples_db, *args, "--csv"))))
        assert items and [row[key] for row in rows] == [str(item[key]) for item in items], args
