"""List commands read as tables that fit the terminal (text wrapped under itself), or one line
per item with --wide, on the bundled examples through the real CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from storyline.present import format_text_table

REPO = Path(__file__).resolve().parents[1]


def test_text_table_aligns_columns_and_wraps_the_text_under_itself() -> None:
    rows = [("2026-03-02", "short-id", "A report that is long enough to need three lines at "
             "this width, so it wraps."), ("2026-03-03", "a-much-longer-id", "Short.")]
    table = format_text_table(rows, 60)
    lines = table.splitlines()
    assert all(len(line) <= 60 for line in lines)
    indent = len("2026-03-02  a-much-longer-id  ")
    assert lines[0].startswith("2026-03-02  short-id          A report")
    assert all(line.startswith(" " * indent) for line in lines[1:-1])
    assert lines[-1] == "2026-03-03  a-much-longer-id  Short."
    wide = format_text_table(rows, 52, wide=True).splitlines()
    assert len(wide) == 2 and wide[0].endswith("so it wraps.")
    assert format_text_table([], 52, empty="(no entries)") == "(no entries)"


def test_a_narrow_terminal_still_leaves_room_for_the_text() -> None:
    rows = [("2026-03-02", "x" * 40, "words " * 12)]
    lines = format_text_table(rows, 30).splitlines()
    assert all(len(line.strip()) > 0 for line in lines)
    assert max(len(line) for line in lines) <= 40 + 2 + 10 + 2 + 24


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    store = tmp_path_factory.mktemp("tables") / "examples.db"
    done = subprocess.run([sys.executable, "-m", "storyline", "--db", str(store), "ingest",
                           str(REPO / "examples"), "--quiet"],
                          capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode in (0, 1), done.stderr
    return store


def run(db: Path, *args: str, columns: int = 80) -> str:
    env = {**os.environ, "COLUMNS": str(columns)}
    done = subprocess.run([sys.executable, "-m", "storyline", "--db", str(db), *args],
                          capture_output=True, text=True, timeout=300, env=env, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize("command", [["timeline"], ["search", "killed"], ["audit"]])
def test_list_commands_fit_the_terminal_or_go_wide(db: Path, command: list[str]) -> None:
    items = json.loads(run(db, *command, "--json"))
    assert items
    fitted = run(db, *command).splitlines()
    assert len(fitted) >= len(items)
    # Only a single word longer than the room (a URL, an id) may pass the edge.
    assert all(len(line) <= 80 or " " not in line.strip()[-30:] for line in fitted), fitted
    wide = run(db, *command, "--wide").splitlines()
    assert len(wide) == len(items)
