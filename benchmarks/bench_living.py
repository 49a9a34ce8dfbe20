"""Benchmark of the living-record reads (issue 16): the event page, `/api/events` and
`storyline events --json` over the bench_web.py store (10,001 events, the largest 1,000 reports).

Targets: event page p95 under 100 ms, `/api/events` p95 under 150 ms (2,000 GETs in all, a mix
of the list's filters: type, place, dates, since, as-of, q and pages), `events --json` over
10,000 events under 1 s (a fresh process, start-up included).

The store is the one bench_web.py fills (run it first, or pass --db); it is copied, so that a
migration or re-derivation this run makes leaves the original as it was.

    .venv/bin/python benchmarks/bench_living.py [--gets 2000] [--page-runs 200] [--db PATH]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from fastapi.testclient import TestClient

from storyline.service import Storyline
from storyline.web import create_app

OUT = Path(__file__).resolve().parent / "out"
DEFAULT_DB = OUT / "bench_web_10000_1000.db"
SEED = 20310116

# The events list's query mix: (label, query parameters). Dates fall in the generated data's span.
LIST_QUERIES: tuple[tuple[str, dict[str, str]], ...] = (
    ("no filter, all events", {}),
    ("first page", {"limit": "25"}),
    ("page 200", {"limit": "25", "offset": "5000"}),
    ("type=fire", {"type": "fire", "limit": "25"}),
    ("place=Tokyo", {"place": "Tokyo"}),
    ("from/to", {"from": "2030-03-01", "to": "2030-03-31", "limit": "25"}),
    ("since", {"since": "2030-09-01T00:00:00Z", "limit": "25"}),
    ("as_of", {"as_of": "2030-06-05T00:00:00Z", "limit": "25"}),
    ("as_of + type", {"as_of": "2030-06-05T00:00:00Z", "type": "earthquake"}),
    ("q=market", {"q": "market", "limit": "25"}),
)


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


Sample = tuple[float, float]  # (wall ms, CPU ms of this process: server and test client)


def timed(request: Callable[[], int]) -> Sample:
    started, cpu = time.perf_counter(), time.process_time()
    status = request()
    elapsed = (time.perf_counter() - started) * 1000, (time.process_time() - cpu) * 1000
    assert status == 200, f"answered {status}"
    return elapsed


def report(name: str, samples: list[Sample], unit: str = "GETs") -> None:
    """Wall time, and CPU time: on a machine shared with other jobs the wall time waits for a
    core, the CPU time does not (it is what the request costs)."""
    p50, p95 = percentiles([wall for wall, _ in samples])
    c50, c95 = percentiles([cpu for _, cpu in samples])
    print(f"{name:<44} wall p50 {p50:7.1f} p95 {p95:7.1f} ms | CPU p50 {c50:7.1f} "
          f"p95 {c95:7.1f} ms ({len(samples)} {unit})")


def run_list(client: TestClient, gets: int) -> None:
    """`gets` GETs of /api/events, the query mix in a shuffled order (fixed seed)."""
    order = [LIST_QUERIES[i % len(LIST_QUERIES)] for i in range(gets)]
    random.Random(SEED).shuffle(order)
    for _, params in LIST_QUERIES:  # warm up once each (templates, caches, page cache)
        client.get("/api/events", params=params)
    by_query: dict[str, list[Sample]] = {}
    for label, params in order:
        def get(params: dict[str, str] = params) -> int:
            return client.get("/api/events", params=params).status_code

        by_query.setdefault(label, []).append(timed(get))
    report("GET /api/events (the whole mix)", [s for v in by_query.values() for s in v])
    for label, samples in by_query.items():
        report(f"  {label}", samples)


def run_pages(client: TestClient, big_id: str, other_ids: list[str], runs: int) -> None:
    middle = datetime(2030, 6, 5, tzinfo=UTC).isoformat()
    requests: dict[str, Callable[[], int]] = {
        "GET /events/{id} (1,000 reports)": lambda: client.get(f"/events/{big_id}").status_code,
        "GET /events/{id}?as_of= (1,000 reports)": lambda: client.get(
            f"/events/{big_id}", params={"as_of": middle}).status_code,
    }
    rng = random.Random(SEED)
    requests["GET /events/{id} (random one-report events)"] = lambda: client.get(
        f"/events/{rng.choice(other_ids)}").status_code
    samples: list[Sample] = []
    for name, request in requests.items():
        request()
        these = [timed(request) for _ in range(runs)]
        samples += these
        report(name, these)
    report("GET /events/{id} (all of the above)", samples)


def run_cli(db: Path, runs: int) -> None:
    command = [sys.executable, "-m", "storyline", "--db", str(db), "events", "--json"]
    samples: list[Sample] = []
    for _ in range(runs + 1):
        started, before = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
        done = subprocess.run(command, capture_output=True, check=False)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        samples.append(((time.perf_counter() - started) * 1000, cpu * 1000))
        assert done.returncode == 0, done.stderr.decode()[-500:]
    events = done.stdout.count(b'"article_count"')
    report(f"storyline events --json ({events} events, {len(done.stdout) / 1e6:.1f} MB)",
           samples[1:], "fresh processes")  # the first run warms the page cache


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--gets", type=int, default=2000)
    parser.add_argument("--page-runs", type=int, default=200)
    parser.add_argument("--cli-runs", type=int, default=5)
    args = parser.parse_args()
    if not args.db.exists():
        sys.exit(f"{args.db}: no bench store; run benchmarks/bench_web.py first or pass --db")
    OUT.mkdir(exist_ok=True)
    copy = OUT / f"bench_living_{os.getpid()}.db"
    shutil.copyfile(args.db, copy)
    try:
        started = time.perf_counter()
        with Storyline.open(str(copy)) as storyline:  # migrates a store of an older schema
            opened = time.perf_counter() - started
            refreshed = storyline.refresh_views()  # views an upgrade asks to re-derive
            rows = storyline.store.list_events()
        print(f"store {args.db.name}: {len(rows)} events; opened in {opened:.1f} s, "
              f"{refreshed} events' views re-derived in {time.perf_counter() - started:.0f} s")
        print(f"load average: {os.getloadavg()}")
        big = max(rows, key=lambda row: row.article_count)
        others = [row.id for row in rows if row.article_count == 1][:500]
        run_cli(copy, args.cli_runs)
        with TestClient(create_app(str(copy), cache_size=0)) as client:
            run_pages(client, big.id, others, args.page_runs)
            run_list(client, args.gets)
        print(f"load average: {os.getloadavg()}")
    finally:
        for leftover in OUT.glob(copy.name + "*"):
            leftover.unlink()


if __name__ == "__main__":
    main()
