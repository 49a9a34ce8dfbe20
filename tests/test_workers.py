"""`ingest --workers N`: the stateless stages in a local process pool give the same store as
one process (events, memberships, every event's JSON), through the library and the CLI."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from helpers_engines import EXAMPLES, STORYLINE, single_process, snapshot, write_gva_slice
from storyline.pipeline import IngestOptions
from storyline.records import Article, InputFailure
from storyline.store.sqlite import SQLiteStore
from storyline.workers import ingest_with_workers, prepared_in_processes


@pytest.fixture(scope="module")
def gva_slice(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_gva_slice(tmp_path_factory)


def test_two_workers_build_the_same_store_as_one(gva_slice: Path, tmp_path: Path) -> None:
    inputs = [str(EXAMPLES), str(gva_slice)]
    expected = single_process(tmp_path / "single.db", inputs)
    store = SQLiteStore(str(tmp_path / "workers.db"))
    try:
        report = ingest_with_workers(store, inputs, IngestOptions(batch_size=16), workers=2)
    finally:
        store.close()
    assert not report.failed
    got = snapshot(tmp_path / "workers.db")
    assert got["articles"] == expected["articles"]
    assert got["events"] == expected["events"]


def test_the_pool_keeps_input_order_and_passes_failures_through() -> None:
    items: list[Article | InputFailure] = []
    for number in range(40):
        items.append(Article(id=f"a{number}", text=f"{number + 2} people were killed."))
        if number % 7 == 0:
            items.append(InputFailure(input=f"bad{number}.json", error="not JSON"))
    out = list(prepared_in_processes(items, workers=2, batch=3))
    assert [getattr(getattr(i, "article", i), "id", getattr(i, "input", None)) for i in out] == [
        getattr(i, "id", getattr(i, "input", None)) for i in items]
    totals = [i.extraction.totals["killed"].value for i in out if hasattr(i, "extraction")]
    assert totals == [n + 2 for n in range(40)]


def test_cli_workers_option_matches_one_process(tmp_path: Path) -> None:
    expected = single_process(tmp_path / "single.db", [str(EXAMPLES)])
    db = tmp_path / "cli.db"
    done = subprocess.run(
        [*STORYLINE, "--db", str(db), "ingest", "--json", "--workers", "2", str(EXAMPLES)],
        capture_output=True, text=True, timeout=600, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["ingested"] == expected["articles"]
    assert snapshot(db)["events"] == expected["events"]


def test_cli_rejects_zero_workers(tmp_path: Path) -> None:
    done = subprocess.run(
        [*STORYLINE, "--db", str(tmp_path / "x.db"), "ingest", "--workers", "0", str(EXAMPLES)],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 2
    assert "--workers" in done.stderr
