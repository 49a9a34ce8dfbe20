"""Whole ingest with `--workers N` against one process, as a user runs it (the CLI, fresh stores).

    .venv/bin/python benchmarks/bench_workers.py [--articles 2000] [--workers 2] [--repeat 2]
        [--source FILE.jsonl | --generated]

The input is the first `--articles` lines of a JSON Lines file, by default the GVA articles in
../shared/data (real news: many small events), read at run time. `--generated` uses
bench_extract's generated articles instead: they all join one event, so every batch re-derives
one ever larger record in the single writer, the worst case for the stateful stages.

Each repetition ingests once with one process and once with `--workers`, alternating, and
prints the wall time, the CPU time of the command and its workers, and the load average around
it (the machine may be shared: compare CPU seconds when the load is high). Target (issue 19):
>= 1.7x the throughput of one process with --workers 2 on 2 cores.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_extract import generate_articles

GVA = Path(__file__).resolve().parents[2] / "shared" / "data" / "gva" / "articles.jsonl"


def write_generated(path: Path, count: int) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for article in generate_articles(count):
            handle.write(json.dumps({
                "id": article.id, "text": article.text, "title": article.title,
                "published": article.published.isoformat() if article.published else None,
            }) + "\n")


def write_slice(path: Path, source: Path, count: int) -> int:
    with source.open("rb") as lines:
        chunk = list(itertools.islice(lines, count))
    path.write_bytes(b"".join(chunk))
    return len(chunk)


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_ingest(db: Path, source: Path, workers: int) -> tuple[float, float]:
    """Wall seconds and CPU seconds (the command and its worker processes)."""
    cpu_before, started = children_cpu(), time.monotonic()
    subprocess.run([sys.executable, "-m", "storyline", "--db", str(db), "ingest", "--quiet",
                    "--workers", str(workers), str(source)], check=True)
    return time.monotonic() - started, children_cpu() - cpu_before


def load() -> str:
    return "/".join(f"{value:.1f}" for value in os.getloadavg())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--source", type=Path, default=GVA)
    parser.add_argument("--generated", action="store_true")
    args = parser.parse_args(argv)
    ratios = []
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "articles.jsonl"
        if args.generated:
            write_generated(source, args.articles)
            count, name = args.articles, "generated"
        else:
            count, name = write_slice(source, args.source, args.articles), str(args.source)
        print(f"{count} articles from {name}; {os.cpu_count()} cores")
        for run in range(args.repeat):
            walls = {}
            for workers in (1, args.workers):
                db = Path(folder) / f"run{run}-{workers}.db"
                before = load()
                wall, cpu = timed_ingest(db, source, workers)
                walls[workers] = wall
                label = f"--workers {workers}" if workers > 1 else "1 process"
                print(f"run {run + 1}, {label}: {wall:.1f} s ({count / wall:.0f} articles/s), "
                      f"{cpu:.1f} CPU s; "
                      f"load {before} before, {load()} after", flush=True)
            ratios.append(walls[1] / walls[args.workers])
            print(f"run {run + 1} speed-up: {ratios[-1]:.2f}x", flush=True)
    print(f"median speed-up over {len(ratios)} runs: {statistics.median(ratios):.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
