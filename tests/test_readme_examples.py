"""The README's "Using it" commands, and the `storyline` commands of the docs' shell blocks, run
as written on the bundled examples: each one that works on a local store (not a server, a feed, a
cluster, an evaluation or placeholders like EVENT_A) is run in a fresh store and must exit 0 with
output; the ids and dates in it must be in the bundled data."""

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


def docs_commands() -> list[list[str]]:
    """`storyline ...` lines of the ```bash blocks in docs/*.md (local ones, as above)."""
    commands = []
    for doc in sorted((REPO / "docs").glob("*.md")):
        text = doc.read_text(encoding="utf-8")
        for block in re.findall(r"```(?:bash|sh|shell)\n(.*?)```", text, re.S):
            for line in block.splitlines():
                words = shlex.split(line.strip().removeprefix("$ "), comments=True)
                if not words or words[0] not in ("storyline", ".venv/bin/storyline"):
                    continue
                if any(word.startswith(NOT_LOCAL) for word in words):
                    continue
                commands.append(words[1:])
    return commands


COMMANDS = readme_commands()
DOCS_COMMANDS = docs_commands()


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


EXAMPLES = COMMANDS[1:] + [words for words in DOCS_COMMANDS if words not in COMMANDS]


def test_docs_have_commands_to_run() -> None:
    assert any(words[0] == "export" for words in DOCS_COMMANDS)


@pytest.mark.parametrize("words", EXAMPLES, ids=[" ".join(w) for w in EXAMPLES])
def test_readme_command_runs_as_written(words: list[str], store: Path, tmp_path: Path) -> None:
    # Relative paths are read from the repository (as in the README); outputs go to tmp_path.
    outputs = {w for i, w in enumerate(words) if (i and words[i - 1] in ("-o", "--output"))
               or w.endswith(".csv")}
    args = [str(tmp_path / w) if w in outputs else w for w in words]
    done = subprocess.run([sys.executable, "-m", "storyline", "--db", str(store), *args],
                          cwd=REPO, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr
    written = [tmp_path / w for w in outputs]
    assert done.stdout.strip() or all(p.stat().st_size > 0 for p in written), words
    assert "(no events)" not in done.stdout and "(no changes)" not in done.stdout
