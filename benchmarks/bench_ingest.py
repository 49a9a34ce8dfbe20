"""Ingest benchmark: read + normalize throughput, step shares, MinHash/dedup cost, peak memory.

Generates N synthetic JSON Lines articles (~500 words each, fixed seed) into a temporary file,
then runs each measurement in a fresh subprocess so that its peak RSS is its own.

    .venv/bin/python benchmarks/bench_ingest.py            # 10k and 100k articles
    .venv/bin/python benchmarks/bench_ingest.py --sizes 10000 --json
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

WORDS_PER_ARTICLE = 500
SEED = 1234
MODES = ("read", "steps", "dedup")


# --------------------------------------------------------------------------- data


def generate(path: Path, count: int) -> None:
    """Invented news-like articles: a fixed-seed word stream with some sentence structure."""
    rng = random.Random(SEED)
    vocabulary = [_word(rng) for _ in range(20_000)]
    cumulative = list(itertools.accumulate(1.0 / (rank + 1) for rank in range(len(vocabulary))))
    start = datetime(2024, 1, 1, tzinfo=UTC)
    with open(path, "w", encoding="utf-8") as out:
        for index in range(count):
            words = rng.choices(vocabulary, cum_weights=cumulative, k=WORDS_PER_ARTICLE)
            sentences = [
                " ".join(words[i : i + 20]).capitalize() + "." for i in range(0, len(words), 20)
            ]
            record = {
                "id": f"bench-{index}",
                "published": (start + timedelta(minutes=7 * index)).isoformat(),
                "title": " ".join(words[:8]).capitalize(),
                "text": "\n\n".join(
                    " ".join(sentences[i : i + 4]) for i in range(0, len(sentences), 4)
                ),
                "source": f"outlet{index % 50}.example",
                "url": f"https://outlet{index % 50}.example/news/{index}",
            }
            out.write(json.dumps(record) + "\n")


def _word(rng: random.Random) -> str:
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(2, 10)))


# --------------------------------------------------------------------------- workers


def run_worker(mode: str, path: str) -> dict[str, Any]:
    started = time.perf_counter()
    result = {"read": _read, "steps": _steps, "dedup": _dedup}[mode](path)
    result["seconds"] = time.perf_counter() - started
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


def _read(path: str) -> dict[str, Any]:
    from storyline.ingest import read_inputs
    from storyline.records import Article

    started, cpu_started = time.perf_counter(), time.process_time()
    count = sum(1 for item in read_inputs([path]) if isinstance(item, Article))
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    return {"articles": count, "articles_per_s": count / elapsed, "articles_per_cpu_s": count / cpu}


def _steps(path: str) -> dict[str, Any]:
    """The same work as read_inputs on JSON Lines, one step at a time, each step timed."""
    from storyline.dedup import minhash_signature, text_hash
    from storyline.ingest.normalize import record_to_article
    from storyline.ingest.options import ReadOptions
    from storyline.ingest.streams import decode_bytes, iter_lines
    from storyline.records import Article

    options = ReadOptions()
    totals = dict.fromkeys(
        ("read lines", "decode + json", "normalize", "text hash", "minhash"), 0.0
    )
    count = 0
    clock = time.perf_counter
    with open(path, "rb") as stream:
        lines = iter_lines(stream, options.max_bytes)
        while True:
            t0 = clock()
            item = next(lines, None)
            t1 = clock()
            if item is None or item[1] is None:
                break
            text, notes = decode_bytes(item[1].rstrip(b"\n"))
            value = json.loads(text)
            t2 = clock()
            article = record_to_article(value, f"{path}:{item[0]}", options, notes)
            t3 = clock()
            assert isinstance(article, Article)
            text_hash(article.text)
            t4 = clock()
            minhash_signature(article.text)
            t5 = clock()
            for key, spent in zip(
                totals, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4), strict=True
            ):
                totals[key] += spent
            count += 1
    whole = sum(totals.values())
    before_minhash = whole - totals["minhash"]
    return {
        "articles": count,
        "step_seconds": totals,
        "step_share": {key: value / whole for key, value in totals.items()},
        "read_normalize_hash_per_s": count / before_minhash,
        "minhash_per_s": count / totals["minhash"],
    }


def _dedup(path: str) -> dict[str, Any]:
    from storyline.dedup import Deduplicator
    from storyline.ingest import read_inputs
    from storyline.records import Article

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    dedup = Deduplicator()
    hashes: dict[str, str] = {}
    started, cpu_started = time.perf_counter(), time.process_time()
    count = 0
    for item in read_inputs([path]):
        if not isinstance(item, Article):
            continue
        check = dedup.check(item, find_by_hash=hashes.get, find_by_url=lambda _: [])
        hashes[check.text_hash] = item.id
        dedup.add(item.id, check.signature)
        count += 1
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    grown_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    return {
        "articles": count,
        "articles_per_s": count / elapsed,
        "articles_per_cpu_s": count / cpu,
        "rss_growth_bytes_per_article": grown_kb * 1024 / max(count, 1),
        "note": "includes a plain dict of text hashes standing in for the store",
    }


def near_duplicate_recall(trials: int = 300, words: int = 300) -> dict[str, dict[str, float]]:
    """How often a copy with k of `words` words replaced is found as a near-duplicate of its
    original, per threshold: the numbers behind NEAR_DUPLICATE_THRESHOLD."""
    from storyline.dedup import Deduplicator, shingle_hashes
    from storyline.records import Article

    rng = random.Random(SEED)
    vocabulary = [_word(rng) for _ in range(5_000)]
    originals = [rng.choices(vocabulary, k=words) for _ in range(trials)]
    nothing = {"find_by_hash": lambda _: None, "find_by_url": lambda _: []}
    table: dict[str, dict[str, float]] = {}
    for threshold in (0.7, 0.75, 0.8):
        dedup = Deduplicator(threshold=threshold)
        for index, original in enumerate(originals):
            check = dedup.check(Article(f"o{index}", " ".join(original)), **nothing)
            dedup.add(f"o{index}", check.signature)
        for replaced in (3, 6, 9, 12, 15, 20, 30):
            found, jaccard = 0, 0.0
            for index, original in enumerate(originals):
                copy = list(original)
                for _ in range(replaced):
                    copy[rng.randrange(words)] = rng.choice(vocabulary)
                left = set(shingle_hashes(" ".join(original)).tolist())
                right = set(shingle_hashes(" ".join(copy)).tolist())
                jaccard += len(left & right) / len(left | right)
                verdict = dedup.check(Article(f"c{index}", " ".join(copy)), **nothing).verdict
                found += verdict.original_id == f"o{index}"
            table.setdefault(f"k={replaced}", {"jaccard": round(jaccard / trials, 3)})
            table[f"k={replaced}"][f"found@{threshold}"] = found / trials
    return table


# --------------------------------------------------------------------------- driver


def measure(size: int, workdir: Path, repeat: int = 1) -> dict[str, Any]:
    path = workdir / f"articles-{size}.jsonl"
    started = time.perf_counter()
    generate(path, size)
    row: dict[str, Any] = {
        "articles": size,
        "file_mb": path.stat().st_size / 1e6,
        "generate_seconds": time.perf_counter() - started,
    }
    for mode in MODES:
        runs = [_run_worker_process(mode, path) for _ in range(repeat)]
        row[mode] = min(runs, key=lambda run: run["seconds"])  # the least disturbed run
    path.unlink()
    return row


def _run_worker_process(mode: str, path: Path) -> dict[str, Any]:
    output = subprocess.run(
        [sys.executable, __file__, "--worker", mode, str(path)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    result: dict[str, Any] = json.loads(output)
    return result


def print_table(rows: list[dict[str, Any]]) -> None:
    print(
        f"{'articles':>9} {'file MB':>8} {'read+norm/s':>12} {'per CPU s':>10} {'RSS MB':>7} "
        f"{'minhash/s':>10} {'dedup/s':>8} {'per CPU s':>10} {'dedup RSS MB':>12}"
    )
    for row in rows:
        read, dedup = row["read"], row["dedup"]
        print(
            f"{row['articles']:>9} {row['file_mb']:>8.0f} {read['articles_per_s']:>12.0f} "
            f"{read['articles_per_cpu_s']:>10.0f} {read['peak_rss_mb']:>7.0f} "
            f"{row['steps']['minhash_per_s']:>10.0f} {dedup['articles_per_s']:>8.0f} "
            f"{dedup['articles_per_cpu_s']:>10.0f} {dedup['peak_rss_mb']:>12.0f}"
        )
    print("\nTime share of each step (per-article work of reading JSON Lines):")
    for row in rows:
        shares = ", ".join(
            f"{key} {value:.0%}" for key, value in row["steps"]["step_share"].items()
        )
        print(f"{row['articles']:>9}: {shares}")
    print(f"load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--json", action="store_true", help="print only the JSON result")
    parser.add_argument("--repeat", type=int, default=1, help="runs per measurement; best kept")
    parser.add_argument("--tune", action="store_true", help="near-duplicate recall per threshold")
    parser.add_argument("--worker", nargs=2, metavar=("MODE", "FILE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        print(json.dumps(run_worker(*args.worker)))
        return
    if args.tune:
        for row, values in near_duplicate_recall().items():
            print(row, values)
        return
    with tempfile.TemporaryDirectory(prefix="bench-ingest-") as tmp:
        rows = [measure(size, Path(tmp), args.repeat) for size in args.sizes]
    if not args.json:
        print_table(rows)
        print()
    print(json.dumps(rows, indent=None if args.json else 2, default=_plain))


def _plain(value: object) -> object:
    return str(value)


if __name__ == "__main__":
    main()
