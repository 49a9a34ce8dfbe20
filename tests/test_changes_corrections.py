"""A user's corrections (split, merge, move) appear in "what changed" with who made them and
why, in the CLI's table as sentences; on a copy of the bundled examples' real store."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from helpers_web import copy_db, example_db
from storyline.cli import cli
from storyline.service import Storyline


@pytest.fixture()
def db(tmp_path_factory: pytest.TempPathFactory, tmp_path: Path) -> Path:
    return copy_db(example_db(tmp_path_factory), tmp_path)


def test_corrections_are_changes(db: Path) -> None:
    before = datetime.now(UTC) - timedelta(seconds=1)
    with Storyline.open(str(db)) as storyline:
        event = max(storyline.list_events(), key=lambda e: len(e["article_ids"]))
        first, second = event["article_ids"][-2:]
        created = storyline.split(event["id"], [first, second], reason="a second incident")
        storyline.move(second, event["id"], reason="belongs to the first")
        storyline.merge(event["id"], created["id"], reason="same attack after all")
        changes = [c for c in storyline.changes(before) if c["kind"] in ("split", "move", "merge")]
    assert [c["kind"] for c in changes] == ["split", "move", "merge"]
    split, move, merge = changes
    assert split["event_id"] == event["id"] and set(split["article_ids"]) == {first, second}
    assert move["event_id"] == event["id"] and move["article_ids"] == [second]
    assert merge["new"]["event_ids"] == [event["id"], created["id"]]
    assert merge["new"]["reason"] == "same attack after all" and merge["new"]["actor"] == "user"
    result = CliRunner().invoke(cli, ["--db", str(db), "changes", "--since", before.isoformat()])
    assert result.exit_code == 0, result.output
    assert f"merge: {created['id']} merged into {event['id']} by user (same attack" in " ".join(
        result.output.split())
    assert "{'" not in result.output
    listed = json.loads(CliRunner().invoke(
        cli, ["--db", str(db), "changes", "--since", before.isoformat(), "--json"]).output)
    assert [c["kind"] for c in listed if c["kind"] in ("split", "move", "merge")] == [
        "split", "move", "merge"]
