"""Whole ingest with `--workers N` against one process, on generated 500-word articles.

    .venv/bin/python benchmarks/bench_workers.py [--articles 600] [--workers 2]

Writes the generated articles (bench_extract's templates, fixed seed) as JSON Lines, ingests
them into fresh SQLite stores with the CLI, once with one process and once with `--workers`,
and prints the wall time of each and their ratio. Target (issue 19): >= 1.7x on 2 cores.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_extract import generate_articles


def write_articles(path: Path, count: int) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for article in generate_articles(count):
            handle.write(json.dumps({
                "id": article.id, "text": article.text, "title": article.title,
                "published": article.published.isoformat() if article.published else None,
            }) + "\n")


def timed_ingest(db: Path, source: Path, workers: int) -> float:
    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "storyline", "--db", str(db), "ingest", "--quiet",
                    "--workers", str(workers), str(source)], check=True)
    return time.monotonic() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--articles", type=int, default=600)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "articles.jsonl"
        write_articles(source, args.articles)
        print(f"load average before timing: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        one = timed_ingest(Path(folder) / "one.db", source, 1)
        many = timed_ingest(Path(folder) / "many.db", source, args.workers)
    print(f"ingest {args.articles} articles, 1 process: {one:.1f} s "
          f"({args.articles / one:.0f} articles/s)")
    print(f"ingest {args.articles} articles, --workers {args.workers}: {many:.1f} s "
          f"({args.articles / many:.0f} articles/s)")
    print(f"speed-up: {one / many:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
