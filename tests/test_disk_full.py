"""A full disk during ingest: one line on stderr naming the store, and the same error as JSON
on stdout for a --json caller. The disk is a real 300 kB tmpfs (mounting needs root, which CI
has)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CLI = "from storyline.cli import main; main()"


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root (CI runs as root)")
    mount = tmp_path / "tiny"
    mount.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=300k", "tmpfs", str(mount)], check=True)
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=True)


def test_disk_full_is_one_line_and_json_for_json_callers(tiny_disk: Path) -> None:
    db = tiny_disk / "s.db"
    result = subprocess.run(
        [sys.executable, "-c", CLI, "--db", str(db), "ingest", "--json", str(REPO / "examples")],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 2, result.stderr
    [line] = result.stderr.splitlines()
    assert line.startswith(f"storyline: error: {db}: ") and "disk is full" in line
    error = json.loads(result.stdout)["error"]
    assert error["code"] == 2 and error["message"] in line
