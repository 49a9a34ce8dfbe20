"""CLI conventions: help everywhere, exit codes, one-line errors, JSON output."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from storyline.cli import cli, parse_time

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"


def all_commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    found: list[tuple[str, click.Command]] = []
    for name, command in group.commands.items():
        found.append((f"{prefix}{name}", command))
        if isinstance(command, click.Group):
            found.extend(all_commands(command, f"{prefix}{name} "))
    return found


def test_every_command_and_option_has_help() -> None:
    missing = []
    for name, command in all_commands(cli):
        if not (command.help or command.short_help):
            missing.append(name)
        for param in command.params:
            if isinstance(param, click.Option) and not param.help:
                missing.append(f"{name} {param.opts[0]}")
    assert not missing, f"commands or options without help: {missing}"


@pytest.mark.parametrize("name", [name for name, _ in all_commands(cli)])
def test_help_runs(name: str) -> None:
    result = CliRunner().invoke(cli, [*name.split(), "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output


def run_cli(*args: str, db: Path, input: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "storyline", "--db", str(db), *args],
        capture_output=True,
        text=True,
        input=input.decode() if input else None,
        timeout=600,
        check=False,
    )


def test_unknown_event_is_a_one_line_usage_error(tmp_path: Path) -> None:
    result = run_cli("event", "no-such-event", "--json", db=tmp_path / "s.db")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1, result.stderr
    assert "no-such-event" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_datetime_option_is_exit_2(tmp_path: Path) -> None:
    result = run_cli("changes", "--since", "yesterday-ish", "--json", db=tmp_path / "s.db")
    assert result.returncode == 2
    assert "--since" in result.stderr and "YYYY-MM-DD" in result.stderr


def test_missing_input_fails_that_input_only(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("date 2024-03-02\nA fire destroyed a warehouse in the harbour district.\n")
    result = run_cli(
        "ingest", "--json", str(tmp_path / "missing.txt"), str(good), db=tmp_path / "s.db"
    )
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    assert report["ingested"] == 1
    assert [f["input"] for f in report["failed"]] == [str(tmp_path / "missing.txt")]
    assert "missing.txt" in result.stderr


def test_ingest_examples_then_events_json(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    first = run_cli("ingest", "--json", str(EXAMPLES), db=db)
    assert first.returncode == 0, first.stderr
    report = json.loads(first.stdout)
    assert set(report) >= {"ingested", "duplicates", "failed", "events_created", "events_updated"}
    assert report["ingested"] > 10 and report["events_created"] >= 3

    again = json.loads(run_cli("ingest", "--json", str(EXAMPLES), db=db).stdout)
    assert again["ingested"] == 0
    assert again["duplicates"] == report["ingested"] + report["duplicates"]

    listed = json.loads(run_cli("events", "--json", db=db).stdout)
    required = {
        "id",
        "title",
        "event_type",
        "event_date",
        "places",
        "article_ids",
        "first_reported",
        "last_reported",
        "facts",
    }
    assert listed and all(required <= set(event) for event in listed)
    stored = sum(len(event["article_ids"]) for event in listed)
    assert stored == report["ingested"]


def test_parse_time_rules() -> None:
    assert parse_time("2024-03-23", end_of_day=False, option="--since").isoformat() == (
        "2024-03-23T00:00:00+00:00"
    )
    end = parse_time("2024-03-23", end_of_day=True, option="--as-of")
    assert (end.hour, end.minute, end.second) == (23, 59, 59)
    assert parse_time("2024-03-23T10:00:00Z", end_of_day=True, option="x").hour == 10
    assert parse_time("2024-03-23T10:00", end_of_day=True, option="x").tzinfo is not None


def test_revision_of_the_same_url_is_kept_and_its_diff_shown(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    url = "https://news.example/2024/03/02/harbour-fire"
    first = {
        "id": "r1",
        "published": "2024-03-02T08:00:00Z",
        "url": url,
        "text": "A fire destroyed a warehouse in the harbour district. Two people were hurt.",
    }
    second = dict(
        first,
        id="r2",
        published="2024-03-02T12:00:00Z",
        text=first["text"].replace("Two people were hurt.", "Five people were hurt."),
    )
    for number, record in enumerate((first, second)):
        source = tmp_path / f"v{number}.jsonl"
        source.write_text(json.dumps(record) + "\n")
        assert run_cli("ingest", "--quiet", str(source), db=db).returncode == 0

    shown = json.loads(run_cli("article", "r2", db=db).stdout)
    assert shown["dedup"]["kind"] == "revision" and shown["revision"]["of"] == "r1"
    assert "-Two people were hurt." in shown["revision"]["diff"]
    assert "+Five people were hurt." in shown["revision"]["diff"]
    assert json.loads(run_cli("article", "r1", db=db).stdout)["revision"] is None
    printed = run_cli("diff", "r1", "r2", db=db)
    assert printed.returncode == 0 and "+Five people were hurt." in printed.stdout


def test_refresh_states_recomputes_every_event_and_changes_no_view(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    assert run_cli("ingest", "--quiet", str(EXAMPLES), db=db).returncode == 0
    before = json.loads(run_cli("events", "--json", db=db).stdout)
    refreshed = run_cli("refresh", "--states", "--all", db=db)
    assert refreshed.returncode == 0, refreshed.stderr
    assert f"recomputed the clusterer state of {len(before)} events" in refreshed.stderr
    assert json.loads(run_cli("events", "--json", db=db).stdout) == before
