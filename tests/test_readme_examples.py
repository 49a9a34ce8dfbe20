"""The README's "Using it" commands run as written on the bundled examples: each one that works
on a local store (not a server, a feed, a cluster or placeholders like EVENT_A) is run in a fresh
store and must exit 0 with output; the ids and dates in it must be in the bundled data."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
# Commands that need something the test does not give them: a server, the network, Ray,
# PostgreSQL, evaluation data, or ids the reader fills in.
NOT_LOCAL = ("serve", "watch", "merge", "split", "move", "eval", "--engine", "postgresql://")


def readme_commands() -> list[list[str]]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    block = re.search(r"## Using it\s+```bash\n(.*?)```", text, re.S)
    assert block, "README has no 'Using it' command block"
    commands = []
    for line in block.group(1).splitlines():
        words = shlex.split(line, comments=True)
        if not words or words[0] != "storyline":
            continue
        if any(word.startswith(NOT_LOCAL) for word in words):
            continue
        commands.append(words[1:])
    return commands


COMMANDS = readme_commands()


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store where the README's first command, `storyline ingest examples/`, has run."""
    db = tmp_path_factory.mktemp("readme") / "storyline.db"
    assert COMMANDS[0][:2] == ["ingest", "examples/"], COMMANDS[0]
    done = subprocess.run([sys.executable, "-m", "storyline", "--db", str(db), *COMMANDS[0]],
                          cwd=REPO, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode in (0, 1), done.stderr  # 1: an example is a deliberate bad input
    return db


def test_readme_has_commands_to_run() -> None:
    names = {words[0] for words in COMMANDS}
    assert {"ingest", "events", "event", "timeline", "changes", "extract", "export"} <= names


@pytest.mark.parametrize("words", COMMANDS[1:], ids=[" ".join(w) for w in COMMANDS[1:]])
def test_readme_command_runs_as_written(words: list[str], store: Path, tmp_path: Path) -> None:
    # Relative paths are read from the repository (as in the README) and written in tmp_path.
    args = [str(tmp_path / w) if w.endswith(".csv") else w for w in words]
    done = subprocess.run([sys.executable, "-m", "storyline", "--db", str(store), *args],
                          cwd=REPO, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr
    written = [tmp_path / w for w in words if w.endswith(".csv")]
    assert done.stdout.strip() or all(p.stat().st_size > 0 for p in written), words
    assert "(no events)" not in done.stdout and "(no changes)" not in done.stdout
