"""The CLI against extreme and hostile values: usage errors (exit 2, one line naming the option
and where its usage is), never an internal error; opaque ids round-trip."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from storyline.cli import main
from storyline.records import Article
from storyline.service import Storyline

SLASH_ID = "https://news.example/a/b?c=1"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = 0
    try:
        main(list(args))
    except SystemExit as done:
        code = int(done.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("cli-hostile") / "s.db")
    article = Article(
        id=SLASH_ID,
        text="A fire in Testville injured 2 people on Monday, officials said.",
        published=datetime(2024, 3, 4, tzinfo=UTC),
    )
    with Storyline.open(path) as app:
        app.ingest_articles([article])
    return path


@pytest.mark.parametrize(
    "args",
    [
        ["events", "--as-of", "9999-12-31T23:59:59-23:59"],
        ["events", "--since", "0001-01-01T00:00:00+14:00"],
        ["changes", "--since", "9999-12-31T23:59:59-23:59"],
        ["events", "--limit", str(10**30)],
        ["events", "--limit", "-3"],
        ["events", "--limit", "0"],
        ["search", "fire", "--limit", str(10**30)],
        ["timeline", "--max-dates", str(10**30)],
        ["events", "--as-of", "+275760-09-13"],
        ["search", "fire " * 12_000],
    ],
)
def test_extreme_values_are_usage_errors(
    capsys: pytest.CaptureFixture[str], db: str, args: list[str]
) -> None:
    code, _, err = run(capsys, "--db", db, *args)
    assert code == 2, err
    [line] = err.splitlines()
    assert line.startswith("storyline: error: ") and "internal error" not in line
    if args[1].startswith("--"):
        assert args[1] in line and f"storyline {args[0]} --help" in line


def test_ids_with_slashes_round_trip_through_the_cli(
    capsys: pytest.CaptureFixture[str], db: str
) -> None:
    code, out, _ = run(capsys, "--db", db, "article", SLASH_ID)
    assert code == 0 and json.loads(out)["id"] == SLASH_ID
    event_id = json.loads(out)["event_id"]
    code, out, _ = run(capsys, "--db", db, "event", event_id, "--json")
    assert code == 0 and SLASH_ID in json.loads(out)["article_ids"]


def test_extreme_values_leave_the_store_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "never.db"
    code, _, _ = run(capsys, "--db", str(db), "events", "--limit", "-1")
    assert code == 2 and not db.exists()
