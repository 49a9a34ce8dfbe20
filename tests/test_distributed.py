"""The Ray engine gives the same events and facts as the single-process path.

A small local Ray (2 CPUs, a small object store, no dashboard) is started once for the module.
The same inputs are ingested into two fresh SQLite stores, once by `ingest_paths` and once by
the Ray engine (through the library with several actors and small blocks, so that articles of
one file are prepared out of order on different actors; and through the CLI in a subprocess
that connects to the module's Ray with --address), then the events (ids, titles, memberships)
and every event's JSON (facts, claims, timeline) are compared.
"""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers_engines import (
    EXAMPLES,
    GVA_SLICE,
    STORYLINE,
    single_process,
    snapshot,
    without_ingest_times,
    write_gva_slice,
)
from storyline.distributed import RayOptions, expand_inputs, ingest_with_ray
from storyline.pipeline import IngestOptions, ingest_paths
from storyline.store.sqlite import SQLiteStore


@pytest.fixture(scope="module")
def gva_slice(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_gva_slice(tmp_path_factory)


@pytest.fixture(scope="module")
def ray_address() -> Iterator[str]:
    """A local Ray for this module; its GCS address lets a subprocess join it."""
    try:
        import ray
    except ImportError:
        if os.environ.get("STORYLINE_REQUIRE_RAY") == "1":
            pytest.fail("STORYLINE_REQUIRE_RAY=1 but ray is not installed", pytrace=False)
        pytest.skip("ray is not installed: pip install 'storyline[ray]' to test the Ray engine")
    ray.init(
        num_cpus=2,
        object_store_memory=150 * 1024 * 1024,
        include_dashboard=False,
        log_to_driver=False,
    )
    try:
        yield str(ray.get_runtime_context().gcs_address)
    finally:
        ray.shutdown()


def test_expand_inputs_keeps_the_reader_order(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", "sub/c.txt", ".hidden/d.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("date 2024-01-01 text")
    expanded = expand_inputs([str(tmp_path), "-", str(tmp_path / "*.txt"), "missing.txt"])
    names = [Path(p).relative_to(tmp_path).as_posix() if p.startswith("/") else p for p in expanded]
    assert names == ["a.txt", "b.txt", "sub/c.txt", "-", "a.txt", "b.txt", "missing.txt"]


def test_library_engine_matches_single_process(
    ray_address: str, gva_slice: Path, tmp_path: Path
) -> None:
    inputs = [str(EXAMPLES), str(gva_slice)]
    expected = single_process(tmp_path / "single.db", inputs)
    store = SQLiteStore(str(tmp_path / "ray.db"))
    try:
        # Two actors and 16 KiB blocks: the slice is prepared in many blocks on both actors.
        report = ingest_with_ray(
            store,
            inputs,
            IngestOptions(batch_size=16),
            ray_options=RayOptions(workers=2, batch_size=4, block_bytes=16 * 1024),
        )
    finally:
        store.close()
    assert not report.failed
    got = snapshot(tmp_path / "ray.db")
    assert got["articles"] == expected["articles"] >= GVA_SLICE
    assert sorted(got["events"]) == sorted(expected["events"])
    for event_id, event in expected["events"].items():
        assert got["events"][event_id] == event, event_id


def test_cli_engine_on_a_cluster_address_matches(ray_address: str, tmp_path: Path) -> None:
    expected = single_process(tmp_path / "single.db", [str(EXAMPLES)])
    db = tmp_path / "ray.db"
    done = subprocess.run(
        [*STORYLINE, "--db", str(db), "ingest", "--json", "--engine", "ray",
         "--address", ray_address, str(EXAMPLES)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["ingested"] == expected["articles"]
    got = snapshot(db)
    assert got == expected
    # The CLI's own event JSON, for one event, equals the library's for the single-process store.
    some_event = sorted(expected["events"])[0]
    shown = subprocess.run(
        [*STORYLINE, "--db", str(db), "event", some_event, "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert without_ingest_times(json.loads(shown.stdout)) == \
        expected["events"][some_event]["record"]


def test_unreadable_inputs_fail_alike(ray_address: str, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x1", "text": ')
    inputs = [str(tmp_path / "missing.txt"), str(bad), str(EXAMPLES / "text")]
    store = SQLiteStore(str(tmp_path / "ray.db"))
    single = SQLiteStore(str(tmp_path / "single.db"))
    try:
        on_ray = ingest_with_ray(store, inputs, ray_options=RayOptions(workers=1))
        local = ingest_paths(single, inputs)
    finally:
        store.close()
        single.close()
    assert on_ray.failed == local.failed and len(local.failed) >= 1
    assert on_ray.article_ids == local.article_ids and on_ray.ingested > 0
