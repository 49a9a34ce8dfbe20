"""Benchmark of the store-wide (digest) timeline after ingest: a 700-article store of Timeline17
reports, timeline asked as a user asks it (target: under 5 s on 2 cores).

The store holds the 700 earliest Timeline17 development articles by publication date (finan,
h1n1 and the start of haiti; read from ../shared/data at run time), ingested through the real
pipeline once. Then `storyline timeline --json --max-dates T --per-date L` runs in fresh
processes (Python start, imports, reading the store, date ranking, sentence selection), and the
library call `Storyline.timeline` runs in this process, warm. Reported: each run's wall time,
its CPU time (user + system; on a shared machine the wall time also counts the waits for a core,
so the CPU time is the figure that does not depend on the other load), the medians, and the load
average.

    .venv/bin/python benchmarks/bench_timeline.py [--articles 700] [--runs 3] [--dates 30]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from storyline.evaluate.datasets import dataset_path, load_articles, t17_topics
from storyline.pipeline import ingest_articles
from storyline.service import Storyline
from storyline.store import open_store

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def earliest_articles(count: int) -> list:  # type: ignore[type-arg]
    articles = []
    for topic in t17_topics(DATA):
        articles.extend(load_articles(dataset_path(DATA, "t17", topic, "articles.jsonl"), None))
    articles.sort(key=lambda a: (a.published, a.id))
    return articles[:count]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=700)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--dates", type=int, default=30, help="T, the dates asked for")
    parser.add_argument("--per-date", type=int, default=2, help="L, entries per date")
    args = parser.parse_args()
    if not (DATA / "t17").is_dir():
        raise SystemExit(f"{DATA / 't17'} is missing; this benchmark reads Timeline17 from it")
    articles = earliest_articles(args.articles)
    with tempfile.TemporaryDirectory(prefix="bench-timeline-") as folder:
        db = Path(folder) / "bench.db"
        store = open_store(str(db))
        started = time.perf_counter()
        ingest_articles(store, articles)
        ingest_seconds = time.perf_counter() - started
        cli = [sys.executable, "-m", "storyline", "--db", str(db), "timeline", "--json",
               "--max-dates", str(args.dates), "--per-date", str(args.per_date)]
        fresh: list[tuple[float, float]] = []
        for _ in range(args.runs):
            before = _child_cpu()
            started = time.perf_counter()
            subprocess.run(cli, check=True, capture_output=True)
            fresh.append((time.perf_counter() - started, _child_cpu() - before))
        app = Storyline(store)
        warm: list[tuple[float, float]] = []
        entries = 0
        for _ in range(args.runs):
            started, cpu = time.perf_counter(), time.process_time()
            entries = len(app.timeline(None, max_dates=args.dates, per_date=args.per_date))
            warm.append((time.perf_counter() - started, time.process_time() - cpu))
        store.close()
    print(f"articles {len(articles)}, ingest {ingest_seconds:.1f} s, entries {entries}, "
          f"T {args.dates}, L {args.per_date}, cores {os.cpu_count()}, "
          f"load average {os.getloadavg()[0]:.2f}")
    for name, runs in (("CLI, fresh process", fresh), ("library, warm", warm)):
        print(f"{name}: wall " + ", ".join(f"{w:.2f}" for w, _ in runs)
              + f" s (median {statistics.median(w for w, _ in runs):.2f} s); CPU "
              + ", ".join(f"{c:.2f}" for _, c in runs)
              + f" s (median {statistics.median(c for _, c in runs):.2f} s)")


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


if __name__ == "__main__":
    main()
